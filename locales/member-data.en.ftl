## A member's own copy of their data (DOCX, /dulieu), under the Personal Data Protection Law 91/2025/QH15.
## No HTML tags: these sentences become plain text in a Word document.

member-data-title = Personal data
member-data-subtitle = that chibo keeps about { $name }
member-data-intro = This copy lists all the data chibo keeps about you, as of { $time }, under the Personal Data Protection Law. A section that says "None" means chibo keeps nothing of that kind.
member-data-closing = This copy is sent to you only, in your private chat with chibo. If any of it is wrong, or you want it removed: type /dulieu in your private chat with chibo.
member-data-none = None.
member-data-yes = Yes
member-data-no = Not yet
member-data-someone = (unknown)
member-data-year = Year { $year }
member-data-meeting = { $topic } ({ $day })

member-data-section-roster = Your entry on the cell's roster
member-data-name = Full name: { $name }.
member-data-cell = Cell: { $cell }.
member-data-standing = Role in the cell: { $role }. Status: { $status }.
member-data-roster-active = On the cell's roster.
member-data-roster-pending = Waiting for the secretary to approve you onto the cell's roster.
member-data-roster-rejected = The cell did not approve you onto its roster.
member-data-roster-moved = Moved on to another cell's roster.
member-data-since = On the roster since { $day }.

member-data-section-accounts = Chat accounts
member-data-column-account = Account
member-data-column-shown-as = Name shown
member-data-column-since = Linked since
member-data-column-private-chat = Private chat with chibo since
member-data-not-yet = not yet

member-data-section-consent = Consent to chibo keeping your data
member-data-column-day = Date
member-data-column-answer = Answer
member-data-column-version = Text version
member-data-column-recorded = Recorded by
member-data-consent-given = Agreed
member-data-consent-refused = Did not agree
member-data-consent-withdrawn = Withdrew consent
member-data-consent-own = Your own answer in the chat
member-data-consent-on-paper = { $name }, from the paper you signed

member-data-section-plans = Personal plan and its revisions
member-data-revision = Version { $revision }, saved on { $day }:
member-data-revision-current = Version { $revision }, saved on { $day } (the version in use):
member-data-part = { $part }: { $text }

member-data-section-progress = Progress
member-data-column-part = Part
member-data-column-status = How it stands
member-data-column-note = Note
member-data-with-photo = (photo sent)

member-data-section-results = Year-end results and grading level
member-data-reported = You reported your results on { $day }:
member-data-not-reported = You have not reported results for this year.
member-data-result-part = { $part }: { $outcome }. { $text }
member-data-result-why = Why not done: { $why }
member-data-level-proposed = The level you proposed for yourself: { $level }.
member-data-level-proposed-none = You have not proposed a level.
member-data-level-agreed = The level the cell agreed: { $level } ({ $day }, recorded by { $name }).
member-data-level-agreed-none = The cell has not agreed a level.

member-data-section-attendance = Attendance and reasons for absence
member-data-attendance-marks = Attendance at meetings
member-data-attendance-answers = Answers to meeting notices
member-data-attendance-changes = Corrections to your attendance
member-data-attendance-warnings = The secretary was told of your months absent without reason
member-data-column-meeting = Meeting
member-data-column-mark = Attendance
member-data-column-marked-by = Marked by
member-data-column-before = Before the correction
member-data-column-after = After the correction
member-data-column-changed = Corrected by, on
member-data-present = Present
member-data-absent-reason = Absent with reason: { $reason }
member-data-absent-no-reason = Absent without reason
member-data-unmarked = Not marked
member-data-marked-by-self = You checked in
member-data-marked-by-remote = You checked in from elsewhere
member-data-marked-by-secretary = The secretary
member-data-answer-attend = Will attend
member-data-answer-excused = Asked to be absent: { $reason }
member-data-no-reason-yet = no reason given yet
member-data-changed-by = { $name }, { $day }
member-data-warning = { $year }: { $months } months absent without reason; the secretary was told on { $day }.

member-data-section-polls = Public poll votes
member-data-polls-secret = Votes by secret ballot are not tied to your name, so they are not here.
member-data-column-question = Question
member-data-column-chosen = Your choice

member-data-section-nominations = Praise
member-data-nominations-of-member = Nominations of you for praise
member-data-nomination-votes = Your votes of support
member-data-nomination-vote = { $day }: you voted to support a nomination for praise.
member-data-column-round = Round
member-data-column-reason = Reason given
member-data-column-confirmed = Agreed by the cell
member-data-round-midterm = Mid-year review { $year }
member-data-round-yearEnd = Year-end review { $year }

member-data-section-departures = Leaving the cell's group chat
member-data-departure = Left the group "{ $group }" on { $day }; waiting for the secretary to say whether you moved away or stay in the cell.
member-data-some-group = the cell's group chat

member-data-section-messages = Private messages from chibo to you
member-data-column-state = State
member-data-message-pending = Waiting to be sent
member-data-message-sending = Being sent
member-data-message-sent = Sent
member-data-message-unreachable = Not sent yet: chibo cannot write to you privately
member-data-message-failed = Could not be sent
member-data-message-expired = Not sent: past its date
member-data-message-dropped = Not sent: nothing was left to remind you of

member-data-section-reads = Times others opened your data
member-data-column-when = When
member-data-column-reader = Who
member-data-column-what = What
member-data-column-where = Where
member-data-read-kind-plan = Personal plan
member-data-read-kind-results = Results, progress
member-data-read-kind-reasons = Reasons for absence
member-data-read-kind-level = Grading level
member-data-read-channel-chat = In a chat
member-data-read-channel-file = In a downloaded file
member-data-read-channel-cli = On chibo's server

member-data-section-other = Other data (table { $table })
member-data-other-intro = chibo has no layout of its own for this data yet; here is each row as stored.
member-data-field = { $field }: { $value }
member-data-empty-value = (empty)
