import { describe, expect, it } from 'vitest';
import { BENCH_POSTGRES_URL_ENV, parseBenchArgs, UsageError } from './parseBenchArgs.ts';

function parse(args: string[]) {
  const options = parseBenchArgs(args);
  if (options === 'help') throw new Error('unexpected help');
  return options;
}

describe('parseBenchArgs', () => {
  it('runs every scenario on every server three times with the sizes of the issue by default', () => {
    const options = parse([]);
    expect(options.scenarios).toEqual([
      'meeting',
      'rooms',
      'crowd',
      'bigdoc',
      'gate',
      'pdf',
      'import',
      'archive',
    ]);
    expect(options.servers).toEqual(['anteckna', 'y-websocket', 'hocuspocus']);
    expect(options.repetitions).toBe(3);
    expect(options.params.meeting).toMatchObject({
      clientsPerRoom: 30,
      editsPerSecond: 5,
      cursorMovesPerSecond: 2,
      durationS: 30,
      warmupS: 3,
    });
    expect(options.params.rooms).toMatchObject({
      rooms: 200,
      clientsPerRoom: 5,
      writersPerRoom: 1,
    });
    expect(options.params.crowd).toMatchObject({ clientsPerRoom: 200, writersPerRoom: 20 });
    expect(options.params.bigdoc).toEqual({ sections: 40, updates: 100_000 });
    expect(options.params.pdf).toMatchObject({ items: 40, words: 80_000 });
    expect(options.params.archive).toMatchObject({ bodies: 10, years: 10, meetingsPerYear: 11 });
  });

  it('takes the archive case and its sizes', () => {
    const options = parse([
      'archive',
      '--archive.bodies=2',
      '--archive.years=1',
      '--archive.requests=50',
    ]);
    expect(options.scenarios).toEqual(['archive']);
    expect(options.params.archive).toEqual({
      bodies: 2,
      years: 1,
      meetingsPerYear: 11,
      requests: 50,
    });
  });

  it('takes --repetitions for --reps, and sizes of the gate and PDF cases', () => {
    const options = parse([
      'gate',
      'pdf',
      '--repetitions=2',
      '--pdf.renders=7',
      '--gate.measured=50',
    ]);
    expect(options.scenarios).toEqual(['gate', 'pdf']);
    expect(options.repetitions).toBe(2);
    expect(options.params.pdf.renders).toBe(7);
    expect(options.params.gate.measured).toBe(50);
  });

  it('takes scenarios, servers, repetitions, a duration and one scenario size from the command line', () => {
    const options = parse([
      'crowd',
      'bigdoc',
      '--servers=anteckna,hocuspocus',
      '--reps=2',
      '--duration=10',
      '--crowd.clientsPerRoom=50',
      '--bigdoc.updates=5000',
      '--json',
    ]);
    expect(options.scenarios).toEqual(['crowd', 'bigdoc']);
    expect(options.servers).toEqual(['anteckna', 'hocuspocus']);
    expect(options.repetitions).toBe(2);
    expect(options.params.meeting.durationS).toBe(10);
    expect(options.params.crowd.clientsPerRoom).toBe(50);
    expect(options.params.bigdoc.updates).toBe(5000);
    expect(options.json).toBe(true);
  });

  it("runs Anteckna on its data dir's SQLite file unless told otherwise", () => {
    expect(parse(['meeting']).antecknaDatabase).toEqual({ engine: 'sqlite' });
    expect(parse(['meeting', '--database=sqlite']).antecknaDatabase).toEqual({ engine: 'sqlite' });
  });

  it('takes --database=postgres with the server named by ANTECKNA_BENCH_POSTGRES_URL, with --processes', () => {
    const serverUrl = 'postgres://bench:secret@127.0.0.1:5432/postgres';
    const options = parseBenchArgs(
      ['meeting', '--servers=anteckna', '--database=postgres', '--processes=2'],
      { [BENCH_POSTGRES_URL_ENV]: serverUrl },
    );
    if (options === 'help') throw new Error('unexpected help');
    expect(options.antecknaDatabase).toEqual({ engine: 'postgres', serverUrl });
    expect(options.antecknaProcesses).toBe(2);
  });

  it('refuses --database=postgres without ANTECKNA_BENCH_POSTGRES_URL, naming the variable', () => {
    expect(() =>
      parseBenchArgs(['meeting', '--servers=anteckna', '--database=postgres'], {}),
    ).toThrow(/ANTECKNA_BENCH_POSTGRES_URL.*unset/);
    expect(() =>
      parseBenchArgs(['meeting', '--servers=anteckna', '--database=postgres'], {
        [BENCH_POSTGRES_URL_ENV]: '127.0.0.1:5432',
      }),
    ).toThrow(UsageError);
  });

  it.each([
    [['meeting', 'pdf', '--servers=anteckna']],
    [['meeting', '--servers=y-websocket']],
    [['meeting', '--servers=anteckna', '--database=mysql']],
  ])('refuses %j with --database=postgres or an unknown database', (args) => {
    const env = { [BENCH_POSTGRES_URL_ENV]: 'postgres://127.0.0.1/postgres' };
    const withPostgres = args.some((a) => a.startsWith('--database'))
      ? args
      : [...args, '--database=postgres'];
    expect(() => parseBenchArgs(withPostgres, env)).toThrow(UsageError);
  });

  it('makes --quick brief and single', () => {
    const options = parse(['--quick']);
    expect(options.repetitions).toBe(1);
    expect(options.params.meeting.durationS).toBeLessThan(5);
    expect(options.params.bigdoc.updates).toBeLessThan(10_000);
  });

  it.each([
    [['nonsense']],
    [['--servers=etherpad']],
    [['--reps=0']],
    [['--meeting.colour=3']],
    [['--crowd.writersPerRoom=500']],
    [['--rooms.warmupS=40']],
    [['--pdf.renders=0']],
  ])('refuses %j with a usage error', (args) => {
    expect(() => parseBenchArgs(args)).toThrow(UsageError);
  });
});
