import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface NetworkRelay {
  /** The demo's address through the relay: the page's traffic flows over TCP connections the test can cut. */
  url: string;
  /**
   * Resets the connection whose request starts with `requestLine` (e.g. `POST /api/responses`) once it carried
   * `bytes` of answer: a network that goes away at a fixed point of the stream, however slowly the page renders.
   * Resolves when the cut happened.
   */
  cutAnswer(requestLine: string, bytes: number): Promise<void>;
  close(): Promise<void>;
}

interface PlannedCut {
  requestLine: string;
  bytes: number;
  done: () => void;
}

/** A loopback TCP relay in front of the demo: the test's "network", which it can cut. */
export async function startNetworkRelay(targetPort: number): Promise<NetworkRelay> {
  const open = new Set<Socket>();
  const plans: PlannedCut[] = [];

  const server = createServer((browserSide) => {
    const serverSide = connect(targetPort, '127.0.0.1');
    for (const socket of [browserSide, serverSide]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => undefined);
    }
    let plan: PlannedCut | undefined;
    let answered = 0;
    browserSide.on('data', (chunk: Buffer) => {
      const text = chunk.toString('latin1');
      const index = plans.findIndex((candidate) => text.startsWith(candidate.requestLine));
      if (index >= 0) [plan] = plans.splice(index, 1);
      serverSide.write(chunk);
    });
    serverSide.on('data', (chunk: Buffer) => {
      if (!plan) {
        browserSide.write(chunk);
        return;
      }
      answered += chunk.length;
      if (answered < plan.bytes) {
        browserSide.write(chunk);
        return;
      }
      // A reset on both sides: the browser sees a broken connection, the server a client that went away.
      browserSide.resetAndDestroy();
      serverSide.resetAndDestroy();
      plan.done();
      plan = undefined;
    });
    browserSide.on('close', () => serverSide.destroy());
    serverSide.on('close', () => browserSide.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    cutAnswer: (requestLine, bytes) => new Promise<void>((done) => plans.push({ requestLine, bytes, done })),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
