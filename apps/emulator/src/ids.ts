import { randomBytes } from 'node:crypto';

const base58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function hex(length: number): string {
  return randomBytes(Math.ceil(length / 2)).toString('hex').slice(0, length);
}

function base58Text(length: number): string {
  return Array.from(randomBytes(length), (byte) => base58[byte % base58.length]).join('');
}

/** Identifiers shaped like the upstream's (prefix and length), random, never reused. */
export const newId = {
  response: () => `resp_${hex(50)}`,
  message: () => `msg_${hex(50)}`,
  reasoning: () => `rs_${hex(50)}`,
  codeInterpreterCall: () => `ci_${hex(50)}`,
  container: () => `cntr_${hex(48)}`,
  containerFile: () => `cfile_${hex(32)}`,
  file: () => `file-${base58Text(22)}`,
  request: () => `req_${hex(32)}`,
};

/** Random padding like the upstream's `obfuscation` field on deltas. */
export function obfuscationPadding(deltaLength: number): string {
  return base58Text(Math.max(1, 16 - Math.min(deltaLength, 15)));
}
