import { pino, type Logger } from 'pino';

/**
 * JSON logs, one line per request. Request logs carry method, route template and status only;
 * headers that carry secrets are redacted in case anything logs a request.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers["x-connectfi-token"]',
        '*.clientSecret',
        '*.password',
        '*.token',
      ],
      censor: '[redacted]',
    },
  });
}
