/**
 * The canonical form the seal hashes: JSON with object keys sorted by code point, no white space,
 * strings in Unicode NFC, `undefined` members left out (as JSON.stringify does), numbers as
 * JSON.stringify writes them. Close to RFC 8785 (JCS) for the data minutes hold (no floats).
 * The same minutes always give the same bytes, whoever computes them.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('non-finite number in canonical JSON');
    return JSON.stringify(value);
  }
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k.normalize('NFC'))}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new Error(`cannot put a ${typeof value} into canonical JSON`);
}
