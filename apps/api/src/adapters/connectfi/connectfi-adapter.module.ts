import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CondorController } from './condor.controller.js';
import { CustomerUpdateController } from './customer-update.controller.js';

/** `POST /customer/update` and the deprecated `POST /condor/customer/update` (API.md §4). */
@Module({
  imports: [CqrsModule],
  controllers: [CustomerUpdateController, CondorController],
})
export class ConnectFiAdapterModule {}
