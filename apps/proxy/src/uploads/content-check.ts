import { officeZipSignature, type UploadType } from './file-types.js';

/**
 * Checks a file's bytes against the type its extension claims, chunk by chunk, so a file is never held
 * whole in memory. `push` and `finish` return the broken rule in words, or null while all is well.
 */
export interface ContentCheck {
  push(chunk: Uint8Array): string | null;
  finish(): string | null;
}

function startsWith(prefix: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => prefix[index] === byte);
}

function prefixCollector(length: number) {
  const prefix = new Uint8Array(length);
  let filled = 0;
  return {
    add(chunk: Uint8Array) {
      if (filled >= length) return;
      const take = Math.min(length - filled, chunk.length);
      prefix.set(chunk.subarray(0, take), filled);
      filled += take;
    },
    get complete() {
      return filled >= length;
    },
    bytes: prefix,
  };
}

function magicCheck(type: UploadType, signature: readonly number[]): ContentCheck {
  const prefix = prefixCollector(signature.length);
  let verdict: string | null | undefined;
  const rule = `its content is not a ${type.label} (file signature mismatch)`;
  return {
    push(chunk) {
      if (verdict !== undefined) return verdict;
      prefix.add(chunk);
      if (prefix.complete) verdict = startsWith(prefix.bytes, signature) ? null : rule;
      return verdict ?? null;
    },
    finish() {
      return verdict === undefined ? rule : verdict;
    },
  };
}

/** Office Open XML files are ZIP archives; the local headers name entries like `word/document.xml` in plain bytes. */
function officeCheck(type: UploadType, marker: string): ContentCheck {
  const prefix = prefixCollector(officeZipSignature.length);
  const needle = Buffer.from(marker, 'latin1');
  let carry: Buffer = Buffer.alloc(0);
  let markerSeen = false;
  let zipVerdict: string | null | undefined;
  const notZip = `its content is not a ${type.label} (not a ZIP package)`;
  return {
    push(chunk) {
      if (zipVerdict === undefined) {
        prefix.add(chunk);
        if (prefix.complete) zipVerdict = startsWith(prefix.bytes, officeZipSignature) ? null : notZip;
      }
      if (zipVerdict) return zipVerdict;
      if (!markerSeen) {
        const window = Buffer.concat([carry, chunk]);
        markerSeen = window.includes(needle);
        carry = window.subarray(Math.max(0, window.length - needle.length + 1));
      }
      return null;
    },
    finish() {
      if (zipVerdict === undefined) return notZip;
      if (zipVerdict) return zipVerdict;
      return markerSeen ? null : `its content is not a ${type.label} (the package has no ${marker} part)`;
    },
  };
}

// Control characters other than tab, line feed, form feed and carriage return never occur in real text files.
// eslint-disable-next-line no-control-regex
const binaryCharacters = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

function textCheck(type: UploadType): ContentCheck {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let verdict: string | null = null;
  const notUtf8 = `its content is not ${type.label} text (not valid UTF-8)`;
  const binary = `its content is not ${type.label} text (contains binary data)`;
  return {
    push(chunk) {
      if (verdict) return verdict;
      try {
        if (binaryCharacters.test(decoder.decode(chunk, { stream: true }))) verdict = binary;
      } catch {
        verdict = notUtf8;
      }
      return verdict;
    },
    finish() {
      if (verdict) return verdict;
      try {
        if (binaryCharacters.test(decoder.decode())) verdict = binary;
      } catch {
        verdict = notUtf8;
      }
      return verdict;
    },
  };
}

export function createContentCheck(type: UploadType): ContentCheck {
  switch (type.content.kind) {
    case 'magic':
      return magicCheck(type, type.content.signature);
    case 'office':
      return officeCheck(type, type.content.marker);
    case 'text':
      return textCheck(type);
  }
}
