# Les sauvegardes, dans les Paramètres. Source : ../en/backup.ftl, qui a les notes pour les
# traducteurs.

## Backups in Settings

backup-heading = Sauvegardes
backup-explain = Une sauvegarde est un fichier unique qui contient tout ce que Plenary garde sur cet ordinateur : votre identité, chaque forum, vos brouillons et vos paramètres, verrouillés par une phrase secrète. Ensemble, le fichier et la phrase secrète permettent à quiconque d’agir en votre nom : gardez-les séparément.
backup-make-heading = Faire une sauvegarde
backup-passphrase = Phrase secrète
backup-passphrase-hint = Au moins { $count } caractères. Sans elle, la sauvegarde ne peut pas être ouverte : personne ne peut la récupérer pour vous.
backup-repeat = Phrase secrète, à nouveau
backup-passphrase-missing = Saisissez une phrase secrète pour la sauvegarde.
backup-passphrase-short = Cette phrase secrète est trop courte : utilisez au moins { $count } caractères.
backup-passphrases-differ = Les deux phrases secrètes diffèrent. Saisissez deux fois la même.
backup-make = Faire une sauvegarde
backup-making = Sauvegarde en cours…
backup-made = Sauvegarde enregistrée :
backup-keep-apart = Copiez ce fichier sur une clé USB ou un autre ordinateur, et gardez la phrase secrète ailleurs.
backup-failed = La sauvegarde n’a pas pu être faite. Les détails techniques :
restore-heading = Restaurer une sauvegarde
restore-explain = Sur un nouvel ordinateur, restaurez votre sauvegarde avant d’y utiliser Plenary. Une restauration ne mélange jamais deux identités : elle rétablit l’identité de la sauvegarde et tout ce qui l’accompagne, ou ne change rien.
restore-file = Fichier de sauvegarde
restore-file-missing = Choisissez le fichier de sauvegarde à restaurer.
restore-passphrase = La phrase secrète de la sauvegarde
restore-passphrase-missing = Saisissez la phrase secrète avec laquelle la sauvegarde a été faite.
restore-submit = Restaurer
restore-working = Vérification et restauration de la sauvegarde…
restore-wrong-passphrase = Cette phrase secrète n’ouvre pas cette sauvegarde. Vérifiez-la et réessayez.
restore-damaged = Ce fichier n’est pas une sauvegarde de Plenary, ou il est endommagé ou incomplet.
restore-too-new = Cette sauvegarde a été faite par une version plus récente de Plenary. Mettez Plenary à jour sur cet ordinateur, puis restaurez-la.
restore-other-identity = Cet ordinateur contient déjà une autre identité, qui a été utilisée (elle a rejoint un forum ou en contient un à elle), et une restauration ne mélange jamais deux identités. Restaurez cette sauvegarde sur un ordinateur où Plenary n’a pas encore été utilisé, ou déplacez d’abord le dossier de données de celui-ci.
restore-failed = La sauvegarde n’a pas pu être restaurée.
restore-nothing-changed = Rien n’a été modifié sur cet ordinateur.
restore-confirm-same = Cet ordinateur contient déjà cette identité. La restauration remplace ce qui s’y trouve par la sauvegarde, et ce qui a changé depuis la sauvegarde est perdu. Une copie de ce qui s’y trouve maintenant est d’abord conservée, parmi les sauvegardes automatiques ci-dessous.
restore-confirm-unused = Cette sauvegarde contient une autre identité que celle que Plenary a créée sur cet ordinateur à son premier démarrage, qui n’a pas encore été utilisée. La restauration la remplace, ainsi que le forum d’exemple, par l’identité de la sauvegarde et tout ce que la sauvegarde contient.
restore-replace = Remplacer par la sauvegarde
restore-cancel = Annuler
restore-done = La sauvegarde du { $date } est restaurée, avec { $count ->
    [one] { $count } forum
   *[other] { $count } forums
}.
restore-undo-kept = Ce qui se trouvait ici auparavant est conservé parmi les sauvegardes automatiques, pour y revenir.
restore-reopen = Ouvrir les forums restaurés
automatic-heading = Sauvegardes automatiques
automatic-explain = Plenary garde chaque jour une copie de tout, pendant les sept derniers jours, pour revenir en arrière après une erreur. Elles restent dans le dossier de Plenary sur cet ordinateur, sans phrase secrète : pour changer d’ordinateur, faites une sauvegarde ci-dessus.
automatic-none = Pas encore de sauvegarde automatique : la première est faite une minute après le démarrage de Plenary.
automatic-unreadable = Les sauvegardes automatiques n’ont pas pu être listées. Les détails techniques :
automatic-kind = { $kind ->
    [before-restore] Avant une restauration
   *[daily] Quotidienne
}
automatic-go-back = Revenir à cette copie
automatic-confirm = Remplacer tout ce qui se trouve ici par la copie du { $time } ? Ce qui s’y trouve maintenant est d’abord conservé comme une autre copie.
