import type { BodyDetail, BodyMember } from '@anteckna/contract';

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
