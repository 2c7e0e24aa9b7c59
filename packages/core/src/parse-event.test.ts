import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEvent } from './parse-event.js';

const callLocation = { sequence_number: 7, output_index: 1, item_id: 'ci_1' };

describe('parseEvent', () => {
  it('accepts both code-delta spellings and gives them one name', () => {
    const current = parseEvent({ type: 'response.code_interpreter_call_code.delta', ...callLocation, delta: 'x = 1', obfuscation: 'abc' });
    const older = parseEvent({ type: 'response.code_interpreter_call.code.delta', ...callLocation, delta: 'x = 1' });
    expect(current).toEqual({ type: 'response.code_interpreter_call_code.delta', ...callLocation, delta: 'x = 1' });
    expect(older).toEqual(current);
    expect(parseEvent({ type: 'response.code_interpreter_call.code.done', ...callLocation, code: 'x' })).toMatchObject({ type: 'response.code_interpreter_call_code.done', code: 'x' });
  });

  it('flattens both error shapes', () => {
    const flat = parseEvent({ type: 'error', sequence_number: 3, code: 'rate_limit_exceeded', message: 'Slow down', param: null });
    const nested = parseEvent({ type: 'error', sequence_number: 3, error: { type: 'invalid_request_error', code: 'rate_limit_exceeded', message: 'Slow down', param: null } });
    expect(flat).toEqual({ type: 'error', sequence_number: 3, code: 'rate_limit_exceeded', message: 'Slow down', param: null });
    expect(nested).toEqual(flat);
  });

  it('parses JSON text as well as values', () => {
    expect(parseEvent('{"type":"proxy.conversation","token":"t1"}')).toEqual({ type: 'proxy.conversation', token: 't1' });
  });

  it('reports unknown event types as unknown, keeping their sequence number', () => {
    expect(parseEvent({ type: 'response.tool_usage.updated', sequence_number: 9, anything: [1] })).toEqual({
      type: 'execards.unknown',
      eventType: 'response.tool_usage.updated',
      sequence_number: 9,
    });
  });

  it('answers bad input with a diagnostic that says what is wrong', () => {
    expect(parseEvent('{"type": ')).toMatchObject({ type: 'execards.invalid', diagnostic: { code: 'invalid_json', eventType: null } });
    expect(parseEvent([1, 2])).toMatchObject({ type: 'execards.invalid', diagnostic: { code: 'invalid_event', message: 'event is not a JSON object' } });
    expect(parseEvent({ sequence_number: 1 })).toMatchObject({ diagnostic: { message: 'event has no string "type"', sequenceNumber: 1 } });
    const badDelta = parseEvent({ type: 'response.output_text.delta', sequence_number: 4, item_id: 'msg_1', output_index: 0, content_index: 0 });
    expect(badDelta).toMatchObject({ type: 'execards.invalid', diagnostic: { code: 'invalid_event', eventType: 'response.output_text.delta', sequenceNumber: 4 } });
    expect(badDelta.type === 'execards.invalid' && badDelta.diagnostic.message).toContain('delta');
    const badStatus = parseEvent({ type: 'response.output_item.added', sequence_number: 2, output_index: 0, item: { type: 'code_interpreter_call', id: 'ci', status: 'running' } });
    expect(badStatus.type).toBe('execards.invalid');
    expect(parseEvent({ type: 'error', sequence_number: 1 })).toMatchObject({ type: 'execards.invalid' });
  });

  it('accepts item events without sequence_number (older API versions, relays that strip it), not a malformed one', () => {
    expect(parseEvent({ type: 'response.output_text.delta', output_index: 0, content_index: 0, item_id: 'msg_1', delta: 'Hi' })).toMatchObject({ type: 'response.output_text.delta', delta: 'Hi' });
    expect(parseEvent({ type: 'response.code_interpreter_call.interpreting', output_index: 1, item_id: 'ci_1' }).type).toBe('response.code_interpreter_call.interpreting');
    expect(parseEvent({ type: 'response.output_item.done', output_index: 0, item: { type: 'code_interpreter_call', id: 'ci_1', status: 'completed', code: 'x', container_id: 'cntr_1', outputs: null } }).type).toBe('response.output_item.done');
    expect(parseEvent({ type: 'response.output_text.delta', sequence_number: -1, output_index: 0, content_index: 0, item_id: 'msg_1', delta: 'Hi' }).type).toBe('execards.invalid');
    expect(parseEvent({ type: 'response.output_text.delta', sequence_number: '3', output_index: 0, content_index: 0, item_id: 'msg_1', delta: 'Hi' }).type).toBe('execards.invalid');
  });

  it('rejects a proxy.file outside /mnt/data', () => {
    const event = parseEvent({ type: 'proxy.file', container_id: 'c', file_id: 'f', filename: 'passwd', path: '/etc/passwd', bytes: 1, url: '/files/x' });
    expect(event.type).toBe('execards.invalid');
  });

  it('keeps unknown item and annotation kinds without failing', () => {
    expect(parseEvent({ type: 'response.output_item.added', sequence_number: 1, output_index: 0, item: { type: 'web_search_call', id: 'ws_1' } })).toMatchObject({
      item: { type: 'other', itemType: 'web_search_call' },
    });
    expect(
      parseEvent({ type: 'response.output_text.annotation.added', sequence_number: 1, item_id: 'm', output_index: 0, content_index: 0, annotation: { type: 'file_path', file_id: 'x' } }),
    ).toMatchObject({ annotation: { type: 'other' } });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.anything()), (input) => {
        const result = parseEvent(input);
        expect(typeof result.type).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});
