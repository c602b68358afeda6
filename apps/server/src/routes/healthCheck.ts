import type { AppDeps } from '../appDeps.ts';
import { pingDatabase } from '../db/openDatabase.ts';
import { isDatabaseUnreachable } from '../errors/databaseUnreachable.ts';

/**
 * The answer of `/api/health` (readiness). Without zod: app.ts answers it before the API is built,
 * and healthRoutes.ts documents it in the OpenAPI document with the contract's schemas.
 */
export async function checkHealth(deps: AppDeps) {
  // A database that does not answer: not ready. The write path learns it on its next commit
  // and refuses writes until a probe gets through (db/storageHealth.ts).
  const since = new Date().toISOString();
  const answered = await pingDatabase(deps.db).then(
    () => true,
    (error: unknown) => {
      if (isDatabaseUnreachable(error)) return false;
      throw error;
    },
  );
  if (!answered) {
    return {
      status: 503 as const,
      body: { ok: false as const, reason: 'database_unavailable' as const, since, version: '1' },
    };
  }
  const storage = deps.collab.storageStatus();
  if (!storage.ok) return { status: 503 as const, body: { ...storage, version: '1' } };
  const cluster = deps.cluster?.status() ?? { ok: true };
  if (!cluster.ok) return { status: 503 as const, body: { ...cluster, version: '1' } };
  return { status: 200 as const, body: { ok: true as const, version: '1' } };
}
