import { describe, expect, it } from 'vitest';
import { en, sv, type Catalog } from '../../i18n/catalogs.ts';
import type { CollabStatus, ConnectionState } from './collabSession.ts';
import type { SaveState } from './saveTracker.ts';
import { statusTextKeys } from './statusText.ts';

const CONNECTIONS: ConnectionState[] = [
  'connecting',
  'connected',
  'reconnecting',
  'offline',
  'closed',
];
const SAVES: SaveState[] = ['saved', 'saving', 'unsent'];

function status(connection: ConnectionState, save: SaveState, keptOnDevice: boolean): CollabStatus {
  return { connection, save, loaded: true, keptOnDevice, writesRefused: null };
}

const lookup = (catalog: Catalog, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Catalog)?.[part], catalog);
describe('statusTextKeys', () => {
  it('says "Sparat" only while connected, whatever else the state is', () => {
    for (const connection of CONNECTIONS) {
      for (const save of SAVES) {
        for (const kept of [true, false]) {
          const saved = statusTextKeys(status(connection, save, kept)).save === 'status.save.saved';
          expect(saved, `${connection} ${save} ${kept}`).toBe(
            connection === 'connected' && save === 'saved',
          );
        }
      }
    }
  });

  it('says edits made offline are kept on this device when there is a copy there', () => {
    expect(statusTextKeys(status('offline', 'unsent', true))).toEqual({
      connection: 'offline.connection.offline',
      save: 'offline.save.unsent',
    });
    expect(statusTextKeys(status('reconnecting', 'unsent', true)).connection).toBe(
      'offline.connection.reconnecting',
    );
  });

  it('says edits are only in the tab when the browser keeps no copy', () => {
    expect(statusTextKeys(status('offline', 'unsent', false))).toEqual({
      connection: 'status.connection.offline',
      save: 'status.save.unsent',
    });
  });

  it('names only texts both catalogs hold', () => {
    for (const connection of CONNECTIONS) {
      for (const save of SAVES) {
        for (const kept of [true, false]) {
          const keys = statusTextKeys(status(connection, save, kept));
          for (const key of [keys.connection, keys.save ?? 'status.connectionLabel']) {
            expect(typeof lookup(sv, key), key).toBe('string');
            expect(typeof lookup(en, key), key).toBe('string');
          }
        }
      }
    }
  });

  it('says nothing about saving while offline with nothing typed', () => {
    expect(statusTextKeys(status('offline', 'saved', true)).save).toBeNull();
  });
});

describe('statusTextKeys when the server cannot save', () => {
  it.each([
    ['its storage is full', 'storageFull', /lagringen|storage/],
    [
      'the servers cannot coordinate (several processes)',
      'coordinationDown',
      /varandra|each other/,
    ],
    ['it cannot reach its database (Postgres)', 'databaseDown', /databas|database/],
  ] as const)(
    'says that the server cannot save because %s while it reconnects, and that edits are kept',
    (_why, reason, wording) => {
      for (const connection of ['connecting', 'connected', 'reconnecting'] as const) {
        const keys = statusTextKeys({
          ...status(connection, 'unsent', true),
          writesRefused: reason,
        });
        expect(keys.connection).toBe(`status.connection.${reason}`);
      }
      for (const catalog of [sv, en] as Catalog[]) {
        expect(lookup(catalog, `status.connection.${reason}`)).toMatch(wording);
      }
    },
  );
});
