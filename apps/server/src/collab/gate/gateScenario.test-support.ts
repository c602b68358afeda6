import * as Y from 'yjs';
import { applyGuarded } from './applyGuarded.ts';
import type { GateDecision } from './gateDecision.ts';
import { PendingUpdateBuffer } from './pendingUpdateBuffer.ts';
import type { Delivery, Scenario } from './editScenarios.test-support.ts';
import { applyEdit } from './tiptapEdits.test-support.ts';

/** Decides one update against the server document (and compares it with the oracle). */
export type CheckUpdate = (server: Y.Doc, update: Uint8Array) => GateDecision;

const FROM_SERVER = 'from-server';

interface Connection {
  doc: Y.Doc;
  /** The client's own updates the server has not accepted yet, oldest first. */
  outbox: Uint8Array[];
  /** Every update the client made. */
  history: Uint8Array[];
  buffer: PendingUpdateBuffer;
}

/**
 * Plays a scenario: client documents edit, send their updates to the server in the given
 * delivery, pull the server's state, and sync with each other behind the server's back (so a
 * client's full state can carry another client's structs the server has not seen). Each
 * update the server receives goes through the connection's pending buffer and `check`, and is
 * applied only when `check` says roots.
 */
export const playScenario = (scenario: Scenario, check: CheckUpdate): Y.Doc => {
  // Fixed guids: yjs draws random ones character by character, which costs more than a step.
  const server = new Y.Doc({ gc: scenario.serverGc, guid: 'server' });
  const connections: Connection[] = scenario.clientIds.map((clientId) => {
    const doc = new Y.Doc({ guid: `client-${clientId}` });
    doc.clientID = clientId;
    const connection = {
      doc,
      outbox: [] as Uint8Array[],
      history: [] as Uint8Array[],
      buffer: new PendingUpdateBuffer(),
    };
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === FROM_SERVER) return;
      connection.outbox.push(update);
      connection.history.push(update);
    });
    return connection;
  });
  const at = (index: number) => connections[index % connections.length] as Connection;

  const deliver = (connection: Connection, update: Uint8Array): boolean => {
    const merged = connection.buffer.mergeWith(update);
    if (!merged.ok) throw new Error(`honest updates must merge: ${merged.detail}`);
    const decision = check(server, merged.update);
    if (decision.kind === 'missing') {
      connection.buffer.hold(merged.update);
      return false;
    }
    connection.buffer.clear();
    if (decision.kind === 'malformed') return false;
    const result = applyGuarded(server, merged.update, connection);
    if (!result.ok) throw new Error(`an allowed update failed to apply: ${result.reason}`);
    return true;
  };

  const send = (connection: Connection, delivery: Delivery, pick: number): void => {
    const { outbox, doc } = connection;
    if (delivery === 'fullState' || delivery === 'diff') {
      const vector = delivery === 'diff' ? Y.encodeStateVector(server) : undefined;
      if (deliver(connection, Y.encodeStateAsUpdate(doc, vector))) outbox.length = 0;
      return;
    }
    if (delivery === 'history') {
      if (connection.history.length > 0) deliver(connection, Y.mergeUpdates(connection.history));
      return;
    }
    if (outbox.length === 0) return;
    if (delivery === 'merged') {
      if (deliver(connection, Y.mergeUpdates(outbox))) outbox.length = 0;
      return;
    }
    if (delivery === 'reversed') {
      for (let i = outbox.length - 1; i >= 0; i--) {
        if (deliver(connection, outbox[i] as Uint8Array)) outbox.splice(i, 1);
      }
      return;
    }
    const index = delivery === 'oldest' ? 0 : pick % outbox.length;
    if (deliver(connection, outbox[index] as Uint8Array)) outbox.splice(index, 1);
  };

  for (const step of scenario.steps) {
    switch (step.kind) {
      case 'edit': {
        const { doc } = at(step.client);
        doc.transact(() => step.edits.forEach((edit) => applyEdit(doc, edit)));
        break;
      }
      case 'send':
        send(at(step.client), step.delivery, step.pick);
        break;
      case 'pull': {
        const { doc } = at(step.client);
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(doc)), FROM_SERVER);
        break;
      }
      case 'peer': {
        const from = at(step.from).doc;
        const to = at(step.to).doc;
        Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), FROM_SERVER);
        break;
      }
    }
  }
  return server;
};
