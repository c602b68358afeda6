import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateAgendaItem } from '@anteckna/doc-schema';
import type { AgendaItem, PersonRef } from '@anteckna/doc-schema';
import { useMeetingSession } from '../meetings/meetingView.ts';
import { InviteForm } from './InviteForm.tsx';
import { presenterLine } from './itemTitle.ts';

/**
 * Presenters of an item. A person with an account is chosen from the meeting's people (their
 * user id is what lets them write the item); anyone else is typed as name, title and
 * organisation, shown in the minutes but with no right to write.
 */
export function PresenterEditor({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const view = useMeetingSession();
  // Each change is made to the presenters as the document holds them when it is written (SPEC
  // rule W6), not to the list this form last rendered: a presenter added a moment before, here
  // or by someone else, stays.
  const changePresenters = (change: (current: PersonRef[]) => PersonRef[]) =>
    view.write((doc) =>
      updateAgendaItem(doc, item.id, (record) => ({ presenters: change(record.presenters) })),
    );
  const add = (person: PersonRef) =>
    changePresenters((current) =>
      current.some((other) => samePresenter(other, person)) ? current : [...current, person],
    );
  const remove = (person: PersonRef) =>
    changePresenters((current) => {
      const at = current.findIndex((other) => samePresenter(other, person));
      return current.filter((_, index) => index !== at);
    });
  const chosenIds = new Set(item.presenters.map((person) => person.userId).filter(Boolean));
  const choices = (view.people ?? []).filter((person) => !chosenIds.has(person.id));

  return (
    <fieldset className="presenter-editor">
      <legend>{t('agenda.presenters')}</legend>
      {item.presenters.length === 0 ? (
        <p className="presenter-none">{t('agenda.noPresenters')}</p>
      ) : (
        <ul>
          {item.presenters.map((person, index) => (
            <li key={`${person.userId ?? person.name}-${index}`}>
              <span>{presenterLine(person)}</span>
              {person.userId === undefined && (
                <span className="presenter-no-account">{t('agenda.noAccount')}</span>
              )}
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={() => remove(person)}
              >
                {t('agenda.removePresenter')}
                <span className="visually-hidden"> {person.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {choices.length > 0 && (
        <label className="presenter-choose">
          <span>{t('agenda.choosePresenter')}</span>
          <select
            value=""
            onChange={(event) => {
              const person = choices.find((choice) => choice.id === event.target.value);
              if (!person) return;
              add({
                userId: person.id,
                name: person.name,
                title: person.title,
                organisation: person.organisation,
              });
            }}
          >
            <option value="">{t('agenda.choosePlaceholder')}</option>
            {choices.map((person) => (
              <option key={person.id} value={person.id}>
                {presenterLine(person)}
              </option>
            ))}
          </select>
        </label>
      )}
      <TypedPresenterForm onAdd={add} />
      {view.canInvite && <InviteForm itemId={item.id} />}
    </fieldset>
  );
}

/** One person: by account when they have one, else by all that is typed of them. */
function samePresenter(a: PersonRef, b: PersonRef): boolean {
  return b.userId !== undefined
    ? a.userId === b.userId
    : a.userId === undefined && JSON.stringify(a) === JSON.stringify(b);
}

function TypedPresenterForm({ onAdd }: { onAdd(person: PersonRef): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    const person: PersonRef = { name: name.trim() };
    if (title.trim()) person.title = title.trim();
    if (organisation.trim()) person.organisation = organisation.trim();
    onAdd(person);
    setName('');
    setTitle('');
    setOrganisation('');
  };
  return (
    <form className="presenter-typed" onSubmit={submit} aria-label={t('agenda.typePresenter')}>
      <span className="presenter-form-caption">{t('agenda.typePresenter')}</span>
      <label>
        <span>{t('agenda.presenterName')}</span>
        <input type="text" value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        <span>{t('agenda.presenterTitle')}</span>
        <input type="text" value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label>
        <span>{t('agenda.presenterOrganisation')}</span>
        <input
          type="text"
          value={organisation}
          onChange={(event) => setOrganisation(event.target.value)}
        />
      </label>
      <button type="submit" className="button button-small" disabled={!name.trim()}>
        {t('agenda.addPresenter')}
      </button>
    </form>
  );
}
