import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addMemberOrganisationEndpoint,
  moveMemberOrganisationEndpoint,
  removeMemberOrganisationEndpoint,
  type BodyDetail,
} from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { AddEntryForm } from './AddEntryForm.tsx';
import type { BodySectionProps } from './bodySectionProps.ts';
import { RemovableEntryList } from './RemovableEntryList.tsx';
import { useBodyWrite } from './useBodyWrite.ts';

/**
 * The organisations seats belong to, in the order the attendance table lists them. Each change
 * sends the one organisation added, removed or moved, never the list as this page shows it: the
 * server makes it to the list as it holds it then, so another secretary's change made meanwhile
 * stays. A change the server refuses (the organisation is gone, or added already) reloads the
 * body, so the page shows what holds now beside the reason.
 */
export function MemberOrganisationsSection({ body, canManage, onSaved, reload }: BodySectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [name, setName] = useState('');
  const write = useBodyWrite(onSaved);
  const organisations = body.memberOrganisations;

  const change = async (send: () => Promise<BodyDetail>) => {
    const saved = await write.run(send);
    if (!saved) reload();
    return saved;
  };
  const add = async () => {
    const organisation = name.trim();
    if (!organisation) return;
    const added = await change(() =>
      callApi(addMemberOrganisationEndpoint, { params: { id: body.id }, body: { organisation } }),
    );
    if (added) setName('');
  };
  const remove = (organisation: string) =>
    void change(() =>
      callApi(removeMemberOrganisationEndpoint, { params: { id: body.id, organisation } }),
    );
  const move = (organisation: string, direction: 'up' | 'down') =>
    void change(() =>
      callApi(moveMemberOrganisationEndpoint, {
        params: { id: body.id, organisation },
        body: { direction },
      }),
    );

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
        onRemove={canManage ? remove : undefined}
      >
        {(organisation) => (
          <>
            <span>{organisation}</span>
            {canManage && organisations.length > 1 && (
              <>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  disabled={write.busy || organisations[0] === organisation}
                  aria-label={t('bodies.organisations.moveEarlier', { name: organisation })}
                  onClick={() => move(organisation, 'up')}
                >
                  ‹
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  disabled={write.busy || organisations.at(-1) === organisation}
                  aria-label={t('bodies.organisations.moveLater', { name: organisation })}
                  onClick={() => move(organisation, 'down')}
                >
                  ›
                </button>
              </>
            )}
          </>
        )}
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
