import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.js';
import { parseFaults } from './faults.js';

describe('parseFaults', () => {
  it('reads directives from the header and metadata together', () => {
    expect(parseFaults('drop-after=40; stall-after=3, stall-ms=250', 'expire-container=mid')).toEqual({ dropAfter: 40, stallAfter: 3, stallMs: 250, expireContainer: 'mid' });
    expect(parseFaults('rate-limit', undefined)).toEqual({ rateLimitSeconds: 1 });
    expect(parseFaults('server-error', undefined)).toEqual({ serverError: true });
    expect(parseFaults(undefined, undefined)).toEqual({});
  });

  it('rejects unknown directives and bad values with a 400 naming them', () => {
    expect(() => parseFaults('drop-after=-1', undefined)).toThrow(ApiError);
    expect(() => parseFaults('expire-container=later', undefined)).toThrow("Invalid value 'later' for emulator fault 'expire-container'.");
    expect(() => parseFaults('teleport', undefined)).toThrow("Unknown emulator fault 'teleport'");
  });
});
