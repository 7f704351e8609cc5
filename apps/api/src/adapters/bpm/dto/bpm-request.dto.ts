import { IsNotEmpty, IsObject, IsString, MaxLength } from 'class-validator';

/** The envelope of `POST /api/bpm/cmd` (API.md §3); `data` is validated per command. */
export class BpmRequestDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  commandName!: string;

  @IsObject()
  data!: Record<string, unknown>;
}
