import './lockNote.css';

/**
 * The small lock on a field the person may not write, with the reason on hover and focus; the
 * same text is the editor's description, so a screen reader hears it before typing.
 */
export function LockNote({
  id,
  reason,
  floating,
}: {
  id: string;
  reason: string;
  floating?: boolean;
}) {
  return (
    <span className={`lock-note${floating ? ' lock-note-floating' : ''}`} tabIndex={0}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M8 1.5a3.5 3.5 0 0 0-3.5 3.5v2H4a1 1 0 0 0-1 1v5.5a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V5A3.5 3.5 0 0 0 8 1.5Zm-2 3.5a2 2 0 1 1 4 0v2H6V5Z"
        />
      </svg>
      <span className="lock-note-reason" id={id} role="note">
        {reason}
      </span>
    </span>
  );
}
