'use client';
import { cardForFile } from '@execards/core';
import { AssistantMessage, ExecutionCard, OutputView, type OutputComponents } from '@execards/react';
import { forwardRef, useMemo, type ComponentPropsWithRef } from 'react';
import { toMessageView, type FileUrlResolver } from './message-view.js';

export interface CodeInterpreterMessageProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /** An assistant `UIMessage` from `useChat`. */
  message: unknown;
  /** URL of a cited file when the server did not add a signed one (`withSignedFileUrls`). */
  fileUrl?: FileUrlResolver;
  /** The key of `openai.tools.codeInterpreter()` in `tools`; default `code_interpreter`. */
  toolName?: string;
  /** True while this message is still streaming (`status === 'streaming'` for the last message). */
  streaming?: boolean;
  /** Replace the image, table, HTML or file view. */
  components?: OutputComponents;
}

/**
 * An assistant message's text and code interpreter parts, in order: markdown with each `sandbox:`
 * link shown as its output card (with the producing call's code), and a card for every call whose
 * file no link shows (plus auto-captured plots whose image no card has). Other parts (reasoning, sources, your own tools) are left to the app.
 */
export const CodeInterpreterMessage = forwardRef<HTMLDivElement, CodeInterpreterMessageProps>(function CodeInterpreterMessage({ message, fileUrl, toolName, streaming = false, components, ...props }: CodeInterpreterMessageProps, ref) {
  const view = useMemo(() => toMessageView(message, { fileUrl, toolName }), [message, fileUrl, toolName]);
  const shownInLinks = useMemo(() => {
    const ids = new Set<string>();
    for (const item of view.turn.items) {
      if (item.kind !== 'message') continue;
      for (const link of item.links) {
        const card = cardForFile(view.turn, link.path);
        if (card) ids.add(card.id);
      }
    }
    return ids;
  }, [view]);
  // A zero-span citation names a plot the text never links. Its image is already on the call's card when
  // outputs were included; otherwise (outputs null) the citation is the only way to show it.
  const autoCaptured = useMemo(() => {
    if (view.cards.some((card) => card.images.length > 0)) return [];
    return Object.values(view.files).filter((file) => file.autoCaptured && file.kind === 'image' && file.url !== null);
  }, [view]);
  const latestCard = view.cards.at(-1);

  return (
    <div data-slot="code-interpreter-message" data-state={streaming ? 'streaming' : 'settled'} ref={ref} {...props}>
      {view.turn.items.map((item) => {
        if (item.kind === 'execution') return shownInLinks.has(item.id) ? null : <ExecutionCard key={item.id} card={item} />;
        if (item.kind === 'message') return <AssistantMessage key={item.id} message={item} files={view.files} turn={view.turn} settled={!streaming} components={components} />;
        return null;
      })}
      {autoCaptured.map((file) => {
        const output = <OutputView components={components} file={file} url={file.url ?? ''} title={null} />;
        return latestCard ? (
          <ExecutionCard key={file.path} card={latestCard} output={output} data-path={file.path} data-kind={file.kind} />
        ) : (
          <div key={file.path} data-slot="output-card" data-state="ready" data-path={file.path} data-kind={file.kind}>
            {output}
          </div>
        );
      })}
    </div>
  );
});
CodeInterpreterMessage.displayName = 'CodeInterpreterMessage';
