import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '@anteckna/doc-schema';
import { itemRootName } from '@anteckna/domain';
import { FieldEditor } from '../editor/FieldEditor.tsx';
import { useMeetingView } from '../meetings/meetingView.ts';

/**
 * The editor of an item's background or proposal, as the meeting page shows it to this person:
 * editable or locked (and why), their caret, and what a refused keystroke says.
 */
export function ItemTextEditor({
  item,
  field,
  hideLabel,
}: {
  item: AgendaItem;
  field: 'body' | 'proposal';
  /** Where a heading or summary already names the field. */
  hideLabel?: boolean;
}) {
  const { t } = useTranslation();
  const view = useMeetingView();
  const rootName = itemRootName(item.id, field);
  const label = t(`field.${field}`);
  return (
    <FieldEditor
      key={`${view.generation}:${rootName}`}
      session={view.session}
      rootName={rootName}
      field={field}
      label={label}
      hideLabel={hideLabel}
      accessibleName={t('field.accessibleName', { field: label, number: item.number })}
      editable={view.accessOf(rootName).editable}
      readOnlyReason={view.lockTextOf(rootName)}
      user={view.caretUser}
      onFocus={() => view.openField(rootName)}
      onRefusedTyping={() => view.announce(view.typingRefusalOf(rootName) ?? '')}
      className={field === 'proposal' ? 'field-proposal' : undefined}
    />
  );
}
