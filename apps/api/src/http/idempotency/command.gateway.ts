import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { FastifyReply } from 'fastify';
import { currentIdempotentRequest, type Answer } from './idempotency.context.js';

/**
 * How command routes run their command: `answer` turns the command's result into the route's
 * body and headers. Under an Idempotency-Key the answer is rendered inside the command's
 * transaction and recorded with it; the route then sends exactly the recorded bytes.
 */
@Injectable()
export class CommandGateway {
  constructor(private readonly commands: CommandBus) {}

  execute<R>(
    reply: FastifyReply,
    command: object,
    answer: (result: R) => Answer,
  ): Promise<unknown> {
    return this.run(reply, () => this.commands.execute<object, R>(command), answer);
  }

  /** The same for work that runs its command through the CommandRunner itself (operations). */
  async run<R>(
    reply: FastifyReply,
    work: () => Promise<R>,
    answer: (result: R) => Answer,
  ): Promise<unknown> {
    const idempotent = currentIdempotentRequest();
    if (idempotent) idempotent.answer = answer as (result: unknown) => Answer;
    const result = await work();
    if (idempotent?.recorded) {
      reply.headers(idempotent.recorded.headers);
      return idempotent.recorded.body;
    }
    const { body, headers = {} } = answer(result);
    reply.headers(headers);
    return body;
  }
}
