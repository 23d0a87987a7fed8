## Documents of a cell and of a committee (DOCX), laid out as Guide 36-HD/VPTW wants.
## No HTML tags: these sentences become plain text in a Word document.

## Common layout

doc-language = en-GB
doc-party = COMMUNIST PARTY OF VIETNAM
doc-cell-name = Party cell { $name }
doc-organisation-name = Party organisation of { $name }
doc-committee-name = Party committee of { $name }
doc-number-cell-report = No. ……-BC/CB
doc-number-cell-minutes = No. ……-BB/CB
doc-number-committee-report = No. ……-BC/ĐU
doc-place-date = { $place }, { $day }/{ $month }/{ $year }
doc-time = { $hour }:{ $minute } on { $day }/{ $month }/{ $year }
doc-time-of-day = { $hour }:{ $minute }
doc-percent = { $value }%
doc-quarter = in quarter { $quarter }/{ $year }
doc-year = in { $year }
doc-report = Report
doc-total = Total
doc-recipients = To:
doc-recipient-committee = - { $committee } (for report);
doc-recipient-superior = - The committee above (for report);
doc-recipient-archive-cell = - The cell's files.
doc-recipient-cells = - The cells of the committee;
doc-recipient-archive-committee = - The committee office's files.
doc-on-behalf-cell = FOR THE PARTY CELL
doc-on-behalf-committee = FOR THE PARTY COMMITTEE
doc-secretary = SECRETARY

## Table columns

doc-column-number = No.
doc-column-name = Full name
# A part of the personal plan, as the year's plan names it.
doc-column-part = { $label }
doc-column-role = Role
doc-column-status = Standing
doc-column-reason = Reason
doc-column-option = Option
doc-column-votes = Votes
doc-column-share = Share
doc-column-date = Date
doc-column-kind = Kind
doc-column-topic = Topic
doc-column-present = Present/ expected
doc-column-absent-with-reason = Absent with reason
doc-column-absent-without-reason = Absent without reason
doc-column-code = Cell code
doc-column-cell = Cell
doc-column-members = Members
doc-column-registered = Registered
doc-column-missing = Not registered
doc-column-exempt = Exempt from registration
doc-column-meetings = Meetings
doc-column-attendance = Attendance

## Positions, standings, kinds of meeting

doc-role-secretary = Secretary
doc-role-deputy = Deputy secretary
doc-role-committee = Cell committee member
doc-role-member = Member
doc-status-full = Full member
doc-status-probationary = Probationary
doc-status-exempt = Exempt from meetings
doc-status-retired = Retired
doc-status-transferred = Transferred
doc-exempt-reason-full = As the cell decided
doc-exempt-reason-probationary = As the cell decided
doc-exempt-reason-exempt = Exempt from meetings
doc-exempt-reason-retired = Retired, as the cell decided
doc-exempt-reason-transferred = Transferred to another cell
doc-kind-regular = Regular
doc-kind-thematic = Thematic
doc-kind-combined = Regular and thematic

## Registration figures

doc-count-members = Members on the cell's roster: { $count }.
doc-count-required = Members who must register: { $count }.
doc-count-registered = Registered: { $count }/{ $required }, that is { $percent }.
doc-count-registered-plain = Registered: { $count }.
doc-count-missing = Not registered yet: { $count }.
doc-count-exempt = Exempt from registration: { $count }.

## Registration report

doc-registration-subtitle = Registration for studying and following Ho Chi Minh's thought, ethics and style in { $year }
doc-registration-intro = For the study of Ho Chi Minh's thought, ethics and style in { $year }, on the topic “{ $topic }”, the cell reports how its members registered their personal plans (deadline: { $deadline }):
doc-registration-intro-no-topic = For the study of Ho Chi Minh's thought, ethics and style in { $year }, the cell reports how its members registered their personal plans (deadline: { $deadline }):
doc-registration-section-summary = Overall results
doc-registration-section-plans = What the members registered
doc-registration-none-registered = No member has registered.
doc-registration-section-missing = Members who have not registered
doc-registration-none-missing = No member is missing.
doc-registration-section-exempt = Members exempt from registration
doc-registration-none-exempt = No member is exempt.
doc-part-empty = (not written)
doc-registration-closing = This is the cell's report on the registration for studying and following Ho Chi Minh's thought, ethics and style in { $year }.

## Minutes of a cell meeting

doc-minutes-title = Minutes
doc-minutes-subtitle-regular = Regular cell meeting, { $month }/{ $year }
doc-minutes-subtitle-thematic = Thematic cell meeting, { $month }/{ $year }
doc-minutes-subtitle-combined = Regular and thematic cell meeting, { $month }/{ $year }
doc-minutes-time-same-day = Time: from { $start } to { $end } on { $day }/{ $month }/{ $year }.
doc-minutes-time = Time: from { $start } to { $end }.
doc-minutes-place = Place: { $place }.
doc-minutes-section-attendance = Attendance
doc-minutes-total = Members of the cell: { $count } (full: { $full }, probationary: { $probationary }).
doc-minutes-among = Among them: { $list }.
doc-minutes-among-exempt = { $count } exempt from meetings
doc-minutes-among-retired = { $count } retired
doc-minutes-present = Present: { $present } of the { $counted } expected ({ $percent }): { $names }.
doc-minutes-present-none = Present: nobody ({ $counted } expected).
doc-minutes-absent-with-reason = Absent with a reason: { $count }:
doc-minutes-absent-with-reason-none = Absent with a reason: none.
doc-minutes-absent-line = - { $name } — { $reason };
doc-minutes-no-reason = no reason given yet
doc-minutes-absent-without-reason = Absent without a reason: { $count }: { $names }.
doc-minutes-absent-without-reason-none = Absent without a reason: none.
doc-minutes-exempt = Exempt (not expected): { $count }: { $names }.
doc-minutes-exempt-none = Exempt (not expected): none.
doc-minutes-chair = Chair: { $name }.
doc-minutes-secretary = Secretary of the meeting: { $name }.
doc-minutes-section-content = Proceedings
doc-minutes-topic = Topic: { $topic }
doc-minutes-proceedings = How the meeting went:
doc-minutes-opinions = What the members said:
doc-minutes-conclusion = The chair's conclusion:
doc-minutes-section-poll = Poll
doc-minutes-section-poll-open = Poll (still open)
doc-minutes-closing = The meeting ended at { $time } the same day.
doc-minutes-closing-other-day = The meeting ended at { $time }.
doc-minutes-approved = The minutes were read out to the cell and approved.
doc-minutes-secretary-title = SECRETARY OF THE MEETING
doc-minutes-chair-title = CHAIR

## Votes

doc-poll-question = Question: { $question }
doc-poll-still-open = The poll is still open (until { $closesAt }): the votes below are those received when this document was made, not the final result.
doc-poll-anonymous = Secret ballot.
doc-poll-open = Public poll.
doc-poll-total = Votes cast: { $total }.
doc-poll-no-options = No options.

## A meeting's quality: in the minutes and the quarter and year reports (points, levels and words from the plan)

doc-quality-section = Quality of the meeting
doc-quality-remote = { $name } (remotely)
doc-quality-attendance = Attendance: { $present } of { $counted } ({ $percent }), { $points }/{ $max } points.
doc-quality-attendance-none = Attendance: no member was expected (not scored).
doc-quality-length = Length: { $minutes } minutes (at least { $minimum } minutes), { $points }/{ $max } points.
doc-quality-agenda-yes = First item of the agenda: “{ $item }”; about studying and following Ho Chi Minh's thought, ethics and style: yes, { $points }/{ $max } points.
doc-quality-agenda-no = First item of the agenda: “{ $item }”; about studying and following Ho Chi Minh's thought, ethics and style: no, { $points }/{ $max } points.
doc-quality-agenda-none = First item of the agenda: no agenda was given, { $points }/{ $max } points.
doc-quality-poll = Poll after the meeting: votes cast: { $votes }; { $points }/{ $max } points on average.
doc-quality-poll-none = Poll after the meeting: none (not scored).
doc-quality-poll-no-votes = Poll after the meeting: no votes (not scored).
doc-quality-poll-open = Poll after the meeting: still open (not scored yet).
doc-quality-score = Quality score: { $score }/100, level: { $level }.
doc-quality-score-scaled = Quality score: { $score }/100 (scaled from { $points }/{ $max } points of the criteria known), level: { $level }.
doc-quality-score-none = Quality score: cannot be worked out yet.
doc-quality-results-title = Quality of the cell's meetings
doc-quality-results-summary = Meetings held: { $count }; attendance (members present over members expected, all meetings together): { $attendance }; average quality score: { $score }/100, level: { $level }.
doc-quality-results-summary-unscored = Meetings held: { $count }; attendance (members present over members expected, all meetings together): { $attendance }; average quality score: cannot be worked out yet.
doc-quality-points = { $points }/{ $max }
doc-quality-yes = Yes
doc-quality-no = No
doc-quality-no-agenda = None
doc-column-quality-attendance = Attendance
doc-column-quality-length = Length (minutes)
doc-column-quality-agenda = First item about studying and following
doc-column-quality-poll = Poll (points)
doc-column-quality-score = Score
doc-column-quality-level = Level

## Quarter and year results

doc-results-subtitle = Results of studying and following Ho Chi Minh's thought, ethics and style { $period }
doc-results-intro = The cell reports its results of studying and following Ho Chi Minh's thought, ethics and style { $period }:
doc-results-section-registration = Registration of personal plans
doc-results-section-meetings = Cell meetings
doc-results-no-meetings = No meeting was recorded { $period }.
doc-results-meetings-count = The cell held { $count } meetings (regular: { $regular }, thematic: { $thematic }).
doc-results-attendance = Attendance: { $present } of { $counted } expected, that is { $percent }.
doc-results-section-polls = Polls
doc-results-no-polls = No poll was held { $period }.
doc-results-section-assessment = Assessment
doc-results-strengths = Strengths
doc-results-strength-registered = - { $registered } of the { $required } members who must register have registered a personal plan, that is { $percent }.
doc-results-strength-meetings = - The cell held { $count } meetings, { $thematic } of them thematic; attendance was { $percent }.
doc-results-weaknesses = Shortcomings
doc-results-weakness-not-registered = - { $count } members have not registered a personal plan yet: { $names }.
doc-results-weakness-absent = - { $count } members missed meetings without a reason: { $names }.
doc-results-absent-times = { $name } ({ $times } times)
doc-results-weakness-no-meetings = - No meeting was recorded { $period }.
doc-results-weakness-no-thematic = - No thematic meeting was held { $period }.
doc-results-causes = Causes
doc-results-section-direction = Direction and tasks { $period }
doc-results-next-topic = - Hold the thematic meeting { $period } on “{ $topic }”.
doc-results-next-annual-topic = - Study the annual topic { $period }: “{ $topic }”.
doc-results-next-not-registered = - Follow up the { $count } members who have not registered until they do.
doc-results-closing = This is the cell's report on its results { $period }.

## Committee summary

doc-rollup-subtitle = Summary of the registration for studying and following Ho Chi Minh's thought, ethics and style, and of cell meetings, in { $year }
doc-rollup-intro = As of { $day }, the committee has { $cells } cells with { $members } members: { $registered } registered, { $missing } not registered, { $exempt } exempt from registration.
doc-rollup-section-cells = Results of the cells
doc-rollup-none = No cell has any figures.
doc-rollup-section-behind = Cells behind schedule
doc-rollup-behind-intro = These cells are behind in registration or have held no meeting this quarter:
doc-rollup-none-behind = No cell is behind schedule.
doc-rollup-closing = This is the committee's summary for { $year }.

## A member's report of results against their plan (attached to the self-assessment form, Hướng dẫn 43-HD/BTCTW)

doc-member-subtitle = Results of the plan for studying and following Hồ Chí Minh's thought, ethics and style in { $year }
doc-member-name = Full name: { $name }.
doc-member-standing = Role in the cell: { $role }; { $status } member.
doc-member-intro = Following the plan for studying and following Hồ Chí Minh's thought, ethics and style in { $year } that I registered with the Cell, I report my results as follows:
doc-member-section-results = Results of the plan
doc-member-no-plan = I did not register a plan for studying and following for { $year } with the Cell.
doc-member-planned = Registered: { $plan }
doc-member-planned-none = Registered: (not written)
doc-member-outcome = Result: { $outcome }.
doc-member-done = What was done: { $text }
doc-member-done-none = What was done: (not written)
doc-member-why = Not done, and why: { $why }
doc-member-not-reported = No result reported for this part yet.
doc-member-progress = Progress reported during the year:
doc-member-progress-line = - { $day }: { $status } — { $note }
doc-member-progress-line-plain = - { $day }: { $status }
doc-member-with-photo = { $line } (with a photo as evidence)
doc-member-section-level = Self-assessment
doc-member-level = Under { $rule }, the level I propose for myself: { $level }.
doc-member-level-none = Under { $rule }, the level I propose for myself:
doc-member-closing = This is my report of the results of my plan for studying and following Hồ Chí Minh's thought, ethics and style in { $year }./.
doc-member-cell-confirms = CONFIRMED BY THE CELL
doc-member-signer = REPORTED BY
doc-outcome-done = Done
doc-outcome-partly = Partly done
doc-outcome-notDone = Not done
doc-progress-done = done
doc-progress-underway = under way
doc-progress-notYet = not started

## The cell's year-end report: results of the plans, grading, the model

doc-year-end-subtitle = Results of the plans for studying and following Hồ Chí Minh's thought, ethics and style, and the grading of members, in { $year }
doc-year-end-intro = The Cell reports its members' results against their plans for studying and following Hồ Chí Minh's thought, ethics and style, their grading and the Cell's model in { $year } as follows:
doc-year-end-section-results = Members' results against their plans
doc-year-end-reported = Results reported: { $reported } of the { $required } members who must register, { $percent }.
doc-year-end-reported-plain = Results reported: { $reported }.
doc-year-end-not-reported = No results reported yet: { $count }, namely: { $names }.
doc-year-end-section-levels = Grading
doc-year-end-levels-intro = Under { $rule }, the Cell has graded { $graded } of { $members } members:
doc-year-end-level = - { $level }: { $count }, namely: { $names }.
doc-year-end-level-none = - { $level }: { $count }.
doc-year-end-level-waiting = - Not graded yet: { $count }, namely: { $names }.
doc-year-end-section-model = The Cell's model of following Uncle Hồ
doc-year-end-no-model = The Cell has not registered a model for the year.
doc-year-end-model-title = Model: { $title }
doc-year-end-model-what = What: { $what }
doc-year-end-model-who = Who: { $who }
doc-year-end-model-by = Due: { $day }.
doc-year-end-model-no-progress = (not reported)
doc-column-quarter = Quarter
doc-column-model-progress = Progress
doc-year-end-closing = This is the Cell's report of its members' results against their plans for studying and following Hồ Chí Minh's thought, ethics and style, and their grading, in { $year }./.

## The list of nominees for praise (form 03)

doc-nominations-title = List
doc-nominations-subtitle = Collectives and individuals proposed for praise as examples in studying and following Hồ Chí Minh's thought, ethics and style { $round }
doc-nominations-round-midterm = at the mid-term review of { $year }
doc-nominations-round-yearEnd = at the year-end review of { $year }
doc-nominations-intro = After its review, the Cell proposes for praise { $round } the following collectives and individuals:
doc-nominations-draft = DRAFT: the cell's secretary has not confirmed the list; below are all the members' nominations { $round }, with the votes in favour.
doc-nominations-section-collectives = Collectives
doc-nominations-section-individuals = Individuals
doc-nominations-no-collectives = No collective was proposed.
doc-nominations-no-individuals = No individual was proposed.
doc-column-collective = Collective
doc-column-achievements = Achievements
doc-column-support = Votes in favour

## The committee's roll-up: the year's end

doc-rollup-section-year-end = Results of the plans, grading, models and praise
doc-rollup-year-end-intro = Members who reported results against their plans out of those who must register, members at each level the cell agreed, the cell's model, and the collectives and individuals the cell confirmed for praise:
doc-column-results-reported = Results reported
doc-column-model = Model
doc-column-nominated-individuals = Individuals praised
doc-column-nominated-collectives = Collectives praised
doc-rollup-no-model = None registered
doc-rollup-models = models: { $count } of { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    }

## In the chat: /tonghop at year end, /xuatbaocao, a member's results report

tonghop-cell-year-end = { "   " }results { $reported }/{ $required }; graded: { $excellent } excellent, { $good } good, { $done } done, { $notDone } not done; model: { $model }; praised: individuals { $individuals }, collectives { $collectives }
tonghop-no-model = none registered
tonghop-totals-year-end = In all: results { $reported }/{ $required }; graded: { $excellent } excellent, { $good } good, { $done } done, { $notDone } not done; models: { $models }/{ $cells }; praised: individuals { $individuals }, collectives { $collectives }.
xuatbaocao-choice-yearEnd = 📄 Year-end report { $year }: results of the plans, grading, the model (Word)
xuatbaocao-choice-nominations-midterm = 📄 Nominees for praise, mid-term review { $year } (Word)
xuatbaocao-choice-nominations-yearEnd = 📄 Nominees for praise, year-end review { $year } (Word)
xuatbaocao-file-yearEnd = Year-end report { $year }: members' results against their plans, the levels the cell agreed, the cell's model, meetings. It names members and their levels: file it with the committee only, never in the group.
xuatbaocao-file-nominations = Nominees for praise in { $year } ({ $round }), on form 03. Please check it, sign it and send it to the committee above.
xuatbaocao-no-nominations = The cell has no nominations for praise in { $year } yet, so there is no list.
member-results-file = Your report of the results of your plan for { $year }, to attach to your self-assessment. Please check it, sign it and hand it to the cell.
