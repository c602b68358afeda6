/**
 * A load-generator process: runs the clients the harness gives it and answers its requests over
 * the IPC channel. It exits when the harness goes away, so it can never outlive a run.
 */
import type { RequestEnvelope, ResponseEnvelope } from './generatorMessages.ts';
import { LoadGenerator } from './loadGenerator.ts';

// Every y-websocket provider adds an exit listener to the process; a generator runs hundreds.
process.setMaxListeners(0);
const generator = new LoadGenerator();

process.on('message', (message: RequestEnvelope) => {
  generator.handle(message.request).then(
    (result) => reply({ id: message.id, ok: true, result }, message.request.kind === 'close'),
    (error: unknown) =>
      reply(
        {
          id: message.id,
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        },
        false,
      ),
  );
});

process.on('disconnect', () => process.exit(0));

function reply(response: ResponseEnvelope, last: boolean): void {
  if (!process.connected || !process.send) return;
  process.send(response, () => {
    if (last) process.disconnect();
  });
}
