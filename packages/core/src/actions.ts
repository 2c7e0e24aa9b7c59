import type { ParsedEvent } from './events.js';

/** A file the user attached to a message. */
export interface AttachmentInput {
  readonly name: string;
  readonly bytes?: number | null;
  readonly mimeType?: string | null;
  readonly fileId?: string | null;
}

/** Starts a turn from the user's side; stream events only describe the response. */
export interface UserMessageAction {
  readonly type: 'conversation.user_message';
  readonly id: string;
  readonly text: string;
  readonly attachments?: readonly AttachmentInput[];
}

/** The user stopped the response (or the client gave up on the stream): everything still running is marked stopped. */
export interface StoppedAction {
  readonly type: 'conversation.stopped';
  readonly reason?: string;
}

export type LocalAction = UserMessageAction | StoppedAction;

/** Everything `reduce` accepts: parsed stream events (valid, unknown or invalid) and local actions. */
export type ConversationAction = ParsedEvent | LocalAction;
