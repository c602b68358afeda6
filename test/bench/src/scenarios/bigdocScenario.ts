import { readAgendaFields } from '../client/agendaFields.ts';
import { contentDigest, countLostEdits, editsPresent } from '../edits/docDigest.ts';
import { nowMs } from '../edits/editToken.ts';
import { GeneratorHandle } from '../load/generatorHandle.ts';
import { BenchError, pollUntil, withDeadline } from '../run/benchError.ts';
import type { ClientSlot } from '../servers/serverAdapter.ts';
import type { BigdocFigures } from './figures.ts';
import { clientUntilFullContent } from './fullContentClient.ts';
import type { RunContext } from './runContext.ts';
import type { BigdocParams } from './scenarioParams.ts';
import { megabytes } from './serverUseSampler.ts';

const WRITER = 1;
const STEP_TIMEOUT_MS = 600_000;
const CONTENT_TIMEOUT_MS = 120_000;
/** While waiting for durability, ask the writer every second or so whether it was refused. */
const REFUSAL_CHECK_EVERY = 20;

/**
 * The big document: one client bursts `updates` small updates into `sections` paragraphs; the
 * burst counts as absorbed when the server's own storage holds all of it. Then a fresh client
 * syncs it, and the server is killed (as a crash would) and started again on the same data.
 */
export async function runBigdocScenario(
  ctx: RunContext,
  params: BigdocParams,
): Promise<BigdocFigures> {
  const writer = GeneratorHandle.spawn('burst writer');
  try {
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
    const target = rooms.target(writerSlot);
    await writer.request(
      {
        kind: 'connect',
        clients: [{ target, role: 'burster', writer: WRITER, fieldIndex: 0 }],
        timeoutMs: 30_000,
      },
      35_000,
    );
    const before = ctx.server.stats();
    const burst = await writer.request({ kind: 'burst', ...params }, STEP_TIMEOUT_MS);
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
      STEP_TIMEOUT_MS,
      50,
    );
    const after = ctx.server.stats();
    if (!before || !after) throw new BenchError('the server process was gone during the burst');

    const fresh = clientUntilFullContent(target, want, CONTENT_TIMEOUT_MS);
    const syncStartedAtMs = nowMs();
    const syncedAtMs = await fresh.heldAt;
    fresh.client.destroy();
    if (syncedAtMs === null)
      throw new BenchError('a fresh client did not get the full big document');

    await writer.close();
    await ctx.server.crash();
    const restarted = await ctx.restart();
    const late = clientUntilFullContent(rooms.target(readerSlot), want, CONTENT_TIMEOUT_MS);
    const heldAtMs = await late.heldAt;
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
      restartMs: heldAtMs === null ? null : heldAtMs - restarted.spawnedAtMs,
      lostEdits,
      restartMatches,
      server: {
        cpuCores:
          (after.cpuSeconds - before.cpuSeconds) / ((durableAtMs - burst.firstSentAtMs) / 1000),
        absorbCpuSeconds: after.cpuSeconds - before.cpuSeconds,
        peakRssMb: megabytes(after.peakRssBytes),
      },
    };
  } finally {
    await writer.close();
  }
}

async function failIfRefused(writer: GeneratorHandle): Promise<void> {
  const { closeCodes } = await writer.request({ kind: 'report' }, 30_000);
  const refusal = closeCodes.find((code) => code >= 4400 && code <= 4499);
  if (refusal !== undefined)
    throw new BenchError(
      `the server closed the burst writer's connection for good (close code ${refusal})`,
    );
}
