import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import './dialog.css';

/**
 * A modal `<dialog>`: `showModal()` makes the rest of the page inert, so focus stays inside
 * until it closes; Escape closes it, and focus returns where it was.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  role = 'dialog',
  className,
}: {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
  role?: 'dialog' | 'alertdialog';
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    if (!open) {
      if (dialog.open) dialog.close();
      return undefined;
    }
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>(
      '[data-autofocus], button, [href], input, select, textarea',
    );
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          {children}
        </>
      )}
    </dialog>
  );
}
