## General

unknown-command = There is no command /{ $command }. Type /help to see the commands you can use here.
choice-expired = This choice is out of date and can no longer be used. Type /help to start again.
refuse-anonymous = chibo only answers individual people, so it does not read messages sent anonymously or on behalf of a group or channel. Please post under your own name (admins: in your admin rights, turn off "Remain anonymous") and type it again.
edited-ignored = chibo does not read edited messages, so nothing has changed. Please send it again as a new message.
unsupported-message = chibo reads only text messages (it cannot listen to voice messages or look at photos yet). Please type in words; type /help to see the commands.
text-without-dialog = chibo did not understand this message. Type /help to see what you can do.
phrase-suggest = Did you mean the command /{ $command } ({ $description })?
phrase-suggest-typed = Did you mean the command /{ $command } ({ $description })? Type /{ $command } to start.
phrase-suggest-choice = Start /{ $command }
greeting = Hello { $name }!
error-storage = Sorry, chibo cannot save anything right now (the server has no free space). Nothing was changed; please send it again in a few minutes.
db-cannot-write = chibo cannot write to its database: the disk is full or failing. What was saved is not lost. Free some space on the disk (or fix it), then start chibo again.
error-internal = Sorry, chibo ran into a problem handling this request. Nothing has been changed; please try again in a few minutes.
go-private = This is done in a private chat with chibo, so that personal content does not show in the group.
go-private--buttons = This is done in a private chat with chibo, so that personal content does not show in the group. Please press the button below, then Start. Command: /{ $command }
go-private-button = Continue in private chat
choices-hint = Reply with a number: { $numbers }.
numbered-choice = {"  "}{ $number }. { $label }
page-mark = (page { $page }/{ $pages })
page-choice-next = ➡️ Next (page { $page }/{ $pages })
page-choice-first = ⏮ Back to the first page
numbered-only = There are only the numbers 1 to { $max }. Please reply with a number from the list:
numbered-one-at-a-time = Please reply with one number at a time. There are only the numbers 1 to { $max }:
numbered-no-list = There is no list waiting for a number here (it is out of date, or in another chat). Type /help to see what you can do.
numbered-out-of-range-private = In the group { $group }, there are only the numbers 1 to { $max }. The number you typed was not recorded; please type it again in the group.
numbered-out-of-range-group = There are only the numbers 1 to { $max }. The number just typed was not recorded; please type it again.
quarter = Q{ $quarter }/{ $year }
setting-on = On
setting-off = Off

## Refusals

refuse-group-only = This command is used in the cell's group.
refuse-group-admin-only = Only a group admin can set up a cell.
refuse-group-not-linked = This group is not linked to any cell yet. A group admin types /khoitao Cell name to start.
refuse-not-member-group = You are not on the cell's list yet. Type /thamgia Full Name, for example: /thamgia Nguyễn Văn An
refuse-not-member-private = You are not on any cell's list yet. Go to your cell's Telegram/Zalo group and type /thamgia Full Name.
refuse-other-cell = You belong to another cell, not to this group's cell.
refuse-pending = Your request to join is waiting for the secretary's approval.
refuse-committee-only = Only the secretary, deputy secretary and cell committee members can see this report.
refuse-manager-only = Only the secretary and deputy secretary can use this command.

## /start, /help

start-welcome = Hello { $name }! I am <b>chibo</b>, the cell's assistant for studying and following Ho Chi Minh's thought, morality and style.
help-header = <b>The commands you use most:</b>
help-line = /{ $command } — { $description }
help-more = Type /help tatca to see every command.
help-all-header = <b>Every command you can use here</b> { $page }
help-start = start
help-help = see the commands and what to do next
help-khoitao = link this group to a new cell (group admin)
help-thamgia = join the cell's list: /thamgia Full Name
help-chuyende = the annual topic and this quarter's topic
help-dangky = register your personal plan to study and follow
help-camket = see your registration
help-huy = cancel what you are in the middle of
help-baocao = who has registered and who has not
help-duyet = approve people asking to join the cell
help-thanhvien = list, roles and status of Party members
help-caidat = cell settings
help-next-link-group = First step: a group admin types /khoitao Cell name.
help-next-join = Next step: type /thamgia Full Name to join the cell's list.
help-next-register-private = Register your personal plan: type /dangky, and chibo will invite you to a private chat.
help-next-find-group = You are not in any cell yet: go to your cell's group and type /thamgia Full Name.
help-next-approve = Someone is waiting to join the cell: type /duyet.
help-next-wait-approval = Your request to join is waiting for the secretary's approval.
help-next-meeting = Next: the cell meets soon and you have not said whether you will come. Type /lichhop to answer.
help-next-register = Type /dangky to register or edit your personal plan, /camket to review it.
help-privacy-mode = In this Telegram group chibo only receives messages that start with / (such as /dangky) and replies to its own messages; plain text without a / does not reach chibo.

## /khoitao

khoitao-already = This group is already linked to <b>{ $cell }</b> (code { $code }). No need to set it up again.
khoitao-member-elsewhere = You are on the list of another cell, so you cannot set up a cell.
khoitao-relinked = chibo is back in the group. The group is still linked to <b>{ $cell }</b> (code { $code }), and all data is intact.
khoitao-bad-name = The cell name is not valid. Type for example: /khoitao Chi bộ Khu phố 3
khoitao-code-use-caidat = This group is already linked to <b>{ $cell }</b>. To link the cell to its superior committee, the secretary sends /caidat to chibo privately, chooses «Superior committee» and types the code.
khoitao-bad-code = The superior committee's code is wrong or has expired (each code works once), so no cell was created. Please check the code, or type /khoitao Cell name (without a code) and link the committee later in /caidat.
khoitao-committee = The cell is under <b>{ $committee }</b>: its yearly plan and roll-up follow { $committee }.
khoitao-done =
    Created <b>{ $cell }</b> (cell code: { $code }, used when reporting upward). <b>{ $name }</b> is the secretary.
    Members of the group type /thamgia Full Name to join the cell's list.
    If the secretary's name is not the full name, type /thamgia Full Name to correct it.
    Join requests will arrive in the secretary's private chat with chibo.
khoitao-done--buttons =
    Created <b>{ $cell }</b> (cell code: { $code }, used when reporting upward). <b>{ $name }</b> is the secretary.
    Members of the group type /thamgia Full Name to join the cell's list.
    If the secretary's name is not the full name, type /thamgia Full Name to correct it.
    The secretary presses the button below to open a private chat with chibo: join requests will arrive there.
open-private-button = Open a private chat with chibo

## /thamgia

thamgia-usage = Type /thamgia with your full name, for example: /thamgia Nguyễn Văn An
thamgia-name-empty = No name given. Type for example: /thamgia Nguyễn Văn An
thamgia-name-too-long = The name is longer than 80 characters. Please type your full name again, briefly.
thamgia-name-characters = A name may only contain letters and spaces. Type for example: /thamgia Nguyễn Văn An
thamgia-name-one-word = Please type your full name (at least two words), so that the secretary knows who you are. For example: /thamgia Nguyễn Văn An
thamgia-still-pending = The request of { $name } is waiting for the secretary's approval.
thamgia-already = { $name } is already on the cell's list.
thamgia-renamed-notice = On the cell's list, { $old } changed their name to <b>{ $name }</b>. If that is wrong, see /thanhvien.
thamgia-renamed = Name changed from { $old } to <b>{ $name }</b>.
thamgia-welcome = Welcome, <b>{ $name }</b>, to the list of { $cell }. Type /dangky to register your personal plan.
thamgia-pending = Received the request of <b>{ $name }</b>. The secretary of { $cell } will decide; chibo will tell you.
thamgia-namesake = Someone named { $name } is already on the cell's list. If that is not you, please type your name so that it differs (add your middle name, for example), so the secretary does not mix you up.
thamgia-unclaimed = { $name } is already on the cell's list, added by the secretary, with no chat account. If that is you, ask the secretary for a claim code and type it here: /thamgia CODE. If not, please type your name so that it differs (add your middle name, for example). Nothing was saved.
thamgia-unclaimed-notice = The account { $account } asked to join the cell as { $name }, the name of { $name } on the list, who has no chat account. If it is that member: type /thanhvien, choose the name, get a claim code and give it to them in person.
thamgia-bad-code = The code is wrong or has expired. Please ask the cell's secretary for a new one.
thamgia-claim-already-member = This account is already on a cell's list (as { $name }), so it cannot claim another entry. If that is a mistake, please tell the secretary.
thamgia-claimed = <b>{ $name }</b> has claimed their entry on the list of { $cell }: the same plan and attendance as before. Type /dangky to register your personal plan. What chibo keeps about you is in the next message; withdraw your consent with /dulieu.
thamgia-claimed-notice = { $name } claimed their entry on the list with a chat account (account: { $account }). chibo can now write to them in private.

## /duyet

duyet-request = <b>{ $name }</b> asks to join the list of { $cell } (account: { $account }).
duyet-list = <b>{ $cell }</b>: { $count } waiting for approval.
duyet-list-rest = { $count } still waiting to join { $cell }:
duyet-approve-all = ✅ Approve all ({ $count })
duyet-confirm-all = Approve all { $count } into the cell: { $names }?
duyet-confirm-all-yes = ✅ Yes, approve all
duyet-confirm-all-no = ↩️ No, back to the list
duyet-approved-all = Approved { $count } into the cell: { $names }.
duyet-approve = ✅ Approve { $name }
duyet-approve-namesake = ✅ Approve { $name } (account: { $account }) ⚠️ same name
duyet-reject = ❌ Reject { $name }
duyet-reject-namesake = ❌ Reject { $name } (account: { $account })
duyet-hint = Type /duyet to approve or reject.
duyet-namesake = ⚠️ Someone named { $name } is already on the cell's list: check the account name before approving.
duyet-account-unnamed = no name
duyet-none = Nobody in { $cell } is waiting for approval.
duyet-already-decided = The request of { $name } has already been handled.
duyet-approved = Approved { $name } into the cell.
duyet-rejected = Rejected the request of { $name }.
duyet-you-approved = You have been approved into { $cell }. Type /dangky to register your personal plan.
duyet-you-rejected = The secretary did not accept your request to join { $cell }. If this is a mistake, please contact the cell secretary.

## /chuyende

chuyende-annual = <b>Annual topic for { $year }:</b> { $title }
chuyende-summary = { $summary }
chuyende-quarter = <b>Quarterly topic { $quarter }:</b> { $title }
chuyende-quarter-none = { $quarter }: the plan has no quarterly topic; the cell chooses the thematic meeting content according to the annual topic.
chuyende-deadlines = Study the topic by { $study }. Register your personal plan by { $registration }.
chuyende-source = According to the plan of { $issuedBy }.
chuyende-default-plan = This is chibo's general topic and default schedule, not yet the Party committee's yearly plan. A cell linked to its committee follows the plan the committee's officers enter with /kehoach; for a cell under no committee, the secretary types /kehoach to enter the plan the superior committee gave.
chuyende-parts = The personal registration has three parts: { $studyLabel }, { $followLabel }, { $exampleLabel }.

## /kehoach

help-kehoach = enter the Party committee's yearly plan: topics, quarterly topics, deadlines (for committee officers)
part-study = Study
part-follow = Follow
part-example = Set an example
kehoach-not-allowed = The yearly plan is entered by the superior Party committee: its officers use /kehoach for the committee's cells; for a cell under no committee, the cell secretary enters it. See the plan in force with /chuyende.
kehoach-cell-has-committee = The cell is under { $committee }, so it follows the yearly plan { $committee } enters. Please ask an officer of { $committee } to enter it with /kehoach; once entered, the cell follows it with nothing more to do.
kehoach-shared = This common plan also applies to { $count } other cells without a committee plan, so one cell's secretary cannot change it. Please ask the superior committee to enter its plan with /kehoach, or link the cell to its committee in /caidat.
kehoach-restart = The plan you were entering was too old, so chibo deleted it; nothing was saved. Type /kehoach to start again.
kehoach-resume = Continuing the plan you were entering (nothing saved yet):
kehoach-ask-year =
    <b>Yearly plan for { $scope }</b>
    Which year's plan? Choose a year below, or type the year, for example { $year }. Type /huy to cancel.
kehoach-choice-year = Year { $year }
kehoach-year-unreadable = Please type the year in four digits, for example { $year }.
kehoach-year-past = { $year } is over; only the plan for { $current } or the next year can be entered.
kehoach-year-far = { $year } is too far ahead; only this year's plan or the plan for { $next } can be entered.
kehoach-year-over = { $year } is over, so the plan was not saved. Type /kehoach to enter this year's plan.
kehoach-ask-source = Plan for { $year }: choose a plan chibo comes with (you can review and change it before saving), or enter it step by step.
kehoach-has-plan = { $year } already has the plan of { $issuedBy }; saving a new plan replaces it.
kehoach-choice-shipped = Plan of { $issuedBy } for { $year }
kehoach-choice-current = Change the plan in force
kehoach-choice-own = Enter step by step
kehoach-start-own = Entering the plan for { $year } in { $steps } steps. Nothing is saved until you review it and choose Save.
kehoach-use-choices = Please choose a line below; type /huy to cancel.
kehoach-use-choices--buttons = Please press a button below; type /huy to cancel.
kehoach-step = <b>Step { $step }/{ $steps }</b>
kehoach-ask-issuedBy = Which Party committee issued this plan? For example: Tỉnh ủy Bình Dương (under { $max } characters).
kehoach-ask-annualTopic = Annual topic for { $year }: please type the topic as the plan words it (under { $max } characters).
kehoach-ask-quarter = Thematic meeting topic for { $quarter } (under { $max } characters). If the plan has none for this quarter, choose «None».
kehoach-ask-study = Deadline to study the topic in { $year }: type the day, month and year, for example 15/4/{ $year }.
kehoach-ask-registration = Deadline for members to register their personal plans (the three-part registration): type the day, for example 30/4/{ $year }. It may come before or after the study deadline.
kehoach-ask-midtermReview = Midterm review day, if the plan has one: type the day, for example 19/5/{ $year }. It must come after the study and registration deadlines.
kehoach-ask-yearEndReview = Year-end review day, if the plan has one: type the day, for example 15/12/{ $year }. It must come after the deadlines above.
kehoach-ask-labels = The names of the three parts of the personal registration, as the plan calls them, separated by /, each under { $max } characters. For example: Học tập / Thực hành / Nêu gương
kehoach-ask-examples = Examples that /dangky suggests to members for the part «{ $label }»: one example a line, at most { $max }.
kehoach-current-examples = The examples now:
kehoach-example = • { $example }
kehoach-current = Now written: <i>{ $text }</i>
kehoach-current-none = Now written: none.
kehoach-typed-keep = To keep what is written, type: giữ nguyên
kehoach-typed-none = If the plan has no such day, type: không có
kehoach-ask-footer = Type /huy to cancel; nothing is saved until you choose Save.
kehoach-choice-keep = Keep
kehoach-choice-none = None
kehoach-choice-issuer = Use { $committee }
kehoach-choice-keep-labels = Keep: { $study } / { $follow } / { $example }
kehoach-choice-default-labels = Use the common names: { $study } / { $follow } / { $example }
kehoach-choice-keep-examples = Keep these examples
kehoach-answer-empty = Nothing was written. Please type it again, or type /huy to cancel.
kehoach-answer-no-words = This needs words (symbols or punctuation are not enough). Please type it again.
kehoach-answer-too-long = This is { $length } characters long, over the limit of { $max }. Please write it shorter; nothing was saved.
kehoach-answer-labels-count = Exactly three names are needed, separated by /, for example: Học tập / Thực hành / Nêu gương (you typed { $count }).
kehoach-answer-labels-alike = The three parts need three different names. Please type them again.
kehoach-answer-examples-count = At most { $most } examples, one a line (you typed { $count }). Please send fewer.
kehoach-date-unreadable = chibo cannot read this date. Please type the day, month and year, for example 30/4/{ $year }.
kehoach-date-impossible = There is no such day in the calendar. Please type it again, for example 30/4/{ $year }.
kehoach-date-other-year = This day is not in { $year }, the plan's year. Please type a day in { $year }.
kehoach-date-too-early = In a plan, the { $deadline } ({ $day }) must come after the { $before } ({ $beforeDay }). Please type another day; nothing was saved.
kehoach-deadline-study = study deadline
kehoach-deadline-registration = registration deadline
kehoach-deadline-midtermReview = midterm review
kehoach-deadline-yearEndReview = year-end review
kehoach-scope-committee = the cells of { $committee } ({ $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    })
kehoach-scope-committee-none = the cells of { $committee } (none yet)
kehoach-scope-cell = { $cell }
kehoach-review-header = <b>Plan for { $year }</b> of { $issuedBy }, for { $scope }
kehoach-review-annual = <b>Annual topic:</b> { $title }
kehoach-review-quarter = <b>Quarter { $quarter }:</b> { $title }
kehoach-review-no-quarters = <b>Quarterly topics:</b> none
kehoach-review-deadlines = <b>Deadlines:</b> study { $study }; registration { $registration }; midterm review { $midtermReview }; year-end review { $yearEndReview }
kehoach-review-labels = <b>The three parts:</b> { $study } / { $follow } / { $example }
kehoach-review-examples = <b>Examples /dangky suggests:</b> { $study }, { $follow } and { $example }
kehoach-review-footer = If it is right, choose Save; to change something, choose Edit. Nothing is saved until you choose Save.
kehoach-none = none
kehoach-choice-confirm = ✅ Save
kehoach-choice-edit = ✏️ Edit
kehoach-choice-cancel = Cancel
kehoach-menu = Which part of the plan?
kehoach-group-issuer = Issuing committee
kehoach-group-annual = Annual topic
kehoach-group-quarters = Quarterly topics
kehoach-group-deadlines = Deadlines
kehoach-group-labels = Names of the three parts
kehoach-group-examples = Suggested examples
kehoach-choice-back = ↩️ Back to the plan
kehoach-invalid = The part «{ $part }» is not valid, so the plan was not saved. Please choose Edit, correct that part and save again.
kehoach-cancelled = Cancelled; nothing was saved, and the plan in force stays as it was.
kehoach-saved-committee = ✅ Saved the plan for { $year }. The { $cells } cells of { $committee } follow it from now on; members see it with /chuyende.
kehoach-saved-committee-none = ✅ Saved the plan for { $year }. { $committee } has no cells yet; the cells that join { $committee } will follow this plan. To give a cell the code to join: /tonghop, choose «Code for a cell».
kehoach-saved-cell = ✅ Saved the plan for { $year } for { $cell }. Members see it with /chuyende.

## /huy

huy-nothing = There is nothing in progress.
huy-done = Cancelled. What you were entering has not been saved.
huy-menu-closed = The list of choices is closed; nothing was chosen. Type /help to see what you can do.

## /dangky

dangky-resume = Continuing where you left off:
dangky-existing = You have already registered for { $year }. This is the saved version; you can edit it until the registration deadline.
dangky-restart = Your unfinished registration was out of date, so chibo deleted it. Type /dangky to start again.
dangky-review-use-choices = Your registration has all three parts. Please choose Save, or the part you want to change:
dangky-answer-empty = No content yet. Please write a few short sentences.
dangky-answer-no-words = This part needs to be written in words (emoji are not enough). Please write a few short sentences.
dangky-answer-too-long = This part is { $length } characters long; please keep it short, under { $max } characters, so it is easy to review at the end of the year.
dangky-cancelled = Cancelled, nothing saved. Type /dangky when you want to do it again.
dangky-cancelled-kept = Editing cancelled. Your saved registration stays as it was; see it with /camket.
dangky-unchanged = Nothing changed in your registration; it stays as saved.
dangky-current = Currently: <i>{ $text }</i>. Send new text to replace it, or choose Keep.
dangky-choice-keep = Keep as it is
dangky-saved = ✅ Saved your registration for { $year }. You can edit it until the end of { $deadline } with /dangky; review it with /camket.
dangky-updated = ✅ Saved your changes for { $year }. You can keep editing until the end of { $deadline }.
dangky-exempt = You are exempt from meetings, so you do not need to register a plan.
dangky-retired = The cell does not ask retired members to register a plan, so you do not need to. You still take part in the cell as usual.
dangky-closed-none = The registration deadline has passed ({ $deadline }) and you have not registered. Please contact { $contact }.
dangky-contact-secretary = { $name }, the cell secretary
dangky-contact-cell = the cell committee
dangky-late-notice = { $name } wants to register a plan for { $year }, but the deadline has passed ({ $deadline }). If the cell accepts late plans, please get in touch with them.
dangky-late-not-saved = The registration deadline has passed, so chibo does not save this. The cell secretary has been told; please contact the secretary.
dangky-closed = The registration deadline has passed ({ $deadline }). To make changes, please contact { $contact }. See your saved version with /camket.
dangky-ask-study =
    <b>Part { $step }/3 — { $label }</b>
    What will you study about the annual topic: <i>{ $topic }</i>? For example:
dangky-ask-follow =
    <b>Part { $step }/3 — { $label }</b>
    Concrete actions tied to your work, with results that can be checked and a time frame. For example:
dangky-ask-example =
    <b>Part { $step }/3 — { $label }</b>
    How will you set an example at work, where you live and in your family? For example:
dangky-example = • { $example }
dangky-ask-footer = Write a few short sentences and send them. Type /huy to cancel.
dangky-review =
    <b>Review your registration</b>
    <b>1. { $studyLabel }:</b> { $study }
    <b>2. { $followLabel }:</b> { $follow }
    <b>3. { $exampleLabel }:</b> { $example }
    If it is correct, choose Save; to edit a part, choose that part.
dangky-choice-confirm = ✅ Save
dangky-choice-edit-study = Edit part 1 ({ $label })
dangky-choice-edit-follow = Edit part 2 ({ $label })
dangky-choice-edit-example = Edit part 3 ({ $label })
dangky-choice-cancel = Cancel
dangky-check = chibo will write this part as: <i>{ $text }</i>. Is that what you want to write?
dangky-choice-accept = Yes, write it so
dangky-choice-rewrite = Write it again

## /camket

camket-none = You have not registered a personal plan for { $year } yet. Type /dangky to register.
camket-show =
    <b>Registration for { $year }</b> (saved at { $updatedAt }, version { $revision })
    <b>1. { $studyLabel }:</b> { $study }
    <b>2. { $followLabel }:</b> { $follow }
    <b>3. { $exampleLabel }:</b> { $example }

## /baocao

baocao-header = <b>Registration report for { $year } — { $cell }</b> (deadline { $deadline })
baocao-counts = Party members: { $members }. Registered: { $registered }. Not registered: { $missing }. Exempt: { $exempt }.
baocao-missing = <b>Not registered:</b> { $names }
baocao-pending = Waiting for approval to join the cell: { $count } (/duyet).
baocao-no-account = <b>No chat account</b>, chibo cannot remind them in private, please remind them in person: { $names }
baocao-no-account-many = <b>No chat account</b>: { $count } members who have not registered cannot be reminded by chibo in private; please remind them in person (see Not registered).
baocao-details-private = The content of each registration can only be seen in a private chat: message chibo /baocao privately.
baocao-progress = Progress: { $reported }/{ $registered } members with a plan have reported progress.
baocao-results = Results: { $reported }/{ $required } have reported their results.
baocao-levels-header = <b>Levels the cell agreed</b> (number of members):
baocao-level = • { $level }: { $count }
baocao-levels-waiting = • Not agreed yet: { $count }
baocao-model = <b>The cell's model:</b> { $title } (by { $day }).
baocao-model-progress = Latest progress ({ $quarter }): { $note }
baocao-model-no-progress = No progress reported on the model yet.
baocao-model-none = The cell has not registered its model of following Uncle Hồ for { $year } (/mohinh).
baocao-year-meetings = Meetings this year: { $meetings } ended, { $present }/{ $counted } attendances. Polls: { $polls }.
baocao-choice-missing = 📋 Not registered ({ $count })
baocao-choice-plans = 📝 Registered plans ({ $count })
baocao-choice-attendance = ✅ Attendance ({ $meetings } meetings)
baocao-choice-polls = 🗳 Polls ({ $count })
baocao-choice-reach = 📵 Not reachable privately on Zalo ({ $count })
baocao-choice-back = ↩️ Back to the report
baocao-choice-back-plans = ↩️ Registered members
baocao-choice-back-meetings = ↩️ Attendance per meeting
baocao-choice-members = 👥 Each Party member over the meetings
baocao-choice-member = { $name }
baocao-nobody-missing = Every Party member who must register has registered.
baocao-missing-header = <b>Not registered: { $count }</b> { $page }
baocao-missing-name = • { $name }
baocao-missing-name-no-account = • { $name } (no chat account)
baocao-exempt-name = • { $name } (exempt from registration)
baocao-no-plans = No one has registered yet.
baocao-plans-header = <b>Registered plans</b>: { $count } members. Choose a name to read the plan. { $page }
baocao-plan-header = <b>{ $name }</b> (updated { $updatedAt }) { $page }
baocao-plan-study = <b>1. { $label }:</b> { $text }
baocao-plan-follow = <b>2. { $label }:</b> { $text }
baocao-plan-example = <b>3. { $label }:</b> { $text }

## /caidat

caidat-value-own = { $value }
caidat-value-committee = { $value } (from { $committee })
caidat-value-unset = not set
caidat-no-committee = not linked
caidat-toggle-autoApprove = Turn automatic approval on/off
caidat-toggle-retiredRegister = Turn registration for retired members on/off
caidat-choice-committee = 🔗 Superior committee
caidat-choice-documents = 📄 Change what documents print
caidat-documents-menu = Which line of the documents chibo drafts?
caidat-choice-edit-partyOrganisation = ✏️ Party organisation at the top
caidat-choice-edit-place = ✏️ Place
caidat-choice-edit-defaultChair = ✏️ Chair
caidat-choice-edit-defaultMinuteTaker = ✏️ Minute-taker
caidat-choice-clear = 🗑 Remove the cell's own value
caidat-ask-partyOrganisation = A cell's documents name the party organisation above it at the top, for example: ĐẢNG BỘ PHƯỜNG PHÚ HÒA. Please type that line (at most { $max } characters). Type /huy to cancel.
caidat-ask-place = The place before the date, for example «Phú Hòa» in «Phú Hòa, ngày 06 tháng 12 năm 2026». Please type the place (at most { $max } characters). Type /huy to cancel.
caidat-ask-defaultChair = Please type the full name of whoever usually chairs the cell's meetings; the minutes print it when a meeting names nobody else. Type /huy to cancel.
caidat-ask-defaultMinuteTaker = Please type the full name of whoever usually takes the minutes; the minutes print it when a meeting names nobody else. Type /huy to cancel.
document-text-empty = There are no words in it. Please type it again, or type /huy to cancel.
document-text-too-long = This line is { $length } characters long, over { $max }. Please type it shorter; nothing was saved.
caidat-name-empty = No name given. Please type a full name, for example: Nguyễn Văn An.
caidat-name-too-long = The name is longer than { $max } characters. Please type it again, briefly; nothing was saved.
caidat-name-characters = A name may only contain letters and spaces. Please type it again, for example: Nguyễn Văn An.
caidat-pick-name = Several people on the cell's list have this name. Which one?
caidat-choice-pick = { $name }
caidat-saved = ✅ Saved.
caidat-saved-not-on-roster = ✅ Saved { $name }. This name is not on the cell's list; if it is a typo, please change it.
caidat-cleared = ✅ The cell's own value was removed.
caidat-use-choices = Please choose a line below.
caidat-use-choices--buttons = Please press a button below.
caidat-use-choices--typed = Please reply with one of the numbers below.
caidat-ask-code = Please type the code (8 digits) an officer of the superior committee gave you. Type /huy to cancel. No code yet: the officer sends /tonghop to chibo privately and chooses «Code for a cell».
caidat-code-not-digits = A code has only digits, for example 12345678. Please type it again, or type /huy to cancel.
caidat-bad-code = The code is wrong or has expired. Each code works once; nothing was changed. Please check it, or ask the committee's officer for a new one.
caidat-committee-same = { $cell } is already under { $committee }; no need to link it again. The code can still be used.
caidat-committee-move-ask = { $cell } is under { $from }, and this code is { $to }'s. Move the cell to { $to }? The cell's yearly plan will follow { $to }, and { $from } will no longer see the cell in its roll-up.
caidat-choice-move = Move to { $to }
caidat-choice-stay = Stay with { $from }
caidat-committee-linked = ✅ { $cell } is now under { $committee }. The cell's yearly plan and roll-up follow { $committee } from now on.
caidat-committee-moved = ✅ { $cell } moved from { $from } to { $committee }. The cell's yearly plan follows { $committee } from now on.
caidat-committee-kept = The cell stays under { $committee }; nothing was changed.

## /thanhvien

thanhvien-list = <b>{ $cell }</b>: { $count } people on the list. Choose a person to change their role or status. { $page }
thanhvien-entry = { $name } — { $role }, { $status }
thanhvien-member = <b>{ $name }</b>: { $role }, { $status }. Choose a change:
thanhvien-set-role = Role: { $role }
thanhvien-set-status = Status: { $status }
thanhvien-own-role = You cannot change your own role or status; another member of the cell committee will do it.
thanhvien-secretary-only = Only the secretary can give or take away the roles of secretary and deputy secretary, or change their status.
thanhvien-secretary-transfer = { $name } is the secretary: give the secretary role to someone else before the transfer.
thanhvien-role-changed = { $name } is now { $role }.
thanhvien-status-changed = Status of { $name }: { $status }.
role-secretary = secretary
role-deputy = deputy secretary
role-committee = cell committee member
role-member = Party member
status-full = full member
status-probationary = probationary member
status-exempt = exempt
status-retired = retired
status-transferred = transferred

## Console (test chat in the terminal)

console-intro =
    chibo — test chat in the terminal. Type messages or commands (/help) as in a Telegram group.
    Change speaker: :as Name (e.g. :as Hùng). Add a person: :add Full Name. Go to a group: :group 1 or :group 2. Go to a private chat with chibo: :private. See everyone: :who. Send chibo a file: :file path-to-file. Quit: Ctrl+D.
console-usage = Console commands: :as Name, :add Full Name, :group 1, :group 2, :private, :who, :file path-to-file.
console-private-chat = private chat with chibo
console-private-with = private chat of { $name }
console-file-saved = 📎 File saved at: { $path }
console-elsewhere = [chibo sent to { $place }]
zalo-private-link = 👉 Write to this chibo account in private, then type /{ $command }
console-private-link = 👉 Type :private to go to a private chat with chibo, then type /{ $command }
console-unknown-person = There is nobody named { $name }. People in the console:
console-now-speaking = { $name } is typing now.
console-now-in = Now in: { $place }.
console-person = • { $name }
console-person-admin = • { $name } (admin of the groups)
console-group = Group { $number }: { $title }

## Command line (npm run cli -- …)

cli-usage = Usage: npm run cli -- <command> [options]
cli-usage-more = One command in detail: npm run cli -- <command> --help
cli-usage-command = Usage: npm run cli -- { $usage }
cli-usage-details = More: npm run cli -- { $command } --help
cli-options = Options:
cli-unknown-command = There is no command { $command }.
cli-unknown-option = The command { $command } has no option { $option }.
cli-option-needs-value = The option { $option } needs a value right after it.
cli-bad-choice = { $option } does not take { $value }; use one of: { $choices }.
cli-missing-argument = { $argument } is missing.
cli-extra-argument = { $argument } is one word too many: { $command } takes no more. Put a name with spaces in quotes.
cli-missing-option = One of these is needed: { $options }.
cli-one-of = Use only one of: { $options }.
cli-word-file = FILE
cli-word-code = CODE
cli-word-committee = "COMMITTEE"
cli-word-year = YEAR
cli-word-job = JOB
cli-command-plan-import = import an annual plan (JSON or YAML); without --committee it applies to every cell
cli-command-plan-show = the annual plan every cell falls back to
cli-command-cell-list = the cells: codes, committee, groups and member counts
cli-command-cell-committee = put a cell under a Party committee, whose plan then applies to it
cli-command-cell-schedule = a cell's posting hour and reminder days; without options, the settings in force
cli-command-committee-schedule = the default for the committee's cells; a cell's own setting wins
cli-command-committee-officer = a one-time code for a committee officer to use /tonghop
cli-command-report = a cell's report (as /baocao) or a committee's roll-up; Word and Excel files go to --out
cli-command-job-list = scheduled jobs and their next run per cell
cli-command-job-run = run one job now, as of --at (once per period); its messages go to the outbox
cli-command-zalo-login = log chibo's Zalo account in with a QR code and save the session
cli-command-zalo-status = how the Zalo session stands, since when, and what to do
cli-command-backup = back up the database (the folder must exist)
cli-command-help = the commands and how to use them
cli-option-committee = the committee's name, as given when importing a plan or placing a cell
cli-option-cell = a cell's code (see them with cell list)
cli-option-year = the year; this year if not given
cli-option-format = the format: text to read, json for other programs
cli-option-files = the format: text to read, json for other programs, docx a Word file, xlsx an Excel file (with --out)
cli-option-out = write to this file (readable by its owner only) instead of printing; the folder must exist
cli-option-doc = the Word document: registration, minutes (of the latest meeting), q1…q4 (a quarter's results), year (the year's results)
cli-option-at = run as of this time (Vietnam time, or with a time zone)
cli-option-qr = where to save the QR picture (zalo-qr.png if not given)
cli-option-post-hour = the hour scheduled posts go out, 7 to 20
cli-option-registration-days = how many days before the deadline to remind of registration
cli-option-study-days = how many days before the deadline to remind of the topic's study
cli-option-review-days = how many days before the mid-term review to remind of it
cli-option-summary-weekday = the day of the secretary's weekly summary: 1 is Monday, 7 Sunday
cli-option-meeting-hours = how many hours before a meeting to remind of it
cli-bad-year = Year { $year } is not valid.
cli-unknown-cell = There is no cell with code { $code }. See the codes with: npm run cli -- cell list
cli-plan-invalid = The plan in { $file } is not valid:
cli-plan-imported = Imported the { $year } annual plan for { $scope }.
cli-all-cells = all cells
cli-no-cells = There are no cells yet. Add the bot to a group and type /khoitao.
cli-cell-line = { $code }  { $name }  ({ $members } Party members, { $groups } groups)
cli-backup-done = Backed up to { $file }.
cli-backup-done-encrypted = Backed up to { $file }, encrypted with the database's key: keep the key somewhere other than the backup.
cli-command-db-encrypt = encrypt the database file with the key DATABASE_KEY (while chibo is stopped)
cli-db-encrypt-no-key = No key yet: set DATABASE_KEY (16 characters or more) or DATABASE_KEY_FILE (a file with chmod 600) and run this again.
cli-db-encrypt-no-file = There is no file { $file } to encrypt yet. chibo's first start with DATABASE_KEY makes an encrypted one.
cli-db-encrypt-already = The file { $file } is already encrypted with this key; nothing to do.
cli-db-encrypt-busy = The file { $file } is in use by chibo. Stop chibo and run this again; nothing has changed.
cli-db-encrypt-done =
    Encrypted { $file }. From now on chibo opens it only with this key: keep the key safe; a lost key is lost data.
    Older backups are still plain: make a new one (npm run cli -- backup FILE) and delete the old ones.
cli-schedule =
    { $name }: posts at { $postHour }:00.
    Registration reminders, days before the deadline: { $registrationReminderDays }.
    Study reminders, days before the deadline: { $studyReminderDays }.
    Mid-term review reminders, days before: { $reviewReminderDays }.
    Weekly summary to the secretary on { $weeklySummaryWeekday ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }.
    Meeting reminders, hours before the start: { $meetingReminderHours }.
    Each meeting: { $meetingMinutes } minutes; regular and thematic together: { $combinedMeetingMinutes } minutes.
    Meeting notice, days before: { $meetingNoticeDays }. Documents reminder, days before: { $meetingMaterialsDays }.
cli-unknown-committee = There is no committee named { $name }. A committee exists once a plan is imported for it (--committee) or a cell is put under it (cell committee).
cli-error-hours = hours written with commas between them, for example 24,1 (1 to 168)
cli-error-days = days written with commas between them, for example 14,7,3,1
cli-cell-committee-set = Cell { $code } now belongs to { $committee }; the plan of { $committee } applies to it.
plan-error-no-words = must contain words
plan-error-date = must be a date written YYYY-MM-DD (for example 2024-04-30)
plan-error-quarter-twice = each quarter at most once
plan-error-other-year = must fall in the plan's year
plan-error-review-too-early = must come after the study and registration deadlines (the year-end review: after the midterm review too)
plan-error-closes-before-opens = must come after the day it opens
plan-error-results-late = must come before the year-end review
plan-error-progress-after-results = must come before results open (results.opens)
plan-error-labels-alike = the three parts need three different names
config-error = The configuration is not right (see .env.example):
config-error-token = looks like 123456789:ABC-..., as BotFather gives it
config-error-quiet-hours = written like 21-07 (from 21:00 until 07:00 the next morning), or off
config-error-timezone = must be an IANA time zone such as Asia/Ho_Chi_Minh
config-error-key-short = too short: the key needs at least 16 characters (a long sentence you remember will do)
config-error-key-twice = set only one of them: DATABASE_KEY or DATABASE_KEY_FILE
config-error-key-file-missing = this key file cannot be read; check the path
config-error-key-file-mode = the key file must be readable by its owner only: chmod 600 KEY-FILE

## Private files and a damaged database (at start, command line)

cli-no-folder = There is no folder { $folder }, so nothing was written. Create it first (mkdir -p { $folder }) or choose another place.
cli-out-is-folder = { $file } is a folder; give the file's name too, for example { $file }/file-name.
cli-cannot-write = Cannot write to { $file }: permission denied.
db-empty = The database file { $file } is empty (0 bytes): the data it held is gone.
db-not-sqlite = The file { $file } is not an SQLite database (its beginning is wrong), or it is encrypted. An encrypted file: set DATABASE_KEY (or DATABASE_KEY_FILE) to its key. If DATABASE_PATH names the wrong file, correct it.
db-key-plain-file = A key is set (DATABASE_KEY or DATABASE_KEY_FILE) but the file { $file } is not encrypted. To encrypt it: stop chibo, run npm run cli -- db encrypt, then start again. Or remove the key from the configuration to use the plain file.
db-key-wrong-key = The key (DATABASE_KEY or DATABASE_KEY_FILE) does not open the file { $file }: a wrong key, a file encrypted with another key (another installation's backup), or a damaged file. Set the key this file was encrypted with; chibo writes nothing to the file.
db-truncated = The database file { $file } is cut short: shorter than the length its header records (an unfinished copy, or a full disk).
db-corrupt = The database file { $file } is damaged (SQLite says: { $detail }).
db-restore =
    chibo stops so as not to write into the damaged file. Restore it from a backup (made with npm run cli -- backup FILE):
      1. Move the damaged file, with { $file }-wal and { $file }-shm if they exist, to another folder to keep them.
      2. Copy the latest backup into its place: cp BACKUP-FILE { $file }
      3. Start chibo again.
    No data to keep yet (a new install)? Do step 1 and start again: chibo makes a new file.

## Scheduled reminders

job-quarter-topic = <b>Topic of { $quarter }:</b> { $title }
job-quarter-annual = <b>{ $quarter }:</b> the plan has no topic of its own for this quarter; the cell's thematic meeting follows the annual topic: { $title }
job-quarter-hint = Type /chuyende to see the annual topic and the deadlines.
job-registration-group = ⏰ { $days ->
        [0] Today is the last day for
       *[other] { $days } days left until
    } the personal plan deadline ({ $deadline }). { $count } members have not registered: { $names }. Please type /dangky.
job-registration-private = ⏰ { $days ->
        [0] Today is the last day for
       *[other] { $days } days left until
    } the personal plan deadline ({ $deadline }). You have not registered yet: type /dangky, it takes a few minutes.
job-study-group = 📚 { $days ->
        [0] Today is the deadline
       *[other] { $days } days left until the deadline
    } for studying the annual topic ({ $deadline }): { $title }
job-review-group = { $days ->
        [0] Today is
       *[other] { $days } days left until
    } the mid-term review ({ $deadline }). The cell committee prepares the report and the nominations of exemplary members.
job-weekly-next = Next: { $what }, on { $date }.
job-weekly-nothing-next = This year's plan has no deadline left ahead.
zalo-unreachable = chibo could not write privately to { $name } on Zalo. Please add chibo's Zalo account as a friend to get reminders.
job-unreachable = chibo could not write to { $name } in private. Please write to chibo in private once to receive reminders.
job-unreachable--buttons = chibo could not write to { $name } in private. Please open a private chat with chibo (press Start) to receive reminders.
deadline-study = the deadline for studying the annual topic
deadline-registration = the personal plan deadline
deadline-midterm-review = the mid-term review
deadline-year-end-review = the year-end review

## /nhacnho

help-nhacnho = remind those who have not registered, now
nhacnho-sent = Reminded { $count } members who have not registered (in the group, and in private where possible).
nhacnho-queued-night = At { $at } chibo will remind those who have still not registered by then ({ $count } now); chibo sends nothing at night.
nhacnho-too-late-tonight = Today is the last day to register, and chibo sends nothing at night, so it can no longer remind anyone.
nhacnho-nobody-missing = Every member who must register has registered. No reminder needed.
nhacnho-already-today = The cell has already been reminded today; one reminder a day at most.
nhacnho-closed = The registration deadline passed on { $deadline }, so there are no more reminders.

## Command line: schedule

cli-job-line = { $cell }  { $job }  { $period }  { $dueAt }
cli-job-ran = Ran { $job } for { $cell } (period { $period }): { $messages } messages queued.
cli-job-already = { $job } for { $cell } (period { $period }) has already run; not run again.
cli-job-skipped = { $job } for { $cell } (period { $period }) skipped: what it reminds of has passed.
cli-job-no-slot = { $job } has no period due for { $cell } at that time.
cli-unknown-job = There is no job { $job }. Jobs: { $jobs }.
cli-needs-out = The { $format } format is a file: say where to write it with --out FILE.
cli-file-written = Wrote { $file }.
cli-no-meeting = The cell had no meeting that ended that year, so there are no minutes.
cli-committee-created = Created { $name }.
cli-bad-committee-name = A committee's name needs letters and must not be too long, for example: "Đảng ủy phường Phú Hòa".
cli-officer-code = Officer code for { $committee }: { $code } (single use, within { $days } days). The officer writes to chibo in private: /tonghop { $code }
cli-bad-date = The time { $at } is not valid; write it like 2024-04-16T08:00 (Vietnam time) or with a time zone.

## Cell meetings: shared

verbatim = { $text }
time-hour = { $hour }:00
time-hour-minute = { $hour }:{ $minute }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
meeting-when = { $time }, { $weekday } { $date }
meeting-kind-regular = Regular meeting
meeting-kind-thematic = Thematic meeting
meeting-kind-combined = Regular and thematic meeting together
meeting-short-regular = regular meeting { $day }
meeting-short-thematic = thematic meeting { $day }
meeting-short-combined = regular and thematic meeting { $day }
meeting-topic-regular = regular meeting for month { $month }
meeting-details =
    <b>{ $kind }</b>
    🕖 { $when }
    📍 { $place }
    📌 { $topic }
meeting-announcement-header = 📣 <b>CELL MEETING NOTICE</b>
meeting-cancelled-header = ❌ <b>CANCELLED</b>: the meeting below.
meeting-answer-count = Attending: { $attend }. Absent with a reason: { $excused }. Choose a line below to answer; you can change your mind until the meeting starts.
meeting-answer-count--buttons = Attending: { $attend }. Absent with a reason: { $excused }. Press a button to answer; you can change your mind until the meeting starts.
meeting-choice-attend = ✋ Attending
meeting-choice-excused = 📝 Absent with a reason
meeting-reminder-soon = { $hours ->
        [1] ⏰ The meeting starts in about 1 hour:
       *[other] ⏰ The meeting starts in about { $hours } hours:
    }
meeting-reminder-coming = You said you are attending. See you there.
meeting-reminder-unanswered = You have not said whether you are attending. Please choose a line below.
meeting-reminder-unanswered--buttons = You have not said whether you are attending. Please press a button below.
meeting-closed-group = The meeting is over. Thank you all.
meeting-closed-secretary = The meeting is over. Attendance for the minutes:
meeting-poll-question = How good was this meeting?
meeting-poll-option-1 = Good
meeting-poll-option-2 = Fairly good
meeting-poll-option-3 = Average
meeting-poll-option-4 = Not good enough
attendance-counts = Present { $present }/{ $counted }. Absent with a reason: { $withReason }. Absent without a reason: { $withoutReason }.
attendance-present = Present: { $names }.
attendance-excused = Absent with a reason: { $name } ({ $reason }).
attendance-excused-no-reason = Absent with a reason: { $name } (no reason given yet).
attendance-absent = Absent without a reason: { $names }.
attendance-exempt = Exempt from meetings (not counted): { $names }.

## /hop

help-hop = schedule, change or cancel a cell meeting
hop-upcoming = Upcoming meetings:
hop-choice-new = ➕ Schedule a new meeting
hop-choice-edit = ✏️ Change { $meeting }
hop-choice-cancel = ❌ Cancel { $meeting }
hop-restart = This meeting scheduling is out of date. Please type /hop again.
hop-use-choices = Please choose a line below.
hop-use-choices--buttons = Please press a button below.
hop-use-choices--typed = Please reply with one of the numbers below.
hop-ask-kind = What kind of meeting?
hop-ask-time = When is the meeting? For example: <i>20/5 19h30</i>, <i>19:30 ngày 20/05</i> or <i>thứ Hai 14h</i> (Monday 2 pm).
hop-time-understood = chibo understood: <b>{ $when }</b>.
hop-time-understood-next-year = chibo understood: <b>{ $when }</b> (next year).
hop-ask-place = Where is the meeting? For example: <i>Neighbourhood 1 hall</i>.
hop-ask-topic = What is the meeting mainly about? Type it, or choose the line below if there is nothing in particular.
hop-ask-topic--buttons = What is the meeting mainly about? Type it, or press the button if there is nothing in particular.
hop-ask-topic-thematic = What is the topic of the thematic meeting? This quarter's topic is: <i>{ $topic }</i>. Choose the line below to use it, or type another topic.
hop-ask-topic-thematic--buttons = What is the topic of the thematic meeting? This quarter's topic is: <i>{ $topic }</i>. Press the button to use it, or type another topic.
hop-choice-quarter-topic = Use the quarter's topic
hop-choice-no-topic = Nothing in particular
hop-review = Please check:
hop-choice-announce = ✅ Send the notice to the group
hop-choice-save = ✅ Save and tell the group
hop-choice-change-time = Change the time
hop-choice-change-place = Change the place
hop-choice-change-topic = Change the content
hop-choice-abort = Cancel, do not schedule
hop-aborted = Cancelled. Nothing has changed.
hop-announced = Scheduled, and the notice was sent to the cell's group:
    { $meeting }
hop-changed = Saved the changes and told the group and those who said they are attending:
    { $meeting }
hop-changed-notice = 🔔 <b>The meeting has changed.</b> Please check:
meeting-changed-time = Time: { $before } → { $after }
meeting-changed-place = Place: { $before } → { $after }
meeting-changed-topic = Topic: { $before } → { $after }
hop-unchanged = Nothing changed: the meeting stays as it was, and no one is told again.
hop-cancel-ask = Are you sure you want to cancel this meeting?
hop-choice-cancel-yes = ❌ Cancel the meeting
hop-choice-cancel-no = Do not cancel
hop-cancel-kept = The meeting stays as it was.
hop-cancelled = Cancelled the meeting and told the group:
    { $meeting }
hop-cancelled-notice = ❌ <b>The meeting below has been cancelled.</b>
hop-checkin-open = Check-in for this meeting has opened; it can no longer be changed or cancelled.
hop-already-cancelled = This meeting has already been cancelled.
hop-already-started = This meeting has already started, so it can no longer be changed or cancelled.
hop-time-empty = Please type the date and time of the meeting, for example: 20/5 19h30.
hop-time-unreadable = chibo did not understand this time. Please type it like this: <i>20/5 19h30</i> or <i>thứ Hai 14h</i>.
hop-time-no-date = The date is missing. Please type both the date and the time, for example: 20/5 19h30.
hop-time-no-time = The time is missing. Please type both the date and the time, for example: 20/5 19h30.
hop-time-impossible = This date or time does not exist (for example 31/2 or 25h). Please type it again.
hop-time-ambiguous = This time can be read more than one way (for example "2h" could be 2 am or 2 pm, or the weekday does not match the date). Please make it clear, for example: 20/5 14h or 2 giờ chiều 20/5.
hop-time-past = This time has already passed. Please choose a time ahead.
hop-time-too-far = This time is more than a year away. Please choose a nearer date.
hop-time-overlap = This clashes with another meeting of the cell:
    { $other }
    Please choose another time.
hop-text-empty = Please type a few words (not just numbers or symbols).
hop-text-too-long = Too long: { $length } characters, at most { $max }. Please make it shorter.

## /lichhop

help-lichhop = see the meeting schedule and say whether you will attend
lichhop-none = There are no upcoming meetings.
lichhop-your-answer-attend = Your answer: <b>attending</b>.
lichhop-your-answer-excused = Your answer: <b>absent with a reason</b>.
lichhop-your-answer-none = You have not said whether you will attend.
lichhop-attend-saved = Noted: you are attending { $meeting }.
lichhop-attend-again = You have already said you are attending { $meeting }.
lichhop-ask-reason = You will miss { $meeting }. Please type the reason (for example: <i>away on business</i>). Only the secretary and the cell committee can see it.
lichhop-excused-asked = Noted as absent with a reason. chibo has asked you for the reason in private.
lichhop-excused-open-private = Noted as absent. Please open a private chat with chibo to send the reason.
lichhop-excused-later = Noted as absent. When you have finished what you are doing with chibo, type /lichhop in private to give the reason.
lichhop-reason-saved = Noted your reason for missing { $meeting }: { $reason }. Only the secretary and the cell committee can see it.
lichhop-reason-restart = This question about your reason is out of date. Please type /lichhop to answer again.
lichhop-reason-not-needed = You changed to attending, so no reason is needed any more.
lichhop-reason-empty = Please type the reason in words, for example: away on business.
lichhop-reason-too-long = The reason is too long: { $length } characters, at most { $max }. Please make it shorter.
lichhop-cancelled = This meeting has been cancelled.
lichhop-answers-closed = The meeting has started; answers can no longer be changed.
lichhop-exempt = You are exempt from meetings, so you do not need to say whether you will attend.

## /diemdanh

help-diemdanh = take attendance during a meeting; the secretary records a reason: /diemdanh vắng Name: reason
checkin-open = ✅ <b>ATTENDANCE</b>: if you are here, please choose «I am here» below.
checkin-open--buttons = ✅ <b>ATTENDANCE</b>: if you are here, please press the button below.
checkin-count = Present: { $present }/{ $counted }. Absent with reason: { $excused }. Not checked in yet: { $notYet }.
checkin-choice-here = ✋ I am here
diemdanh-done = Checked in: you are present at { $meeting }.
diemdanh-already = You have already checked in (at { $at }).
diemdanh-not-open = Attendance is not open yet. The secretary opens it when the meeting starts.
diemdanh-no-meeting = There is no meeting going on or just finished.
diemdanh-too-early = Next is { $meeting }; attendance can be opened from { $opens }.
diemdanh-already-open = Attendance is open; chibo is sending the attendance message again.
diemdanh-already-open--buttons = Attendance is open; chibo is sending the attendance button again.
diemdanh-sheet-header = <b>Attendance</b>: { $meeting } { $page }
diemdanh-sheet-hint = Choose a member's name to mark them present or absent (for those without a phone). To note a reason for absence: <i>/diemdanh vang Full Name: reason</i>.
diemdanh-sheet-hint--buttons = Press a member's name to mark them present or absent (for those without a phone). To note a reason for absence: <i>/diemdanh vang Full Name: reason</i>.
diemdanh-sheet-hint--typed = Reply with the number before a member's name to mark them present or absent (for those without a phone). To note a reason for absence: <i>/diemdanh vang Full Name: reason</i>.
diemdanh-mark-present = ✅ { $name }
diemdanh-mark-absent = ⬜ { $name }
diemdanh-choice-close = 🏁 End the meeting
diemdanh-marked-present = ✅ { $name }: marked present.
diemdanh-marked-absent = ⬜ { $name }: marked absent.
diemdanh-still-absent = Still absent (reply with a number to mark present; type /diemdanh for the whole list): { $page }
diemdanh-none-absent = Everyone is present. Type /diemdanh for the whole list.
diemdanh-closed = Ended { $meeting }. The attendance results and the feedback poll have been sent.
diemdanh-close-too-early = The meeting has not started yet, so it cannot be ended.
diemdanh-already-closed = This meeting has already ended.
diemdanh-not-correctable = The attendance of this meeting can no longer be corrected (only within { $days } days after the meeting).
diemdanh-reason-usage = How to write it: <i>/diemdanh vang Full Name: reason</i>.
diemdanh-reason-missing = The reason is missing, or longer than { $max } characters. How to write it: <i>/diemdanh vang Full Name: reason</i>.
diemdanh-reason-private = Reasons for absence are recorded only in your private chat with chibo, so they do not show in the group.
diemdanh-reason-saved = Noted { $name } as absent with a reason: { $reason }.
diemdanh-no-such-member = There is no Party member named { $name } in the cell. Write: <i>/diemdanh vắng Full Name: reason</i> (a given name will do, e.g. /diemdanh vắng Tuấn: ốm).
diemdanh-name-twice = { $count } Party members are named { $name }: { $names }. Please write the full name, e.g. <i>/diemdanh vắng { $example }: reason</i>.
meeting-end-planned = 📝 The minutes of { $meeting } record the meeting from { $start } to { $end } (the scheduled end).
meeting-end-given = 📝 The minutes of { $meeting } record the meeting from { $start } to { $end }.
meeting-end-hint = Is the end right? If not, please choose «✏️ Another time» and type the time.
meeting-end-hint--buttons = Is the end right? If not, please press «✏️ Another time» and type the time.
meeting-end-choice-planned = ✅ At the scheduled end ({ $end })
meeting-end-choice-at-close = 🏁 When attendance was closed ({ $end })
meeting-end-choice-typed = ✏️ Another time
meeting-end-choice-edit = 🕘 End time in the minutes
meeting-end-ask = Please type when { $meeting } ended (it began at { $start }), e.g. <i>21:15</i>, <i>21h15</i> or <i>9 giờ 15 tối</i>.
meeting-end-saved = ✅ Saved.
meeting-end-restart = This end time entry is out of date. Type /diemdanh to start again.
meeting-end-too-late = The end of this meeting can no longer be changed (only within { $days } days after the meeting).
meeting-end-empty = Please type the end time, e.g. <i>21:15</i>.
meeting-end-unreadable = chibo does not understand this time. Please type the end like <i>21:15</i>, <i>21h15</i> or <i>9 giờ 15 tối</i>.
meeting-end-no-time = The hour is missing. Please type the end time, e.g. <i>21:15</i>.
meeting-end-impossible = There is no such time (e.g. 25 o'clock). Please type it again, e.g. <i>21:15</i>.
meeting-end-ambiguous = This time can be read more than one way (e.g. "2h": 2 in the morning or the afternoon?). Please say which, e.g. <i>14h</i> or <i>2 giờ chiều</i>.
meeting-end-before-start = The meeting began at { $start }; the end must be after that. Please type it again.
meeting-end-too-long = This is more than { $hours } hours after the start ({ $start }). Please check it, e.g. <i>21:15</i>.
meeting-end-future = That time has not come yet. Please type when the meeting ended.

## /binhchon

help-binhchon = ask the cell's opinion with a poll
poll-post-question = 🗳 <b>{ $question }</b>
poll-post-secret = Secret ballot, closes at { $closesAt }. Each member votes in a private chat with chibo. chibo knows who voted, so as to count only the cell's members, but tells nobody who chose what: the group sees only the counts.
poll-post-named = Public poll, closes at { $closesAt }: everyone in the group sees who chose what. chibo counts only the votes of the cell's members.
poll-vote-button = 🗳 Cast a secret vote
poll-refused = The group did not take the poll «{ $question }»: the chat platform refused it (usually because the question or an option is too long).
poll-refused-closed = This poll has been cancelled. Type /binhchon to create it again, more briefly.
poll-refused-elsewhere = In the cell's other groups the poll stays open.
poll-closed-header = 🗳 Results of the poll «{ $question }» ({ $total } votes):
poll-result-line = • { $option }: { $count } ({ $percent }%)
binhchon-ask-question = What is the poll question? (at most 300 characters)
binhchon-ask-options = The answers: one per line, or separated by ; (from { $min } to { $max } answers).
binhchon-review = Please check the question «{ $question }» (closes in { $hours } h):
binhchon-review-option = { $index }. { $option }
binhchon-choice-anonymous = ✅ Send, secret ballot (voters' names not shown)
binhchon-choice-named = ✅ Send, public (voters' names shown)
binhchon-choice-abort = Cancel
binhchon-aborted = Cancelled. Nothing has been sent.
binhchon-sent = The poll is being sent to the group and closes at { $closesAt }; type /binhchon to close it early. If the group does not take it, chibo will tell you.
binhchon-restart = This poll creation is out of date. Please type /binhchon again.
binhchon-use-choices = Please choose a line below.
binhchon-use-choices--buttons = Please press a button below.
binhchon-use-choices--typed = Please reply with one of the numbers below.
binhchon-open-poll = Open poll: «{ $question }», { $total } votes, closes at { $closesAt }.
binhchon-choice-close = 🏁 Close: { $question }
binhchon-choice-new = ➕ Create a new poll
binhchon-closed = Closed «{ $question }» ({ $total } votes). The results have been sent to the group:
binhchon-already-closed = This poll has already closed.
binhchon-vote-closed = This poll has closed; no more votes are accepted.
help-bophieu = vote in a poll
bophieu-where = Secret ballots are cast in a private chat with chibo; for a public poll, choose right on the poll in the group.
bophieu-none = Your cell has no secret ballot open. For a public poll, choose right on the poll in the group.
bophieu-pick = Several secret ballots are open. Which question do you want to vote on?
bophieu-ballot = Secret ballot, closes at { $closesAt }. The group sees only the counts; nobody sees what you chose. Choosing again replaces your earlier vote.
bophieu-voted-secret = Your secret vote is noted: { $option }. You can change it until the ballot closes.
bophieu-secret-in-private = Secret ballots are cast only in a private chat with chibo: write to chibo in private and type /bophieu.
bophieu-not-found = Your cell has no such secret ballot. Type /bophieu to see the open ones.
bophieu-named-in-group = This is a public poll: choose right on the poll in the group.
binhchon-voted = Your vote is noted: { $option }.
binhchon-question-empty = Please type the question in words.
binhchon-question-too-long = The question is too long: { $length } characters, at most { $maxQuestion } (emoji and some special characters count as 2 or more). Please shorten it.
binhchon-too-few-options = At least { $min } answers are needed (there are only { $count }). One per line, or separated by ;
binhchon-too-many-options = At most { $max } answers (there are { $count }).
binhchon-option-empty = Each answer must contain words.
binhchon-option-too-long = The answer «{ $option }» is too long: { $length } characters, at most { $maxOption } characters (emoji and some special characters count as 2 or more).
binhchon-option-repeated = The answer «{ $option }» is repeated.

## /baocao: meetings and polls

baocao-no-meetings = No meeting has ended yet, and there have been no polls.
baocao-poll-open = 🗳 «{ $question }» (still open, { $total } votes):
baocao-poll-closed = 🗳 «{ $question }» ({ $total } votes):
baocao-no-closed-meetings = No meeting has ended this year yet.
baocao-meetings-view-header = <b>Attendance in { $year }</b>: { $meetings } meetings. Choose one to see each member. { $page }
baocao-meeting-choice = { $meeting }: present { $present }/{ $counted }
baocao-meeting-header = <b>{ $meeting }</b>: present { $present }/{ $counted } { $page }
baocao-polls-header = <b>Polls in { $year }</b> { $page }
baocao-no-polls = No poll this year yet.
baocao-attendance-header = <b>Attendance at each meeting</b>
baocao-attendance-members = <b>Each Party member over { $meetings } meetings</b> { $page }
baocao-zalo-unreachable-header = Not reachable privately on Zalo (ask them to add chibo as a Zalo friend): { $page }
baocao-zalo-unreachable = • { $name }: { $reason }
zalo-unreachable-strangers = refuses messages from strangers
zalo-unreachable-cap = chibo reached the number of strangers Zalo allows a day
zalo-unreachable-refused = Zalo did not deliver the message
baocao-attendance-member = { $name }: present { $present }, absent with a reason { $withReason }, absent without a reason { $withoutReason }

## Zalo

zalo-session-kicked = ⚠️ chibo's Zalo account was just logged out (someone logged in to Zalo Web with it). chibo is paused in the Zalo groups. Please ask the operator of chibo's server to log chibo in to Zalo again (it takes the phone of chibo's account to scan the QR code).
zalo-session-unreachable = ⚠️ chibo cannot reach Zalo (perhaps the server's network). chibo is paused in the Zalo groups and keeps trying; waiting messages go out once it is back. No new login is needed.
zalo-session-duplicate = ⚠️ Two chibo programs use one Zalo session, so this one stopped. No new QR scan is needed: the operator of chibo's server only has to stop one of them and restart.
zalo-session-unprotected = ⚠️ chibo has paused in the Zalo groups: on the server, chibo's Zalo session file can be read by others, so chibo does not use it. No new QR scan is needed: please ask the operator of chibo's server to let only chibo read that file and restart chibo.
zalo-session-back = ✅ chibo works again in the Zalo groups. Waiting messages are being sent.
zalo-befriend = 💡 So that chibo can write to you privately (meeting and registration reminders), please add chibo's Zalo account as a friend: at the top of this chat, choose "Add friend".
zalo-befriend-group = 💡 { $name }: so that chibo can write to you privately, please add chibo's Zalo account as a friend (open a private chat with chibo, choose "Add friend").
zalo-session-expired = ⚠️ chibo's Zalo session has expired. chibo is paused in the Zalo groups. Please ask the operator of chibo's server to log chibo in to Zalo again (it takes the phone of chibo's account to scan the QR code).
zalo-login-scan = Open Zalo on the phone of chibo's account, choose Scan QR and scan the code above (or the picture { $file }).
zalo-login-expired = The QR code expired; making a new one.
zalo-login-scanned = Scanned by { $name }. Please confirm the login on the phone.
zalo-login-declined = The login was declined on the phone. Run the command again to retry.
zalo-login-saved = Logged in. The session is saved in { $file } (readable by its owner only). Set ZALO_ENABLED=true and restart chibo.
zalo-status-never = Zalo has never run on this database.
zalo-status-ok = Zalo: working (since { $since }).
zalo-status-reconnecting = Zalo: connection lost, reconnecting (since { $since }, code { $detail }).
zalo-status-kicked = Zalo: logged out at { $since } because the account logged in elsewhere (code { $detail }). Run: npm run cli -- zalo login
zalo-status-unreachable = Zalo: unreachable since { $since } (code { $detail }); chibo keeps trying. Check the server's network; no new login is needed.
zalo-status-duplicate = Zalo: stopped at { $since } because another chibo program uses the same session (code { $detail }). No new login needed: stop one of them and restart.
zalo-status-expired = Zalo: session expired or login failed at { $since } ({ $detail }). Run: npm run cli -- zalo login
zalo-status-unprotected = Zalo: not running since { $since }: the session file (ZALO_CREDENTIALS_PATH) can be read by others. Run chmod 600 on it and restart chibo; no new login is needed.
zalo-no-session = no saved session (zalo login has not been run)
zalo-session-open = the session file can be read by others; run chmod 600 on it
zalo-session-bad = the session file is damaged
zalo-login-failed = Zalo no longer accepts the saved session
config-error-zalo-gap = the gap between two Zalo messages must be 500 to 60000 milliseconds

## /lienket

help-lienket = use Telegram and Zalo with the same record
lienket-code = Your link code: <b>{ $code }</b> (single use, expires at { $until }). On the other platform (Zalo or Telegram), write to chibo in private: <b>/lienket { $code }</b>
lienket-done = Linked. This account belongs to { $name }: the same registration, the same attendance.
lienket-not-member = You are not on any cell's roster yet. Please go to your cell's group and type /thamgia Full Name first.
lienket-already-member = This account is already on a cell's roster. If that is a mistake, ask the secretary to move the record.
lienket-same-platform = This code is for the other platform (Zalo or Telegram), not the one you already use.
lienket-bad-code = The code is wrong or has expired. Type /lienket on the other account to get a new one.

## /xuatbaocao and /tonghop

help-xuatbaocao = get Word reports, the Excel workbook and charts to file upward
xuatbaocao-menu = Choose the files you need (sent in this private chat):
xuatbaocao-choice-registration = 📄 Registration report (Word)
xuatbaocao-choice-minutes = 📄 Minutes of the latest meeting (Word)
xuatbaocao-choice-quarter = 📄 Results report, Quarter { $quarter } (Word)
xuatbaocao-choice-year = 📄 Results report, year { $year } (Word)
xuatbaocao-choice-workbook = 📊 Workbook: roster, attendance, polls (Excel)
xuatbaocao-choice-charts = 📈 Charts
xuatbaocao-choice-all = 📦 Everything
xuatbaocao-file-registration = The registration report for { $year }, in the Party's document layout. Check it, fill in the number and sign before filing.
xuatbaocao-file-minutes = Draft minutes of the latest meeting. The minute-taker completes the content and signs.
xuatbaocao-file-quarter = The quarter's results report.
xuatbaocao-file-year = The results report for { $year }.
xuatbaocao-file-workbook = The { $year } workbook: roster and plans, attendance per meeting, poll results.
xuatbaocao-file-chart-registration = Registration progress chart.
xuatbaocao-file-chart-attendance = Attendance per meeting chart.
xuatbaocao-file-chart-poll = Chart of the latest poll's result.
xuatbaocao-no-meeting = No meeting has ended yet, so there are no minutes.
baocao-choice-files = 📎 Get the report files (Word, Excel, charts)
baocao-chart = Registration progress:
baocao-next-meeting = Next meeting: { $kind }, { $when }, at { $place }.
help-tonghop = the committee's roll-up of its cells (for committee officers)
tonghop-header = <b>{ $committee }: roll-up for { $year }</b> (as of { $day })
tonghop-cell = { $code } { $name }: registered { $registered }/{ $members }, { $meetings } meetings, attendance { $attendance }
tonghop-cell-behind = ⚠️ { $code } { $name }: registered { $registered }/{ $members }, { $meetings } meetings, attendance { $attendance } (behind)
tonghop-totals = <b>All { $cells } cells:</b> registered { $registered }/{ $members }, { $meetings } meetings. Cells behind: { $behind }.
tonghop-choice-docx = 📄 Roll-up report (Word)
tonghop-choice-xlsx = 📊 Roll-up table (Excel)
tonghop-file = The roll-up file:
tonghop-codes = Invite another committee officer, give a cell the code to join the committee, or set the party organisation and the place its cells' documents print:
tonghop-choice-invite = ➕ Invite another committee officer
tonghop-choice-cell-code = 🔗 Code for a cell
tonghop-choice-documents = 📄 Party organisation, place in documents
tonghop-documents-show =
    <b>Documents of the cells under { $committee }</b> (minutes, reports)
    Party organisation at the top: { $partyOrganisation }
    Place in the date line: { $place }
    A cell that sets its own value in /caidat prints its own.
tonghop-documents-unset = not set
tonghop-choice-edit-partyOrganisation = ✏️ Party organisation at the top
tonghop-choice-edit-place = ✏️ Place
tonghop-choice-clear = 🗑 Remove the committee's value
tonghop-ask-partyOrganisation = The documents of the cells under { $committee } name the party organisation above them at the top, for example: ĐẢNG BỘ PHƯỜNG PHÚ HÒA. Please type that line (at most { $max } characters). Type /huy to cancel.
tonghop-ask-place = The place before the date in the documents of the cells under { $committee }, for example «Phú Hòa» in «Phú Hòa, ngày 06 tháng 12 năm 2026». Please type the place (at most { $max } characters). Type /huy to cancel.
tonghop-documents-saved = ✅ Saved. { $inheriting } of { $cells } cells under { $committee } have no value of their own, so their documents print this one.
tonghop-documents-saved-no-cells = ✅ Saved. { $committee } has no cells yet; a cell that joins prints this value unless it sets its own.
tonghop-documents-cleared = ✅ The committee's value was removed. { $inheriting } of { $cells } cells under { $committee } have no value of their own, so their documents leave a dotted line to fill in by hand.
tonghop-documents-cleared-no-cells = ✅ The committee's value was removed. { $committee } has no cells yet.
tonghop-invite-code = Invitation code for an officer of { $committee }: <b>{ $code }</b> (single use, until { $until }). Please send it to the officer you invite; they send chibo privately: <b>/tonghop { $code }</b>
tonghop-cell-code = Code for a cell to join { $committee }: <b>{ $code }</b> (single use, until { $until }). Please send it to the cell's secretary. The secretary sends /caidat to chibo privately, chooses «Superior committee» and types the code; a cell not set up yet types in its group: <b>/khoitao Cell name { $code }</b>
tonghop-not-officer = This command is for committee officers. An officer asks an officer already using chibo for an invitation code (the first officer: chibo's operator), then sends chibo privately: /tonghop CODE.
tonghop-bad-code = The code is wrong or has expired. Each code works once; please ask whoever invited you for a new one.
tonghop-claimed = You are now recorded as an officer of { $committee }. Type /tonghop for the roll-up.
tonghop-claimed-moved = You are now recorded as an officer of { $committee }, and no longer of { $before }. Type /tonghop for the roll-up.
tonghop-already-officer = You are already an officer of { $committee }; the code can still be used by someone else. Type /tonghop for the roll-up.

## Private-only buttons, unfinished work, codes, leaving the group, handing over the secretary role

choice-private-only = This choice works only in your private chat with chibo, since it shows or changes someone's own record.
dialog-busy = You are in the middle of /{ $open }. Carry on with it, or cancel it and start /{ $wanted }?
dialog-choice-resume = Carry on with /{ $open }
dialog-choice-switch = Cancel /{ $open }, start /{ $wanted }
dialog-resumed = Carrying on where you left off:
dialog-left = Cancelled /{ $open }; nothing of it was saved.
forwarded-ignored = chibo does not take a forwarded message as an answer: those are someone else's words. Please type your own answer.
code-locked = You have typed a wrong code too many times. To keep accounts safe, please wait until { $until } and try again.
thanhvien-entry-left = { $name } — { $role }, { $status } (left the group)
thanhvien-member-left = Left the group "{ $group }" at { $day }.
thanhvien-left-group = { $name } left the group "{ $group }" (or was removed). Have they moved to another cell, or are they still in the cell and only left the chat? Until you answer, the roster still counts { $name }.
thanhvien-choice-left-moved = Transferred
thanhvien-choice-left-stays = Still in the cell (left the chat only)
thanhvien-left-stays = Noted: { $name } is still in the cell and only left the chat.
thanhvien-handover-ask = Give the secretary role to { $name }? You will no longer be the secretary but a Party member; the new secretary can give you another role later.
thanhvien-choice-handover-yes = Yes
thanhvien-choice-handover-no = No
thanhvien-handed-over = The secretary role is now { $name }'s. You are now a Party member.
thanhvien-handover-kept = Nothing changed: everyone keeps their role.
thanhvien-now-secretary = You are now the secretary of { $cell }. Type /thanhvien for the roster, /help for what the secretary does.
thanhvien-add-hint = To add someone with no chat account, type /thanhvien them Full name, for example /thanhvien them Nguyễn Văn An, dự bị
thanhvien-entry-no-account = { $name } — { $role }, { $status } (no chat account)
thanhvien-member-no-account = { $name } has no chat account: chibo cannot write to them in private, and the secretary marks their attendance. When they get an account, get a claim code below and give it to them in person.
thanhvien-choice-claim-code = 🔑 Get a claim code
thanhvien-choice-remove = 🗑 Remove (added by mistake)
thanhvien-claim-code = Claim code for { $name }: <b>{ $code }</b> (single use, expires at { $until }). Please give this code to them in person. Once they are in the cell's group chat with their own account, they type in the group: <b>/thamgia { $code }</b>
thanhvien-claim-has-account = { $name } already has a chat account and needs no claim code.
thanhvien-secretary-needs-account = { $name } has no chat account, so chibo could not send them the secretary's work. Please have them claim their entry with a chat account first, then hand over the secretary's role.
thanhvien-add-usage = Type /thanhvien them with the full name, for example: /thanhvien them Nguyễn Văn An. A status and a role may follow, separated by commas: /thanhvien them Nguyễn Văn An, dự bị, chi ủy viên
thanhvien-add-name-empty = No name yet. Type for example: /thanhvien them Nguyễn Văn An
thanhvien-add-name-too-long = The name is longer than { $max } characters. Please type the full name, shorter. Nothing was saved.
thanhvien-add-name-characters = A name has only letters and spaces. Type for example: /thanhvien them Nguyễn Văn An. Nothing was saved.
thanhvien-add-name-one-word = Please type the full name (at least two words), for example: /thanhvien them Nguyễn Văn An. Nothing was saved.
thanhvien-add-unknown = "{ $word }" is not clear. After the name you may write a status (chính thức, dự bị, nghỉ hưu, miễn sinh hoạt) and a role (đảng viên, chi ủy viên, phó bí thư), separated by commas. For example: /thanhvien them Nguyễn Văn An, dự bị. Nothing was saved.
thanhvien-add-twice = "{ $word }": a status or role was already written; each person has one status and one role. Please type it again. Nothing was saved.
thanhvien-added = Added <b>{ $name }</b> to the list of { $cell }, with no chat account. From now on they count in reports, attendance and minutes.
thanhvien-added-namesake = ⚠️ Someone named { $name } is already on the list. If it is the same person, choose "Remove (added by mistake)" below.
thanhvien-remove-ask = Remove { $name } from the list? Only for an entry added by mistake; for someone who moved to another cell, choose the status "transferred".
thanhvien-choice-remove-yes = Remove
thanhvien-choice-remove-no = Cancel
thanhvien-removed = Removed { $name } from the list.
thanhvien-remove-has-records = { $name } cannot be removed: their attendance or a meeting's minutes are recorded. If they moved away, choose the status "transferred".
thanhvien-transferred-accounts = Removed { $name }'s chat accounts from chibo ({ $count }): chibo no longer recognises them or writes to them. The roster keeps { $name } (transferred) with the attendance, minutes and plans recorded. If this was a mistake: change the status back, then get a claim code and give it to them privately.

## Stopping the process (npm start)

stop-conflict = Telegram says another process has just started receiving this bot's messages (409 Conflict). Only one process can run a bot, so this one stops and leaves the other to carry on, reminders included. If two were not meant to run, look for where chibo still runs with the same TELEGRAM_BOT_TOKEN.
stop-token-refused = Telegram does not accept TELEGRAM_BOT_TOKEN (code { $code }). Check the token BotFather gave and, if it is set, TELEGRAM_API_ROOT.

## /nhapdanhsach: importing the roster from a file; files sent to chibo

help-nhapdanhsach = import the members' roster from an Excel or CSV file
nhapdanhsach-ask =
    Send the roster of { $cell } to this chat as a file (Excel .xlsx or .csv, up to { $megabytes } MB).
    The file needs a "Họ và tên" (full name) column; it may have "Vai trò" (or "Chức vụ") and "Tình trạng": chính thức, dự bị, miễn sinh hoạt, nghỉ hưu.
    chibo shows a preview first; nothing is saved until you choose Save. Type /huy to cancel.
nhapdanhsach-waiting = chibo is waiting for the roster file (.xlsx or .csv): send it to this chat, or type /huy to cancel.
nhapdanhsach-no-file-name = unnamed file
nhapdanhsach-empty = The file "{ $file }" is empty. Nothing was saved.
nhapdanhsach-old-excel = "{ $file }" is an old Excel file (.xls), which chibo cannot read yet. Open it in Excel, choose Save As, type "Excel Workbook (.xlsx)", and send the new file. Nothing was saved.
nhapdanhsach-not-a-spreadsheet = "{ $file }" is not a spreadsheet. Please send an Excel (.xlsx) or CSV file. Nothing was saved.
nhapdanhsach-not-utf8 = The CSV file "{ $file }" is not written in UTF-8, so chibo cannot read its Vietnamese letters correctly. In Excel choose Save As, type "CSV UTF-8", or send the .xlsx file itself. Nothing was saved.
nhapdanhsach-damaged = The file "{ $file }" is damaged and chibo cannot open it. Please open it in Excel, save it again and send it again. Nothing was saved.
nhapdanhsach-no-name-column = chibo found no "Họ và tên" (full name) column in "{ $file }" (it looks in the first { $rows } rows of each sheet). Please title that column "Họ và tên" and send it again. Nothing was saved.
nhapdanhsach-no-rows = "{ $file }" has a "Họ và tên" column but no names under it. Nothing was saved.
nhapdanhsach-too-many-rows = "{ $file }" has more than { $max } rows of names, more than one cell. Please send your own cell's roster on its own. Nothing was saved.
nhapdanhsach-preview = <b>Preview</b> of "{ $file }": { $rows } rows with a name. Nothing is saved yet.
nhapdanhsach-preview-sheet = <b>Preview</b> of "{ $file }", sheet "{ $sheet }": { $rows } rows with a name. Nothing is saved yet.
nhapdanhsach-preview-add = ➕ Adds { $count } people ({ $kinds }), marked as having no chat account.
nhapdanhsach-kinds = { $first }, { $rest }
nhapdanhsach-kind-full = { $count } full
nhapdanhsach-kind-probationary = { $count } probationary
nhapdanhsach-kind-exempt = { $count } exempt
nhapdanhsach-kind-retired = { $count } retired
nhapdanhsach-kind-transferred = { $count } transferred
nhapdanhsach-preview-no-status = The file has no status column: everyone is recorded as a full member; change anyone in /thanhvien.
nhapdanhsach-preview-on-roster = ✔️ Already on the roster, not added again ({ $count }): rows { $rows }
nhapdanhsach-preview-repeated = ⚠️ The same name twice in the file, only the first row is read ({ $count }): rows { $rows }
nhapdanhsach-preview-unknown-status = ⚠️ Status not clear, not added ({ $count }): rows { $rows }
nhapdanhsach-preview-not-a-name = ⚠️ Not a full name, not added ({ $count }): rows { $rows }
nhapdanhsach-preview-role-kept = ⚠️ Secretary and deputy roles are not taken from a file ({ $count }): rows { $rows }; added as members, give roles in /thanhvien.
nhapdanhsach-preview-similar = ⚠️ Close to a name on the roster, added all the same ({ $count }): rows { $rows }; if it is the same person, remove that row from the file.
nhapdanhsach-preview-ask = Save { $count } new people to the cell's roster?
nhapdanhsach-preview-nobody = Nobody new to add. Correct the file and send it again, or type /huy.
nhapdanhsach-choice-save = ✅ Agreed on paper, save
nhapdanhsach-choice-rows = 📄 See each row
nhapdanhsach-choice-cancel = Cancel, save nothing
nhapdanhsach-rows = <b>"{ $file }"</b>, row by row { $page }
nhapdanhsach-row-add = { $row }. { $name } — { $role }, { $status }
nhapdanhsach-row-role-kept = { $row }. { $name } — { $status }; { $role } in the file, added as a member
nhapdanhsach-row-similar = { $row }. { $name } — { $role }, { $status }; close to { $other } on the roster
nhapdanhsach-row-on-roster = { $row }. { $name } — already on the roster
nhapdanhsach-row-repeated = { $row }. { $name } — same as row { $first }
nhapdanhsach-row-unknown-status = { $row }. { $name } — status "{ $text }" not clear
nhapdanhsach-row-no-status = { $row }. { $name } — no status given
nhapdanhsach-row-not-a-name = { $row }. "{ $text }" — { $why }
nhapdanhsach-why-empty = empty
nhapdanhsach-why-too-long = too long
nhapdanhsach-why-characters = has signs that are not letters
nhapdanhsach-why-one-word = one word only, the full name is needed
nhapdanhsach-why-not-a-name = not a person's name
nhapdanhsach-saved = Added { $count } people to the roster of { $cell }, marked as having no chat account. From now on they count in reports, check-ins and minutes; see them in /thanhvien.
nhapdanhsach-saved-meanwhile = { $count } people joined the roster since the preview, so they were not added again.
nhapdanhsach-nobody-to-save = Nobody new is left to add: everyone in the file is on the roster. Nothing was saved.
nhapdanhsach-cancelled = Cancelled. The cell's roster is unchanged.
file-too-large = The file is too large: chibo reads files of up to { $megabytes } MB. Nothing was saved.
file-not-fetched = chibo could not download this file. Please send it again in a few minutes.
file-unreadable = chibo cannot read this file. Please send an Excel (.xlsx) or CSV file.
console-no-file = There is no file { $path } on this computer.
