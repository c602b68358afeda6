/**
 * The check guards the lifecycle (CONTRACT "circulating and approving"): while an error stands
 * the move is refused with 409 `check_failed` and the findings; warnings must be acknowledged
 * by rule id where the move asks for it. Nothing is changed by a refusal.
 */
import { hasErrors, isCheckRuleId, type Finding } from '@anteckna/doc-schema';
import { appError } from '../errors/appError.ts';

/** Unknown rule ids are a bad request, whatever the findings: 400 `unknown_check_rule`. */
export function validAcknowledgements(acknowledged: readonly string[] = []): string[] {
  const unknown = acknowledged.filter((rule) => !isCheckRuleId(rule));
  if (unknown.length > 0) throw appError('unknown_check_rule', { details: { rules: unknown } });
  return [...new Set(acknowledged)];
}

/**
 * Throws when an error stands, or (with `warningsNeedAcknowledgement`) when a warning's rule is
 * not acknowledged. Returns the warnings that were acknowledged.
 */
export function requireCheckPassed(
  findings: readonly Finding[],
  acknowledged: readonly string[],
  options: { warningsNeedAcknowledgement: boolean },
): Finding[] {
  // The findings beside the error, as `GET …/check` has them (contract: CheckRefused).
  if (hasErrors(findings)) throw appError('check_failed', { extra: { findings } });
  const warnings = findings.filter((finding) => finding.severity === 'warning');
  if (
    options.warningsNeedAcknowledgement &&
    warnings.some((finding) => !acknowledged.includes(finding.rule))
  )
    throw appError('check_warnings_unacknowledged', { extra: { findings } });
  return warnings.filter((finding) => acknowledged.includes(finding.rule));
}
