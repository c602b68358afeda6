import { useTranslation } from 'react-i18next';
import type { Approval } from '@anteckna/doc-schema';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { SealDownloads } from '../seal/SealDownloads.tsx';
import { SealPanel } from '../seal/SealPanel.tsx';

/**
 * "Godkända vid mötet 22 oktober 2026", with the addendum the approving decision recorded; for
 * locked minutes also their seal (with "Verifiera") and the downloads, when the caller says where
 * they are (the signed-in API, or the public one).
 */
export function ApprovalNote({
  approval,
  sealPath,
  exportBase,
}: {
  approval: Approval;
  sealPath?: string;
  /** `<exportBase>.pdf`, `.docx`, `.html`, `.md`. */
  exportBase?: string;
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
      {sealPath && <SealPanel sealPath={sealPath} />}
      {exportBase && <SealDownloads exportBase={exportBase} />}
    </aside>
  );
}
