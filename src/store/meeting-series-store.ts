import type { Db } from "../db/database.js";

/** A cell's recurring meeting rules. */
export class MeetingSeriesStore {
  constructor(private readonly db: Db) {}
}
