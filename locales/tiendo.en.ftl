## /tiendo: how a personal plan is going during the year

help-tiendo = how your plan is going
tiendo-no-plan = You have not registered a plan for { $year }, so there is nothing to report progress on. Type /dangky to register; if the registration deadline has passed, please ask the cell's secretary.
tiendo-exempt = You are exempt from meetings, so you do not report progress.
tiendo-retired = The cell does not ask retired members to register a plan, so you do not report progress.
tiendo-resume = Carrying on with the progress report you started:
tiendo-restart = The progress report you left unfinished was too old, so chibo cleared it. Type /tiendo to report from the start.
tiendo-ask =
    <b>Progress { $step }/3 — { $label }</b>
    You registered: <i>{ $plan }</i>
tiendo-first = This is the first time you report on this part.
tiendo-last = Last report ({ $day }): { $status }.
tiendo-held-note = Note received: <i>{ $note }</i>
tiendo-held-photo = 📷 Photo received as evidence.
tiendo-ask-footer = How far has this part got? Choose a line below, or type: done / under way / not yet. You may add a short note (for example: <i>under way, studied 2 sessions</i>) or send a photo as evidence.
tiendo-ask-footer--buttons = How far has this part got? Press a button below, or type: done / under way / not yet. You may add a short note (for example: <i>under way, studied 2 sessions</i>) or send a photo as evidence.
tiendo-ask-footer--typed = How far has this part got? Type a number from the list below, or type: done / under way / not yet. You may add a short note (for example: <i>under way, studied 2 sessions</i>) or send a photo as evidence.
tiendo-status-done = ✅ Done
tiendo-status-underway = 🔄 Under way
tiendo-status-notYet = ⏳ Not yet
tiendo-choice-view = 👥 Who has reported
tiendo-saved =
    ✅ Progress on your { $year } plan saved:
    1. { $studyLabel }: { $study }
    2. { $followLabel }: { $follow }
    3. { $exampleLabel }: { $example }
    When you have done more, type /tiendo again. At the end of the year these notes help you report your results.
tiendo-saved-note = { $status } — <i>{ $note }</i>
tiendo-saved-photo = { $status } (with a photo)
tiendo-saved-note-photo = { $status } (with a photo) — <i>{ $note }</i>
tiendo-note-empty = Nothing there yet. Please choose one of three: done, under way, not yet; a note is optional.
tiendo-note-no-words = A note needs words (emoji alone are not enough). Or just choose: done, under way, not yet.
tiendo-note-too-long = The note is { $length } characters long; please keep it under { $max }. Details belong in the year-end results.
tiendo-photo-not-image = This file is not a picture, so chibo does not take it as evidence. Please send a photo (JPG, PNG), or just choose: done, under way, not yet.
tiendo-photo-too-large = This photo is { $size } MB, over the { $max } MB limit, so chibo does not take it. Please send a smaller one (an ordinary phone photo is fine).
tiendo-view =
    <b>Progress on plans, { $year }</b> — { $cell }
    { $reported }/{ $registered } members with a plan have reported progress { $since }.
tiendo-view-since = since { $day } (the latest round)
tiendo-view-year = in { $year }
tiendo-view-reported = Reported ({ $count }): { $names }
tiendo-view-waiting = Not yet ({ $count }): { $names }
tiendo-view-more = { $names } and { $more } more
job-progress-private = 📋 Time to report progress on your { $year } plan. Please say how far your three registered parts have got: type /tiendo (just three short questions).
job-progress-group = 📋 Time to report progress on the { $year } plans. chibo cannot write to { $count } members in private yet: { $names }. Please message chibo /tiendo in private.
