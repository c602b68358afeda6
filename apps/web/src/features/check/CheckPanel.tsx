import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeetingView } from '../meetings/meetingView.ts';
import { FindingList } from './FindingList.tsx';
import { useCheckFindings } from './useCheckFindings.ts';
import './checkPanel.css';

/**
 * The mistake check as the server runs it (`GET /api/meetings/:id/check`, doc-schema K1–K16),
 * refreshed a pause after each edit, with a link to each item. No rule is evaluated here.
 */
export function CheckPanel({ onJump }: { onJump(itemId: string): void }) {
  const { t } = useTranslation();
  const view = useMeetingView();
  const headingId = useId();
  const { load } = useCheckFindings(view.meetingId, view.session.doc);
  const findings = load.status === 'ready' ? load.findings : [];

  return (
    <section className="check-panel side-panel-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('check.heading')}{' '}
        {load.status === 'ready' && <span className="check-count">({findings.length})</span>}
      </h2>
      {load.status === 'loading' ? (
        <p className="check-ok">{t('check.loading')}</p>
      ) : load.status === 'error' ? (
        <p className="check-ok">{t('check.failed')}</p>
      ) : findings.length === 0 ? (
        <p className="check-ok">{t('check.none')}</p>
      ) : (
        <FindingList findings={findings} meetingId={view.meetingId} onJump={onJump} />
      )}
    </section>
  );
}
