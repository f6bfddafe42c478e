# Plenary's user interface in French. Source: ../en/plenary.ftl, which has the translator
# notes; every message there has the same id here, with the same variables.
#
# Terms: safety = sûreté, security = sécurité (as in the sample glossary); Chatham House
# Rule = règle de Chatham House; statement = déclaration; amendment = amendement; draft =
# brouillon; stakeholder group = groupe de parties prenantes. The reader is "vous".
# Typography: a no-break space before ":" and a narrow no-break space before ; ? ! and
# inside « ». Language names come capitalized (as in menus), so sentences give them a
# label ("Langue cible : Arabe") rather than a preposition.

## The application

app-name = Plenary
skip-to-content = Aller au contenu
loading = Chargement…

language-autonym = Français
language-select-label = Langue

## The header: the forum's title and where it stands.

forum-status-label = État du forum
forum-phase = { $phase ->
    [drafting] Rédaction
    [commenting] Ouvert aux commentaires
    [consolidating] Consolidation
    [closed] Clos
   *[other] { $phase }
}
forum-attribution = { $attribution ->
    [chatham_house] Règle de Chatham House
   *[attributed] Contributions attribuées
}

## The forums on this device, in the header

forum-switcher = Forums
forum-list-label = Forums sur cet appareil
forum-origin = { $origin ->
    [sample] Forum d’exemple, sur cet appareil uniquement
    [file] Importé d’un fichier, sur cet appareil uniquement
   *[other] Sur cet appareil uniquement
}
forum-current = Affiché
forum-joining = Adhésion en cours… ({ $server })
forum-joining-hint = Il pourra être ouvert dès que sa première synchronisation sera arrivée.
forum-opened = Forum affiché : « { $title } ».

## The statement

statement-heading = Déclaration de priorités
statement-empty = Cette déclaration ne compte encore aucune priorité.
window-title-statement = { $forum } – Plenary

## A priority's own page

breadcrumb-label = Fil d’Ariane
back-to-statement = Déclaration de priorités
go-to-statement = Aller à la déclaration de priorités
section-label = Section { $number }
priority-revision = { $count ->
    [1] Première version, { $date }
   *[other] Révision { $count }, { $date }
}
priority-revision-note = Motif de cette révision :
priority-pager-label = Priorités précédente et suivante
priority-previous = Priorité précédente
priority-next = Priorité suivante
window-title-priority = { $number } { $title } – { $forum }

## Reading the statement in another language

reading-language-label = Lire en
reading-language-original = { $language } (original)
reading-language-changed = Langue de lecture : { $language }.
translation-state = { $state ->
    [untranslated] Non traduit
    [machine_draft] Ébauche automatique
    [needs_review] À réviser
    [translated] Traduit
    [approved] Approuvé
   *[other] { $state }
}
reading-untranslated = Pas encore traduit — original affiché
translation-outdated = Obsolète : l’original a changé
show-original = Afficher l’original
original-heading = Original
original-comment-hint = Les commentaires sont ancrés dans le texte original. Affichez l’original pour commenter un passage.

## Translating the statement: the parts and their state

translate-heading = Traduire
translate-intro = Traduisez la déclaration partie par partie dans les langues du forum. Ouvrez une partie pour la traduire en regard de l’original, avec le glossaire à portée de main.
translate-no-languages = Ce forum ne travaille que dans une seule langue : il n’y a rien à traduire.
translate-language-label = Traduire vers
translate-from = Langue de l’original : { $language }
translate-progress-heading = Avancement
translate-progress = { $done ->
    [one] { $done } partie traduite ou approuvée sur { $total }
   *[other] { $done } parties traduites ou approuvées sur { $total }
}
translate-count-outdated = Obsolètes
translate-count-drafts = Brouillons sur cet ordinateur
translate-parts-heading = Parties de la déclaration
translate-only-needing-work = Seulement les parties à reprendre
translate-nothing-needs-work = Toutes les parties sont approuvées et à jour.
translate-keys-hint = Utilisez les flèches haut et bas pour parcourir les parties, et Entrée pour en ouvrir une.
translate-subject-kind = { $kind ->
    [title] Titre
    [preamble] Préambule
    [section] Section
    [priority] Priorité
    [about] Note finale
   *[other] Partie
}
translate-has-draft = Brouillon enregistré
translation-flag-forbidden-prefer = Emploie le terme proscrit « { $term } » pour { $concept } — préférer « { $preferred } »
translation-flag-forbidden = Emploie le terme proscrit « { $term } » pour { $concept }
translation-flag-missing = Le terme privilégié « { $term } » manque pour { $concept }

## The translation editor: one part of the statement, original and translation side by side

translation-editor-kicker = { $kind } · langue cible : { $language } · partie { $position } sur { $total }
translation-source-heading = Original · { $language }
translation-target-heading = Traduction · { $language }
translation-source-formatted = Afficher l’original mis en forme
translation-aids-label = Glossaire et mise en forme de l’original
translation-term-hint = Terme du glossaire. Appuyez sur Entrée pour ouvrir sa fiche.
translation-keys-hint = Les termes du glossaire sont soulignés. Atteignez-les avec Tab, passez de l’un à l’autre avec les flèches et appuyez sur Entrée pour ouvrir la fiche d’un terme. Alt+G ouvre la fiche du terme suivant depuis n’importe quel endroit de l’éditeur ; Échap permet de revenir.
translation-title-label = Titre
translation-body-label = Texte
translation-state-label = État de cette traduction
translation-submit = Enregistrer la version
translation-submit-hint = Votre brouillon est enregistré sur cet ordinateur au fil de la saisie. « Enregistrer la version » (ou Ctrl+Entrée) le signe comme nouvelle version de la traduction ; il sera envoyé la prochaine fois que Plenary se connectera au forum.
translation-discard = Supprimer le brouillon
translation-no-draft = Aucune modification : c’est la version actuelle.
translation-discard-question = Supprimer ce brouillon ? L’éditeur reviendra à la version actuelle.
translation-submitted = Version enregistrée : elle est prête à être envoyée.
translation-cannot-translate = Votre rôle dans ce forum ne permet pas d’enregistrer des traductions. Vous pouvez tout de même rédiger un brouillon ici ; un traducteur ou un organisateur pourra l’enregistrer.
translation-flags-heading = { $count ->
    [0] Vérification du glossaire : rien à signaler
    [one] Vérification du glossaire : { $count } point à signaler
   *[other] Vérification du glossaire : { $count } points à signaler
}
invalid-translation-empty = Rédigez la traduction avant d’enregistrer une version.
invalid-translation-title = Traduisez aussi le titre.
invalid-translation-state = Indiquez où en est cette traduction.
translation-current-heading = Version actuelle
translation-current-none = Aucune version pour l’instant : cette partie n’a pas encore été traduite dans cette langue.
translation-current-by = par
translation-current-date = le { $date }
translation-review-note = Note du réviseur :
translation-outdated-heading = L’original a changé depuis cette traduction
translation-outdated-explain = Les modifications de l’original figurent ci-dessous : les mots ajoutés sont soulignés, les mots supprimés barrés. L’éditeur contient la traduction actuelle : mettez-la à jour, puis enregistrez une nouvelle version.
translation-changes-title = Dans le titre
translation-changes-body = Dans le texte
translation-review-heading = Révision
translation-review-explain = Une révision porte sur la version actuelle affichée ci-dessus, pas sur un brouillon.
translation-approve = Approuver cette version
translation-send-back-open = Renvoyer pour révision…
translation-send-back = Renvoyer pour révision
translation-send-back-note = Note pour le traducteur (facultatif)
translation-reviewed = { $decision ->
    [approved] Version approuvée.
   *[needs_review] Version renvoyée pour révision.
}
translation-pager-label = Parties précédente et suivante
translation-previous = Partie précédente (Alt+Pg préc)
translation-next = Partie suivante (Alt+Pg suiv)
glossary-panel-heading = Termes du glossaire dans cette partie
glossary-panel-empty = Aucun terme du glossaire dans cette partie.
glossary-panel-back = Retour au texte (Échap)
glossary-panel-open = Ouvrir dans le glossaire
term-status = { $status ->
    [preferred] Privilégié
    [admitted] Admis
    [forbidden] Proscrit
   *[other] { $status }
}
glossary-definition = Définition :
glossary-usage-note = Emploi :
glossary-no-entry = Pas encore de fiche dans cette langue.
window-title-translate = Traduction : { $language } – Plenary
window-title-translation = { $label } – { $language } – Plenary

## The glossary of contested terms

glossary-heading = Glossaire
glossary-intro = Des termes dont le sens varie selon les langues et les cultures, comme sûreté et sécurité. Pour chaque notion : les termes à employer dans chaque langue du forum (privilégiés, admis ou proscrits), leur sens et leur emploi.
glossary-filter-label = Chercher un terme
glossary-filter-placeholder = Terme, définition ou note
glossary-languages-label = Langues affichées
glossary-languages-all = Toutes les langues
glossary-languages-with = Original · { $language }
glossary-count = { $count ->
    [one] { $count } notion sur { $total }
   *[other] { $count } notions sur { $total }
}
glossary-empty = Le glossaire ne contient encore aucune notion.
glossary-none-found = Aucune notion ne correspond. Essayez une autre orthographe, ou moins de lettres.
glossary-unnamed = Nouvelle notion
glossary-add = Ajouter une notion
glossary-add-note = De quoi traite la notion et pourquoi elle est débattue (facultatif)
glossary-add-submit = Ajouter
glossary-added = Notion ajoutée. Donnez-lui ses termes dans la langue de l’original.
glossary-edit = Modifier la fiche ({ $language })
glossary-add-entry = Ajouter une fiche ({ $language })
glossary-editor-heading = Fiche : { $language }
glossary-terms-legend = Termes
glossary-term-label = Terme
glossary-term-status-label = Statut
glossary-term-add = Ajouter un terme
glossary-term-remove = Retirer
glossary-term-remove-label = Retirer « { $term } »
glossary-definition-label = Définition
glossary-usage-label = Note d’emploi
glossary-save = Enregistrer la fiche
glossary-cancel = Annuler
glossary-editor-hint = Les termes vides sont ignorés. « Enregistrer » (ou Ctrl+Entrée) signe la fiche ; elle sera envoyée la prochaine fois que Plenary se connectera au forum.
glossary-saved = Fiche enregistrée.
invalid-glossary-too-many = Une fiche compte au plus 50 termes. Retirez-en quelques-uns, puis enregistrez de nouveau.

## Files for translation and terminology tools

exchange-heading = Fichiers d’échange
exchange-translations-explain = Travaillez sur la traduction (langue cible : { $language }) dans un outil de traduction : exportez-la au format XLIFF 2.0 ou PO, puis importez le fichier traduit. Tout ce qui diffère est enregistré comme nouvelle version ; un fichier qui présente le moindre problème ne modifie rien.
exchange-glossary-explain = Utilisez le glossaire dans des outils de terminologie : exportez-le au format TBX, ou importez un fichier TBX. Un fichier qui présente le moindre problème ne modifie rien.
exchange-export-xliff = Exporter en XLIFF
exchange-export-po = Exporter en PO
exchange-export-tbx = Exporter en TBX
exchange-import-translations = Importer un fichier XLIFF ou PO
exchange-import-glossary = Importer un fichier TBX
exchange-saved = Enregistré dans { $path }
exchange-imported = Importé : { $written ->
    [one] { $written } nouvelle version
   *[other] { $written } nouvelles versions
} ; inchangé : { $unchanged } ; laissé sans traduction : { $skipped }.
exchange-imported-glossary = Importé : { $written ->
    [one] { $written } fiche écrite
   *[other] { $written } fiches écrites
} ; inchangé : { $unchanged }.

## Pages that do not exist

not-found-heading = Page introuvable
not-found-body = Il n’y a rien à cette adresse dans Plenary.

## Errors

error-heading = Impossible d’afficher cette page
error-generic = Plenary n’a pas pu charger cette page. Réessayez ; si le problème persiste, redémarrez Plenary.
error-details = Détails techniques
error-retry = Réessayer
error-bad-request = Plenary ne comprend pas cette adresse. Si vous avez suivi un lien, revenez à la déclaration et réessayez.
error-internal = Une opération précédente a échoué en cours de route. Redémarrez Plenary, puis réessayez.
error-ipc = Cette fenêtre n’a pas pu communiquer avec le reste de Plenary. Redémarrez Plenary ; si le problème se reproduit, signalez les détails techniques ci-dessous.
error-not-found = Cet élément ne figure pas dans votre copie du forum. Il a peut-être été supprimé, ou il n’a pas encore été synchronisé sur cet appareil.
error-store = Les données du forum sur cet appareil sont illisibles. Fermez toute autre instance de Plenary en cours d’exécution, puis réessayez.
error-io = Un fichier n’a pas pu être lu ou écrit. Vérifiez qu’il reste de la place sur votre disque, puis réessayez.
error-key-file = La clé de cet appareil est inutilisable. Vérifiez que seul votre compte d’utilisateur peut lire le dossier de données de Plenary.
error-statement = La déclaration est illisible, car elle est mal formée. Demandez-en une copie corrigée aux organisateurs.
error-record = Plenary a refusé une modification qu’il avait lui-même produite. C’est un bogue : merci de signaler les détails techniques ci-dessous.
error-random = Votre système n’a pas pu fournir l’aléa dont Plenary a besoin pour protéger vos données. Redémarrez votre ordinateur, puis réessayez.
error-network = Plenary n’a pas pu joindre le serveur du forum. Vérifiez votre connexion ; Plenary continuera d’essayer.
error-server = Le serveur du forum a refusé la demande.
error-protocol = La réponse du serveur du forum est incompréhensible. Il utilise peut-être une autre version de Plenary : prévenez les organisateurs.
error-import = Ce fichier n’a pas pu être importé ; rien n’a donc été modifié. Problèmes relevés :

## The header's navigation and search

nav-label = Principal
nav-statement = Déclaration
nav-mine = Mes contributions
nav-settings = Paramètres
nav-join = Rejoindre un forum
nav-translate = Traduire
nav-glossary = Glossaire
search-label = Rechercher dans la déclaration, les commentaires et les amendements
search-placeholder = Rechercher (touche /)
search-submit = Rechercher
window-title-page = { $page } – Plenary

## Participants and what they disclose

author-you = Vous
author-pseudonym = Participant { $code }
stakeholder-group = { $group ->
    [government] Gouvernement
    [academia] Milieu universitaire
    [industry] Secteur privé
    [civil_society] Société civile
    [international_organization] Organisation internationale
   *[other] Autre partie prenante
}
region = { $region ->
    [m002] Afrique
    [m019] Amériques
    [m142] Asie
    [m150] Europe
    [m009] Océanie
   *[other] Région { $code }
}
language-name = { $code ->
    [ar] Arabe (العربية)
    [zh] Chinois (中文)
    [en] Anglais (English)
    [fr] Français
    [ru] Russe (Русский)
    [es] Espagnol (Español)
   *[other] { $code }
}
language-name-with-autonym = { $name } ({ $autonym })
language-group-forum = Langues de ce forum
language-group-other = Autres langues

## A priority's page: its text, and what participants contribute to it

on-this-page-label = Sur cette page
comment-selection-hint = Sélectionnez un passage du texte pour le commenter.
comment-on-selection = Commenter ce passage
comment-on-selection-shortcut = ou appuyez sur Ctrl+Alt+M
passage-hint = Passage commenté. Appuyez sur Entrée pour accéder aux commentaires.
comments-heading = Commentaires
comments-empty = Aucun commentaire pour l’instant. Sélectionnez un passage, ou commentez la priorité dans son ensemble.
comment-add = Ajouter un commentaire
amendments-heading = Amendements
amendments-empty = Aucun amendement proposé pour l’instant.
amendment-add = Proposer un amendement
positions-heading = Positions
positions-explain = Combien de participants soutiennent cette priorité, sont neutres ou s’y opposent. Seuls les nombres sont affichés, jamais les noms.
positions-counts-label = { $total ->
    [one] { $total } position exprimée
   *[other] { $total } positions exprimées
}

comment-kind = { $kind ->
    [support] Soutien
    [concern] Préoccupation
    [question] Question
   *[suggestion] Suggestion
}
comment-edited = modifié
comment-earlier-revision = sur une révision antérieure
anchor-fuzzy = Le passage a changé depuis.
anchor-orphaned = Le passage ne figure plus dans le texte.
anchor-show-in-text = Afficher dans le texte
comment-retract-question = Rétracter ce commentaire ? Les autres participants ne le verront plus.

amendment-state = { $state ->
    [withdrawn] Retiré
   *[proposed] Proposé
}
amendment-changes = Modifications du texte
amendment-changes-from-current = Modifications par rapport au texte actuel (cet amendement a été rédigé sur une révision antérieure)
amendment-changes-from-base = Modifications par rapport au texte sur lequel il a été rédigé
amendment-proposed-text = Texte proposé
amendment-rationale = Justification
amendment-withdraw-question = Retirer cet amendement ? Il restera visible, marqué comme retiré.
diff-added-start = [ajouté :
diff-added-end = ]
diff-removed-start = [supprimé :
diff-removed-end = ]

stance = { $stance ->
    [support] Pour
    [oppose] Contre
   *[neutral] Neutre
}
position-yours = Votre position :
position-change = Modifier
position-clear = Effacer ma position
position-clear-question = Effacer votre position ? Elle ne sera plus comptée.
position-clear-confirm = Effacer
position-heading-new = Votre position
position-heading-change = Modifier votre position
position-stance-legend = Votre position sur cette priorité
position-reason-label = Votre motif (facultatif)
position-submit = Exprimer ma position

## Actions on a contribution

action-edit = Modifier
action-retract = Rétracter
action-retract-confirm = Rétracter
action-withdraw = Retirer
action-withdraw-confirm = Retirer
action-cancel = Annuler
contribution-kind = { $kind ->
    [comment] Commentaire
    [amendment] Amendement
   *[position] Position
}
contribution-status = { $status ->
    [ready] À envoyer
    [sent] Envoyé
    [rejected] Refusé par le serveur
   *[other] { $status }
}
contribution-state = { $state ->
    [withdrawn] Retiré
    [retracted] Rétracté
   *[other] { $state }
}
contribution-retract = { $kind ->
    [comment] Rétracter
    [amendment] Retirer
   *[position] Effacer
}
contribution-retract-question = { $kind ->
    [comment] Rétracter ce commentaire ? Les autres participants ne le verront plus.
    [amendment] Retirer cet amendement ?
   *[position] Effacer cette position ? Elle ne sera plus comptée.
}
contribution-submitted = { $kind ->
    [comment] Votre commentaire est prêt à être envoyé.
    [amendment] Votre amendement est prêt à être envoyé.
   *[position] Votre position est prête à être envoyée.
}
contribution-retracted = { $kind ->
    [comment] Votre commentaire a été rétracté.
    [amendment] Votre amendement a été retiré.
   *[position] Votre position a été effacée.
}

refused-by-server = Refusé par le serveur :
refused-by-server-no-reason = Refusé par le serveur.
refused-hint = Modifiez-la pour envoyer une nouvelle version, ou retirez-la.

## Editors of comments, amendments and positions

composer-heading-new = Nouveau commentaire
composer-heading-edit = Modification de votre commentaire
composer-quote-caption = Sur ce passage
composer-remove-quote = Retirer le passage
composer-kind-legend = De quel type de commentaire s’agit-il ?
composer-body-label = Votre commentaire
composer-language = Langue de votre texte
composer-submit = Soumettre
composer-discard = Supprimer le brouillon
composer-discard-edit = Annuler les modifications
composer-submit-hint = Les brouillons sont enregistrés sur cet ordinateur au fil de la saisie. « Soumettre » (ou Ctrl+Entrée) signe votre texte ; il sera envoyé la prochaine fois que Plenary se connectera au forum.
markdown-hint = Vous pouvez utiliser Markdown : **gras**, *italique*, listes avec -, liens.
preview-label = Aperçu
preview-empty = Rien à prévisualiser pour l’instant.
attribution-legend = Montrer aux autres
attribution-choice = { $choice ->
    [group_and_region] Groupe de parties prenantes et région
    [name] Nom
   *[pseudonym] Pseudonyme seulement
}
attribution-help = { $choice ->
    [group_and_region] Votre groupe de parties prenantes et votre région sont affichés avec votre pseudonyme, jamais votre nom.
    [name] Votre nom et votre affiliation sont affichés, avec votre groupe de parties prenantes et votre région.
   *[pseudonym] Seul votre pseudonyme dans ce forum est affiché, par exemple Participant K7QM2.
}
attribution-missing = { $choice ->
    [name] Vos paramètres n’indiquent pas encore votre nom : il ne peut donc pas être affiché.
   *[group_and_region] Vos paramètres n’indiquent pas encore votre groupe de parties prenantes ni votre région : ils ne peuvent donc pas être affichés.
}
attribution-open-settings = Les ajouter dans les Paramètres
amendment-heading-new = Nouvel amendement
amendment-heading-edit = Modification de votre amendement
amendment-intro = Réécrivez le titre et le texte tels que vous les proposez. Le texte est prérempli avec la version actuelle.
amendment-base-moved = Le texte a changé depuis le début de cet amendement : l’aperçu le compare avec le texte actuel.
amendment-title-label = Titre proposé
amendment-body-label = Texte proposé
amendment-changes-preview = Ce que change votre amendement
amendment-no-changes = Aucune modification pour l’instant.
amendment-rationale-label = Justification (facultatif)
amendment-submit = Soumettre l’amendement
draft-saved = Enregistré à { $time }
draft-saved-earlier = Brouillon enregistré sur cet ordinateur
draft-saving = Enregistrement…
draft-not-saved = Pas encore enregistré : rien n’a été saisi.
draft-save-failed = Impossible d’enregistrer ce brouillon. Votre texte est toujours là ; Plenary réessaiera pendant que vous tapez.
draft-discarded = Brouillon supprimé.
draft-discard-question = Supprimer ce brouillon ? Son texte sera perdu.
draft-discard-confirm = Supprimer

invalid-body-empty = { $kind ->
    [amendment] Rédigez le texte proposé avant de le soumettre.
   *[comment] Rédigez votre commentaire avant de le soumettre.
}
invalid-title-empty = Donnez un titre à l’amendement.
invalid-stance = Choisissez pour, neutre ou contre.
invalid-anchor = Le passage sélectionné ne figure plus dans le texte. Retirez-le, ou sélectionnez de nouveau le passage.
invalid-comment-kind = Choisissez le type de commentaire.
invalid-language = Choisissez la langue dans laquelle votre texte est rédigé.

## My contributions

mine-heading = Mes contributions
mine-intro = Les brouillons restent sur cet ordinateur tant que vous ne les soumettez pas. Les contributions soumises sont signées et attendent ici que Plenary puisse les envoyer au forum.
mine-drafts-heading = Brouillons
mine-drafts-empty = Aucun brouillon. Les brouillons apparaissent ici dès que vous commencez à écrire.
mine-ready-heading = Prêtes à envoyer
mine-ready-empty = Rien n’attend d’être envoyé.
mine-sent-heading = Envoyées
mine-sent-empty = Rien n’a encore été envoyé.
mine-open-draft = Ouvrir
mine-continue-edit = Reprendre la modification
mine-draft-edits = Modifie une contribution soumise
mine-saved-at = Enregistré le { $date }
mine-refused-heading = Refusées par le serveur
mine-refused-explain = Le serveur du forum n’a pas accepté ces contributions ; chacune indique pourquoi.

## The status line: how the forum shown stands with its server

sync-bar-label = Connexion au serveur du forum
sync-local = Sur cet appareil uniquement
sync-join = Rejoindre un forum
sync-syncing = Synchronisation…
sync-sending = Synchronisation : envoi { $sent } sur { $total }
sync-receiving = Synchronisation : réception… { $count ->
    [one] { $count } élément
   *[other] { $count } éléments
}
sync-up-to-date = À jour
sync-up-to-date-at = À jour · dernière synchronisation : { $time }
sync-offline = Hors ligne
sync-offline-retry = Hors ligne — nouvel essai à { $time }
sync-error = Échec de la synchronisation :
sync-announce-error = La synchronisation avec le serveur du forum a échoué.
sync-next-try = nouvel essai à { $time }
sync-waiting = { $count ->
    [one] { $count } en attente d’envoi
   *[other] { $count } en attente d’envoi
}
sync-refused = { $count ->
    [one] { $count } refusée par le serveur
   *[other] { $count } refusées par le serveur
}
sync-data-used = Données utilisées ce mois-ci : { $amount }
sync-now = Synchroniser
sync-unknown = L’état de la synchronisation est illisible.

## Search

search-heading = Recherche
search-heading-for = Résultats pour « { $query } »
search-prompt = Saisissez des mots pour chercher dans la déclaration, les commentaires et les amendements.
search-none = Aucun résultat. Essayez d’autres mots, ou moins de mots.
search-count = { $count ->
    [0] Aucun résultat pour « { $query } »
    [one] { $count } résultat pour « { $query } »
   *[other] { $count } résultats pour « { $query } »
}
search-keys-hint = Utilisez les flèches haut et bas pour parcourir les résultats, et Entrée pour en ouvrir un.
search-kind = { $kind ->
    [comment] Commentaire
    [amendment] Amendement
   *[priority] Priorité
}

## Settings

settings-heading = Paramètres
identity-heading = À propos de vous
identity-explain = Ces informations restent sur cet ordinateur. Elles n’en sortent que dans une contribution dont vous avez choisi de les montrer : groupe de parties prenantes et région, ou votre nom.
identity-explain-attribution = Sauf choix contraire pour une contribution, les autres ne voient que votre pseudonyme, comme le veut la règle de Chatham House.
identity-name = Nom
identity-affiliation = Affiliation
identity-group = Groupe de parties prenantes
identity-region = Région
identity-not-given = Non précisé
identity-save = Enregistrer
settings-forums-heading = Forums
settings-forums-explain = Pour participer à un forum hébergé sur un serveur, rejoignez-le avec l’adresse et le code d’invitation que ses organisateurs vous ont donnés.

## Joining a forum on a server

join-heading = Rejoindre un forum
join-intro = Les organisateurs d’un forum vous donnent l’adresse de son serveur et un code d’invitation. En rejoignant le forum, vous leur transmettez les informations ci-dessous ; la déclaration du forum arrive ensuite avec la première synchronisation.
join-forum-legend = Le forum
join-server = Adresse du serveur
join-server-hint = Par exemple forum.example.org
join-invite = Code d’invitation
join-invite-hint = Chaque code ne fonctionne qu’un nombre limité de fois.
join-profile-legend = À propos de vous, pour les organisateurs uniquement
join-affiliation = Affiliation (facultatif)
join-contact = Comment les organisateurs peuvent vous joindre (facultatif)
join-contact-hint = Une adresse électronique ou un numéro de téléphone, par exemple.
join-keep = Conserver aussi mon nom, mon affiliation, mon groupe et ma région dans les Paramètres, pour pouvoir choisir de les montrer avec une contribution.
join-submit = Rejoindre
join-joining = Adhésion en cours… Sur une connexion lente, cela peut prendre une minute.
join-privacy-heading = Qui voit quoi
join-privacy-sent = Envoyé au serveur du forum
join-privacy-sent-body = Ces informations, que seuls les organisateurs voient ; et chaque contribution que vous soumettez, avec la seule attribution que vous choisissez pour elle.
join-privacy-kept = Reste sur cet ordinateur
join-privacy-kept-body = Vos brouillons et la clé de votre appareil.
join-privacy-rule = La règle de Chatham House
join-privacy-rule-body = Les autres voient un pseudonyme tel que Participant K7QM2, sauf choix contraire de votre part pour une contribution.
join-missing-server = Saisissez l’adresse du serveur.
join-missing-invite = Saisissez le code d’invitation.
join-missing-name = Saisissez votre nom, à l’intention des organisateurs.
join-invalid-server = Ce n’est pas une adresse de serveur. Saisissez-la telle que les organisateurs l’ont donnée, par exemple forum.example.org.
join-invalid-invite = Saisissez le code d’invitation que vous avez reçu.
join-invalid-group = Choisissez un groupe de parties prenantes dans la liste.
join-refused = Le serveur du forum n’a pas accepté la demande. Sa réponse :
join-unreachable = Plenary n’a pas pu joindre ce serveur. Vérifiez l’adresse et votre connexion, puis réessayez.
join-failed = L’adhésion a échoué. Réessayez ; si l’échec se répète, communiquez aux organisateurs les détails techniques ci-dessous.
join-done = Vous avez rejoint le forum sur { $server }. Sa déclaration apparaîtra ici dès que la première synchronisation l’aura apportée.
join-not-saved = Vos informations n’ont pas pu être conservées dans les Paramètres.
join-arrived = La déclaration « { $title } » est arrivée.
