import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addVacancyEndpoint, removeVacancyEndpoint } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { AddEntryForm } from './AddEntryForm.tsx';
import type { BodySectionProps } from './bodySectionProps.ts';
import { RemovableEntryList } from './RemovableEntryList.tsx';
import { useBodyWrite } from './useBodyWrite.ts';

/** Seats no one holds now: the minutes list them as "Vakant, <title>" under the organisation. */
export function VacanciesSection({ body, canManage, onSaved }: BodySectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const organisationId = useId();
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const write = useBodyWrite(onSaved);

  const add = async () => {
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
    if (added) setTitle('');
  };

  return (
    <section className="body-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('bodies.vacancies.heading')}</h2>
      <RemovableEntryList
        className="body-vacancies"
        entries={body.vacancies}
        entryKey={(seat) => seat.id}
        emptyText={t('bodies.vacancies.none')}
        busy={write.busy}
        removeLabel={(seat) => t('bodies.vacancies.removeNamed', { title: seat.title })}
        onRemove={
          canManage
            ? (seat) =>
                void write.run(() =>
                  callApi(removeVacancyEndpoint, { params: { id: body.id, seatId: seat.id } }),
                )
            : undefined
        }
      >
        {(seat) => (
          <span>
            {t('bodies.vacancies.label', { title: seat.title })}
            {seat.organisation && (
              <span className="body-vacancy-organisation"> – {seat.organisation}</span>
            )}
          </span>
        )}
      </RemovableEntryList>
      {canManage && (
        <AddEntryForm write={write} submitText={t('bodies.vacancies.add')} onAdd={add}>
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
        </AddEntryForm>
      )}
    </section>
  );
}
