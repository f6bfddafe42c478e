# Plenary's user interface, English: the organizers' consolidation of the statement (the
# queue of open amendments, merging, moderation, the forum's phases, the overview, the export
# of the consolidated statement) and the public decision log. Like plenary.ftl, this file is
# the source for every other language: ui/src/tests/i18n.test.ts checks that every id the
# code uses exists here, and that other languages hold only ids this file has.
#
# Terms: "organizers" run the forum and decide; a "revision" is a version of a priority's
# text; "hide" is moderation (the author's words are kept, only others stop seeing them).

## The header's navigation

# Organizers only: every priority at a glance, the phase and the export.
nav-overview = Overview
# Everyone: the public log of the organizers' decisions.
nav-decisions = Decision log

## Shared

# A title quoted in a sentence, such as a list of amendments.
quoted-title = “{ $title }”
# Before the Rust side's own words, when an action is refused or fails.
action-refused = This was refused.
action-failed = This did not work.

## Amendments on a priority's page

# An amendment organizers decided on. $state is accepted, merged or rejected.
amendment-decision = { $state ->
    [accepted] Accepted
    [merged] Merged into the text
   *[rejected] Rejected
}
amendment-decision-reason = Why the organizers rejected it:
# Before the list of other open amendments that change the same passage.
amendment-conflict-intro = Changes the same passage as:
# The current text says where it came from. $organizer is a pseudonym, $amendments quoted titles.
revision-provenance = { $decision ->
    [merged] Merged by organizer { $organizer } from the amendments { $amendments }.
   *[accepted] Accepted by organizer { $organizer } from the amendment { $amendments }.
}
revision-provenance-full = { $decision ->
    [merged] Revision { $count }: merged by organizer { $organizer } from the amendments { $amendments }.
   *[accepted] Revision { $count }: accepted by organizer { $organizer } from the amendment { $amendments }.
}
# Where a form would be, when the forum's phase does not let participants send it.
phase-blocked = { $phase ->
    [drafting] The forum is still being drafted: comments, amendments and positions open when the organizers start the commenting phase.
    [consolidating] The organizers are consolidating the statement: new amendments are no longer accepted.
    [closed] The forum is closed: nothing more can be sent.
   *[other] The forum’s current phase does not allow this.
}
# Organizers only: the link from a priority's page to its queue. $count open amendments.
queue-open = { $count ->
    [0] Amendment queue (none open)
    [one] Amendment queue (one open)
   *[other] Amendment queue ({ $count } open)
}

## Moderation

hide-action = Hide…
# $kind is comment, amendment or input.
hide-reason-label = { $kind ->
    [comment] Why hide this comment?
    [amendment] Why hide this amendment?
   *[input] Why hide this input?
}
hide-reason-hint = Only its author will still see it, with your reason. The public decision log says that something was hidden and why, never what it said or who wrote it.
hide-reason-missing = Say why it is hidden.
hide-confirm = { $kind ->
    [comment] Hide the comment
    [amendment] Hide the amendment
   *[input] Hide the input
}
hide-done = { $kind ->
    [comment] The comment is hidden.
    [amendment] The amendment is hidden.
   *[input] The input is hidden.
}
# What the author of a hidden contribution reads on it.
hidden-own = The organizers hid this from everyone but you.
hidden-reason = Their reason:

## The queue of a priority's open amendments

queue-heading = Amendment queue
# The window's title on the queue.
window-title-queue = Queue: { $number } { $title } – Plenary
queue-to-priority = Back to priority { $number }
queue-organizers-only = Only the forum’s organizers decide on amendments. Everyone can read their decisions in the decision log.
queue-intro = Decide on each open amendment: accept it, reject it with a reason, or choose several and merge them into a new text. Every decision is signed and appears in the public decision log.
queue-current-heading = Current text
queue-open-heading = Open amendments
queue-to-log = Decision log
queue-empty = No amendments are waiting for a decision.
queue-select = Include in a merge
queue-changes = Changes to the current text
queue-changes-moved = Changes to the current text (it was written on an earlier revision)
queue-accept = Accept…
queue-reject = Reject…
# $count is the number the priority's next revision will have.
queue-accept-question = Accept this amendment? Its text becomes revision { $count } of the priority.
queue-accept-note-label = Note for the decision log (optional)
queue-note-hint = Everyone in the forum can read it in the decision log.
queue-accept-confirm = Accept
queue-reject-reason-label = Why is it rejected?
queue-reject-reason-hint = The reason is public: its author and everyone in the forum read it in the decision log.
queue-reject-reason-missing = Say why it is rejected.
queue-reject-confirm = Reject
# $count is the number of the revision just made.
queue-accepted = Accepted. Revision { $count } is now the current text.
queue-merged = Merged. Revision { $count } is now the current text.
queue-rejected = Rejected. The reason is in the decision log.
# $count is how many amendments are chosen for a merge.
queue-merge-hint = { $count ->
    [0] Choose two or more amendments to merge them into one text.
    [one] One amendment chosen: choose at least one more to merge.
   *[other] { $count } amendments chosen.
}
queue-merge = Merge the chosen amendments…
queue-positions-hint = Positions are taken on the priority as a whole. The overview shows them by stakeholder group and region.
queue-comments-empty = No comments on this priority.

## Merging amendments

# $count is how many amendments are merged.
merge-heading = { $count ->
    [one] Merge one amendment
   *[other] Merge { $count } amendments
}
merge-intro = Write the priority’s new text from the chosen amendments. It starts as the current text.
merge-sources = What the chosen amendments change
merge-title-label = Title
merge-title-missing = Give the priority a title.
merge-body-label = Text
merge-body-missing = Write the priority’s text.
merge-changes = What the merged text changes in the current one
merge-unchanged = Nothing changed yet.
merge-note-label = Note for the decision log (optional)
merge-submit = Merge…
# $count is the number the priority's next revision will have.
merge-question = Make this text revision { $count }? The chosen amendments are marked as merged.
merge-confirm = Merge
merge-back = Back to the text

## The public decision log

log-heading = Decision log
log-intro = Every decision of the organizers in this forum, newest first: amendments accepted, merged or rejected, contributions hidden and why, and changes of phase. What a hidden contribution said, and who wrote it, is never shown.
log-empty = No decisions yet.
# $kind is accepted, merged, rejected, hidden or phase.
log-kind = { $kind ->
    [accepted] Accepted
    [merged] Merged
    [rejected] Rejected
    [hidden] Hidden
    [phase] Phase
   *[other] { $kind }
}
# $amendments are the quoted titles; $count how many.
log-amendments = { $kind ->
    [accepted] Accepted the amendment { $amendments }.
    [merged] Merged the amendments { $amendments }.
   *[rejected] { $count ->
        [one] Rejected the amendment { $amendments }.
       *[other] Rejected the amendments { $amendments }.
    }
}
# Moderation, without what was hidden. $kind is comment, amendment or input.
log-hidden = { $kind ->
    [comment] A comment was hidden.
    [amendment] An amendment was hidden.
    [input] Civil-society input was hidden.
   *[other] A contribution was hidden.
}
log-phase = { $phase ->
    [drafting] The forum went back to drafting.
    [commenting] The forum opened for comments.
    [consolidating] The organizers began consolidating the statement.
    [closed] The forum was closed.
   *[other] The forum moved to the phase { $phase }.
}
log-other = Decision: { $kind }
log-reason = Why:
# $code is the organizer's pseudonym.
log-organizer = Decided by organizer { $code }

## The forum's phase (organizers)

phase-heading = Phase of the forum
phase-now = { $phase ->
    [drafting] Now: drafting.
    [commenting] Now: open for comments.
    [consolidating] Now: consolidating.
    [closed] Now: closed.
   *[other] Now: { $phase }.
}
phase-legend = Move the forum to
phase-explain = { $phase ->
    [drafting] Organizers prepare the text. Participants read it, but cannot comment, propose amendments or take positions yet.
    [commenting] Participants comment, propose amendments and take positions.
    [consolidating] Organizers decide on amendments. Participants can still comment and take positions, but not propose amendments.
    [closed] The statement is final. Nobody can send anything more.
   *[other] { $phase }
}
phase-submit = Change the phase…
phase-question = { $phase ->
    [drafting] Move the forum back to drafting? Participants can then no longer comment, propose amendments or take positions. The change appears in the decision log.
    [commenting] Open the forum for comments? Participants can then comment, propose amendments and take positions. The change appears in the decision log.
    [consolidating] Move the forum to consolidating? Participants can then no longer propose amendments. The change appears in the decision log.
   *[closed] Close the forum? Nobody can then send anything more. The change appears in the decision log.
}
phase-confirm = { $phase ->
    [drafting] Move to drafting
    [commenting] Open for comments
    [consolidating] Move to consolidating
   *[closed] Close the forum
}
phase-changed = { $phase ->
    [drafting] The forum is back in drafting.
    [commenting] The forum is open for comments.
    [consolidating] The forum is now consolidating.
    [closed] The forum is closed.
   *[other] The forum is now in the phase { $phase }.
}

## The overview (organizers)

overview-heading = Overview
overview-intro = Every priority at a glance: positions, comments and open amendments, the most contested first. Open a priority’s queue to decide on its amendments.
overview-organizers-only = The overview is for the forum’s organizers. Everyone can read their decisions in the decision log.
overview-table-heading = Priorities
overview-sort-hint = Press a column’s heading to sort by it, and again to reverse the order. “Contested” weighs opposition and open amendments most.
overview-priority = Priority
overview-amendments = Open amendments
overview-contention = Contested
# The accessible name of a column's sort button.
overview-column = { $column ->
    [priority] Priority: sort in the statement’s order
    [support] Support: sort by positions in support
    [neutral] Neutral: sort by neutral positions
    [oppose] Oppose: sort by positions against
    [comments-support] Support: sort by comments of support
    [comments-concern] Concern: sort by comments of concern
    [comments-question] Question: sort by questions
    [comments-suggestion] Suggestion: sort by suggestions
    [amendments] Open amendments: sort by open amendments
   *[contention] Contested: sort by how contested
}
overview-breakdown-heading = Positions by stakeholder group and region
overview-breakdown-hint = Counts only, never names. Positions whose authors did not disclose their group or region are counted as not disclosed.
overview-no-positions = No positions taken yet.
overview-by-group = By stakeholder group
overview-by-region = By region
overview-undisclosed = Not disclosed

## Export of the consolidated statement (organizers)

export-heading = Export the consolidated statement
export-intro = Save the statement as it stands now, in one of the forum’s languages, to publish, share or print.
export-open = Export…
export-dialog-heading = Export the statement
export-language = Language
export-format = Format
export-format-name = { $format ->
    [markdown] Markdown
    [html] HTML
    [docx] Word document (DOCX)
   *[json] JSON
}
export-format-explain = { $format ->
    [markdown] Plain text with headings, to edit or keep under version control.
    [html] A standalone page, ready to print, with its fonts.
    [docx] Opens in Word, LibreOffice and other word processors.
   *[json] Structured data for other tools.
}
export-annexes = Annexes
export-annex = { $annex ->
    [positions] Positions by stakeholder group and region (counts)
    [decisions] Amendments and the decision log
   *[comments] Comments, by priority and kind
}
export-redaction = Names and affiliations appear only where their authors agreed to be named for that contribution, whatever you choose here.
export-submit = Export
export-working = Exporting…
export-close = Close
export-saved = Saved to:
