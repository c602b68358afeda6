/**
 * Writers of the `meeting` root (SPEC rules M2–M4). The phase and the approval are the server's
 * to write; the other header fields are the secretary's.
 */
import type * as Y from 'yjs';
import type { Phase } from '@anteckna/domain';
import type { Approval, MeetingHeader } from '../minutesModel.ts';
import { meetingMap } from '../layout/docLayout.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { isApproval, validateHeaderPatch } from './meetingHeader.ts';

export type MeetingHeaderPatch = Partial<Omit<MeetingHeader, 'phase'>>;

export function updateMeetingHeader(doc: Y.Doc, patch: MeetingHeaderPatch): void {
  if ('phase' in patch) {
    throw new DocSchemaError(
      'invalid_header',
      'The phase is written by the server (setMeetingPhase)',
      {
        field: 'phase',
      },
    );
  }
  validateHeaderPatch(patch);
  const meeting = meetingMap(doc);
  doc.transact(() => {
    for (const [field, value] of Object.entries(patch)) {
      if (value !== undefined && JSON.stringify(meeting.get(field)) !== JSON.stringify(value))
        meeting.set(field, value);
    }
  });
}

export function setMeetingPhase(doc: Y.Doc, phase: Phase): void {
  validateHeaderPatch({ phase });
  doc.transact(() => {
    if (meetingMap(doc).get('phase') !== phase) meetingMap(doc).set('phase', phase);
  });
}

export function setOrganisations(doc: Y.Doc, organisations: readonly string[]): void {
  validateOrganisations(organisations);
  doc.transact(() => meetingMap(doc).set('organisations', [...organisations]));
}

/** Written by the server just before it seals the minutes (rule M4). */
export function writeApproval(doc: Y.Doc, approval: Approval): void {
  if (!isApproval(approval))
    throw new DocSchemaError('invalid_approval', 'The approval is incomplete');
  doc.transact(() => meetingMap(doc).set('approval', { ...approval }));
}

export function validateOrganisations(organisations: readonly string[]): void {
  const fail = (reason: string): never => {
    throw new DocSchemaError('invalid_header', `Organisations: ${reason}`, {
      field: 'organisations',
    });
  };
  if (!Array.isArray(organisations)) fail('must be a list');
  const seen = new Set<string>();
  for (const organisation of organisations) {
    if (typeof organisation !== 'string' || organisation.trim().length === 0)
      fail('names must be text');
    if (seen.has(organisation)) fail(`${organisation} appears twice`);
    seen.add(organisation);
  }
}
