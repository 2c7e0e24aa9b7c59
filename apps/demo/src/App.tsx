import { useConversation, useUploads, type PublicConfig } from '@execards/client';
import { DownloadsProvider, LabelsProvider } from '@execards/react';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Composer } from './Composer.js';
import { ConnectionStatus } from './ConnectionStatus.js';
import { EmptyState } from './EmptyState.js';
import { loadSample, type Example } from './examples.js';
import { ModelPicker } from './ModelPicker.js';
import { ThemeToggle } from './ThemeToggle.js';
import { TurnView } from './TurnView.js';
import { useConfig } from './use-config.js';
import { useFileDrop } from './use-file-drop.js';
import { useHealth } from './use-health.js';
import { useTheme } from './use-theme.js';

function Chat({ config, header }: { config: PublicConfig; header: (picker: ReactNode) => ReactNode }) {
  const conversation = useConversation();
  const { state, status, error } = conversation;
  const uploads = useUploads({ limits: config.uploads, token: state.conversationToken, onToken: conversation.setToken });
  const [model, setModel] = useState(() => (config.models.find((candidate) => candidate.supportsCodeInterpreter) ?? config.models[0])?.name ?? '');
  const [text, setText] = useState('');
  const [exampleError, setExampleError] = useState<string | null>(null);
  const busy = status === 'submitted' || status === 'streaming' || status === 'reconnecting';
  const dragging = useFileDrop(config.uploads.enabled && !busy, (files) => void uploads.add(files));
  const end = useRef<HTMLDivElement>(null);

  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [state.turns]);

  const sendNow = (messageText: string, items = uploads.items) => {
    const ready = items.filter((item) => item.status === 'uploaded' && item.fileId);
    void conversation.send(messageText.trim(), {
      model,
      fileIds: ready.flatMap((item) => (item.fileId ? [item.fileId] : [])),
      attachments: ready.map((item) => ({ name: item.name, bytes: item.size, mimeType: item.mimeType, fileId: item.fileId })),
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
      {header(<ModelPicker models={config.models} value={model} onValueChange={setModel} />)}
      <main data-slot="transcript" aria-label="Conversation" data-dragging={dragging ? 'true' : undefined}>
        {state.turns.length === 0 ? (
          <EmptyState onPick={(example) => void pickExample(example)} disabled={busy || uploads.uploading} />
        ) : (
          state.turns.map((turn) => <TurnView key={turn.id} turn={turn} state={state} />)
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
        <div ref={end} />
        {dragging && (
          <div data-slot="drop-overlay" aria-hidden="true">
            Drop files to attach them
          </div>
        )}
      </main>
      <footer data-slot="composer-area">
        {(error ?? exampleError) && (
          <p data-slot="chat-error" role="alert">
            {error?.message ?? exampleError}
          </p>
        )}
        <Composer
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
          accept={config.uploads.accept}
          uploadsEnabled={config.uploads.enabled}
        />
      </footer>
    </>
  );
}

export function App() {
  const health = useHealth();
  const config = useConfig();
  const { theme, toggle } = useTheme();
  const failureMessage = config.phase === 'ready' ? config.config.generatedFiles.downloadFailureMessage : null;
  const labels = useMemo(() => (failureMessage ? { downloadFailureMessage: failureMessage } : {}), [failureMessage]);

  const header = (picker: ReactNode) => (
    <header data-slot="app-header">
      <div data-slot="brand">
        <h1>execards</h1>
        <p>See what the code interpreter did: code, charts, tables, HTML and files, right in the chat.</p>
      </div>
      <div data-slot="header-controls">
        {picker}
        <ThemeToggle theme={theme} onToggle={toggle} />
      </div>
      <section aria-label="Connection" aria-live="polite">
        <ConnectionStatus state={health} />
      </section>
    </header>
  );

  return (
    <div className="demo-shell">
      {config.phase === 'ready' ? (
        <LabelsProvider labels={labels}>
          <DownloadsProvider maxConcurrentDownloads={config.config.generatedFiles.maxConcurrentDownloads}>
            <Chat config={config.config} header={header} />
          </DownloadsProvider>
        </LabelsProvider>
      ) : (
        <>
          {header(null)}
          <main data-slot="transcript" aria-label="Conversation">
            {config.phase === 'loading' ? (
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
