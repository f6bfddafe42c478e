# The first-run screens (a new installation's first start, and again from Settings): the
# interface language, what Plenary keeps and what it shares, and how to start. Also the
# privacy explanation Settings shows. Plain words: a delegate reads this once, in a minute.

## The first-run screens

# Above each screen's heading. $step and $count are numbers.
first-run-step = Step { $step } of { $count }
first-run-welcome = Welcome to Plenary
first-run-intro = Plenary is for drafting a shared statement of priorities at international AI-safety forums. You can read and write without a connection; what you submit is sent when Plenary next connects.
first-run-language-legend = Choose the language of the interface
first-run-language-hint = You can change it at any time from the menu at the top of the window.
first-run-continue = Continue
first-run-back = Back
start-heading = How would you like to start?
start-explore = Explore the sample forum
start-explore-hint = A real statement of priorities, to try reading, commenting and proposing amendments. It stays on this computer.
start-join = Join a forum
start-join-hint = With the server address and the invite code the organizers gave you.
start-moving = Moving from another computer?
start-restore = Restore a backup
start-later = You can join a forum later from Settings, and read this again there.

## What stays on this computer and what is shared (first run, and Settings)

privacy-heading = What stays on this computer, and what is shared
privacy-kept-heading = Stays on this computer
privacy-kept-key = Your identity: the secret key that signs your contributions. It leaves this computer only inside a backup you make, locked with your passphrase.
privacy-kept-drafts = Your drafts, until you submit them.
privacy-kept-details = The name, affiliation, stakeholder group and region you enter in Settings, unless you choose to show them with a contribution.
privacy-kept-sample = The sample forum, and everything you write in it.
privacy-kept-folder = All of this is kept in a folder on this computer that only your user account can read.
privacy-sent-heading = Goes to the forum server, once you join a forum
privacy-sent-join = When you join: the invite code, and what you tell the organizers about yourself (name, affiliation, how to reach you, stakeholder group, region). Only the organizers see it.
privacy-sent-contributions = Each contribution you submit (a comment, an amendment, a position, a report, a translation), signed with your key, with only the attribution you chose for it.
privacy-sent-nothing-else = Nothing is sent before you join a forum, and Plenary connects to no other server.
privacy-rule-heading = How the Chatham House Rule is applied
privacy-rule-what = What is said may be used; who said it may not be revealed without their consent.
privacy-rule-pseudonym = Others see each participant as a pseudonym, such as Participant K7QM2, a different one in each forum.
privacy-rule-choice = For each contribution, you choose what others see: your pseudonym only, your stakeholder group and region, or your name and affiliation.
privacy-rule-organizers = The organizers also see what you told them when you joined, and nobody else does.
privacy-rule-exports = Every screen and every export of the statement shows only what each author chose.

## Settings

settings-privacy-heading = Privacy
settings-privacy-explain = What Plenary keeps on this computer, what it sends to a forum's server, and how the Chatham House Rule is applied.
settings-privacy-link = About privacy
settings-welcome-link = Show the welcome screens again
