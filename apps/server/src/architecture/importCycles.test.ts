import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { circles, folderOf, importEdges } from './importGraph.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
/** Every workspace's sources: the server, the web app and the packages. */
const ROOTS = [
  'apps/server/src',
  'apps/web/src',
  'packages/contract/src',
  'packages/doc-schema/src',
  'packages/domain/src',
  'packages/export/src',
];
/**
 * Where the folder tree is the architecture, one folder per concept, no two folders may need
 * each other. The files directly in `src/` (the composition root and front door) and tests
 * import across everything by design and are left out. The web app's feature folders (which
 * still share components across features) and doc-schema (whose agenda and decision writers use
 * each other) are checked file by file only.
 */
const FOLDER_ROOTS = [
  'apps/server/src',
  'packages/contract/src',
  'packages/domain/src',
  'packages/export/src',
];

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
