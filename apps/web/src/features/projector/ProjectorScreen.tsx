import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, MinutesModel } from '@anteckna/doc-schema';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate, formatTimeRange } from '../../i18n/formatDate.ts';
import type { ConnectionState } from '../editor/collabSession.ts';
import { secondSessionLine } from '../meetingHeader/secondSessionText.ts';
import { itemNumberLabel, presenterLine, showsKindPrefix } from '../agenda/itemTitle.ts';
import { TextBlocks } from '../readOnlyMinutes/TextBlocks.tsx';

interface Props {
  model: MinutesModel;
  currentItemId: string | null;
  connection: ConnectionState;
}

/** What the room sees: the item the secretary is at, and its decision as it is written. */
export function ProjectorScreen({ model, currentItemId, connection }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const item = model.items.find((candidate) => candidate.id === currentItemId) ?? null;
  const parent = item?.parentId ? model.items.find((other) => other.id === item.parentId) : null;
  const bodyLabel = model.meeting.bodyShortName || model.meeting.bodyName;
  // A förmöte (or a second day) is part of where and when the room meets (SPEC M7).
  const second = secondSessionLine(model.meeting, language, t);
  return (
    <main className="projector" id="main" tabIndex={-1} data-item-id={item?.id ?? ''}>
      <p className="projector-meta">
        <span>{bodyLabel}</span>
        <span aria-hidden="true"> · </span>
        <span>{formatDate(model.meeting.date, language)}</span>
        {connection !== 'connected' && (
          <span className="projector-connection" role="status">
            {t(`projector.connection.${connection}`)}
          </span>
        )}
      </p>
      {item ? (
        <ProjectorItem
          item={item}
          parent={parent ?? null}
          bodyLabel={bodyLabel}
          hasSubItems={model.items.some((other) => other.parentId === item.id)}
        />
      ) : (
        <div className="projector-waiting">
          <h1>{model.meeting.bodyName || bodyLabel}</h1>
          <p className="projector-waiting-when">
            {formatDate(model.meeting.date, language)}
            {model.meeting.startTime &&
              `, ${formatTimeRange(model.meeting.startTime, model.meeting.endTime, language)}`}
          </p>
          {model.meeting.place && <p>{model.meeting.place}</p>}
          {second && (
            <p className="projector-waiting-second">
              {second.label}: {second.text}
            </p>
          )}
          <p className="projector-waiting-note">{t('projector.waiting')}</p>
        </div>
      )}
    </main>
  );
}

function ProjectorItem({
  item,
  parent,
  bodyLabel,
  hasSubItems,
}: {
  item: AgendaItem;
  parent: AgendaItem | null;
  bodyLabel: string;
  hasSubItems: boolean;
}) {
  const { t } = useTranslation();
  const decisionRef = useRef<HTMLDivElement>(null);
  const clauses = item.decision.map((clause) => clause.text).join('\n');
  // The newest clause is what the room reads: keep it on screen as it grows.
  useEffect(() => {
    if (clauses) decisionRef.current?.scrollIntoView({ block: 'nearest' });
  }, [clauses]);
  return (
    <article className="projector-item" aria-labelledby="projector-item-title">
      {parent && (
        <p className="projector-parent">
          {itemNumberLabel(parent)} {parent.title}
        </p>
      )}
      <h1 id="projector-item-title" className="projector-title">
        <span className="projector-number">{itemNumberLabel(item)}</span>{' '}
        {showsKindPrefix(item) && !hasSubItems && (
          <strong className="projector-kind">{t(`kind.prefix.${item.kind}`)}</strong>
        )}{' '}
        {item.title || t('agenda.untitled')}
        {item.status !== 'active' && (
          <span className="projector-flag">{t(`agenda.status.${item.status}`)}</span>
        )}
      </h1>
      {item.presenters.length > 0 && (
        <p className="projector-presenters">
          {t('minutes.presenters')}: {item.presenters.map(presenterLine).join('; ')}
        </p>
      )}
      {item.body.length > 0 && (
        <div className="projector-text">
          <TextBlocks blocks={item.body} headingLevel={1} />
        </div>
      )}
      {item.proposal.length > 0 && item.decision.length === 0 && (
        <div className="projector-text projector-proposal">
          <h2>{t('field.proposal')}</h2>
          <TextBlocks blocks={item.proposal} headingLevel={2} />
        </div>
      )}
      {item.status === 'withdrawn' && (
        <p className="projector-withdrawn">{t('minutes.withdrawn')}</p>
      )}
      {item.decision.length > 0 && (
        <div className="projector-decision" ref={decisionRef}>
          <h2>{t('minutes.decided', { body: bodyLabel })}</h2>
          <ul>
            {item.decision.map((clause, index) => (
              <li key={index}>
                <span className="projector-att">{t('minutes.clausePrefix')}</span> {clause.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
