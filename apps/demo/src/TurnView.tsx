import { useTurn, useTurnErrors, useTurnFiles, useTurnNotices } from '@execards/client';
import { cardForFile, type ConversationState, type ConversationStore, type Turn } from '@execards/core';
import { AssistantMessage, ExecutionCard, MarkdownText, type RerunFile } from '@execards/react';
import { memo, useMemo } from 'react';

// A finished code run keeps its object while later items of its turn stream: it is not drawn again.
const MemoExecutionCard = memo(ExecutionCard);
/** The page has one h1 and turns carry no heading of their own: card titles come right below it. */
const cardHeadingLevel = 2;

/** Ids of the calls an output card already shows (with its Code tab), so they are not drawn twice. */
function callsShownByOutputCards(turn: Turn, files: ConversationState['files']): Set<string> {
  const shown = new Set<string>();
  for (const item of turn.items) {
    if (item.kind !== 'message') continue;
    for (const link of item.links) {
      if (!files[link.path]?.url) continue;
      const call = cardForFile(turn, link.path);
      if (call) shown.add(call.id);
    }
  }
  return shown;
}

export interface TurnViewProps {
  store: ConversationStore;
  turnId: string;
  /** Offered on output cards whose file is gone; keep it stable (`useCallback`), or every turn redraws. */
  onRerun?: RerunFile;
}

/**
 * One exchange: the user's message, then the answer with its code runs and output cards. It subscribes to its own
 * turn, so a delta to another turn does not draw it again: the cost of a delta does not grow with the conversation.
 */
export const TurnView = memo(function TurnView({ store, turnId, onRerun }: TurnViewProps) {
  const turn = useTurn(store, turnId);
  const files = useTurnFiles(store, turnId);
  const notices = useTurnNotices(store, turnId);
  const errors = useTurnErrors(store, turnId);
  const hidden = useMemo(() => (turn ? callsShownByOutputCards(turn, files) : new Set<string>()), [turn, files]);
  if (!turn) return null;
  const responseError = turn.response?.error;
  const settled = turn.response !== null && turn.response.status !== 'in_progress' && turn.response.status !== 'queued';
  return (
    <article data-slot="turn" aria-label="Conversation turn" data-status={turn.response?.status ?? 'queued'}>
      {turn.user && (
        <div data-slot="user-message">
          <MarkdownText text={turn.user.text} />
          {turn.user.attachments.length > 0 && (
            <ul data-slot="user-attachments" aria-label="Attached">
              {turn.user.attachments.map((attachment, index) => (
                <li key={`${attachment.name}-${index}`}>{attachment.name}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {notices.map((notice, index) => (
        <p key={index} data-slot="notice" role="status">
          {notice.message}
        </p>
      ))}
      <div data-slot="answer">
        {turn.items.map((item) => {
          if (item.kind === 'execution') return hidden.has(item.id) ? null : <MemoExecutionCard key={item.id} card={item} headingLevel={cardHeadingLevel} />;
          if (item.kind === 'message') return <AssistantMessage key={item.id} message={item} files={files} turn={turn} headingLevel={cardHeadingLevel} settled={settled || item.status !== 'in_progress'} {...(onRerun ? { onRerun } : {})} />;
          return null;
        })}
        {responseError && errors.length === 0 && (
          <p data-slot="turn-error" role="alert">
            {responseError.message}
          </p>
        )}
        {errors.map((error, index) => (
          <p key={index} data-slot="turn-error" role="alert">
            {error.message}
          </p>
        ))}
      </div>
    </article>
  );
});
