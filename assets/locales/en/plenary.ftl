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
