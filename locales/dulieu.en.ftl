## /dulieu: a member's own data (Law on Personal Data Protection 91/2025/QH15)

help-dulieu = see and download the data chibo keeps about you; withdraw consent; ask for a correction or deletion
dulieu-summary-head =
    <b>The data chibo keeps about you</b>
    • Cell list: { $name }, { $role } ({ $status }), { $cell }.
dulieu-summary-accounts = • Chat accounts linked to you: { $count }.
dulieu-summary-consent-given = • Consent to keep your data: given on { $day } (text version { $version }).
dulieu-summary-consent-withdrawn = • You withdrew your consent on { $day }: chibo no longer sends you private reminders.
dulieu-summary-consent-none = • No consent is stored (you joined the list before chibo asked for it).
dulieu-summary-plans = • Personal plans: { $plans } (times saved: { $revisions }).
dulieu-summary-progress = • Progress reports: { $count }.
dulieu-summary-attendance = • Attendance: { $marks } meetings marked, { $absent } absent; absence reasons recorded: { $reasons }.
dulieu-summary-polls = • Named poll votes: { $count } (secret ballots are not linked to your name).
dulieu-summary-results = • Year-end results reports: { $count }.
dulieu-summary-level-agreed = • { $year }: the cell agreed on the level { $level }.
dulieu-summary-level-proposed = • { $year }: you proposed the level { $level }.
dulieu-summary-close = You can download all of it (a JSON file), withdraw your consent, or ask for a correction or a deletion. Only you receive this message.
dulieu-reads-head = <b>Who opened your data in { $year }</b> (plan, results, absence reasons, level):
dulieu-reads-line = • { $reader } — { $kind }, { $count } times, last on { $day }
dulieu-reads-line-once = • { $reader } — { $kind }, once, on { $day }
dulieu-reads-more = • and { $count ->
        [one] { $count } more time
       *[other] { $count } more times
    }
dulieu-reads-none = Nobody has opened your data this year.
dulieu-reader-named = { $role } { $name }
dulieu-reader-secretary = Secretary
dulieu-reader-deputy = Deputy secretary
dulieu-reader-committee = Cell committee member
dulieu-reader-officer = A Party committee officer
dulieu-reader-operator = chibo's operator (command line)
# The kinds of data read; the CLI's privacy reads says them the same way.
dulieu-read-kind-plan = personal plan
dulieu-read-kind-results = results and progress
dulieu-read-kind-reasons = absence reasons
dulieu-read-kind-level = level
dulieu-choice-export = Download data (JSON)
dulieu-choice-withdraw = Withdraw consent
dulieu-choice-correct = Ask for a correction
dulieu-choice-erase = Ask for deletion
dulieu-export = All the data chibo keeps about you, table by table, as stored. The file is sent only in this private chat.
dulieu-export-docx = The same data as a Word file, to read and print.
dulieu-withdraw-ask =
    If you withdraw your consent:
    • chibo sends you no more private reminders (meetings, registration, progress…);
    • the secretary and deputies are asked to transfer you or remove you from the cell's list;
    • the data already kept stays until then; to have it deleted, choose "Ask for deletion".
    Withdraw your consent?
dulieu-choice-withdraw-yes = ✅ Confirm: withdraw consent
dulieu-withdrawn = Your withdrawal is recorded. chibo sends you no more private reminders. The secretary and deputies have been asked to transfer you or remove you from the cell's list. The data already kept stays until then; to have it deleted, type /dulieu and choose "Ask for deletion".
dulieu-withdrawn-unreached = Your withdrawal is recorded. chibo sends you no more private reminders. chibo cannot write to the secretary or deputies in private yet: please ask the secretary yourself to transfer you or remove you from the cell's list.
dulieu-withdrawn-already = You withdrew your consent earlier; chibo is waiting for the secretary to transfer you or remove you from the list. Nothing changed.
dulieu-withdraw-only-secretary = You are the cell's only secretary, so you cannot withdraw your consent yet: nobody else could transfer you or remove you from the list. The cell needs another secretary first (/thanhvien). Nothing was recorded.
dulieu-withdrawn-notice = { $name } has withdrawn their consent to chibo keeping their data. Please transfer them or remove them from the cell's list (/thanhvien). chibo no longer sends { $name } private reminders.
dulieu-correct-ask = Type what should be corrected (which data, and what it should say), at most { $max } characters. chibo passes it on word for word to the secretary in private. Type /huy to cancel.
dulieu-correct-empty = Please type what should be corrected in words, or /huy to cancel.
dulieu-correct-too-long = Too long: please keep it within { $max } characters.
dulieu-correct-notice =
    { $name } asks for a correction of their data:
    { $text }
    chibo corrects nothing by itself: please look, correct it, and tell them.
dulieu-correct-sent = Your correction request went to the secretary in private. chibo corrects nothing by itself: the secretary looks, corrects it, and tells you.
dulieu-no-secretary = chibo cannot write to the cell's secretary or deputies in private yet, so the request was not passed on. Please tell the secretary yourself.
dulieu-erase-ask =
    <b>Asking for deletion</b>
    Under the Law on Personal Data Protection, the cell can delete:
    • the chat accounts linked to you, unfinished dialogs, messages waiting to be sent;
    • your personal plans and their saved versions, progress, results reports, named poll votes.
    The cell must keep, as its minutes and records:
    • attendance and absence reasons in the minutes of meetings already closed, and the level the cell agreed: kept, later without your name (anonymised);
    • your consent and its withdrawal, as proof.
    chibo deletes nothing by itself: the request goes to the secretary, who deletes what may be deleted. Send the request?
dulieu-choice-erase-yes = ✅ Send the deletion request
dulieu-erase-notice = { $name } asks for their data to be deleted. chibo deletes nothing by itself. May be deleted: chat accounts, personal plans, progress, results reports, named poll votes. The cell must keep: attendance and absence reasons in the minutes of closed meetings, agreed levels, the consent. Please look, then tell them.
dulieu-erase-sent = Your deletion request went to the secretary in private. chibo deletes nothing by itself: the secretary deletes what the law allows and tells you; attendance in the minutes of closed meetings and agreed levels are kept by the cell.
