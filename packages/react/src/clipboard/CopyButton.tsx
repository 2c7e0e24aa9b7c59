'use client';
import { useEffect, useState, type ComponentPropsWithRef } from 'react';
import { useLabels } from '../LabelsProvider.js';
import { LiveRegion } from '../LiveRegion.js';
import { copyText } from './copy-text.js';

export type CopyState = 'idle' | 'copied' | 'failed';

/** How long the button says "Copied" (or "Copy failed") before it shows its label again. */
export const copyFeedbackMs = 2000;

export interface CopyButtonProps extends Omit<ComponentPropsWithRef<'button'>, 'children' | 'onClick' | 'type'> {
  /** The text put on the clipboard. */
  text: string;
  /** What the button says at rest, e.g. "Copy code". */
  label: string;
  /** Read out by screen readers after a successful copy; the button itself says "Copied". */
  announcement: string;
  /** Appended to the accessible name when the label alone is ambiguous (e.g. which sandbox id). */
  target?: string;
  /** The accessible name at rest when the visible label alone is too little (e.g. "Copy sandbox id ending 3f9a"); it should start with `label`. */
  accessibleName?: string;
}

/**
 * Every copy-text button of the kit: the button itself says "Copied" or "Copy failed" for two
 * seconds (`data-state` `copied` / `failed`), and a polite live region announces the outcome.
 */
export function CopyButton({ text, label, announcement, target, accessibleName, ...props }: CopyButtonProps) {
  const labels = useLabels();
  const [state, setState] = useState<CopyState>('idle');
  // Bumped per press so a second copy restarts the two seconds and is announced again.
  const [press, setPress] = useState(0);
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), copyFeedbackMs);
    return () => clearTimeout(timer);
  }, [state, press]);

  async function copy() {
    const copied = await copyText(text);
    setState(copied ? 'copied' : 'failed');
    setPress((value) => value + 1);
  }

  const shown = state === 'copied' ? labels.copied : state === 'failed' ? labels.copyFailed : label;
  const message = state === 'copied' ? announcement : state === 'failed' ? labels.copyFailed : '';
  return (
    <>
      <button type="button" data-state={state} aria-label={state === 'idle' && accessibleName ? accessibleName : target ? `${shown} ${target}` : undefined} onClick={() => void copy()} {...props}>
        {shown}
      </button>
      <LiveRegion message={message} />
    </>
  );
}
