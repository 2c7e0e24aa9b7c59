export interface ConversationToolbarProps {
  /** Nothing to export or clear in an empty chat. */
  empty: boolean;
  busy: boolean;
  onDownloadNotebook(): void;
  onNewChat(): void;
}

/** Conversation actions in the header: export as a Jupyter notebook, start over. */
export function ConversationToolbar({ empty, busy, onDownloadNotebook, onNewChat }: ConversationToolbarProps) {
  return (
    <div data-slot="conversation-toolbar" role="group" aria-label="Conversation actions">
      <button type="button" data-slot="download-notebook" onClick={onDownloadNotebook} disabled={empty}>
        <span aria-hidden="true">⤓</span> <span data-slot="label-wide">Download as notebook</span>
        {/* A phone's header has room for one word; the name stays the full phrase. */}
        <span data-slot="label-narrow" aria-hidden="true">
          Notebook
        </span>
      </button>
      <button type="button" data-slot="new-chat" onClick={onNewChat} disabled={empty || busy}>
        <span aria-hidden="true">+</span> New chat
      </button>
    </div>
  );
}
