// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { buildSeed001Doc, readAgendaRecords, writeBlocks } from '@anteckna/doc-schema';
import { ITEM_FIELDS, itemRootName } from '@anteckna/domain';
import { useFieldEditors } from '../../testSupport/fieldEditors.ts';

const fieldEditors = useFieldEditors();

/** A client copy of the server's document, counting the edits the client itself makes. */
function clientOf(server: Y.Doc): { client: Y.Doc; localEdits: () => number } {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server), 'server');
  let count = 0;
  client.on('update', (_update: Uint8Array, origin: unknown) => {
    if (origin !== 'server') count += 1;
  });
  return { client, localEdits: () => count };
}

function mountEveryField(doc: Y.Doc, editable: boolean): void {
  const awareness = new Awareness(doc);
  for (const record of readAgendaRecords(doc)) {
    for (const field of ITEM_FIELDS) {
      const fragment = doc.getXmlFragment(itemRootName(record.id, field));
      fieldEditors.mount({ field, fragment, awareness, editable });
    }
  }
}

/** What the caret plugin does whenever anyone's cursor moves: a transaction that changes no text. */
function nudgeEveryEditor(): void {
  for (const editor of fieldEditors.mounted())
    editor.view.dispatch(editor.state.tr.setMeta('caretMoved', true));
}

function relay(from: Y.Doc, to: Y.Doc, change: () => void): void {
  const before = Y.encodeStateVector(to);
  change();
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, before), 'server');
}

describe('field editors write nothing nobody typed', () => {
  it('read-only editors on every field of a full set of minutes write nothing on load', () => {
    const { client, localEdits } = clientOf(buildSeed001Doc());
    mountEveryField(client, false);
    nudgeEveryEditor();
    expect(localEdits()).toBe(0);
  });

  it('writable editors on every field write nothing on load either', () => {
    const { client, localEdits } = clientOf(buildSeed001Doc());
    mountEveryField(client, true);
    nudgeEveryEditor();
    expect(localEdits()).toBe(0);
  });

  it('read-only editors write nothing when someone else ends a field with a list and a link', () => {
    const server = buildSeed001Doc();
    const { client, localEdits } = clientOf(server);
    mountEveryField(client, false);
    const itemId = readAgendaRecords(server)[0]!.id;
    relay(server, client, () =>
      writeBlocks(server.getXmlFragment(itemRootName(itemId, 'body')), [
        { type: 'paragraph', runs: [{ text: 'Se www.exempel.se för mer.' }] },
        { type: 'bulletList', items: [[{ type: 'paragraph', runs: [{ text: 'sista punkten' }] }]] },
      ]),
    );
    nudgeEveryEditor();
    expect(localEdits()).toBe(0);
  });
});
