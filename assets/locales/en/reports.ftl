# Plenary's user interface, English: civil-society input, standardized AI incident reports,
# group accounts and the organizers' list of submissions. Like plenary.ftl, this file is the
# source for every other language: ui/src/tests/i18n.test.ts checks that every id the code
# uses exists here, and that other languages hold only ids this file has.
#
# Terms: an "incident report" follows a standard format (OECD, AI Incident Database, MITRE
# ATLAS); TLP is the Traffic Light Protocol, whose level names (CLEAR, GREEN, AMBER,
# AMBER+STRICT, RED) stay in English in every language, as the protocol asks. "Input" is
# structured input that civil-society groups submit on the statement of priorities.

## The header's navigation

# Civil-society input and incident reports.
nav-reports = Reports
# Organizers only: every report and input that came in, to filter and triage.
nav-submissions = Submissions

## Shared by the forms

# Beside the label of a field that must be filled in.
form-required = (required)
# The first option of a menu before anything is chosen.
form-choose = Choose…
# A form saved without a title yet.
form-untitled = Untitled
# The group a report or input is submitted for: the first option, for none.
form-group-none = Myself only (no group)
form-group-hint = Submitting for a group shows its name where the attribution allows; any member can then update it.
form-group-hint-none = You are not a member of a group.
# Heading of the list of problems at the top of a refused form. $count is how many.
form-problems-heading = { $count ->
    [one] There is one problem to fix before submitting
   *[other] There are { $count } problems to fix before submitting
}
# In that list: a problem with the file as a whole (an import), not with one field.
form-problem-file = The file

## Pickers of several values (countries, sectors)

picker-placeholder = Type to search, ↓ to see all
picker-none = Nothing matches. Try another spelling.
# Accessible name of the list of values picked. $field is the field's name, such as "Countries".
picker-chosen = { $field }: chosen
picker-remove = Remove
# Accessible name of a Remove button. $name is what it removes, such as "Kenya".
picker-remove-item = Remove { $name }
# Announced to screen readers. $name is what was added or removed.
picker-added = { $name } added
picker-removed = { $name } removed

## Reports and input: the page that lists them

reports-heading = Reports and input
reports-intro = Civil-society groups put structured input and standardized reports of AI incidents in front of the forum’s organizers here. Forms are saved on this computer as you type, so you can finish them later; what you submit is sent the next time Plenary connects to the forum.
reports-new-report = New incident report
reports-new-input = New input on the statement
reports-import = Import a report (JSON)
reports-import-hint = A file in Plenary’s published incident report format. It opens as a form for you to check and submit.
# Shown above the problems of a report file that could not be imported.
reports-import-refused = This file could not be imported, so nothing was changed. What is wrong with it:
reports-all-submissions = All submissions, to filter and triage
reports-forms-heading = Not yet submitted
reports-forms-empty = No unfinished forms.
reports-forms-unknown = The forms saved on this computer could not be listed.
reports-mine-heading = Submitted by you
reports-mine-empty = You have not submitted anything yet.
reports-others-heading = From other participants
reports-others-explain = Reports marked TLP:CLEAR or TLP:GREEN, and input. Members of a group can endorse them as their group.
reports-others-explain-organizer = As an organizer you see every report, whatever its marking.
reports-others-empty = Nothing from other participants yet.

# Announced once a report is submitted.
report-submitted = Your report is submitted. It is ready to send: Plenary sends it the next time it connects to the forum.
# Announced once input is submitted.
input-submitted = Your input is submitted. It is ready to send: Plenary sends it the next time it connects to the forum.
# Announced once a report file has been read into a form.
report-imported = The report was imported into a new form. Check it, then submit it.

## A report or input in a list

# $kind is report or input.
submission-kind = { $kind ->
    [report] Incident report
   *[input] Input
}
# The status of an input. $status is submitted or withdrawn.
input-status = { $status ->
    [withdrawn] Withdrawn
   *[submitted] Submitted
}
# The priorities an input concerns. $priorities is their numbers, such as "2.1, 1.3".
input-concerns = { $count ->
    [one] On priority { $priorities }
   *[other] On priorities { $priorities }
}
# $group is a group account's name, such as "Digital Rights Kenya".
submitted-for-group = for { $group }
endorsement-count = { $count ->
    [0] No endorsements
    [one] One endorsement
   *[other] { $count } endorsements
}
attachment-count = { $count ->
    [one] One file
   *[other] { $count } files
}
# A button: endorse a submission on behalf of a group. $group is the group's name.
endorse-as = Endorse as { $group }
# Said after endorsing. $group is the group's name.
endorsed = Endorsed as { $group }.
# When a report's event happened. $date is a date as precise as known, such as "May 2024".
report-occurred-on = Occurred { $date }

## The incident report form

report-form-heading-new = New incident report
report-form-heading-update = Update your report
report-form-intro = Describe what happened as precisely as you can. The form is saved on this computer as you type: you can leave and finish it later. Fields marked “required” must be filled in before it can be submitted.
# A report already submitted, opened to send a new version. $status is its status, such as "Interim".
report-form-update-note = This report was submitted as “{ $status }”. Submitting again sends a new version, which replaces it for everyone who can see it.
# Headings of the parts of the form.
report-part-what = What happened
report-part-harm = How serious it was
report-part-who = The AI system and who was involved
report-part-where = Where it happened
report-part-sources = Sources and files
report-part-security = Security, and what was done
report-part-sharing = Who may receive it
report-title-hint = A short title, 6 to 500 characters.
report-harm-types-hint = Tick every kind of harm that happened, or could have.
report-countries-hint = The countries where it happened or had effects.
report-sectors-hint = The areas of activity concerned (ISIC sections).
report-sources-hint = At least one source: an article, a report, a first-hand account, data… Say who may see each one.
report-security-hint = Was it an attack on or through the AI system?
report-procedure-hint = MITRE ATLAS technique ids, such as AML.T0051, in the order the attack used them.
report-tlp-hint = Traffic Light Protocol. TLP:RED and TLP:AMBER reports go to the forum’s organizers only: they never reach other participants’ devices.
report-entity-id-hint = Lower-case letters, digits and hyphens, such as acme-labs. Made from the name; type one if the name has no Latin letters.
report-material-url-hint = Leave empty if it is not online.
report-material-date-hint = YYYY, YYYY-MM or YYYY-MM-DD
report-material-remove = Remove this source
report-discard-question = Discard this report? Everything typed in it will be lost.
report-submit = Submit report
report-submit-update = Submit new version
report-submit-hint = Saved on this computer as you type. Submit (or Ctrl+Enter) signs the report; it is sent the next time Plenary connects to the forum.
# Classifications and translations brought by an imported file, which this form does not edit.
report-kept = This report also carries { $classifications } classifications and { $translations } translations from the file it was imported from; they are kept as they are.

# The name of a field of a report, in the list of problems and as a label. $field is its
# name in the report format.
report-field = { $field ->
    [title] Title
    [description] What happened
    [record_kind] What kind of event
    [ai_relation] How the AI system relates to it
    [date_occurred] When it happened
    [severity] Severity
    [harm_types] Kinds of harm
    [supporting_materials] Sources
    [status] Status of the report
    [tlp] Who may receive it (TLP)
    [attribution] How its authors may be named
    [lang] Language of the report
    [countries] Countries
    [ai_system] AI system
    [developers] Developers
    [deployers] Deployers
    [harmed_parties] Harmed parties
    [sectors] Sectors
    [is_security_incident] Security incident
    [procedure] Attack techniques
    [actions_taken] What was done about it
    [classifications] Classifications
    [translations] Translations
    [group] Submitted for
    [attachments] Files
   *[other] { $field }
}
# The name of a part of a row (a source, an entity…). $field is its name in the format.
report-subfield = { $field ->
    [title] Title
    [url] Address (URL)
    [type] What it is
    [date] Published
    [language] Language
    [access] Who may see it
    [name] Name
    [id] Short id
    [version] Version
    [precision] Precision
    [namespace] Taxonomy
    [attributes] Attributes
    [value_json] Value
   *[other] { $field }
}
# One row of a list. $field is the list's name in the format, $row its number from 1.
report-field-row = { $field ->
    [supporting_materials] Source { $row }
    [developers] Developer { $row }
    [deployers] Deployer { $row }
    [harmed_parties] Harmed party { $row }
    [procedure] Technique { $row }
    [countries] Country { $row }
    [sectors] Sector { $row }
    [harm_types] Kind of harm { $row }
    [classifications] Classification { $row }
    [attributes] Attribute { $row }
    [translations] Translation { $row }
   *[other] { $field } { $row }
}
# A button adding a row. $field is the list's name in the format.
report-row-add = { $field ->
    [developers] Add a developer
    [deployers] Add a deployer
    [harmed_parties] Add a harmed party
    [supporting_materials] Add a source
   *[procedure] Add a technique
}
# Accessible name of a row's Remove button. $row is the row's number.
report-row-remove = { $field ->
    [developers] Remove developer { $row }
    [deployers] Remove deployer { $row }
    [harmed_parties] Remove harmed party { $row }
    [supporting_materials] Remove source { $row }
   *[procedure] Remove technique { $row }
}
# Under the lists of entities. $list is developers, deployers or harmed_parties.
report-entities-hint = { $list ->
    [developers] Who built the AI system, if known.
    [deployers] Who put it to use.
   *[harmed_parties] Who was harmed, or could have been: people, groups or organizations.
}

# $kind is incident, hazard or issue.
report-record-kind = { $kind ->
    [incident] Incident
    [hazard] Hazard
    [issue] Issue
   *[other] { $kind }
}
report-record-kind-help = { $kind ->
    [incident] Harm happened.
    [hazard] Harm could plausibly have happened.
   *[issue] A concern short of a hazard.
}
# $relation is direct, contributing, involved or alleged.
report-ai-relation = { $relation ->
    [direct] It caused it
    [contributing] It was one of the causes
    [involved] It was involved, not as a cause
    [alleged] Its role is alleged
   *[other] { $relation }
}
report-ai-relation-help = { $relation ->
    [direct] The AI system’s behaviour caused the event.
    [contributing] The AI system contributed, with other causes.
    [involved] The AI system was part of the event but did not cause it.
   *[alleged] Someone says the AI system played a role; it is not established.
}
report-date-precision-legend = How precisely is the date known?
# $precision is year, month or day.
report-date-precision = { $precision ->
    [year] The year
    [month] The month
   *[day] The day
}
report-date-year = Year
report-date-month = Month
report-date-day = Day
report-date-choose-month = Month…
# The OECD severity scale. $severity is hazard, serious_hazard, incident, serious_incident or disaster.
report-severity = { $severity ->
    [hazard] Hazard
    [serious_hazard] Serious hazard
    [incident] Incident
    [serious_incident] Serious incident
    [disaster] Disaster
   *[other] { $severity }
}
report-severity-help = { $severity ->
    [hazard] Could plausibly have led to harm.
    [serious_hazard] Could plausibly have led to serious harm: death or serious injury, disruption of critical infrastructure, serious violation of rights, or serious damage to property or the environment.
    [incident] Led to harm.
    [serious_incident] Led to serious harm, as above.
   *[disaster] A serious incident that disrupted a community or a society at large.
}
# The OECD kinds of harm. $harm is its name in the format.
report-harm-type = { $harm ->
    [physical] Physical harm or injury
    [psychological] Psychological harm
    [reputational] Harm to reputation
    [economic_property] Economic or property harm
    [environmental] Harm to the environment
    [public_interest] Harm to the public interest (democracy, critical infrastructure, social cohesion)
    [human_rights] Violation of human rights or fundamental freedoms
   *[other] Another kind of harm
}
# What a source is. $kind is its name in the format.
report-material-kind = { $kind ->
    [news] News article
    [report] Report by an organization
    [paper] Research paper
    [social_media] Social media post
    [testimony] First-hand account
    [dataset] Dataset or log
   *[other] Something else
}
# Who may see a source. $access is public or confidential.
report-access = { $access ->
    [public] Anyone
    [confidential] Organizers only
   *[other] { $access }
}
report-access-help = { $access ->
    [public] It is public, or may be made public.
   *[confidential] Only the forum’s organizers may see it. It is never part of an export.
}
# $status is draft, interim, final or withdrawn.
report-status = { $status ->
    [draft] Draft
    [interim] Interim
    [final] Final
    [withdrawn] Withdrawn
   *[other] { $status }
}
report-status-help = { $status ->
    [draft] Facts are still being gathered.
    [interim] Partly confirmed; more will follow.
   *[final] Complete.
}
# A TLP level, as a choice. $level is clear, green, amber, amber_strict or red. Keep the
# level names in English, as the protocol asks.
report-tlp = { $level ->
    [clear] TLP:CLEAR — anyone
    [green] TLP:GREEN — this forum’s participants
    [amber] TLP:AMBER — organizers, and who they need to tell
    [amber_strict] TLP:AMBER+STRICT — organizers only
    [red] TLP:RED — organizers, for themselves alone
   *[other] { $level }
}
# What each TLP level means, in plain words.
report-tlp-help = { $level ->
    [clear] Anyone may see it, and it may be published, for example in the AI Incident Database.
    [green] Everyone taking part in this forum may see it. It is not to be published.
    [amber] Only the forum’s organizers receive it. They may share it within their own organizations with people who need to know.
    [amber_strict] Only the forum’s organizers receive it, and they may share it only within their own organization.
   *[red] Only the forum’s organizers receive it, for themselves alone. It is not shared any further.
}
# A TLP level as a short badge.
report-tlp-short = { $level ->
    [clear] TLP:CLEAR
    [green] TLP:GREEN
    [amber] TLP:AMBER
    [amber_strict] TLP:AMBER+STRICT
    [red] TLP:RED
   *[other] { $level }
}
# How a report's authors may be named. $attribution is chatham_house, consented or public.
report-attribution = { $attribution ->
    [chatham_house] Chatham House Rule
    [consented] As each author agreed
    [public] Publicly
   *[other] { $attribution }
}
report-attribution-help = { $attribution ->
    [chatham_house] No one who filed it, nor their organization, is named.
    [consented] Authors are named only as each of them agreed to be.
   *[public] It may be shown with its authors’ names.
}
# Whether it was a security incident. $answer is yes, no or unknown.
report-security-answer = { $answer ->
    [yes] Yes
    [no] No
   *[unknown] Not known
}
# ISIC Rev. 4 sections. $section is the section's letter.
report-sector = { $section ->
    [A] Agriculture, forestry and fishing
    [B] Mining and quarrying
    [C] Manufacturing
    [D] Electricity, gas, steam and air conditioning supply
    [E] Water supply, sewerage and waste management
    [F] Construction
    [G] Wholesale and retail trade
    [H] Transportation and storage
    [I] Accommodation and food services
    [J] Information and communication
    [K] Financial and insurance activities
    [L] Real estate activities
    [M] Professional, scientific and technical activities
    [N] Administrative and support services
    [O] Public administration and defence
    [P] Education
    [Q] Human health and social work
    [R] Arts, entertainment and recreation
    [S] Other service activities
    [T] Households as employers
    [U] Extraterritorial organizations
   *[other] Section { $section }
}
# An ISIC division, by its two-digit number.
report-sector-division = ISIC division { $division }

## Why a field was refused, beside it (the Rust side's rules, in the reader's words)

report-problem-required = This is required.
report-problem-title-length = The title must be 6 to 500 characters long.
report-problem-too-long = This is too long. Shorten it.
report-problem-date = Give a real date, as precise as you chose: the year, the year and month, or the full date.
report-problem-harm-types = Tick at least one kind of harm.
report-problem-sources = Give at least one source.
report-problem-url = An address must start with https:// or http://.
report-problem-material-date = Write the date as YYYY, YYYY-MM or YYYY-MM-DD.
report-problem-country = Choose a country from the list.
report-problem-ai-system-name = Give the AI system’s name, or leave its version empty too.
report-problem-slug = Use lower-case Latin letters, digits and single hyphens, such as acme-labs.
report-problem-sector = Choose a sector from the list.
report-problem-procedure = Write a MITRE ATLAS technique id, such as AML.T0051 or AML.T0051.000.
report-problem-procedure-security = Attack techniques are only for security incidents. Answer “Yes” above, or remove them.
report-problem-json = This must be JSON.
input-problem-attribution = Choose how you are shown.

## Files attached to a report or input

attachments-heading = Files
attachments-label = Attach files
# $max is the largest size in MB, $count the most files.
attachments-hint = PDF, images (PNG, JPEG, WebP) or text files; each at most { $max } MB, at most { $count } files. Others fetch them only when they open them.
attachments-list-label = Attached files
# A file refused before it is read. $name is its name, $size its size in MB, $max the limit.
attachments-too-large = { $name } is { $size } MB: files can be at most { $max } MB. Make it smaller, or split it, and attach it again.
attachments-wrong-type = { $name } is not a PDF, an image (PNG, JPEG, WebP) or a text file, so it cannot be attached.
attachments-empty = { $name } is empty.
attachments-too-many = { $name } was not attached: at most { $max } files can be attached.
# While files are being stored. $count is how many are left.
attachments-adding = { $count ->
    [one] Attaching one file…
   *[other] Attaching { $count } files…
}
attachments-added = { $name } attached
attachments-removed = { $name } removed
# A file's type. $type is pdf, png, jpeg, webp, text or other.
attachment-type = { $type ->
    [pdf] PDF
    [png] PNG image
    [jpeg] JPEG image
    [webp] WebP image
    [text] Text
   *[other] File
}
attachment-here = On this computer
attachment-not-here = Not yet downloaded
attachment-fetch = Download
attachment-fetch-again = Download the rest
# Progress of a download: $done parts of $total.
attachment-fetching = Downloading: { $done } of { $total } parts…
# A download cut short: $done parts of $total arrived and are kept.
attachment-partial = Partly downloaded ({ $done } of { $total } parts): the forum server did not send the rest. What arrived is kept; try again later.
# Accessible name of a download's progress bar. $name is the file's name.
attachment-progress = Downloading { $name }
attachment-save = Save to Downloads

## One report

report-filed-by = Filed by
report-withdrawn-note = Withdrawn by its authors. It stays here, marked withdrawn.
report-actions-heading = What you can do
report-update = Update this report
report-update-hint = Updating sends a new version (for example from draft to interim, or to final). Withdrawing keeps the report, marked withdrawn.
report-withdraw-question = Withdraw this report? It stays visible, marked as withdrawn.
report-withdrawn-done = The report is withdrawn.
report-export-json = Save as JSON
report-export-oecd = Save the OECD criteria (JSON)
report-export-aiid = Save for the AI Incident Database (JSON)
# Why the AI Incident Database export is not offered. $reason is tlp, withdrawn or source.
report-aiid-unavailable = { $reason ->
    [tlp] The AI Incident Database export is offered only for TLP:CLEAR reports.
    [withdrawn] A withdrawn report is not sent to the AI Incident Database.
   *[source] The AI Incident Database export needs a public source with an address and a publication date.
}
report-export-restricted = This report is for the organizers only: keep any file you save from it to yourself.

## Input on the statement

input-form-heading = New input on the statement
input-form-intro = Structured input for the organizers: what your organization asks of the statement, and on which priorities. Saved on this computer as you type.
# The name of a field of an input. $field is its name.
input-field = { $field ->
    [title] Title
    [body] Your input
    [priorities] The priorities it concerns
    [group] Submitted for
    [language] Language of your text
    [attribution] How you are shown
   *[attachments] Files
}
input-priorities-hint = Tick every priority your input concerns (none if it is about the statement as a whole).
input-submit = Submit input
input-submit-hint = Saved on this computer as you type. Submit (or Ctrl+Enter) signs your input; it is sent the next time Plenary connects to the forum.

## Group accounts

groups-heading = Groups
groups-intro = A group account lets several members of one civil-society organization submit and endorse as the organization. Its name is shown only where a submission’s attribution allows.
groups-manage = Groups
groups-key-heading = This device’s key
groups-key-explain = To be added to a group, give this key to one of its members. It identifies this device; it is not a secret.
groups-key-copy = Copy
groups-key-copied = Copied.
groups-key-selected = The key is selected: press Ctrl+C to copy it.
groups-mine-heading = Your groups
groups-none = You are not a member of any group.
# $count is how many devices are members.
groups-members = { $count ->
    [one] One member device
   *[other] { $count } member devices
}
groups-add-member = Add a member by their device key
groups-add-member-hint = The member finds their device’s key on this page, on their own computer.
groups-add = Add
groups-invalid-key = A device key is 64 characters, digits 0–9 and letters a–f. Copy it again.
groups-invalid-name = Give the group a name.
groups-create-heading = Create a group
groups-name = Organization’s name
groups-create = Create
groups-not-for-role = Group accounts are for civil-society participants and organizers; your role in this forum does not allow creating one. A member of an existing group can add this device.
# Announced. $name is the group's name.
groups-created = Group “{ $name }” created.
groups-member-added = Member added to “{ $name }”.

## My contributions

mine-reports-heading = Reports and input
mine-reports-empty = No reports or input yet.
mine-reports-open = Go to Reports and input

## The organizers' list of submissions

submissions-heading = Submissions
submissions-intro = Every report and input that came in, newest first. Filter them, open a report, and file each under a triage state.
submissions-organizers-only = Only the forum’s organizers see the list of submissions.
submissions-filter-heading = Filter
# The label of a filter. $filter is kind, status, severity, country, priority or triage.
submissions-filter = { $filter ->
    [kind] Kind
    [status] Status
    [severity] Severity
    [country] Country
    [priority] Priority (input)
   *[triage] Triage
}
submissions-filter-all = All
submissions-filter-apply = Show
submissions-filter-clear = Clear the filters
submissions-filter-hint = Status, severity and country apply to reports; priority to input.
# $count is how many submissions are listed; $filtered is yes when a filter is applied.
submissions-count = { $filtered ->
    [yes] { $count ->
        [0] No submission matches the filter.
        [one] One submission matches the filter.
       *[other] { $count } submissions match the filter.
    }
   *[no] { $count ->
        [0] No submissions yet.
        [one] One submission.
       *[other] { $count } submissions.
    }
}

## Triage (organizers only)

triage-heading = Triage
triage-label = Triage
# $state is new, triaged, needs_follow_up or closed.
triage-state = { $state ->
    [new] New
    [triaged] Triaged
    [needs_follow_up] Needs follow-up
    [closed] Closed
   *[other] { $state }
}
triage-note = Note for organizers (optional)
triage-note-hint = Only organizers see triage and its note.
triage-save = Save
# $state is the triage state's name, such as "Triaged".
triage-saved = Filed as { $state }.
