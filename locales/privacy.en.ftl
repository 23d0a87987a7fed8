# privacy report: what personal data the database holds, for the operator (a breach notice,
# an impact assessment). Counts only: no name, no text a member wrote.
cli-command-privacy-report = personal data in the database: which kinds, about how many people, since when, who can read it, whether the file is encrypted (for a breach notice within 72 hours); counts only
cli-privacy-title = Personal data chibo holds (at { $at })
cli-privacy-database = Database file: { $path }; not encrypted; mode { $mode } (chibo sets 0600 each time it opens it: only the account running chibo and root can read it); { $bytes } bytes.
cli-privacy-database-encrypted = Database file: { $path }; encrypted (key DATABASE_KEY, not kept in the file); mode { $mode }; { $bytes } bytes.
cli-privacy-database-memory = The database is in memory (DATABASE_PATH=:memory:), with no file; not encrypted.
cli-privacy-wal = The latest changes are still in the log file { $path } ({ $bytes } bytes), not encrypted either.
cli-privacy-wal-encrypted = The latest changes are still in the log file { $path } ({ $bytes } bytes), encrypted too.
cli-privacy-backups = Backups: each one (npm run cli -- backup FILE) is a full copy, not encrypted, readable by its owner only, wherever the operator put it; chibo does not record where, so list the backups made as well.
cli-privacy-backups-encrypted = Backups: each one made from now on (npm run cli -- backup FILE) is encrypted with the same key; those made before the encryption are still readable and should be deleted. chibo does not record where backups are, so list the ones made as well.
cli-privacy-exports = Word and Excel files the console chat exported: folder { $path }, mode { $mode }, { $files ->
        [one] { $files } file
       *[other] { $files } files
    }; not encrypted.
cli-privacy-no-exports = No folder of console chat exports yet ({ $path }).
cli-privacy-retention = Kept for: conversations left half-way and numbered lists of choices shown { $dialogDays ->
        [one] { $dialogDays } day
       *[other] { $dialogDays } days
    }; ids of handled messages { $updateDays ->
        [one] { $updateDays } day
       *[other] { $updateDays } days
    }; sent messages { $sentDays ->
        [one] { $sentDays } day
       *[other] { $sentDays } days
    }; the trail of who opened a member's data { $auditDays ->
        [one] { $auditDays } day
       *[other] { $auditDays } days
    }; the console chat's exports { $exportHours ->
        [one] { $exportHours } hour
       *[other] { $exportHours } hours
    }; one-time codes until they expire (the retention job runs at 3 a.m.). All other data is kept with no end; a member who moves away loses their chat accounts at once, and one who asks for deletion has it deleted by the secretary, what the minutes keep anonymised.
cli-privacy-reads-recorded = Trail of who opened members' plans, results, absence reasons or levels: { $count ->
        [one] { $count } read
       *[other] { $count } reads
    } recorded; each one, with names: npm run cli -- privacy reads
cli-privacy-people = People: { $members } on the members' roster ({ $roster }) in { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    }; { $accounts ->
        [one] { $accounts } chat account
       *[other] { $accounts } chat accounts
    } of members; { $officers ->
        [one] { $officers } committee officer's account
       *[other] { $officers } committee officers' accounts
    }.
cli-privacy-roster-pending = { $count } waiting for approval
cli-privacy-roster-active = { $count } on the roster
cli-privacy-roster-rejected = { $count } refused
cli-privacy-roster-moved = { $count } moved away
cli-privacy-without-consent = Without stored consent: chibo has no record of consent to keeping their data for { $count } on the members' roster ({ $roster }), such as those on it from before chibo asked for consent.
cli-privacy-sensitive = Data tied to a person here says that they are a Party member and how they take part: treat it as sensitive personal data.
cli-privacy-operator = Besides those named on each line, anyone with the database file, its log file or a backup reads all of it, since no file is encrypted.
cli-privacy-operator-encrypted = Besides those named on each line, anyone with both the file (or a backup) and the key DATABASE_KEY reads all of it; exported Word and Excel files are not encrypted.
cli-privacy-personal = Personal data, by table (counts only, no name or content):
cli-privacy-table = - { $table }: { $kind }. { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }; { $people }; { $since }. Who can read it: { $readers }.
cli-privacy-people-members = { $count ->
        [one] { $count } member
       *[other] { $count } members
    }
cli-privacy-people-accounts = { $count ->
        [one] { $count } account
       *[other] { $count } accounts
    }
cli-privacy-people-unnamed = not counted by person
cli-privacy-since = since { $day }
cli-privacy-since-unknown = no time recorded
cli-privacy-since-none = no rows yet
cli-privacy-bookkeeping = Not personal data (chibo's bookkeeping): { $tables }.
cli-privacy-reader-member = the member themselves
cli-privacy-reader-cell-leaders = the cell's secretary, deputy and committee members
cli-privacy-reader-cell = the cell's other members
cli-privacy-reader-committee-counts = committee officers (counts only)
cli-privacy-reader-committee = committee officers
cli-privacy-reader-operator = the operator with the file
cli-privacy-kind-members = the members' roster: full names, role in the cell, standing (full, probationary, exempt from meetings, retired, transferred), including those waiting for approval and those refused
cli-privacy-kind-identities = members' chat accounts (Telegram, Zalo, console): account ids and display names
cli-privacy-kind-commitments = each year's registration of a personal plan: three parts the member wrote
cli-privacy-kind-commitment-revisions = every edit of a registration, the current one included
cli-privacy-kind-progress-notes = progress on the plan as the member reported it: notes, references to evidence photos on the chat platform (chibo keeps no copy of the picture)
cli-privacy-kind-year-results = year-end results the member reported, the level they proposed and the level the cell agreed
cli-privacy-kind-meetings = minutes of closed meetings: the roster (full names, standing) at the close and who was absent without reason
cli-privacy-kind-meeting-responses = answers to meeting notices: attending or asking to be absent, and the reason
cli-privacy-kind-attendance = attendance at each meeting: present or absent, the reason, who marked it
cli-privacy-kind-attendance-changes = corrections of attendance: before and after, reasons, who corrected it
cli-privacy-kind-absence-warnings = each time the secretary was told a member was absent without reason in 2 or 3 months of a year
cli-privacy-kind-poll-votes = votes of public polls: who chose what (secret ballots are not tied to a person)
cli-privacy-kind-nominations = nominations for praise: the person or collective, the reason, who proposed it
cli-privacy-kind-nomination-votes = who supported which nomination
cli-privacy-kind-departures = members who left the cell's group chat, until the secretary says whether they moved away or only left the chat
cli-privacy-kind-consents = each consent given, refused or withdrawn to what chibo keeps: the chat account or member, the version of the text read, when, and which secretary recorded a consent given on paper
cli-privacy-kind-data-reads = each time a cell leader or committee officer opened a member's plan, results, absence reasons or level: who, whose, what, when, in a chat, a file or the command line
cli-privacy-kind-committee-officers = chat accounts of committee officers who use /tonghop
cli-privacy-kind-private-chats = accounts that wrote to chibo in private (so that chibo may write back)
cli-privacy-kind-zalo-contacts = reaching people privately on Zalo: whether they are the chibo account's friends, whether Zalo refused a message, the latest friend request
cli-privacy-kind-zalo-stranger-sends = Zalo accounts, not yet friends, that chibo wrote to in private, by day
cli-privacy-kind-code-attempts = wrong one-time codes typed: the account and when
cli-privacy-kind-dialogs = conversations under way: may hold what is being typed (a plan, a reason, results)
cli-privacy-kind-processed-updates = answers kept to be sent again if chibo shuts down halfway: may hold private content
cli-privacy-kind-offered-choices = the numbered list of choices chibo last showed each chat, to read a number typed as the answer: the choices' labels, which may hold members' full names
cli-privacy-kind-outbox = messages waiting and sent, private ones included (reminders, asking for reasons): may hold full names and private content
cli-privacy-kind-cells = the chair's and minute-taker's names a cell's minutes print when a meeting gives none
cli-privacy-kind-cell-models = the cell's model or "việc làm theo Bác": what it is and who carries it out
cli-privacy-kind-cell-model-progress = what came of the model each quarter, as the secretary wrote it

# privacy reads: who opened whose plan, results, reasons or level (Law 91/2025/QH15). It names
# people: the operator's own listing. The kinds read are said as /dulieu says them (dulieu-read-kind-*).
cli-command-privacy-reads = the trail of who opened which member's plan, results, absence reasons or level, when, in a chat, a file or the command line; names included
cli-option-since = only from this day on (Vietnam time); without it, every row still kept
cli-privacy-reads-title = Trail of reads of personal data (at { $at }): { $count ->
        [one] { $count } read
       *[other] { $count } reads
    }; { $cells }; { $since }.
cli-privacy-reads-cell = cell { $cell } ({ $code })
cli-privacy-reads-all-cells = every cell
cli-privacy-reads-since = from { $day }
cli-privacy-reads-since-kept = every row still kept
cli-privacy-reads-none = No reads.
cli-privacy-read = - { $at }, { $cell } ({ $code }): { $reader } opened { $member }'s { $kind }, { $channel }.
cli-privacy-read-named = { $role } { $name }
cli-privacy-read-account = { $role } (account { $account })
cli-privacy-read-role-secretary = secretary
cli-privacy-read-role-deputy = deputy secretary
cli-privacy-read-role-committee = cell committee member
cli-privacy-read-role-officer = Party committee officer
cli-privacy-read-role-operator = the operator
cli-privacy-read-channel-chat = in a chat
cli-privacy-read-channel-file = in a file
cli-privacy-read-channel-cli = on the command line
cli-privacy-reads-kept = The trail is kept { $days ->
        [one] { $days } day
       *[other] { $days } days
    } (RETENTION_AUDIT_DAYS); older rows are removed by the retention job at 3 a.m.
cli-privacy-empty-option = { $option } must not be empty.
cli-privacy-since-format = --since takes a day written dd/mm/yyyy (such as 01/01/2026), not "{ $day }".
cli-privacy-since-no-day = There is no day { $day } in the calendar. Please give a real day, written dd/mm/yyyy.
