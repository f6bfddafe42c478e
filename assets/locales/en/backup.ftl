# Backups, in Settings: making one, restoring one from a file, and going back to one of the
# automatic daily copies. A backup holds this device's identity (its signing key) and
# everything in its store; a restore never mixes two identities.

## Backups in Settings

backup-heading = Backups
backup-explain = A backup is one file that holds everything Plenary keeps on this computer: your identity, every forum, your drafts and your settings, locked with a passphrase. Together, the file and the passphrase let anyone act as you: keep them apart.
backup-make-heading = Make a backup
backup-passphrase = Passphrase
# $count is the fewest characters a passphrase may have.
backup-passphrase-hint = At least { $count } characters. Without it, the backup cannot be opened: nobody can recover it for you.
backup-repeat = Passphrase again
backup-passphrase-missing = Enter a passphrase for the backup.
backup-passphrase-short = This passphrase is too short: use at least { $count } characters.
backup-passphrases-differ = The two passphrases differ. Type the same one twice.
backup-make = Make a backup
backup-making = Making the backup…
# Followed by where the file was saved.
backup-made = Backup saved:
backup-keep-apart = Copy this file to a USB stick or another computer, and keep the passphrase somewhere else.
backup-failed = The backup could not be made. The technical details:
restore-heading = Restore a backup
restore-explain = On a new computer, restore your backup before using Plenary there. A restore never mixes two identities: it brings back the backup's identity and everything with it, or changes nothing.
restore-file = Backup file
restore-file-missing = Choose the backup file to restore.
restore-passphrase = The backup's passphrase
restore-passphrase-missing = Enter the passphrase the backup was made with.
restore-submit = Restore
restore-working = Checking and restoring the backup…
restore-wrong-passphrase = This passphrase does not open this backup. Check it and try again.
restore-damaged = This file is not a Plenary backup, or it is damaged or incomplete.
restore-too-new = This backup was made by a newer version of Plenary. Update Plenary on this computer, then restore it.
restore-other-identity = This computer already holds another identity, which has been used (it joined a forum or holds one of its own), and a restore never mixes two identities. Restore this backup on a computer where Plenary has not been used yet, or move this one's data folder away first.
restore-failed = The backup could not be restored.
restore-nothing-changed = Nothing on this computer was changed.
restore-confirm-same = This computer already holds this identity. Restoring replaces what is here with the backup, losing what changed since it was made. A copy of what is here now is kept first, among the automatic backups below.
restore-confirm-unused = This backup holds another identity than the one Plenary made on this computer when it first started, which has not been used yet. Restoring replaces it, and the sample forum, with the backup's identity and everything in the backup.
restore-replace = Replace with the backup
restore-cancel = Cancel
# $date is when the backup was made; $count how many forums it held.
restore-done = The backup made on { $date } is restored, with { $count ->
    [one] one forum
   *[other] { $count } forums
}.
restore-undo-kept = What was here before is kept among the automatic backups, to go back to.
restore-reopen = Open the restored forums
automatic-heading = Automatic backups
automatic-explain = Plenary keeps a copy of everything each day, for the last seven days, to go back to after a mistake. They stay in Plenary's folder on this computer, without a passphrase: to move to another computer, make a backup above.
automatic-none = No automatic backup yet: the first is made a minute after Plenary starts.
automatic-unreadable = The automatic backups could not be listed. The technical details:
# $kind is daily, or before-restore for what a restore replaced.
automatic-kind = { $kind ->
    [before-restore] Before a restore
   *[daily] Daily
}
automatic-go-back = Go back to this copy
# $time is when the copy was made.
automatic-confirm = Replace everything here with the copy of { $time }? What is here now is kept as another copy first.
