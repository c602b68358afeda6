import { describe, expect, it } from 'vitest';
import { useRegisterWorld } from '../testing/registerWorld.ts';

const registerWorld = useRegisterWorld();

/** Two circulated meetings in two years with decisions, and the test world's meeting in preparation. */
async function setup() {
  const started = await registerWorld();
  const { world, writeItem } = started;
  const winter = await started.circulatedMeeting('2026-02-12');
  const spring = await started.circulatedMeeting('2027-03-11');
  const sip = await writeItem(winter, {
    title: 'Rutin för SIP',
    decision: [
      { type: 'approve', text: 'godkänna rutinen' },
      {
        type: 'forward',
        target: 'Välfärdsrådet',
        text: 'rutinen skickas vidare för Välfärdsrådets ställningstagande',
      },
    ],
  });
  await writeItem(spring, {
    title: '=SUMMA(1;2) "citat"',
    decision: [{ type: 'other', text: 'pröva en rubrik som liknar en formel' }],
  });
  await writeItem(world.meetingId, {
    title: 'Ännu inte beslutat',
    decision: [{ type: 'approve', text: 'godkänna något i förberedelse' }],
  });
  await started.indexNow();
  return { ...started, winter, spring, sip };
}

describe('the decision register', () => {
  it('lists every clause of circulated and approved minutes with type, text, target, date and item, newest first', async () => {
    const { world, secretary, winter, sip } = await setup();
    const register = await secretary.get(`/api/bodies/${world.bodyId}/decisions`);
    expect(register.status).toBe(200);
    const decisions = register.json.decisions as Array<Record<string, unknown>>;
    expect(decisions.map((d) => d.meetingDate)).toEqual(
      [...decisions.map((d) => d.meetingDate as string)].sort().reverse(),
    );
    expect(decisions.some((d) => d.text === 'godkänna något i förberedelse')).toBe(false);
    const winterClauses = decisions.filter((d) => d.meetingId === winter && d.itemId === sip);
    expect(winterClauses).toEqual([
      {
        meetingId: winter,
        meetingDate: '2026-02-12',
        meetingTitle: 'Nätverksmöte',
        phase: 'circulated',
        itemId: sip,
        itemNumber: expect.any(String),
        itemTitle: 'Rutin för SIP',
        type: 'approve',
        text: 'godkänna rutinen',
      },
      expect.objectContaining({
        type: 'forward',
        target: 'Välfärdsrådet',
        text: 'rutinen skickas vidare för Välfärdsrådets ställningstagande',
      }),
    ]);
  });

  it('filters by year, clause type and target body', async () => {
    const { world, secretary } = await setup();
    const path = `/api/bodies/${world.bodyId}/decisions`;
    const year = await secretary.get(`${path}?year=2027`);
    expect(year.json.decisions.length).toBeGreaterThan(0);
    expect(
      year.json.decisions.every((d: { meetingDate: string }) => d.meetingDate.startsWith('2027')),
    ).toBe(true);
    const forwards = await secretary.get(`${path}?type=forward`);
    expect(forwards.json.decisions.map((d: { target: string }) => d.target)).toEqual([
      'Välfärdsrådet',
    ]);
    const target = await secretary.get(`${path}?target=${encodeURIComponent('Välfärdsrådet')}`);
    expect(target.json.decisions).toEqual(forwards.json.decisions);
    const none = await secretary.get(`${path}?year=2026&type=other`);
    expect(none.json.decisions).toEqual([]);
    for (const bad of ['?year=tjugo', '?type=veto', '?year=99999']) {
      const refused = await secretary.get(`${path}${bad}`);
      expect(refused.status, bad).toBe(400);
      expect(refused.json.error.id).toBe('invalid_request');
    }
  });

  it('exports the filtered register as CSV with semicolons, a BOM, links, and no formula cells', async () => {
    const { server, world, secretary, spring } = await setup();
    const csv = await secretary.get(
      `/api/bodies/${world.bodyId}/decisions.csv?year=2027&type=other`,
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain('beslutsregister.csv');
    const bytes = await secretary.bytes(`/api/bodies/${world.bodyId}/decisions.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // fetch's text() drops the BOM.
    const lines = (csv.json as string).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Datum;Möte;Punkt;Rubrik;Typ;Beslut;Mottagare;Länk');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('2027-03-11;Nätverksmöte;');
    // A title that looks like a formula is written as text, quoted for its ";" and quotes.
    expect(lines[1]).toContain(`;"'=SUMMA(1;2) ""citat""";Övrigt;att pröva en rubrik`);
    expect(lines[1]).not.toMatch(/;"?=/);
    expect(lines[1]).toContain(`${server.url}/#/meetings/${spring}/`);
  });

  it('is "not found" to anyone who may not read the body, however they ask', async () => {
    const { world, as, anonymous } = await setup();
    const outsider = await as('outsider');
    const presenter = await as('presenter1');
    for (const path of [
      `/api/bodies/${world.bodyId}/decisions`,
      `/api/bodies/${world.bodyId}/decisions?type=forward`,
      `/api/bodies/${world.bodyId}/decisions.csv`,
      '/api/bodies/no-such-body/decisions',
    ]) {
      for (const [who, client] of [
        ['outsider', outsider],
        ['presenter', presenter],
      ] as const) {
        const refused = await client.get(path);
        expect(refused.status, `${who} ${path}`).toBe(404);
        expect(refused.json.error.id).toBe('body_not_found');
      }
      expect((await anonymous.get(path)).status).toBe(401);
    }
  });
});
