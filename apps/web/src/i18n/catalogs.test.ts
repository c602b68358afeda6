import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ITEM_KINDS } from '@anteckna/doc-schema';
import { PHASES, mayMovePhase } from '@anteckna/domain';
import { FEATURE_CATALOGS, en, sv, type Catalog } from './catalogs.ts';
import svBase from './sv.json';

function leafKeys(catalog: Catalog, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const svKeys = new Set(leafKeys(sv));
const enKeys = new Set(leafKeys(en));

describe('catalogs', () => {
  it('have the same keys in Swedish and English', () => {
    expect([...enKeys].sort()).toEqual([...svKeys].sort());
  });

  it('define no key twice across the shared and the feature catalogs', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    const sources: [string, Catalog][] = [
      ['sv.json', svBase],
      ...Object.entries(FEATURE_CATALOGS.sv),
    ];
    for (const [file, catalog] of sources) {
      for (const key of leafKeys(catalog)) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)} and ${file})`);
        seen.set(key, file);
      }
    }
    expect(twice).toEqual([]);
  });

  it('have no empty text', () => {
    for (const catalog of [sv, en]) {
      for (const key of leafKeys(catalog)) {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Catalog)[part], catalog);
        expect(value, key).not.toBe('');
      }
    }
  });

  it('hold every key the code names literally', () => {
    const root = join(import.meta.dirname, '..');
    const used = new Set<string>();
    for (const file of sourceFiles(root)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z_.]+)'/g))
        used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !svKeys.has(key))).toEqual([]);
  });

  it('name every phase, every manual phase move and every item kind', () => {
    const wanted = [
      ...PHASES.flatMap((phase) => [`phase.${phase}`, `phase.explain.${phase}`]),
      ...PHASES.flatMap((from) =>
        PHASES.filter((to) => mayMovePhase(from, to)).map((to) => `phase.action.${from}.${to}`),
      ),
      ...ITEM_KINDS.flatMap((kind) => [
        `kind.short.${kind}`,
        `kind.prefix.${kind}`,
        `kind.name.${kind}`,
      ]),
    ];
    expect(wanted.filter((key) => !svKeys.has(key))).toEqual([]);
  });
});
