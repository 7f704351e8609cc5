import { Controller, Get, Query } from '@nestjs/common';
import { IsOptional, IsString, Length } from 'class-validator';
import { RequireScopes } from '@app/auth';
import { LogVerifier, verificationAnswer } from '@app/audit';
import { CustomerNotFoundError } from '@app/customer';
import { Surface } from '../../../http/surface/surface.decorator.js';

export class VerifyQueryDto {
  @IsOptional()
  @IsString()
  @Length(1, 64)
  customerId?: string;
}

/**
 * Proves that nobody edited the log (API.md §8): recomputes every hash and link, and checks
 * each event against its command and each stream against its read model. Failures name only
 * streams and versions, so there is nothing to mask.
 */
@Controller('api/audit/verify')
@Surface('problem')
@RequireScopes('audit:read')
export class AuditVerifyController {
  constructor(private readonly verifier: LogVerifier) {}

  @Get()
  async verify(@Query() query: VerifyQueryDto): Promise<Record<string, unknown>> {
    const report = await this.verifier.verify(query.customerId);
    if (query.customerId !== undefined && report.events === 0 && report.valid) {
      throw new CustomerNotFoundError(query.customerId);
    }
    return verificationAnswer(report);
  }
}
