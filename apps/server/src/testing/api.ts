/** A tiny JSON client for integration tests: one cookie, JSON in and out, status kept. */
export function apiClient(baseUrl: string, cookie: string | null, language?: string) {
  async function call(method: string, path: string, body?: unknown) {
    const response = await fetch(baseUrl + path, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(language ? { 'accept-language': language } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test code reads arbitrary JSON
    return { status: response.status, json: json as any, headers: response.headers };
  }
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body?: unknown) => call('POST', path, body ?? {}),
    patch: (path: string, body: unknown) => call('PATCH', path, body),
    delete: (path: string) => call('DELETE', path),
    /** The body's bytes as sent, for files (a BOM, a PDF). */
    bytes: async (path: string) =>
      new Uint8Array(
        await (await fetch(baseUrl + path, { headers: cookie ? { cookie } : {} })).arrayBuffer(),
      ),
  };
}
