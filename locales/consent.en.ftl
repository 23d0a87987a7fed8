# Consent at join (Law on Personal Data Protection 91/2025/QH15): asked before a name goes on the
# roster. When consent-terms changes, bump CONSENT_TEXT_VERSION in commands/consent-text.ts.
consent-terms =
    • <b>chibo keeps:</b> your full name, role in the cell, chat account; your personal plan and its progress; results and level; attendance and reasons for absence.
    • <b>Who sees it:</b> you; the secretary, deputies and cell committee. The cell's group sees names, check-ins and open votes, never plans or reasons for absence. The committee above sees counts only. Whoever runs chibo's server can read everything.
    • <b>For how long:</b> while you are a member of the cell; when you move away, chibo keeps it with the cell's minutes and books unless you ask for it to be deleted.
    • <b>Your rights:</b> type /dulieu to see or download your data, or to withdraw your consent.
    (Text version { $version }.)
consent-ask = <b>{ $name }</b>, before your name goes on the roster of { $cell }, chibo asks your consent to keep your data:
consent-ask-close = Only when you choose "Agree" does your name go on the roster.
consent-ask-close-typed = Please answer "đồng ý" (agree) or "không đồng ý" (do not agree). Only when you agree does your name go on the roster.
consent-choice-yes = ✅ Agree
consent-choice-no = Do not agree
consent-asked-in-private = { $name }: chibo has written to you in private. Please read and answer there; then your name goes on the roster.
consent-refused = { $name } is not on the roster: chibo adds you only with your consent. When you agree, type /thamgia { $name } in the group again.
consent-not-yours = This question is for the person who typed /thamgia, or it was answered already. Nothing changed.
consent-typed-unclear = Please answer "đồng ý" (agree) or "không đồng ý" (do not agree).
consent-khoitao = You set up the cell, so chibo records your consent to keep your data as in the next message. You can withdraw it with /dulieu once you have handed the secretary's role to another member.
consent-paper-ask = Add <b>{ $name }</b>? chibo adds a name only when that person has agreed (signed on paper) to the text below:
consent-paper-choice-yes = ✅ Agreed on paper, add
consent-paper-choice-no = Not yet, do not add
consent-paper-not-added = { $name } was not added. Once they have agreed on paper, type /thanhvien them again.
consent-import-ask = Save { $count } new people? Choose save only if they have agreed on paper to chibo keeping their data (the text /thamgia shows, version { $version }).
# /duyet: an entry whose latest answer is not a consent given (made before consent was asked,
# or withdrawn since) is not approved.
consent-duyet-missing = { $name } was not approved: chibo has no consent from them (or they withdrew it) to keeping their data, so the name cannot go on the roster. Please refuse this request and ask them to type /thamgia { $name } in the group again: chibo will ask, and add the name once they agree.
consent-duyet-missing-all = { $count ->
        [one] { $count } person was
       *[other] { $count } people were
    } not approved, as chibo has no consent (or it was withdrawn) to keeping their data: { $names }. Please refuse these requests and ask each of them to type /thamgia in the group again: chibo will ask, and add the name once they agree.
# Members on the roster from before consent was asked (no answer stored): the consent-ask job
# asks them once in private, /dongy shows the text and takes the answer.
help-dongy = read and answer the question of consent to chibo keeping your data
consent-ask-older = <b>{ $name }</b>, you were on the roster of { $cell } before chibo asked about personal data. Under the Law on Personal Data Protection, chibo may go on keeping your data only with your consent. Please type /dongy to read what chibo keeps, who sees it and for how long, and answer.
consent-ask-managers = chibo has written in private to { $count ->
        [one] { $count } member
       *[other] { $count } members
    } on the roster from before chibo asked consent, asking them to consent to chibo keeping their data.
consent-ask-managers-unreachable = { $count ->
        [one] { $count } more member has
       *[other] { $count } more members have
    } not opened a private chat with chibo, so chibo could not ask: please remind them to send chibo /dongy in private.
consent-ask-managers-close = Type /dongy to see who has not answered.
dongy-ask = <b>{ $name }</b>, chibo asks your consent to keep your data on the roster of { $cell }:
dongy-ask-close = If you do not agree, your name stays on the roster until the secretary decides, and chibo sends you no more private reminders.
dongy-ask-close-typed = Please answer "đồng ý" (agree) or "không đồng ý" (do not agree). If you do not agree, your name stays on the roster until the secretary decides, and chibo sends you no more private reminders.
dongy-given = Your consent to chibo keeping your data is recorded (text version { $version }). You can see, download or withdraw it with /dulieu.
dongy-given-notice = { $name } has now consented to chibo keeping their data: chibo writes to { $name } in private again, as to everyone.
dongy-refused = Recorded: you do not agree. From now on chibo sends you no private reminders. Your name stays on the cell's roster; chibo has told the secretary and deputies, who decide. If you agree later, type /dongy.
dongy-refused-unreached = Recorded: you do not agree. From now on chibo sends you no private reminders. Your name stays on the cell's roster; chibo could not reach the secretary or deputies in private: please tell the secretary yourself, who decides. If you agree later, type /dongy.
dongy-refused-notice = { $name } does not consent to chibo keeping their data (chibo asked those on the roster from before it asked consent). The name stays on the roster; from now on chibo sends { $name } no private reminders. Please decide whether to keep, transfer or remove them (/thanhvien).
dongy-already-given = You consented to chibo keeping your data on { $day } (text version { $version }). To see, download or withdraw: /dulieu.
dongy-given-use-dulieu = You consented to chibo keeping your data on { $day } (text version { $version }). To withdraw, type /dulieu and choose "Withdraw consent". Nothing changed.
dongy-no-already = You already answered that you do not agree, or withdrew your consent. Nothing changed.
dongy-only-secretary = You are the cell's only secretary: if you do not agree, nobody is left to act on the roster. Please hand the secretary's role to another member first (/thanhvien), then type /dongy again. Nothing changed.
dongy-overview-head = Consent to chibo keeping data, on the roster of { $cell }:
dongy-overview-all-given = • Everyone on the roster has consented.
dongy-overview-unanswered = • Not answered yet ({ $count }): { $names }.
dongy-overview-unreachable = Not answered, and without a private chat with chibo, so chibo could not ask ({ $count }): { $names }. Please remind them to send chibo /dongy in private.
dongy-overview-refused = • Do not agree ({ $count }): { $names }.
dongy-overview-withdrawn = • Withdrew their consent ({ $count }): { $names }.
dongy-overview-decide = Those who do not agree or withdrew stay on the roster, and chibo sends them no private reminders. Please decide whether to keep, transfer or remove them (/thanhvien).
