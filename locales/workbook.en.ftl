## Workbooks (XLSX) of a cell and of a committee

xlsx-sheet-roster = Registration
xlsx-sheet-attendance = Attendance
xlsx-sheet-polls = Polls
xlsx-sheet-rollup = Roll-up
xlsx-title-cell = { $cell } — { $year }
xlsx-title-rollup = { $committee } — { $year } — as of { $day }

# Excel's number format for a share: 83.3%.
xlsx-format-percent = 0.0%

xlsx-col-number = No.
xlsx-col-name = Full name
xlsx-col-role = Role
xlsx-col-status = Status
xlsx-col-registration = Registration
xlsx-col-part = { $label }

xlsx-role-secretary = Secretary
xlsx-role-deputy = Deputy secretary
xlsx-role-committee = Committee member
xlsx-role-member = Party member
xlsx-status-full = Full member
xlsx-status-probationary = Probationary
xlsx-status-exempt = Exempt from meetings
xlsx-status-retired = Retired
xlsx-status-transferred = Transferred
xlsx-registration-registered = Registered
xlsx-registration-missing = Not registered
xlsx-registration-exempt = Exempt from registration

xlsx-meeting-header = { $day } ({ $kind })
xlsx-kind-regular = Regular
xlsx-kind-thematic = Thematic
xlsx-kind-combined = Regular and thematic
xlsx-mark-present = Present
xlsx-mark-excused = Absent with reason
xlsx-mark-absent = Absent without reason
xlsx-mark-exempt = Exempt
xlsx-col-present-count = Meetings present
xlsx-col-excused-count = Absent with reason
xlsx-col-absent-count = Absent without reason
xlsx-col-exempt-count = Meetings exempt
xlsx-col-attendance-rate = Attendance rate
xlsx-col-reasons = Reasons for absence
xlsx-reason-line = { $day }: { $reason }
xlsx-reason-note = Reason for absence: { $reason }

xlsx-col-question = Question
xlsx-col-mode = Voting
xlsx-mode-anonymous = Secret ballot
xlsx-mode-open = Public
xlsx-col-option = Option
xlsx-col-votes = Votes
xlsx-col-share = Share
xlsx-col-voters = Total votes

xlsx-col-code = Cell code
xlsx-col-cell = Cell
xlsx-col-members = Members
xlsx-col-registered = Registered
xlsx-col-missing = Not registered
xlsx-col-exempt = Exempt from registration
xlsx-col-meetings = Meetings
xlsx-col-behind = Behind
xlsx-behind = behind
xlsx-totals = Total
xlsx-behind-count = { $count } cells behind

## Year-end results and praise

xlsx-sheet-results = Results
xlsx-sheet-nominations = Praise
xlsx-sheet-rollup-year-end = Results, grading
xlsx-col-part-outcome = { $label }: result
xlsx-col-part-done = { $label }: what was done
xlsx-col-why = Not done, and why
xlsx-why-line = { $label }: { $why }
xlsx-col-reported-on = Reported on
xlsx-not-reported = Not reported
xlsx-col-proposed-level = Level proposed by the member
xlsx-col-agreed-level = Level agreed by the cell
xlsx-outcome-done = Done
xlsx-outcome-partly = Partly done
xlsx-outcome-notDone = Not done
xlsx-col-round = Round
xlsx-round-midterm = Mid-term review
xlsx-round-yearEnd = Year-end review
xlsx-col-nominee-kind = Individual/collective
xlsx-nominee-individual = Individual
xlsx-nominee-collective = Collective
xlsx-col-nominee = Name
xlsx-col-achievements = Achievements
xlsx-col-confirmed = Confirmed
xlsx-confirmed = Confirmed
xlsx-col-results-required = Must report results
xlsx-col-results-reported = Results reported
xlsx-col-model = Model
xlsx-col-nominated-individuals = Individuals praised
xlsx-col-nominated-collectives = Collectives praised
xlsx-models-count = models: { $count }

## The year's attendance ledger

xlsx-sheet-ledger = Attendance ledger
xlsx-sheet-legend = Marks
xlsx-title-ledger = { $cell } — attendance ledger { $year }
xlsx-ledger-month = Month { $month }
xlsx-col-unexcused-months-count = Months absent without reason
xlsx-col-unexcused-months = Months absent without reason (which)
xlsx-ledger-meetings-row = Meetings held
xlsx-col-mark = Mark
xlsx-col-meaning = Meaning
xlsx-ledger-empty-month = Empty: no meeting that month. A month with two meetings has two marks.
xlsx-sheet-rollup-meetings = Meetings by month
xlsx-col-at-removal = Members absent without reason { $removalAt } months
