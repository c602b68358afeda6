import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '@anteckna/doc-schema';
import { itemRootName } from '@anteckna/domain';
import { FieldEditor } from '../editor/FieldEditor.tsx';
import { useMeetingView } from '../meetings/meetingView.ts';
import { ClauseElections } from './ClauseElections.tsx';
import { ClauseFollowUps } from './ClauseFollowUps.tsx';
import { DecisionTools } from './DecisionTools.tsx';
import './decisions.css';

/** "Länschefsnätverket beslutade:" and its "att"-clauses, as the minutes print them. */
export function DecisionBlock({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const view = useMeetingView();
  const rootName = itemRootName(item.id, 'decision');
  const access = view.accessOf(rootName);
  const label = t('field.decision');
  const body = view.model.meeting.bodyShortName || view.model.meeting.bodyName;
  const style = { '--clause-prefix': JSON.stringify(t('minutes.clausePrefix')) } as CSSProperties;
  return (
    <div className="decision-block" style={style}>
      <p className="decision-lead">{t('minutes.decided', { body })}</p>
      <FieldEditor
        key={`${view.generation}:${rootName}`}
        session={view.session}
        rootName={rootName}
        field="decision"
        label={label}
        hideLabel
        accessibleName={t('field.accessibleName', { field: label, number: item.number })}
        editable={access.editable}
        readOnlyReason={view.lockTextOf(rootName)}
        user={view.caretUser}
        onFocus={() => view.openField(rootName)}
        onRefusedTyping={() => view.announce(view.typingRefusalOf(rootName) ?? '')}
      />
      {access.editable && <DecisionTools item={item} />}
      {access.editable && <ClauseFollowUps item={item} />}
      {access.editable && <ClauseElections item={item} />}
    </div>
  );
}
