import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ELECTION_ROLES,
  updateClauseAttributes,
  type AgendaItem,
  type ClauseAttributesPatch,
  type ClauseRef,
} from '@anteckna/doc-schema';
import { PersonOptions, attendancePeople } from '../attendance/PersonOptions.tsx';
import { DraftTextInput } from '../editor/DraftTextInput.tsx';
import { useMeetingView } from '../meetings/meetingView.ts';
import { clauseKey, useDecisionClauses } from './useDecisionClauses.ts';

const OTHER = '';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Who is elected, to which role and for which term, for each election of the item (SPEC rules
 * V1–V2): written into the clause beside its text, as the task dates are. A person of the body is
 * chosen from the attendance list; someone outside it is named. A term that ends before it starts
 * is refused by the writer and said aloud.
 */
export function ClauseElections({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const headingId = useId();
  const elections = useDecisionClauses(item).filter(({ clause }) => clause.type === 'elect');
  if (elections.length === 0) return null;
  return (
    <div className="clause-elections" role="group" aria-labelledby={headingId}>
      <p id={headingId} className="clause-follow-ups-heading">
        {t('decisions.election.heading', { number: item.number })}
      </p>
      {elections.map((rendered) => (
        <ElectionFields key={clauseKey(rendered)} item={item} rendered={rendered} />
      ))}
    </div>
  );
}

function ElectionFields({ item, rendered }: { item: AgendaItem; rendered: ClauseRef }) {
  const { t } = useTranslation();
  const view = useMeetingView();
  const id = useId();
  const people = attendancePeople(view.model);
  const { clause } = rendered;
  // Into the clause shown, wherever others' edits have moved it since this render.
  const write = (patch: ClauseAttributesPatch) =>
    view.write((doc) => updateClauseAttributes(doc, item.id, rendered, patch));
  const date = (value: string) => (ISO_DATE.test(value) ? value : null);
  const member = people.find((person) => person.personId === clause.personId);
  return (
    <fieldset className="election-fields">
      <legend>
        {t('minutes.clausePrefix')} {clause.text}
      </legend>
      <label htmlFor={`${id}-person`}>{t('decisions.election.person')}</label>
      <select
        id={`${id}-person`}
        className="election-wide"
        value={member?.personId ?? OTHER}
        onChange={(event) => {
          const chosen = people.find((person) => person.personId === event.target.value);
          write(chosen ? { personId: chosen.personId, target: chosen.name } : { personId: null });
        }}
      >
        <option value={OTHER}>{t('decisions.election.outside')}</option>
        <PersonOptions people={people} />
      </select>
      {!member && (
        <>
          <label htmlFor={`${id}-name`}>{t('decisions.election.name')}</label>
          <DraftTextInput
            id={`${id}-name`}
            className="election-wide"
            value={clause.target ?? ''}
            autoComplete="off"
            onWrite={(value) => write({ target: value })}
          />
        </>
      )}
      <label htmlFor={`${id}-role`}>{t('decisions.election.role')}</label>
      <DraftTextInput
        id={`${id}-role`}
        className="election-wide"
        list={`${id}-roles`}
        value={clause.role ?? ''}
        maxLength={100}
        autoComplete="off"
        onWrite={(value) => write({ role: value })}
      />
      <datalist id={`${id}-roles`}>
        {ELECTION_ROLES.map((role) => (
          <option key={role} value={role} />
        ))}
      </datalist>
      <label htmlFor={`${id}-from`}>{t('decisions.election.termFrom')}</label>
      <input
        id={`${id}-from`}
        type="date"
        value={clause.termFrom ?? ''}
        max={clause.termTo}
        onChange={(event) => write({ termFrom: date(event.target.value) })}
      />
      <label htmlFor={`${id}-to`}>{t('decisions.election.termTo')}</label>
      <input
        id={`${id}-to`}
        type="date"
        value={clause.termTo ?? ''}
        min={clause.termFrom}
        onChange={(event) => write({ termTo: date(event.target.value) })}
      />
    </fieldset>
  );
}
