import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../app/TextField.tsx';
import { addMemberEndpoint } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import type { BodySectionProps } from './bodySectionProps.ts';
import { EMPTY_SEAT, MemberSeatFields, type MemberSeat } from './MemberSeatFields.tsx';
import { useBodyWrite } from './useBodyWrite.ts';
import { BodyWriteError } from './BodyWriteError.tsx';

/** A new person in the body; a new address gets an account that signs in once invited. */
export function AddMemberForm({ body, onSaved }: Pick<BodySectionProps, 'body' | 'onSaved'>) {
  const { t } = useTranslation();
  const headingId = useId();
  const noteId = useId();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [seat, setSeat] = useState<MemberSeat>(EMPTY_SEAT);
  const write = useBodyWrite(onSaved);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!email.trim() || !name.trim()) {
      write.showError('bodies.addMember.missing');
      return;
    }
    const added = await write.run(() =>
      callApi(addMemberEndpoint, {
        params: { id: body.id },
        body: { email: email.trim(), name: name.trim(), ...seat, title: seat.title.trim() },
      }),
    );
    if (added) {
      setEmail('');
      setName('');
      setSeat(EMPTY_SEAT);
    }
  };

  return (
    <form
      className="body-form body-add-member"
      aria-labelledby={headingId}
      aria-describedby={noteId}
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={headingId}>{t('bodies.addMember.heading')}</h3>
      <p id={noteId} className="body-hint">
        {t('bodies.addMember.note')}
      </p>
      <div className="body-form-grid">
        <TextField label={t('bodies.members.name')} value={name} onValue={setName} required />
        <TextField
          label={t('bodies.members.email')}
          type="email"
          value={email}
          onValue={setEmail}
          autoComplete="off"
          required
        />
        <MemberSeatFields seat={seat} organisations={body.memberOrganisations} onChange={setSeat} />
      </div>
      <div className="body-form-actions">
        <button type="submit" className="button button-primary" disabled={write.busy}>
          {t('bodies.addMember.submit')}
        </button>
      </div>
      <BodyWriteError write={write} />
    </form>
  );
}
