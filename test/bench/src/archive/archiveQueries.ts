import type { ArchiveBody } from './archiveBodies.ts';
import { SURNAMES, type createArchiveWriter } from './archiveMinutes.ts';
import type { SeedVocabulary } from './seedVocabulary.ts';

/** What people type into search, by kind. */
export const QUERY_KINDS = ['common', 'rare', 'prefix', 'folded', 'words'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface ArchiveQuery {
  kind: QueryKind;
  q: string;
}

const PER_KIND = 6;
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The searches of the benchmark, drawn from the archive's own words so that each kind means
 * what it says: the seeds' most frequent nouns (in hundreds of meetings); topics of one body
 * that come up in few meetings; the first five letters of frequent nouns (a prefix search);
 * frequent words and surnames with å, ä, ö typed without them; and two or three words that must
 * all match.
 */
export function archiveQueries(
  vocabulary: SeedVocabulary,
  writer: ReturnType<typeof createArchiveWriter>,
  body: ArchiveBody,
): ArchiveQuery[] {
  const nouns = vocabulary.nouns;
  const topics = writer.topicsOf(body);
  const withDiacritics = nouns.filter((word) => fold(word) !== word && !word.endsWith('nätverket'));
  const take = <T>(list: readonly T[], step = 1) =>
    Array.from({ length: PER_KIND }, (_, index) => list[(index * step) % list.length]!);
  const queries: Record<QueryKind, string[]> = {
    common: take(nouns),
    rare: take(
      topics.slice(topics.length / 2).filter((_, index) => index % 2 === 1),
      3,
    ),
    prefix: take(nouns.filter((word) => word.length >= 8)).map((word) => word.slice(0, 5)),
    folded: [
      ...take(withDiacritics).slice(0, PER_KIND - 2),
      ...SURNAMES.filter((name) => fold(name) !== name).slice(0, 2),
    ].map((word) => fold(word).toLowerCase()),
    words: take(nouns, 5).map((word, index) =>
      index % 2 === 0
        ? `${word} ${nouns[index + 1]!}`
        : `godkänna förslaget ${topics[index]!.slice(0, 6)}`,
    ),
  };
  return QUERY_KINDS.flatMap((kind) => queries[kind].map((q) => ({ kind, q })));
}
