import { useEffect, useId, useState } from 'react';
import { hasErrors, type Finding } from '@anteckna/doc-schema';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmActions } from '../../app/ConfirmActions.tsx';
import { Dialog } from '../../app/Dialog.tsx';
import { errorTextKey } from '../../app/errorText.ts';
import { useMeetingSession } from '../meetings/meetingView.ts';
import {
  APPROVAL_DECISIONS,
  approvePreviousEndpoint,
  type ApprovalDecision,
  type ApprovalRequest,
} from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { approvalRequest } from './approvalRequest.ts';
import { CheckSummary } from '../check/CheckSummary.tsx';
import { fetchFindings, refusedFindings, warningRules } from '../check/checkApi.ts';

interface Props {
  itemNumber: string;
  /** The minutes decided on: the check of these holds the lock. */
  previousMeetingId: string;
  /** The previous meeting's date in words: "10 december 2026". */
  previousDate: string;
  onStart(): void;
  onApproved(): void;
  onFailed(errorKey: string): void;
}

/**
 * The decision on the previous minutes: approve, approve with an addendum ("med tillägget att
 * …") or lay them to the records; then a confirmation, because the lock cannot be undone.
 */
export function ApprovalForm({
  itemNumber,
  previousMeetingId,
  previousDate,
  onStart,
  onApproved,
  onFailed,
}: Props) {
  const { t } = useTranslation();
  const view = useMeetingSession();
  const legendId = useId();
  const addendumId = useId();
  const hintId = useId();
  const missingId = useId();
  const [decision, setDecision] = useState<ApprovalDecision>('approve');
  const [addendum, setAddendum] = useState('');
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState<ApprovalRequest | null>(null);
  const [busy, setBusy] = useState(false);
  // The lock is held by the server's check of the previous minutes: the dialog shows it first.
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const open = confirming !== null;
  useEffect(() => {
    if (!open) return undefined;
    const controller = new AbortController();
    setFindings(null);
    fetchFindings(previousMeetingId, controller.signal).then(setFindings, () => {
      if (!controller.signal.aborted) setFindings([]);
    });
    return () => controller.abort();
  }, [open, previousMeetingId]);
  const holding = hasErrors(findings ?? []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const request = approvalRequest(decision, addendum);
    setMissing(request === null);
    if (request) setConfirming(request);
  };

  const approve = async (request: ApprovalRequest) => {
    setBusy(true);
    onStart();
    try {
      const acknowledgedWarnings = warningRules(findings ?? []);
      await callApi(approvePreviousEndpoint, {
        params: { id: view.meetingId },
        body: acknowledgedWarnings.length > 0 ? { ...request, acknowledgedWarnings } : request,
      });
      setConfirming(null);
      view.announce(t('approvePrevious.approved', { date: previousDate }));
      onApproved();
    } catch (error) {
      // A refusal by the check keeps the dialog open with what the server found.
      const refused = refusedFindings(error);
      if (refused) setFindings(refused);
      else {
        setConfirming(null);
        onFailed(errorTextKey(error));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="approve-previous-form" onSubmit={submit} noValidate>
      <fieldset className="approve-previous-choices">
        <legend>{t('approvePrevious.decisionLegend')}</legend>
        {APPROVAL_DECISIONS.map((choice) => (
          <label key={choice} className="approve-previous-choice">
            <input
              type="radio"
              name={`${legendId}-decision`}
              value={choice}
              checked={decision === choice}
              onChange={() => setDecision(choice)}
            />
            {t(`approvePrevious.decision.${choice}`)}
          </label>
        ))}
      </fieldset>
      <div className="approve-previous-addendum">
        <label htmlFor={addendumId}>{t('approvePrevious.addendum')}</label>
        <p className="approve-previous-hint" id={hintId}>
          {t('approvePrevious.addendumHint')}
        </p>
        <textarea
          id={addendumId}
          rows={2}
          value={addendum}
          aria-describedby={missing ? `${hintId} ${missingId}` : hintId}
          aria-invalid={missing || undefined}
          onChange={(event) => {
            setAddendum(event.target.value);
            setMissing(false);
            // Writing an addendum is choosing to approve with it.
            if (event.target.value.trim()) setDecision('approve_with_addendum');
          }}
        />
        <p className="form-error" id={missingId} role="alert">
          {missing ? t('approvePrevious.addendumMissing') : null}
        </p>
      </div>
      <div className="approve-previous-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('approvePrevious.approving') : t('approvePrevious.submit')}
        </button>
      </div>
      <Dialog
        open={confirming !== null}
        title={t('approvePrevious.confirmTitle')}
        onClose={() => setConfirming(null)}
      >
        {confirming && (
          <>
            <p>{t('approvePrevious.confirmLock', { date: previousDate })}</p>
            <dl className="approve-previous-summary">
              <div>
                <dt>{t('approvePrevious.confirmDecision', { number: itemNumber })}</dt>
                <dd>{t(`approvePrevious.decision.${confirming.decision}`)}</dd>
              </div>
              {confirming.addendum && (
                <div>
                  <dt>{t('approvePrevious.confirmAddendum')}</dt>
                  <dd>{confirming.addendum}</dd>
                </div>
              )}
            </dl>
            <CheckSummary
              findings={findings}
              meetingId={previousMeetingId}
              move="approve"
              onFollow={() => setConfirming(null)}
            />
            <ConfirmActions
              confirmLabel={t('approvePrevious.confirm')}
              onCancel={() => setConfirming(null)}
              onConfirm={() => void approve(confirming)}
              disabled={busy || holding || findings === null}
            />
          </>
        )}
      </Dialog>
    </form>
  );
}
