import net from 'node:net';

/**
 * A TCP relay in front of a real server (Postgres, Redis) that a test can cut and restore: cut
 * drops every connection through it and refuses new ones, as a restarting database or a lost
 * network does; restore listens again on the same port.
 */
export interface TcpOutage {
  port: number;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function relayWithOutage(target: { host: string; port: number }): Promise<TcpOutage> {
  const sockets = new Set<net.Socket>();
  let server = listen(0);
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const port = (server.address() as net.AddressInfo).port;

  function listen(onPort: number): net.Server {
    const relay = net.createServer((client) => {
      const upstream = net.connect(target.port, target.host);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    relay.listen(onPort, '127.0.0.1');
    return relay;
  }

  async function stop() {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  }

  return {
    port,
    cut: stop,
    async restore() {
      server = listen(port);
      await new Promise<void>((resolve, reject) => {
        server.once('listening', () => resolve());
        server.once('error', reject);
      });
    },
    close: () => (server.listening ? stop() : Promise.resolve()),
  };
}
