import type { ApprovalDecision, ApprovalRequest } from '@anteckna/contract';

/**
 * What the form sends, or null when "med tillägg" has no addendum. The addendum is written as it
 * will follow "med tillägget att", so a leading "att" the secretary typed out of habit goes.
 */
export function approvalRequest(
  decision: ApprovalDecision,
  addendumText: string,
): ApprovalRequest | null {
  if (decision !== 'approve_with_addendum') return { decision };
  const addendum = addendumText
    .trim()
    .replace(/^att(\s+|$)/i, '')
    .trim();
  return addendum ? { decision, addendum } : null;
}
