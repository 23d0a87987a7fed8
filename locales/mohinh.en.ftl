help-mohinh = the cell's model of the year
mohinh-none = The cell has not registered its model of following Uncle Hồ for { $year }.
mohinh-header = <b>The cell's model for { $year }:</b> { $title }
mohinh-what = <b>What:</b> { $what }
mohinh-who = <b>Who:</b> { $who }
mohinh-by = <b>By:</b> { $day }
mohinh-no-progress = No progress reported for any quarter yet.
mohinh-progress-earlier = Progress of earlier quarters ({ $count }): message /mohinh to chibo in private to read it all.
mohinh-progress-line = <b>Progress { $quarter }:</b> { $note }
mohinh-choice-register = 📝 Register the model
mohinh-choice-progress = 📈 Report progress for { $quarter }
mohinh-choice-edit = ✏️ Edit the model
mohinh-choice-confirm = ✅ Save
mohinh-choice-change-title = Edit the name
mohinh-choice-change-what = Edit what
mohinh-choice-change-who = Edit who
mohinh-choice-change-byDay = Edit the date
mohinh-choice-keep = Keep as is
mohinh-choice-cancel = Cancel
mohinh-ask-title = <b>Step { $step }/4 — The model's name</b> for { $year } (under { $max } characters), for example «A model flower street», «A neighbourhood safety team».
mohinh-ask-what = <b>Step { $step }/4 — What:</b> what is done, where, and the result to reach (under { $max } characters).
mohinh-ask-who = <b>Step { $step }/4 — Who:</b> the member in charge, and who takes part (under { $max } characters).
mohinh-ask-byDay = <b>Step { $step }/4 — Done by</b> a day in { $year }: type it as 30/11 or 30/11/{ $year }.
mohinh-current = Now it says: <i>{ $text }</i>. Type a new text to replace it, or choose Keep as is.
mohinh-review = <b>Check the model for { $year }</b>
    <b>Name:</b> { $title }
    <b>What:</b> { $what }
    <b>Who:</b> { $who }
    <b>By:</b> { $day }
    The model is the cell's common work: every member can see it with /mohinh, in the group too.
mohinh-use-choices = Please choose a line below.
mohinh-use-choices--buttons = Please press a button below.
mohinh-use-choices--typed = Please answer with a number from the list below.
mohinh-answer-empty = Nothing written yet. Please write a few words.
mohinh-answer-too-long = This is { $length } characters long; please keep it under { $max }.
mohinh-day-format = chibo cannot read that date. Type the day first, then the month: 30/11 or 30/11/{ $year }.
mohinh-day-no-such-day = There is no such day in the calendar. Please type it again, for example 30/11/{ $year }.
mohinh-day-other-year = The date must be a day in { $year }.
mohinh-day-past = That day has passed (today is { $today }). Please type a day from today to the end of { $year }.
mohinh-saved = The model for { $year } is saved: { $title }. Each quarter, type /mohinh and choose Report progress.
mohinh-updated = The changes to the model for { $year } are saved: { $title }. The progress reported so far is kept.
mohinh-unchanged = Nothing in the model has changed.
mohinh-cancelled = Cancelled; no model was saved.
mohinh-cancelled-kept = Cancelled. The saved model is kept as it was.
mohinh-resume = You were entering the cell's model; please carry on from here.
mohinh-restart = The model you left unfinished was too old. Please type /mohinh again.
mohinh-committee-only = Only the secretary, the deputy and the cell committee register or edit the model and report its progress. You can see the model with /mohinh.
mohinh-progress-no-model = The cell has not registered its model for this year: type /mohinh and choose Register the model first.
mohinh-ask-progress = <b>Progress for { $quarter }</b> of the model «{ $title }»: what was done, what is still to do (a few short sentences).
mohinh-progress-saved = Progress for { $quarter } saved: { $note }
mohinh-progress-updated = The change to the progress for { $quarter } is saved: { $note }
mohinh-progress-kept = The progress reported is kept as it was.
job-model-progress = { $quarter } is ending: please report the progress of the cell's model «{ $title }». Type /mohinh and choose Report progress.
job-model-register = The cell has not registered its model of following Uncle Hồ for { $year } (the cell reports its model to the committee before { $deadline }). Type /mohinh to register it.
job-model-progress-group = { $quarter } is ending: the cell has not reported the progress of its model «{ $title }». Comrade { $name }, please message chibo /mohinh in private to report it.
job-model-register-group = The cell has not registered its model of following Uncle Hồ for { $year } (due to the committee by { $deadline }). Comrade { $name }, please message chibo /mohinh in private to register it.
