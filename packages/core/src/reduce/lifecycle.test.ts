import { describe, expect, it } from 'vitest';
import { foldEvents } from '../fold.js';
import { cardOf, lastTurn, response, userMessage } from '../test-support/reducer-fixtures.js';
import { syntheticStream } from '../test-support/synthetic-stream.js';

describe('reduce: failures', () => {
  const events = syntheticStream(response);
  const interpreting = events.findIndex((event) => event.type === 'response.code_interpreter_call.interpreting');
  const midCall = events.slice(0, interpreting + 1);

  it('an error event (nested shape) fails the response and the running call, with the message', () => {
    const next = foldEvents([...midCall, { type: 'error', sequence_number: interpreting + 1, error: { type: 'invalid_request_error', code: 'container_expired', message: 'Container is expired.', param: null } }]);
    expect(lastTurn(next).response).toMatchObject({ status: 'failed', error: { code: 'container_expired', message: 'Container is expired.' } });
    expect(cardOf(next)).toMatchObject({ status: 'failed', error: { code: 'container_expired', message: 'Container is expired.' }, code: "import matplotlib\r\nplt.savefig('/mnt/data/chart.png')" });
  });

  it('response.failed after an error keeps the error and settles everything', () => {
    const failed = {
      type: 'response.failed',
      sequence_number: interpreting + 2,
      response: { id: 'resp_1', status: 'failed', error: { code: 'server_error', message: 'The model failed.' }, output: [] },
    };
    const next = foldEvents([...midCall, { type: 'error', sequence_number: interpreting + 1, code: 'server_error', message: 'The model failed.', param: null }, failed]);
    expect(lastTurn(next).response).toMatchObject({ status: 'failed', error: { code: 'server_error', message: 'The model failed.' } });
    expect(cardOf(next).status).toBe('failed');
    expect(next.diagnostics).toEqual([]);
  });

  it('an error before response.created still fails the user turn', () => {
    const next = foldEvents([userMessage, { type: 'error', code: 'rate_limit_exceeded', message: 'Too many requests' }]);
    expect(next.turns).toHaveLength(1);
    expect(lastTurn(next).response).toMatchObject({ id: '', status: 'failed', error: { code: 'rate_limit_exceeded' } });
  });

  it('response.incomplete settles running calls as incomplete with the reason', () => {
    const next = foldEvents([
      ...midCall,
      { type: 'response.incomplete', sequence_number: interpreting + 1, response: { id: 'resp_1', status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' }, output: [] } },
    ]);
    expect(lastTurn(next).response).toMatchObject({ status: 'incomplete', incompleteReason: 'max_output_tokens' });
    expect(cardOf(next)).toMatchObject({ status: 'incomplete', error: { code: 'max_output_tokens' } });
  });

});
