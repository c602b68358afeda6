import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Source files under a folder, tests included: a test's imports are part of the design too. */
function sourceFiles(root: string): string[] {
  return fs.readdirSync(root, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || entry.name.endsWith('.d.ts')) return [];
    const file = path.join(entry.parentPath, entry.name);
    return file.includes(`${path.sep}node_modules${path.sep}`) ? [] : [file];
  });
}

/**
 * Every relative import (type-only ones too) between the files under `root`, as edges between
 * paths relative to it, read with the TypeScript compiler's own pre-processor.
 */
export function importEdges(root: string): Array<[from: string, to: string]> {
  const files = new Set(sourceFiles(root));
  return [...files].flatMap((file) => {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    return importedFiles
      .filter((imported) => imported.fileName.startsWith('.'))
      .map((imported) => path.resolve(path.dirname(file), imported.fileName))
      .filter((target) => files.has(target))
      .map((target): [string, string] => [path.relative(root, file), path.relative(root, target)]);
  });
}

/** The folder a file is in, relative to the root ('.' for the root itself). */
export const folderOf = (file: string) => path.dirname(file);

/** The strongly connected groups of more than one node (Tarjan): each is an import circle. */
export function circles(edges: ReadonlyArray<readonly [string, string]>): string[][] {
  const next = new Map<string, string[]>();
  for (const [from, to] of edges) {
    if (from === to) continue;
    next.set(from, [...(next.get(from) ?? []), to]);
    if (!next.has(to)) next.set(to, []);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) found.push(group.sort());
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return found;
}
