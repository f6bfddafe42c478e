# The words of an exported consolidated statement (Markdown, HTML, DOCX): its notes, the
# annexes' headings and tables. The statement itself is the forum's text or its translation.
# Every language in this folder has every message (a test checks it).

# Under the title. $date is an ISO date (2026-11-29).
exported-on = Consolidated statement, exported from Plenary on { $date }.
# The forum's phase when exported.
phase = { $phase ->
    [drafting] Phase: drafting
    [commenting] Phase: open for comments
    [consolidating] Phase: consolidation
   *[closed] Phase: closed
}
rule-chatham-house = Under the Chatham House Rule: what was said may be used, but no contributor is named unless they chose to be for that contribution.
rule-attributed = Contributors are named as they chose for each contribution.
# A translated part's state, shown beside it. $state: machine_draft, needs_review, translated, approved.
translation-state = { $state ->
    [machine_draft] Machine translation, not yet reviewed
    [needs_review] Translation awaiting review
    [translated] Translated
   *[approved] Approved translation
}
translation-outdated = This translation was made from an earlier version of the original.
# $language is the original's language tag (en, fr…).
untranslated = Not yet translated; shown in the original ({ $language }).
contents = Contents
# A priority's revision. $count is how many it has had.
revision = Revision { $count }
# After the revision: the amendments it takes up, by title.
revision-from = Adopted from the amendment: { $titles }
annex-positions = Annex: Positions by stakeholder group and region
annex-positions-note = Counts of the positions participants took on each priority. Participants who did not disclose their stakeholder group or region are counted as undisclosed; no one is named.
annex-decisions = Annex: Amendments and decisions
annex-comments = Annex: Comments by priority and kind
column-priority = Priority
column-support = Support
column-neutral = Neutral
column-oppose = Oppose
column-total = All participants
column-group = Stakeholder group
column-region = Region
# Stakeholder groups, as participants disclose them.
group = { $group ->
    [government] Government
    [academia] Academia
    [industry] Industry
    [civil_society] Civil society
    [international_organization] International organization
    [other] Other
   *[undisclosed] Undisclosed
}
# UN M49 regions (002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania).
region = { $region ->
    [africa] Africa
    [americas] Americas
    [asia] Asia
    [europe] Europe
    [oceania] Oceania
   *[undisclosed] Undisclosed
}
comment-kind = { $kind ->
    [support] Support
    [concern] Concerns
    [question] Questions
   *[suggestion] Suggestions
}
amendment-state = { $state ->
    [proposed] Open
    [withdrawn] Withdrawn by its author
    [accepted] Accepted
    [merged] Merged
   *[rejected] Rejected
}
# Why organizers rejected an amendment.
decision-reason = Reason: { $reason }
amendments = Amendments
decision-log = Decision log
# Entries of the decision log. $titles: amendment titles; $organizer: the organizer's pseudonym.
log-accepted = Accepted { $titles }
log-merged = Merged into a new text: { $titles }
log-rejected = Rejected { $titles }
# $kind: what was hidden.
log-hidden = { $kind ->
    [comment] A comment was hidden
    [amendment] An amendment was hidden
   *[input] An input was hidden
}
log-phase = The forum moved to a new phase ({ $phase ->
    [drafting] drafting
    [commenting] open for comments
    [consolidating] consolidation
   *[closed] closed
})
log-by = by organizer { $organizer }
no-decisions = No decisions yet.
no-positions = No positions yet.
no-comments = No comments.
# An author who chose not to be named.
anonymous = A participant
