import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { circles, folderOf, importEdges } from './importGraph.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
/** Every workspace's sources (the server, the web app, the packages), from the root's list. */
const ROOTS = (
  JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { workspaces: string[] }
).workspaces
  .map((workspace) => `${workspace}/src`)
  .filter((root) => fs.existsSync(path.join(repo, root)));
/**
 * Where the folder tree is the architecture, one folder per concept, no two folders may need
 * each other. The files directly in `src/` (the composition root and front door) and tests
 * import across everything by design and are left out. The web app's feature folders (which
 * still share components across features), doc-schema (whose agenda and decision writers use
 * each other) and the benchmark's harness are checked file by file only.
 */
const FILE_ONLY = new Set(['apps/web/src', 'packages/doc-schema/src', 'test/bench/src']);
const FOLDER_ROOTS = ROOTS.filter((root) => !FILE_ONLY.has(root));

describe('import graph', () => {
  it.each(ROOTS)(
    '%s has no circle of files importing each other (type-only imports too)',
    (root) => {
      expect(circles(importEdges(path.join(repo, root)))).toEqual([]);
    },
  );

  it.each(FOLDER_ROOTS)('%s has no circle of folders importing each other', (root) => {
    const edges = importEdges(path.join(repo, root))
      .filter(([from]) => !/\.test\.tsx?$/.test(from))
      .map(([from, to]) => [folderOf(from), folderOf(to)] as const)
      .filter(([from, to]) => from !== '.' && to !== '.');
    expect(circles(edges)).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    expect(
      circles([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['c', 'd'],
      ]),
    ).toEqual([['a', 'b', 'c']]);
  });
});
