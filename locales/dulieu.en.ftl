## /dulieu: a member's own data (Law on Personal Data Protection 91/2025/QH15)

help-dulieu = see and download the data chibo keeps about you; withdraw consent; ask for a correction or deletion
dulieu-summary-head =
    <b>The data chibo keeps about you</b>
    • Cell list: { $name }, { $role } ({ $status }), { $cell }.
dulieu-summary-accounts = • Chat accounts linked to you: { $count }.
dulieu-summary-consent-given = • Consent to keep your data: given on { $day } (text version { $version }).
dulieu-summary-consent-withdrawn = • You withdrew your consent on { $day }: chibo no longer sends you private reminders.
dulieu-summary-consent-refused = • You answered no on { $day }: chibo sends you no private reminders; the secretary decides whether you stay on the list.
dulieu-summary-consent-none = • No consent is stored (you joined the list before chibo asked for it).
dulieu-summary-plans = • Personal plans: { $plans } (times saved: { $revisions }).
dulieu-summary-progress = • Progress reports: { $count }.
dulieu-summary-attendance = • Attendance: { $marks } meetings marked, { $absent } absent; absence reasons recorded: { $reasons }.
dulieu-summary-polls = • Named poll votes: { $count } (secret ballots are not linked to your name).
dulieu-summary-results = • Year-end results reports: { $count }.
dulieu-summary-level-agreed = • { $year }: the cell agreed on the level { $level }.
dulieu-summary-level-proposed = • { $year }: you proposed the level { $level }.
dulieu-summary-close = You can download your data (a Word file to read, with a complete JSON file), withdraw your consent, or ask for a correction or a deletion. Only you receive this message.
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
dulieu-reader-operator = the manager of chibo's server
# The kinds of data read; the CLI's privacy reads says them the same way.
dulieu-read-kind-plan = personal plan
dulieu-read-kind-results = results and progress
dulieu-read-kind-reasons = absence reasons
dulieu-read-kind-level = level
dulieu-choice-export = Download data (Word file)
dulieu-choice-withdraw = Withdraw consent
dulieu-choice-correct = Ask for a correction
dulieu-choice-erase = Ask for deletion
dulieu-export = The same data, complete, table by table as stored (a JSON file, for machines).
dulieu-export-docx = The data chibo keeps about you, as a Word file to read and print. The file is sent only in this private chat.
dulieu-withdraw-ask =
    If you withdraw your consent:
    • chibo sends you no more private reminders (meetings, registration, progress…);
    • the secretary and deputies are asked to transfer you or remove you from the cell's list;
    • the data already kept stays until then; to have it deleted, choose "Ask for deletion".
    Withdraw your consent?
dulieu-choice-withdraw-yes = ✅ Confirm: withdraw consent
dulieu-withdrawn = Your withdrawal is recorded. chibo sends you no more private reminders. The secretary and deputies have been asked to transfer you or remove you from the cell's list. The data already kept stays until then; to have it deleted, type /dulieu and choose "Ask for deletion".
dulieu-withdrawn-unreached = Your withdrawal is recorded. chibo sends you no more private reminders. chibo cannot write to the secretary or deputies in private yet: please ask the secretary yourself to transfer you or remove you from the cell's list.
dulieu-refused-already = You answered no; chibo sends you no private reminders. To agree after all, type /dongy. Nothing changed.
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
    • the chat accounts linked to you, unfinished dialogs, the messages chibo sent you in private;
    • your personal plans and their saved versions, progress, results reports (their text and the level you proposed), your answers to meetings not yet held, your votes in named polls still open.
    The cell must keep, as its minutes and records, later without your name:
    • attendance and absence reasons in the minutes of meetings already closed, the level the cell agreed, the votes counted in the results of closed polls and nomination rounds;
    • your consent and its withdrawal, as proof.
    Sending the request also withdraws your consent: chibo no longer sends you private reminders. chibo deletes nothing by itself: the request goes to the secretary, who deletes what may be deleted. Send the request?
dulieu-choice-erase-yes = ✅ Send the deletion request
dulieu-erase-only-secretary = You are the cell's only secretary, so you cannot ask for deletion yet: nobody else could carry it out. The cell needs another secretary first (/thanhvien). Nothing was recorded.
dulieu-erase-notice = { $name } asks for their data to be deleted. They have withdrawn their consent to chibo keeping it. chibo deletes nothing by itself: please choose «Delete the data of { $name }» to see what would be deleted and what the cell keeps, then confirm (type /dulieu to find this request again).
dulieu-choice-erase-member = 🗑 Delete the data of { $name }
dulieu-erase-waiting = <b>Deletion requests waiting for you:</b> { $names }.
dulieu-erase-sent = Your deletion request went to the secretary in private, and your withdrawal of consent is recorded: chibo no longer sends you private reminders. The secretary deletes what the law allows and chibo tells you; attendance in the minutes of closed meetings and agreed levels are kept by the cell, without your name.
dulieu-erase-unreached = Your withdrawal of consent is recorded: chibo no longer sends you private reminders. But chibo cannot write to the secretary or deputies in private yet, so the deletion request was not passed on: please tell the secretary yourself, then send the request again (/dulieu, «Ask for deletion»).
# What an erased entry is called in the roster and the minutes; { $id } tells two apart.
dulieu-erased-name = Party member (data deleted) #{ $id }
dulieu-erase-confirm =
    <b>Delete the data of { $name }</b>
    As they asked, chibo deletes what the law allows and keeps, without the name, what the cell's minutes and records must keep. Once deleted, it cannot be restored.
dulieu-choice-erase-confirm = ✅ Confirm: delete the data of { $name }
dulieu-erase-gone-will = <b>To be deleted:</b>
dulieu-erase-gone-done = <b>Deleted:</b>
dulieu-erase-kept = <b>The cell keeps</b>, under the name «{ $name }», marked as transferred:
dulieu-erase-line-accounts = • { $count ->
        [one] { $count } chat account
       *[other] { $count } chat accounts
    }, with their unfinished dialogs and the lists shown in private
dulieu-erase-line-plans = • { $count ->
        [one] { $count } personal plan
       *[other] { $count } personal plans
    } and { $revisions } saved versions
dulieu-erase-line-progress = • { $count ->
        [one] { $count } progress report
       *[other] { $count } progress reports
    }
dulieu-erase-line-results = • { $count ->
        [one] { $count } year-end results report
       *[other] { $count } year-end results reports
    } (their text and the level proposed)
dulieu-erase-line-answers = • { $count ->
        [one] { $count } answer or mark
       *[other] { $count } answers and marks
    } for meetings not closed
dulieu-erase-line-votes = • { $count ->
        [one] { $count } vote
       *[other] { $count } votes
    } in named polls and nomination rounds still open
dulieu-erase-line-nominations = • { $count ->
        [one] { $count } nomination
       *[other] { $count } nominations
    } in rounds not confirmed
dulieu-erase-line-messages = • { $count ->
        [one] { $count } message
       *[other] { $count } messages
    } from chibo in private, sent or waiting
dulieu-erase-line-nothing = • nothing but the name on the cell's list
dulieu-erase-line-minutes = • the minutes of { $count ->
        [one] { $count } closed meeting
       *[other] { $count } closed meetings
    }: attendance ({ $marks } marks) and absence reasons
dulieu-erase-line-levels = • { $count ->
        [one] { $count } level
       *[other] { $count } levels
    } the cell agreed
dulieu-erase-line-counted-votes = • { $count ->
        [one] { $count } vote
       *[other] { $count } votes
    } counted in the results of closed polls and nomination rounds, no longer tied to the name
dulieu-erase-line-consents = • { $count ->
        [one] { $count } answer
       *[other] { $count } answers
    } about consent to chibo keeping data: the law requires them as proof
dulieu-erased-member =
    <b>Your data has been deleted</b>
    The cell's secretary carried out your request to delete your data.
dulieu-erased-member-last = Your chat accounts have been removed from chibo: this is the last message chibo sends you.
dulieu-erased = <b>The data of { $name } is deleted</b>, as they asked.
dulieu-erased-told = chibo sent them this list in private before removing their chat accounts.
dulieu-erased-untold = chibo cannot write to them in private: please tell them yourself.
dulieu-erase-refused-not-secretary = Only the secretary (or a deputy where the cell has no secretary) carries out deletion requests. Nothing changed.
dulieu-erase-refused-stale = This choice is out of date or not about your cell. Nothing changed.
dulieu-erase-refused-already = This member's data was deleted before. Nothing changed.
dulieu-erase-refused-only-secretary = You are the cell's only secretary, so your own data cannot be deleted yet: nobody else would receive the cell's requests. The cell needs another secretary first (/thanhvien). Nothing changed.
dulieu-erase-refused-self = A request to delete your own data is carried out by another secretary. Nothing changed.
dulieu-erase-refused-not-requested = { $name } has no deletion request waiting: they never asked, or consented again to chibo keeping their data since. Nothing changed.
dulieu-erase-refused-meeting-open = A meeting of the cell is not closed yet (it started { $day }): its minutes' list is settled only when it closes. Please delete after the meeting closes. Nothing changed.
