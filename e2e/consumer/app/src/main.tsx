// A consumer app built from the packed tarballs: every package, the refs it forwards, and the views a chat shows.
import { ClientProvider, useClient } from '@execards/client';
import { CodeInterpreterPart } from '@execards/ai-sdk';
import { CodeInterpreterTool } from '@execards/assistant-ui';
import type { ExecutionCard as ExecutionCardState } from '@execards/core';
import { DownloadsProvider, ExecutionCard, FileCard, ImageView, LabelsProvider, LazyTableView } from '@execards/react';
import { HtmlView } from '@execards/react/html';
import { de } from '@execards/react/locales/de';
import '@execards/react/styles.css';
import { TableView } from '@execards/react/table';
import { StrictMode, Suspense, useEffect, useRef, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';

export const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export const card: ExecutionCardState = {
  kind: 'execution',
  id: 'ci_1',
  status: 'completed',
  code: 'print("hello")',
  codeComplete: true,
  logs: 'hello\n',
  images: [],
  outputs: [{ type: 'logs', logs: 'hello\n' }],
  containerId: 'cntr_1',
  startedAt: 1_700_000_000_000,
  completedAt: 1_700_000_004_000,
  error: null,
};

export const part = {
  type: 'tool-code_interpreter',
  toolCallId: 'ci_2',
  state: 'output-available',
  providerExecuted: true,
  input: { containerId: 'cntr_1', code: 'print(2)' },
  output: { outputs: [{ type: 'logs', logs: '2\n' }] },
};

const toolProps = {
  type: 'tool-call',
  toolCallId: 'ci_3',
  toolName: 'code_interpreter',
  args: { code: 'print(3)', container_id: 'cntr_1' },
  argsText: '{"code":"print(3)"}',
  status: { type: 'complete' },
} as unknown as ComponentProps<typeof CodeInterpreterTool>;

declare global {
  interface Window {
    consumer?: { client: boolean; refs: Record<string, string | null> };
  }
}

function ClientProbe() {
  const client = useClient();
  useEffect(() => {
    window.consumer = { ...(window.consumer ?? { refs: {} }), client: typeof client.send === 'function' };
  }, [client]);
  return null;
}

function App() {
  const cardRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLDivElement>(null);
  const imageRef = useRef<HTMLElement>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const htmlRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const slot = (element: HTMLElement | null) => element?.getAttribute('data-slot') ?? null;
    window.consumer = {
      client: window.consumer?.client ?? false,
      refs: { card: slot(cardRef.current), file: slot(fileRef.current), image: slot(imageRef.current), table: slot(tableRef.current), html: slot(htmlRef.current) },
    };
  }, []);
  return (
    <ClientProvider>
      <ClientProbe />
      <DownloadsProvider>
        <main>
          <ExecutionCard ref={cardRef} card={card} />
          <LabelsProvider labels={de}>
            <ExecutionCard card={{ ...card, id: 'ci_de' }} />
          </LabelsProvider>
          <CodeInterpreterPart part={part} />
          <CodeInterpreterTool {...toolProps} />
          <TableView ref={tableRef} rows={[['city', 'sales'], ['Berlin', '10'], ['Paris', '12']]} fileName="sales.csv" />
          <Suspense fallback={null}>
            <LazyTableView rows={[['lazy'], ['row']]} fileName="lazy.csv" />
          </Suspense>
          <HtmlView ref={htmlRef} html="<h1>Preview</h1>" fileName="page.html" />
          <ImageView ref={imageRef} src={pixel} alt="one pixel" width={1} height={1} />
          <FileCard ref={fileRef} name="report.pdf" size={2048} url="/files/report.pdf" />
        </main>
      </DownloadsProvider>
    </ClientProvider>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
