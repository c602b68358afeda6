/** GET /api/meetings/:id/check (apps/server checkRoutes): the server's mistake check. */
import { checkEndpoint, CheckRefusedSchema } from '@anteckna/contract';
import type { Finding } from '@anteckna/doc-schema';
import { ApiError, callApi } from '../../app/api.ts';

export function fetchFindings(meetingId: string, signal?: AbortSignal): Promise<Finding[]> {
  return callApi(checkEndpoint, {
    params: { id: meetingId },
    ...(signal === undefined ? {} : { signal }),
  }).then((answer) => answer.findings);
}

/** The findings of a move the check refused (409 `check_failed` / `check_warnings_unacknowledged`). */
export function refusedFindings(error: unknown): Finding[] | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const refused = CheckRefusedSchema.safeParse(error.body);
  return refused.success ? refused.data.findings : null;
}

/** The rule ids of the warnings, once each: what "circulate anyway" acknowledges. */
export function warningRules(findings: readonly Finding[]): string[] {
  return [
    ...new Set(findings.filter((f) => f.severity === 'warning').map((finding) => finding.rule)),
  ];
}
