import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setAttendance, updateAttendance } from '@anteckna/doc-schema';
import { useMeetingView } from '../meetings/meetingView.ts';
import { matchAttendee } from './matchAttendee.ts';

/**
 * Attendance by typing a name: a known person is marked present at once; a new name asks for
 * the organisation and is added present.
 */
export function MarkAttendanceForm() {
  const { t } = useTranslation();
  const view = useMeetingView();
  const listId = useId();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [asking, setAsking] = useState(false);
  const people = view.model.attendance
    .flatMap((group) => group.people)
    .filter((person) => !person.vacant);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = name.trim();
    if (!typed) return;
    const known = matchAttendee(people, typed);
    if (known) {
      // Only the status, on the entry as the document holds it now (SPEC rule P7): what was
      // chosen for this person since the form rendered (at a distance, from item 4 b) is kept.
      // Present is no longer acting, so the writer drops whom they stood in for.
      if (view.write((doc) => updateAttendance(doc, known.personId, { status: 'present' }))) {
        view.announce(t('attendance.markedPresent', { name: known.name }));
        setName('');
      }
      return;
    }
    if (!asking) {
      setAsking(true);
      return;
    }
    const personId = `person-${crypto.randomUUID()}`;
    if (
      view.write((doc) =>
        setAttendance(doc, personId, { name: typed, organisation, status: 'present' }),
      )
    ) {
      view.announce(t('attendance.added', { name: typed }));
      setName('');
      setAsking(false);
    }
  };

  return (
    <form className="mark-attendance" onSubmit={submit}>
      <label>
        <span>{t('attendance.markByName')}</span>
        <input
          type="text"
          list={listId}
          value={name}
          autoComplete="off"
          onChange={(event) => {
            setName(event.target.value);
            setAsking(false);
          }}
        />
      </label>
      <datalist id={listId}>
        {people.map((person) => (
          <option key={person.personId} value={person.name} />
        ))}
      </datalist>
      {asking && (
        <label>
          <span>{t('attendance.organisationOf', { name: name.trim() })}</span>
          <select value={organisation} onChange={(event) => setOrganisation(event.target.value)}>
            <option value="">{t('attendance.noOrganisation')}</option>
            {view.model.organisations.map((org) => (
              <option key={org} value={org}>
                {org}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" className="button button-small">
        {asking ? t('attendance.addPerson') : t('attendance.markPresent')}
      </button>
    </form>
  );
}
