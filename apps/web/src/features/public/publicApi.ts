/** `GET /api/public/bodies/:id`: a body's locked minutes, public records readable by anyone. */
export interface PublicBody {
  body: { id: string; name: string; shortName: string; organisation: string };
  minutes: PublicMinutes[];
}

export interface PublicMinutes {
  id: string;
  title: string;
  date: string;
  registryNumber: string;
  approvedAt: string;
  /** The meeting whose decision approved them; absent from older servers. */
  approvedByMeetingDate?: string;
  sha256: string;
  /** Left out of the public version because marked internal; absent from older servers. */
  omitted?: { items: string[]; attachments: string[] };
}

/** `GET /api/public/meetings/:id/seal`, recomputed by the server on every request. */
export interface PublicSeal {
  sha256: string;
  previous: string | null;
  verified: boolean;
  chainHolds: boolean;
}

export function publicMinutesHref(meetingId: string, format: 'html' | 'pdf' | 'md'): string {
  return `/api/public/meetings/${encodeURIComponent(meetingId)}/minutes.${format}`;
}

export function publicSealPath(meetingId: string): string {
  return `/api/public/meetings/${encodeURIComponent(meetingId)}/seal`;
}

/** `GET /api/public/bodies`: the front door, every body with approved minutes. */
export interface PublicBodies {
  bodies: Array<
    PublicBody['body'] & {
      minutesCount: number;
      latestMinutesDate: string;
    }
  >;
}
