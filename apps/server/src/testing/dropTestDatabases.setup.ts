import { afterAll } from 'vitest';
import { dropDataDirDatabases } from './testPostgres.ts';

// The Postgres databases of a test file's servers (ANTECKNA_TEST_DATABASE=postgres) outlive each
// server so a restart sees its data; they go when the file is done.
afterAll(dropDataDirDatabases);
