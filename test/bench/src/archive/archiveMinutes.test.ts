import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAUSE_TYPES } from '@anteckna/doc-schema';
import { parseMinutesText } from '@anteckna/minutes-import';
import { ARCHIVE_BODIES } from './archiveBodies.ts';
import { archiveMeetingDates, createArchiveWriter } from './archiveMinutes.ts';
import { archiveQueries, QUERY_KINDS } from './archiveQueries.ts';
import { loadSeedVocabulary } from './seedVocabulary.ts';
import { seedsDir } from '../servers/benchPaths.ts';

const vocabulary = loadSeedVocabulary();
const writer = createArchiveWriter(vocabulary);
const body = ARCHIVE_BODIES[0]!;
const year = archiveMeetingDates(2020, 1, 11);

function parse(text: string) {
  const parsed = parseMinutesText(text, {
    bodyName: body.name,
    bodyShortName: body.key,
    organisations: [...body.memberOrganisations],
    organisationLines: [body.organisation, ...body.organisationLines],
  });
  if (!parsed.ok) throw new Error(`not minutes: ${parsed.missing.join(', ')}`);
  return parsed.minutes;
}

describe('the synthetic archive', () => {
  it('has eleven meetings a year, none in July, each approving the one before', () => {
    expect(year.map((m) => m.date.slice(5, 7))).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '08',
      '09',
      '10',
      '11',
      '12',
    ]);
    expect(year.map((m) => new Date(`${m.date}T12:00:00Z`).getUTCDay())).not.toContain(0);
    expect(year.slice(1).map((m) => m.previousDate)).toEqual(year.slice(0, -1).map((m) => m.date));
  });

  it('writes minutes the legacy importer reads as the seeds: header, attendance, items, presenters, clauses of every kind', () => {
    const minutes = year.map((meeting) => parse(writer.minutesText(body, meeting)));
    for (const [index, { header }] of minutes.entries()) {
      expect(header).toMatchObject({ bodyName: body.name, date: year[index]!.date });
    }
    expect(minutes.every((m) => m.attendance.length > 10)).toBe(true);
    const items = minutes.flatMap((m) => m.items);
    expect(items.filter((item) => item.standing === 'previous_minutes')).toHaveLength(10);
    expect(items.some((item) => item.parentId)).toBe(true);
    expect(items.some((item) => (item.presenters ?? []).length > 0)).toBe(true);
    const clauses = items.flatMap((item) => item.decision ?? []);
    expect(new Set(clauses.map((clause) => clause.type))).toEqual(new Set(CLAUSE_TYPES));
    const forwards = clauses.filter((clause) => clause.type === 'forward');
    expect(forwards.every((c) => ARCHIVE_BODIES.some((b) => b.callName === c.target))).toBe(true);
    expect(forwards.every((clause) => /^\d{4}-\d{2}-\d{2}$/.test(clause.due ?? ''))).toBe(true);
    // The deadline of a task ("senast 2020-04-17") stays in its text: the importer reads none.
    expect(clauses.filter((clause) => clause.type === 'task').every((c) => c.target)).toBe(true);
  });

  it('writes the same minutes on every run, and new text rather than the seeds', () => {
    const text = writer.minutesText(body, year[3]!);
    expect(createArchiveWriter(loadSeedVocabulary()).minutesText(body, year[3]!)).toBe(text);
    expect(writer.minutesText(ARCHIVE_BODIES[1]!, year[3]!)).not.toBe(text);
    const seeds = fs
      .readdirSync(seedsDir)
      .map((name) => fs.readFileSync(path.join(seedsDir, name), 'utf8'))
      .join('\n')
      .replace(/\s+/g, ' ');
    const sentences = text.split(/(?<=\.)\s+/).filter((s) => s.split(' ').length > 8);
    expect(sentences.length).toBeGreaterThan(10);
    const copied = sentences.filter((sentence) => seeds.includes(sentence.replace(/\s+/g, ' ')));
    expect(copied.length / sentences.length).toBeLessThan(0.1);
  });

  it('searches for every kind of query, each word of its kind', () => {
    const queries = archiveQueries(vocabulary, writer, body);
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(QUERY_KINDS));
    const of = (kind: string) => queries.filter((q) => q.kind === kind).map((q) => q.q);
    expect(of('folded').every((q) => /^[a-z]+$/.test(q))).toBe(true);
    expect(of('prefix').every((q) => q.length === 5)).toBe(true);
    expect(of('words').every((q) => q.includes(' '))).toBe(true);
  });
});
