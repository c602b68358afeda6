import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { ImportFigures } from '../scenarios/figures.ts';
import type { ImportParams } from '../scenarios/scenarioParams.ts';
import { seedsDir } from '../servers/benchPaths.ts';
import { runImportCli, seedDemoData } from '../servers/anteckna/antecknaCli.ts';

/**
 * `npm run import` as a secretary runs it: a data dir with the demo body (the built server seeds
 * it), then one 13 kB document (seed 002) imported `repeats` times, each file's time as the CLI
 * reports it, and an archive of `archive` documents (the three seeds in turn, every fourth in
 * Windows-1252) timed as one CLI run, process start included.
 */
export async function measureImport(params: ImportParams): Promise<ImportFigures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anteckna-bench-import-'));
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'anteckna-bench-archive-'));
  try {
    await seedDemoData(dataDir);
    const seeds = fs.readdirSync(seedsDir).sort();
    const document = fs.readFileSync(
      path.join(
        seedsDir,
        seeds.find((n) => n.startsWith('002_'))!,
      ),
    );
    const single = Array.from({ length: params.repeats }, (_, index) => {
      const file = path.join(files, `dokument-${index}.txt`);
      fs.writeFileSync(file, document);
      return file;
    });
    const times = (await runImportCli(dataDir, 'LCHNV', single))
      .map((row) => row.ms)
      .sort((a, b) => a - b);
    const archive = Array.from({ length: params.archive }, (_, index) => {
      const text = fs.readFileSync(path.join(seedsDir, seeds[index % seeds.length]!), 'utf8');
      const file = path.join(files, `arkiv-${String(index).padStart(3, '0')}.txt`);
      fs.writeFileSync(file, index % 4 === 3 ? iconv.encode(text, 'windows-1252') : text);
      return file;
    });
    const started = performance.now();
    const rows = await runImportCli(dataDir, 'LCHNV', archive);
    const archiveSeconds = (performance.now() - started) / 1000;
    const mid = Math.floor(times.length / 2);
    return {
      kind: 'import',
      documentKb: document.byteLength / 1000,
      documentMedianMs: times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2,
      documentMinMs: times[0]!,
      documentMaxMs: times.at(-1)!,
      archiveDocuments: archive.length,
      archiveSeconds,
      archiveFailed: rows.filter((row) => row.result !== 'imported').length,
    };
  } finally {
    fs.rmSync(files, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
