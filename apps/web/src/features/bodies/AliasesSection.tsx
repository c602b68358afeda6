import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addBodyAliasEndpoint, removeBodyAliasEndpoint } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { AddEntryForm } from './AddEntryForm.tsx';
import type { BodySectionProps } from './bodySectionProps.ts';
import { RemovableEntryList } from './RemovableEntryList.tsx';
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

  const add = async () => {
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
      <RemovableEntryList
        className="body-vacancies body-aliases"
        entries={body.aliases}
        entryKey={(entry) => entry.id}
        emptyText={t('bodies.aliases.none')}
        busy={write.busy}
        removeLabel={(entry) => t('bodies.aliases.removeNamed', { alias: entry.alias })}
        onRemove={(entry) =>
          void write.run(() =>
            callApi(removeBodyAliasEndpoint, { params: { id: body.id, aliasId: entry.id } }),
          )
        }
      >
        {(entry) => <span>{entry.alias}</span>}
      </RemovableEntryList>
      <AddEntryForm write={write} submitText={t('bodies.aliases.add')} onAdd={add}>
        <label>
          <span>{t('bodies.aliases.new')}</span>
          <input
            type="text"
            value={alias}
            aria-describedby={introId}
            onChange={(event) => setAlias(event.target.value)}
          />
        </label>
      </AddEntryForm>
    </section>
  );
}
