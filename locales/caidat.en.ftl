## /caidat: the overview, and the settings of the cell's meetings (issue 18)

caidat-show =
    <b>Settings of { $cell }</b>
    Automatically approve people who join: { $autoApprove }. Retired Party members register a plan: { $retiredRegister }
    Superior committee: { $committee }
    <b>Cell meetings</b>: each { $meetingMinutes }, regular and thematic together { $combinedMeetingMinutes }; notice sent { $meetingNoticeDays } ahead, documents reminder { $meetingMaterialsDays } ahead
    <b>Documents chibo drafts</b> (minutes, reports)
    Party organisation at the top: { $partyOrganisation }
    Place in the date line: { $place }
    Meetings chaired by: { $defaultChair }
    Minutes taken by: { $defaultMinuteTaker }
caidat-value-default = { $value } (default)
caidat-value-inherited = { $value } (as the committee sets)
caidat-minutes = { $count } minutes
caidat-days = { $count } days
caidat-choice-meetings = 🕒 Cell meetings: length, notice
caidat-meetings-menu = Which meeting setting do you want to change?
caidat-choice-meetingMinutes = ⏱ Length of each meeting
caidat-choice-combinedMeetingMinutes = ⏱ Length of a combined meeting
caidat-choice-meetingNoticeDays = 📣 Days ahead the notice goes out
caidat-choice-meetingMaterialsDays = 📎 Days ahead of the documents reminder
caidat-choice-inherit = ↩️ As the committee sets, or the default
caidat-inherit-typed = To remove the cell's own value and follow the committee or the default, please type: mặc định
caidat-ask-meetingMinutes = How many minutes does each cell meeting (regular or thematic) last? Now: { $now }. Please write how many minutes, from { $min } to { $max }, e.g. 90. Type /huy to cancel.
caidat-ask-combinedMeetingMinutes = How many minutes does a regular meeting held together with a thematic one last? Now: { $now }. Please write how many minutes, from { $min } to { $max }, e.g. 120. Type /huy to cancel.
caidat-ask-meetingNoticeDays = How many days before a meeting of the monthly rule does its notice go to the cell's groups and the superior committee? Now: { $now }. Please write how many days, from { $min } to { $max }. Type /huy to cancel.
caidat-ask-meetingMaterialsDays = How many days before a meeting without documents does chibo remind the secretary? Now: { $now }. Please write how many days, from { $min } to { $max }. Type /huy to cancel.
caidat-number-empty-minutes = No number of minutes yet. Please write how many minutes, from { $min } to { $max }, e.g. 90.
caidat-number-unreadable-minutes = That is not a number of minutes chibo can read. Please write how many minutes, from { $min } to { $max }, e.g. 90 or 1 giờ 30; nothing was saved.
caidat-number-out-of-range-minutes = The length must be from { $min } to { $max } minutes. Please type it again; nothing was saved.
caidat-number-empty-days = No number of days yet. Please write how many days, from { $min } to { $max }, e.g. 7.
caidat-number-unreadable-days = That is not a number of days chibo can read. Please write how many days, from { $min } to { $max }, e.g. 7; nothing was saved.
caidat-number-out-of-range-days = The number of days must be from { $min } to { $max }. Please type it again; nothing was saved.
caidat-combined-shorter = A combined meeting ({ $combined } minutes) cannot be shorter than a regular one ({ $regular } minutes). Please type it again; nothing was saved.
caidat-saved-length = ✅ Saved. Meetings created from now on take this length; those already scheduled keep their times.
caidat-below-guidance = Note: Guidance 42-HD/BTCTW asks for at least { $minutes } minutes for this meeting.

## npm run cli -- cell schedule / committee schedule: the meeting settings

cli-option-meeting-minutes = how many minutes each meeting lasts, 30 to 240
cli-option-combined-minutes = how many minutes a regular meeting held with a thematic one lasts, 30 to 240
cli-option-notice-days = how many days before a meeting its notice goes out, 1 to 30
cli-option-materials-days = how many days before a meeting to remind the secretary of its documents, 1 to 14
cli-error-meeting-minutes = a number of minutes from 30 to 240, e.g. 90
cli-error-combined-shorter = no shorter than a meeting's length (--meeting-minutes): a regular meeting held with a thematic one is the longer
cli-error-notice-days = a number of days from 1 to 30, e.g. 7
cli-error-materials-days = a number of days from 1 to 14, e.g. 2
