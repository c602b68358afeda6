import { useTranslation } from 'react-i18next';

/**
 * The two buttons of a confirm dialog: "Avbryt" first and focused, so that Enter on an opened
 * dialog never confirms by accident; the confirming action names what it does.
 */
export function ConfirmActions({
  confirmLabel,
  onCancel,
  onConfirm,
  disabled = false,
}: {
  confirmLabel: string;
  onCancel(): void;
  onConfirm(): void;
  /** The move cannot be made now (the check found an error): shown, but not offered. */
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="dialog-actions">
      <button type="button" className="button" onClick={onCancel} data-autofocus>
        {t('app.cancel')}
      </button>
      <button
        type="button"
        className="button button-primary"
        onClick={onConfirm}
        disabled={disabled}
      >
        {confirmLabel}
      </button>
    </div>
  );
}
