// Hocuspocus as its documentation sets it up, with the SQLite extension and its default debounce
// (2 s, at most 10 s), run as a plain Node program so that nothing of the harness is in its process.
import process from 'node:process';
import { Server } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';

const server = new Server({
  port: Number(process.env.PORT),
  address: process.env.HOST ?? '127.0.0.1',
  quiet: true,
  extensions: [new SQLite({ database: process.env.HOCUSPOCUS_DATABASE })],
});

await server.listen();
