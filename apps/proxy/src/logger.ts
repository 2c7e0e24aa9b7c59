export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  log(level: LogLevel, event: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

const sensitiveField = /^(api[-_]?key|authorization|secret|password|token)$/i;

function describeError(error: Error): Record<string, unknown> {
  const status = (error as { status?: unknown }).status;
  return { name: error.name, message: error.message, ...(typeof status === 'number' ? { status } : {}) };
}

/**
 * One JSON object per line. Secrets are scrubbed from the finished line, whatever field they hid in,
 * and fields named like credentials are never written.
 */
export function createLogger(options: { secrets?: readonly string[]; write?: (line: string) => void; level?: LogLevel } = {}): Logger {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 4);
  const order: LogLevel[] = ['debug', 'info', 'warn', 'error'];
  const threshold = order.indexOf(options.level ?? 'info');

  function make(bound: Record<string, unknown>): Logger {
    return {
      log(level, event, fields = {}) {
        if (order.indexOf(level) < threshold) return;
        let line = JSON.stringify({ time: new Date().toISOString(), level, event, ...bound, ...fields }, (key, value: unknown) => {
          if (sensitiveField.test(key)) return '[redacted]';
          return value instanceof Error ? describeError(value) : value;
        });
        for (const secret of secrets) line = line.split(secret).join('[redacted]');
        write(line);
      },
      child: (fields) => make({ ...bound, ...fields }),
    };
  }
  return make({});
}
