import { conversationToNotebook, type ConversationState } from '@execards/core';

export const notebookFileName = 'conversation.ipynb';

/** The notebook's title: the first prompt, shortened. */
export function notebookTitle(state: ConversationState): string {
  const first = state.turns.find((turn) => turn.user?.text.trim())?.user?.text.trim() ?? 'Conversation';
  const line = first.split('\n')[0] ?? first;
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

/** The conversation as `.ipynb` file contents (nbformat 4.5). */
export function notebookBlob(state: ConversationState): Blob {
  return new Blob([`${JSON.stringify(conversationToNotebook(state, { title: notebookTitle(state) }), null, 1)}\n`], { type: 'application/x-ipynb+json' });
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked later: some browsers read the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
