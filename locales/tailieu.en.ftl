help-tailieu = send the agenda and documents for the next meeting
tailieu-no-meeting = The cell has no meeting ahead. Schedule one with /hop first, then send its documents with /tailieu.
tailieu-pick = Which meeting are the agenda and documents for?
tailieu-pick--buttons = Which meeting are the agenda and documents for? Choose below.
tailieu-pick--typed = Which meeting are the agenda and documents for? Type its number.
tailieu-ask-agenda =
    📋 Documents for the meeting:
    { $meeting }

    Please type the <b>agenda</b>, one item a line (at most { $items } lines). The first item is usually: Studying and following Hồ Chí Minh's thought, morality and style.
tailieu-ask-agenda-again = 📋 Documents for { $meeting }. Please type a new <b>agenda</b>, one item a line (at most { $items } lines), or keep the agenda sent:
tailieu-choice-keep-agenda = Keep the agenda sent
tailieu-agenda-empty = No item found. Please type the agenda, one item a line.
tailieu-agenda-too-many = The agenda is too long: at most { $items } items ({ $characters } characters each). Please merge some and type it again.
tailieu-agenda-too-long = An item is longer than { $characters } characters (at most { $items } items). Please shorten it and type it again.
tailieu-agenda-too-much = The agenda is too long: { $characters } characters at most in all, { $items } items. Please shorten it and type it again.
tailieu-ask-file = Please send the <b>document</b> (PDF, Word, Excel or a JPG, PNG picture; up to { $megabytes } MB) or type a link to it.
tailieu-ask-file--buttons = Please send the <b>document</b> (PDF, Word, Excel or a JPG, PNG picture; up to { $megabytes } MB) or type a link to it. If there is none, press "No document".
tailieu-ask-file--typed = Please send the <b>document</b> (PDF, Word, Excel or a JPG, PNG picture; up to { $megabytes } MB) or type a link to it. If there is none, type the number of "No document".
tailieu-choice-keep-file = Keep the document sent
tailieu-choice-no-file = No document
tailieu-link-bad = That is not a link. Please send the document, or type a link starting with https://
tailieu-link-scheme = chibo takes only http:// or https:// links. Please type it again, or send the document.
tailieu-file-type = chibo takes only PDF, Word (.docx, .doc), Excel (.xlsx) or picture (.jpg, .png) files. This file is none of them; nothing was saved.
tailieu-photo-as-file = A picture sent as a photo is compressed and chibo cannot keep it. Please send it as a file (attach a file), or send a PDF.
tailieu-file-early = Please type the agenda first; the document comes after.
tailieu-file-gone = The file { $name } is no longer on chibo's server, so nothing was saved yet. Please send the file again, or type a link to the document.
tailieu-review = Please review the documents for { $meeting }:
tailieu-review-now = Once saved, chibo posts them to the cell's group at once.
tailieu-review-later = Once saved, they go to the group with the meeting's notice.
tailieu-choice-save = ✅ Save
tailieu-choice-edit = ✏️ Type the agenda again
tailieu-choice-cancel = ❌ Cancel
tailieu-use-choices = Please pick one of the choices below.
tailieu-use-choices--buttons = Please press one of the buttons below.
tailieu-use-choices--typed = Please answer with a number from the list below.
tailieu-cancelled = Cancelled; nothing was saved.
tailieu-saved-posted = Saved, and the documents for { $meeting } were posted to the cell's group.
tailieu-saved-later = The documents for { $meeting } are saved. They go to the group with the meeting's notice.
tailieu-meeting-started = { $meeting } has started: documents can no longer be sent.
tailieu-meeting-gone = { $meeting } was cancelled or has ended: documents can no longer be sent.
tailieu-restart = The documents dialog has ended. Type /tailieu to start again.
materials-posted = 📋 Documents for { $meeting }:
materials-agenda =
    Agenda:
    { $agenda }
materials-link = 🔗 Documents: { $link }
materials-file = 📎 Document file: { $name }
materials-reminder = { $meeting } ({ $when }) has no agenda or documents yet. Members should have them at least a day before the meeting: type /tailieu to send them.
