import { Module } from '@nestjs/common';
import { CliDatabase } from './cli-database.js';
import { AuditSealLegacyCommand } from './commands/audit-seal-legacy.command.js';
import { AuditVerifyFileCommand } from './commands/audit-verify-file.command.js';
import { AuditVerifyCommand } from './commands/audit-verify.command.js';
import { ClientsCreateCommand } from './commands/clients-create.command.js';
import { ClientsDisableCommand } from './commands/clients-disable.command.js';
import { ClientsListCommand } from './commands/clients-list.command.js';
import { ContactsListReservedCommand } from './commands/contacts-list-reserved.command.js';
import { ContactsReleaseCommand } from './commands/contacts-release.command.js';
import { DemoRunCommand } from './commands/demo-run.command.js';
import { DemoSeedCommand } from './commands/demo-seed.command.js';
import { ProjectionsRebuildCommand } from './commands/projections-rebuild.command.js';

/** Every CLI command is a provider here; a new one is a class in commands/ and a line below. */
const COMMANDS = [
  AuditVerifyCommand,
  AuditVerifyFileCommand,
  AuditSealLegacyCommand,
  ProjectionsRebuildCommand,
  ClientsCreateCommand,
  ClientsListCommand,
  ClientsDisableCommand,
  ContactsListReservedCommand,
  ContactsReleaseCommand,
  DemoSeedCommand,
  DemoRunCommand,
];

@Module({ providers: [CliDatabase, ...COMMANDS] })
export class CliModule {}
