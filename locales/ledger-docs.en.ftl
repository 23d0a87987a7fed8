## The attendance list of one meeting, the year's attendance ledger (Word, Excel), and the
## meetings part of a committee's roll-up. No HTML tags in the doc-* sentences.

## The attendance list of one meeting

doc-attendance-list-title = List
doc-attendance-list-subtitle-regular = Party members attending the cell's regular meeting of { $month }/{ $year }
doc-attendance-list-subtitle-thematic = Party members attending the cell's thematic meeting of { $month }/{ $year }
doc-attendance-list-subtitle-combined = Party members attending the cell's combined regular and thematic meeting of { $month }/{ $year }
doc-attendance-list-when = Time: { $time }. Place: { $place }.
doc-attendance-list-counts = Members due to attend: { $counted }; present: { $present } ({ $percent }); absent with reason: { $excused }; absent without reason: { $absent }. Exempt (not counted as due): { $exempt }.
doc-attendance-list-empty = Nobody is on this meeting's list.
doc-attendance-column-present = Present
doc-attendance-column-note = Note
doc-attendance-column-signature = Signature
doc-attendance-mark = x
doc-attendance-note-exempt = Exempt
doc-attendance-note-remote = Attended remotely
doc-attendance-no-reason = No reason given
doc-attendance-total-exempt = Exempt: { $count }

## The year's attendance ledger

doc-ledger-title = Attendance ledger
doc-ledger-subtitle = Party members attending the cell's meetings in { $year }
doc-ledger-intro = In { $year } the cell met { $meetings } times in { $months } months; the ledger follows { $members } members.
doc-ledger-section-table = Each member
doc-ledger-legend = Columns 1 to 12 are the months; one mark for each meeting, an empty cell is a month without a meeting. Marks: { $legend }. The "Total" column counts meetings.
doc-ledger-no-members = The cell has no member on its roster yet.
doc-ledger-column-totals = Total
doc-ledger-meetings-row = Meetings held
doc-ledger-section-absences = Members absent without reason
doc-ledger-removal = Absent without reason { $count } months or more this year ({ $members } members; under Article 8 of the Party Charter the cell considers proposing removal):
doc-ledger-warning = Absent without reason { $count } months this year ({ $members } members; the cell talks to them):
doc-ledger-absent-member = - { $name } (months { $months });
doc-ledger-no-absences = No member was absent without reason { $count } months or more this year.

## The ledger's marks (Word and Excel)

ledger-symbol-present = x
ledger-symbol-excused = E
ledger-symbol-absent = U
ledger-symbol-exempt = X
ledger-symbol-notYet = –
ledger-symbol-left = L
ledger-symbol-legend-item = { $mark } { $meaning }
ledger-symbol-means-present = present
ledger-symbol-means-excused = absent with reason
ledger-symbol-means-absent = absent without reason
ledger-symbol-means-exempt = exempt
ledger-symbol-means-notYet = not in the cell yet (not yet a member here, or not yet approved)
ledger-symbol-means-left = transferred elsewhere

## /xuatbaocao: attendance list, ledger

xuatbaocao-choice-attendanceList = 📄 Attendance list of a meeting (Word)
xuatbaocao-choice-ledger = 📄 Attendance ledger { $year } (Word)
xuatbaocao-choice-ledgerWorkbook = 📊 Attendance ledger { $year } (Excel)
xuatbaocao-pick-meeting = Which meeting's attendance list? Choose one { $page }
xuatbaocao-pick-meeting--typed = Which meeting's attendance list? Type its number { $page }
xuatbaocao-pick-meeting-choice = { $day } — { $kind }
xuatbaocao-meeting-gone = That meeting is no longer among the meetings held in { $year }. Type /xuatbaocao to choose again.
xuatbaocao-file-attendanceList = Attendance list of the meeting of { $day }. Those present sign it before it is filed.
xuatbaocao-file-ledger = Attendance ledger of the cell's meetings in { $year }.
xuatbaocao-file-ledgerWorkbook = Attendance ledger workbook { $year }: each member, each month.

## The committee's roll-up: the cells' meetings month by month (counts only)

doc-rollup-section-meetings = The cells' meetings this year
doc-rollup-meetings-intro = Meetings held each month, how many cells met, the share of members attending, and how many members were absent without reason { $removalAt } months or more this year (Article 8 of the Party Charter), for each cell:
doc-rollup-column-month = Month
doc-rollup-column-cells-met = Cells that met
doc-rollup-column-months-met = Months with a meeting
doc-rollup-column-months-missed = Months without a meeting
doc-rollup-column-at-removal = Members absent without reason { $removalAt } months
tonghop-cell-at-removal = ⚠️ { $code }: { $count } members absent without reason { $removalAt } months this year
tonghop-totals-at-removal = Absent without reason { $removalAt } months this year: { $count } members, in { $cells } cells.
