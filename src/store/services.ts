import type { Clock } from "../clock.js";
import type { Database } from "../db/database.js";
import { isDamage } from "../db/database-check.js";
import type { RetentionSettings } from "../domain/retention-settings.js";
import type { QuietHours } from "../domain/schedule-rules.js";
import { CellModelStore } from "./cell-model-store.js";
import { CellStore } from "./cell-store.js";
import { CellSummaryStore } from "./cell-summary-store.js";
import { CommitmentStore } from "./commitment-store.js";
import { ConsentStore } from "./consent-store.js";
import { ConversationStore } from "./conversation-store.js";
import { DataReadStore } from "./data-read-store.js";
import { JobRunStore } from "./job-run-store.js";
import { LedgerStore } from "./ledger-store.js";
import { MeetingSeriesStore } from "./meeting-series-store.js";
import { MeetingStore } from "./meeting-store.js";
import { MemberErasure } from "./member-erasure.js";
import { MemberStore } from "./member-store.js";
import { NominationStore } from "./nomination-store.js";
import { OfficerStore } from "./officer-store.js";
import { OneTimeCodes } from "./one-time-codes.js";
import { OutboxStore } from "./outbox-store.js";
import { PlanStore } from "./plan-store.js";
import { PlatformStatusStore } from "./platform-status-store.js";
import { PollStore } from "./poll-store.js";
import { PostedMessageStore } from "./posted-message-store.js";
import { ProgressStore } from "./progress-store.js";
import { ResultStore } from "./result-store.js";
import { ReviewStore } from "./review-store.js";
import { YearEndStore } from "./year-end-store.js";
import { ZaloContactStore } from "./zalo-contact-store.js";

/** What commands work with: the stores over one database, the clock and the time zone. */
export interface Services {
  cells: CellStore;
  members: MemberStore;
  /** Consents to what chibo keeps, asked before a name goes on the roster. */
  consents: ConsentStore;
  /** Who opened whose plan, results, reasons or level. */
  dataReads: DataReadStore;
  /** A member's data erased on their request, what the minutes keep anonymised (/dulieu). */
  erasure: MemberErasure;
  plans: PlanStore;
  commitments: CommitmentStore;
  conversations: ConversationStore;
  jobRuns: JobRunStore;
  outbox: OutboxStore;
  cellSummaries: CellSummaryStore;
  meetings: MeetingStore;
  /** The attendance ledger: corrections logged, absence warnings given. */
  ledger: LedgerStore;
  polls: PollStore;
  posted: PostedMessageStore;
  platforms: PlatformStatusStore;
  /** Codes that join a second platform's account to a member (/lienket). */
  linkCodes: OneTimeCodes;
  /** Codes the operator, then an officer, gives a committee's next officers (/tonghop). */
  officerCodes: OneTimeCodes;
  /** Codes an officer gives a cell's secretary to link the cell to the committee (/caidat). */
  committeeCodes: OneTimeCodes;
  /** Codes a secretary gives a member added by hand, to claim the entry from a chat account. */
  claimCodes: OneTimeCodes;
  officers: OfficerStore;
  zaloContacts: ZaloContactStore;
  progress: ProgressStore;
  results: ResultStore;
  reviews: ReviewStore;
  cellModels: CellModelStore;
  meetingSeries: MeetingSeriesStore;
  nominations: NominationStore;
  /** What documents and the roll-up read of the second half of the year. */
  yearEnd: YearEndStore;
  clock: Clock;
  timeZone: string;
  /** The folder the database is in, where files chibo keeps (a meeting's documents) are written. */
  dataDir: string;
  /** How long dialogs, sent messages and exported files are kept. */
  retention: RetentionSettings;
  /** When scheduled messages wait instead of going out; undefined: never. */
  quietHours: QuietHours | undefined;
  /** Runs `work` in one SQLite transaction (nested calls become savepoints). */
  transaction<T>(work: () => T): T;
  /** An error from outside a transaction: a damaged page gets the whole file checked at the next start. */
  noteError(error: unknown): void;
}

export function createServices(
  database: Database,
  clock: Clock,
  timeZone: string,
  quietHours: QuietHours | undefined,
  dataDir: string,
  retention: RetentionSettings,
): Services {
  const { db } = database;
  // better-sqlite3 builds four wrappers for each function it is given: build them once.
  const inTransaction = database.sqlite.transaction((work: () => unknown) => work());
  // Wherever SQLite meets a damaged page, the next start checks the whole file.
  const noteError = (error: unknown) => {
    if (isDamage(error)) database.distrust();
  };
  return {
    cells: new CellStore(db),
    members: new MemberStore(db),
    consents: new ConsentStore(db),
    dataReads: new DataReadStore(db),
    erasure: new MemberErasure(db),
    plans: new PlanStore(db),
    commitments: new CommitmentStore(db),
    conversations: new ConversationStore(db),
    jobRuns: new JobRunStore(db),
    outbox: new OutboxStore(db),
    cellSummaries: new CellSummaryStore(db),
    meetings: new MeetingStore(db),
    ledger: new LedgerStore(db),
    polls: new PollStore(db),
    posted: new PostedMessageStore(db),
    platforms: new PlatformStatusStore(db),
    linkCodes: new OneTimeCodes(db, "link"),
    officerCodes: new OneTimeCodes(db, "officer"),
    committeeCodes: new OneTimeCodes(db, "committee"),
    claimCodes: new OneTimeCodes(db, "claim"),
    officers: new OfficerStore(db),
    zaloContacts: new ZaloContactStore(db),
    progress: new ProgressStore(db),
    results: new ResultStore(db),
    reviews: new ReviewStore(db),
    cellModels: new CellModelStore(db),
    meetingSeries: new MeetingSeriesStore(db),
    nominations: new NominationStore(db),
    yearEnd: new YearEndStore(db),
    clock,
    timeZone,
    dataDir,
    retention,
    quietHours,
    transaction: <T>(work: () => T) => {
      try {
        return inTransaction(work) as T;
      } catch (error) {
        noteError(error);
        throw error;
      }
    },
    noteError,
  };
}
