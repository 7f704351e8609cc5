import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { RequireScopes } from '@app/auth';
import { LogVerifier, verificationAnswer } from '@app/audit';
import { CustomerNotFoundError } from '@app/customer';
import { Surface } from '../../../http/surface/surface.decorator.js';
import { AnswersErrors } from '../../../http/openapi/answers-errors.decorator.js';
import { Answers } from '../../../http/openapi/documented-answer.decorators.js';
import { TAGS } from '../../../http/openapi/tags.js';
import { viewRef } from '../../../http/openapi/schemas/view-schemas.js';

export class VerifyQueryDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 64, description: 'One customer’s stream only.' })
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
@ApiTags(TAGS.audit)
export class AuditVerifyController {
  constructor(private readonly verifier: LogVerifier) {}

  @Get()
  @ApiOperation({ summary: 'Prove that nobody edited the log' })
  @Answers(200, 'Valid, or the failures found.', viewRef('VerifyAnswer'))
  @AnswersErrors('CUSTOMER_NOT_FOUND')
  async verify(@Query() query: VerifyQueryDto): Promise<Record<string, unknown>> {
    const report = await this.verifier.verify(query.customerId);
    if (query.customerId !== undefined && report.events === 0 && report.valid) {
      throw new CustomerNotFoundError(query.customerId);
    }
    return verificationAnswer(report);
  }
}
