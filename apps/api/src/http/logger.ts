import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * JSON logs, one line per request. Request logs carry method, route template and status only;
 * headers that carry secrets are redacted in case anything logs a request.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
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
  };
  return destination ? pino(options, destination) : pino(options);
}
