import { UpdateContactInfoDto } from '../../adapters/bpm/dto/update-contact-info.dto.js';
import { UpdateContactDto } from '../../adapters/bpm/dto/update-contact.dto.js';
import {
  BusinessCustomerDto,
  IndividualCustomerDto,
} from '../../adapters/api/customers/dto/register-customer.dto.js';

/**
 * DTOs that no route names as its body but that bodies refer to: each BPM command's `data`, and
 * the two shapes of a registration's `customer`.
 */
export const DOCUMENTED_MODELS = [
  UpdateContactDto,
  UpdateContactInfoDto,
  IndividualCustomerDto,
  BusinessCustomerDto,
];
