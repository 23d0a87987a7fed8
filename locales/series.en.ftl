## Monthly meeting rules: meetings created from a rule, the notice before a meeting

series-created =
    📅 The meeting of { $month } is scheduled from the monthly rule:
    { $meeting }
    The notice goes to the cell's group and the committee's officers on { $noticeDay }. To move or cancel this one meeting: /hop.
series-shifted = { $from } is a public holiday ({ $holiday }), so the meeting moves to { $day }.
series-no-table = ⚠️ chibo has no table of public holidays for { $year }: the meetings of { $year } keep the rule's day, holiday or not. Move any that falls on a holiday with /hop.
series-overlap =
    ⚠️ The rule's meeting of { $month } ({ $when }) overlaps a meeting already scheduled:
    { $other }
    chibo did not schedule the rule's meeting of { $month }. To meet anyway, schedule one with /hop.
series-notice-officer = 📅 { $cell }: { $kind }, { $when }, at { $place }.
series-notice-remote = 📱 Members may check in remotely for this meeting: those who cannot come send /diemdanh to chibo in private during the meeting.
