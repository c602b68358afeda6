import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateBodyEndpoint } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import type { BodySectionProps } from './bodySectionProps.ts';
import { useBodyWrite } from './useBodyWrite.ts';

/** The organisations seats belong to, in the order the attendance table lists them. */
export function MemberOrganisationsSection({ body, canManage, onSaved }: BodySectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [name, setName] = useState('');
  const write = useBodyWrite(onSaved);
  const organisations = body.memberOrganisations;

  const save = (next: string[]) =>
    write.run(() =>
      callApi(updateBodyEndpoint, {
        params: { id: body.id },
        body: { memberOrganisations: next },
      }),
    );
  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    if (organisations.includes(trimmed)) {
      write.showError('bodies.organisations.duplicate');
      return;
    }
    if (await save([...organisations, trimmed])) setName('');
  };

  return (
    <section className="body-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('bodies.organisations.heading')}</h2>
      <p className="body-hint">{t('bodies.organisations.intro')}</p>
      {organisations.length === 0 ? (
        <p className="body-empty">{t('bodies.organisations.none')}</p>
      ) : (
        <ul className="body-organisations">
          {organisations.map((organisation) => (
            <li key={organisation}>
              <span>{organisation}</span>
              {canManage && (
                <button
                  type="button"
                  className="button button-small button-quiet"
                  disabled={write.busy}
                  aria-label={t('bodies.organisations.removeNamed', { name: organisation })}
                  onClick={() => void save(organisations.filter((o) => o !== organisation))}
                >
                  {t('bodies.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <form className="body-form body-inline-form" onSubmit={(event) => void add(event)}>
          <label>
            <span>{t('bodies.organisations.new')}</span>
            <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit" className="button" disabled={write.busy || !name.trim()}>
            {t('bodies.organisations.add')}
          </button>
          <p role="alert" className="form-error">
            {write.errorKey ? t(write.errorKey) : null}
          </p>
        </form>
      )}
    </section>
  );
}
