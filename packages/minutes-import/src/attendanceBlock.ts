/**
 * Attendance in both forms minutes use: a table by organisation (tab-separated cells: names and
 * their organisation under a category column such as "Kommun", or name and title under an
 * organisation's column), or a running list of names. "(tf)" is acting, "Vakant" a vacant seat,
 * "~~Namn~~" (struck through in the original) absent, "samt föredragande enligt nedan" means
 * the presenters were there too, and labelled lines ("Frånvarande:", "Ej representerade:",
 * "Ordförande:") say who was absent, what was not represented and who held which role.
 */
import type { AttendanceInput } from '@anteckna/doc-schema';
import type { ImportFinding } from './importFinding.ts';
import { finding } from './importFinding.ts';
import type { LineMarks } from './lineMarks.ts';
import { matchOrganisation } from './organisationMatch.ts';
import { isOrganisationText, leadingName } from './peopleText.ts';
import type { SourceLine } from './sourceLines.ts';
import { squash, words } from './sourceLines.ts';
import { joinLine } from './paragraphs.ts';

export interface ParsedAttendance {
  style: 'table' | 'list';
  entries: Array<{ personId: string; entry: AttendanceInput; line: number }>;
  /** Organisations named in the attendance, as the body knows them or as written. */
  organisations: string[];
  notes: string[];
  withPresenters: boolean;
}

type ListLabel = 'present' | 'absent' | 'notRepresented' | 'role';

const LABEL =
  /^(närvarande(?: ledamöter)?|deltagare|frånvarande|ej närvarande|förhinder|anmält förhinder|ej representerade?|inte representerade?|icke representerade?|ordförande|vice ordförande|sekreterare|justerare|övriga(?: närvarande| deltagare)?|adjungerade?|gäster|ersättare|närvarolista)\s*:\s*(.*)$/iu;
const WITH_PRESENTERS =
  /\s*,?\s*samt\s+(?:föredragande|presentatörer|inbjudna)(?:\s+enligt\s+(?:nedan|respektive punkt|dagordningen))?\.?\s*$/iu;
const STRUCK = /^~~(.+)~~$/u;

export function parseAttendance(
  lines: readonly SourceLine[],
  knownOrganisations: readonly string[],
  marks: LineMarks,
  findings: ImportFinding[],
): ParsedAttendance {
  const result: ParsedAttendance = {
    style: 'list',
    entries: [],
    organisations: [],
    notes: [],
    withPresenters: false,
  };
  const seen = new Map<string, number>();
  const organisationOf = (text: string): string => {
    const known = matchOrganisation(text, [...knownOrganisations, ...result.organisations]);
    const name = known ?? (text.split(/\s+\/\s+/)[0] ?? text).trim();
    if (!result.organisations.includes(name)) result.organisations.push(name);
    return name;
  };
  const add = (raw: string, line: SourceLine, base: Partial<AttendanceInput>) => {
    let text = raw
      .trim()
      .replace(/[.;]+$/u, '')
      .trim();
    if (text.length === 0) return;
    let status: AttendanceInput['status'] = base.status ?? 'present';
    const struck = STRUCK.exec(text);
    if (struck) {
      text = (struck[1] ?? '').trim();
      status = 'absent';
    }
    const entry: AttendanceInput = { name: text, organisation: '', status, ...base };
    if (struck) entry.status = 'absent';
    const bracket = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/u.exec(text);
    if (bracket) {
      entry.name = `${bracket[1] ?? ''} ${bracket[3] ?? ''}`.trim();
      const inside = (bracket[2] ?? '').trim();
      if (/^(tf|t\.f\.|tjf|tjänstgörande|ersättare)$/iu.test(inside)) {
        if (entry.status !== 'absent') entry.status = 'acting';
      } else if (isOrganisationText(inside, knownOrganisations))
        entry.organisation = organisationOf(inside);
      else entry.title = inside;
    }
    if (/^vakan(t|s)$/iu.test(entry.name)) {
      entry.name = 'Vakant';
      entry.vacant = true;
      entry.status = 'absent';
    } else if (leadingName(entry.name) === null && !/^\p{Lu}/u.test(entry.name)) {
      findings.push(
        finding(
          'line_unrecognised',
          'warning',
          text,
          'Namnet i närvarolistan ser inte ut som ett namn; det har tagits med som det står.',
          { line: line.n },
        ),
      );
    }
    if (entry.organisation.length > 0 && !knownOrganisations.includes(entry.organisation)) {
      // Named as written: the body's list does not have it.
    }
    const key = squash(entry.name);
    if (!entry.vacant && seen.has(key)) {
      findings.push(
        finding(
          'person_listed_twice',
          'warning',
          entry.name,
          `${entry.name} står två gånger i närvarolistan; personen har tagits med en gång.`,
          { line: line.n },
        ),
      );
      return;
    }
    seen.set(key, line.n);
    result.entries.push({ personId: `imp-p${result.entries.length + 1}`, entry, line: line.n });
  };

  const tabbed = lines.filter((line) => line.cells.filter((cell) => cell.length > 0).length >= 2);
  result.style = tabbed.length >= 2 ? 'table' : 'list';

  let label: ListLabel = 'present';
  let role = '';
  let pending: { text: string; line: SourceLine } | null = null;
  const flush = () => {
    if (pending === null) return;
    let text = pending.text;
    if (WITH_PRESENTERS.test(text)) {
      result.withPresenters = true;
      text = text.replace(WITH_PRESENTERS, '');
    }
    if (label === 'notRepresented') {
      result.notes.push(pending.text);
    } else {
      for (const name of text.split(/\s*[,;]\s*|\s+och\s+/u)) {
        if (label === 'role') add(name, pending.line, { role });
        else add(name, pending.line, { status: label === 'absent' ? 'absent' : 'present' });
      }
    }
    pending = null;
  };
  const columns: Array<{ organisation: string | null } | undefined> = [];

  for (const line of lines) {
    if (line.text.length === 0) continue;
    const labelled = LABEL.exec(line.text);
    if (labelled) {
      flush();
      marks.mark(line.n, 'attendance');
      const key = (labelled[1] ?? '').toLocaleLowerCase('sv');
      const rest = (labelled[2] ?? '').trim();
      if (/^(frånvarande|ej närvarande|förhinder|anmält förhinder)/u.test(key)) label = 'absent';
      else if (/representerad/u.test(key)) label = 'notRepresented';
      else if (/^(ordförande|vice ordförande|sekreterare|justerare)$/u.test(key)) {
        label = 'role';
        role = key;
      } else label = 'present';
      const legend = /^\(([^)]*)\)\s*(.*)$/u.exec(rest);
      if (legend) {
        noteLegend(legend[1] ?? '', lines, line, findings, result);
        if ((legend[2] ?? '').length > 0) pending = { text: legend[2] ?? '', line };
      } else if (rest.length > 0) pending = { text: rest, line };
      continue;
    }
    if (result.style === 'table' && line.cells.length >= 2) {
      flush();
      marks.mark(line.n, 'attendance');
      readTableRow(line, columns, knownOrganisations, organisationOf, add);
      continue;
    }
    marks.mark(line.n, 'attendance');
    pending =
      pending === null
        ? { text: line.text, line }
        : { text: joinLine(pending.text, line.text), line: pending.line };
  }
  flush();
  return result;
}

function noteLegend(
  legend: string,
  lines: readonly SourceLine[],
  line: SourceLine,
  findings: ImportFinding[],
  result: ParsedAttendance,
): void {
  const struckShown = lines.some((other) => other.raw.includes('~~'));
  if (/överstruk|struken|strykning/iu.test(legend) && !struckShown) {
    findings.push(
      finding(
        'strikethrough_not_readable',
        'warning',
        line.text,
        'Närvarolistan markerar frånvarande med överstrykning, som inte finns i filens text; alla i tabellen har lästs in som närvarande.',
        { line: line.n },
      ),
    );
  } else if (!/överstruk|struken|strykning/iu.test(legend)) {
    result.notes.push(`(${legend})`);
  }
}

function readTableRow(
  line: SourceLine,
  columns: Array<{ organisation: string | null } | undefined>,
  known: readonly string[],
  organisationOf: (text: string) => string,
  add: (raw: string, line: SourceLine, base: Partial<AttendanceInput>) => void,
): void {
  for (let k = 0; k * 2 < line.cells.length; k += 1) {
    const a = line.cells[k * 2] ?? '';
    const b = line.cells[k * 2 + 1] ?? '';
    if (a.length === 0 && b.length === 0) continue;
    const column = columns[k];
    if (b.length === 0) {
      // A single word that is not one of the body's organisations is a category ("Kommun"):
      // the cell beside each name then holds the organisation.
      const known1 = matchOrganisation(a, known) !== null;
      const category = !known1 && words(a).length === 1 && !/^vakan/iu.test(a);
      const organisationLike = known1 || isOrganisationText(a, known) || a.includes(' / ');
      if (category) columns[k] = { organisation: null };
      else if (organisationLike) columns[k] = { organisation: organisationOf(a) };
      else if (column?.organisation) add(a, line, { organisation: column.organisation });
      else for (const name of a.split(/\s*,\s*/u)) add(name, line, {});
      continue;
    }
    if (column?.organisation) {
      add(a, line, { organisation: column.organisation, title: b });
      continue;
    }
    const organisation =
      column === undefined && matchOrganisation(b, known) === null && !isOrganisationText(b, known)
        ? null
        : organisationOf(b);
    for (const name of a.split(/\s*,\s*/u)) {
      if (organisation === null) add(name, line, { title: b });
      else add(name, line, { organisation });
    }
  }
}
