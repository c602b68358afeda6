/**
 * The findings of one import: the import's own (lines it did not recognise, labels it had to
 * guess …) and the mistake check of @anteckna/doc-schema run on what was written, in one list
 * and one shape, the check's findings quoting the text as written.
 */
import type * as Y from 'yjs';
import { checkMinutes, readMinutes, type Finding } from '@anteckna/doc-schema';
import type { ImportFinding } from './importFinding.ts';

export function checkImportedMinutes(
  doc: Y.Doc,
  importFindings: readonly ImportFinding[],
): ImportFinding[] {
  const checked = checkMinutes(readMinutes(doc)).map(fromCheck);
  return [...importFindings, ...checked];
}

/** The check's finding in the import's shape: the same fields, the item only when there is one. */
function fromCheck(finding: Finding): ImportFinding {
  return {
    rule: finding.rule,
    severity: finding.severity,
    text: finding.text,
    message: finding.message,
    ...(finding.itemId === null ? {} : { itemId: finding.itemId }),
  };
}
