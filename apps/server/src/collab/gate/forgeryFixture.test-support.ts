import { expect } from 'vitest';
import * as Y from 'yjs';
import { decideUpdateRoots } from './decideUpdateRoots.ts';
import type { GateDecision } from './gateDecision.ts';
import { encodeForged, type ForgedUpdate } from './forgedUpdates.test-support.ts';

export const BODY = 'item:a1:body';
export const DECISION = 'item:a1:decision';
export const HONEST = 50;
export const ATTACKER = 900;

/**
 * A server document written by one honest client (50): the decision first (clocks 0–7:
 * paragraph, its text type, then "Beslut"), then the body (8–17: paragraph, text, "Underlag").
 */
export const meetingServer = () => {
  const honest = new Y.Doc();
  honest.clientID = HONEST;
  for (const [root, text] of [
    [DECISION, 'Beslut'],
    [BODY, 'Underlag'],
  ] as const) {
    const paragraph = new Y.XmlElement('paragraph');
    const content = new Y.XmlText();
    paragraph.insert(0, [content]);
    honest.getXmlFragment(root).push([paragraph]);
    content.insert(0, text);
  }
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(honest));
  return server;
};

export const id = Y.createID;
export const DECISION_TEXT_TYPE = id(HONEST, 1);
export const DECISION_LAST_CHAR = id(HONEST, 7);
export const BODY_TEXT_TYPE = id(HONEST, 9);
export const BODY_FIRST_CHAR = id(HONEST, 10);

export const attackerBlock = (...structs: Y.Item[]): ForgedUpdate => ({
  blocks: [{ client: ATTACKER, clock: 0, structs }],
  deletes: [],
});

export const decide = (server: Y.Doc, forged: ForgedUpdate | Uint8Array): GateDecision =>
  decideUpdateRoots(server, forged instanceof Uint8Array ? forged : encodeForged(forged));

/** A roots decision; the clients it writes under are checked by the property test. */
export const roots = (...names: string[]) => ({
  kind: 'roots',
  roots: new Set(names),
  writtenClients: expect.any(Set),
});
