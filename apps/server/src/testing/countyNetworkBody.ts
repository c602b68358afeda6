import { randomUUID } from 'node:crypto';
import { COUNTY_NETWORK_BODY, COUNTY_NETWORK_ORGANISATIONS } from '@anteckna/doc-schema';
import type { AppDeps } from '../appDeps.ts';
import { bodies, memberships } from '../db/schema.ts';

/** The county network the seed minutes come from, with the given secretary: their imports' body. */
export async function createCountyNetworkBody(
  deps: AppDeps,
  secretaryId: string,
  memberId?: string,
): Promise<string> {
  const id = randomUUID();
  await deps.db.insert(bodies).values({
    id,
    name: COUNTY_NETWORK_BODY.bodyName,
    shortName: COUNTY_NETWORK_BODY.bodyShortName,
    organisation: 'Region Dalarna',
    organisationLines: ['Hälso- och sjukvårdsförvaltningen'],
    memberOrganisations: [...COUNTY_NETWORK_ORGANISATIONS],
  });
  await deps.db.insert(memberships).values({ bodyId: id, userId: secretaryId, role: 'secretary' });
  if (memberId)
    await deps.db.insert(memberships).values({ bodyId: id, userId: memberId, role: 'member' });
  return id;
}
