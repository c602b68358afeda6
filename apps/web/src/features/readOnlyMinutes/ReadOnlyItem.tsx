import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { withElectionTerm, type AgendaItem, type UpcomingMeeting } from '@anteckna/doc-schema';
import { UpcomingMeetingsList } from '../calendar/UpcomingMeetingsList.tsx';
import { ItemHeadingText, ItemPresenters } from '../agenda/ItemHeadingParts.tsx';
import { TextBlocks } from './TextBlocks.tsx';

interface Props {
  item: AgendaItem;
  /** What the calendar item lists (SPEC M8): the minutes' own list of coming meetings. */
  upcomingMeetings?: readonly UpcomingMeeting[];
  /** The body as the decision lead names it: "LCHNV beslutade:". */
  bodyLabel: string;
  hasSubItems: boolean;
  /** Where the item's attachments download from; chips without links when not given. */
  attachmentHref?: (attachmentId: string) => string;
}

/** One agenda item as the minutes print it, read-only: number, kind, presenters, text, decision. */
export function ReadOnlyItem({
  item,
  bodyLabel,
  hasSubItems,
  attachmentHref,
  upcomingMeetings = [],
}: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const Heading = item.depth === 0 ? 'h2' : 'h3';
  const headingLevel = item.depth === 0 ? 2 : 3;
  return (
    <section
      className="ro-item"
      id={`ro-item-${item.id}`}
      data-depth={item.depth}
      data-status={item.status}
      aria-labelledby={headingId}
    >
      <Heading className="ro-item-title" id={headingId}>
        <ItemHeadingText item={item} hasSubItems={hasSubItems} />
      </Heading>
      <ItemPresenters item={item} className="item-presenters" />
      {item.body.length > 0 && (
        <div className="ro-text">
          <TextBlocks blocks={item.body} headingLevel={headingLevel} />
        </div>
      )}
      {item.standing === 'calendar' && <UpcomingMeetingsList meetings={upcomingMeetings} />}
      {item.proposal.length > 0 && (
        <div className="ro-text ro-proposal">
          <p className="ro-field-label">{t('field.proposal')}</p>
          <TextBlocks blocks={item.proposal} headingLevel={headingLevel} />
        </div>
      )}
      {item.status === 'withdrawn' && <p className="ro-withdrawn">{t('minutes.withdrawn')}</p>}
      {item.decision.length > 0 && (
        <div className="ro-decision">
          <p className="ro-decision-lead">{t('minutes.decided', { body: bodyLabel })}</p>
          <ul className="ro-clauses">
            {item.decision.map((clause, index) => (
              <li key={index}>
                {t('minutes.clausePrefix')} {withElectionTerm(clause)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {item.attachments.length > 0 && (
        <ul
          className="ro-attachments"
          aria-label={t('minutes.attachmentsOf', { number: item.number })}
        >
          {item.attachments.map((attachment) => {
            const label = (
              <>
                <span className="ro-attachment-label">
                  {t('minutes.attachment', { number: attachment.number })}
                </span>{' '}
                <span className="ro-attachment-name">{attachment.fileName}</span>
              </>
            );
            return (
              <li key={attachment.id}>
                {attachmentHref ? (
                  <a className="ro-attachment" href={attachmentHref(attachment.id)}>
                    {label}
                  </a>
                ) : (
                  <span className="ro-attachment">{label}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
