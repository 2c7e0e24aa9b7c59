import type { ProxyEventPayload, ProxyEventType } from '@execards/core';

/** One server-sent event; multi-line data is split over several `data:` lines as the format requires. */
export function sseFrame(type: string, data: string): string {
  const lines = data.split(/\r\n|\r|\n/).map((line) => `data: ${line}`);
  return `event: ${type}\n${lines.join('\n')}\n\n`;
}

/** Writes one of the proxy's own events; the payload is checked against the protocol's type for `type`. */
export function sendProxyEvent<Type extends ProxyEventType>(send: (frame: string) => void, type: Type, payload: ProxyEventPayload<Type>): void {
  send(sseFrame(type, JSON.stringify(payload)));
}

/** A comment line: ignored by EventSource parsers, keeps idle connections open through load balancers. */
export const sseHeartbeat = ': keep-alive\n\n';
