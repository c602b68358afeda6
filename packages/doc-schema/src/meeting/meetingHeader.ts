/**
 * The `meeting` root: header fields as plain values (SPEC rules M1–M4). Reading is lenient so a
 * half-written document still renders; writing validates.
 */
import * as Y from 'yjs';
import { isPhase } from '@anteckna/domain';
import type { Approval, ImportedSource, MeetingHeader, MeetingMode } from '../minutesModel.ts';
import { meetingMap } from '../layout/docLayout.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { readSignatureBlock, validateSignatureBlock } from './signatureBlock.ts';
import { isIsoDate } from './isoDate.ts';

export { isIsoDate };

export const MEETING_MODES: readonly MeetingMode[] = ['room', 'digital', 'both'];
export const ATTENDANCE_STYLES: ReadonlyArray<MeetingHeader['attendanceStyle']> = ['table', 'list'];

export function readMeetingHeader(doc: Y.Doc): MeetingHeader {
  const map = meetingMap(doc);
  const text = (key: string): string => {
    const value = map.get(key);
    return typeof value === 'string' ? value : '';
  };
  const phase = map.get('phase');
  const mode = map.get('mode');
  const style = map.get('attendanceStyle');
  const first = map.get('firstAttachmentNumber');
  const lines = map.get('organisationLines');
  const importedFrom = map.get('importedFrom');
  const signatures = readSignatureBlock(map.get('signatures'));
  return {
    bodyName: text('bodyName'),
    bodyShortName: text('bodyShortName'),
    organisationLines: Array.isArray(lines)
      ? lines.filter((line): line is string => typeof line === 'string')
      : [],
    title: text('title'),
    date: text('date'),
    documentDate: text('documentDate'),
    startTime: text('startTime'),
    endTime: text('endTime'),
    place: text('place'),
    mode: MEETING_MODES.includes(mode as MeetingMode) ? (mode as MeetingMode) : 'room',
    registryNumber: text('registryNumber'),
    phase: isPhase(phase) ? phase : 'preparation',
    attendanceStyle: style === 'list' ? 'list' : 'table',
    notes: text('notes'),
    firstAttachmentNumber:
      Number.isInteger(first) && (first as number) >= 1 ? (first as number) : 1,
    ...(isImportedSource(importedFrom) ? { importedFrom: { ...importedFrom } } : {}),
    ...(signatures ? { signatures } : {}),
  };
}

export function isImportedSource(value: unknown): value is ImportedSource {
  if (typeof value !== 'object' || value === null) return false;
  const source = value as Record<string, unknown>;
  return ['fileName', 'sha256', 'format', 'importedAt'].every(
    (key) => typeof source[key] === 'string',
  );
}

export function readOrganisations(doc: Y.Doc): string[] {
  const value = meetingMap(doc).get('organisations');
  return Array.isArray(value)
    ? value.filter((entry): entry is string => typeof entry === 'string')
    : [];
}

export function readApproval(doc: Y.Doc): Approval | null {
  const value = meetingMap(doc).get('approval');
  return isApproval(value) ? { ...value } : null;
}

export function isApproval(value: unknown): value is Approval {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return (
    typeof a.approvedAt === 'string' &&
    typeof a.approvedByMeetingId === 'string' &&
    typeof a.approvedByMeetingDate === 'string' &&
    (a.addendum === null || typeof a.addendum === 'string') &&
    (a.sha256 === null || typeof a.sha256 === 'string')
  );
}

/** Throws `invalid_header` naming the first field that does not fit (rule M2). */
export function validateHeaderPatch(patch: Partial<MeetingHeader>): void {
  const fail = (field: string, reason: string): never => {
    throw new DocSchemaError('invalid_header', `Header field ${field}: ${reason}`, { field });
  };
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    switch (field) {
      case 'date':
      case 'documentDate':
        if (typeof value !== 'string' || !isIsoDate(value))
          fail(field, 'must be an ISO date YYYY-MM-DD');
        break;
      case 'mode':
        if (!MEETING_MODES.includes(value as MeetingMode))
          fail(field, 'must be room, digital or both');
        break;
      case 'attendanceStyle':
        if (!ATTENDANCE_STYLES.includes(value as MeetingHeader['attendanceStyle']))
          fail(field, 'must be table or list');
        break;
      case 'phase':
        if (!isPhase(value)) fail(field, 'unknown phase');
        break;
      case 'organisationLines':
        if (!Array.isArray(value) || !value.every((line) => typeof line === 'string'))
          fail(field, 'must be text lines');
        break;
      case 'firstAttachmentNumber':
        if (!Number.isInteger(value) || (value as number) < 1)
          fail(field, 'must be a whole number from 1');
        break;
      case 'importedFrom':
        if (!isImportedSource(value)) fail(field, 'needs fileName, sha256, format and importedAt');
        break;
      case 'signatures':
        validateSignatureBlock(value);
        break;
      case 'bodyName':
      case 'bodyShortName':
      case 'title':
      case 'startTime':
      case 'endTime':
      case 'place':
      case 'registryNumber':
      case 'notes':
        if (typeof value !== 'string') fail(field, 'must be text');
        break;
      default:
        fail(field, 'not a header field');
    }
  }
}
