/** The reference minutes (public records) as the tests read them, and the body they belong to. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COUNTY_NETWORK_BODY, COUNTY_NETWORK_ORGANISATIONS } from '@anteckna/doc-schema';
import type { ImportOptions } from '../importOptions.ts';

const SEEDS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../test/fixtures/seeds',
);

export function seedText(id: '001' | '002' | '004'): string {
  const file = fs.readdirSync(SEEDS).find((name) => name.startsWith(`${id}_`));
  if (!file) throw new Error(`seed ${id} missing`);
  return fs.readFileSync(path.join(SEEDS, file), 'utf8');
}

export const COUNTY_NETWORK: ImportOptions = {
  ...COUNTY_NETWORK_BODY,
  organisations: COUNTY_NETWORK_ORGANISATIONS,
};
