import type { ReactNode } from 'react';
import { BodyWriteError } from './BodyWriteError.tsx';
import type { BodyWrite } from './useBodyWrite.ts';

/**
 * The one-line form under a list of the body's entries (a name, a vacancy, an organisation):
 * its fields, the add button, and why the server refused, if it did.
 */
export function AddEntryForm({
  write,
  submitText,
  canSubmit = true,
  onAdd,
  children,
}: {
  write: BodyWrite;
  submitText: string;
  /** False while what is typed cannot be added; the form says nothing about it. */
  canSubmit?: boolean;
  onAdd(): Promise<void>;
  children: ReactNode;
}) {
  return (
    <form
      className="body-form body-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void onAdd();
      }}
    >
      {children}
      <button type="submit" className="button" disabled={write.busy || !canSubmit}>
        {submitText}
      </button>
      <BodyWriteError write={write} />
    </form>
  );
}
