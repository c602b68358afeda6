import { nowMs } from '../edits/editToken.ts';
import type { TypingResult } from '../load/generatorMessages.ts';
import { withDeadline } from '../run/benchError.ts';
import { LatencyHistogram } from '../stats/latencyHistogram.ts';
import { clientSpecs, planClients } from './clientPlan.ts';
import { awaitConvergence, awaitStored, checkLateJoiners } from './convergence.ts';
import type { GeneratorFigures, LatencyFigures, LiveFigures } from './figures.ts';
import type { RunContext } from './runContext.ts';
import type { LiveParams } from './scenarioParams.ts';
import { megabytes, sampleServerWindow } from './serverUseSampler.ts';

/** Time for the start signal to reach every generator before the first edit is due. */
const START_DELAY_MS = 300;
/** A generator is saturated when it typed less than this share of what it was asked… */
const SATURATED_BELOW_RATIO = 0.9;
/** …or when its event loop ran this late at the 99th percentile. */
const SATURATED_LAG_P99_MS = 50;

/** One live scenario on one running server: connect, type, measure, converge, check. */
export async function runLiveScenario(ctx: RunContext, params: LiveParams): Promise<LiveFigures> {
  const clientCount = params.rooms * params.clientsPerRoom;
  const { generators, probe } = ctx;
  if (!probe) throw new Error("a live scenario needs the probes' process");
  const all = [...generators, probe];
  const plan = planClients(params, generators.length, ctx.probes);
  const rooms = await withDeadline(
    ctx.adapter.prepareRooms(ctx.server, params.rooms, plan.slots),
    300_000,
    'room setup',
  );
  ctx.step(`${rooms.rooms.length} room(s) ready`);
  const connectTimeoutMs = 60_000 + clientCount * 60;
  await Promise.all([
    ...generators.map((g, i) =>
      g.request(
        {
          kind: 'connect',
          clients: clientSpecs(plan.perGenerator[i]!, rooms),
          timeoutMs: connectTimeoutMs,
        },
        connectTimeoutMs + 5_000,
      ),
    ),
    probe.request(
      { kind: 'connect', clients: clientSpecs(plan.probes, rooms), timeoutMs: connectTimeoutMs },
      connectTimeoutMs + 5_000,
    ),
  ]);

  ctx.step(`${clientCount + ctx.probes} clients synced`);
  const startAtMs = nowMs() + START_DELAY_MS;
  const window = {
    startAtMs,
    measureFromMs: startAtMs + params.warmupS * 1000,
    stopAtMs: startAtMs + params.durationS * 1000,
  };
  const typingPlan = {
    editsPerSecond: params.editsPerSecond,
    cursorMovesPerSecond: params.cursorMovesPerSecond,
  };
  const typingBound = window.stopAtMs - nowMs() + 60_000;
  const [use, ...typing] = await Promise.all([
    sampleServerWindow(ctx, window.measureFromMs, window.stopAtMs),
    ...all.map((g) => g.request({ kind: 'type', plan: typingPlan, ...window }, typingBound)),
  ]);

  ctx.step('typing done');
  const agreed = await awaitConvergence(all, 30_000 + clientCount * 20);
  const sentByRoom = sentPerRoom(typing, plan.roomOfWriter);
  const late = await checkLateJoiners(rooms, plan.lateJoiners, agreed, sentByRoom, 30_000);
  const stored = await awaitStored(ctx, late.received, 30_000);
  ctx.step(stored ? 'stored state checked' : 'stored state still short');
  const reports = await Promise.all(all.map((g) => g.request({ kind: 'report' }, 30_000)));

  const allLatency = new LatencyHistogram();
  for (const report of reports) allLatency.merge(report.latency);
  const editsInWindow = sum(typing.map((t) => t.editsInWindow));
  const targetRate = sum(typing.map((t) => t.targetRate));
  const generatorFigures = typing.map((t, i) =>
    generatorFiguresOf(
      all[i]!.label,
      t,
      i < generators.length ? plan.perGenerator[i]!.length : plan.probes.length,
    ),
  );
  return {
    kind: 'live',
    clients: clientCount,
    writers: plan.roomOfWriter.size,
    rooms: params.rooms,
    latency: latencyFigures(allLatency),
    probeLatency: latencyFigures(LatencyHistogram.from(reports.at(-1)!.latency)),
    targetRate,
    achievedRate: editsInWindow / ((window.stopAtMs - window.measureFromMs) / 1000),
    editsSent: sum(typing.flatMap((t) => t.sent.map(([, n]) => n))),
    lostEdits: late.lostEdits,
    converged: agreed !== null,
    lateJoinerMatches: late.matches,
    storedMatches: stored,
    server: {
      cpuCores: use.cpuSeconds / use.wallSeconds,
      peakRssMb: megabytes(use.last.peakRssBytes),
    },
    cpuMsPerEdit: editsInWindow > 0 ? (use.cpuSeconds * 1000) / editsInWindow : 0,
    databaseCpuMsPerEdit:
      use.databaseCpuSeconds !== null && editsInWindow > 0
        ? (use.databaseCpuSeconds * 1000) / editsInWindow
        : null,
    gateShare:
      use.gateMs !== null && use.cpuSeconds > 0 ? use.gateMs / (use.cpuSeconds * 1000) : null,
    generators: generatorFigures,
    saturated: generatorFigures.some((g) => g.saturated),
    closeCodes: reports.flatMap((r) => r.closeCodes),
  };
}

function sentPerRoom(
  typing: TypingResult[],
  roomOfWriter: Map<number, number>,
): Map<number, Map<number, number>> {
  const byRoom = new Map<number, Map<number, number>>();
  for (const [writer, count] of typing.flatMap((t) => t.sent)) {
    const room = roomOfWriter.get(writer) ?? -1;
    const writers = byRoom.get(room) ?? new Map<number, number>();
    byRoom.set(room, writers.set(writer, count));
  }
  return byRoom;
}

function generatorFiguresOf(
  label: string,
  typing: TypingResult,
  clients: number,
): GeneratorFigures {
  const expected = (typing.targetRate * typing.windowMs) / 1000;
  const achievedRatio = expected > 0 ? typing.editsInWindow / expected : 1;
  return {
    label,
    clients,
    loopLag: typing.loopLag,
    achievedRatio,
    saturated: achievedRatio < SATURATED_BELOW_RATIO || typing.loopLag.p99Ms > SATURATED_LAG_P99_MS,
  };
}

function latencyFigures(histogram: LatencyHistogram): LatencyFigures {
  return {
    p50Ms: histogram.quantile(0.5),
    p99Ms: histogram.quantile(0.99),
    maxMs: histogram.count > 0 ? histogram.maxMs : null,
    samples: histogram.count,
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
