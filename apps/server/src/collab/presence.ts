import type { MeetingRole } from '../meetings/meetingAccess.ts';

/** What others see of a person: always from the server's session, never from the client. */
export interface PresenceUser {
  id: string;
  name: string;
  color: string;
  role: MeetingRole;
}

/** Colours with AA contrast against white text and a light page; stable per account. */
const PALETTE = [
  '#1f6feb',
  '#b35900',
  '#1a7f37',
  '#a40e26',
  '#6639ba',
  '#0b7285',
  '#9a6700',
  '#bf3989',
];

export function presenceColor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
