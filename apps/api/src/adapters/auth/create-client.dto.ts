import { ArrayUnique, IsArray, IsIn, IsString, Length, Matches } from 'class-validator';
import { SCOPES, type Scope } from '@app/auth';

/** Body of `POST /api/clients` (API.md §2). */
export class CreateClientDto {
  @IsString()
  @Length(1, 100)
  @Matches(/^[0-9a-zA-Z_-]+$/, { message: 'clientId must match ^[0-9a-zA-Z_-]+$' })
  clientId!: string;

  @IsArray()
  @ArrayUnique()
  @IsIn(SCOPES, { each: true, message: `each scope must be one of ${SCOPES.join(', ')}` })
  scopes!: Scope[];
}
