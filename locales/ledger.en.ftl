## The year's attendance ledger: who was absent without reason in how many months, the secretary's corrections

ledger-warning =
    ⚠️ <b>{ $name }</b> has been absent without reason in { $count } months of { $year } (months { $months }), as of the meeting of { $day }.
    Under the Party Charter (Article 8), a member absent without reason in { $removalAt } months of a year is considered by the cell for removal from the Party roll. The cell should meet and remind them.
    If the attendance is wrong, correct it with /diemdanh within { $days } days of the meeting.
ledger-removal =
    ⛔ <b>{ $name }</b> has been absent without reason in { $count } months of { $year } (months { $months }), as of the meeting of { $day }.
    Under the Party Charter (Article 8), the cell considers proposing to the competent committee that the name be removed from the Party roll.
    If the attendance is wrong, correct it with /diemdanh within { $days } days of the meeting.
ledger-changes = <b>Corrected:</b>
ledger-changes-latest = <b>Corrected { $count } times</b>, the latest { $shown }:
ledger-change = • { $name }: { $before } → { $after } ({ $by }, { $day })
ledger-mark-none = not marked
ledger-mark-present = present
ledger-mark-absent = absent without reason
ledger-mark-excused = absent with reason
ledger-baocao-both = ⚠️ Absent without reason in { $year }: { $warnAt } months — { $warning }; { $removalAt } months or more (removal considered) — { $removal }.
ledger-baocao-warning = ⚠️ Absent without reason in { $year }: { $warnAt } months — { $warning }.
ledger-baocao-removal = ⚠️ Absent without reason in { $year }: { $removalAt } months or more (removal considered) — { $removal }.
