import { readAgendaFields } from '../client/agendaFields.ts';
import { contentDigest, countLostEdits, editsPresent } from '../edits/docDigest.ts';
import { nowMs } from '../edits/editToken.ts';
import type { GeneratorHandle } from '../load/generatorHandle.ts';
import { BenchError, pollUntil, withDeadline } from '../run/benchError.ts';
import type { ClientSlot } from '../servers/serverAdapter.ts';
import type { BigdocFigures } from './figures.ts';
import { clientUntilFullContent } from './fullContentClient.ts';
import type { RunContext } from './runContext.ts';
import type { BigdocParams } from './scenarioParams.ts';
import { megabytes } from './serverUseSampler.ts';

const WRITER = 1;
/** While waiting for durability, ask the writer every second or so whether it was refused. */
const REFUSAL_CHECK_EVERY = 20;

/**
 * Every step has a bound of its own that grows with the burst, well inside the run's bound, so
 * that a step that never finishes is reported as itself rather than as "the run took too long".
 */
export function bigdocStepBoundsMs(updates: number): { burst: number; content: number } {
  return { burst: 30_000 + updates * 2, content: 20_000 + updates * 0.3 };
}

/**
 * The big document: one client bursts `updates` small updates into `sections` paragraphs; the
 * burst counts as absorbed when the server's own storage holds all of it. Then a fresh client
 * syncs it, and the server is killed (as a crash would) and started again on the same data.
 */
export async function runBigdocScenario(
  ctx: RunContext,
  params: BigdocParams,
): Promise<BigdocFigures> {
  const writer = ctx.generators[0];
  if (!writer) throw new Error('the big document needs its burst writer process');
  const bounds = bigdocStepBoundsMs(params.updates);
  const writerSlot: ClientSlot = {
    id: 0,
    room: 0,
    role: 'writer',
    fieldIndex: 0,
    everyField: true,
  };
  const readerSlot: ClientSlot = { id: 1, room: 0, role: 'reader', fieldIndex: 0 };
  const rooms = await withDeadline(
    ctx.adapter.prepareRooms(ctx.server, 1, [writerSlot, readerSlot]),
    60_000,
    'room setup',
  );
  ctx.step('room ready');
  const target = rooms.target(writerSlot);
  await writer.request(
    {
      kind: 'connect',
      clients: [{ target, role: 'burster', writer: WRITER, fieldIndex: 0 }],
      timeoutMs: 30_000,
    },
    35_000,
  );
  ctx.step('writer synced');
  const before = ctx.server.stats();
  const burst = await writer.request({ kind: 'burst', ...params }, bounds.burst);
  ctx.step(`${params.updates} updates sent`);
  const want = new Map(burst.stateVector);
  let polls = 0;
  const durableAtMs = await pollUntil(
    async () => {
      if (++polls % REFUSAL_CHECK_EVERY === 0) await failIfRefused(writer);
      const query = {
        server: ctx.server,
        dataDir: ctx.dataDir,
        room: rooms.rooms[0]!,
        stateVector: want,
      };
      return (await ctx.adapter.isDurable(query)) ? nowMs() : null;
    },
    'the burst becoming durable',
    bounds.burst,
    50,
  );
  ctx.step('burst durable');
  const after = ctx.server.stats();
  if (!before || !after) throw new BenchError('the server process was gone during the burst');

  const syncStartedAtMs = nowMs();
  const fresh = clientUntilFullContent(target, want, bounds.content, 'a fresh client');
  const syncedAtMs = await fresh.heldAt.finally(() => fresh.client.destroy());

  ctx.step('fresh client synced');
  await writer.close();
  await ctx.server.crash();
  const restarted = await ctx.restart();
  ctx.step('server killed and started again');
  const late = clientUntilFullContent(
    rooms.target(readerSlot),
    want,
    bounds.content,
    'the first client after the restart',
  );
  const heldAtMs = await late.heldAt.catch((error: unknown) => {
    late.client.destroy();
    throw error;
  });
  const doc = late.client.doc;
  const restartMatches = contentDigest(doc, readAgendaFields(doc)) === burst.digest;
  const lostEdits = countLostEdits(new Map([[WRITER, params.updates]]), editsPresent(doc));
  late.client.destroy();

  return {
    kind: 'bigdoc',
    sections: params.sections,
    updates: params.updates,
    stateBytes: burst.stateBytes,
    absorbMs: durableAtMs - burst.firstSentAtMs,
    sendMs: burst.flushedAtMs - burst.firstSentAtMs,
    fullSyncMs: syncedAtMs - syncStartedAtMs,
    restartMs: heldAtMs - restarted.spawnedAtMs,
    restartLoadMs: heldAtMs - restarted.readyAtMs,
    lostEdits,
    restartMatches,
    server: {
      cpuCores:
        (after.cpuSeconds - before.cpuSeconds) / ((durableAtMs - burst.firstSentAtMs) / 1000),
      absorbCpuSeconds: after.cpuSeconds - before.cpuSeconds,
      peakRssMb: megabytes(after.peakRssBytes),
    },
  };
}

async function failIfRefused(writer: GeneratorHandle): Promise<void> {
  const { closeCodes } = await writer.request({ kind: 'report' }, 30_000);
  const refusal = closeCodes.find((code) => code >= 4400 && code <= 4499);
  if (refusal !== undefined)
    throw new BenchError(
      `the server closed the burst writer's connection for good (close code ${refusal})`,
    );
}
