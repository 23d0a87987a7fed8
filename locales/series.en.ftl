## Monthly meeting rules: meetings created from a rule, the notice before a meeting

series-created =
    📅 The meeting of { $month } is scheduled from the monthly rule:
    { $meeting }
    { $notice } To move or cancel this one meeting: /hop.
series-notice-on-committee = The notice goes to the cell's group and the committee above on { $day }.
series-notice-on-groups = The notice goes to the cell's group on { $day }.
series-shifted = { $from } is a public holiday ({ $holiday }), so the meeting moves to { $day }.
series-no-table = ⚠️ chibo has no table of public holidays for { $year }: the meetings of { $year } keep the rule's day, holiday or not. Move any that falls on a holiday with /hop.
series-overlap =
    ⚠️ The rule's meeting of { $month } ({ $when }) overlaps a meeting already scheduled:
    { $other }
    chibo did not schedule the rule's meeting of { $month }. To meet anyway, schedule one with /hop.
series-month-taken =
    ℹ️ The cell already has its regular meeting of { $month }:
    { $other }
    so chibo did not schedule the rule's one ({ $when }).
series-stopped-none = ⚠️ The monthly rule <b>{ $rule }</b> gave no meeting that could be scheduled in the coming year, so chibo cancelled it. Type /hop to set one again.
series-notice-officer = 📅 { $cell }: { $kind }, { $when }, at { $place }. Topic: { $topic }.
series-changed-officer = ✏️ { $cell } changed a meeting: { $kind }, now { $when }, at { $place }. Topic: { $topic }.
series-cancelled-officer = ❌ { $cell } cancelled a meeting: { $kind }, { $when }, at { $place } ({ $topic }).
series-notice-remote = 📱 Members may check in remotely for this meeting: those taking part from afar send /diemdanh to chibo in private during the meeting.
