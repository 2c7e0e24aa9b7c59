import { startEmulator } from '@execards/emulator';
import { createLogger, loadConfig, selectUpstream, startProxy, upstreamSecrets, type RunningProxy } from '@execards/proxy';
import { describe, expect, it } from 'vitest';
import { createClient } from './client.js';

// Every instance signs with the same secret, as the proxy's README asks of instances behind one load balancer.
const signingSecret = 'client-restart-test-secret-long-enough-0123456789';

async function startProxyOnPort(upstreamUrl: string, port: number): Promise<{ proxy: RunningProxy; logs: Record<string, unknown>[] }> {
  const logs: Record<string, unknown>[] = [];
  const upstream = selectUpstream({}, upstreamUrl);
  const proxy = await startProxy({
    port,
    upstream,
    signingSecrets: [signingSecret],
    logger: createLogger({ secrets: [...upstreamSecrets(upstream), signingSecret], write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>) }),
    config: loadConfig({ overrides: {} }),
    gateway: { maxRetries: 0 },
  });
  return { proxy, logs };
}

type Received = { type: string } & Record<string, unknown>;

function answerText(events: readonly Received[]): string {
  return events
    .filter((event) => event.type === 'response.output_text.done')
    .map((event) => String(event['text']))
    .join('\n');
}

describe('client across a proxy restart', { timeout: 60_000 }, () => {
  it('resumes mid-stream with its token on the new instance and finishes, nothing lost or repeated', async () => {
    // Paced like a real model, so the restart lands mid-stream.
    const emulator = await startEmulator({ port: 0, paceMs: 8 });
    const first = await startProxyOnPort(emulator.url, 0);
    let second: Awaited<ReturnType<typeof startProxyOnPort>> | undefined;
    try {
      // Up to 10 tries 250 ms apart: room for the new instance to start on a busy machine.
      const client = createClient({ baseUrl: first.proxy.url, resumeDelayMs: () => 250, maxResumes: 10 });
      // A first, whole turn gives the client its conversation token, signed by the first instance.
      const earlier: Received[] = [];
      for await (const event of client.send({ text: 'hello', model: 'gpt-5' })) earlier.push(event as Received);
      const token = String(earlier.at(-1)?.['token']);
      const earlierResponseId = (earlier[0]?.['response'] as { id: string }).id;

      const events: Received[] = [];
      const reconnects: number[] = [];
      let restarted: Promise<void> | undefined;
      for await (const event of client.send({ text: 'hello', model: 'gpt-5', token }, { onReconnecting: (attempt) => reconnects.push(attempt) })) {
        events.push(event as Received);
        if (events.length === 40 && !restarted) {
          restarted = first.proxy.close().then(async () => {
            second = await startProxyOnPort(emulator.url, first.proxy.port);
          });
        }
      }
      await restarted;
      expect(reconnects.length).toBeGreaterThanOrEqual(1);
      // The new instance accepted the token the old one signed (a forged one is refused with 400) and relayed the rest.
      expect(second?.logs.some((line) => line['event'] === 'request' && String(line['path']).endsWith('/events') && line['status'] === 200)).toBe(true);
      const upstream = events.filter((event) => !event.type.startsWith('proxy.'));
      expect(upstream.map((event) => event['sequence_number'])).toEqual(upstream.map((_, index) => index));
      expect(upstream.at(-1)?.type).toBe('response.completed');
      expect(answerText(upstream)).toBe(answerText(earlier));
      expect((upstream[0]?.['response'] as { id: string }).id).not.toBe(earlierResponseId);
      expect(events.at(-1)?.type).toBe('proxy.conversation');
    } finally {
      await first.proxy.close();
      await second?.proxy.close();
      await emulator.close();
    }
  });
});
