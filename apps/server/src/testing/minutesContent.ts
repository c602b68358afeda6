import {
  addAgendaItem,
  itemFragment,
  readDecision,
  writeDecisionClauses,
  type DecisionClause,
  type StoredAttachment,
} from '@anteckna/doc-schema';
import { expect } from 'vitest';
import type { AppDeps } from '../appDeps.ts';
import type { apiClient } from './api.ts';
import { markEveryonePresent } from './markAttendance.ts';

export interface ItemContent {
  title: string;
  body?: string;
  decision?: DecisionClause[];
  internal?: boolean;
  attachments?: StoredAttachment[];
}

/**
 * Adds an item with text and decision to a meeting through the document writers; returns its id.
 * An item with a decision is a `beslut`, one without is `information` (a held meeting's decision
 * item without a clause is an error of the check, SPEC K10).
 */
export async function writeItem(deps: AppDeps, meetingId: string, content: ItemContent) {
  let itemId = '';
  await deps.collab.writeDoc(meetingId, (room) => {
    room.doc.transact(() => {
      itemId = addAgendaItem(room.doc, {
        title: content.title,
        kind: content.decision ? 'beslut' : 'information',
        internal: content.internal ?? false,
        attachments: content.attachments ?? [],
        body: content.body ? [{ type: 'paragraph', runs: [{ text: content.body }] }] : [],
      });
      if (content.decision) {
        writeDecisionClauses(itemFragment(room.doc, itemId, 'decision'), content.decision);
      }
    });
  });
  await deps.collab.flush();
  return itemId;
}

/**
 * The item's decision rewritten in the live document, as the decision editor would leave it after
 * clauses were inserted, moved or removed: the registers learn of it only when they are rebuilt.
 */
export async function rewriteDecision(
  deps: AppDeps,
  meetingId: string,
  itemId: string,
  clauses: DecisionClause[],
) {
  await deps.collab.writeDoc(meetingId, (room) =>
    writeDecisionClauses(itemFragment(room.doc, itemId, 'decision'), clauses),
  );
  await deps.collab.flush();
}

/** The item's decision as the live document holds it now. */
export function decisionNow(deps: AppDeps, meetingId: string, itemId: string) {
  return deps.collab.readDoc(meetingId, (room) =>
    readDecision(itemFragment(room.doc, itemId, 'decision')),
  );
}

type Api = ReturnType<typeof apiClient>;

/**
 * Held (attendance marked) and sent out by its secretary: the check holds circulation until
 * attendance is marked (doc-schema SPEC K30).
 */
export async function circulate(deps: AppDeps, api: Api, meetingId: string) {
  expect((await api.post(`/api/meetings/${meetingId}/phase`, { to: 'live' })).status).toBe(200);
  await markEveryonePresent(deps, meetingId);
  expect((await api.post(`/api/meetings/${meetingId}/phase`, { to: 'circulated' })).status).toBe(
    200,
  );
}

/** A new meeting of the body moved through live to circulated by its secretary. */
export async function circulatedMeeting(deps: AppDeps, api: Api, bodyId: string, date: string) {
  const created = await api.post('/api/meetings', { bodyId, title: 'Nätverksmöte', date });
  expect(created.status).toBe(201);
  await circulate(deps, api, created.json.id as string);
  return created.json.id as string;
}

/** Approves the circulated minutes before `date` at a new meeting on that date: they lock. */
export async function approveAtNextMeeting(api: Api, bodyId: string, date: string) {
  const next = await api.post('/api/meetings', { bodyId, title: 'Nätverksmöte', date });
  expect(next.status).toBe(201);
  const approved = await api.post(`/api/meetings/${next.json.id}/approve-previous`, {
    decision: 'approve',
  });
  // The check's findings in the message when the approval is refused.
  expect(approved.status, JSON.stringify(approved.json)).toBe(200);
  return {
    approvingMeetingId: next.json.id as string,
    lockedMeetingId: approved.json.lockedMeetingId as string,
  };
}
