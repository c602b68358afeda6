import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideUpdateRoots } from './decideUpdateRoots.ts';
import type { GateDecision } from './gateDecision.ts';
import { playScenario } from './gateScenario.test-support.ts';
import { rootsChangedByApplying } from './rootsChangedByApplying.test-support.ts';
import { scenarioArb } from './editScenarios.test-support.ts';

const target = Number(process.env.FUZZ_RUNS ?? 10_000);
const sorted = (roots: Set<string>) => [...roots].sort();
const sortedIds = (clients: Set<number>) => [...clients].sort((a, b) => a - b);

describe('decideUpdateRoots against clone-and-apply', () => {
  it(
    'names exactly the roots applying would change and the clients it writes under, and says missing exactly when applying would leave pending state',
    () => {
      let checked = 0;
      const outcomes = { applied: 0, pending: 0, threw: 0 };
      const check = (server: Parameters<typeof decideUpdateRoots>[0], update: Uint8Array) => {
        const gate: GateDecision = decideUpdateRoots(server, update);
        const oracle = rootsChangedByApplying(server, update);
        checked++;
        outcomes[oracle.outcome]++;
        if (oracle.outcome === 'threw') expect(gate.kind).toBe('malformed');
        else if (oracle.outcome === 'pending') expect(gate).toEqual({ kind: 'missing' });
        else {
          expect(gate.kind === 'roots' ? sorted(gate.roots) : gate).toEqual(sorted(oracle.roots));
          // Client-id ownership is decided on this set: it must be exactly whose state advances.
          if (gate.kind === 'roots')
            expect(sortedIds(gate.writtenClients)).toEqual(sortedIds(oracle.clients));
        }
        return gate;
      };
      const property = fc.property(scenarioArb, (scenario) => {
        playScenario(scenario, check);
      });
      while (checked < target) fc.assert(property, { numRuns: 50 });
      console.info(
        `gate property: ${checked} updates checked against clone-and-apply ` +
          `(${outcomes.applied} applied, ${outcomes.pending} pending, ${outcomes.threw} threw)`,
      );
      expect(checked).toBeGreaterThanOrEqual(target);
    },
    Math.max(120_000, target * 20),
  );
});
