import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentPrincipal, RequireScopes, type Principal } from '@app/auth';
import { ForbiddenError } from '@app/core';
import {
  FindCustomerByContactQuery,
  GetCustomerQuery,
  RegisterCustomerCommand,
  customerView,
  hideSsns,
  maskPii,
  type CommandOutcome,
  type CustomerState,
} from '@app/customer';
import { commandMetadata } from '../../../http/command-metadata.factory.js';
import { CommandGateway } from '../../../http/idempotency/command.gateway.js';
import { RegisterCustomerDto } from './dto/register-customer.dto.js';
import { CustomerLookupDto, PointInTimeDto } from './dto/customer-queries.dto.js';
import { contactKeyOf, toRegistrationInput } from './customers.mapper.js';
import { Surface } from '../../../http/surface/surface.decorator.js';
import { CommandRoute, memberOf } from '../../../http/command-log/command-route.decorator.js';
import { AnswersErrors } from '../../../http/openapi/answers-errors.decorator.js';
import { Answers, ETAG } from '../../../http/openapi/documented-answer.decorators.js';
import { TAGS } from '../../../http/openapi/tags.js';
import { pageOf, viewRef } from '../../../http/openapi/schemas/view-schemas.js';

/** Registration and reads of our own REST surface (API.md §6.2). */
@Controller('api/customers')
@Surface('problem')
@ApiTags(TAGS.customers)
export class CustomersController {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @RequireScopes('customers:write')
  @CommandRoute({
    source: 'api',
    commandName: 'RegisterCustomer',
    customerId: ({ body }) => memberOf(body, 'customerId'),
  })
  @ApiOperation({ summary: 'Register a customer' })
  @Answers(201, 'The new customer.', viewRef('CustomerView'), {
    headers: { ...ETAG, Location: { schema: { type: 'string' } } },
  })
  @AnswersErrors('CUSTOMER_ALREADY_EXISTS', 'CONTACT_IN_USE', 'CONTACT_RESERVED', 'DUPLICATE_TYPE')
  async register(
    @Body() body: RegisterCustomerDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const command = new RegisterCustomerCommand(
      toRegistrationInput(body),
      commandMetadata(request, 'api'),
    );
    return this.gateway.execute(reply, command, ({ state }: CommandOutcome) => ({
      body: customerView(state),
      headers: { ETag: `"${state.version}"`, Location: `/api/customers/${state.customerId}` },
    }));
  }

  @Get()
  @RequireScopes('customers:read')
  @ApiOperation({ summary: 'Look a customer up by email or mobile number' })
  @Answers(200, 'The customer holding it, if any.', pageOf('CustomerView'))
  async lookup(@Query() query: CustomerLookupDto) {
    const found = await this.queries.execute<FindCustomerByContactQuery, CustomerState[]>(
      new FindCustomerByContactQuery(contactKeyOf(query)),
    );
    return { items: found.map(customerView) };
  }

  @Get(':customerId')
  @RequireScopes('customers:read')
  @ApiOperation({ summary: 'A customer now, or as it was (`version`, `asOf`)' })
  @Answers(
    200,
    'The view; PII masked in a past view without `audit:pii`.',
    viewRef('CustomerView'),
    {
      headers: ETAG,
    },
  )
  @AnswersErrors('CUSTOMER_NOT_FOUND')
  async get(
    @Param('customerId') customerId: string,
    @Query() at: PointInTimeDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const pointInTime = at.version !== undefined || at.asOf !== undefined;
    if (pointInTime && !principal.scopes.includes('audit:read'))
      throw new ForbiddenError(['audit:read']);
    const state = await this.queries.execute<GetCustomerQuery, CustomerState>(
      new GetCustomerQuery(customerId, pointInTime ? at : undefined),
    );
    reply.header('ETag', `"${state.version}"`);
    const view = customerView(state);
    return pointInTime && !principal.scopes.includes('audit:pii') ? maskPii(view) : hideSsns(view);
  }
}
