help-ketqua = report your results against your plan at year end

## /ketqua: results against the personal plan, and the level proposed

ketqua-intro =
    <b>Results against your plan, { $year }</b>
    chibo asks about the three parts one by one, then you propose your own level. The report is saved only when you choose Send; type /huy to cancel.
ketqua-no-plan = You did not register a plan for { $year }, so there is no plan to compare with. You can still report what you did in each part; the cell will see that you did not register.
ketqua-resume = Carrying on with the report you started:
ketqua-restart = The report you left unfinished was too old, so chibo cleared it. Type /ketqua to start again.
ketqua-existing = You sent your results for { $year }. This is the saved version; you can change it until the end of { $due }.
ketqua-agreed = The cell agreed your level: <b>{ $level }</b>. If you change your report, this level stays.
ketqua-exempt = You are exempt from meetings, so you do not report results against a plan.
ketqua-retired = The cell does not ask retired members to register a plan, so you do not report results.
ketqua-not-open = It is not time to report results for { $year } yet: chibo takes them from { $opens } to the end of { $due }. chibo will let you know then.
ketqua-closed = The deadline for results of { $year } has passed ({ $due }). What you sent is kept; to change it, please contact { $contact }.
ketqua-closed-none = The deadline for results of { $year } has passed ({ $due }) and you sent no report. Please contact { $contact }.
ketqua-contact-secretary = { $name }, the cell's secretary
ketqua-contact-cell = the cell committee
ketqua-part-header = <b>Part { $step }/3 — { $label }</b>
ketqua-plan = Your registered plan: <i>{ $text }</i>
ketqua-plan-none = You did not register a plan for this part.
ketqua-progress-none = You reported no progress on this part during the year.
ketqua-progress-title = Progress reported during the year:
ketqua-progress-earlier = (and { $count } earlier reports)
ketqua-progress-note = • { $day }: { $status }
ketqua-progress-note-text = • { $day }: { $status } — <i>{ $note }</i>
ketqua-status-done = done
ketqua-status-underway = under way
ketqua-status-notYet = not yet
ketqua-status-with-photo = { $status }, with a photo
ketqua-ask-outcome = How far did you get with this part? (You can type: done, partly, not done.)
ketqua-outcome-unclear = chibo did not understand. Is this part done, partly done, or not done?
ketqua-outcome-done = ✅ Done
ketqua-outcome-partly = 🟡 Partly done
ketqua-outcome-notDone = ❌ Not done
ketqua-ask-text = What did you do? Please write a few short, concrete sentences: what, how much, when.
ketqua-ask-why-partly = What was not done, and why? Please keep it short.
ketqua-ask-why = Why was this part not done? Please keep it short.
ketqua-ask-footer = Write under { $max } characters. Type /huy to cancel.
ketqua-current = Now written: <i>{ $text }</i>. Type new text to replace it, or choose Keep.
ketqua-choice-as-planned = Done as planned
ketqua-choice-keep = Keep
ketqua-answer-empty = Nothing written yet. Please write a few short sentences.
ketqua-answer-no-words = This needs words (digits or emoji alone are not enough). Please write a few short sentences.
ketqua-answer-too-long = This is { $length } characters long; please keep it under { $max } characters.
ketqua-ask-level =
    <b>Propose your own level</b>
    Under { $rule }, which level do you propose for yourself? The cell will review it and agree a level later.
ketqua-choice-level = { $name }
ketqua-level-unclear = chibo did not understand the level “{ $typed }”. Please choose one of the four levels below.
ketqua-review-title = <b>Check your results for { $year }</b>
ketqua-review-part = <b>{ $step }. { $label }: { $outcome }.</b> { $text }
ketqua-review-part-why = <b>{ $step }. { $label }: { $outcome }.</b> { $text } Why not done: { $why }
ketqua-review-part-not-done = <b>{ $step }. { $label }: { $outcome }.</b> Why: { $why }
ketqua-review-level = Your own level: <b>{ $level }</b>
ketqua-review-use-choices = All three parts are there. Please choose Send report, or the part to change:
ketqua-choice-confirm = ✅ Send report
ketqua-choice-edit = Change part { $step } ({ $label })
ketqua-choice-change-level = Change your own level
ketqua-choice-cancel = Cancel
ketqua-cancelled = Cancelled; nothing was saved. Type /ketqua to start again.
ketqua-cancelled-kept = The changes you were making are cancelled. The report you sent is kept as it was.
ketqua-unchanged = Nothing changed; your report stays as sent.
ketqua-saved = ✅ Your results for { $year } were sent, proposing <b>{ $level }</b>. The cell will review them and agree a level. You can change them until the end of { $due } with /ketqua.
ketqua-updated = ✅ Your changes to the results for { $year } were saved, proposing <b>{ $level }</b>. You can change them until the end of { $due }.
ketqua-agreed-kept = The cell agreed <b>{ $level }</b> on { $day }; that level stays. To have the cell look again, please tell the cell's secretary.
ketqua-edited-notice = { $name } changed their results for { $year } after the cell agreed a level. The level the cell agreed stays; look again with /danhgia.
ketqua-reported-notice = { $name } sent their results for { $year } after the cell agreed a level. The level the cell agreed stays; look again with /danhgia.

## Results reminders (results-reminder)

job-results-private = ⏰ { $days ->
        [0] Today is the deadline
       *[other] { $days } days left
    } to report results against your plan for { $year } ({ $deadline }). You have not sent them: type /ketqua, it takes a few minutes.
job-results-group = ⏰ { $days ->
        [0] Today is the deadline
       *[other] { $days } days left
    } to report results against personal plans for { $year } ({ $deadline }). Sent: { $reported }/{ $members } members. Those who have not, please message chibo /ketqua in private.
job-results-group-names = chibo cannot yet message these members in private: { $names }. Please send chibo a private message to get reminders.
