import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CustomerHistoryController } from './customer-history.controller.js';
import { CustomersController } from './customers.controller.js';

@Module({
  imports: [CqrsModule],
  controllers: [CustomersController, CustomerHistoryController],
})
export class CustomersAdapterModule {}
