help-danhgia = review the cell's results and levels

## /danhgia: the cell reviews its members' results and records the levels it agreed (private chat only)

danhgia-list = <b>Grading { $year }</b> — { $cell } { $page }
danhgia-list-counts = Results reported: { $reported }/{ $expected }. Graded by the cell: { $agreed }.
danhgia-list-hint-manager = Choose a name to see the results and record the level the cell agreed.
danhgia-list-hint-view = Choose a name to see the results. The secretary or deputy records the cell's level.
danhgia-entry-missing = { $name } — not reported
danhgia-entry-missing-agreed = { $name } — not reported, cell: { $agreed }
danhgia-entry-exempt = { $name } — { $status }, need not report
danhgia-entry-exempt-agreed = { $name } — { $status }, cell: { $agreed }
danhgia-entry-not-graded = { $name } — { $status }, not graded
danhgia-entry-proposed = { $name } — own { $proposed }
danhgia-entry-agreed = { $name } — own { $proposed }, cell: { $agreed }
danhgia-choice-summary = 📊 Levels in total
danhgia-choice-back = ⬅️ Back to the list
danhgia-choice-level = { $level }
danhgia-choice-level-current = ✓ { $level } (recorded)
danhgia-choice-clear = 🗑 Remove the cell's level
danhgia-choice-next = ➡️ Next: { $name }

danhgia-member = <b>{ $name }</b> — results { $year }, reported on { $day } { $page }
danhgia-part = <b>{ $number }. { $label }</b> — plan: { $plan }
danhgia-part-no-plan = <b>{ $number }. { $label }</b> (not registered)
danhgia-part-result = { $outcome }: { $text }
danhgia-part-why = Why: { $why }
danhgia-outcome-done = ✅ Done
danhgia-outcome-partly = 🟡 Partly done
danhgia-outcome-notDone = ❌ Not done
danhgia-proposed = Own level: <b>{ $level }</b>
danhgia-agreed = The cell's level: <b>{ $level }</b> (recorded { $day }, { $by })
danhgia-not-agreed = Not graded by the cell yet.
danhgia-changed-after = ⚠️ The member sent or changed their results report after the cell graded them; please look again.
danhgia-ask-level = Choose the level the cell agreed, or type its name (for example: tốt, HTTNV).
danhgia-view-only = The secretary or deputy records the cell's level.
danhgia-unreported = <b>{ $name }</b> — { $year }: no results reported.
danhgia-unreported-required = They must report (/ketqua). If they cannot report through chibo (for example, they use neither Zalo nor Telegram), the cell can still record the level it agreed.
danhgia-unreported-not-required = They ({ $status }) need not report results, but the cell still grades them every year.
danhgia-member-not-graded = { $name } is exempt from meetings, so is not graded for { $year } (Regulation 366-QĐ/TW). chibo records no level for them.

danhgia-saved = Recorded: the cell graded { $name } <b>{ $level }</b> (own level: { $proposed }).
danhgia-changed = Changed: the cell graded { $name } <b>{ $level }</b> (before: { $before }; own level: { $proposed }).
danhgia-saved-unreported = Recorded: the cell graded { $name } <b>{ $level }</b> (no results reported). If they report later, this level stays.
danhgia-changed-unreported = Changed: the cell graded { $name } <b>{ $level }</b> (before: { $before }; no results reported).
danhgia-unchanged = The cell already graded { $name } at { $level }; nothing changed.
danhgia-cleared = Removed the cell's level for { $name }. Their own level stays.
danhgia-cleared-unreported = Removed the cell's level for { $name }. They have not reported, so nothing is kept for them.
danhgia-cap-warning = ⚠️ The cell is grading { $excellent } members «{ $top }». By the plan, that may be at most { $share } of those graded «{ $good }» ({ $goodCount } members), that is at most { $allowed }; { $over } over. chibo only warns, the cell decides.
danhgia-managers-only = Only the secretary or deputy records the cell's level. You can still see the results. Nothing was recorded.
danhgia-level-unknown = Which level is that? Choose one of the four, or type its name (for example: tốt, HTTNV). Nothing was recorded.
danhgia-restart = The grading you left unfinished was too old. Type /danhgia to start again.
danhgia-usage = Type /danhgia to grade this year; to grade last year, add the year, for example /danhgia { $previous }.
danhgia-year-out = Only { $current } or { $previous } can be graded, for example /danhgia { $previous }.

danhgia-summary = <b>Levels { $year }</b> — { $cell }
danhgia-summary-level = { $level }: { $count }
danhgia-summary-rest = Not graded yet: { $pending } (of whom not reported: { $missing }). Exempt from meetings, not graded: { $exempt }.
