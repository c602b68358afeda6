import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n.ts';
import { instantText } from './instantText.ts';

/** When a version was taken, as "22 oktober 2026 kl. 11.13" in the reader's time zone. */
export function SnapshotTime({ iso }: { iso: string }) {
  const { t } = useTranslation();
  const parts = instantText(iso, currentLanguage());
  return <time dateTime={iso}>{parts ? t('history.instant', parts) : iso}</time>;
}
