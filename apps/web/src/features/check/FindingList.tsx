import './checkPanel.css';
import { useTranslation } from 'react-i18next';
import type { Finding } from '@anteckna/doc-schema';
import { routeHref } from '../../app/route.ts';
import { useMeetingView } from '../meetings/meetingView.ts';

/**
 * Findings as the server worded them, each with a link that moves focus to its item. Used by the
 * check panel and by the confirm dialogs of circulation and approval.
 */
export function FindingList({
  findings,
  meetingId,
  onJump,
  onFollow,
}: {
  findings: readonly Finding[];
  /** The meeting the findings are about (the previous one, in the approval dialog). */
  meetingId: string;
  /** Moves focus to the item in this page; without it the link is followed as a link. */
  onJump?: (itemId: string) => void;
  /** Called when a link is followed (a dialog closes so the item can be seen). */
  onFollow?: () => void;
}) {
  const { t } = useTranslation();
  const view = useMeetingView();
  const here = meetingId === view.meetingId;
  const numberOf = (itemId: string | null) =>
    here ? (view.model.items.find((item) => item.id === itemId)?.number ?? null) : null;
  return (
    <ul className="check-findings">
      {findings.map((finding, index) => {
        const number = numberOf(finding.itemId);
        return (
          <li
            key={`${finding.rule}-${finding.itemId ?? ''}-${index}`}
            className="check-issue"
            data-severity={finding.severity}
            data-rule={finding.rule}
          >
            <span className="check-severity">{t(`check.severity.${finding.severity}`)}</span>
            <span className="check-message">{finding.message}</span>
            {finding.itemId && number && (
              <a
                href={routeHref({ name: 'meeting', meetingId, itemId: finding.itemId })}
                onClick={(event) => {
                  onFollow?.();
                  if (!onJump) return;
                  event.preventDefault();
                  onJump(finding.itemId!);
                }}
              >
                {t('check.goToItem', { number })}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
