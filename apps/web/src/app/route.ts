/**
 * The app's few screens as a hash route, so that the server needs no fallback for deep links:
 * `#/` meetings, `#/login`, `#/meetings/<id>` and `#/meetings/<id>/<itemId>` (jump to an item),
 * `#/meetings/<id>/projector`, `#/bodies/<id>` (a body's people), `#/bodies/<id>/import` (legacy
 * minutes brought in by its secretary) and `#/public/bodies/<id>` (its
 * published minutes, readable without login); `#/meetings/<id>/versions[/<snapshotId>]` and
 * `#/meetings/<id>/compare/<from>/<to>` (version history); `#/search/<words>` (search the minutes one
 * may read), `#/bodies/<id>/decisions` and `#/bodies/<id>/tasks` (the decision and task registers); `#/public` and
 * `#/public/search/<words>` (the public front door: every body with approved minutes, and search
 * over them); `#/account` (one's own account: a new password).
 */
export type Route =
  | { name: 'meetings' }
  | { name: 'login' }
  | { name: 'meeting'; meetingId: string; itemId: string | null }
  | { name: 'projector'; meetingId: string }
  | { name: 'versions'; meetingId: string; snapshotId: string | null }
  | { name: 'compare'; meetingId: string; from: string; to: string }
  | { name: 'body'; bodyId: string }
  | { name: 'bodyImport'; bodyId: string }
  | { name: 'publicBody'; bodyId: string }
  | { name: 'publicIndex'; query: string }
  | { name: 'search'; query: string }
  | { name: 'decisions'; bodyId: string }
  | { name: 'tasks'; bodyId: string }
  | { name: 'roles'; bodyId: string }
  | { name: 'account' }
  | { name: 'notFound' };

/** The last segment that opens the projector instead of jumping to an item of that id. */
const PROJECTOR = 'projector';
/** Segments of the version history; item ids are random, so they never take these names. */
const VERSIONS = 'versions';
const COMPARE = 'compare';
/** The signed-in person's own page (a new password): `#/account`. */
const ACCOUNT = 'account';
/** A body's import of legacy minutes: `#/bodies/<id>/import`. */
const IMPORT = 'import';

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '' || path === 'meetings') return { name: 'meetings' };
  if (path === 'login') return { name: 'login' };
  if (path === ACCOUNT) return { name: 'account' };
  const parts = path.split('/').map((part) => decodeURIComponent(part));
  if (parts[0] === 'meetings' && parts[1] && parts.length === 3 && parts[2] === PROJECTOR) {
    return { name: 'projector', meetingId: parts[1] };
  }
  // Version history: `#/meetings/<id>/versions[/<snapshotId>]`, `#/meetings/<id>/compare/<from>/<to>`.
  if (parts[0] === 'meetings' && parts[1] && parts[2] === VERSIONS && parts.length <= 4) {
    return { name: 'versions', meetingId: parts[1], snapshotId: parts[3] ?? null };
  }
  if (parts[0] === 'meetings' && parts[1] && parts[2] === COMPARE && parts.length === 5) {
    if (parts[3] && parts[4])
      return { name: 'compare', meetingId: parts[1], from: parts[3], to: parts[4] };
  }
  if (parts[0] === 'search' && parts.length <= 2) return { name: 'search', query: parts[1] ?? '' };
  if (parts[0] === 'public' && parts.length === 1) return { name: 'publicIndex', query: '' };
  if (parts[0] === 'public' && parts[1] === 'search' && parts.length <= 3) {
    return { name: 'publicIndex', query: parts[2] ?? '' };
  }
  if (parts[0] === 'bodies' && parts[1] && parts[2] === 'decisions' && parts.length === 3) {
    return { name: 'decisions', bodyId: parts[1] };
  }
  if (parts[0] === 'bodies' && parts[1] && parts[2] === 'tasks' && parts.length === 3) {
    return { name: 'tasks', bodyId: parts[1] };
  }
  if (parts[0] === 'bodies' && parts[1] && parts[2] === 'roles' && parts.length === 3) {
    return { name: 'roles', bodyId: parts[1] };
  }
  if (parts[0] === 'bodies' && parts[1] && parts.length === 2) {
    return { name: 'body', bodyId: parts[1] };
  }
  if (parts[0] === 'bodies' && parts[1] && parts.length === 3 && parts[2] === IMPORT) {
    return { name: 'bodyImport', bodyId: parts[1] };
  }
  if (parts[0] === 'public' && parts[1] === 'bodies' && parts[2] && parts.length === 3) {
    return { name: 'publicBody', bodyId: parts[2] };
  }
  if (parts[0] === 'meetings' && parts[1] && parts.length <= 3) {
    return { name: 'meeting', meetingId: parts[1], itemId: parts[2] ?? null };
  }
  return { name: 'notFound' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'meetings':
      return '#/';
    case 'login':
      return '#/login';
    case 'account':
      return `#/${ACCOUNT}`;
    case 'meeting': {
      const base = `#/meetings/${encodeURIComponent(route.meetingId)}`;
      return route.itemId ? `${base}/${encodeURIComponent(route.itemId)}` : base;
    }
    case 'projector':
      return `#/meetings/${encodeURIComponent(route.meetingId)}/${PROJECTOR}`;
    case 'versions': {
      const base = `#/meetings/${encodeURIComponent(route.meetingId)}/${VERSIONS}`;
      return route.snapshotId ? `${base}/${encodeURIComponent(route.snapshotId)}` : base;
    }
    case 'compare':
      return `#/meetings/${encodeURIComponent(route.meetingId)}/${COMPARE}/${encodeURIComponent(route.from)}/${encodeURIComponent(route.to)}`;
    case 'body':
      return `#/bodies/${encodeURIComponent(route.bodyId)}`;
    case 'bodyImport':
      return `#/bodies/${encodeURIComponent(route.bodyId)}/${IMPORT}`;
    case 'publicBody':
      return `#/public/bodies/${encodeURIComponent(route.bodyId)}`;
    case 'publicIndex':
      return route.query ? `#/public/search/${encodeURIComponent(route.query)}` : '#/public';
    case 'search':
      return route.query ? `#/search/${encodeURIComponent(route.query)}` : '#/search';
    case 'decisions':
      return `#/bodies/${encodeURIComponent(route.bodyId)}/decisions`;
    case 'tasks':
      return `#/bodies/${encodeURIComponent(route.bodyId)}/tasks`;
    case 'roles':
      return `#/bodies/${encodeURIComponent(route.bodyId)}/roles`;
    case 'notFound':
      return '#/';
  }
}
