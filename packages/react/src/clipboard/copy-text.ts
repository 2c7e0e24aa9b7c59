'use client';
/**
 * Copies text: the async Clipboard API when the page may use it (secure contexts), else the
 * legacy hidden-textarea `execCommand('copy')`, which still works on plain HTTP. Resolves to
 * whether the text reached the clipboard; never throws.
 */
export async function copyText(text: string): Promise<boolean> {
  if (typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function') {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      // Without permission some browsers leave the promise pending instead of rejecting it.
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('clipboard timed out')), 1_000);
      });
      await Promise.race([navigator.clipboard.writeText(text), timeout]);
      return true;
    } catch {
      // Permission denied, not focused or no answer: the legacy path below may still work.
    } finally {
      clearTimeout(timer);
    }
  }
  return copyWithTextarea(text);
}

function copyWithTextarea(text: string): boolean {
  if (typeof document === 'undefined') return false;
  const previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const textarea = document.createElement('textarea');
  textarea.value = text;
  textarea.setAttribute('readonly', '');
  textarea.style.position = 'fixed';
  textarea.style.opacity = '0';
  textarea.style.pointerEvents = 'none';
  document.body.append(textarea);
  textarea.select();
  let copied = false;
  try {
    // Deprecated but the only synchronous fallback where navigator.clipboard is missing (plain HTTP).
    copied = typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    copied = false;
  }
  textarea.remove();
  previousFocus?.focus({ preventScroll: true });
  return copied;
}
