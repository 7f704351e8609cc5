import type { CommandMetadata } from '@app/customer';
import { DEFAULT_NOW } from '../fixed-clock.js';

/** The audit metadata of a command as an adapter builds it (BPM unless told otherwise). */
export function aCommandMetadata(overrides: Partial<CommandMetadata> = {}): CommandMetadata {
  return {
    commandId: 'cmd_1',
    requestId: 'req_1',
    source: 'bpm',
    actor: { clientId: 'bpm_client' },
    receivedAt: DEFAULT_NOW,
    ...overrides,
  };
}
