import { AssistantRuntimeProvider, MessagePrimitive, ThreadPrimitive, useExternalStoreRuntime } from '@assistant-ui/react';
import { HeadingLevelProvider } from '@execards/react';
import { render, waitFor } from '@testing-library/react';
import type { UIMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { CodeInterpreterToolUI } from './create-code-interpreter-tool-ui.js';
import { uiMessageToThreadMessage } from './ui-message-to-thread-message.js';

const message: UIMessage = {
  id: 'assistant_1',
  role: 'assistant',
  parts: [{ type: 'tool-code_interpreter', toolCallId: 'ci_1', state: 'output-available', input: { containerId: 'cntr_1', code: 'print(6 * 7)' }, output: { outputs: [{ type: 'logs', logs: '42' }] }, providerExecuted: true }],
};

function Thread({ withToolUI }: { withToolUI: boolean }) {
  const runtime = useExternalStoreRuntime<UIMessage>({ messages: [message], convertMessage: uiMessageToThreadMessage, onNew: () => Promise.resolve() });
  return (
    <AssistantRuntimeProvider runtime={runtime}>
      {withToolUI && <CodeInterpreterToolUI />}
      <ThreadPrimitive.Root>
        <ThreadPrimitive.Messages>
          {() => (
            <MessagePrimitive.Root>
              <MessagePrimitive.Parts />
            </MessagePrimitive.Root>
          )}
        </ThreadPrimitive.Messages>
      </ThreadPrimitive.Root>
    </AssistantRuntimeProvider>
  );
}

describe('CodeInterpreterToolUI', () => {
  it('registers the card for code_interpreter calls rendered by plain MessagePrimitive.Parts', async () => {
    render(<Thread withToolUI />);
    await waitFor(() => expect(document.querySelector('[data-tool-call-id="ci_1"]')).toHaveAttribute('data-status', 'completed'));
    expect(document.querySelector('[data-tool-call-id="ci_1"]')?.textContent).toContain('42');
  });

  it("takes the card's heading level from the kit's HeadingLevelProvider around the thread", async () => {
    render(
      <HeadingLevelProvider level={2}>
        <Thread withToolUI />
      </HeadingLevelProvider>,
    );
    await waitFor(() => expect(document.querySelector('[data-tool-call-id="ci_1"]')).toHaveAttribute('data-status', 'completed'));
    const card = document.querySelector('[data-tool-call-id="ci_1"]');
    expect(card?.querySelector('h2[data-slot="execution-card-title"]')).not.toBeNull();
    expect(card?.querySelector('h3')).toBeNull();
  });

  it('renders no card without the registration (the test above is not vacuous)', async () => {
    render(<Thread withToolUI={false} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelector('[data-tool-call-id="ci_1"]')).toBeNull();
  });
});
