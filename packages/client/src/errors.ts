/** An error the proxy answered with, or a failure to reach it; `message` is safe to show to a person. */
export class ProxyError extends Error {
  override readonly name = 'ProxyError';
  constructor(
    message: string,
    readonly status: number | null,
    readonly code: string,
  ) {
    super(message);
  }
}
