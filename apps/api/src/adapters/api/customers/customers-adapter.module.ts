import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ContactsController } from '../contacts/contacts.controller.js';
import { CustomerHistoryController } from './customer-history.controller.js';
import { CustomersController } from './customers.controller.js';

@Module({
  imports: [CqrsModule],
  controllers: [CustomersController, CustomerHistoryController, ContactsController],
})
export class CustomersAdapterModule {}
