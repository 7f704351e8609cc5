import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Body of `POST /auth/get-token` (API.md §2). */
export class GetTokenDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  clientId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  clientSecret!: string;
}
