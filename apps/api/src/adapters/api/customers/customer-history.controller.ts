import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '@app/auth';
import { auditEventView } from '@app/audit';
import { GetCustomerHistoryQuery, type HistoryPage } from '@app/customer';
import { HistoryPageDto } from './dto/customer-queries.dto.js';
import { Surface } from '../../../http/surface/surface.decorator.js';
import { AnswersErrors } from '../../../http/openapi/answers-errors.decorator.js';
import { Answers } from '../../../http/openapi/documented-answer.decorators.js';
import { TAGS } from '../../../http/openapi/tags.js';
import { pageOf } from '../../../http/openapi/schemas/view-schemas.js';

const DEFAULT_LIMIT = 100;

/** A customer's events, oldest first, PII masked without `audit:pii` (API.md §6.2, §8). */
@Controller('api/customers/:customerId/history')
@Surface('problem')
@ApiTags(TAGS.customers)
export class CustomerHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'A customer’s events, oldest first' })
  @Answers(200, 'A page of events; PII masked without `audit:pii`.', pageOf('AuditEvent'))
  @AnswersErrors('CUSTOMER_NOT_FOUND')
  async history(
    @Param('customerId') customerId: string,
    @Query() page: HistoryPageDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<HistoryPage> {
    const result = await this.queries.execute<GetCustomerHistoryQuery, HistoryPage>(
      new GetCustomerHistoryQuery(
        customerId,
        Number(page.cursor ?? 0),
        page.limit ?? DEFAULT_LIMIT,
      ),
    );
    const seesPii = principal.scopes.includes('audit:pii');
    // The audit view of an event: masked items say so (`redacted: true`), as in /api/audit.
    const items = result.items.map((event) => auditEventView(event, seesPii));
    return { ...result, items };
  }
}
