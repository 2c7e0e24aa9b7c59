import type { ParsedEvent } from './events.js';
import type { FileAvailability } from './state.js';

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

/**
 * What the app learned about a generated file (a status check, a re-run starting or failing).
 * Validated by the reducer: a bad status or an unknown path becomes a diagnostic.
 */
export interface FileStatusAction {
  readonly type: 'conversation.file_status';
  /** The file's container path, the key of `state.files`. */
  readonly path: string;
  readonly status: FileAvailability;
  /** A reason to show, e.g. why a re-run failed. */
  readonly message?: string | null;
}

export type LocalAction = UserMessageAction | StoppedAction | FileStatusAction;

/** Everything `reduce` accepts: parsed stream events (valid, unknown or invalid) and local actions. */
export type ConversationAction = ParsedEvent | LocalAction;
