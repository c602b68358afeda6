import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '@anteckna/doc-schema';
import { itemNumberLabel, presenterLine, showsKindPrefix } from './itemTitle.ts';
import './itemHeading.css';

/**
 * What an item's heading says, wherever it stands (the document, live mode, the minutes read-only): number, the bold
 * kind prefix as in the PDF (not on an item that only groups sub-items), title, and the flags
 * late and withdrawn/tabled.
 */
export function ItemHeadingText({ item, hasSubItems }: { item: AgendaItem; hasSubItems: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="item-number">{itemNumberLabel(item)}</span>{' '}
      {showsKindPrefix(item) && !hasSubItems && <strong>{t(`kind.prefix.${item.kind}`)}</strong>}{' '}
      <span className={item.title ? undefined : 'item-untitled'}>
        {item.title || t('agenda.untitled')}
      </span>
      {item.late && <span className="item-flag">{t('agenda.late')}</span>}
      {item.status !== 'active' && (
        <span className="item-flag item-flag-status">{t(`agenda.status.${item.status}`)}</span>
      )}
    </>
  );
}

/** "Föredragande: Namn, titel, organisation; …", when the item has presenters. */
export function ItemPresenters({ item, className }: { item: AgendaItem; className: string }) {
  const { t } = useTranslation();
  if (item.presenters.length === 0) return null;
  return (
    <p className={className}>
      <span className="item-presenters-label">{t('minutes.presenters')}:</span>{' '}
      {item.presenters.map(presenterLine).join('; ')}
    </p>
  );
}
