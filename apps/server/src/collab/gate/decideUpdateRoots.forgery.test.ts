import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeForged, forgedText } from './forgedUpdates.test-support.ts';
import {
  ATTACKER,
  BODY,
  BODY_FIRST_CHAR,
  BODY_TEXT_TYPE,
  DECISION,
  DECISION_LAST_CHAR,
  DECISION_TEXT_TYPE,
  HONEST,
  attackerBlock,
  decide,
  id,
  meetingServer,
  roots,
} from './forgeryFixture.test-support.ts';
import { rootsChangedByApplying } from './rootsChangedByApplying.test-support.ts';

describe('decideUpdateRoots on updates aimed at other roots', () => {
  it('follows an origin into the root it points at, whatever root the writer may edit', () => {
    const server = meetingServer();
    const forged = attackerBlock(forgedText(ATTACKER, 0, 'x', { origin: DECISION_LAST_CHAR }));
    expect(decide(server, forged)).toEqual(roots(DECISION));
  });

  it('follows a parent id to the root holding that nested type', () => {
    const server = meetingServer();
    for (const [parentId, root] of [
      [DECISION_TEXT_TYPE, DECISION],
      [BODY_TEXT_TYPE, BODY],
    ] as const) {
      const forged = attackerBlock(forgedText(ATTACKER, 0, 'x', { parentId }));
      expect(decide(server, forged)).toEqual(roots(root));
    }
  });

  it('refuses a left origin and a right origin in different types', () => {
    const server = meetingServer();
    const forged = attackerBlock(
      forgedText(ATTACKER, 0, 'x', { origin: BODY_FIRST_CHAR, rightOrigin: DECISION_LAST_CHAR }),
    );
    expect(decide(server, forged)).toMatchObject({ kind: 'malformed' });
  });

  it('names every root a delete range covers, and none for ranges over deleted items', () => {
    const server = meetingServer();
    const across = { blocks: [], deletes: [{ client: HONEST, clock: 5, length: 8 }] };
    expect(decide(server, across)).toEqual(roots(DECISION, BODY));
    Y.applyUpdate(server, encodeForged(across));
    expect(decide(server, across)).toEqual({ ...roots(), writtenClients: new Set() });
    expect(rootsChangedByApplying(server, encodeForged(across))).toEqual({
      outcome: 'applied',
      roots: new Set(),
      clients: new Set(),
    });
  });

  it('says missing for origins, parents and deletions beyond what the server has', () => {
    const server = meetingServer();
    const beyond = id(HONEST, 18);
    for (const forged of [
      attackerBlock(forgedText(ATTACKER, 0, 'x', { origin: beyond })),
      attackerBlock(forgedText(ATTACKER, 0, 'x', { rightOrigin: beyond })),
      attackerBlock(forgedText(ATTACKER, 0, 'x', { parentId: beyond })),
      { blocks: [], deletes: [{ client: HONEST, clock: 15, length: 5 }] },
      { blocks: [], deletes: [{ client: 7, clock: 0, length: 1 }] },
    ]) {
      expect(decide(server, forged)).toEqual({ kind: 'missing' });
      expect(rootsChangedByApplying(server, encodeForged(forged)).outcome).toBe('pending');
    }
  });

  it('says missing for a gap in a client’s own clocks and for a dependency cycle', () => {
    const server = meetingServer();
    const gap = {
      blocks: [
        {
          client: ATTACKER,
          clock: 3,
          structs: [forgedText(ATTACKER, 3, 'x', { parentKey: BODY })],
        },
      ],
      deletes: [],
    };
    const cycle = {
      blocks: [
        { client: 901, clock: 0, structs: [forgedText(901, 0, 'a', { origin: id(902, 0) })] },
        { client: 902, clock: 0, structs: [forgedText(902, 0, 'b', { origin: id(901, 0) })] },
      ],
      deletes: [],
    };
    for (const forged of [gap, cycle]) {
      expect(decide(server, forged)).toEqual({ kind: 'missing' });
      expect(rootsChangedByApplying(server, encodeForged(forged)).outcome).toBe('pending');
    }
  });
});
