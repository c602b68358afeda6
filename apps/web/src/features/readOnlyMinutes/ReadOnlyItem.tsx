import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { withElectionTerm, type AgendaItem, type UpcomingMeeting } from '@anteckna/doc-schema';
import { UpcomingMeetingsList } from '../calendar/UpcomingMeetingsList.tsx';
import { itemNumberLabel, presenterLine, showsKindPrefix } from '../agenda/itemTitle.ts';
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
        <span className="ro-item-number">{itemNumberLabel(item)}</span>{' '}
        {showsKindPrefix(item) && !hasSubItems && <strong>{t(`kind.prefix.${item.kind}`)}</strong>}{' '}
        <span className="ro-item-text">{item.title || t('agenda.untitled')}</span>
        {item.late && <span className="ro-flag">{t('agenda.late')}</span>}
        {item.status !== 'active' && (
          <span className="ro-flag ro-flag-status">{t(`agenda.status.${item.status}`)}</span>
        )}
      </Heading>
      {item.presenters.length > 0 && (
        <p className="ro-presenters">
          <span className="ro-presenters-label">{t('minutes.presenters')}:</span>{' '}
          {item.presenters.map(presenterLine).join('; ')}
        </p>
      )}
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
