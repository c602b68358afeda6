/** A person's standing in a body. Presenters are not a membership role: they are per agenda item. */
export const BODY_ROLES = ['secretary', 'chair', 'member'] as const;
export type BodyRole = (typeof BODY_ROLES)[number];

/** Who is acting, as the write policy needs to know it. Built by the server from its session. */
export interface Actor {
  userId: string;
  /** The actor's role in the meeting's body, or null for outsiders (invited presenters). */
  bodyRole: BodyRole | null;
}
