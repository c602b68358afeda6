import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * ANTECKNA_TRUST_PROXY (CONTRACT "behind a proxy"): the peers allowed to name the client's
 * address in X-Forwarded-For and the scheme in X-Forwarded-Proto. By default nobody: a client
 * could otherwise pick any address to dodge the login limits, or claim TLS it does not have.
 */
export interface TrustedProxies {
  has(address: string): boolean;
}

const LOOPBACK = ['127.0.0.1', '::1'];

export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const listed = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .flatMap((entry) => (entry === 'loopback' ? LOOPBACK : [normaliseAddress(entry)]));
  const trusted = new Set(listed);
  return { has: (address) => trusted.has(normaliseAddress(address)) };
}

/** `::ffff:10.0.0.1` (IPv4 on a dual-stack socket) and `10.0.0.1` are one peer. */
function normaliseAddress(address: string): string {
  const lower = address.trim().toLowerCase();
  return lower.startsWith('::ffff:') && lower.includes('.') ? lower.slice(7) : lower;
}

function peerAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * The client's address: the socket's, or, when the socket's peer is a trusted proxy, the nearest
 * address in X-Forwarded-For that is not itself a trusted proxy (entries further left were
 * written by the client and prove nothing).
 */
export function clientAddress(c: Context, trusted: TrustedProxies): string {
  let address = peerAddress(c);
  if (!trusted.has(address)) return normaliseAddress(address);
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  while (forwarded.length > 0 && trusted.has(address)) address = forwarded.pop()!;
  return normaliseAddress(address);
}

/** Whether the request reached us over TLS: on our own socket, or per a trusted proxy. */
export function arrivedOverTls(c: Context, trusted: TrustedProxies): boolean {
  const incoming = (c.env as { incoming?: { socket?: { encrypted?: boolean } } } | undefined)
    ?.incoming;
  if (incoming?.socket?.encrypted) return true;
  if (!trusted.has(peerAddress(c))) return false;
  const proto = (c.req.header('x-forwarded-proto') ?? '').split(',')[0]?.trim().toLowerCase();
  return proto === 'https';
}
