import { useTranslation } from 'react-i18next';
import type { Approval } from '@anteckna/doc-schema';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { SealDownloads } from '../seal/SealDownloads.tsx';
import { SealPanel } from '../seal/SealPanel.tsx';

/**
 * "Godkända vid mötet 22 oktober 2026", with the addendum the approving decision recorded; for
 * locked minutes also their seal (with "Verifiera") and the downloads.
 */
export function ApprovalNote({
  approval,
  sealedMeetingId,
}: {
  approval: Approval;
  /** The locked meeting whose seal and sealed downloads to show. */
  sealedMeetingId?: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <aside className="approval-note" aria-label={t('approval.label')}>
      <p className="approval-note-title">
        {t('approval.approvedAt', { date: formatDate(approval.approvedByMeetingDate, language) })}
      </p>
      {approval.addendum && (
        <p>
          <strong>{t('approval.addendum')}:</strong> {approval.addendum}
        </p>
      )}
      {sealedMeetingId && <SealPanel meetingId={sealedMeetingId} />}
      {sealedMeetingId && <SealDownloads meetingId={sealedMeetingId} />}
    </aside>
  );
}
