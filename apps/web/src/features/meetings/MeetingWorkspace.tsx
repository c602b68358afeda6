import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addAgendaItem, adoptProposalAsDecision } from '@anteckna/doc-schema';
import type { MeetingDetail, PersonOption } from '@anteckna/contract';
import { routeHref } from '../../app/route.ts';
import { useMemoOf } from '../../app/useMemoOf.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { AgendaOutline } from '../agenda/AgendaOutline.tsx';
import { ItemSection } from '../agenda/ItemSection.tsx';
import { AttendancePanel } from '../attendance/AttendancePanel.tsx';
import { useMe } from '../auth/SessionContext.tsx';
import { CheckPanel } from '../check/CheckPanel.tsx';
import { HistoryPanel } from '../history/HistoryPanel.tsx';
import { RefusalDialog } from '../editor/RefusalDialog.tsx';
import type { Collab } from '../editor/useCollab.ts';
import { docPhase, useDocMinutes } from '../editor/useDocMinutes.ts';
import { usePresence } from '../editor/usePresence.ts';
import { useEditorRegistry } from '../editor/editorRegistry.ts';
import type { CollabSession } from '../editor/collabSession.ts';
import { LiveMode } from '../live/LiveMode.tsx';
import { PhaseControls } from '../live/PhaseControls.tsx';
import { useLiveMode } from '../live/useLiveMode.ts';
import { useShareCurrentItem } from '../projector/useShareCurrentItem.ts';
import { ApprovalNote } from './ApprovalNote.tsx';
import { createMeetingSession } from './createMeetingSession.ts';
import { createMeetingState } from './createMeetingState.ts';
import { ExportLinks } from './ExportLinks.tsx';
import { fieldDisplayName } from './fieldDisplayName.ts';
import type { MeetingView } from './meetingView.ts';
import { MeetingSessionContext, MeetingStateContext } from './meetingView.ts';
import { MinutesHeader } from './MinutesHeader.tsx';
import { SecondSessionEditor } from '../meetingHeader/SecondSessionEditor.tsx';
import { MeetingStatusBar } from './MeetingStatusBar.tsx';
import { PresenterBanner } from './PresenterBanner.tsx';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { SignatureBlockPanel } from '../signatures/SignatureBlockPanel.tsx';
import { useMeetingKeys } from './useMeetingKeys.ts';
import './meetingWorkspace.css';

interface Props {
  detail: MeetingDetail;
  collab: Collab & { session: CollabSession };
  people: PersonOption[] | null;
  canInvite: boolean;
  itemId: string | null;
}

/** The meeting page: agenda outline, the document, and the side panel, around one session. */
export function MeetingWorkspace({ detail, collab, people, canInvite, itemId }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const { session, status } = collab;
  const language = currentLanguage();
  const model = useDocMinutes(session.doc, status.loaded, detail.minutes);
  const phase = docPhase(session.doc, status.loaded, detail.meeting.phase);
  const presence = usePresence(session.provider.awareness, me.user.id);
  const [message, setMessage] = useState('');
  const [panelOpen, setPanelOpen] = useState(true);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [currentItemId, setCurrentItemId] = useState<string | null>(itemId);
  const [openFields, setOpenFields] = useState<ReadonlySet<string>>(new Set());
  const registry = useEditorRegistry();
  const openField = useCallback(
    (rootName: string, focus = false) => {
      setOpenFields((current) =>
        current.has(rootName) ? current : new Set(current).add(rootName),
      );
      if (focus) registry.withEditor(rootName, (editor) => editor.commands.focus('end'));
    },
    [registry],
  );

  const announce = useCallback((text: string) => setMessage(text), []);
  useEffect(() => {
    if (!message) return undefined;
    const timer = setTimeout(() => setMessage(''), 6000);
    return () => clearTimeout(timer);
  }, [message]);

  const meeting = useMemoOf(createMeetingSession, {
    detail,
    session,
    generation: collab.generation,
    userName: me.user.name,
    people,
    canInvite,
    announce,
    t,
  });
  const state = useMemoOf(createMeetingState, {
    actor: meeting.actor,
    model,
    phase,
    presence,
    openFields,
    openField,
    t,
    language,
  });
  const view: MeetingView = useMemo(() => ({ ...meeting, ...state }), [meeting, state]);

  const jumpTo = useCallback(
    (id: string) => {
      // Set first: in live mode the item's section appears only once it is the current one.
      setCurrentItemId(id);
      window.history.replaceState(
        null,
        '',
        routeHref({ name: 'meeting', meetingId: detail.meeting.id, itemId: id }),
      );
      const focus = () => {
        const section = document.getElementById(`item-${id}`);
        if (!section) return false;
        section.scrollIntoView({ block: 'start' });
        section
          .querySelector<HTMLElement>('.item-title, .live-item-title')
          ?.focus({ preventScroll: true });
        return true;
      };
      // In live mode the section is rendered once the new current item is committed.
      if (!focus()) requestAnimationFrame(focus);
    },
    [detail.meeting.id],
  );

  // A link to an item (#/meetings/<id>/<item>) jumps there once its section is on the page.
  const jumpedTo = useRef<string | null>(null);
  useEffect(() => {
    if (!itemId || jumpedTo.current === itemId || !model.items.some((item) => item.id === itemId))
      return;
    jumpedTo.current = itemId;
    requestAnimationFrame(() => jumpTo(itemId));
  }, [itemId, model.items, jumpTo]);

  useShareCurrentItem(view, currentItemId);
  const liveMode = useLiveMode(view, currentItemId);
  useMeetingKeys({
    view,
    onHelp: () => setShortcutsOpen(true),
    onJump: (id) => setCurrentItemId(id),
    adopt: (id) => view.write((doc) => void adoptProposalAsDecision(doc, id)),
    currentItemId,
  });

  const addItem = () => {
    let created = '';
    if (view.write((doc) => (created = addAgendaItem(doc, { kind: 'information', title: '' })))) {
      requestAnimationFrame(() =>
        document.getElementById(`item-${created}`)?.scrollIntoView({ block: 'center' }),
      );
    }
  };

  return (
    <MeetingSessionContext.Provider value={meeting}>
      <MeetingStateContext.Provider value={state}>
        <div className="meeting-page" data-panel={panelOpen ? 'open' : 'closed'}>
          <MeetingStatusBar
            status={status}
            panelOpen={panelOpen}
            onTogglePanel={() => setPanelOpen(!panelOpen)}
            onShortcuts={() => setShortcutsOpen(true)}
          >
            <p className="meeting-announcer" role="status" aria-live="polite">
              {message}
            </p>
          </MeetingStatusBar>
          <div className="meeting-layout">
            <div className="meeting-outline">
              <AgendaOutline currentItemId={currentItemId} onJump={jumpTo} />
            </div>
            <main className="meeting-document" id="main" tabIndex={-1}>
              {liveMode.on ? (
                <LiveMode currentItemId={currentItemId} onMove={jumpTo} />
              ) : (
                <article className="minutes-paper" aria-label={t('meeting.documentLabel')}>
                  <MinutesHeader meeting={model.meeting} />
                  {view.isSecretary && phase !== 'locked' && (
                    <SecondSessionEditor meetingId={detail.meeting.id} meeting={model.meeting} />
                  )}
                  {model.approval && (
                    <ApprovalNote
                      approval={model.approval}
                      sealedMeetingId={phase === 'locked' ? detail.meeting.id : undefined}
                    />
                  )}
                  <PresenterBanner onJump={jumpTo} />
                  {model.items.map((item) => (
                    <ItemSection key={item.id} item={item} />
                  ))}
                  {view.isSecretary && phase !== 'locked' && (
                    <div className="add-item">
                      <button type="button" className="button" onClick={addItem}>
                        {t('agenda.addItem')}
                      </button>
                    </div>
                  )}
                  <SignatureBlockPanel />
                </article>
              )}
            </main>
            {panelOpen && (
              <aside
                className="meeting-side-panel"
                id="meeting-side-panel"
                aria-label={t('meeting.sidePanel')}
              >
                <PhaseControls />
                <CheckPanel onJump={jumpTo} />
                <HistoryPanel />
                <div className="side-panel-section">
                  <AttendancePanel />
                </div>
                <ExportLinks />
              </aside>
            )}
          </div>
          <RefusalDialog
            refusal={collab.refusal}
            fieldName={(rootName) => fieldDisplayName(rootName, model, t)}
            lockText={view.lockTextOf}
            onClose={collab.dismissRefusal}
          />
          <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
        </div>
      </MeetingStateContext.Provider>
    </MeetingSessionContext.Provider>
  );
}
