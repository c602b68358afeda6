import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_ADJUSTERS,
  ROOT_MEETING,
  setSignatureBlock,
  updateSignatureBlock,
  type AttendanceEntry,
  type SignatureBlock,
  type Signer,
} from '@anteckna/doc-schema';
import { PersonOptions, attendancePeople } from '../attendance/PersonOptions.tsx';
import { DraftTextInput } from '../editor/DraftTextInput.tsx';
import { useMeetingView } from '../meetings/meetingView.ts';
import './signatures.css';

const NOBODY = '';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The signature block at the end of the minutes (SPEC rules S1–S2): whether they are a protocol,
 * and who signs — "Vid protokollet" the secretary, "Justeras" the chair and the adjusters — chosen
 * from the people of the meeting's attendance, with the place and date of the adjusting.
 */
export function SignatureBlockPanel() {
  const { t } = useTranslation();
  const view = useMeetingView();
  const headingId = useId();
  const block = view.model.meeting.signatures;
  const canWrite = view.isSecretary && view.accessOf(ROOT_MEETING).editable;
  if (!block && !canWrite) return null;
  const update = (change: (current: SignatureBlock) => SignatureBlock) =>
    view.write((doc) => updateSignatureBlock(doc, change));
  return (
    <section className="signature-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('signatures.heading')}</h2>
      {canWrite && (
        <label className="signature-toggle">
          <input
            type="checkbox"
            checked={block !== undefined}
            // On: the block as the document holds it, empty when there is none yet, so a block
            // someone else set up a moment before is kept (SPEC rule W6).
            onChange={(event) =>
              event.target.checked
                ? update((current) => current)
                : view.write((doc) => setSignatureBlock(doc, null))
            }
          />
          {t('signatures.isProtocol')}
        </label>
      )}
      {canWrite && <p className="signature-hint">{t('signatures.hint')}</p>}
      {block &&
        (canWrite ? (
          <SignatureForm block={block} update={update} />
        ) : (
          <SignatureSummary block={block} />
        ))}
    </section>
  );
}

/**
 * Every change is made to the block as the document holds it when the change is written, not to
 * the block this form last rendered: fields filled one right after the other (the place, then
 * the date) must not put back each other's old values. An adjuster is found by who they are, not
 * by their place in the rendered list, which a removal a moment before has shifted.
 */
function SignatureForm({
  block,
  update,
}: {
  block: SignatureBlock;
  update: (change: (current: SignatureBlock) => SignatureBlock) => boolean;
}) {
  const { t } = useTranslation();
  const view = useMeetingView();
  const id = useId();
  const people = attendancePeople(view.model);
  const signerOf = (personId: string): Signer | null => {
    const person = people.find((p) => p.personId === personId);
    return person ? { name: person.name, personId: person.personId } : null;
  };
  return (
    <div className="signature-form">
      <fieldset>
        <legend>{t('signatures.secretaryGroup')}</legend>
        <PersonSelect
          id={`${id}-secretary`}
          label={t('signatures.secretary')}
          people={people}
          signer={block.secretary}
          onChange={(personId) =>
            update((current) => ({ ...current, secretary: signerOf(personId) }))
          }
        />
      </fieldset>
      <fieldset>
        <legend>{t('signatures.adjustGroup')}</legend>
        <PersonSelect
          id={`${id}-chair`}
          label={t('signatures.chair')}
          people={people}
          signer={block.chair}
          onChange={(personId) => update((current) => ({ ...current, chair: signerOf(personId) }))}
        />
        {block.adjusters.map((adjuster, index) => (
          <div key={index} className="signature-adjuster">
            <PersonSelect
              id={`${id}-adjuster-${index}`}
              label={t('signatures.adjuster', { number: index + 1 })}
              people={people}
              signer={adjuster}
              onChange={(personId) => {
                const chosen = signerOf(personId);
                update((current) => ({
                  ...current,
                  adjusters: current.adjusters.flatMap((signer) =>
                    !sameSigner(signer, adjuster) ? [signer] : chosen ? [chosen] : [],
                  ),
                }));
              }}
            />
            <button
              type="button"
              className="button button-small"
              onClick={() =>
                update((current) => ({
                  ...current,
                  adjusters: current.adjusters.filter((signer) => !sameSigner(signer, adjuster)),
                }))
              }
            >
              {t('signatures.removeAdjuster')}
              <span className="visually-hidden">: {adjuster.name}</span>
            </button>
          </div>
        ))}
        {block.adjusters.length < MAX_ADJUSTERS && (
          <AddAdjuster
            id={`${id}-add`}
            people={people.filter(
              (p) =>
                p.personId !== block.chair?.personId &&
                !block.adjusters.some((a) => a.personId === p.personId),
            )}
            onAdd={(personId) => {
              const chosen = signerOf(personId);
              if (chosen)
                update((current) =>
                  current.adjusters.some((signer) => sameSigner(signer, chosen))
                    ? current
                    : { ...current, adjusters: [...current.adjusters, chosen] },
                );
            }}
          />
        )}
      </fieldset>
      <div className="signature-place-date">
        <label htmlFor={`${id}-place`}>{t('signatures.place')}</label>
        <DraftTextInput
          id={`${id}-place`}
          value={block.place}
          maxLength={200}
          onWrite={(place) => update((current) => ({ ...current, place }))}
        />
        <label htmlFor={`${id}-date`}>{t('signatures.date')}</label>
        <input
          id={`${id}-date`}
          type="date"
          value={block.date ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            update((current) => {
              const { date: _previous, ...rest } = current;
              return ISO_DATE.test(value) ? { ...rest, date: value } : rest;
            });
          }}
        />
      </div>
    </div>
  );
}

/** One signer: by person id when chosen from the attendance, else by the name written. */
function sameSigner(a: Signer, b: Signer): boolean {
  return b.personId !== undefined
    ? a.personId === b.personId
    : a.personId === undefined && a.name === b.name;
}

function PersonSelect({
  id,
  label,
  people,
  signer,
  onChange,
}: {
  id: string;
  label: string;
  people: AttendanceEntry[];
  signer: Signer | null;
  onChange(personId: string): void;
}) {
  const { t } = useTranslation();
  const known = people.some((p) => p.personId === signer?.personId);
  return (
    <div className="signature-person">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={signer?.personId ?? NOBODY} onChange={(e) => onChange(e.target.value)}>
        <option value={NOBODY}>{t('signatures.notChosen')}</option>
        {signer && !known && <option value={signer.personId ?? NOBODY}>{signer.name}</option>}
        <PersonOptions people={people} />
      </select>
    </div>
  );
}

function AddAdjuster({
  id,
  people,
  onAdd,
}: {
  id: string;
  people: AttendanceEntry[];
  onAdd(personId: string): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="signature-person">
      <label htmlFor={id}>{t('signatures.addAdjuster')}</label>
      <select id={id} value={NOBODY} onChange={(e) => onAdd(e.target.value)}>
        <option value={NOBODY}>{t('signatures.choose')}</option>
        <PersonOptions people={people} />
      </select>
    </div>
  );
}

function SignatureSummary({ block }: { block: SignatureBlock }) {
  const { t } = useTranslation();
  const name = (signer: Signer | null) => signer?.name ?? t('signatures.notChosen');
  return (
    <dl className="signature-summary">
      <dt>{t('signatures.secretaryGroup')}</dt>
      <dd>{name(block.secretary)}</dd>
      <dt>{t('signatures.adjustGroup')}</dt>
      <dd>{[name(block.chair), ...block.adjusters.map((a) => a.name)].join(', ')}</dd>
      <dt>{t('signatures.placeAndDate')}</dt>
      <dd>{[block.place.trim(), block.date].filter(Boolean).join(', ') || '–'}</dd>
    </dl>
  );
}
