import { parseSinkConfig } from './sink-config.js';

describe('NOTIFICATION_SINK', () => {
  it('defaults to the log sink', () => {
    expect(parseSinkConfig(undefined)).toEqual({ kind: 'log' });
    expect(parseSinkConfig('log')).toEqual({ kind: 'log' });
  });

  it('reads a file path and a webhook URL', () => {
    expect(parseSinkConfig('file:./data/n.ndjson')).toEqual({
      kind: 'file',
      path: './data/n.ndjson',
    });
    expect(parseSinkConfig('webhook:https://hooks.example.com/x')).toEqual({
      kind: 'webhook',
      url: 'https://hooks.example.com/x',
    });
  });

  it.each(['mail', 'file:', 'webhook:', 'webhook:ftp://x', 'webhook:example.com'])(
    'stops start-up on %j, so a typo cannot silently drop messages',
    (value) => {
      expect(() => parseSinkConfig(value)).toThrow('NOTIFICATION_SINK');
    },
  );
});
