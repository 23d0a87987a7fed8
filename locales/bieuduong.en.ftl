help-bieuduong = nominate members for praise

bieuduong-round-midterm = the mid-term review round
bieuduong-round-year-end = the year-end review round
bieuduong-kind-individual = individual
bieuduong-kind-collective = collective

bieuduong-outside = It is not yet the time for nominations. By the plan: the mid-term round from { $midOpens } to { $midCloses }; the year-end round from { $endOpens } to { $endCloses }.
bieuduong-none-open = The cell has not opened a round of nominations. By the plan: the mid-term round from { $midOpens } to { $midCloses }; the year-end round from { $endOpens } to { $endCloses }.
bieuduong-group-none = The cell has not opened a round of nominations. By the plan: the mid-term round from { $midOpens } to { $midCloses }; the year-end round from { $endOpens } to { $endCloses }.
bieuduong-dates = By the plan: the mid-term round from { $midOpens } to { $midCloses }; the year-end round from { $endOpens } to { $endCloses }.
bieuduong-not-opened = It is time for { $round } ({ $opens } – { $closes }), but the cell has not opened nominations yet. When the secretary opens them, chibo will say so in the cell's group.
bieuduong-may-open =
    <b>Nominations for praise — { $round }</b>
    By the plan: nominations from { $opens } to { $closes }; the cell puts forward at most { $individuals } individuals and { $collectives } collectives.
    Open this round? chibo will tell the cell's group, and members nominate in private.
bieuduong-choice-open = 📣 Open nominations
bieuduong-already-opened = The cell has already opened nominations for { $round }. Type /bieuduong to see it.
bieuduong-opened = Nominations for { $round } are open; chibo told the cell's group.
bieuduong-announce =
    📣 <b>Nominations for praise — { $round }</b>
    The cell takes nominations of exemplary members and collectives until the end of { $closes } (at most { $individuals } individuals, { $collectives } collectives).
    Members nominate in a private chat with chibo; the group sees only how many nominations there are.

bieuduong-menu-proposing =
    <b>Nominations for praise — { $round }</b>
    Open until the end of { $closes }. Nominations so far: { $count }.
    The cell puts forward at most { $individuals } individuals and { $collectives } collectives. Whom do you nominate for praise?
bieuduong-menu-voting =
    <b>Nominations for praise — { $round }</b>
    The cell is voting on { $count } nominations. Each member supports at most { $individuals } individuals and { $collectives } collectives.
bieuduong-choice-person = 👤 A member of the cell
bieuduong-choice-collective = 👥 A collective
bieuduong-choice-list = 📋 Nominations ({ $count })
bieuduong-choice-voting = 🗳 Close nominations, start the vote
bieuduong-choice-ballot = 🗳 See and support
bieuduong-choice-review = ✅ Settle the list
bieuduong-choice-member = { $name }
bieuduong-choice-cancel = ✖ Cancel
bieuduong-choice-menu = ↩ Back

bieuduong-ask-person = Choose the member you nominate { $page }, or type their name (with or without diacritics).
bieuduong-ask-person-none-left = Every other member of the cell has been nominated. When the cell votes, you can support those nominations.
bieuduong-person-empty = Please type the name of the member you nominate.
bieuduong-not-in-cell = There is no «{ $name }» on the cell's list. Only members of your own cell can be nominated. Type the name again, or /huy to cancel.
bieuduong-which = { $count } members are called «{ $name }». Which one do you nominate?
bieuduong-problem-self = You cannot nominate yourself for praise. Please choose another member.
bieuduong-problem-other-cell = That member is not on the cell's list. Only members of your own cell can be nominated.
bieuduong-problem-twice = { $name } has already been nominated in this round. When the cell votes, you can support that nomination.
bieuduong-problem-none-allowed = This round takes no nominations of individuals.
bieuduong-none-allowed-individual = This round takes no nominations of individuals.
bieuduong-none-allowed-collective = This round takes no nominations of collectives.

bieuduong-ask-collective = Please type the collective's name (for example: Residential group 5), at most { $max } characters.
bieuduong-collective-empty = No name yet. Please type one, for example: Residential group 5.
bieuduong-collective-no-words = A collective's name needs letters, for example: Residential group 5.
bieuduong-collective-too-long = That name is { $length } characters long; please keep it within { $max }. Nothing was saved.
bieuduong-collective-twice = «{ $name }» has already been nominated in this round. When the cell votes, you can support that nomination.

bieuduong-ask-reason =
    Nomination: <b>{ $name }</b>.
    Please type their achievements briefly, the reason for the nomination (at most { $max } characters). Only the secretary and the cell committee can see the reason.
bieuduong-reason-empty = No reason yet. Please type the achievements briefly.
bieuduong-reason-no-words = A reason needs words. Please type briefly the achievements of the person or collective nominated.
bieuduong-reason-too-long = The reason is { $length } characters long; please keep it within { $max }. Nothing was saved.
bieuduong-proposed = ✅ Nomination saved: { $name }. Nominations are open until the end of { $closes }; type /bieuduong to nominate more.

bieuduong-list =
    <b>Nominations — { $round }</b> { $page }
    Nominations: { $count } (without who nominated):
bieuduong-entry =
    • <b>{ $name }</b> ({ $kind }) — supported by { $votes }
    Reason: { $reason }
bieuduong-list-empty = There are no nominations in this round yet.

bieuduong-voting-ask = Close nominations for { $round } and put { $count } nominations to the cell's vote? No more nominations are taken after that; members give their support in private.
bieuduong-choice-voting-yes = 🗳 Start the vote
bieuduong-voting-announce =
    🗳 <b>Vote on nominations for praise — { $round }</b>
    Nominations: { $count }. Each member supports at most { $individuals } individuals and { $collectives } collectives, in a private chat with chibo.
bieuduong-voting-started = The vote has started; chibo told the cell's group.
bieuduong-proposals-ended = Nominations for praise for { $round } are closed. Type /bieuduong to see where things stand.
bieuduong-not-voting = The cell is not voting on nominations for { $round } now. Type /bieuduong to see where things stand.
bieuduong-proposals-closed = Nominations for praise for { $round } closed on { $closes }. Please ask the cell's secretary.

bieuduong-ballot =
    <b>Vote — { $round }</b> { $page }
    Support at most { $individuals } individuals and { $collectives } collectives; you support { $mineIndividuals } individuals and { $mineCollectives } collectives. Choose a line to support it; choose it again to take your support back.
bieuduong-choice-support = ⬜ { $name } ({ $kind })
bieuduong-choice-supported = ☑️ { $name } ({ $kind })
bieuduong-vote-self = You cannot support your own nomination.
bieuduong-vote-limit = You already support the most { $kind } nominations allowed: { $max }. To support this one, take your support back from another first.

bieuduong-review =
    <b>Settle the list — { $round }</b> { $page }
    The committee takes at most { $individuals } individuals and { $collectives } collectives. Choose the nominations the cell has agreed on, then «Confirm the list».
bieuduong-choice-picked = ☑️ { $name } — supported by { $votes }
bieuduong-choice-unpicked = ⬜ { $name } — supported by { $votes }
bieuduong-choice-confirm = 💾 Confirm the list ({ $chosenIndividuals } individuals, { $chosenCollectives } collectives)
bieuduong-confirm-limit = The committee takes at most { $max } { $kind } nominations. To choose this one, take another off first. Nothing was saved.
bieuduong-confirm-empty = Nothing is chosen yet. Please choose the nominations the cell has agreed on before confirming.
bieuduong-confirmed-saved = ✅ The list of nominations for { $round } is confirmed: { $individuals } individuals, { $collectives } collectives. Make the «List of nominations for praise» for the committee above with /xuatbaocao.
bieuduong-confirmed-line = • { $name } ({ $kind })
bieuduong-confirmed-announce = ✅ The cell has confirmed its nominations for { $round }: { $individuals } individuals, { $collectives } collectives.
bieuduong-confirmed-summary = The cell has confirmed its nominations for { $round }: { $individuals } individuals, { $collectives } collectives.
bieuduong-group-confirmed = The cell has confirmed its nominations for { $round }: { $individuals } individuals, { $collectives } collectives.
bieuduong-group-proposing = 📣 The cell takes nominations for praise ({ $round }) until the end of { $closes }: { $count } so far. Members nominate in a private chat with chibo.
bieuduong-group-voting = 🗳 The cell is voting on { $count } nominations for praise ({ $round }). Members give their support in a private chat with chibo.

bieuduong-already-confirmed = The cell has already confirmed its nominations for { $round }. Type /bieuduong to see them.
bieuduong-committee-only = Only the secretary, the deputy and the cell committee members can do this.
bieuduong-manager-only = Only the secretary and the deputy settle the list of nominations.
bieuduong-use-choices = Please choose from the list below; type /huy to cancel.
bieuduong-cancelled = Cancelled; nothing was saved.
bieuduong-restart = What you left unfinished was too old. Type /bieuduong to start again.

bieuduong-job-opens = 📣 From today until the end of { $closes } is the time for nominations for praise, { $round }. Please type /bieuduong to open them; chibo will tell the cell's group.
bieuduong-job-closes = Today ({ $closes }) is the last day to settle the nominations for { $round }. Please type /bieuduong to start the cell's vote (if not yet) and confirm the list.
