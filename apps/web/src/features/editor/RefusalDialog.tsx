import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseCode } from '@anteckna/domain';
import { Dialog } from '../../app/Dialog.tsx';
import type { Refusal } from './useCollab.ts';
import './refusalDialog.css';

/**
 * Nothing typed disappears: after a refusal the document was rebuilt from the server's state,
 * and this dialog holds what the person had typed, field by field, to copy out.
 */
export function RefusalDialog({
  refusal,
  fieldName,
  lockText,
  onClose,
}: {
  refusal: Refusal | null;
  fieldName(rootName: string): string;
  /** Why the field is read-only now, once the rebuilt document says so. */
  lockText(rootName: string): string | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={refusal !== null} title={t('refusal.title')} onClose={onClose} role="alertdialog">
      {refusal && (
        <>
          <p>{t(reasonKey(refusal.code))}</p>
          <p>{t('refusal.rebuilt')}</p>
          {refusal.fields.map((field) => (
            <RefusedFieldText
              key={field.rootName}
              name={fieldName(field.rootName)}
              why={lockText(field.rootName)}
              text={field.text}
            />
          ))}
          <div className="dialog-actions">
            <button type="button" className="button button-primary" onClick={onClose}>
              {t('refusal.close')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

function reasonKey(code: number): string {
  if (code === CloseCode.Locked.code) return 'refusal.reason.locked';
  if (code === CloseCode.Malformed.code) return 'refusal.reason.malformed';
  if (code === CloseCode.DocumentTooLarge.code) return 'refusal.reason.documentTooLarge';
  return 'refusal.reason.forbidden';
}

function RefusedFieldText({ name, why, text }: { name: string; why: string | null; text: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section className="refused-field" aria-label={name}>
      <h3>{name}</h3>
      {why && <p className="refused-field-why">{why}</p>}
      <textarea
        readOnly
        value={text}
        rows={Math.min(10, Math.max(3, text.split('\n').length + 1))}
        aria-label={t('refusal.textLabel', { field: name })}
      />
      <div className="refused-field-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('refusal.copy')}
        </button>
        <span role="status">
          {copied === 'done'
            ? t('refusal.copied')
            : copied === 'failed'
              ? t('refusal.copyFailed')
              : ''}
        </span>
      </div>
    </section>
  );
}
