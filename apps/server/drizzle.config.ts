import { defineConfig } from 'drizzle-kit';

// Migrations live at the repository's top (`drizzle/`), generated from src/db/schema.ts.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema.ts',
  out: '../../drizzle',
});
