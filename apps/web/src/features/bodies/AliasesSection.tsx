import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addBodyAliasEndpoint, removeBodyAliasEndpoint } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import type { BodySectionProps } from './bodySectionProps.ts';
import { useBodyWrite } from './useBodyWrite.ts';

/**
 * Other names the body goes by ("Chefsnätverket"): the mistake check takes them as the body's
 * name and never flags them. Only the secretary sees and changes them.
 */
export function AliasesSection({ body, canManage, onSaved }: BodySectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const introId = useId();
  const [alias, setAlias] = useState('');
  const write = useBodyWrite(onSaved);
  if (!canManage) return null;

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!alias.trim()) {
      write.showError('bodies.aliases.missing');
      return;
    }
    const added = await write.run(() =>
      callApi(addBodyAliasEndpoint, { params: { id: body.id }, body: { alias: alias.trim() } }),
    );
    if (added) setAlias('');
  };

  return (
    <section className="body-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('bodies.aliases.heading')}</h2>
      <p className="body-hint" id={introId}>
        {t('bodies.aliases.intro', { name: body.shortName || body.name })}
      </p>
      {body.aliases.length === 0 ? (
        <p className="body-empty">{t('bodies.aliases.none')}</p>
      ) : (
        <ul className="body-vacancies body-aliases">
          {body.aliases.map((entry) => (
            <li key={entry.id}>
              <span>{entry.alias}</span>
              <button
                type="button"
                className="button button-small button-quiet"
                disabled={write.busy}
                aria-label={t('bodies.aliases.removeNamed', { alias: entry.alias })}
                onClick={() =>
                  void write.run(() =>
                    callApi(removeBodyAliasEndpoint, {
                      params: { id: body.id, aliasId: entry.id },
                    }),
                  )
                }
              >
                {t('bodies.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="body-form body-inline-form" onSubmit={(event) => void add(event)}>
        <label>
          <span>{t('bodies.aliases.new')}</span>
          <input
            type="text"
            value={alias}
            aria-describedby={introId}
            onChange={(event) => setAlias(event.target.value)}
          />
        </label>
        <button type="submit" className="button" disabled={write.busy}>
          {t('bodies.aliases.add')}
        </button>
        <p role="alert" className="form-error">
          {write.errorKey ? t(write.errorKey) : null}
        </p>
      </form>
    </section>
  );
}
