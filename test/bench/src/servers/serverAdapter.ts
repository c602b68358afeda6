import type { ClientTarget } from '../client/clientTarget.ts';
import type { ServerProcess } from './serverProcess.ts';

export const SERVER_NAMES = ['anteckna', 'y-websocket', 'hocuspocus'] as const;
export type ServerName = (typeof SERVER_NAMES)[number];

/** A writer types; a reader only watches. Servers with permissions may log them in differently. */
export type ClientRole = 'writer' | 'reader';

/** One client a scenario will run, known before the rooms are made, so accounts can be ready. */
export interface ClientSlot {
  /** Unique within the run. */
  id: number;
  room: number;
  role: ClientRole;
  /** For a writer: which of the room's typed fields (agenda order) it types in… */
  fieldIndex: number;
  /** …or true for a writer that types in all of them. */
  everyField?: boolean;
}

/** Rooms made ready on a running server, and how each planned client reaches its room. */
export interface RoomSet {
  rooms: string[];
  target(slot: ClientSlot): ClientTarget;
}

/** Where Anteckna keeps its data in a run (`--database`): its data dir's SQLite file by default. */
export type AntecknaDatabase = { engine: 'sqlite' } | { engine: 'postgres'; serverUrl: string };

export interface DurabilityQuery {
  server: ServerProcess;
  dataDir: string;
  room: string;
  /** client → clock: everything the writer sent. */
  stateVector: ReadonlyMap<number, number>;
}

/** What the harness needs to know to run, fill and measure one kind of server. */
export interface ServerAdapter {
  name: ServerName;
  /** Why this server cannot run on this machine now (for example: not built), or null. */
  unavailableReason(): string | null;
  /**
   * Starts it in its own process on 127.0.0.1:`port` with `dataDir` as its only storage;
   * `nodeArgs` go to node itself (a profiler, for instance).
   */
  start(dataDir: string, port: number, nodeArgs?: string[]): Promise<ServerProcess>;
  /** Creates `count` rooms, each with the same agenda layout, ready for the clients of `slots`. */
  prepareRooms(
    server: ServerProcess,
    count: number,
    slots: readonly ClientSlot[],
  ): Promise<RoomSet>;
  /**
   * True once the server's storage holds everything in `stateVector`, so that a crash now would
   * lose none of it. Each server stores differently; each answer is checked afterwards by a
   * crash and a restart.
   */
  isDurable(query: DurabilityQuery): Promise<boolean>;
  /**
   * Frees what `start` set up for `dataDir` outside it (a database of the run's own), after the
   * run's last server has stopped or been killed.
   */
  release?(dataDir: string): Promise<void>;
  /** For a server with a write gate that reports it: the gate's time so far, in ms. */
  gateTime?(server: ServerProcess): Promise<{ totalMs: number; decisions: number }>;
}
