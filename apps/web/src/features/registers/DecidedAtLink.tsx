import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/route.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';

/** "10 juni 2020, punkt 4": the item a register entry was decided in, linked. */
export function DecidedAtLink({
  entry,
}: {
  entry: { meetingId: string; meetingDate: string; itemId: string; itemNumber: string };
}) {
  const { t } = useTranslation();
  return (
    <a href={routeHref({ name: 'meeting', meetingId: entry.meetingId, itemId: entry.itemId })}>
      {t('registers.tasks.decidedAt', {
        date: formatDate(entry.meetingDate, currentLanguage()),
        number: entry.itemNumber,
      })}
    </a>
  );
}
