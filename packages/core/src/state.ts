/**
 * The normalized, serializable conversation state that `reduce` produces and views render.
 * Plain data only (no functions, no class instances, no Maps): it can be JSON-serialized,
 * structurally compared and handed to `useSyncExternalStore` as an immutable snapshot.
 */
import type { ExecutionStatus } from './execution-status.js';
import type { FileKind } from './file-kind.js';

/** Milliseconds since the epoch, as returned by the clock injected into the reducer. */
export type Timestamp = number;

export interface ConversationState {
  /** Turns in order: each is a user message (when sent from this side) and the response to it. */
  readonly turns: readonly Turn[];
  /** Generated files keyed by container path, e.g. `/mnt/data/chart.png`. */
  readonly files: Readonly<Record<string, GeneratedFile>>;
  /** The latest signed conversation token from `proxy.conversation` (null until one arrives). */
  readonly conversationToken: string | null;
  /** Invalid input or events that could not be applied; never fatal. */
  readonly diagnostics: readonly Diagnostic[];
  /** Events with a type this package does not know (ignored, counted). */
  readonly unknownEventCount: number;
  /** `proxy.notice` events, in arrival order. */
  readonly notices: readonly ProxyNotice[];
  /** `proxy.error` events, in arrival order. */
  readonly proxyErrors: readonly ProxyError[];
}

export interface Turn {
  /** Stable id: the user message id, else the response id. */
  readonly id: string;
  /** The user's side of the turn; null when a stream is folded without a local user message. */
  readonly user: UserMessage | null;
  /** Null until `response.created` (or any response event) arrives. */
  readonly response: ResponseInfo | null;
  /** The response's output items in `output_index` order. */
  readonly items: readonly OutputItem[];
  /** Highest `sequence_number` applied in this turn (-1 before any); duplicates at or below it are ignored. */
  readonly lastSequenceNumber: number;
  /** True once an item event without `sequence_number` was applied (in arrival order; duplicates cannot be recognized). Absent means false. */
  readonly arrivalOrdered?: boolean;
}

export interface UserMessage {
  readonly id: string;
  readonly text: string;
  readonly attachments: readonly Attachment[];
  readonly sentAt: Timestamp | null;
}

export interface Attachment {
  readonly name: string;
  readonly kind: FileKind;
  readonly bytes: number | null;
  readonly mimeType: string | null;
  /** Upstream file id once uploaded (`file-...`), when known. */
  readonly fileId: string | null;
}

export type ResponseStatus = 'queued' | 'in_progress' | 'completed' | 'failed' | 'incomplete' | 'cancelled';

export interface ResponseInfo {
  readonly id: string;
  readonly status: ResponseStatus;
  readonly model: string | null;
  readonly error: ErrorInfo | null;
  /** `incomplete_details.reason` for an incomplete response. */
  readonly incompleteReason: string | null;
  readonly usage: Usage | null;
  readonly startedAt: Timestamp | null;
  readonly completedAt: Timestamp | null;
}

export interface ErrorInfo {
  readonly code: string | null;
  readonly message: string;
}

export interface Usage {
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly totalTokens: number;
  readonly cachedInputTokens: number | null;
  readonly reasoningTokens: number | null;
}

export type OutputItem = MessageItem | ExecutionCard | ReasoningItem;

export type ItemStatus = 'in_progress' | 'completed' | 'incomplete';

export interface MessageItem {
  readonly kind: 'message';
  readonly id: string;
  readonly status: ItemStatus;
  /** All `output_text` parts joined; what the message renderer shows. */
  readonly text: string;
  /** Refusal text, when the model refused. */
  readonly refusal: string | null;
  /** De-duplicated annotations of all parts, in arrival order. */
  readonly annotations: readonly Annotation[];
  /** `sandbox:` links found in `text` (updated while streaming, final at `done`). */
  readonly links: readonly SandboxLink[];
  /** `message.phase` from newer models (e.g. `final_answer`), when present. */
  readonly phase: string | null;
}

export type Annotation = ContainerFileCitation | UrlCitation | FileCitation;

export interface ContainerFileCitation {
  readonly type: 'container_file_citation';
  readonly containerId: string;
  readonly fileId: string;
  readonly filename: string;
  readonly startIndex: number;
  readonly endIndex: number;
  /** Container path this citation names (from the cited `sandbox:` text, else `/mnt/data/<filename>`). */
  readonly path: string;
  /** A zero-span citation (`0/0`, `<file_id>.png`): an auto-captured image the text may never mention. */
  readonly zeroSpan: boolean;
}

export interface UrlCitation {
  readonly type: 'url_citation';
  readonly url: string;
  readonly title: string | null;
  readonly startIndex: number;
  readonly endIndex: number;
}

export interface FileCitation {
  readonly type: 'file_citation';
  readonly fileId: string;
  readonly filename: string | null;
  readonly index: number;
}

/** A markdown link to a container file: `[text](sandbox:/mnt/data/name)`. */
export interface SandboxLink {
  /** The whole link source as written, e.g. `[*Generating…*](sandbox:/mnt/data/a.png)` (with `!` when present). */
  readonly markdown: string;
  readonly text: string;
  /** Raw URL as written, e.g. `sandbox:/mnt/data/my%20file.png`. */
  readonly url: string;
  /** Decoded container path, e.g. `/mnt/data/my file.png`. */
  readonly path: string;
  /** Base name of `path`. */
  readonly filename: string;
  /** Written as an image link (`![...]`). */
  readonly image: boolean;
  /** The non-empty line just before the link's line (the model's bold title), with markup kept; null if none. */
  readonly title: string | null;
  /** UTF-16 offsets of the link in the markdown: `markdown.slice(start, end) === link.markdown`. */
  readonly start: number;
  readonly end: number;
}

export interface ExecutionCard {
  readonly kind: 'execution';
  readonly id: string;
  readonly status: ExecutionStatus;
  /** Code so far (the concatenation of its deltas), then the final code. */
  readonly code: string;
  /** True once `code.done` (or the item's `done`) arrived. */
  readonly codeComplete: boolean;
  /** All `logs` outputs concatenated as printed (stdout, stderr and the last expression's repr, as upstream mixes them; see `cardFromOutputs`). */
  readonly logs: string;
  readonly images: readonly ExecutionImage[];
  /** Outputs as upstream sent them; null when outputs were not requested (or not yet known). */
  readonly outputs: readonly ExecutionOutput[] | null;
  readonly containerId: string | null;
  readonly startedAt: Timestamp | null;
  readonly completedAt: Timestamp | null;
  /** Why the call failed or stopped, when it did. */
  readonly error: ErrorInfo | null;
}

export interface ExecutionImage {
  /** Usually a `data:image/png;base64,...` URL. */
  readonly url: string;
}

export type ExecutionOutput = { readonly type: 'logs'; readonly logs: string } | { readonly type: 'image'; readonly url: string };

export interface ReasoningItem {
  readonly kind: 'reasoning';
  readonly id: string;
  readonly status: ItemStatus;
  /** Summary parts in order (empty for models that send none). */
  readonly summary: readonly string[];
}

export interface GeneratedFile {
  /** Container path, the map key: `/mnt/data/...`. */
  readonly path: string;
  /** Name to show and download as. */
  readonly filename: string;
  readonly kind: FileKind;
  /** `cfile_...` when known. */
  readonly fileId: string | null;
  readonly containerId: string | null;
  readonly bytes: number | null;
  /** Signed download URL from `proxy.file`, when known. */
  readonly url: string | null;
  /** An auto-captured image (zero-span citation) that no link in the text names. */
  readonly autoCaptured: boolean;
  /** Id of the turn whose response produced or cited the file (null if unknown). */
  readonly turnId: string | null;
  /** Where `url` serves the file from: the live container, or the proxy's durable archive. */
  readonly storage: FileStorage;
  /** SHA-256 (hex) of the archived bytes, once archived. */
  readonly sha256: string | null;
  /** What the app last learned about the file's availability (see `FileAvailability`). */
  readonly availability: FileAvailability;
  /** A reason to show with the availability (e.g. why a re-run failed), when there is one. */
  readonly availabilityMessage: string | null;
}

/** `container`: served from the sandbox, which expires; `archive`: copied to durable storage by the proxy. */
export type FileStorage = 'container' | 'archive';

/**
 * `unknown`: cited, no download URL yet; `live`: in a running container; `archived`: in durable
 * storage; `gone`: neither (or its link expired); `checking`: a status request is out;
 * `rerunning`: its code is being replayed in a fresh container.
 */
export type FileAvailability = 'unknown' | 'live' | 'archived' | 'gone' | 'checking' | 'rerunning';

/** `missing_sequence_number`: a stream's events carry no `sequence_number`; reported once per turn, the events are still applied. */
export type DiagnosticCode = 'invalid_json' | 'invalid_event' | 'unexpected_event' | 'missing_sequence_number';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly message: string;
  /** The event's `type` when it could be read. */
  readonly eventType: string | null;
  readonly sequenceNumber: number | null;
}

export interface ProxyNotice {
  readonly code: string;
  readonly message: string;
  readonly turnId: string | null;
}

export interface ProxyError {
  readonly code: string;
  readonly message: string;
  readonly retryable: boolean;
  readonly turnId: string | null;
}
