import { foldEvents, type OutputItem as Item } from '@execards/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withRecordings } from '../../../../tooling/fixtures/vitest.js';
import { recordingsDirectory, startTurnServer, type TurnServer } from '../test-support/turn-server.js';
import { ask } from './without-react.js';

// The Storybook Recipes page shows this example; here it runs against a server speaking the proxy's protocol.
withRecordings(recordingsDirectory, () => {
  describe('the no-React recipe', () => {
    let server: TurnServer;
    beforeAll(async () => {
      server = await startTurnServer();
    });
    afterAll(async () => {
      await server.close();
    });

    it('streams a recorded turn into the store: the same cards core folds from the recording', async () => {
      let renders = 0;
      const state = await ask(server.url, 'Roll two dice', () => (renders += 1));
      const [turn] = state.turns;
      expect(turn?.user?.text).toBe('Roll two dice');
      // The store stamps times from its clock; the rest must match core's fold of the same events.
      const summary = (items: readonly Item[] = []) => items.map((item) => (item.kind === 'execution' ? [item.id, item.status, item.code, item.logs] : [item.id, item.kind]));
      expect(summary(turn?.items)).toEqual(summary(foldEvents(server.events).turns[0]?.items));
      expect(turn?.items.filter((item) => item.kind === 'execution')).toHaveLength(3);
      expect(renders).toBeGreaterThan(server.events.length);
    });
  });
});
