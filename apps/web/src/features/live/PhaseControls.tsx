import { useEffect, useId, useState } from 'react';
import { hasErrors, type Finding } from '@anteckna/doc-schema';
import { useTranslation } from 'react-i18next';
import { ConfirmActions } from '../../app/ConfirmActions.tsx';
import { PHASES, mayMovePhase } from '@anteckna/domain';
import type { Phase } from '@anteckna/domain';
import { movePhaseEndpoint } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { Dialog } from '../../app/Dialog.tsx';
import { PhaseBadge } from '../meetings/PhaseBadge.tsx';
import { ProjectorButton } from '../projector/ProjectorButton.tsx';
import { useMeetingView } from '../meetings/meetingView.ts';
import { useLiveModeSetting } from './useLiveModeSetting.ts';
import { CheckSummary } from '../check/CheckSummary.tsx';
import { fetchFindings, refusedFindings, warningRules } from '../check/checkApi.ts';
import './phaseControls.css';

/**
 * Moves that change who may write for everyone at once ask first: starting the meeting shuts
 * presenters out, sending the minutes out puts the draft in the members' hands.
 */
const CONFIRMED: ReadonlySet<Phase> = new Set(['live', 'circulated']);

/** The meeting's phase, and for the secretary the moves the lifecycle allows from it. */
export function PhaseControls() {
  const { t } = useTranslation();
  const view = useMeetingView();
  const headingId = useId();
  const [confirming, setConfirming] = useState<Phase | null>(null);
  const [busy, setBusy] = useState(false);
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const moves = PHASES.filter((to) => mayMovePhase(view.phase, to));
  const liveMode = useLiveModeSetting(view);
  // Circulation is held by the server's check: the dialog shows what it finds now.
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const checking = confirming === 'circulated';
  useEffect(() => {
    if (!checking) return undefined;
    const controller = new AbortController();
    setFindings(null);
    fetchFindings(view.meetingId, controller.signal).then(setFindings, () => {
      // Without the findings the move is still offered: the server checks it anyway.
      if (!controller.signal.aborted) setFindings([]);
    });
    return () => controller.abort();
  }, [checking, view.meetingId]);
  const holding = checking && hasErrors(findings ?? []);
  const acknowledged = checking ? warningRules(findings ?? []) : [];

  const move = async (to: Phase) => {
    setBusy(true);
    setErrorKey(null);
    try {
      await callApi(movePhaseEndpoint, {
        params: { id: view.meetingId },
        body: acknowledged.length > 0 ? { to, acknowledgedWarnings: acknowledged } : { to },
      });
      setConfirming(null);
      view.announce(t('phase.moved', { phase: t(`phase.${to}`) }));
    } catch (error) {
      // A refusal by the check keeps the dialog open with what the server found.
      const refused = refusedFindings(error);
      if (refused) setFindings(refused);
      else {
        setConfirming(null);
        setErrorKey(errorTextKey(error));
      }
    } finally {
      setBusy(false);
    }
  };
  const confirmLabel = (to: Phase) =>
    checking && acknowledged.length > 0
      ? t('check.circulateAnyway')
      : t(`phase.action.${view.phase}.${to}`);

  return (
    <section className="phase-controls side-panel-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('phase.heading')}</h2>
      <p className="phase-current">
        <PhaseBadge phase={view.phase} /> <span>{t(`phase.explain.${view.phase}`)}</span>
      </p>
      {view.isSecretary && moves.length > 0 && (
        <div className="phase-moves">
          {moves.map((to) => (
            <button
              key={to}
              type="button"
              className={`button ${PHASES.indexOf(to) > PHASES.indexOf(view.phase) ? 'button-primary' : ''}`}
              disabled={busy}
              onClick={() => (CONFIRMED.has(to) ? setConfirming(to) : void move(to))}
            >
              {t(`phase.action.${view.phase}.${to}`)}
            </button>
          ))}
        </div>
      )}
      {/* Live mode has the projector at hand in its own header. */}
      {!liveMode.on && <ProjectorButton />}
      <p role="alert" className="form-error">
        {errorKey ? t(errorKey) : null}
      </p>
      <Dialog
        open={confirming !== null}
        title={confirming ? t(`phase.action.${view.phase}.${confirming}`) : ''}
        onClose={() => setConfirming(null)}
      >
        {confirming && (
          <>
            <p>{t(`phase.confirm.${confirming}`)}</p>
            {checking && (
              <CheckSummary
                findings={findings}
                meetingId={view.meetingId}
                move="circulate"
                onFollow={() => setConfirming(null)}
              />
            )}
            <ConfirmActions
              confirmLabel={confirmLabel(confirming)}
              onCancel={() => setConfirming(null)}
              onConfirm={() => void move(confirming)}
              disabled={busy || holding || (checking && findings === null)}
            />
          </>
        )}
      </Dialog>
    </section>
  );
}
