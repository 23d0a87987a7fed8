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
