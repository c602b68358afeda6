import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../app/TextField.tsx';
import { updateBodyEndpoint } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import type { BodySectionProps } from './bodySectionProps.ts';
import { useBodyWrite } from './useBodyWrite.ts';
import { BodyWriteError } from './BodyWriteError.tsx';

/** Full name, short name and issuing organisation: what heads every set of minutes. */
export function BodyDetailsSection({ body, canManage, onSaved }: BodySectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="body-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('bodies.details.heading')}</h2>
      {canManage ? (
        <DetailsForm body={body} onSaved={onSaved} />
      ) : (
        <dl className="body-facts">
          <dt>{t('bodies.details.name')}</dt>
          <dd>{body.name}</dd>
          <dt>{t('bodies.details.shortName')}</dt>
          <dd>{body.shortName}</dd>
          <dt>{t('bodies.details.organisation')}</dt>
          <dd>{body.organisation}</dd>
        </dl>
      )}
    </section>
  );
}

function DetailsForm({ body, onSaved }: Pick<BodySectionProps, 'body' | 'onSaved'>) {
  const { t } = useTranslation();
  const [name, setName] = useState(body.name);
  const [shortName, setShortName] = useState(body.shortName);
  const [organisation, setOrganisation] = useState(body.organisation);
  const write = useBodyWrite(onSaved);
  // What the server answers is what the form shows next (trimmed, or changed elsewhere).
  useEffect(() => {
    setName(body.name);
    setShortName(body.shortName);
    setOrganisation(body.organisation);
  }, [body.name, body.shortName, body.organisation]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!name.trim() || !shortName.trim() || !organisation.trim()) {
      write.showError('bodies.details.missing');
      return;
    }
    void write.run(() =>
      callApi(updateBodyEndpoint, {
        params: { id: body.id },
        body: {
          name: name.trim(),
          shortName: shortName.trim(),
          organisation: organisation.trim(),
        },
      }),
    );
  };

  return (
    <form className="body-form body-details-form" onSubmit={submit}>
      <TextField label={t('bodies.details.name')} value={name} onValue={setName} required />
      <TextField
        label={t('bodies.details.shortName')}
        value={shortName}
        onValue={setShortName}
        required
      />
      <TextField
        label={t('bodies.details.organisation')}
        value={organisation}
        onValue={setOrganisation}
        hint={t('bodies.details.organisationHint')}
        required
      />
      <div className="body-form-actions">
        <button type="submit" className="button button-primary" disabled={write.busy}>
          {t('bodies.details.save')}
        </button>
      </div>
      <BodyWriteError write={write} />
    </form>
  );
}
