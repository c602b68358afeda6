/** GET /api/meetings/:id/seal (apps/server lifecycleRoutes): recomputed on every request. */

export interface Seal {
  sha256: string;
  /** The seal of the body's locked minutes before these; null for the first. */
  previous: string | null;
  lockedAt: string;
  approvedAt: string;
  approvedByMeetingId: string;
  addendum: string | null;
  /** The stored final version still hashes to the seal, and every earlier link holds. */
  verified: boolean;
  /** This seal's own final version still hashes to it, whatever the links before it say. */
  contentMatches?: boolean;
  chainHolds: boolean;
  /** The server's own words on what does not hold (technical, English). */
  problems: string[];
}

export const sealPath = (meetingId: string) =>
  `/api/meetings/${encodeURIComponent(meetingId)}/seal`;

export const exportBasePath = (meetingId: string) =>
  `/api/meetings/${encodeURIComponent(meetingId)}/export`;
