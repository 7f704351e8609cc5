import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ContactInfoController } from './contact-info.controller.js';
import { VerificationsController } from './verifications.controller.js';

/** `/v2/customer-persons/...`: the B2B wallet's contact info and its verification flow. */
@Module({
  imports: [CqrsModule],
  controllers: [ContactInfoController, VerificationsController],
})
export class WalletAdapterModule {}
