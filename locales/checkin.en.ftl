## /diemdanh: where a member checks in (issue 18), and what may still be corrected

diemdanh-over = Attendance is over. If you were there but did not check in, please ask the secretary to mark you (within { $days } days after the meeting).
checkin-remote-refused = { $meeting } does not take check-ins from elsewhere. Please check in in the cell's group when you come to the meeting.
checkin-remote-done = Checked in from elsewhere: you are attending { $meeting } remotely. The secretary sees «remote» beside your name.
checkin-mark-remote = ✅ { $name } (remote)
checkin-remote-names = Checked in remotely: { $names }.
checkin-correction-too-late = There is no meeting going on or just finished. The latest, { $meeting }, was more than { $days } days ago, so its attendance is final and can no longer be corrected. If something is wrong, please raise it at the next meeting for its minutes.
checkin-absent-by-member = Check-in records only those present, so chibo has recorded nothing. If you are absent: before the meeting, please say so with /lichhop; once it has started, please send the secretary your reason.
