import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../benchPaths.ts';

const serverPackage = path.join(repoRoot, 'apps', 'server', 'package.json');

/**
 * How `npm start` runs the built server: the `serve` script of @anteckna/server, `node [options]
 * <script>`. The benchmark starts Anteckna with the same options for node (V8's heap settings,
 * for instance), so what it measures is what an operator runs.
 */
export function serveCommand(): { nodeArgs: string[]; script: string } {
  const scripts = (
    JSON.parse(fs.readFileSync(serverPackage, 'utf8')) as {
      scripts?: Record<string, string>;
    }
  ).scripts;
  const words = (scripts?.serve ?? '').trim().split(/\s+/);
  const script = words.at(-1);
  if (words[0] !== 'node' || !script?.endsWith('.js') || words.slice(1, -1).some(notAnOption)) {
    throw new Error(
      `${path.relative(repoRoot, serverPackage)}: the serve script is not "node [options] <script>"`,
    );
  }
  return { nodeArgs: words.slice(1, -1), script: path.join(path.dirname(serverPackage), script) };
}

const notAnOption = (word: string) => !word.startsWith('--');
