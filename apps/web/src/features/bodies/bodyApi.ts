import type { BodyRole } from '@anteckna/domain';
import { apiRequest } from '../../app/api.ts';

/** A person in the body as `GET /api/bodies/:id` lists them. */
export interface BodyMember {
  userId: string;
  email: string;
  name: string;
  title: string;
  organisation: string;
  role: BodyRole;
  /** Ersättare: sits in for a member of the same organisation. */
  deputy: boolean;
  /** Tf: holds the seat as acting. */
  acting: boolean;
}

/** A seat no one holds now, printed "Vakant, <title>" under its organisation. */
export interface VacantSeat {
  id: string;
  organisation: string;
  title: string;
}

/** Another spelling of the body's name that the mistake check never flags. */
export interface BodyAlias {
  id: string;
  alias: string;
}

export interface BodyDetail {
  id: string;
  name: string;
  shortName: string;
  organisation: string;
  organisationLines: string[];
  memberOrganisations: string[];
  members: BodyMember[];
  vacancies: VacantSeat[];
  aliases: BodyAlias[];
}

export function bodyPath(bodyId: string, rest = ''): string {
  return `/api/bodies/${encodeURIComponent(bodyId)}${rest}`;
}

/** Every write answers with the whole body, so the page shows what the server now holds. */
export function writeBody(
  bodyId: string,
  rest: string,
  method: 'POST' | 'PATCH' | 'DELETE',
  body?: unknown,
): Promise<BodyDetail> {
  return apiRequest<BodyDetail>(bodyPath(bodyId, rest), { method, body });
}

/** Members in the order the attendance lists them: by organisation, then by name. */
export function sortMembers(body: BodyDetail): BodyMember[] {
  const rank = (organisation: string) => {
    const index = body.memberOrganisations.indexOf(organisation);
    return index < 0 ? body.memberOrganisations.length : index;
  };
  return [...body.members].sort(
    (a, b) => rank(a.organisation) - rank(b.organisation) || a.name.localeCompare(b.name, 'sv'),
  );
}
