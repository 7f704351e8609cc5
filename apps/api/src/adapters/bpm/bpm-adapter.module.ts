import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { BpmController } from './bpm.controller.js';

/** `POST /api/bpm/cmd`; the commands' handlers live in CustomerModule. */
@Module({
  imports: [CqrsModule],
  controllers: [BpmController],
})
export class BpmAdapterModule {}
