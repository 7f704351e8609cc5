import type { CommandFilter, EventFilter } from '@app/audit';
import { toStoredTime } from '../../../http/validation/is-instant.validator.js';
import type { CommandPageDto, EventFilterDto } from './dto/audit-filter.dto.js';

const EQUALITY_KEYS = ['customerId', 'type', 'clientId', 'commandName', 'source'] as const;

/** The validated query as a filter, its times normalised to how the log stores them. */
export function eventFilterOf(dto: EventFilterDto): EventFilter {
  const filter: { -readonly [K in keyof EventFilter]: EventFilter[K] } = {};
  for (const key of EQUALITY_KEYS) {
    if (dto[key] !== undefined) Object.assign(filter, { [key]: dto[key] });
  }
  if (dto.from !== undefined) filter.from = toStoredTime(dto.from);
  if (dto.to !== undefined) filter.to = toStoredTime(dto.to);
  return filter;
}

export function commandFilterOf(dto: CommandPageDto): CommandFilter {
  const filter = eventFilterOf(dto);
  return dto.outcome === undefined ? filter : { ...filter, outcome: dto.outcome };
}
