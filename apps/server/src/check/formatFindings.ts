/** The findings as lines of text for `npm run check`: severity, rule, item, message. */
import type { CheckLanguage, Finding } from '@anteckna/doc-schema';

const WORDS = {
  sv: { error: 'fel', warning: 'varning', none: 'Inga fel hittades.', meeting: 'mötet' },
  en: { error: 'error', warning: 'warning', none: 'No mistakes found.', meeting: 'meeting' },
} as const;

export function formatFindings(findings: readonly Finding[], language: CheckLanguage): string {
  const words = WORDS[language];
  if (findings.length === 0) return words.none;
  return findings
    .map(
      (finding) =>
        `${words[finding.severity]}\t${finding.rule}\t${finding.itemId ?? words.meeting}\t${finding.message}`,
    )
    .join('\n');
}
