import type { RejectedFile, UploadItem } from '@execards/client';
import { useId, useRef, type KeyboardEvent, type Ref } from 'react';
import { AttachmentChips } from './AttachmentChips.js';

export interface ComposerProps {
  /** The message box, for moving focus to it. */
  messageRef?: Ref<HTMLTextAreaElement>;
  text: string;
  onTextChange(text: string): void;
  onSend(): void;
  onStop(): void;
  /** A turn is running: the stop button replaces send. */
  busy: boolean;
  /** Files are still uploading: sending waits. */
  uploading: boolean;
  attachments: readonly UploadItem[];
  rejected: readonly RejectedFile[];
  onAttach(files: File[]): void;
  onRemoveAttachment(id: string): void;
  /** Hides the refusals (they also go once the chips added with them are removed). */
  onDismissRejected?(): void;
  /** `accept` for the file input, from the server's allowed types. */
  accept: string;
  uploadsEnabled: boolean;
}

export function Composer({ messageRef, ...props }: ComposerProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const canSend = !props.busy && !props.uploading && props.text.trim() !== '';

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter sends, Shift+Enter adds a line; an IME composition keeps its Enter.
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (canSend) props.onSend();
    }
  };

  return (
    <form
      data-slot="composer"
      aria-label="Message composer"
      onSubmit={(event) => {
        event.preventDefault();
        if (canSend) props.onSend();
      }}
    >
      {props.rejected.length > 0 && (
        <div data-slot="upload-errors">
          <div role="alert">
            <ul>
              {props.rejected.map((file, index) => (
                <li key={`${file.name}-${index}`}>{file.message}</li>
              ))}
            </ul>
          </div>
          {props.onDismissRejected && (
            <button type="button" data-slot="dismiss-upload-errors" onClick={props.onDismissRejected}>
              Dismiss
            </button>
          )}
        </div>
      )}
      <AttachmentChips items={props.attachments} onRemove={props.onRemoveAttachment} />
      <div data-slot="composer-row">
        {props.uploadsEnabled && (
          <>
            <button type="button" data-slot="attach" onClick={() => fileInput.current?.click()} disabled={props.busy}>
              <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
                <path d="M21.4 11.1l-9.2 9.2a6 6 0 0 1-8.5-8.5l9.2-9.2a4 4 0 0 1 5.7 5.7l-9.2 9.2a2 2 0 0 1-2.8-2.8l8.5-8.5" />
              </svg>
              <span data-slot="attach-label">Attach files</span>
            </button>
            <input
              ref={fileInput}
              type="file"
              multiple
              accept={props.accept}
              hidden
              data-testid="file-input"
              onChange={(event) => {
                props.onAttach([...(event.target.files ?? [])]);
                event.target.value = '';
              }}
            />
          </>
        )}
        <textarea
          ref={messageRef}
          aria-label="Message"
          aria-describedby={hintId}
          placeholder="Ask for a chart, a table, an HTML report or files…"
          rows={2}
          value={props.text}
          onChange={(event) => props.onTextChange(event.target.value)}
          onKeyDown={onKeyDown}
          onPaste={(event) => {
            const files = [...event.clipboardData.files];
            if (files.length > 0 && props.uploadsEnabled) {
              event.preventDefault();
              props.onAttach(files);
            }
          }}
        />
        {props.busy ? (
          <button type="button" data-slot="stop" onClick={props.onStop}>
            Stop
          </button>
        ) : (
          <button type="submit" data-slot="send" disabled={!canSend}>
            Send
          </button>
        )}
      </div>
      <p id={hintId} data-slot="composer-hint">
        Enter sends, Shift+Enter adds a line. Drop or paste files to attach them.
      </p>
    </form>
  );
}
