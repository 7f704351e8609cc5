import { Module } from '@nestjs/common';
import { CliDatabase } from './cli-database.js';
import { AuditVerifyFileCommand } from './commands/audit-verify-file.command.js';
import { AuditVerifyCommand } from './commands/audit-verify.command.js';
import { ProjectionsRebuildCommand } from './commands/projections-rebuild.command.js';

/** Every CLI command is a provider here; a new one is a class in commands/ and a line below. */
const COMMANDS = [AuditVerifyCommand, AuditVerifyFileCommand, ProjectionsRebuildCommand];

@Module({ providers: [CliDatabase, ...COMMANDS] })
export class CliModule {}
