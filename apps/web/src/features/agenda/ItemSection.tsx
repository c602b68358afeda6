import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '@anteckna/doc-schema';
import { itemRootName } from '@anteckna/domain';
import type { ItemField } from '@anteckna/domain';
import { ItemAttachments } from '../attachments/ItemAttachments.tsx';
import { UpcomingMeetingsList } from '../calendar/UpcomingMeetingsList.tsx';
import { PreviousMinutesApproval } from '../approval/PreviousMinutesApproval.tsx';
import { useFieldHasText } from '../editor/useFieldHasText.ts';
import { DecisionBlock } from '../decisions/DecisionBlock.tsx';
import type { MeetingView } from '../meetings/meetingView.ts';
import { useMeetingView } from '../meetings/meetingView.ts';
import { ItemTextEditor } from './ItemTextEditor.tsx';
import { ItemTools } from './ItemTools.tsx';
import { ItemHeadingText, ItemPresenters } from './ItemHeadingParts.tsx';
import './itemSection.css';

/** How a field shows: left out (read-only and empty), folded into an "add" button, or open. */
export type FieldShow = 'hidden' | 'folded' | 'open';

/**
 * A writable field with no text opens by itself only where writing it is the person's job now:
 * a presenter's own item, a decision during the meeting. Elsewhere it waits behind a small
 * "add" button, so that the page reads like the minutes and not like a form.
 */
function fieldShow(
  view: MeetingView,
  item: AgendaItem,
  field: ItemField,
  hasText: boolean,
): FieldShow {
  const rootName = itemRootName(item.id, field);
  if (hasText) return 'open';
  if (!view.accessOf(rootName).editable) return 'hidden';
  if (view.isFieldOpen(rootName)) return 'open';
  const presents = item.presenterIds.includes(view.actor.userId);
  if (field !== 'decision' && presents && !view.isSecretary) return 'open';
  if (field === 'decision' && (view.phase === 'live' || view.phase === 'circulated')) return 'open';
  return 'folded';
}

/** One agenda item as the minutes print it, with an editor per field. */
export function ItemSection({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const view = useMeetingView();
  const headingId = useId();
  const Heading = item.depth === 0 ? 'h2' : 'h3';
  const mine = item.presenterIds.includes(view.actor.userId) && !view.isSecretary;
  const hasSubItems = view.model.items.some((other) => other.parentId === item.id);
  const doc = view.session.doc;
  const text = {
    body: useFieldHasText(doc, itemRootName(item.id, 'body')),
    proposal: useFieldHasText(doc, itemRootName(item.id, 'proposal')),
    decision: useFieldHasText(doc, itemRootName(item.id, 'decision')),
  };
  const show = {
    body: fieldShow(view, item, 'body', text.body),
    proposal: fieldShow(view, item, 'proposal', text.proposal),
    decision:
      item.status === 'withdrawn' ? 'hidden' : fieldShow(view, item, 'decision', text.decision),
  } satisfies Record<ItemField, FieldShow>;
  const folded = (['body', 'proposal', 'decision'] as const).filter(
    (field) => show[field] === 'folded',
  );
  const addButtons =
    folded.length === 0 ? null : (
      <span
        className="item-add-fields"
        role="group"
        aria-label={t('field.addTo', { number: item.number })}
      >
        {folded.map((field) => (
          <button
            key={field}
            type="button"
            className="button button-small button-quiet"
            onClick={() => view.openField(itemRootName(item.id, field), true)}
          >
            + {t(`field.${field}`)}
            <span className="visually-hidden"> {t('agenda.itemRef', { number: item.number })}</span>
          </button>
        ))}
      </span>
    );

  return (
    <section
      className="item-section"
      id={`item-${item.id}`}
      data-item-id={item.id}
      data-depth={item.depth}
      data-status={item.status}
      data-mine={mine}
      aria-labelledby={headingId}
    >
      <Heading className="item-title" id={headingId} tabIndex={-1}>
        <ItemHeadingText item={item} hasSubItems={hasSubItems} />
        {mine && <span className="item-flag item-flag-mine">{t('agenda.yours')}</span>}
      </Heading>
      <ItemPresenters item={item} className="item-presenters" />
      {view.isSecretary && view.phase !== 'locked' ? (
        <ItemTools item={item} extra={addButtons} />
      ) : (
        addButtons
      )}
      {show.body === 'open' && <ItemTextEditor item={item} field="body" />}
      {show.proposal === 'open' && <ItemTextEditor item={item} field="proposal" />}
      {item.status === 'withdrawn' && <p className="item-withdrawn">{t('minutes.withdrawn')}</p>}
      {item.standing === 'calendar' && (
        <UpcomingMeetingsList meetings={view.model.meeting.upcomingMeetings ?? []} />
      )}
      {item.standing === 'previous_minutes' && item.approvesMeetingId && (
        <PreviousMinutesApproval item={item} approvesMeetingId={item.approvesMeetingId} />
      )}
      {show.decision === 'open' && <DecisionBlock item={item} />}
      <ItemAttachments item={item} />
    </section>
  );
}
