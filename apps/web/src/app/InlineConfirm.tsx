import { useTranslation } from 'react-i18next';

/**
 * A question asked in place of the button that raised it, for a change that cannot be taken
 * back with one keystroke: the question, the confirming button that names what it does, and
 * "Avbryt". A group named by the question, so a screen reader says what the buttons answer.
 */
export function InlineConfirm({
  className,
  question,
  confirmLabel,
  confirmClassName,
  onConfirm,
  onCancel,
}: {
  className: string;
  question: string;
  confirmLabel: string;
  /** How the confirming button looks: `button-danger` for a removal, `button-primary` else. */
  confirmClassName: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  return (
    <span className={className} role="group" aria-label={question}>
      <span>{question}</span>
      <button
        type="button"
        className={`button button-small ${confirmClassName}`}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button button-small" onClick={onCancel}>
        {t('app.cancel')}
      </button>
    </span>
  );
}
