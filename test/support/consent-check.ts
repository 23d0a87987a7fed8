import type { App } from "../../src/app.js";

/**
 * The roster entries with no consent given stored for them: empty when "no name on the roster
 * without stored consent" holds (issue 19).
 */
export function entriesWithoutConsent(app: App): string[] {
  const rows = app.database.sqlite
    .prepare(
      `select full_name as name from members m
       where not exists (
         select 1 from consents c
         where c.member_id = m.id and c.answer = 'given' and c.text_version <> ''
           and c.answered_at is not null)
       order by m.id`,
    )
    .all() as { name: string }[];
  return rows.map((row) => row.name);
}
