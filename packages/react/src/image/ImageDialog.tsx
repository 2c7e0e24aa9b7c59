'use client';
import { useEffect, useId, useRef, type RefObject } from 'react';
import { useLabels } from '../LabelsProvider.js';

export interface ImageDialogProps {
  open: boolean;
  onClose: () => void;
  src: string;
  alt: string;
  /** The dialog's title (the image's caption); defaults to `alt`. */
  label?: string;
  /** Where focus goes back to when the dialog closes. */
  returnFocusTo: RefObject<HTMLElement | null>;
}

/** Full-size image in a modal <dialog>: the browser traps focus and closes on Esc; focus returns to the trigger. */
export function ImageDialog({ open, onClose, src, alt, label = alt, returnFocusTo }: ImageDialogProps) {
  const labels = useLabels();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    if (!open && dialog.open) {
      dialog.close();
      returnFocusTo.current?.focus();
    }
  }, [open, returnFocusTo]);

  return (
    // A modal dialog is interactive: Esc closing it is part of the dialog pattern.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={dialogRef}
      data-slot="image-dialog"
      aria-labelledby={titleId}
      // Native Esc handling only follows trusted key presses; this also covers scripted ones and old engines.
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        returnFocusTo.current?.focus();
        onClose();
      }}
    >
      <div data-slot="image-dialog-bar">
        <span id={titleId} data-slot="image-dialog-title">
          {labels.imageDialogLabel(label)}
        </span>
        <button type="button" data-slot="image-dialog-close" onClick={onClose}>
          {labels.closeImage}
        </button>
      </div>
      {open && <img data-slot="image-dialog-image" src={src} alt={alt} />}
    </dialog>
  );
}
