/**
 * The app's few screens as a hash route, so that the server needs no fallback for deep links:
 * `#/` meetings, `#/login`, `#/meetings/<id>` and `#/meetings/<id>/<itemId>` (jump to an item).
 */
export type Route =
  | { name: 'meetings' }
  | { name: 'login' }
  | { name: 'meeting'; meetingId: string; itemId: string | null }
  | { name: 'notFound' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '' || path === 'meetings') return { name: 'meetings' };
  if (path === 'login') return { name: 'login' };
  const parts = path.split('/').map((part) => decodeURIComponent(part));
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
    case 'meeting': {
      const base = `#/meetings/${encodeURIComponent(route.meetingId)}`;
      return route.itemId ? `${base}/${encodeURIComponent(route.itemId)}` : base;
    }
    case 'notFound':
      return '#/';
  }
}
