import { defineConfig } from 'drizzle-kit';

// Postgres migrations live beside SQLite's, in `drizzle/pg/` with their own journal, generated
// from src/db/schema.pg.ts (the mirror of src/db/schema.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.pg.ts',
  out: '../../drizzle/pg',
});
