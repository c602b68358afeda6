import { readAgendaFields } from '../client/agendaFields.ts';
import { createBenchClient, type BenchClient } from '../client/benchClient.ts';
import { contentDigest } from '../edits/docDigest.ts';
import { nowMs } from '../edits/editToken.ts';
import { LatencyRecorder } from '../edits/latencyRecorder.ts';
import { Typist } from '../edits/typist.ts';
import { pollUntil, withDeadline } from '../run/benchError.ts';
import { LatencyHistogram } from '../stats/latencyHistogram.ts';
import { LoopLagMonitor } from '../stats/loopLagMonitor.ts';
import type {
  ClientDigest,
  ClientSpec,
  GeneratorReport,
  GeneratorRequest,
  TypingResult,
} from './generatorMessages.ts';
import { runBurst } from './burstWriter.ts';
import { runTypingLoop } from './typingLoop.ts';

interface RunningClient {
  spec: ClientSpec;
  client: BenchClient;
  recorder: LatencyRecorder;
  typist: Typist | null;
}

/** The clients of one load-generator process and what they do on the harness's requests. */
export class LoadGenerator {
  private clients: RunningClient[] = [];
  private readonly lag = new LoopLagMonitor();

  async handle(request: GeneratorRequest): Promise<unknown> {
    switch (request.kind) {
      case 'connect':
        return this.connect(request.clients, request.timeoutMs);
      case 'type':
        return this.type(request);
      case 'digests':
        return this.digests();
      case 'report':
        return this.report();
      case 'burst':
        return runBurst(this.requireSingleWriter(), request.sections, request.updates);
      case 'close':
        for (const { client } of this.clients) client.destroy();
        this.clients = [];
        return {};
    }
  }

  private async connect(specs: ClientSpec[], timeoutMs: number): Promise<{ connectedMs: number }> {
    const started = nowMs();
    const added = specs.map((spec) => {
      const client = createBenchClient(spec.target);
      return {
        spec,
        client,
        recorder: new LatencyRecorder(client.doc),
        typist: null as Typist | null,
      };
    });
    this.clients.push(...added);
    const refusal = Promise.race(added.map(({ client }) => client.refused)).then((code) => {
      throw new Error(`the server refused a client for good (close code ${code})`);
    });
    // A refusal after the connect step is reported with the close codes, not as a crash.
    refusal.catch(() => {});
    await withDeadline(
      Promise.race([Promise.all(added.map(({ client }) => client.synced)), refusal]),
      timeoutMs,
      `sync of ${added.length} clients`,
    );
    for (const running of added) {
      if (running.spec.writer === null || running.spec.role !== 'typist') continue;
      const fields = await pollUntil(
        () => nonEmpty(readAgendaFields(running.client.doc)),
        'an agenda in the synced document',
        timeoutMs,
      );
      const field = fields[running.spec.fieldIndex % fields.length]!;
      running.typist = new Typist(running.client, running.spec.writer, field);
      running.typist.begin();
    }
    return { connectedMs: nowMs() - started };
  }

  private async type(request: Extract<GeneratorRequest, { kind: 'type' }>): Promise<TypingResult> {
    for (const { recorder } of this.clients) recorder.measureFrom(request.measureFromMs);
    const typists = this.clients.flatMap(({ typist }) => (typist ? [typist] : []));
    const lagStart = setTimeout(
      () => this.lag.start(),
      Math.max(0, request.measureFromMs - nowMs()),
    );
    const editsInWindow = await runTypingLoop(typists, request.plan, request);
    clearTimeout(lagStart);
    const loopLag = this.lag.stop();
    return {
      sent: typists.map((typist) => [typist.writer, typist.sent]),
      editsInWindow,
      windowMs: request.stopAtMs - request.measureFromMs,
      targetRate: typists.length * request.plan.editsPerSecond,
      loopLag,
    };
  }

  private digests(): ClientDigest[] {
    return this.clients.map(({ spec, client }) => ({
      room: spec.target.room,
      digest: contentDigest(client.doc, readAgendaFields(client.doc)),
    }));
  }

  private report(): GeneratorReport {
    const latency = new LatencyHistogram();
    let seen = 0;
    const closeCodes: number[] = [];
    for (const { recorder, client } of this.clients) {
      latency.merge(recorder.histogram.toData());
      seen += recorder.seen;
      closeCodes.push(...client.closeCodes);
    }
    return { latency: latency.toData(), seen, closeCodes };
  }

  private requireSingleWriter(): { client: BenchClient; writer: number } {
    const writers = this.clients.filter(
      ({ spec }) => spec.role === 'burster' && spec.writer !== null,
    );
    if (writers.length !== 1)
      throw new Error(`a burst needs exactly one burster, this generator has ${writers.length}`);
    return { client: writers[0]!.client, writer: writers[0]!.spec.writer! };
  }
}

function nonEmpty(fields: string[]): string[] | null {
  return fields.length > 0 ? fields : null;
}
