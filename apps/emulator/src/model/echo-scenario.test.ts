import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type OpenAI from 'openai';
import type { RunningEmulator } from '../server.js';
import { startTestEmulator } from '../../../../tooling/test-stack/emulator.js';
import { markdownBlocksIn } from './echo-scenario.js';
import { planTurn } from './scenarios.js';

describe('markdownBlocksIn', () => {
  it('finds ```markdown and ```md blocks verbatim, in order', () => {
    const text = 'echo this\n```markdown\n[x](javascript:alert(1))\n<img src=x onerror=alert(1)>\n```\nand\n```md\n# two\n```';
    expect(markdownBlocksIn(text)).toEqual(['[x](javascript:alert(1))\n<img src=x onerror=alert(1)>', '# two']);
  });

  it('lets a longer fence carry ``` lines inside the block', () => {
    expect(markdownBlocksIn('````markdown\n```js\nalert(1)\n```\n````')).toEqual(['```js\nalert(1)\n```']);
  });

  it('ignores other languages, unclosed and empty blocks', () => {
    expect(markdownBlocksIn('```python\n1\n```\n```markdown\n\n```\n```markdown\nnever closed')).toEqual([]);
  });
});

describe('planTurn with markdown blocks', () => {
  const plan = (text: string) => planTurn({ text, userFiles: [], codeInterpreterAvailable: true });

  it('echoes the markdown after running the python blocks of the same message', () => {
    const turn = plan('```python\nopen("/mnt/data/a.txt", "w").write("a")\n```\n```markdown\n[a](sandbox:/mnt/data/a.txt)\n```');
    expect(turn.scenario).toBe('echo-markdown');
    expect(turn.steps.map((step) => step.kind)).toEqual(['call', 'message']);
    const last = turn.steps.at(-1);
    expect(last?.kind === 'message' && last.compose([])).toBe('[a](sandbox:/mnt/data/a.txt)');
  });

  it('wins over keywords (a payload mentioning "chart" or "error" is still echoed)', () => {
    expect(plan('```markdown\nchart error table\n```').scenario).toBe('echo-markdown');
  });
});

describe('the echo scenario over HTTP', { timeout: 30_000 }, () => {
  let server: RunningEmulator;
  let client: OpenAI;

  beforeAll(async () => {
    ({ server, client } = await startTestEmulator({}));
  });
  afterAll(() => server.close());

  it('streams the markdown unchanged as the answer text', async () => {
    const payload = '[click](javascript:top.__pwned=1)\n\n<script>parent.__pwned=1</script>\n\n![x](data:image/svg+xml,<svg onload=alert(1)>)';
    const stream = await client.responses.create({
      model: 'emulator',
      input: `please echo\n\`\`\`markdown\n${payload}\n\`\`\``,
      tools: [{ type: 'code_interpreter', container: { type: 'auto' } }],
      stream: true,
    });
    let streamed = '';
    let completedText = '';
    for await (const event of stream) {
      if (event.type === 'response.output_text.delta') streamed += event.delta;
      if (event.type === 'response.completed') {
        completedText = event.response.output.flatMap((item) => (item.type === 'message' ? item.content : [])).map((part) => (part.type === 'output_text' ? part.text : '')).join('');
      }
    }
    expect(streamed).toBe(payload);
    expect(completedText).toBe(payload);
  });
});
