# /kehoach: the second half of the year, which the plan gives and the chat keeps as it is.
kehoach-review-second-half = <b>Second half:</b> progress { $progress ->
        [one] { $progress } time
       *[other] { $progress } times
    }; results from { $results }; nominations until { $midterm }, { $yearEnd }
kehoach-review-second-half-default = <b>Second half</b> (default): progress { $progress ->
        [one] { $progress } time
       *[other] { $progress } times
    }; results from { $results }; nominations until { $midterm }, { $yearEnd }
kehoach-date-before-results = In the plan, members report results from { $opens }, before the year-end review, so the year-end review cannot be on { $day }. Please type another day; nothing was saved.
