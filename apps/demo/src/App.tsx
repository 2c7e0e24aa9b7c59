import { localPendingTurnStorage, useClient, useConversation, useTurnIds, useUploads, type PendingTurnStorage, type PublicConfig, type UploadItem } from '@execards/client';
import type { ConversationStore, ExecutionCard, GeneratedFile } from '@execards/core';
import { DownloadsProvider, LabelsProvider } from '@execards/react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Composer } from './Composer.js';
import { ConnectionStatus } from './ConnectionStatus.js';
import { defaultStorage, type ConversationStorage } from './conversation-storage.js';
import { ConversationToolbar } from './ConversationToolbar.js';
import { EmptyState } from './EmptyState.js';
import { loadSample, type Example } from './examples.js';
import { checkFileStatus } from './file-status-check.js';
import { ModelPicker } from './ModelPicker.js';
import { notebookBlob, notebookFileName, saveBlob } from './notebook-download.js';
import { rerunFile } from './rerun-file.js';
import { ThemeToggle } from './ThemeToggle.js';
import { TurnView } from './TurnView.js';
import { useConfig } from './use-config.js';
import { useFileDrop } from './use-file-drop.js';
import { useHealth } from './use-health.js';
import { usePersistedConversation, type PersistedConversation } from './use-persisted-conversation.js';
import { useTheme } from './use-theme.js';
import { useTranscriptScroll } from './use-transcript-scroll.js';

interface ChatProps {
  config: PublicConfig;
  header: (controls: ReactNode) => ReactNode;
  persisted: Extract<PersistedConversation, { phase: 'ready' }>;
  pendingTurns: PendingTurnStorage;
}

function defaultModel(config: PublicConfig, saved: string | null): string {
  if (saved && config.models.some((candidate) => candidate.name === saved)) return saved;
  return (config.models.find((candidate) => candidate.supportsCodeInterpreter) ?? config.models[0])?.name ?? '';
}

/** After a reload, asks once where the restored conversation's files are now. */
function useRestoredFileCheck(store: ConversationStore, restored: boolean) {
  const client = useClient();
  useEffect(() => {
    if (!restored) return;
    const controller = new AbortController();
    void checkFileStatus(store, client, controller.signal);
    return () => controller.abort();
  }, [store, restored, client]);
}

function Chat({ config, header, persisted, pendingTurns }: ChatProps) {
  const client = useClient();
  const { store } = persisted;
  const conversation = useConversation({ store, pendingTurns });
  const { state, status, error } = conversation;
  const turnIds = useTurnIds(store);
  const uploads = useUploads({ limits: config.uploads, token: state.conversationToken, onToken: conversation.setToken });
  const [model, setModel] = useState(() => defaultModel(config, persisted.savedModel));
  useRestoredFileCheck(store, persisted.restored);
  const { setModel: rememberModel } = persisted;
  useEffect(() => rememberModel(model), [model, rememberModel]);
  const onRerun = useCallback((file: GeneratedFile, call: ExecutionCard) => rerunFile(store, client, model, file, call), [store, client, model]);
  const [text, setText] = useState('');
  const [exampleError, setExampleError] = useState<string | null>(null);
  const busy = status === 'submitted' || status === 'streaming' || status === 'reconnecting';
  const dragging = useFileDrop(config.uploads.enabled && !busy, (files) => void uploads.add(files));
  const transcript = useRef<HTMLElement>(null);
  const message = useRef<HTMLTextAreaElement>(null);
  const { awayFromLatest, jumpToLatest } = useTranscriptScroll(state.turns.length, transcript);

  // A turn that ended is saved at once: a reload right after must not find it half done.
  const { flush } = persisted;
  useEffect(() => {
    if (status === 'ready' || status === 'error') flush();
  }, [status, flush]);

  /** A message refused before any answer (a model that cannot run code, the server unreachable) goes back to the composer. */
  const giveBack = (messageText: string, items: readonly UploadItem[]) => {
    setText((current) => (current.trim() === '' ? messageText : `${messageText}\n\n${current}`));
    uploads.restore(items);
  };

  const sendNow = (messageText: string, items = uploads.items) => {
    const ready = items.filter((item) => item.status === 'uploaded' && item.fileId);
    void conversation
      .send(messageText.trim(), {
        model,
        fileIds: ready.flatMap((item) => (item.fileId ? [item.fileId] : [])),
        attachments: ready.map((item) => ({ name: item.name, bytes: item.size, mimeType: item.mimeType, fileId: item.fileId })),
      })
      .then((result) => {
        if ((result.outcome === 'failed' || result.outcome === 'busy') && !result.answered) giveBack(messageText, ready);
      });
    uploads.clear();
    setText('');
  };

  const pickExample = async (example: Example) => {
    setExampleError(null);
    try {
      const files = await Promise.all(example.files.map(loadSample));
      const added = await uploads.add(files);
      const failed = added.find((item) => item.status === 'failed');
      if (failed) {
        setText(example.prompt);
        return;
      }
      sendNow(example.prompt, [...uploads.items.filter((item) => !added.some((other) => other.id === item.id)), ...added]);
    } catch (caught) {
      setExampleError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  return (
    <>
      {header(
        <>
          <ConversationToolbar
            empty={state.turns.length === 0}
            busy={busy}
            onDownloadNotebook={() => saveBlob(notebookBlob(store.getSnapshot()), notebookFileName)}
            onNewChat={() => {
              pendingTurns.clear();
              void persisted.startNew();
            }}
          />
          <ModelPicker models={config.models} value={model} onValueChange={setModel} />
        </>,
      )}
      <main ref={transcript} data-slot="transcript" aria-label="Conversation" data-dragging={dragging ? 'true' : undefined} data-persistence={persisted.persistence}>
        {state.turns.length === 0 ? (
          <EmptyState onPick={(example) => void pickExample(example)} disabled={busy || uploads.uploading} />
        ) : (
          turnIds.map((turnId) => <TurnView key={turnId} store={store} turnId={turnId} onRerun={onRerun} />)
        )}
        {conversation.interrupted && (
          <div data-slot="interrupted">
            <p role="status">This message was not answered: the page was reloaded before the answer started.</p>
            <button type="button" data-slot="retry" onClick={() => void conversation.retry()} disabled={busy}>
              Retry
            </button>
          </div>
        )}
        {status === 'submitted' && (
          <p data-slot="thinking" role="status">
            Thinking…
          </p>
        )}
        {status === 'reconnecting' && (
          <p data-slot="thinking" data-state="reconnecting" role="status">
            Connection lost. Reconnecting…
          </p>
        )}
        {dragging && (
          <div data-slot="drop-overlay" aria-hidden="true">
            Drop files to attach them
          </div>
        )}
      </main>
      <footer data-slot="composer-area">
        {awayFromLatest && state.turns.length > 0 && (
          <button
            type="button"
            data-slot="jump-latest"
            onClick={() => {
              jumpToLatest();
              // The button goes away at the bottom: focus moves on to the composer rather than to the page.
              message.current?.focus({ preventScroll: true });
            }}
          >
            <span aria-hidden="true">↓</span> Jump to latest
          </button>
        )}
        <p data-slot="jump-latest-status" className="xc-visually-hidden" role="status">
          {awayFromLatest && state.turns.length > 0 ? 'Newer content is below the view: "Jump to latest" shows it.' : ''}
        </p>
        {(error ?? exampleError) && (
          <p data-slot="chat-error" role="alert">
            {error?.message ?? exampleError}
          </p>
        )}
        <Composer
          messageRef={message}
          text={text}
          onTextChange={setText}
          onSend={() => sendNow(text)}
          onStop={conversation.stop}
          busy={busy}
          uploading={uploads.uploading}
          attachments={uploads.items}
          rejected={uploads.rejected}
          onAttach={(files) => void uploads.add(files)}
          onRemoveAttachment={uploads.remove}
          onDismissRejected={uploads.dismissRejected}
          accept={config.uploads.accept}
          uploadsEnabled={config.uploads.enabled}
        />
      </footer>
    </>
  );
}

export interface AppProps {
  /** Where the conversation survives reloads; IndexedDB by default. */
  storage?: ConversationStorage;
  /** Where the message being sent survives reloads; localStorage by default. */
  pendingTurns?: PendingTurnStorage;
}

export function App({ storage: storageProp, pendingTurns: pendingTurnsProp }: AppProps = {}) {
  const [storage] = useState(() => storageProp ?? defaultStorage());
  const [pendingTurns] = useState(() => pendingTurnsProp ?? localPendingTurnStorage('execards-demo-pending-turn'));
  const persisted = usePersistedConversation(storage);
  const health = useHealth();
  const config = useConfig();
  const { theme, toggle } = useTheme();
  const failureMessage = config.phase === 'ready' ? config.config.generatedFiles.downloadFailureMessage : null;
  const labels = useMemo(() => (failureMessage ? { downloadFailureMessage: failureMessage } : {}), [failureMessage]);

  const header = (controls: ReactNode) => (
    <header data-slot="app-header">
      <div data-slot="brand">
        <h1>execards</h1>
        <p>See what the code interpreter did: code, charts, tables, HTML and files, right in the chat.</p>
      </div>
      <div data-slot="header-controls">
        {controls}
        <ThemeToggle theme={theme} onToggle={toggle} />
      </div>
      <section aria-label="Connection" aria-live="polite">
        <ConnectionStatus state={health} />
      </section>
    </header>
  );

  return (
    <div className="demo-shell">
      {config.phase === 'ready' && persisted.phase === 'ready' ? (
        <LabelsProvider labels={labels}>
          <DownloadsProvider maxConcurrentDownloads={config.config.generatedFiles.maxConcurrentDownloads}>
            {/* A new chat is a new store: everything in Chat (draft, uploads, status) starts over. */}
            <Chat key={persisted.generation} config={config.config} header={header} persisted={persisted} pendingTurns={pendingTurns} />
          </DownloadsProvider>
        </LabelsProvider>
      ) : (
        <>
          {header(null)}
          <main data-slot="transcript" aria-label="Conversation">
            {config.phase !== 'error' ? (
              <p role="status">Loading the chat settings…</p>
            ) : (
              <p data-slot="chat-error" role="alert">
                The chat settings could not be loaded: {config.message}
              </p>
            )}
          </main>
        </>
      )}
    </div>
  );
}
