import {
  addBodyAliasEndpoint,
  addMemberEndpoint,
  addMemberOrganisationEndpoint,
  addVacancyEndpoint,
  bodyAliasesEndpoint,
  bodyEndpoint,
  moveMemberOrganisationEndpoint,
  removeBodyAliasEndpoint,
  removeMemberEndpoint,
  removeMemberOrganisationEndpoint,
  removeVacancyEndpoint,
  updateBodyEndpoint,
  updateMemberEndpoint,
} from '@anteckna/contract';
import type { AppDeps } from '../appDeps.ts';
import {
  addMember,
  addVacancy,
  readBody,
  removeMember,
  removeVacancy,
  roleIn,
  updateBody,
  updateMember,
} from '../bodies/bodyDirectory.ts';
import { addBodyAlias, listBodyAliases, removeBodyAlias } from '../bodies/bodyAliases.ts';
import {
  addMemberOrganisation,
  moveMemberOrganisation,
  removeMemberOrganisation,
} from '../bodies/memberOrganisations.ts';
import { appError } from '../errors/appError.ts';
import { newRouter } from './router.ts';
import { contractRoute } from './contractRoute.ts';
import { requireUser } from './sessionMiddleware.ts';

// Every write answers with the whole body, so the page shows what the server now holds.
const answer = { status: 200, description: 'The body with its members' } as const;
const getBody = contractRoute(bodyEndpoint, answer, [401, 404]);
const patchBody = contractRoute(updateBodyEndpoint, answer, [400, 401, 403, 404]);
const addOrganisationRoute = contractRoute(
  addMemberOrganisationEndpoint,
  answer,
  [400, 401, 403, 404, 409],
);
const removeOrganisationRoute = contractRoute(
  removeMemberOrganisationEndpoint,
  answer,
  [400, 401, 403, 404, 409],
);
const moveOrganisationRoute = contractRoute(
  moveMemberOrganisationEndpoint,
  answer,
  [400, 401, 403, 404],
);
const addMemberRoute = contractRoute(addMemberEndpoint, answer, [400, 401, 403, 404, 409]);
const patchMemberRoute = contractRoute(updateMemberEndpoint, answer, [400, 401, 403, 404, 409]);
const addVacancyRoute = contractRoute(addVacancyEndpoint, answer, [400, 401, 403, 404]);
const removeVacancyRoute = contractRoute(removeVacancyEndpoint, answer, [401, 403, 404]);
const removeMemberRoute = contractRoute(removeMemberEndpoint, answer, [401, 403, 404, 409]);
const listAliasesRoute = contractRoute(
  bodyAliasesEndpoint,
  { status: 200, description: 'Other names of the body, which the mistake check never flags' },
  [401, 403, 404],
);
const addAliasRoute = contractRoute(addBodyAliasEndpoint, answer, [400, 401, 403, 404, 409]);
const removeAliasRoute = contractRoute(removeBodyAliasEndpoint, answer, [401, 403, 404]);

/** Bodies and their people: readable by members, managed by the body's secretary. */
export function bodyRoutes(deps: AppDeps) {
  const as = async (userId: string, bodyId: string, need: 'read' | 'manage') => {
    const role = await roleIn(deps, bodyId, userId);
    if (!role) throw appError('body_not_found');
    if (need === 'manage' && role !== 'secretary') throw appError('not_secretary');
  };
  return newRouter()
    .openapi(getBody, async (c) => {
      const { id } = c.req.valid('param');
      await as(requireUser(c).id, id, 'read');
      return c.json(await readBody(deps, id), 200);
    })
    .openapi(patchBody, async (c) => {
      const { id } = c.req.valid('param');
      await as(requireUser(c).id, id, 'manage');
      return c.json(await updateBody(deps, id, c.req.valid('json')), 200);
    })
    .openapi(addOrganisationRoute, async (c) => {
      const { id } = c.req.valid('param');
      await as(requireUser(c).id, id, 'manage');
      await addMemberOrganisation(deps.db, id, c.req.valid('json').organisation);
      return c.json(await readBody(deps, id), 200);
    })
    .openapi(removeOrganisationRoute, async (c) => {
      const { id, organisation } = c.req.valid('param');
      await as(requireUser(c).id, id, 'manage');
      await removeMemberOrganisation(deps.db, id, organisation);
      return c.json(await readBody(deps, id), 200);
    })
    .openapi(moveOrganisationRoute, async (c) => {
      const { id, organisation } = c.req.valid('param');
      await as(requireUser(c).id, id, 'manage');
      await moveMemberOrganisation(deps.db, id, organisation, c.req.valid('json').direction);
      return c.json(await readBody(deps, id), 200);
    })
    .openapi(addMemberRoute, async (c) => {
      const { id } = c.req.valid('param');
      await as(requireUser(c).id, id, 'manage');
      return c.json(await addMember(deps, id, c.req.valid('json')), 200);
    })
    .openapi(removeMemberRoute, async (c) => {
      const { id, userId } = c.req.valid('param');
      await as(requireUser(c).id, id, 'manage');
      return c.json(await removeMember(deps, id, userId), 200);
    })
    .openapi(patchMemberRoute, async (c) => {
      const { id, userId } = c.req.valid('param');
      await as(requireUser(c).id, id, 'manage');
      return c.json(await updateMember(deps, id, userId, c.req.valid('json')), 200);
    })
    .openapi(addVacancyRoute, async (c) => {
      const { id } = c.req.valid('param');
      await as(requireUser(c).id, id, 'manage');
      return c.json(await addVacancy(deps, id, c.req.valid('json')), 200);
    })
    .openapi(removeVacancyRoute, async (c) => {
      const { id, seatId } = c.req.valid('param');
      await as(requireUser(c).id, id, 'manage');
      return c.json(await removeVacancy(deps, id, seatId), 200);
    })
    .openapi(listAliasesRoute, async (c) => {
      const { id } = c.req.valid('param');
      await as(requireUser(c).id, id, 'manage');
      return c.json({ aliases: await listBodyAliases(deps.db, id) }, 200);
    })
    .openapi(addAliasRoute, async (c) => {
      const { id } = c.req.valid('param');
      await as(requireUser(c).id, id, 'manage');
      await addBodyAlias(deps.db, id, c.req.valid('json').alias);
      return c.json(await readBody(deps, id), 200);
    })
    .openapi(removeAliasRoute, async (c) => {
      const { id, aliasId } = c.req.valid('param');
      await as(requireUser(c).id, id, 'manage');
      await removeBodyAlias(deps.db, id, aliasId);
      return c.json(await readBody(deps, id), 200);
    });
}
