import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BenchError, withDeadline } from '../run/benchError.ts';
import { exitOf, isRunning, killProcess, own } from '../run/ownedProcesses.ts';
import type {
  GeneratorRequest,
  GeneratorResults,
  RequestEnvelope,
  ResponseEnvelope,
} from './generatorMessages.ts';

const mainScript = fileURLToPath(new URL('./loadGeneratorMain.ts', import.meta.url));
const OUTPUT_TAIL_CHARS = 2_000;

type Kind = GeneratorRequest['kind'];

/** The harness's side of one load-generator process. */
export class GeneratorHandle {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve(value: unknown): void; reject(error: Error): void }
  >();
  private tail = '';

  private constructor(
    readonly label: string,
    private readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer) =>
      (this.tail = (this.tail + chunk.toString()).slice(-OUTPUT_TAIL_CHARS));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('message', (response: ResponseEnvelope) => this.settle(response));
    // A send racing the process's death surfaces here; the exit handler rejects what is pending.
    child.on('error', () => {});
    child.once('exit', (code, signal) => {
      const error = new BenchError(`${label} exited (${code ?? signal}): ${this.tail.trim()}`);
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
    });
  }

  static spawn(label: string): GeneratorHandle {
    const child = own(
      fork(mainScript, [], {
        execArgv: ['--import', import.meta.resolve('tsx')],
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      }),
    );
    return new GeneratorHandle(label, child);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  request<K extends Kind>(
    request: Extract<GeneratorRequest, { kind: K }>,
    timeoutMs: number,
  ): Promise<GeneratorResults[K]> {
    if (!isRunning(this.child) || !this.child.connected) {
      return Promise.reject(new BenchError(`${this.label} is not running`));
    }
    const id = this.nextId++;
    const answer = new Promise<GeneratorResults[K]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      const envelope: RequestEnvelope = { id, request };
      this.child.send(envelope, (error) => {
        if (error)
          reject(
            new BenchError(`${this.label}: ${request.kind} could not be sent: ${error.message}`),
          );
      });
    });
    return withDeadline(answer, timeoutMs, `${this.label}: ${request.kind}`).finally(() =>
      this.pending.delete(id),
    );
  }

  /** Asks it to close its clients and exit; kills it if it does not within a few seconds. */
  async close(): Promise<void> {
    try {
      await this.request({ kind: 'close' }, 5_000);
      await withDeadline(exitOf(this.child), 5_000, `${this.label} exit`);
    } catch {
      await killProcess(this.child);
    }
  }

  private settle(response: ResponseEnvelope): void {
    const waiter = this.pending.get(response.id);
    if (!waiter) return;
    this.pending.delete(response.id);
    if (response.ok) waiter.resolve(response.result);
    else waiter.reject(new BenchError(`${this.label}: ${response.error}`));
  }
}
