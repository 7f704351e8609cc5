import { Body, Controller, Header, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiClientsService, Public, TokenService, type IssuedToken } from '@app/auth';
import { RateLimited } from '../../http/rate-limit/rate-limited.decorator.js';
import { GetTokenDto } from './get-token.dto.js';
import { Surface } from '../../http/surface/surface.decorator.js';
import { AnswersErrors } from '../../http/openapi/answers-errors.decorator.js';
import { Answers } from '../../http/openapi/documented-answer.decorators.js';
import { TAGS } from '../../http/openapi/tags.js';
import { viewRef } from '../../http/openapi/schemas/view-schemas.js';

interface GetTokenResponse {
  readonly code: '0';
  readonly data: IssuedToken;
  readonly requestId: string;
}

/** `POST /auth/get-token`: client credentials for a bearer token, in the connectFi envelope. */
@Controller('auth')
@Surface('connectfi')
@ApiTags(TAGS.auth)
export class AuthController {
  constructor(
    private readonly clients: ApiClientsService,
    private readonly tokens: TokenService,
  ) {}

  @Public()
  @RateLimited('tokens')
  @Post('get-token')
  @HttpCode(200)
  // A token is a credential: no cache may keep it (RFC 6749 §5.1).
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'A bearer token for client credentials' })
  @Answers(200, 'The token, valid for `expiresIn` seconds.', viewRef('TokenAnswer'))
  // An unknown client and a wrong secret get the same answer.
  @AnswersErrors('UNAUTHENTICATED')
  async getToken(
    @Body() body: GetTokenDto,
    @Req() request: FastifyRequest,
  ): Promise<GetTokenResponse> {
    const client = await this.clients.authenticate(body.clientId, body.clientSecret);
    return { code: '0', data: await this.tokens.issue(client), requestId: String(request.id) };
  }
}
