import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkMinutes, readMinutes } from '@anteckna/doc-schema';
import type { MinutesIssue } from '@anteckna/doc-schema';
import { routeHref } from '../../app/route.ts';
import { useMeetingView } from '../meetings/meetingView.ts';
import './checkPanel.css';

/** The check reads every field, so it waits for a pause in typing rather than each keystroke. */
const CHECK_DELAY_MS = 800;

/** The mistake check (doc-schema K1–K8) over the live document, with a link to each item. */
export function CheckPanel({ onJump }: { onJump(itemId: string): void }) {
  const { t } = useTranslation();
  const view = useMeetingView();
  const headingId = useId();
  const [issues, setIssues] = useState<MinutesIssue[]>([]);
  const doc = view.session.doc;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const run = () => {
      timer = null;
      setIssues(checkMinutes(readMinutes(doc)));
    };
    const schedule = () => {
      if (timer === null) timer = setTimeout(run, CHECK_DELAY_MS);
    };
    run();
    doc.on('update', schedule);
    return () => {
      doc.off('update', schedule);
      if (timer !== null) clearTimeout(timer);
    };
  }, [doc]);

  const numberOf = (itemId: string | undefined) =>
    view.model.items.find((item) => item.id === itemId)?.number ?? null;

  return (
    <section className="check-panel side-panel-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('check.heading')} <span className="check-count">({issues.length})</span>
      </h2>
      {issues.length === 0 ? (
        <p className="check-ok">{t('check.none')}</p>
      ) : (
        <ul>
          {issues.map((issue, index) => {
            const number = numberOf(issue.itemId);
            return (
              <li
                key={`${issue.id}-${index}`}
                className="check-issue"
                data-severity={issue.severity}
              >
                <span className="check-severity">{t(`check.severity.${issue.severity}`)}</span>
                <span>{t(`check.issue.${issue.id}`, issue.params)}</span>
                {issue.itemId && number && (
                  <a
                    href={routeHref({
                      name: 'meeting',
                      meetingId: view.meetingId,
                      itemId: issue.itemId,
                    })}
                    onClick={(event) => {
                      event.preventDefault();
                      onJump(issue.itemId!);
                    }}
                  >
                    {t('check.goToItem', { number })}
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
