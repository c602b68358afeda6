import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateBodyEndpoint } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { AddEntryForm } from './AddEntryForm.tsx';
import type { BodySectionProps } from './bodySectionProps.ts';
import { RemovableEntryList } from './RemovableEntryList.tsx';
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
  const add = async () => {
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
      <RemovableEntryList
        className="body-organisations"
        entries={organisations}
        entryKey={(organisation) => organisation}
        emptyText={t('bodies.organisations.none')}
        busy={write.busy}
        removeLabel={(organisation) =>
          t('bodies.organisations.removeNamed', { name: organisation })
        }
        onRemove={
          canManage
            ? (organisation) => void save(organisations.filter((o) => o !== organisation))
            : undefined
        }
      >
        {(organisation) => <span>{organisation}</span>}
      </RemovableEntryList>
      {canManage && (
        <AddEntryForm
          write={write}
          submitText={t('bodies.organisations.add')}
          canSubmit={name.trim() !== ''}
          onAdd={add}
        >
          <label>
            <span>{t('bodies.organisations.new')}</span>
            <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
        </AddEntryForm>
      )}
    </section>
  );
}
