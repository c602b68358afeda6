import { useTranslation } from 'react-i18next';
import { displayParts } from './compareView.ts';
import type { DiffPart } from '@anteckna/contract';

/**
 * A field's words with what was inserted in <ins> and what was deleted in <del>: underlined and
 * struck through as well as coloured, and announced by name, since screen readers mostly stay
 * silent on the elements themselves.
 */
export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  const { t } = useTranslation();
  return (
    <>
      {displayParts(parts).map((part, index) => {
        if (part.kind === 'equal') return <span key={index}>{part.text}</span>;
        const Mark = part.kind === 'insert' ? 'ins' : 'del';
        const name = part.kind === 'insert' ? 'inserted' : 'deleted';
        return (
          <Mark key={index} className={`diff-${name}`}>
            <span className="visually-hidden">{t(`history.diff.${name}Start`)} </span>
            {part.text}
            <span className="visually-hidden"> {t(`history.diff.${name}End`)}</span>
          </Mark>
        );
      })}
    </>
  );
}
