import type { Client } from '@execards/client';
import { parseEvent, type ConversationStore, type ExecutionCard, type GeneratedFile } from '@execards/core';

/**
 * Replays the call that produced `file` in a fresh sandbox through the proxy and puts the new,
 * archived copy into the store. Rejects with a readable reason; the card then shows it.
 */
export async function rerunFile(store: ConversationStore, client: Pick<Client, 'rerun'>, model: string, file: GeneratedFile, call: ExecutionCard): Promise<void> {
  const token = store.getSnapshot().conversationToken;
  const fail = (message: string): never => {
    store.dispatch({ type: 'conversation.file_status', path: file.path, status: 'gone', message });
    throw new Error(message);
  };
  if (!token) fail('This conversation has no sandbox to re-run in.');
  store.dispatch({ type: 'conversation.file_status', path: file.path, status: 'rerunning' });
  let result;
  try {
    result = await client.rerun({ token: token ?? '', model, code: call.code, filenames: [file.filename] });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const found = result.files.find((candidate) => candidate.path === file.path) ?? result.files.find((candidate) => candidate.filename === file.filename);
  if (!found) return fail(`The code ran again but did not write ${file.filename}.`);
  // Through the same validation as streamed events; kept under the card's own path.
  const event = parseEvent({ type: 'proxy.file', ...found, path: file.path });
  if (event.type !== 'proxy.file') return fail('The server sent an unexpected re-run answer.');
  store.dispatch(event);
}
