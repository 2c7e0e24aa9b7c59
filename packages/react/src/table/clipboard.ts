'use client';
/**
 * Puts text on the clipboard: the async Clipboard API when the page may use it, else the older
 * copy command on a hidden textarea (pages without clipboard permission, embedded frames).
 */
export async function writeClipboard(text: string): Promise<void> {
  try {
    if (!navigator.clipboard) throw new Error('no Clipboard API');
    // Without permission some browsers leave the promise pending instead of rejecting it.
    await Promise.race([navigator.clipboard.writeText(text), new Promise((_, reject) => setTimeout(() => reject(new Error('clipboard timed out')), 1_000))]);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    const previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    previousFocus?.focus({ preventScroll: true });
    if (!copied) throw new Error('copy was refused');
  }
}
