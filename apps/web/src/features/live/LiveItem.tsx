import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '@anteckna/doc-schema';
import { itemRootName } from '@anteckna/domain';
import { ItemHeadingText, ItemPresenters } from '../agenda/ItemHeadingParts.tsx';
import { itemNumberLabel } from '../agenda/itemTitle.ts';
import { ItemTextEditor } from '../agenda/ItemTextEditor.tsx';
import { PreviousMinutesApproval } from '../approval/PreviousMinutesApproval.tsx';
import { ItemAttachments } from '../attachments/ItemAttachments.tsx';
import { DecisionBlock } from '../decisions/DecisionBlock.tsx';
import { useFieldHasText } from '../editor/useFieldHasText.ts';
import { useMeetingView } from '../meetings/meetingView.ts';

/**
 * The item the meeting is at, large: what it is, who presents it, its text to look up, and the
 * decision being written. The section carries the item's id like the document's sections, so
 * the meeting's keys (Ctrl+Enter, adopting the proposal) and links find it here too.
 */
export function LiveItem({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const view = useMeetingView();
  const headingId = useId();
  const parent = item.parentId
    ? (view.model.items.find((other) => other.id === item.parentId) ?? null)
    : null;
  const hasSubItems = view.model.items.some((other) => other.parentId === item.id);
  const hasDecision = useFieldHasText(view.session.doc, itemRootName(item.id, 'decision'));
  return (
    <section
      className="live-item"
      id={`item-${item.id}`}
      data-item-id={item.id}
      data-status={item.status}
      aria-labelledby={headingId}
    >
      <p className="live-item-eyebrow">
        {t('liveMode.currentItem')}
        {parent && (
          <>
            <span aria-hidden="true"> · </span>
            {t('liveMode.under', { number: itemNumberLabel(parent), title: parent.title })}
          </>
        )}
      </p>
      <h2 className="live-item-title" id={headingId} tabIndex={-1}>
        <ItemHeadingText item={item} hasSubItems={hasSubItems} />
      </h2>
      <ItemPresenters item={item} className="live-item-presenters" />
      <LiveTextField item={item} field="body" initiallyOpen={false} />
      <LiveTextField item={item} field="proposal" initiallyOpen={!hasDecision} />
      {item.status === 'withdrawn' && <p className="item-withdrawn">{t('minutes.withdrawn')}</p>}
      {item.standing === 'previous_minutes' && item.approvesMeetingId && (
        <PreviousMinutesApproval item={item} approvesMeetingId={item.approvesMeetingId} />
      )}
      {item.status !== 'withdrawn' && <DecisionBlock item={item} />}
      <ItemAttachments item={item} />
    </section>
  );
}

/**
 * Background and proposal fold away, to be read when needed: the decision is what is written
 * now. The proposal starts open while there is no decision yet, since it is what gets adopted.
 */
function LiveTextField({
  item,
  field,
  initiallyOpen,
}: {
  item: AgendaItem;
  field: 'body' | 'proposal';
  initiallyOpen: boolean;
}) {
  const { t } = useTranslation();
  const view = useMeetingView();
  const rootName = itemRootName(item.id, field);
  const hasText = useFieldHasText(view.session.doc, rootName);
  const [open, setOpen] = useState<boolean | null>(null);
  if (!hasText) return null;
  const label = t(`field.${field}`);
  const shown = open ?? initiallyOpen;
  return (
    <details
      className={`live-text live-text-${field}`}
      open={shown}
      // Also fired when React sets `open`; only a toggle by the person becomes their choice.
      onToggle={(event) => {
        if (event.currentTarget.open !== shown) setOpen(event.currentTarget.open);
      }}
    >
      <summary>{label}</summary>
      <ItemTextEditor item={item} field={field} hideLabel />
    </details>
  );
}
