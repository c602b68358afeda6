import fs from 'node:fs';
import path from 'node:path';
import { seedsDir } from '../servers/benchPaths.ts';

const END = '\u0000';

/**
 * The words of the real legacy minutes (test/fixtures/seeds), as material for new text: a
 * chain of which word follows which (so generated sentences read like the minutes' Swedish
 * without repeating them), and its nouns, from which new compounds are made the way
 * Swedish makes them ("samverkan" + "avtal"), so that an archive of a thousand meetings has the
 * wide vocabulary a real one has rather than the seeds' thousand words.
 */
export interface SeedVocabulary {
  /** A new sentence, ending in a full stop. */
  sentence(random: () => number): string;
  /** Nouns of the seeds (by their Swedish endings), lower case, the most frequent first. */
  nouns: readonly string[];
}

/** Endings that make a word of the seeds a noun of the field (-ning, -het, -grupp, -avtal, …). */
const NOUN =
  /(?:ning|ningen|ningar|het|heten|else|elsen|skap|tion|grupp|gruppen|avtal|avtalet|plan|vård|vården|arbete|arbetet|nätverk|nätverket|omsorg|stöd|hälsa|platser|verksamhet|verksamheten|uppdrag|uppdraget|område|insats|insatser|rutin|rutiner|råd|rådet|projekt|medel|direktiv|program|samverkan|system|tjänst|tjänsten|riktlinjer|socialtjänst|beroende|missbruk|överenskommelse|överenskommelsen)$/u;

export function loadSeedVocabulary(): SeedVocabulary {
  const text = fs
    .readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => fs.readFileSync(path.join(seedsDir, name), 'utf8'))
    .join('\n');
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  const counts = new Map<string, number>();
  for (const raw of text.replace(/[*()"”“]+/g, '').split(/(?<=[.!?])\s+|\n\s*\n/u)) {
    // Sentences of prose only: headings, attendance rows, decisions and proposals (anything with
    // a colon) are written by the generator, so no generated sentence reads as one of them.
    const words = raw.replace(/\s+/g, ' ').trim().split(' ');
    if (words.length < 6 || /[\t:]|^att\b/u.test(raw)) continue;
    if (!/^(?:\d|beslut|förslag|föredrag|närvar)/iu.test(words[0]!)) starts.push(words[0]!);
    for (const [index, word] of words.entries()) {
      const key = word.toLowerCase();
      const follower = words[index + 1] ?? END;
      next.set(key, [...(next.get(key) ?? []), follower]);
      const bare = key.replace(/[.,;!?]+$/u, '');
      if (/^\p{L}{6,}$/u.test(bare)) counts.set(bare, (counts.get(bare) ?? 0) + 1);
    }
  }
  const pick = <T>(list: readonly T[], random: () => number) =>
    list[Math.floor(random() * list.length)]!;
  return {
    sentence(random) {
      const words = [pick(starts, random)];
      while (words.length < 30) {
        const follower = pick(next.get(words.at(-1)!.toLowerCase()) ?? [END], random);
        if (follower === END) break;
        words.push(follower);
      }
      const sentence = words.join(' ').replace(/[\s,;:–-]+$/u, '');
      return /[.!?]$/u.test(sentence) ? sentence : `${sentence}.`;
    },
    nouns: [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([word]) => word)
      .filter((word) => NOUN.test(word)),
  };
}
