/** Shapes of the JSON API as docs/api.md describes them. */
import type { BodyRole, Phase } from '@anteckna/domain';
import type { MinutesModel } from '@anteckna/doc-schema';

export interface User {
  id: string;
  email: string;
  name: string;
  title: string;
  organisation: string;
  locale: 'sv' | 'en';
}

export interface Membership {
  bodyId: string;
  bodyName: string;
  bodyShortName: string;
  role: BodyRole;
}

export interface Me {
  user: User;
  memberships: Membership[];
}

export interface MeetingSummary {
  id: string;
  bodyId: string;
  bodyName: string;
  bodyShortName: string;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  mode: 'room' | 'digital' | 'both';
  registryNumber: string;
  phase: Phase;
}

export type MeetingRole = BodyRole | 'presenter';

export interface MeetingAccess {
  role: MeetingRole;
  userId: string;
}

export interface MeetingDetail {
  meeting: MeetingSummary;
  access: MeetingAccess;
  minutes: MinutesModel;
}

/** A person who can be named presenter (GET /api/meetings/:id/people, when the server has it). */
export interface PersonOption {
  id: string;
  name: string;
  title: string;
  organisation: string;
}
