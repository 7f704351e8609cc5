import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
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
import { ReleaseContactDto, ReservedContactsQueryDto } from './contacts.dto.js';

/** The cursor is the last contact key of a page, opaque to clients. */
const encodeCursor = (key: string): string => Buffer.from(key, 'utf8').toString('base64url');
const decodeCursor = (cursor: string): string => Buffer.from(cursor, 'base64url').toString('utf8');

/** Reserved contacts for operators (API.md §7): list them, release one; audited on `ops`. */
@Controller('api/ops/contacts')
@Surface('problem')
@RequireScopes('contacts:admin')
export class ContactsController {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly queries: QueryBus,
  ) {}

  @Post('release')
  @HttpCode(200)
  @CommandRoute({ source: 'ops', commandName: 'ReleaseContact' })
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
