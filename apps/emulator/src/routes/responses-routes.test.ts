import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type OpenAI from 'openai';
import { toFile } from 'openai';
import type { Response, ResponseStreamEvent } from 'openai/resources/responses/responses';
import { parseSseText, processAlive, startTestEmulator, waitUntil } from '../../../../tooling/test-stack/emulator.js';
import type { RunningEmulator } from '../server.js';

const tools = [{ type: 'code_interpreter' as const, container: { type: 'auto' as const } }];
const include = ['code_interpreter_call.outputs' as const];

async function collect(stream: AsyncIterable<ResponseStreamEvent>): Promise<ResponseStreamEvent[]> {
  const events: ResponseStreamEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

describe('responses through the openai SDK', { timeout: 20_000 }, () => {
  let server: RunningEmulator;
  let client: OpenAI;
  beforeAll(async () => {
    ({ server, client } = await startTestEmulator());
  });
  afterAll(() => server.close());

  it('streams a fenced python block as a call, then answers; sequence numbers run 0..n', async () => {
    const stream = client.responses.stream({ model: 'emulator', input: 'Run this:\n```python\nprint("hi")\n6 * 7\n```', tools, include });
    const events = await collect(stream);
    const final = await stream.finalResponse();
    expect(events.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index));
    expect(events[0]?.type).toBe('response.created');
    expect(events.at(-1)?.type).toBe('response.completed');
    const call = final.output.find((item) => item.type === 'code_interpreter_call');
    expect(call).toMatchObject({ status: 'completed', code: 'print("hi")\n6 * 7\n', outputs: [{ type: 'logs', logs: 'hi\n42\n' }] });
    const codeDeltas = events.filter((event) => event.type === 'response.code_interpreter_call_code.delta');
    expect(codeDeltas.length).toBeGreaterThan(2);
    expect(codeDeltas.map((event) => event.delta).join('')).toBe('print("hi")\n6 * 7\n');
    expect(final.output_text).toContain('I ran your code block.');
  });

  it('leaves outputs null without the include, like the upstream', async () => {
    const response = await client.responses.create({ model: 'emulator', input: '```python\n1 + 1\n```', tools });
    expect(response.output.find((item) => item.type === 'code_interpreter_call')).toMatchObject({ outputs: null });
  });

  it('keeps Python state across turns with previous_response_id and keeps instructions per turn', async () => {
    const first = await client.responses.create({ model: 'emulator', instructions: 'be brief', input: '```python\ntotal = 40\n```', tools, include });
    expect(first.instructions).toBe('be brief');
    const second = await client.responses.create({ model: 'emulator', previous_response_id: first.id, input: '```python\ntotal + 2\n```', tools, include });
    expect(second.previous_response_id).toBe(first.id);
    expect(second.instructions).toBeNull();
    const call = second.output.find((item) => item.type === 'code_interpreter_call');
    expect(call).toMatchObject({ outputs: [{ type: 'logs', logs: '42\n' }] });
    const firstCall = first.output.find((item) => item.type === 'code_interpreter_call');
    expect(call?.type === 'code_interpreter_call' && firstCall?.type === 'code_interpreter_call' && call.container_id === firstCall.container_id).toBe(true);
    expect(await client.responses.retrieve(second.id)).toMatchObject({ id: second.id, status: 'completed' });
  });

  it('marks a call with a traceback failed and keeps going', async () => {
    const response = await client.responses.create({ model: 'emulator', input: '```python\nundefined_name\n```', tools, include });
    const call = response.output.find((item) => item.type === 'code_interpreter_call');
    expect(call).toMatchObject({ status: 'failed', outputs: [{ type: 'logs', logs: expect.stringContaining("NameError: name 'undefined_name' is not defined") }] });
    expect(response.status).toBe('completed');
    expect(response.output_text).toContain("Block 1 failed: `NameError: name 'undefined_name' is not defined`");
  });

  it('cites files written to /mnt/data with linked spans over the sandbox link (UTF-16 offsets)', async () => {
    const response = await client.responses.create({
      model: 'emulator',
      input: '```python\nopen("/mnt/data/📊 résumé ✓.txt", "w").write("ok")\n```',
      tools,
      include,
    });
    const message = response.output.find((item) => item.type === 'message');
    const part = message?.type === 'message' ? message.content[0] : undefined;
    if (part?.type !== 'output_text') throw new Error('expected output_text');
    expect(part.text).toContain('**📊 résumé ✓ (TXT)**\n[*Generating your File…*](sandbox:/mnt/data/📊 résumé ✓.txt)');
    const [citation] = part.annotations;
    if (citation?.type !== 'container_file_citation') throw new Error('expected a container_file_citation');
    expect(citation.filename).toBe("📊 résumé ✓.txt");
    expect(part.text.slice(citation.start_index, citation.end_index)).toBe('sandbox:/mnt/data/📊 résumé ✓.txt');
    const listed = await client.containers.files.list(citation.container_id);
    expect(listed.data.find((file) => file.id === citation.file_id)).toMatchObject({ source: 'assistant', path: '/mnt/data/📊 résumé ✓.txt' });
    const content = await client.containers.files.content.retrieve(citation.file_id, { container_id: citation.container_id });
    expect(await content.text()).toBe('ok');
  });

  it('uses the uploaded CSV of an auto container in the chart scenario: PNG and SVG, an image output, a zero-span citation', async () => {
    const upload = await client.files.create({ file: await toFile(Buffer.from('day,visits\nMon,3\nTue,5\nWed,4\n'), 'visits.csv'), purpose: 'assistants' });
    const response = await client.responses.create({
      model: 'emulator',
      input: 'scenario: chart',
      tools: [{ type: 'code_interpreter', container: { type: 'auto', file_ids: [upload.id] } }],
      include,
    });
    const call = response.output.find((item) => item.type === 'code_interpreter_call');
    if (call?.type !== 'code_interpreter_call') throw new Error('expected a call');
    expect(call.code).toContain('pd.read_csv("/mnt/data/visits.csv")');
    expect(call.outputs?.[0]).toMatchObject({ type: 'image', url: expect.stringMatching(/^data:image\/png;base64,iVBOR/) });
    const message = response.output.find((item) => item.type === 'message');
    const part = message?.type === 'message' ? message.content[0] : undefined;
    if (part?.type !== 'output_text') throw new Error('expected output_text');
    expect(part.text).toContain('[*Generating your Chart…*](sandbox:/mnt/data/line_chart.png)');
    expect(part.text).toContain('[*Generating your Chart…*](sandbox:/mnt/data/line_chart.svg)');
    expect(part.annotations.map((annotation) => (annotation.type === 'container_file_citation' ? annotation.filename : ''))).toEqual([
      expect.stringMatching(/^cfile_[0-9a-f]+\.png$/),
      'line_chart.png',
      'line_chart.svg',
    ]);
    expect(part.annotations[0]).toMatchObject({ start_index: 0, end_index: 0 });
  });

  it('refuses a model without the tool, naming tool and model', async () => {
    await expect(client.responses.create({ model: 'gpt-4-no-code-interpreter', input: 'hi', tools })).rejects.toMatchObject({
      status: 400,
      error: { message: "Hosted tool 'code_interpreter' is not supported with gpt-4-no-code-interpreter.", param: 'tools' },
    });
  });

  it('answers an unknown container with 404 and a bad request with 400', async () => {
    await expect(client.responses.create({ model: 'emulator', input: 'hi', tools: [{ type: 'code_interpreter', container: 'cntr_missing' }] })).rejects.toMatchObject({
      status: 404,
      error: { message: "Container with id 'cntr_missing' not found." },
    });
    const bad = await fetch(`${server.url}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input: 'hi' }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { type: 'invalid_request_error', param: 'model' } });
    await expect(client.responses.create({ model: 'emulator', input: 'hi', previous_response_id: 'resp_nope' })).rejects.toMatchObject({ status: 400, error: { param: 'previous_response_id' } });
  });

  it('answers a greeting without files with what the analyst can do, and names the test scenarios', async () => {
    const response = await client.responses.create({ model: 'emulator', input: 'hello there', tools });
    expect(response.output.map((item) => item.type)).toEqual(['message']);
    expect(response.output_text).toContain('trends and growth over time');
    expect(response.output_text).toContain('`scenario: <name>`');
  });
});

describe('time limit through the API', { timeout: 20_000 }, () => {
  it('fails a call that runs too long, and the next turn starts a fresh process', async () => {
    const { server, client } = await startTestEmulator({ callTimeoutMs: 400 });
    try {
      const container = await client.containers.create({ name: 'slow' });
      const tool = [{ type: 'code_interpreter' as const, container: container.id }];
      const slow = await client.responses.create({ model: 'emulator', input: '```python\nstate = 1\nimport time\ntime.sleep(5)\n```', tools: tool, include });
      expect(slow.output.find((item) => item.type === 'code_interpreter_call')).toMatchObject({
        status: 'failed',
        outputs: [{ type: 'logs', logs: expect.stringContaining('timed out after 0.40 s') }],
      });
      expect(slow.output_text).toContain('Block 1 failed: `TimeoutError');
      const next = await client.responses.create({ model: 'emulator', input: "```python\n'state' in globals()\n```", tools: tool, include });
      expect(next.output.find((item) => item.type === 'code_interpreter_call')).toMatchObject({ status: 'completed', outputs: [{ type: 'logs', logs: 'False\n' }] });
    } finally {
      await server.close();
    }
  });

  it('answers GET /responses/{id} with an in-progress snapshot while the turn runs', async () => {
    const { server, client } = await startTestEmulator({ paceMs: 5 });
    try {
      const stream = client.responses.stream({ model: 'emulator', input: '```python\nimport time\ntime.sleep(0.3)\n```', tools, include });
      let id = '';
      let snapshot: Response | undefined;
      for await (const event of stream) {
        if (event.type === 'response.created') id = event.response.id;
        if (event.type === 'response.code_interpreter_call.interpreting') snapshot = await client.responses.retrieve(id);
      }
      expect(snapshot).toMatchObject({ id, status: 'in_progress' });
      expect(snapshot?.output.map((item) => item.type)).toEqual(['reasoning']);
      expect(await client.responses.retrieve(id)).toMatchObject({ status: 'completed' });
    } finally {
      await server.close();
    }
  });
});

describe('fault injection and resume', { timeout: 20_000 }, () => {
  let server: RunningEmulator;
  let client: OpenAI;
  beforeAll(async () => {
    ({ server, client } = await startTestEmulator());
  });
  afterAll(() => server.close());

  function withFault(fault: string) {
    return { headers: { 'x-emulator-fault': fault } };
  }

  it('answers 429 with retry-after', async () => {
    const response = await fetch(`${server.url}/v1/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-emulator-fault': 'rate-limit=7' },
      body: JSON.stringify({ model: 'emulator', input: 'hi' }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.headers.get('retry-after-ms')).toBe('7000');
    expect(await response.json()).toMatchObject({ error: { code: 'rate_limit_exceeded', type: 'requests' } });
  });

  it('answers 500 on request, and rejects unknown fault names', async () => {
    await expect(client.responses.create({ model: 'emulator', input: 'hi' }, withFault('server-error'))).rejects.toMatchObject({ status: 500 });
    await expect(client.responses.create({ model: 'emulator', input: 'hi' }, withFault('explode=1'))).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("Unknown emulator fault 'explode'"),
    });
  });

  it('takes faults from metadata too: expires the container before the turn', async () => {
    await expect(client.responses.create({ model: 'emulator', input: 'chart', tools, metadata: { emulator_fault: 'expire-container=before' } })).rejects.toMatchObject({
      status: 400,
      error: { message: 'Container is expired.' },
    });
  });

  it('expires the container mid-turn: an error event, then response.failed, and the process is gone', async () => {
    const container = await client.containers.create({ name: 'mid' });
    await client.responses.create({ model: 'emulator', input: '```python\nx = 1\n```', tools: [{ type: 'code_interpreter', container: container.id }] });
    const pid = server.emulator.containers.processIds().at(-1) ?? -1;
    const response = await fetch(`${server.url}/v1/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-emulator-fault': 'expire-container=mid' },
      body: JSON.stringify({ model: 'emulator', input: '```python\nx\n```', stream: true, tools: [{ type: 'code_interpreter', container: container.id }] }),
    });
    const frames = parseSseText(await response.text());
    const types = frames.map((frame) => frame.event);
    expect(types.slice(-3)).toEqual(['response.code_interpreter_call.interpreting', 'error', 'response.failed']);
    expect(JSON.parse(frames.at(-2)?.data ?? '{}')).toMatchObject({ type: 'error', message: 'Container is expired.' });
    expect(JSON.parse(frames.at(-1)?.data ?? '{}')).toMatchObject({ response: { status: 'failed', error: { message: 'Container is expired.' } } });
    expect(await waitUntil(() => !processAlive(pid))).toBe(true);
  });

  it('drops the connection after N events; the rest can be resumed with starting_after', async () => {
    const stream = client.responses.stream({ model: 'emulator', input: '```python\nprint("resumed")\n```', tools, include }, withFault('drop-after=5'));
    const seen: ResponseStreamEvent[] = [];
    await expect(
      (async () => {
        for await (const event of stream) seen.push(event);
      })(),
    ).rejects.toThrow();
    expect(seen).toHaveLength(5);
    const id = seen[0]?.type === 'response.created' ? seen[0].response.id : '';
    const resumed = await client.responses.retrieve(id, { stream: true, starting_after: 4 });
    const rest = await collect(resumed);
    expect(rest[0]?.sequence_number).toBe(5);
    expect(rest.at(-1)?.type).toBe('response.completed');
    expect([...seen, ...rest].map((event) => event.sequence_number)).toEqual([...seen, ...rest].map((_, index) => index));
    expect(JSON.stringify(rest.at(-1))).toContain('resumed\\n');
  });

  it('sends one malformed event line when asked', async () => {
    const response = await fetch(`${server.url}/v1/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-emulator-fault': 'malformed-after=2' },
      body: JSON.stringify({ model: 'emulator', input: 'hello', stream: true }),
    });
    const frames = parseSseText(await response.text());
    const unparseable = frames.filter((frame) => {
      try {
        JSON.parse(frame.data);
        return false;
      } catch {
        return true;
      }
    });
    expect(unparseable).toHaveLength(1);
    expect(frames.findIndex((frame) => frame === unparseable[0])).toBe(2);
    expect(frames.at(-1)?.event).toBe('response.completed');
  });

  it('stalls the stream after N events for the given time', async () => {
    const started = Date.now();
    const response = await fetch(`${server.url}/v1/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-emulator-fault': 'stall-after=3;stall-ms=400' },
      body: JSON.stringify({ model: 'emulator', input: 'hello', stream: true }),
    });
    const frames = parseSseText(await response.text());
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    expect(frames.at(-1)?.event).toBe('response.completed');
  });
});
