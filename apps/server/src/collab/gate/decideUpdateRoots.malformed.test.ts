import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeForged, forgedItem, forgedText } from './forgedUpdates.test-support.ts';
import {
  ATTACKER,
  BODY,
  DECISION,
  HONEST,
  attackerBlock,
  decide,
  id,
  meetingServer,
  roots,
} from './forgeryFixture.test-support.ts';
import { rootsChangedByApplying } from './rootsChangedByApplying.test-support.ts';

describe('decideUpdateRoots on shapes that break yjs or that no encoder writes', () => {
  it('refuses an origin of its own client beyond its own clock, where yjs throws', () => {
    const server = meetingServer();
    const forged = attackerBlock(forgedText(ATTACKER, 0, 'x', { origin: id(ATTACKER, 4) }));
    expect(decide(server, forged)).toMatchObject({ kind: 'malformed' });
    expect(rootsChangedByApplying(server, encodeForged(forged)).outcome).toBe('threw');
  });

  it('refuses a struct whose store-left neighbour is a GC struct, which makes yjs throw halfway', () => {
    const server = meetingServer();
    Y.applyUpdate(
      server,
      encodeForged({
        blocks: [{ client: 5, clock: 0, structs: [new Y.GC(id(5, 0), 3)] }],
        deletes: [],
      }),
    );
    const forged = {
      blocks: [
        { client: 6, clock: 0, structs: [forgedText(6, 0, 'ok', { parentKey: BODY })] },
        { client: 5, clock: 1, structs: [forgedText(5, 1, 'hello', { parentKey: BODY })] },
      ],
      deletes: [],
    };
    expect(decide(server, forged)).toEqual({
      kind: 'malformed',
      detail: 'struct continues a GC struct',
    });
    expect(rootsChangedByApplying(server, encodeForged(forged)).outcome).toBe('threw');
  });

  it('refuses a delete range of length 0, which makes yjs throw halfway', () => {
    const server = meetingServer();
    for (const clock of [3, 18]) {
      const forged = { blocks: [], deletes: [{ client: HONEST, clock, length: 0 }] };
      expect(decide(server, forged)).toEqual({
        kind: 'malformed',
        detail: 'delete range of length 0',
      });
    }
    const beyond = encodeForged({
      blocks: [],
      deletes: [{ client: HONEST, clock: 18, length: 0 }],
    });
    expect(rootsChangedByApplying(server, beyond).outcome).toBe('threw');
  });

  it('refuses a struct continuing an item of another type, which clone-and-apply misreports', () => {
    const server = meetingServer();
    // 50:17 is the last "Underlag" character in the body; the forged struct starts with it,
    // names the decision as parent, and yjs would splice its tail into the body's list.
    const forged = {
      blocks: [
        {
          client: HONEST,
          clock: 17,
          structs: [forgedText(HONEST, 17, 'gQQQ', { parentKey: DECISION })],
        },
      ],
      deletes: [],
    };
    expect(decide(server, forged)).toMatchObject({ kind: 'malformed' });
    const oracle = rootsChangedByApplying(server, encodeForged(forged));
    expect(oracle).toMatchObject({ outcome: 'applied', roots: new Set([DECISION]) });
    const clone = new Y.Doc();
    Y.applyUpdate(clone, Y.encodeStateAsUpdate(server));
    Y.applyUpdate(clone, encodeForged(forged));
    expect(clone.getXmlFragment(BODY).toString()).toContain('UnderlagQQQ');
  });

  it('refuses absurd clocks, lengths and counts without looping or allocating', () => {
    const server = meetingServer();
    const huge = 2 ** 45;
    const countOnly = new Y.UpdateEncoderV1();
    encoding.writeVarUint(countOnly.restEncoder, huge); // a block count with nothing behind it
    const structCount = new Y.UpdateEncoderV1();
    encoding.writeVarUint(structCount.restEncoder, 1);
    encoding.writeVarUint(structCount.restEncoder, huge);
    structCount.writeClient(ATTACKER);
    encoding.writeVarUint(structCount.restEncoder, 0);
    for (const forged of [
      {
        blocks: [
          {
            client: ATTACKER,
            clock: huge,
            structs: [forgedText(ATTACKER, huge, 'x', { parentKey: BODY })],
          },
        ],
        deletes: [],
      },
      {
        blocks: [{ client: ATTACKER, clock: 0, structs: [new Y.GC(id(ATTACKER, 0), huge)] }],
        deletes: [],
      },
      attackerBlock(forgedItem(ATTACKER, 0, new Y.ContentDeleted(huge), { parentKey: BODY })),
      { blocks: [], deletes: [{ client: HONEST, clock: 0, length: huge }] },
      { blocks: [], deletes: [{ client: 2 ** 40, clock: 0, length: 1 }] },
    ]) {
      expect(decide(server, forged)).toMatchObject({ kind: 'malformed' });
    }
    expect(decide(server, countOnly.toUint8Array())).toMatchObject({ kind: 'malformed' });
    expect(decide(server, structCount.toUint8Array())).toMatchObject({ kind: 'malformed' });
  });

  it('decides tens of thousands of parked client blocks and deep nesting in one pass each', () => {
    const server = meetingServer();
    const gaps = Array.from({ length: 30_000 }, (_, i) => ({
      client: 10_000 + i,
      clock: 5,
      structs: [new Y.GC(id(10_000 + i, 5), 1)],
    }));
    expect(decide(server, { blocks: gaps, deletes: [] })).toEqual({ kind: 'missing' });

    // A chain of 3,000 maps, each inside the previous one, under the agenda.
    const depth = 3_000;
    const chain = Array.from({ length: depth }, (_, i) =>
      forgedItem(ATTACKER, i, new Y.ContentType(new Y.Map()), {
        ...(i === 0 ? { parentKey: 'agenda' } : { parentId: id(ATTACKER, i - 1) }),
        parentSub: 'inner',
      }),
    );
    const nested = { blocks: [{ client: ATTACKER, clock: 0, structs: chain }], deletes: [] };
    expect(decide(server, nested)).toEqual(roots('agenda'));
    Y.applyUpdate(server, encodeForged(nested));
    const leaves = Array.from({ length: 1_000 }, (_, i) =>
      forgedText(ATTACKER + 1, i, 'x', {
        parentId: id(ATTACKER, depth - 1 - (i % 10)),
        parentSub: `k${i}`,
      }),
    );
    const deep = { blocks: [{ client: ATTACKER + 1, clock: 0, structs: leaves }], deletes: [] };
    expect(decide(server, deep)).toEqual(roots('agenda'));
  });

  it('refuses shapes no yjs encoder writes', () => {
    const server = meetingServer();
    const item = () => forgedText(ATTACKER, 0, 'x', { parentKey: BODY });
    const valid = encodeForged(attackerBlock(item()));
    const subdocument = attackerBlock(
      forgedItem(ATTACKER, 0, new Y.ContentDoc(new Y.Doc()) as unknown as Y.ContentAny, {
        parentKey: BODY,
      }),
    );
    for (const forged of [
      {
        blocks: [
          { client: ATTACKER, clock: 0, structs: [item()] },
          {
            client: ATTACKER,
            clock: 1,
            structs: [forgedText(ATTACKER, 1, 'y', { parentKey: BODY })],
          },
        ],
        deletes: [],
      },
      attackerBlock(forgedText(ATTACKER, 0, '', { parentKey: BODY })),
      subdocument,
      {
        blocks: [],
        deletes: [
          { client: HONEST, clock: 2, length: 3 },
          { client: HONEST, clock: 4, length: 1 },
        ],
      },
      new Uint8Array([...valid, 0]),
      valid.subarray(0, valid.length - 1),
      new Uint8Array([1, 1, 7, 0, 27]), // content ref 27 does not exist
    ]) {
      expect(decide(server, forged)).toMatchObject({ kind: 'malformed' });
    }
    expect(decide(server, valid)).toEqual(roots(BODY));
  });
});
