# Plenary's user interface, English. This file is the source for every other language:
# each message here must exist in it, and the UI falls back to it for messages that a
# translation lacks. Message ids are used in ui/src as t('id'); ui/src/tests/i18n.test.ts
# checks that every id used there is defined here.

## The application

app-name = Plenary
skip-to-content = Skip to content
loading = Loading…

# The name of this language, in this language, for the language menu.
language-autonym = English
language-select-label = Language

## The header: the forum's title and where it stands.

# Accessible name of the list of the forum's phase and attribution rule.
forum-status-label = Forum status
# $phase is drafting, commenting, consolidating or closed.
forum-phase = { $phase ->
    [drafting] Drafting
    [commenting] Open for comments
    [consolidating] Consolidating
    [closed] Closed
   *[other] { $phase }
}
# $attribution is chatham_house or attributed.
forum-attribution = { $attribution ->
    [chatham_house] Chatham House Rule
   *[attributed] Contributions attributed
}

## The forums on this device, in the header

# A button that shows and hides the list of forums; followed by how many there are.
forum-switcher = Forums
# Accessible name of the list.
forum-list-label = Forums on this device
# Where a forum that does not sync lives. $origin is sample or file.
forum-origin = { $origin ->
    [sample] Sample forum, on this device only
    [file] Imported from a file, on this device only
   *[other] On this device only
}
forum-current = Shown now
# A forum just joined, before its first sync brings its title. $server is its server.
forum-joining = Joining… ({ $server })
forum-joining-hint = It can be opened once its first sync has arrived.
# Said once another forum is shown. $title is its title.
forum-opened = Now showing “{ $title }”.

## The statement

statement-heading = Statement of priorities
statement-empty = This statement has no priorities yet.
# The window's title on the statement page. $forum is the statement's title.
window-title-statement = { $forum } – Plenary

## A priority's own page

# Accessible name of the breadcrumb trail.
breadcrumb-label = Breadcrumb
back-to-statement = Statement of priorities
# A link to the statement from a page that could not be shown.
go-to-statement = Go to the statement of priorities
# $number is the section's number.
section-label = Section { $number }
# $count is how many revisions the priority has had; $date the day of the current one.
priority-revision = { $count ->
    [1] First version, { $date }
   *[other] Revision { $count }, { $date }
}
priority-revision-note = Reason for this revision:
# Accessible name of the links to the previous and next priorities.
priority-pager-label = Previous and next priorities
priority-previous = Previous priority
priority-next = Next priority
# The window's title on a priority's page.
window-title-priority = { $number } { $title } – { $forum }

## Reading the statement in another language

# Label of the menu of the languages the statement can be read in.
reading-language-label = Read in
# The statement's own language in that menu. $language is its name, such as "English".
reading-language-original = { $language } (original)
# Announced to screen readers once the page shows another language. $language is its name.
reading-language-changed = Now reading in { $language }.
# The state of a translation of a part of the statement (a heading, a priority, the
# preamble…), shown beside it. $state is untranslated, machine_draft (made by a machine, not
# yet checked by a person), needs_review, translated or approved.
translation-state = { $state ->
    [untranslated] Not translated
    [machine_draft] Machine draft
    [needs_review] Needs review
    [translated] Translated
    [approved] Approved
   *[other] { $state }
}
# Beside a part read in another language that has no translation yet: the original is shown
# instead.
reading-untranslated = Not yet translated — original shown
# Beside a translation made from an earlier version of the original text.
translation-outdated = Outdated: the original changed
# A toggle button on a translated priority: shows the original text beside the translation.
show-original = Show the original
# Heading of the original text shown beside a translation.
original-heading = Original
# Below a translated priority: comments and their passages belong to the original text.
original-comment-hint = Comments are anchored to the original text. Show the original to comment on a passage.

## Translating the statement: the parts and their state

translate-heading = Translate
translate-intro = Translate the statement part by part into the forum’s languages. Open a part to translate it beside its original, with the glossary at hand.
translate-no-languages = This forum works in one language only, so there is nothing to translate.
# Label of the menu of languages to translate into.
translate-language-label = Translate into
# $language is the name of the statement's original language.
translate-from = From { $language }, the original
# Accessible name of the summary of how far a translation has come.
translate-progress-heading = Progress
# $done parts of $total are translated or approved.
translate-progress = { $total ->
    [one] { $done } of { $total } part translated or approved
   *[other] { $done } of { $total } parts translated or approved
}
# Counts beside the states: parts whose original changed since they were translated, and
# parts with a draft saved on this computer.
translate-count-outdated = Outdated
translate-count-drafts = Drafts on this computer
translate-parts-heading = Parts of the statement
translate-only-needing-work = Only parts that need work
translate-nothing-needs-work = Every part is approved and up to date.
translate-keys-hint = Use the up and down arrow keys to move through the parts, and Enter to open one.
# The kind of a part of the statement. $kind is title, preamble, section, priority or about
# (the closing note).
translate-subject-kind = { $kind ->
    [title] Title
    [preamble] Preamble
    [section] Section
    [priority] Priority
    [about] Closing note
   *[other] Part
}
# Beside a part whose translation has a draft saved on this computer, not yet a version.
translate-has-draft = Draft saved
# What the glossary finds in a translation. $term is a term as written in the translation's
# language, $concept the concept's term in the original's language (such as "safety"),
# $preferred the terms to use instead (several are joined by " / ").
translation-flag-forbidden-prefer = Uses the forbidden term “{ $term }” for { $concept } — prefer “{ $preferred }”
translation-flag-forbidden = Uses the forbidden term “{ $term }” for { $concept }
translation-flag-missing = Missing the preferred term “{ $term }” for { $concept }
## The translation editor: one part of the statement, original and translation side by side

# Above the part's label. $kind is the part's kind (a translate-subject-kind, such as
# "Priority"); $language the target language's name; this is part $position of $total.
translation-editor-kicker = { $kind } · into { $language } · part { $position } of { $total }
# Heading of the original's column. $language is its name.
translation-source-heading = Original · { $language }
# Heading of the translation's column. $language is its name.
translation-target-heading = Translation · { $language }
translation-source-formatted = Show the original as formatted
# Accessible name of what helps with the translation: the glossary and the formatted original.
translation-aids-label = Glossary and formatting of the original
# Read by screen readers on each glossary term in the original.
translation-term-hint = Glossary term. Press Enter to open its entry.
# How to reach the glossary from the keyboard. Keep the key names as they are on keyboards.
translation-keys-hint = Glossary terms are underlined. Tab to them, move between them with the arrow keys, and press Enter to open a term’s entry. Alt+G opens the entry of the next term from anywhere in the editor; Escape comes back.
translation-title-label = Title
translation-body-label = Text
translation-state-label = State of this translation
translation-submit = Save version
translation-submit-hint = Your draft is saved on this computer as you type. Save version (or Ctrl+Enter) signs it as the translation’s new version; it is sent the next time Plenary connects to the forum.
translation-discard = Discard draft
# Beside Save version before anything was typed: the editor holds the current version.
translation-no-draft = No changes: this is the current version.
translation-discard-question = Discard this draft? The editor goes back to the current version.
# Announced once a version is saved.
translation-submitted = Version saved: it is ready to send.
translation-cannot-translate = Your role in this forum does not allow saving translations. You can still draft one here; a translator or organizer can save it.
# Heading of the list of what the glossary finds in the translation; $count is how many.
translation-flags-heading = { $count ->
    [0] Glossary check: nothing to note
    [one] Glossary check: one thing to note
   *[other] Glossary check: { $count } things to note
}
# Why saving a version was refused, beside the field at fault.
invalid-translation-empty = Write the translation before saving a version.
invalid-translation-title = Translate the title too.
invalid-translation-state = Choose how far this translation has come.
# The current version of a translation: its state, who made it and when. $date is a day.
translation-current-heading = Current version
translation-current-none = No version yet: this part has not been translated into this language.
translation-current-by = by
# $date is when the version was made.
translation-current-date = on { $date }
translation-review-note = Reviewer’s note:
# When the original has changed since the translation was made.
translation-outdated-heading = The original changed since this translation was made
translation-outdated-explain = What changed in the original is shown below: added words are underlined, removed words struck through. The editor holds the current translation; update it, then save a new version.
translation-changes-title = In the title
translation-changes-body = In the text
# Reviewer actions on the current version.
translation-review-heading = Review
translation-review-explain = A review applies to the current version shown above, not to a draft.
translation-approve = Approve this version
# Opens the note and the button that send the current version back to its translator.
translation-send-back-open = Send back for review…
translation-send-back = Send back for review
translation-send-back-note = Note for the translator (optional)
# Announced after a review. $decision is approved or needs_review.
translation-reviewed = { $decision ->
    [approved] Version approved.
   *[needs_review] Version sent back for review.
}
# Moving through the parts of the statement.
translation-pager-label = Previous and next parts
translation-previous = Previous part (Alt+Page Up)
translation-next = Next part (Alt+Page Down)
# The glossary beside the original.
glossary-panel-heading = Glossary terms in this part
glossary-panel-empty = No glossary terms in this part.
glossary-panel-back = Back to the text (Escape)
# A link from a concept beside a translation to its place in the glossary, to read or edit it.
glossary-panel-open = Open in the glossary
# A glossary term's status. $status is preferred, admitted or forbidden.
term-status = { $status ->
    [preferred] Preferred
    [admitted] Admitted
    [forbidden] Forbidden
   *[other] { $status }
}
# Before a concept's definition and its usage note, in the glossary beside a translation.
glossary-definition = Definition:
glossary-usage-note = Usage:
# A concept's entry in a language that has none yet.
glossary-no-entry = No entry in this language yet.
# The window's title on the translation pages. $language is the language's name.
window-title-translate = Translate into { $language } – Plenary
# The window's title in the translation editor. $label is the part (such as "1.2 Remove
# Barriers to Collaboration"), $language the language translated into.
window-title-translation = { $label } – { $language } – Plenary

## The glossary of contested terms

glossary-heading = Glossary
glossary-intro = Terms that mean different things in different languages and cultures, such as safety and security. For each concept: the terms to use in every language of the forum (preferred, admitted, or forbidden), what it means, and how to use it.
glossary-filter-label = Find a term
glossary-filter-placeholder = Term, definition or note
# Label of the menu choosing which languages the concepts show.
glossary-languages-label = Languages shown
glossary-languages-all = All languages
# An option of that menu: the original's language and one other. $language is the other's name.
glossary-languages-with = Original and { $language }
# How many concepts are shown. $count is their number, $total how many there are.
glossary-count = { $total ->
    [one] { $count } of one concept
   *[other] { $count } of { $total } concepts
}
glossary-empty = The glossary has no concepts yet.
glossary-none-found = No concept matches. Try another spelling, or fewer letters.
# A concept none of whose entries has a term yet.
glossary-unnamed = New concept
glossary-add = Add a concept
glossary-add-note = What the concept is about and why it is contested (optional)
glossary-add-submit = Add
# Announced once a concept is added; its first entry then opens for editing.
glossary-added = Concept added. Give it its terms in the original’s language.
# Edits a concept's entry in one language. $language is the language's name.
glossary-edit = Edit { $language }
# Adds a concept's entry in a language that has none. $language is the language's name.
glossary-add-entry = Add { $language }
# Heading of the editor of one entry. $language is the language's name.
glossary-editor-heading = Entry in { $language }
glossary-terms-legend = Terms
glossary-term-label = Term
glossary-term-status-label = Status
glossary-term-add = Add a term
glossary-term-remove = Remove
# Accessible name of a term's Remove button. $term is the term.
glossary-term-remove-label = Remove “{ $term }”
glossary-definition-label = Definition
glossary-usage-label = Usage note
glossary-save = Save entry
glossary-cancel = Cancel
glossary-editor-hint = Empty terms are left out. Save (or Ctrl+Enter) signs the entry; it is sent the next time Plenary connects to the forum.
# Announced once an entry is saved.
glossary-saved = Entry saved.
# Why saving an entry was refused, beside the terms.
invalid-glossary-too-many = An entry has at most 50 terms. Remove some, then save again.

## Files for translation and terminology tools

exchange-heading = Exchange files
# $language is the name of the language translated into.
exchange-translations-explain = Work on the translation into { $language } in a translation tool: export it as XLIFF 2.0 or PO, then import the translated file. Whatever differs is saved as new versions; a file with any problem changes nothing.
exchange-glossary-explain = Use the glossary in terminology tools: export it as TBX, or import a TBX file. A file with any problem changes nothing.
exchange-export-xliff = Export XLIFF
exchange-export-po = Export PO
exchange-export-tbx = Export TBX
exchange-import-translations = Import an XLIFF or PO file
exchange-import-glossary = Import a TBX file
# After an export. $path is where the file was saved, such as /home/ana/Downloads/plenary-glossary.tbx.
exchange-saved = Saved to { $path }
# After an import of translations: $written parts got a new version, $unchanged were already
# the same, $skipped were left untranslated in the file.
exchange-imported = Imported: { $written ->
    [one] one new version
   *[other] { $written } new versions
}, { $unchanged } unchanged, { $skipped } left untranslated.
# After an import of a glossary: $written entries were written, $unchanged already the same.
exchange-imported-glossary = Imported: { $written ->
    [one] one entry written
   *[other] { $written } entries written
}, { $unchanged } unchanged.

## Pages that do not exist

not-found-heading = Page not found
not-found-body = There is nothing at this address in Plenary.

## Errors. A command that fails reports a code; error-<code> explains it, and
## error-generic stands in for codes without a message of their own.

error-heading = This page could not be shown
error-generic = Plenary could not load this page. Try again; if it keeps failing, restart Plenary.
error-details = Technical details
error-retry = Try again
error-bad-request = Plenary could not make sense of this address. If you followed a link, go back to the statement and try again.
error-internal = An earlier operation failed midway. Restart Plenary, then try again.
error-ipc = This window could not reach the rest of Plenary. Restart Plenary; if it keeps happening, report the technical details below.
error-not-found = This is not in your copy of the forum. It may have been removed, or it has not been synchronized to this device yet.
error-store = The forum's data on this device could not be read. Close any other copy of Plenary that is running, then try again.
error-io = A file could not be read or written. Check that your disk has free space, then try again.
error-key-file = This device's key cannot be used. Check that only your user account can read Plenary's data folder.
error-statement = The statement could not be read because it is malformed. Ask the organizers for a corrected copy.
error-record = Plenary refused a change it made itself. This is a bug: please report the technical details below.
error-random = Your system could not provide the randomness Plenary needs to protect your data. Restart your computer, then try again.
error-network = Plenary could not reach the forum server. Check your connection; Plenary will keep trying.
error-server = The forum server refused the request.
error-protocol = The forum server's answer could not be understood. It may run another version of Plenary; tell the organizers.
error-import = This file could not be imported, so nothing was changed. What is wrong with it:

## The header's navigation and search

# Accessible name of the header's links.
nav-label = Main
nav-statement = Statement
nav-mine = My contributions
nav-settings = Settings
nav-join = Join a forum
# Translating the statement into the forum's other languages.
nav-translate = Translate
# The glossary of contested terms (such as safety and security) in every language.
nav-glossary = Glossary
search-label = Search the statement, comments and amendments
# Shown in the empty search field; "/" is the key that puts focus there.
search-placeholder = Search (press /)
search-submit = Search
# The window's title on pages such as My contributions. $page is the page's name.
window-title-page = { $page } – Plenary

## Participants and what they disclose

author-you = You
# A participant known only by their pseudonym in this forum, a short code such as K7QM2.
author-pseudonym = Participant { $code }
# $group is a stakeholder group's wire name.
stakeholder-group = { $group ->
    [government] Government
    [academia] Academia
    [industry] Industry
    [civil_society] Civil society
    [international_organization] International organization
   *[other] Other stakeholder
}
# A UN M49 region. $region is its code with "m" before it (so that Fluent reads it as a
# name, not a number), such as m142; $code is the code alone.
region = { $region ->
    [m002] Africa
    [m019] Americas
    [m142] Asia
    [m150] Europe
    [m009] Oceania
   *[other] Region { $code }
}
# The language a contribution is written in. $code is a BCP 47 tag.
language-name = { $code ->
    [ar] Arabic (العربية)
    [zh] Chinese (中文)
    [en] English
    [fr] French (Français)
    [ru] Russian (Русский)
    [es] Spanish (Español)
   *[other] { $code }
}
# Another language's name in a menu: $name in this language, $autonym in its own.
language-name-with-autonym = { $name } ({ $autonym })
# Groups of the language menu of a contribution.
language-group-forum = Languages of this forum
language-group-other = Other languages

## A priority's page: its text, and what participants contribute to it

# Accessible name of the links to the page's parts.
on-this-page-label = On this page
comment-selection-hint = Select a passage of the text to comment on it.
comment-on-selection = Comment on this passage
comment-on-selection-shortcut = or press Ctrl+Alt+M
# Read by screen readers on a marked passage of the text.
passage-hint = Passage with comments. Press Enter to go to them.
comments-heading = Comments
comments-empty = No comments yet. Select a passage, or add a comment on the whole priority.
comment-add = Add a comment
amendments-heading = Amendments
amendments-empty = No amendments proposed yet.
amendment-add = Propose an amendment
positions-heading = Positions
positions-explain = How many participants support this priority, are neutral or oppose it. Only the numbers are shown, never who.
# Accessible name of the counts; $total is how many positions there are.
positions-counts-label = { $total ->
    [one] One position taken
   *[other] { $total } positions taken
}

# $kind is support, concern, question or suggestion.
comment-kind = { $kind ->
    [support] Support
    [concern] Concern
    [question] Question
   *[suggestion] Suggestion
}
comment-edited = edited
comment-earlier-revision = on an earlier revision
anchor-fuzzy = The passage has changed since.
anchor-orphaned = The passage is no longer in the text.
anchor-show-in-text = Show in the text
comment-retract-question = Retract this comment? Others will no longer see it.

# $state is proposed or withdrawn.
amendment-state = { $state ->
    [withdrawn] Withdrawn
   *[proposed] Proposed
}
amendment-changes = Changes to the text
amendment-changes-from-current = Changes from the current text (this amendment was written on an earlier revision)
amendment-changes-from-base = Changes from the text it was written on
amendment-proposed-text = Proposed text
amendment-rationale = Why
amendment-withdraw-question = Withdraw this amendment? It stays visible, marked as withdrawn.
# Read by screen readers around changed words, which are otherwise only coloured.
diff-added-start = [added:
diff-added-end = ]
diff-removed-start = [removed:
diff-removed-end = ]

# $stance is support, neutral or oppose.
stance = { $stance ->
    [support] Support
    [oppose] Oppose
   *[neutral] Neutral
}
position-yours = Your position:
position-change = Change
position-clear = Clear my position
position-clear-question = Clear your position? It will no longer be counted.
position-clear-confirm = Clear
position-heading-new = Your position
position-heading-change = Change your position
position-stance-legend = Your stance on this priority
position-reason-label = Your reason (optional)
position-submit = Set my position

## Actions on a contribution

action-edit = Edit
action-retract = Retract
action-retract-confirm = Retract
action-withdraw = Withdraw
action-withdraw-confirm = Withdraw
action-cancel = Cancel
# $kind is comment, amendment or position.
contribution-kind = { $kind ->
    [comment] Comment
    [amendment] Amendment
   *[position] Position
}
# The status of one of the user's contributions. $status is ready, sent or rejected.
contribution-status = { $status ->
    [ready] Ready to send
    [sent] Sent
    [rejected] Refused by the server
   *[other] { $status }
}
# $state is retracted or withdrawn.
contribution-state = { $state ->
    [withdrawn] Withdrawn
    [retracted] Retracted
   *[other] { $state }
}
contribution-retract = { $kind ->
    [comment] Retract
    [amendment] Withdraw
   *[position] Clear
}
contribution-retract-question = { $kind ->
    [comment] Retract this comment? Others will no longer see it.
    [amendment] Withdraw this amendment?
   *[position] Clear this position? It will no longer be counted.
}
# Announced once a contribution is submitted.
contribution-submitted = { $kind ->
    [comment] Your comment is ready to send.
    [amendment] Your amendment is ready to send.
   *[position] Your position is ready to send.
}
contribution-retracted = { $kind ->
    [comment] Your comment was retracted.
    [amendment] Your amendment was withdrawn.
   *[position] Your position was cleared.
}

# One of the user's contributions that the forum server refused; followed by its reason.
refused-by-server = Refused by the server:
refused-by-server-no-reason = Refused by the server.
refused-hint = Edit it to send a new version, or retract it.

## Editors of comments, amendments and positions

composer-heading-new = New comment
composer-heading-edit = Editing your comment
composer-quote-caption = On this passage
composer-remove-quote = Remove the passage
composer-kind-legend = What kind of comment is this?
composer-body-label = Your comment
composer-language = Language of your text
composer-submit = Submit
composer-discard = Discard draft
composer-discard-edit = Discard changes
composer-submit-hint = Drafts are saved on this computer as you type. Submit (or Ctrl+Enter) signs your text; it is sent the next time Plenary connects to the forum.
markdown-hint = You can use Markdown: **bold**, *italic*, lists with -, links.
preview-label = Preview
preview-empty = Nothing to preview yet.
attribution-legend = Show others
# $choice is pseudonym, group_and_region or name.
attribution-choice = { $choice ->
    [group_and_region] Stakeholder group and region
    [name] Name
   *[pseudonym] Pseudonym only
}
attribution-help = { $choice ->
    [group_and_region] Your stakeholder group and region are shown with your pseudonym, never your name.
    [name] Your name and affiliation are shown, with your stakeholder group and region.
   *[pseudonym] Only your pseudonym for this forum is shown, such as Participant K7QM2.
}
attribution-missing = { $choice ->
    [name] Your settings do not give your name yet, so it cannot be shown.
   *[group_and_region] Your settings do not give your stakeholder group and region yet, so they cannot be shown.
}
attribution-open-settings = Add them in Settings
amendment-heading-new = New amendment
amendment-heading-edit = Editing your amendment
amendment-intro = Rewrite the title and the text as you propose them. The text is prefilled with the current version.
amendment-base-moved = The text has changed since this amendment was started: the preview compares it with the current text.
amendment-title-label = Proposed title
amendment-body-label = Proposed text
amendment-changes-preview = What your amendment changes
amendment-no-changes = No changes yet.
amendment-rationale-label = Why (optional)
amendment-submit = Submit amendment
# $time is when the draft was last stored, such as 14:32.
draft-saved = Saved at { $time }
# A draft saved in an earlier session, reopened.
draft-saved-earlier = Draft saved on this computer
draft-saving = Saving…
draft-not-saved = Not saved yet: nothing typed.
draft-save-failed = Could not save this draft. Your text is still here; Plenary will try again as you type.
draft-discarded = Draft discarded.
draft-discard-question = Discard this draft? Its text will be lost.
draft-discard-confirm = Discard

# Why a submit was refused, shown beside the field at fault.
# $kind is comment or amendment.
invalid-body-empty = { $kind ->
    [amendment] Write the proposed text before submitting.
   *[comment] Write your comment before submitting.
}
invalid-title-empty = Give the amendment a title.
invalid-stance = Choose support, neutral or oppose.
invalid-anchor = The selected passage is no longer in the text. Remove it, or select the passage again.
invalid-comment-kind = Choose what kind of comment this is.
invalid-language = Choose the language your text is written in.

## My contributions

mine-heading = My contributions
mine-intro = Drafts stay on this computer until you submit them. Submitted contributions are signed and wait here until Plenary can send them to the forum.
mine-drafts-heading = Drafts
mine-drafts-empty = No drafts. Drafts appear here as soon as you start writing.
mine-ready-heading = Ready to send
mine-ready-empty = Nothing is waiting to be sent.
mine-sent-heading = Sent
mine-sent-empty = Nothing has been sent yet.
mine-open-draft = Open
mine-continue-edit = Continue editing
mine-draft-edits = Edits a submitted one
# $date is when the draft was last saved.
mine-saved-at = Saved { $date }
mine-refused-heading = Refused by the server
mine-refused-explain = The forum server did not accept these; each says why.

## The status line: how the forum shown stands with its server

# Accessible name of the bar at the foot of the window.
sync-bar-label = Connection to the forum server
# A forum that was imported or is the sample: it never syncs.
sync-local = On this device only
sync-join = Join a forum
sync-syncing = Syncing…
# Progress of a sync: $sent contributions of $total sent so far.
sync-sending = Syncing: sending { $sent } of { $total }
# Progress of a sync: $count items received so far.
sync-receiving = Syncing: receiving… { $count ->
    [one] one item
   *[other] { $count } items
}
sync-up-to-date = Up to date
# $time is when the last sync ended, such as 14:30 (with the day if not today).
sync-up-to-date-at = Up to date · last sync { $time }
sync-offline = Offline
# $time is when Plenary tries again, such as 14:32.
sync-offline-retry = Offline — will try again at { $time }
# Followed by the reason, in the technical words of the app or the server.
sync-error = Could not sync:
sync-announce-error = Could not sync with the forum server.
# After a failure: $time is when Plenary tries again.
sync-next-try = will try again at { $time }
# Contributions submitted and not yet sent.
sync-waiting = { $count ->
    [one] { $count } waiting to be sent
   *[other] { $count } waiting to be sent
}
# Contributions the server refused; a link to My contributions.
sync-refused = { $count ->
    [one] { $count } refused by the server
   *[other] { $count } refused by the server
}
# $amount is an amount of data such as 1.2 MB.
sync-data-used = Data used this month: { $amount }
sync-now = Sync now
sync-unknown = The sync status could not be read.

## Search

search-heading = Search
# $query is what was searched for.
search-heading-for = Results for “{ $query }”
search-prompt = Type words to search the statement, comments and amendments.
search-none = Nothing found. Try other words, or fewer of them.
# Announced after a search. $count is how many results there are.
search-count = { $count ->
    [0] No results for “{ $query }”
    [one] One result for “{ $query }”
   *[other] { $count } results for “{ $query }”
}
search-keys-hint = Use the up and down arrow keys to move through the results, and Enter to open one.
# $kind is priority, comment or amendment.
search-kind = { $kind ->
    [comment] Comment
    [amendment] Amendment
   *[priority] Priority
}

## Settings

settings-heading = Settings
identity-heading = About you
identity-explain = These details stay on this computer. They leave it only inside a contribution whose attribution you set to show them: stakeholder group and region, or your name.
identity-explain-attribution = Unless you choose otherwise for a contribution, others see only your pseudonym, as the Chatham House Rule asks.
identity-name = Name
identity-affiliation = Affiliation
identity-group = Stakeholder group
identity-region = Region
identity-not-given = Not given
identity-save = Save
settings-forums-heading = Forums
settings-forums-explain = To take part in a forum that runs on a server, join it with the address and invite code its organizers gave you.

## Joining a forum on a server

join-heading = Join a forum
join-intro = The organizers of a forum give you its server's address and an invite code. Joining sends them the details below; the forum's statement then arrives with the first sync.
join-forum-legend = The forum
join-server = Server address
join-server-hint = Such as forum.example.org
join-invite = Invite code
join-invite-hint = Each code works a limited number of times.
join-profile-legend = About you, for the organizers only
join-affiliation = Affiliation (optional)
join-contact = How organizers can reach you (optional)
join-contact-hint = An email address or phone number, for example.
join-keep = Also keep my name, affiliation, group and region in Settings, so that I can choose to show them with a contribution.
join-submit = Join
join-joining = Joining… On a slow connection this can take a minute.
join-privacy-heading = Who sees what
join-privacy-sent = Sent to the forum server
join-privacy-sent-body = These details, which only the organizers see; and each contribution you submit, with only the attribution you choose for it.
join-privacy-kept = Stays on this computer
join-privacy-kept-body = Your drafts and your device key.
join-privacy-rule = The Chatham House Rule
join-privacy-rule-body = Others see a pseudonym such as Participant K7QM2, unless you choose otherwise for a contribution.
# Why a join could not be made, beside the field at fault or for the whole form.
join-missing-server = Enter the server's address.
join-missing-invite = Enter the invite code.
join-missing-name = Enter your name, for the organizers.
join-invalid-server = This is not a server address. Enter it as the organizers gave it, such as forum.example.org.
join-invalid-invite = Enter the invite code you were given.
join-invalid-group = Choose a stakeholder group from the list.
# Followed by the server's own reason, in its words.
join-refused = The forum server did not accept this. It said:
join-unreachable = Plenary could not reach this server. Check the address and your connection, then try again.
join-failed = Joining failed. Try again; if it keeps failing, tell the organizers the technical details below.
# Shown once a forum is joined. $server is its server, such as forum.example.org.
join-done = You joined the forum on { $server }. Its statement appears here once the first sync has brought it.
join-not-saved = Your details could not be kept in Settings.
# $title is the forum's title.
join-arrived = The statement of “{ $title }” has arrived.
