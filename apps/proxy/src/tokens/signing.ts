import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * HMAC-SHA256 with key rotation: the first secret signs, every secret verifies, so instances can roll
 * a new secret in before the old one is retired.
 */
export interface Signer {
  sign(message: string): string;
  verify(message: string, signature: string): boolean;
}

export const minimumSecretLength = 32;

export function createSigner(secrets: readonly string[]): Signer {
  const [current] = secrets;
  if (current === undefined) throw new Error('At least one signing secret is required.');
  for (const secret of secrets) {
    if (secret.length < minimumSecretLength) throw new Error(`Signing secrets must be at least ${minimumSecretLength} characters long.`);
  }
  const mac = (secret: string, message: string) => createHmac('sha256', secret).update(message).digest();
  return {
    sign: (message) => mac(current, message).toString('base64url'),
    verify(message, signature) {
      const given = Buffer.from(signature, 'base64url');
      return secrets.some((secret) => {
        const expected = mac(secret, message);
        return given.length === expected.length && timingSafeEqual(given, expected);
      });
    },
  };
}
