import { ApiProperty } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsIn, IsString, Length, Matches } from 'class-validator';
import { SCOPES, type Scope } from '@app/auth';

const CLIENT_ID = /^[0-9a-zA-Z_-]+$/;

/** Body of `POST /api/clients` (API.md §2). */
export class CreateClientDto {
  @ApiProperty({ minLength: 1, maxLength: 100, pattern: CLIENT_ID.source, example: 'ops-console' })
  @IsString()
  @Length(1, 100)
  @Matches(CLIENT_ID, { message: `clientId must match ${CLIENT_ID.source}` })
  clientId!: string;

  @ApiProperty({ enum: SCOPES, isArray: true, uniqueItems: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(SCOPES, { each: true, message: `each scope must be one of ${SCOPES.join(', ')}` })
  scopes!: Scope[];
}
