import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addVacancyEndpoint, removeVacancyEndpoint } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import type { BodySectionProps } from './bodySectionProps.ts';
import { useBodyWrite } from './useBodyWrite.ts';

/** Seats no one holds now: the minutes list them as "Vakant, <title>" under the organisation. */
export function VacanciesSection({ body, canManage, onSaved }: BodySectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const organisationId = useId();
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const write = useBodyWrite(onSaved);

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!title.trim()) {
      write.showError('bodies.vacancies.missing');
      return;
    }
    const added = await write.run(() =>
      callApi(addVacancyEndpoint, {
        params: { id: body.id },
        body: { title: title.trim(), organisation },
      }),
    );
    if (added) {
      setTitle('');
    }
  };

  return (
    <section className="body-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('bodies.vacancies.heading')}</h2>
      {body.vacancies.length === 0 ? (
        <p className="body-empty">{t('bodies.vacancies.none')}</p>
      ) : (
        <ul className="body-vacancies">
          {body.vacancies.map((seat) => (
            <li key={seat.id}>
              <span>
                {t('bodies.vacancies.label', { title: seat.title })}
                {seat.organisation && (
                  <span className="body-vacancy-organisation"> – {seat.organisation}</span>
                )}
              </span>
              {canManage && (
                <button
                  type="button"
                  className="button button-small button-quiet"
                  disabled={write.busy}
                  aria-label={t('bodies.vacancies.removeNamed', { title: seat.title })}
                  onClick={() =>
                    void write.run(() =>
                      callApi(removeVacancyEndpoint, { params: { id: body.id, seatId: seat.id } }),
                    )
                  }
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
            <span>{t('bodies.vacancies.title')}</span>
            <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <div className="body-field">
            <label htmlFor={organisationId}>{t('bodies.members.organisation')}</label>
            <select
              id={organisationId}
              value={organisation}
              onChange={(e) => setOrganisation(e.target.value)}
            >
              <option value="">{t('bodies.members.noOrganisation')}</option>
              {body.memberOrganisations.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button" disabled={write.busy}>
            {t('bodies.vacancies.add')}
          </button>
          <p role="alert" className="form-error">
            {write.errorKey ? t(write.errorKey) : null}
          </p>
        </form>
      )}
    </section>
  );
}
