import { describe, expect, it } from 'vitest';
import type { ScenarioName } from '../scenarios/scenarioParams.ts';
import type { ServerName } from '../servers/serverAdapter.ts';
import { evaluateGoals } from './goals.ts';
import { ratioTable } from './ratios.ts';
import type { SummaryRow } from './summarize.ts';

function row(
  scenario: ScenarioName,
  server: ServerName,
  values: Record<string, number>,
): SummaryRow {
  return {
    scenario,
    server,
    repetitions: 3,
    values,
    consistent: true,
    saturatedRuns: 0,
    closeCodes: [],
  };
}

const summary: SummaryRow[] = [
  row('meeting', 'anteckna', {
    probeP99: 10,
    p99: 12,
    rate: 150,
    cpuPerEdit: 0.1,
    gateShare: 2.5,
    rss: 90,
    lost: 0,
  }),
  row('meeting', 'y-websocket', {
    probeP99: 40,
    p99: 50,
    rate: 148,
    cpuPerEdit: 0.2,
    rss: 80,
    lost: 0,
  }),
  row('meeting', 'hocuspocus', {
    probeP99: 25,
    p99: 30,
    rate: 149,
    cpuPerEdit: 0.05,
    rss: 100,
    lost: 0,
  }),
  row('bigdoc', 'anteckna', { restart: 100, absorb: 500, lost: 0 }),
  row('bigdoc', 'y-websocket', { restart: 80, absorb: 900, lost: 0 }),
  row('bigdoc', 'hocuspocus', { restart: 1000, absorb: 4000, lost: 0 }),
];

describe('ratios and goals', () => {
  it('divides by the best peer: the lowest for times, the highest for rates', () => {
    const ratios = ratioTable(summary);
    const probe = ratios.find((r) => r.scenario === 'meeting' && r.metric === 'probeP99')!;
    expect(probe).toMatchObject({ bestPeer: 'hocuspocus', bestPeerValue: 25, ratio: 0.4 });
    const rate = ratios.find((r) => r.scenario === 'meeting' && r.metric === 'rate')!;
    expect(rate).toMatchObject({ bestPeer: 'hocuspocus', ratio: 150 / 149 });
  });

  it('judges each goal against its own yardstick, and says n/a where the results cannot tell', () => {
    const goals = evaluateGoals(summary, ratioTable(summary));
    const byGoal = Object.fromEntries(goals.map((g) => [g.goal, g]));
    expect(byGoal['meeting: probe p99']).toMatchObject({ value: 0.4, met: true });
    expect(byGoal['bigdoc: restart → full content']).toMatchObject({ value: 0.1, met: true });
    expect(byGoal['bigdoc: absorb the burst until durable']).toMatchObject({
      value: 0.125,
      met: false,
    });
    expect(byGoal['server CPU per edit (worst live scenario)']).toMatchObject({
      value: 2,
      met: false,
    });
    expect(byGoal['meeting: server CPU per edit']).toMatchObject({ value: 2, met: false });
    // Memory is judged against the leaner peer: y-websocket's 80 MB here, not Hocuspocus's 100.
    expect(byGoal['meeting: peak RSS']).toMatchObject({ value: 90 / 80, met: false });
    expect(byGoal['rooms: p99 (all clients)']).toMatchObject({ value: null, met: null });
    expect(byGoal['rooms: peak RSS']).toMatchObject({ value: null, met: null });
    expect(byGoal['lost edits (all scenarios)']).toMatchObject({ value: 0, met: true });
    expect(byGoal['meeting: write gate share of server CPU (%)']).toMatchObject({
      value: 2.5,
      met: true,
    });
  });

  it('leaves figures only Anteckna has out of the ratios', () => {
    expect(ratioTable(summary).some((r) => r.metric === 'gateShare')).toBe(false);
  });
});
