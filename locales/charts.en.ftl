## Charts sent as pictures (src/documents/charts): titles, labels and notes, in plain text.
## The "-empty" sentences are said in the chat instead of a chart when there is nothing to draw.

chart-registration-title = Study and follow registrations
chart-registration-subtitle = { $registered }/{ $target } members registered · registration deadline { $deadline }
chart-registration-axis-day = Day
chart-registration-axis-count = Members registered
chart-registration-target = Must register: { $count }
chart-registration-deadline = Registration deadline { $date }
chart-registration-empty = Nobody has registered yet, so there is no registration chart.

chart-attendance-title = Attendance at cell meetings
chart-attendance-subtitle = { $meetings ->
    [one] { $meetings } meeting
   *[other] { $meetings } meetings
  } · { $present }/{ $counted } present
chart-attendance-present = Present
chart-attendance-absent-with-reason = Absent with reason
chart-attendance-absent-without-reason = Absent without reason
chart-attendance-axis-meeting = Meeting
chart-attendance-axis-members = Members
chart-attendance-empty = No meeting has taken attendance yet, so there is no attendance chart.

chart-poll-voters = { $count ->
    [one] { $count } person voted
   *[other] { $count } people voted
  }
chart-poll-secret = Secret ballot
chart-poll-option-votes = { $votes ->
    [one] { $votes } vote
   *[other] { $votes } votes
  } ({ $percent }%)
chart-poll-empty = Nobody has voted yet, so there is no poll chart.
