import { dirname, resolve } from "node:path";
import type { Logger } from "pino";
import { commands } from "../commands/index.js";
import type { Clock } from "./clock.js";
import { type Config, retentionSettings } from "./config.js";
import { type Database, openDatabase } from "./db/database.js";
import { databaseKey } from "./db/database-key.js";
import { documentMaker } from "./documents/document-factory.js";
import { Router } from "./engine/router.js";
import { Translator } from "./i18n.js";
import { pollRefused } from "./meetings/polls.js";
import type { DocumentMaker } from "./messages/document-request.js";
import type { OutboxRules } from "./outbox/outbox-sender.js";
import { jobComposer } from "./schedule/compose-intent.js";
import { jobs } from "./schedule/jobs/index.js";
import { Scheduler } from "./schedule/scheduler.js";
import { UPDATE_MEMORY_MS } from "./store/conversation-store.js";
import { createServices, type Services } from "./store/services.js";

export interface App {
  database: Database;
  services: Services;
  router: Router;
  scheduler: Scheduler;
  translator: Translator;
  /** Makes the DOCX, XLSX and charts that replies ask for. */
  documents: DocumentMaker;
  /** What the outbox's sender needs from the jobs and meetings above it. */
  outboxRules: OutboxRules;
  close(): void;
}

/** The composition root: one database, the stores, the router. Nothing starts on import. */
export function createApp(config: Config, log: Logger, clock: Clock): App {
  const database = openDatabase(config.DATABASE_PATH, databaseKey(config));
  const services = createServices(
    database,
    clock,
    config.BOT_TIMEZONE,
    config.BOT_QUIET_HOURS,
    dirname(resolve(config.DATABASE_PATH)),
    retentionSettings(config),
  );
  services.conversations.forgetUpdatesBefore(new Date(clock.now().getTime() - UPDATE_MEMORY_MS));
  const translator = new Translator(config.BOT_LOCALE);
  const router = new Router(services, commands, log);
  return {
    database,
    services,
    router,
    scheduler: new Scheduler(services, jobs, log),
    translator,
    documents: documentMaker(services, translator),
    outboxRules: {
      compose: jobComposer(services),
      refused: (message) => pollRefused(services, message.reply.anchor, clock.now()),
    },
    close: () => {
      // Answers that went out since the last turn are written down before the database closes.
      if (database.sqlite.open) router.noteDelivered();
      database.close();
    },
  };
}
