import { BenchError } from '../../run/benchError.ts';

/** The demo password of every demo account (CONTRACT "Demo data"). */
const DEMO_PASSWORD = 'anteckna-demo';

/** Logs a demo account in and returns the `Cookie` header value that carries its session. */
export async function loginDemo(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) {
    throw new BenchError(`login of ${email} answered ${response.status}: ${await response.text()}`);
  }
  return sessionCookieOf(response, email);
}

export async function fetchJson<T>(
  baseUrl: string,
  cookie: string,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { cookie, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

interface MeResponse {
  memberships: Array<{ bodyId: string; role: string }>;
}

/** The body the account is secretary of. */
export async function secretaryBodyId(baseUrl: string, cookie: string): Promise<string> {
  const { status, body } = await fetchJson<MeResponse>(baseUrl, cookie, '/api/me');
  const membership = body?.memberships?.find((m) => m.role === 'secretary');
  if (status !== 200 || !membership) {
    throw new BenchError(`GET /api/me answered ${status} without a secretary membership`);
  }
  return membership.bodyId;
}

/** A new meeting in preparation with the standing items; returns its id. */
export async function createMeeting(
  baseUrl: string,
  cookie: string,
  bodyId: string,
  title: string,
): Promise<string> {
  const date = new Date().toISOString().slice(0, 10);
  const { status, body } = await fetchJson<{ id?: string }>(baseUrl, cookie, '/api/meetings', {
    method: 'POST',
    body: { bodyId, title, date },
  });
  if (status !== 201 || typeof body?.id !== 'string') {
    throw new BenchError(`POST /api/meetings answered ${status}: ${JSON.stringify(body)}`);
  }
  return body.id;
}

/**
 * The secretary invites a person to present one item (the link an outside presenter gets); the
 * person accepts with a name and password, which creates their account the first time, makes
 * them a presenter of the item, and logs them in. Returns the session's `Cookie` value.
 */
export async function invitePresenter(
  baseUrl: string,
  secretaryCookie: string,
  meetingId: string,
  itemId: string,
  person: { email: string; name: string; password: string },
): Promise<string> {
  const invited = await fetchJson<{ path?: string }>(
    baseUrl,
    secretaryCookie,
    `/api/meetings/${meetingId}/invitations`,
    {
      method: 'POST',
      body: { email: person.email, itemId },
    },
  );
  const token = invited.body?.path?.split('/').pop();
  if (invited.status !== 201 || !token) {
    throw new BenchError(
      `inviting ${person.email} answered ${invited.status}: ${JSON.stringify(invited.body)}`,
    );
  }
  const response = await fetch(`${baseUrl}/api/invitations/${token}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: person.name, password: person.password }),
  });
  if (response.status !== 200) {
    throw new BenchError(
      `accepting the invitation of ${person.email} answered ${response.status}: ${await response.text()}`,
    );
  }
  return sessionCookieOf(response, person.email);
}

function sessionCookieOf(response: Response, who: string): string {
  const cookies = response.headers.getSetCookie().map((line) => line.split(';')[0]!);
  const session = cookies.find((cookie) => cookie.startsWith('anteckna_session='));
  if (!session) throw new BenchError(`${who} got no anteckna_session cookie`);
  return session;
}
