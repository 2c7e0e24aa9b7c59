import type { PublicConfig } from '@execards/core';

export type UploadLimits = PublicConfig['uploads'];

export interface RejectedFile {
  name: string;
  code: 'too_many_files' | 'file_too_large' | 'file_type_not_allowed' | 'empty_file' | 'uploads_disabled';
  message: string;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Checks files against the server's published limits before sending a byte, so a person sees why a file is
 * refused at once. The server checks again (and sniffs content): this is for speed, not for safety.
 */
export function checkUploadLimits(
  files: readonly { name: string; size: number }[],
  alreadyAttached: number,
  limits: UploadLimits,
): { accepted: number[]; rejected: RejectedFile[] } {
  const accepted: number[] = [];
  const rejected: RejectedFile[] = [];
  const allowedExtensions = new Set(limits.allowedTypes.flatMap((type) => type.extensions.map((extension) => extension.toLowerCase())));
  const allowedLabels = limits.allowedTypes.map((type) => type.label).join(', ');
  files.forEach((file, index) => {
    const quoted = `"${file.name}"`;
    if (!limits.enabled) {
      rejected.push({ name: file.name, code: 'uploads_disabled', message: `${quoted} was not attached: file uploads are turned off on this server.` });
    } else if (!allowedExtensions.has(extensionOf(file.name))) {
      rejected.push({ name: file.name, code: 'file_type_not_allowed', message: `${quoted} was not attached: only ${allowedLabels} files can be uploaded.` });
    } else if (file.size > limits.maxFileBytes) {
      rejected.push({
        name: file.name,
        code: 'file_too_large',
        message: `${quoted} was not attached: it is ${formatBytes(file.size)}, and files can be at most ${formatBytes(limits.maxFileBytes)}.`,
      });
    } else if (file.size === 0) {
      rejected.push({ name: file.name, code: 'empty_file', message: `${quoted} was not attached: it is empty.` });
    } else if (alreadyAttached + accepted.length >= limits.maxFilesPerMessage) {
      rejected.push({ name: file.name, code: 'too_many_files', message: `${quoted} was not attached: at most ${limits.maxFilesPerMessage} files can be sent with one message.` });
    } else {
      accepted.push(index);
    }
  });
  return { accepted, rejected };
}
