import { useTranslation } from 'react-i18next';
import type { Finding } from '@anteckna/doc-schema';
import { FindingList } from './FindingList.tsx';

/**
 * What the check says before a move it guards (circulation, approval): errors hold the move,
 * warnings are sent anyway when the secretary confirms.
 */
export function CheckSummary({
  findings,
  meetingId,
  move,
  onFollow,
}: {
  findings: readonly Finding[] | null;
  meetingId: string;
  /** Circulation records acknowledged warnings; approval is held by errors only. */
  move: 'circulate' | 'approve';
  /** A finding's link was followed: the dialog closes so the item can be seen. */
  onFollow?: () => void;
}) {
  const { t } = useTranslation();
  if (findings === null) return <p className="check-summary-state">{t('check.loading')}</p>;
  const errors = findings.filter((finding) => finding.severity === 'error');
  const warnings = findings.filter((finding) => finding.severity === 'warning');
  return (
    <div className="check-summary">
      {errors.length > 0 && (
        <>
          <p className="check-summary-lead" role="alert">
            {t('check.errorsHold', { count: errors.length })}
          </p>
          <FindingList findings={errors} meetingId={meetingId} onFollow={onFollow} />
        </>
      )}
      {warnings.length > 0 && (
        <>
          <p className="check-summary-lead">
            {t(move === 'circulate' ? 'check.warningsAsk' : 'check.warningsNote', {
              count: warnings.length,
            })}
          </p>
          <FindingList findings={warnings} meetingId={meetingId} onFollow={onFollow} />
        </>
      )}
      {findings.length === 0 && <p className="check-summary-state">{t('check.none')}</p>}
    </div>
  );
}
