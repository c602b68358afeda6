/** "Circulate anyway": the warnings acknowledged with each circulated version of a meeting. */
import { eq } from 'drizzle-orm';
import type { Finding } from '@anteckna/doc-schema';
import type { Db } from '../db/openDatabase.ts';
import { checkAcknowledgements } from '../db/schema.ts';

/** The acknowledged warnings by the id of the version that was sent. */
export async function acknowledgedWarningsBySnapshot(
  db: Db,
  meetingId: string,
): Promise<Map<string, Finding[]>> {
  const rows = await db
    .select({
      snapshotId: checkAcknowledgements.snapshotId,
      findings: checkAcknowledgements.findings,
    })
    .from(checkAcknowledgements)
    .where(eq(checkAcknowledgements.meetingId, meetingId));
  return new Map(rows.map((row) => [row.snapshotId, row.findings as Finding[]]));
}
