import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decideUpdateRoots } from './decideUpdateRoots.ts';
import type { GateDecision } from './gateDecision.ts';

const BODY = 'item:a1:body';
const DECISION = 'item:a1:decision';

const rootsOf = (decision: GateDecision): string[] => {
  if (decision.kind !== 'roots') throw new Error(`expected roots, got ${JSON.stringify(decision)}`);
  return [...decision.roots].sort();
};

/** A client document and a server document that has everything the client has. */
const synced = () => {
  const server = new Y.Doc();
  const client = new Y.Doc();
  client.clientID = 11;
  const sync = () =>
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)));
  return { server, client, sync };
};

const addParagraph = (doc: Y.Doc, root: string, text: string): Y.XmlText => {
  const paragraph = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  paragraph.insert(0, [content]);
  doc.getXmlFragment(root).push([paragraph]);
  content.insert(0, text);
  return content;
};

/** What a decision must leave untouched: structs (no splits), roots (no doc.get), state. */
const fingerprint = (doc: Y.Doc) => ({
  share: [...doc.share.keys()],
  structs: [...doc.store.clients].map(([client, structs]) => [client, structs.length]),
  state: Y.encodeStateAsUpdate(doc),
});

/** Records each update a client document emits while `edit` runs. */
const updatesOf = (doc: Y.Doc, edit: () => void): Uint8Array[] => {
  const updates: Uint8Array[] = [];
  const record = (update: Uint8Array) => updates.push(update);
  doc.on('update', record);
  edit();
  doc.off('update', record);
  return updates;
};

describe('decideUpdateRoots on honest updates', () => {
  it('names a root the server has not instantiated yet', () => {
    const { server, client } = synced();
    addParagraph(client, BODY, 'Hej');
    expect(server.share.has(BODY)).toBe(false);
    expect(rootsOf(decideUpdateRoots(server, Y.encodeStateAsUpdate(client)))).toEqual([BODY]);
  });

  it('names the fragment when text is typed inside a nested paragraph', () => {
    const { server, client, sync } = synced();
    const text = addParagraph(client, BODY, 'Hej');
    sync();
    const [update] = updatesOf(client, () => text.insert(3, ' då', { bold: {} }));
    expect(rootsOf(decideUpdateRoots(server, update as Uint8Array))).toEqual([BODY]);
  });

  it('walks a Y.Array inside a Y.Map inside the agenda up to the agenda', () => {
    const { server, client, sync } = synced();
    const entry = new Y.Map<unknown>();
    client.getArray('agenda').push([entry]);
    entry.set('presenterIds', new Y.Array<string>());
    sync();
    const [update] = updatesOf(client, () =>
      (entry.get('presenterIds') as Y.Array<string>).push(['u1']),
    );
    expect(rootsOf(decideUpdateRoots(server, update as Uint8Array))).toEqual(['agenda']);
  });

  it('names the root of deleted items, and nothing for deleting what is already deleted', () => {
    const { server, client, sync } = synced();
    addParagraph(client, DECISION, 'Att godkänna');
    sync();
    const [deletion] = updatesOf(client, () => client.getXmlFragment(DECISION).delete(0, 1));
    expect(rootsOf(decideUpdateRoots(server, deletion as Uint8Array))).toEqual([DECISION]);
    Y.applyUpdate(server, deletion as Uint8Array);
    expect(rootsOf(decideUpdateRoots(server, deletion as Uint8Array))).toEqual([]);
  });

  it('names every root one transaction touches', () => {
    const { server, client } = synced();
    client.transact(() => {
      addParagraph(client, BODY, 'Text');
      client.getMap('meeting').set('title', 'Styrelsemöte');
    });
    expect(rootsOf(decideUpdateRoots(server, Y.encodeStateAsUpdate(client)))).toEqual([
      BODY,
      'meeting',
    ]);
  });

  it('takes a full state (sync step 2) that only adds to one root as that root', () => {
    const { server, client, sync } = synced();
    addParagraph(client, DECISION, 'Beslut');
    addParagraph(client, BODY, 'Underlag');
    sync();
    addParagraph(client, BODY, 'Mer underlag');
    expect(rootsOf(decideUpdateRoots(server, Y.encodeStateAsUpdate(client)))).toEqual([BODY]);
  });

  it('says missing for an update that arrives before the one it depends on, then roots once merged', () => {
    const { server, client } = synced();
    const [first, second] = updatesOf(client, () => {
      const text = addParagraph(client, BODY, 'a');
      text.insert(1, 'b');
    });
    expect(decideUpdateRoots(server, second as Uint8Array)).toEqual({ kind: 'missing' });
    const merged = Y.mergeUpdates([second as Uint8Array, first as Uint8Array]);
    expect(rootsOf(decideUpdateRoots(server, merged))).toEqual([BODY]);
  });

  it('leaves the server document exactly as it was', () => {
    const { server, client, sync } = synced();
    const text = addParagraph(client, BODY, 'abcdef');
    sync();
    const updates = updatesOf(client, () => {
      text.delete(1, 2);
      text.format(0, 3, { bold: {} });
      addParagraph(client, 'fresh-root', 'x');
    });
    const before = fingerprint(server);
    for (const update of updates) decideUpdateRoots(server, update);
    decideUpdateRoots(server, Y.encodeStateAsUpdate(client));
    expect(fingerprint(server)).toEqual(before);
  });
});
