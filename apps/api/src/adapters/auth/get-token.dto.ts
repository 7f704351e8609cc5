import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Body of `POST /auth/get-token` (API.md §2). */
export class GetTokenDto {
  @ApiProperty({ minLength: 1, maxLength: 255, example: 'ops-console' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  clientId!: string;

  @ApiProperty({ minLength: 1, maxLength: 255, format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  clientSecret!: string;
}
