import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '@anteckna/doc-schema';
import { itemRootName } from '@anteckna/domain';
import { meetingDetailEndpoint } from '@anteckna/contract';
import { routeHref } from '../../app/route.ts';
import { useApiResource } from '../../app/useApiResource.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { useFieldHasText } from '../editor/useFieldHasText.ts';
import { PhaseBadge } from '../meetings/PhaseBadge.tsx';
import { useMeetingView } from '../meetings/meetingView.ts';
import { ApprovalForm } from './ApprovalForm.tsx';
import './approval.css';

/**
 * In the standing item "Föregående minnesanteckningar": the minutes it decides on, linked, with
 * their phase; for the secretary, while this meeting is prepared or held, the approval itself.
 */
export function PreviousMinutesApproval({
  item,
  approvesMeetingId,
}: {
  item: AgendaItem;
  approvesMeetingId: string;
}) {
  const { t } = useTranslation();
  const view = useMeetingView();
  const language = currentLanguage();
  const labelId = useId();
  // A presenter invited for one item may not read the previous meeting: no link, no request.
  const previous = useApiResource(
    meetingDetailEndpoint,
    view.role === 'presenter' ? null : { params: { id: approvesMeetingId } },
  );
  // The server writes the approving clause into this item: when it appears (here or from another
  // secretary's tab) the previous minutes have changed phase, so their state is read again.
  const decided = useFieldHasText(view.session.doc, itemRootName(item.id, 'decision'));
  const { reload } = previous;
  useEffect(() => {
    if (decided) reload();
  }, [decided, reload]);
  // Kept here, not in the form: a refusal because someone else approved first replaces the form
  // with the locked state, and the reason must stay on screen with it.
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const failed = useCallback(
    (key: string) => {
      setErrorKey(key);
      reload();
    },
    [reload],
  );

  // Nothing to show while loading, or when the previous minutes are not the person's to read.
  if (previous.load.status !== 'ready') return null;
  const { meeting, minutes } = previous.load.data;
  const date = formatDate(meeting.date, language);
  // The server takes the approval while this meeting is prepared or held (approvePreviousMinutes).
  const approvingOpen = view.phase === 'preparation' || view.phase === 'live';

  return (
    <div className="approve-previous" role="group" aria-labelledby={labelId}>
      <p className="approve-previous-target" id={labelId}>
        <a href={routeHref({ name: 'meeting', meetingId: meeting.id, itemId: null })}>
          {t('approvePrevious.previousMinutes', { date })}
        </a>{' '}
        <PhaseBadge phase={meeting.phase} />
      </p>
      {meeting.phase === 'locked' && minutes.approval ? (
        <p className="approve-previous-state">
          {t('approvePrevious.lockedOn', {
            date: formatDate(minutes.approval.approvedByMeetingDate, language),
          })}
        </p>
      ) : meeting.phase !== 'circulated' ? (
        <p className="approve-previous-state">{t('approvePrevious.notCirculated')}</p>
      ) : !view.isSecretary ? null : approvingOpen ? (
        <ApprovalForm
          itemNumber={item.number}
          previousMeetingId={meeting.id}
          previousDate={date}
          onStart={() => setErrorKey(null)}
          onApproved={reload}
          onFailed={failed}
        />
      ) : view.phase === 'planned' ? (
        <p className="approve-previous-state">{t('approvePrevious.notOpen')}</p>
      ) : null}
      <p role="alert" className="form-error">
        {errorKey ? t(errorKey) : null}
      </p>
    </div>
  );
}
