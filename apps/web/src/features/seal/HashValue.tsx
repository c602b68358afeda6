import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortHash } from './shortHash.ts';

/**
 * A hash shown short, with the full value one click away and a copy button: readers compare the
 * first characters, the few who verify by hand need all 64.
 */
export function HashValue({ value, name }: { value: string; name: string }) {
  const { t } = useTranslation();
  const [full, setFull] = useState(false);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const valueId = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <span className="hash-value">
      <code id={valueId} className="hash-text" data-full={full} translate="no">
        {full ? value : shortHash(value)}
      </code>
      <span className="hash-actions">
        <button
          type="button"
          className="button button-small button-quiet"
          aria-expanded={full}
          aria-controls={valueId}
          onClick={() => setFull(!full)}
        >
          {full ? t('seal.showShort') : t('seal.showFull')}
          <span className="visually-hidden"> {name}</span>
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => void copy()}
        >
          {t('seal.copy')}
          <span className="visually-hidden"> {name}</span>
        </button>
        <span className="hash-copied" role="status">
          {copied === 'done' ? t('seal.copied') : copied === 'failed' ? t('seal.copyFailed') : ''}
        </span>
      </span>
    </span>
  );
}
