/**
 * Reading people from the way minutes write them: "Namn Efternamn, titel, organisation", several
 * in a row, with or without commas between name and title. The rules use the form of Swedish
 * names, titles and organisation names (a title ends in -chef, -ledare …; an organisation is a
 * Region, a kommun, an -enhet …), never particular people.
 */
import type { PersonRef } from '@anteckna/doc-schema';
import { matchOrganisation } from './organisationMatch.ts';

const TITLE_ENDINGS =
  /(chef|ledare|samordnare|direktör|handläggare|ordförande|sekreterare|strateg|koordinator|ansvarig|utredare|konsult|rådgivare|controller|specialist|läkare|sjuksköterska|kurator|psykolog|inspektör|analytiker|planerare|administratör|assistent|expert|representant|företrädare|kommunikatör|jurist|ekonom|medarbetare|tjänsteman|ombud|ledamot|ersättare|projektledare|bitr\.?|biträdande|tf\.?)$/iu;
const ORGANISATION_WORDS =
  /^(region|regionen|kommun|kommunen|landsting|landstinget|länsstyrelsen|rss|förvaltning)$|(kommun|förvaltningen|nämnden|styrelsen|centrum|center|centralen|enheten|avdelningen|rådet|verket|bolaget|myndigheten|institutet|universitet|sjukhus|sjukhuset|vårdcentral|kansliet)$/iu;
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;

export function isTitleWord(word: string): boolean {
  return TITLE_ENDINGS.test(word.replace(/[,.:;]+$/, ''));
}

export function isOrganisationWord(word: string): boolean {
  return ORGANISATION_WORDS.test(word.replace(/[,.:;()]+$/, ''));
}

/** A word that can be part of a person's name: capitalised, letters, and not a title or an organisation. */
export function isNameWord(word: string): boolean {
  return NAME_WORD.test(word) && !isTitleWord(word) && !isOrganisationWord(word);
}

/** "Anna Berg Utvecklingsledare X" → name "Anna Berg", rest "Utvecklingsledare X". */
export function leadingName(text: string): { name: string; rest: string } | null {
  const parts = text.split(/\s+/).filter((part) => part.length > 0);
  let count = 0;
  let comma = false;
  while (count < parts.length && count < 4 && !comma) {
    const part = parts[count] ?? '';
    comma = /[,;]$/u.test(part);
    if (!isNameWord(part.replace(/[,;]$/u, ''))) break;
    count += 1;
  }
  if (count < 2) return null;
  const name = parts.slice(0, count).join(' ').replace(/[,;]$/u, '');
  return { name, rest: parts.slice(count).join(' ') };
}

/** Does the text name an organisation (a known one of the body, or one by its form)? */
export function isOrganisationText(text: string, organisations: readonly string[]): boolean {
  if (matchOrganisation(text, organisations) !== null) return true;
  return text.split(/\s+/).some(isOrganisationWord);
}

/** Does the line look like people with titles, even without the "Föredragande:" label? */
export function looksLikePeopleLine(text: string): boolean {
  const name = leadingName(text);
  if (name === null) return false;
  const segments = text.split(',').map((segment) => segment.trim());
  const titled = text.split(/[\s,]+/).some(isTitleWord);
  return titled || (segments.length >= 2 && segments.every((segment) => segment.length < 60));
}

const SEPARATORS = /\s*[,;]\s*|\s+[–—-]\s+|\s+(?:och|samt)\s+(?=\p{Lu})/u;

/** The people of a presenter line (label already removed). */
export function parsePeople(text: string, organisations: readonly string[]): PersonRef[] {
  const people: PersonRef[] = [];
  let current: PersonRef | null = null;
  for (const raw of text.split(SEPARATORS)) {
    const segment = raw.trim().replace(/[.,]+$/, '');
    if (segment.length === 0) continue;
    const titleFirst = isTitleWord(segment.split(/\s+/)[0] ?? '');
    const organisation = !titleFirst && isOrganisationText(segment, organisations);
    const name = organisation || titleFirst ? null : leadingName(segment);
    if (name !== null) {
      const extra = /^(och|samt)\s+/u.exec(name.rest);
      current = { name: name.name };
      people.push(current);
      if (extra) people.push({ name: name.rest.slice(extra[0].length) });
      else if (name.rest.length > 0) current.title = name.rest;
      continue;
    }
    if (current === null) {
      current = { name: segment };
      people.push(current);
    } else if (organisation && current.title !== undefined) {
      current.organisation = joinPart(current.organisation, segment);
    } else if (current.title === undefined && !organisation) {
      current.title = segment;
    } else if (organisation) {
      current.organisation = joinPart(current.organisation, segment);
    } else {
      current.organisation = joinPart(current.organisation, segment);
    }
  }
  return people;
}

function joinPart(existing: string | undefined, part: string): string {
  return existing === undefined ? part : `${existing}, ${part}`;
}
