// Real processes start, die and restart in these suites; a slow, shared machine must not fail them.
import { jest } from '@jest/globals';

jest.setTimeout(120_000);
