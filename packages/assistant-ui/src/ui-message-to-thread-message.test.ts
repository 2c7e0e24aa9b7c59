import type { UIMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { uiMessageToThreadMessage } from './ui-message-to-thread-message.js';

describe('uiMessageToThreadMessage', () => {
  it('maps text, tool parts in each state, and container file citations; passes data parts, skips parts it does not show', () => {
    const message = {
      id: 'm1',
      role: 'assistant',
      parts: [
        { type: 'step-start' },
        { type: 'tool-code_interpreter', toolCallId: 'a', state: 'input-streaming', input: { containerId: 'c', code: 'pri' } },
        { type: 'tool-code_interpreter', toolCallId: 'b', state: 'input-available', input: { containerId: 'c', code: 'print(1)' } },
        { type: 'tool-code_interpreter', toolCallId: 'c', state: 'output-available', input: { code: 'x' }, output: { outputs: [] } },
        { type: 'tool-code_interpreter', toolCallId: 'd', state: 'output-error', input: undefined, errorText: 'boom' },
        { type: 'text', text: 'hello' },
        { type: 'source-document', sourceId: 's1', mediaType: 'text/plain', title: 'a.csv', filename: 'a.csv', providerMetadata: { openai: { type: 'container_file_citation', fileId: 'cfile_1', containerId: 'c' } } },
        { type: 'data-container-file', id: 'cfile_1', data: { containerId: 'c', fileId: 'cfile_1', filename: 'a.csv', url: '/api/files?sig=1' } },
        { type: 'dynamic-future-part' },
      ],
    } as UIMessage;
    const converted = uiMessageToThreadMessage(message);
    expect(converted.id).toBe('m1');
    expect(converted.content).toEqual([
      { type: 'tool-call', toolCallId: 'a', toolName: 'code_interpreter', args: { containerId: 'c', code: 'pri' }, argsText: '{"containerId":"c","code":"pri' },
      { type: 'tool-call', toolCallId: 'b', toolName: 'code_interpreter', args: { containerId: 'c', code: 'print(1)' } },
      { type: 'tool-call', toolCallId: 'c', toolName: 'code_interpreter', args: { code: 'x' }, result: { outputs: [] } },
      { type: 'tool-call', toolCallId: 'd', toolName: 'code_interpreter', args: {}, result: 'boom', isError: true },
      { type: 'text', text: 'hello' },
      { type: 'source', sourceType: 'document', id: 's1', title: 'a.csv', mediaType: 'text/plain', filename: 'a.csv', providerMetadata: { openai: { type: 'container_file_citation', fileId: 'cfile_1', containerId: 'c' } } },
      { type: 'data-container-file', data: { containerId: 'c', fileId: 'cfile_1', filename: 'a.csv', url: '/api/files?sig=1' } },
    ]);
  });

  it('never throws on a malformed message: missing parts, null entries, parts without a type', () => {
    expect(uiMessageToThreadMessage({ id: 'm2', role: 'assistant' } as unknown as UIMessage).content).toEqual([]);
    const message = { id: 'm3', role: 'assistant', parts: [null, 42, { text: 'no type' }, { type: 'text', text: 'kept' }] } as unknown as UIMessage;
    expect(uiMessageToThreadMessage(message).content).toEqual([{ type: 'text', text: 'kept' }]);
  });
});
