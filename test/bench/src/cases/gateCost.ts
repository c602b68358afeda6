import { measureGateCost } from '@anteckna/server';
import * as Y from 'yjs';
import { PEER_AGENDA_TITLES, readAgendaFields, seedAgenda } from '../client/agendaFields.ts';
import { typeBigDocument } from '../edits/bigDocument.ts';
import type { GateCostFigures, GateFigures } from '../scenarios/figures.ts';
import type { BigdocParams, GateParams } from '../scenarios/scenarioParams.ts';
import { seededRandom } from '../stats/seededRandom.ts';

/** The small document: a new meeting's five items, each with a paragraph of typing. */
const SMALL_SECTIONS = 5;

/**
 * The write gate's cost per keystroke, through the server's own measurement: on the big
 * document of the bigdoc scenario and on a small one, each keystroke decided against the
 * server's copy of the document, as the server decides every update before applying it.
 */
export function measureGate(params: GateParams, bigdoc: BigdocParams): GateFigures {
  return {
    kind: 'gate',
    docs: [
      costOn('big', bigdoc.sections, bigdoc.updates, params.measured),
      costOn('small', SMALL_SECTIONS, params.smallUpdates, params.measured),
    ],
  };
}

function costOn(
  label: GateCostFigures['label'],
  sections: number,
  typed: number,
  measured: number,
): GateCostFigures {
  const author = new Y.Doc();
  seedAgenda(author, PEER_AGENDA_TITLES);
  typeBigDocument(author, readAgendaFields(author), sections, typed, 1);
  const state = Y.encodeStateAsUpdate(author);
  // The server's copy, loaded from the stored state as the server loads a meeting.
  const serverDoc = new Y.Doc({ gc: true });
  Y.applyUpdate(serverDoc, state);
  const cost = measureGateCost(serverDoc, keystrokes(author, measured));
  return {
    label,
    stateBytes: state.length,
    count: cost.count,
    p50Micros: cost.p50Micros,
    p99Micros: cost.p99Micros,
  };
}

/**
 * `count` keystrokes (one character each) at places spread over the document's paragraphs.
 * The gate is timed against the unchanged document, so every keystroke must stand on its own:
 * each comes from a client of its own and lands between characters already there (the places
 * are typed last to first, so no keystroke sits next to an earlier one).
 */
function keystrokes(author: Y.Doc, count: number): Uint8Array[] {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(author));
  const texts = paragraphTexts(client).filter((text) => text.length > 1);
  const random = seededRandom(20261123);
  const places = Array.from({ length: count }, () => {
    const text = Math.floor(random() * texts.length);
    return { text, index: 1 + Math.floor(random() * (texts[text]!.length - 1)) };
  }).sort((a, b) => a.text - b.text || b.index - a.index);
  const updates: Uint8Array[] = [];
  client.on('update', (update: Uint8Array) => updates.push(update));
  let clientId = 1_000_000;
  for (const place of places) {
    client.clientID = clientId++;
    texts[place.text]!.insert(place.index, 'x');
  }
  return updates;
}

function paragraphTexts(doc: Y.Doc): Y.XmlText[] {
  return readAgendaFields(doc).flatMap((field) =>
    doc
      .getXmlFragment(field)
      .toArray()
      .flatMap((node) =>
        node instanceof Y.XmlElement
          ? node.toArray().filter((child): child is Y.XmlText => child instanceof Y.XmlText)
          : [],
      ),
  );
}
