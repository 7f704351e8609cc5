import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RequireScopes } from '@app/auth';
import {
  ListReservedContactsQuery,
  ReleaseContactCommand,
  type ReleasedContact,
  type ReservedContactsPage,
} from '@app/customer';
import { CommandRoute } from '../../../http/command-log/command-route.decorator.js';
import { opsRequester } from '../../../http/command-metadata.factory.js';
import { CommandGateway } from '../../../http/idempotency/command.gateway.js';
import { Surface } from '../../../http/surface/surface.decorator.js';
import { AnswersErrors } from '../../../http/openapi/answers-errors.decorator.js';
import { Answers } from '../../../http/openapi/documented-answer.decorators.js';
import { TAGS } from '../../../http/openapi/tags.js';
import { pageOf, viewRef } from '../../../http/openapi/schemas/view-schemas.js';
import { ReleaseContactDto, ReservedContactsQueryDto } from './contacts.dto.js';

/** The cursor is the last contact key of a page, opaque to clients. */
const encodeCursor = (key: string): string => Buffer.from(key, 'utf8').toString('base64url');
const decodeCursor = (cursor: string): string => Buffer.from(cursor, 'base64url').toString('utf8');

/** Reserved contacts for operators (API.md §7): list them, release one; audited on `ops`. */
@Controller('api/ops/contacts')
@Surface('problem')
@RequireScopes('contacts:admin')
@ApiTags(TAGS.operations)
export class ContactsController {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly queries: QueryBus,
  ) {}

  @Post('release')
  @HttpCode(200)
  @CommandRoute({ source: 'ops', commandName: 'ReleaseContact' })
  @ApiOperation({ summary: 'Release a reserved email or mobile for anyone to take' })
  @Answers(200, 'Released.', viewRef('ReleasedContact'))
  @AnswersErrors('CONTACT_NOT_RESERVED', 'CONTACT_ACTIVE')
  release(
    @Body() body: ReleaseContactDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<unknown> {
    const command = new ReleaseContactCommand(body.kind, body.value, opsRequester(request));
    return this.gateway.execute(reply, command, (released: ReleasedContact) => ({
      body: released,
    }));
  }

  @Get()
  @ApiOperation({ summary: 'List reserved (removed) contacts' })
  @Answers(200, 'A page of reserved contacts.', pageOf('ReservedContact'))
  async list(@Query() query: ReservedContactsQueryDto) {
    const page = await this.queries.execute<ListReservedContactsQuery, ReservedContactsPage>(
      new ListReservedContactsQuery({
        limit: query.limit ?? 100,
        ...(query.customerId ? { customerId: query.customerId } : {}),
        ...(query.cursor ? { after: decodeCursor(query.cursor) } : {}),
      }),
    );
    return {
      items: page.items,
      ...(page.nextCursor ? { nextCursor: encodeCursor(page.nextCursor) } : {}),
    };
  }
}
