# L’interface de Plenary en français : contributions de la société civile, rapports
# d’incidents d’IA normalisés, comptes de groupe et liste des soumissions des organisateurs.
# Source : ../en/reports.ftl, qui porte les notes pour les traducteurs ; chaque message y a le
# même identifiant ici, avec les mêmes variables.
#
# Termes : incident report = rapport d’incident ; input = contribution écrite (« input » de la
# société civile sur la déclaration) ; organizers = organisateurs ; endorse = appuyer ;
# triage = tri ; TLP (Traffic Light Protocol) : les niveaux CLEAR, GREEN, AMBER, AMBER+STRICT et
# RED restent en anglais, comme le protocole le demande. Secteurs : CITI Rév. 4.

## La navigation de l’en-tête

nav-reports = Rapports
nav-submissions = Soumissions

## Commun aux formulaires

form-required = (obligatoire)
form-choose = Choisir…
form-untitled = Sans titre
form-group-none = Moi seul (aucun groupe)
form-group-hint = Soumettre au nom d’un groupe affiche son nom là où l’attribution le permet ; tout membre peut ensuite le mettre à jour.
form-group-hint-none = Vous n’êtes membre d’aucun groupe.
form-problems-heading = { $count ->
    [one] { $count } problème à corriger avant de soumettre
   *[other] { $count } problèmes à corriger avant de soumettre
}
form-problem-file = Le fichier

## Listes à choix multiples (pays, secteurs)

picker-placeholder = Tapez pour chercher, ↓ pour tout voir
picker-none = Aucun résultat. Essayez une autre orthographe.
picker-chosen = { $field } : choisis
picker-remove = Retirer
picker-remove-item = Retirer { $name }
picker-added = { $name } ajouté
picker-removed = { $name } retiré

## Rapports et contributions : la page qui les liste

reports-heading = Rapports et contributions
reports-intro = Les groupes de la société civile soumettent ici aux organisateurs du forum des contributions structurées et des rapports normalisés d’incidents d’IA. Les formulaires sont enregistrés sur cet ordinateur au fil de la saisie, vous pouvez donc les terminer plus tard ; ce que vous soumettez est envoyé la prochaine fois que Plenary se connecte au forum.
reports-new-report = Nouveau rapport d’incident
reports-new-input = Nouvelle contribution sur la déclaration
reports-import = Importer un rapport (JSON)
reports-import-hint = Un fichier au format publié de rapport d’incident de Plenary. Il s’ouvre comme un formulaire, à vérifier puis soumettre.
reports-import-refused = Ce fichier n’a pas pu être importé ; rien n’a donc été modifié. Problèmes relevés :
reports-all-submissions = Toutes les soumissions, à filtrer et trier
reports-forms-heading = Pas encore soumis
reports-forms-empty = Aucun formulaire en cours.
reports-forms-unknown = Les formulaires enregistrés sur cet ordinateur n’ont pas pu être listés.
reports-mine-heading = Soumis par vous
reports-mine-empty = Vous n’avez encore rien soumis.
reports-others-heading = D’autres participants
reports-others-explain = Les rapports marqués TLP:CLEAR ou TLP:GREEN, et les contributions. Les membres d’un groupe peuvent les appuyer au nom de leur groupe.
reports-others-explain-organizer = En tant qu’organisateur, vous voyez tous les rapports, quel que soit leur marquage.
reports-others-empty = Rien d’autres participants pour l’instant.

report-submitted = Votre rapport est soumis. Il est prêt à être envoyé : Plenary l’enverra la prochaine fois qu’il se connectera au forum.
input-submitted = Votre contribution est soumise. Elle est prête à être envoyée : Plenary l’enverra la prochaine fois qu’il se connectera au forum.
report-imported = Le rapport a été importé dans un nouveau formulaire. Vérifiez-le, puis soumettez-le.

## Un rapport ou une contribution dans une liste

submission-kind = { $kind ->
    [report] Rapport d’incident
   *[input] Contribution
}
input-status = { $status ->
    [withdrawn] Retirée
   *[submitted] Soumise
}
input-concerns = { $count ->
    [one] Sur la priorité { $priorities }
   *[other] Sur les priorités { $priorities }
}
submitted-for-group = pour { $group }
endorsement-count = { $count ->
    [0] Aucun appui
    [one] { $count } appui
   *[other] { $count } appuis
}
attachment-count = { $count ->
    [one] { $count } fichier
   *[other] { $count } fichiers
}
endorse-as = Appuyer au nom de { $group }
endorsed = Appuyé au nom de { $group }.
report-occurred-on = Survenu : { $date }

## Le formulaire de rapport d’incident

report-form-heading-new = Nouveau rapport d’incident
report-form-heading-update = Mettre à jour votre rapport
report-form-intro = Décrivez ce qui s’est passé aussi précisément que possible. Le formulaire est enregistré sur cet ordinateur au fil de la saisie : vous pouvez le quitter et le terminer plus tard. Les champs marqués « obligatoire » doivent être remplis avant de pouvoir soumettre.
report-form-update-note = Ce rapport a été soumis avec le statut « { $status } ». Le soumettre à nouveau envoie une nouvelle version, qui le remplace pour tous ceux qui peuvent le voir.
report-part-what = Ce qui s’est passé
report-part-harm = Gravité
report-part-who = Le système d’IA et les acteurs concernés
report-part-where = Où cela s’est passé
report-part-sources = Sources et fichiers
report-part-security = Sécurité, et mesures prises
report-part-sharing = Qui peut le recevoir
report-title-hint = Un titre court, de 6 à 500 caractères.
report-harm-types-hint = Cochez chaque type de préjudice survenu ou qui aurait pu survenir.
report-countries-hint = Les pays où cela s’est produit ou a eu des effets.
report-sectors-hint = Les domaines d’activité concernés (sections de la CITI).
report-sources-hint = Au moins une source : un article, un rapport, un témoignage direct, des données… Indiquez qui peut voir chacune.
report-security-hint = S’agissait-il d’une attaque contre le système d’IA ou au moyen de celui-ci ?
report-procedure-hint = Identifiants de techniques MITRE ATLAS, tels que AML.T0051, dans l’ordre où l’attaque les a employées.
report-tlp-hint = Traffic Light Protocol. Les rapports TLP:RED et TLP:AMBER ne vont qu’aux organisateurs du forum : ils n’atteignent jamais les appareils des autres participants.
report-entity-id-hint = Lettres minuscules, chiffres et traits d’union, comme acme-labs. Créé à partir du nom ; saisissez-en un si le nom ne comporte pas de lettres latines.
report-material-url-hint = Laissez vide si la source n’est pas en ligne.
report-material-date-hint = AAAA, AAAA-MM ou AAAA-MM-JJ
report-material-remove = Retirer cette source
report-discard-question = Supprimer ce rapport ? Tout ce qui y a été saisi sera perdu.
report-submit = Soumettre le rapport
report-submit-update = Soumettre la nouvelle version
report-submit-hint = Enregistré sur cet ordinateur au fil de la saisie. « Soumettre » (ou Ctrl+Entrée) signe le rapport ; il sera envoyé la prochaine fois que Plenary se connectera au forum.
report-kept = Ce rapport comporte aussi { $classifications } classifications et { $translations } traductions provenant du fichier importé ; elles sont conservées telles quelles.

report-field = { $field ->
    [title] Titre
    [description] Ce qui s’est passé
    [record_kind] Type d’événement
    [ai_relation] Lien avec le système d’IA
    [date_occurred] Date de l’événement
    [severity] Gravité
    [harm_types] Types de préjudice
    [supporting_materials] Sources
    [status] Statut du rapport
    [tlp] Qui peut le recevoir (TLP)
    [attribution] Mention des auteurs
    [lang] Langue du rapport
    [countries] Pays
    [ai_system] Système d’IA
    [developers] Développeurs
    [deployers] Déployeurs
    [harmed_parties] Parties lésées
    [sectors] Secteurs
    [is_security_incident] Incident de sécurité
    [procedure] Techniques d’attaque
    [actions_taken] Mesures prises
    [classifications] Classifications
    [translations] Traductions
    [group] Soumis pour
    [attachments] Fichiers
   *[other] { $field }
}
report-subfield = { $field ->
    [title] Titre
    [url] Adresse (URL)
    [type] Nature
    [date] Publication
    [language] Langue
    [access] Qui peut la voir
    [name] Nom
    [id] Identifiant court
    [version] Version
    [precision] Précision
    [namespace] Taxonomie
    [attributes] Attributs
    [value_json] Valeur
   *[other] { $field }
}
report-field-row = { $field ->
    [supporting_materials] Source { $row }
    [developers] Développeur { $row }
    [deployers] Déployeur { $row }
    [harmed_parties] Partie lésée { $row }
    [procedure] Technique { $row }
    [countries] Pays { $row }
    [sectors] Secteur { $row }
    [harm_types] Type de préjudice { $row }
    [classifications] Classification { $row }
    [attributes] Attribut { $row }
    [translations] Traduction { $row }
   *[other] { $field } { $row }
}
report-row-add = { $field ->
    [developers] Ajouter un développeur
    [deployers] Ajouter un déployeur
    [harmed_parties] Ajouter une partie lésée
    [supporting_materials] Ajouter une source
   *[procedure] Ajouter une technique
}
report-row-remove = { $field ->
    [developers] Retirer le développeur { $row }
    [deployers] Retirer le déployeur { $row }
    [harmed_parties] Retirer la partie lésée { $row }
    [supporting_materials] Retirer la source { $row }
   *[procedure] Retirer la technique { $row }
}
report-entities-hint = { $list ->
    [developers] Qui a conçu le système d’IA, si on le sait.
    [deployers] Qui l’a mis en service.
   *[harmed_parties] Qui a subi un préjudice, ou aurait pu en subir : personnes, groupes ou organisations.
}

report-record-kind = { $kind ->
    [incident] Incident
    [hazard] Danger
    [issue] Problème
   *[other] { $kind }
}
report-record-kind-help = { $kind ->
    [incident] Un préjudice est survenu.
    [hazard] Un préjudice aurait plausiblement pu survenir.
   *[issue] Une préoccupation qui n’atteint pas le niveau d’un danger.
}
report-ai-relation = { $relation ->
    [direct] Il l’a causé
    [contributing] Il en est l’une des causes
    [involved] Il était en jeu, sans en être la cause
    [alleged] Son rôle est allégué
   *[other] { $relation }
}
report-ai-relation-help = { $relation ->
    [direct] Le comportement du système d’IA a causé l’événement.
    [contributing] Le système d’IA y a contribué, avec d’autres causes.
    [involved] Le système d’IA faisait partie de l’événement sans le causer.
   *[alleged] Quelqu’un affirme que le système d’IA a joué un rôle ; ce n’est pas établi.
}
report-date-precision-legend = Avec quelle précision la date est-elle connue ?
report-date-precision = { $precision ->
    [year] L’année
    [month] Le mois
   *[day] Le jour
}
report-date-year = Année
report-date-month = Mois
report-date-day = Jour
report-date-choose-month = Mois…
report-severity = { $severity ->
    [hazard] Danger
    [serious_hazard] Danger grave
    [incident] Incident
    [serious_incident] Incident grave
    [disaster] Catastrophe
   *[other] { $severity }
}
report-severity-help = { $severity ->
    [hazard] Aurait plausiblement pu causer un préjudice.
    [serious_hazard] Aurait plausiblement pu causer un préjudice grave : décès ou blessure grave, perturbation d’infrastructures critiques, atteinte grave aux droits, ou dommage grave aux biens ou à l’environnement.
    [incident] A causé un préjudice.
    [serious_incident] A causé un préjudice grave, comme ci-dessus.
   *[disaster] Un incident grave qui a perturbé une communauté ou une société dans son ensemble.
}
report-harm-type = { $harm ->
    [physical] Préjudice physique ou blessure
    [psychological] Préjudice psychologique
    [reputational] Atteinte à la réputation
    [economic_property] Préjudice économique ou matériel
    [environmental] Atteinte à l’environnement
    [public_interest] Atteinte à l’intérêt public (démocratie, infrastructures critiques, cohésion sociale)
    [human_rights] Violation des droits humains ou des libertés fondamentales
   *[other] Autre type de préjudice
}
report-material-kind = { $kind ->
    [news] Article de presse
    [report] Rapport d’une organisation
    [paper] Article de recherche
    [social_media] Publication sur les réseaux sociaux
    [testimony] Témoignage direct
    [dataset] Données ou journal
   *[other] Autre chose
}
report-access = { $access ->
    [public] Tout le monde
    [confidential] Organisateurs seulement
   *[other] { $access }
}
report-access-help = { $access ->
    [public] Elle est publique, ou peut être rendue publique.
   *[confidential] Seuls les organisateurs du forum peuvent la voir. Elle ne figure jamais dans un export.
}
report-status = { $status ->
    [draft] Brouillon
    [interim] Provisoire
    [final] Définitif
    [withdrawn] Retiré
   *[other] { $status }
}
report-status-help = { $status ->
    [draft] Les faits sont encore en cours de collecte.
    [interim] En partie confirmé ; la suite viendra.
   *[final] Complet.
}
report-tlp = { $level ->
    [clear] TLP:CLEAR — tout le monde
    [green] TLP:GREEN — les participants de ce forum
    [amber] TLP:AMBER — les organisateurs, et qui ils doivent informer
    [amber_strict] TLP:AMBER+STRICT — les organisateurs seulement
    [red] TLP:RED — les organisateurs, pour eux seuls
   *[other] { $level }
}
report-tlp-help = { $level ->
    [clear] Tout le monde peut le voir, et il peut être publié, par exemple dans l’AI Incident Database.
    [green] Toutes les personnes qui participent à ce forum peuvent le voir. Il ne doit pas être publié.
    [amber] Seuls les organisateurs du forum le reçoivent. Ils peuvent le partager au sein de leur organisation avec les personnes qui ont besoin de le savoir.
    [amber_strict] Seuls les organisateurs du forum le reçoivent, et ils ne peuvent le partager qu’au sein de leur propre organisation.
   *[red] Seuls les organisateurs du forum le reçoivent, pour eux seuls. Il n’est pas partagé plus loin.
}
report-tlp-short = { $level ->
    [clear] TLP:CLEAR
    [green] TLP:GREEN
    [amber] TLP:AMBER
    [amber_strict] TLP:AMBER+STRICT
    [red] TLP:RED
   *[other] { $level }
}
report-attribution = { $attribution ->
    [chatham_house] Règle de Chatham House
    [consented] Selon l’accord de chaque auteur
    [public] Publiquement
   *[other] { $attribution }
}
report-attribution-help = { $attribution ->
    [chatham_house] Personne parmi ceux qui l’ont déposé n’est nommé, ni son organisation.
    [consented] Les auteurs ne sont nommés que comme chacun l’a accepté.
   *[public] Il peut être présenté avec le nom de ses auteurs.
}
report-security-answer = { $answer ->
    [yes] Oui
    [no] Non
   *[unknown] Inconnu
}
report-sector = { $section ->
    [A] Agriculture, sylviculture et pêche
    [B] Activités extractives
    [C] Activités de fabrication
    [D] Production et distribution d’électricité, de gaz, de vapeur et climatisation
    [E] Distribution d’eau, assainissement et gestion des déchets
    [F] Construction
    [G] Commerce de gros et de détail
    [H] Transport et entreposage
    [I] Hébergement et restauration
    [J] Information et communication
    [K] Activités financières et d’assurances
    [L] Activités immobilières
    [M] Activités professionnelles, scientifiques et techniques
    [N] Activités de services administratifs et d’appui
    [O] Administration publique et défense
    [P] Enseignement
    [Q] Santé humaine et action sociale
    [R] Arts, spectacles et loisirs
    [S] Autres activités de services
    [T] Ménages en tant qu’employeurs
    [U] Organisations extraterritoriales
   *[other] Section { $section }
}
report-sector-division = Division CITI { $division }

## Pourquoi un champ a été refusé, à côté de ce champ

report-problem-required = Ce champ est obligatoire.
report-problem-title-length = Le titre doit compter de 6 à 500 caractères.
report-problem-too-long = C’est trop long. Raccourcissez-le.
report-problem-date = Donnez une date réelle, aussi précise que vous l’avez choisi : l’année, l’année et le mois, ou la date complète.
report-problem-harm-types = Cochez au moins un type de préjudice.
report-problem-sources = Donnez au moins une source.
report-problem-url = Une adresse doit commencer par https:// ou http://.
report-problem-material-date = Écrivez la date sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ.
report-problem-country = Choisissez un pays dans la liste.
report-problem-ai-system-name = Donnez le nom du système d’IA, ou laissez aussi sa version vide.
report-problem-slug = Utilisez des lettres latines minuscules, des chiffres et des traits d’union simples, comme acme-labs.
report-problem-sector = Choisissez un secteur dans la liste.
report-problem-procedure = Écrivez un identifiant de technique MITRE ATLAS, comme AML.T0051 ou AML.T0051.000.
report-problem-procedure-security = Les techniques d’attaque ne valent que pour les incidents de sécurité. Répondez « Oui » ci-dessus, ou retirez-les.
report-problem-json = Ce doit être du JSON.
input-problem-attribution = Choisissez comment vous apparaissez.

## Fichiers joints à un rapport ou une contribution

attachments-heading = Fichiers
attachments-label = Joindre des fichiers
attachments-hint = PDF, images (PNG, JPEG, WebP) ou fichiers texte ; { $max } Mo au plus chacun, { $count } fichiers au plus. Les autres ne les téléchargent qu’en les ouvrant.
attachments-list-label = Fichiers joints
attachments-too-large = { $name } fait { $size } Mo : un fichier ne peut dépasser { $max } Mo. Réduisez-le ou découpez-le, puis joignez-le à nouveau.
attachments-wrong-type = { $name } n’est ni un PDF, ni une image (PNG, JPEG, WebP), ni un fichier texte : il ne peut pas être joint.
attachments-empty = { $name } est vide.
attachments-too-many = { $name } n’a pas été joint : { $max } fichiers au plus peuvent être joints.
attachments-adding = { $count ->
    [one] Ajout de { $count } fichier…
   *[other] Ajout de { $count } fichiers…
}
attachments-added = { $name } joint
attachments-removed = { $name } retiré
attachment-type = { $type ->
    [pdf] PDF
    [png] Image PNG
    [jpeg] Image JPEG
    [webp] Image WebP
    [text] Texte
   *[other] Fichier
}
attachment-here = Sur cet ordinateur
attachment-not-here = Pas encore téléchargé
attachment-fetch = Télécharger
attachment-fetch-again = Télécharger le reste
attachment-fetching = Téléchargement : { $done } parties sur { $total }…
attachment-partial = Téléchargé en partie ({ $done } parties sur { $total }) : le serveur du forum n’a pas envoyé le reste. Ce qui est arrivé est conservé ; réessayez plus tard.
attachment-progress = Téléchargement de { $name }
attachment-save = Enregistrer dans Téléchargements

## Un rapport

report-filed-by = Déposé par
report-withdrawn-note = Retiré par ses auteurs. Il reste ici, marqué comme retiré.
report-actions-heading = Ce que vous pouvez faire
report-update = Mettre à jour ce rapport
report-update-hint = Mettre à jour envoie une nouvelle version (par exemple de brouillon à provisoire, ou à définitif). Retirer conserve le rapport, marqué comme retiré.
report-withdraw-question = Retirer ce rapport ? Il reste visible, marqué comme retiré.
report-withdrawn-done = Le rapport est retiré.
report-export-json = Enregistrer en JSON
report-export-oecd = Enregistrer les critères de l’OCDE (JSON)
report-export-aiid = Enregistrer pour l’AI Incident Database (JSON)
report-aiid-unavailable = { $reason ->
    [tlp] L’export vers l’AI Incident Database n’est proposé que pour les rapports TLP:CLEAR.
    [withdrawn] Un rapport retiré n’est pas envoyé à l’AI Incident Database.
   *[source] L’export vers l’AI Incident Database exige une source publique avec une adresse et une date de publication.
}
report-export-restricted = Ce rapport est réservé aux organisateurs : gardez pour vous tout fichier que vous en tirez.

## Contribution sur la déclaration

input-form-heading = Nouvelle contribution sur la déclaration
input-form-intro = Une contribution structurée pour les organisateurs : ce que votre organisation demande à la déclaration, et sur quelles priorités. Enregistrée sur cet ordinateur au fil de la saisie.
input-field = { $field ->
    [title] Titre
    [body] Votre contribution
    [priorities] Les priorités concernées
    [group] Soumise pour
    [language] Langue de votre texte
    [attribution] Comment vous apparaissez
   *[attachments] Fichiers
}
input-priorities-hint = Cochez chaque priorité concernée par votre contribution (aucune si elle porte sur la déclaration dans son ensemble).
input-submit = Soumettre la contribution
input-submit-hint = Enregistrée sur cet ordinateur au fil de la saisie. « Soumettre » (ou Ctrl+Entrée) signe votre contribution ; elle sera envoyée la prochaine fois que Plenary se connectera au forum.

## Comptes de groupe

groups-heading = Groupes
groups-intro = Un compte de groupe permet à plusieurs membres d’une même organisation de la société civile de soumettre et d’appuyer au nom de l’organisation. Son nom n’apparaît que là où l’attribution d’une soumission le permet.
groups-manage = Groupes
groups-key-heading = La clé de cet appareil
groups-key-explain = Pour être ajouté à un groupe, donnez cette clé à l’un de ses membres. Elle identifie cet appareil ; ce n’est pas un secret.
groups-key-copy = Copier
groups-key-copied = Copiée.
groups-key-selected = La clé est sélectionnée : appuyez sur Ctrl+C pour la copier.
groups-mine-heading = Vos groupes
groups-none = Vous n’êtes membre d’aucun groupe.
groups-members = { $count ->
    [one] { $count } appareil membre
   *[other] { $count } appareils membres
}
groups-add-member = Ajouter un membre par la clé de son appareil
groups-add-member-hint = Le membre trouve la clé de son appareil sur cette page, sur son propre ordinateur.
groups-add = Ajouter
groups-invalid-key = Une clé d’appareil compte 64 caractères : chiffres 0 à 9 et lettres a à f. Copiez-la à nouveau.
groups-invalid-name = Donnez un nom au groupe.
groups-create-heading = Créer un groupe
groups-name = Nom de l’organisation
groups-create = Créer
groups-not-for-role = Les comptes de groupe sont destinés aux participants de la société civile et aux organisateurs ; votre rôle dans ce forum ne permet pas d’en créer un. Un membre d’un groupe existant peut ajouter cet appareil.
groups-created = Groupe « { $name } » créé.
groups-member-added = Membre ajouté à « { $name } ».

## Mes contributions

mine-reports-heading = Rapports et contributions
mine-reports-empty = Aucun rapport ni contribution pour l’instant.
mine-reports-open = Aller à Rapports et contributions

## La liste des soumissions des organisateurs

submissions-heading = Soumissions
submissions-intro = Tous les rapports et contributions reçus, du plus récent au plus ancien. Filtrez-les, ouvrez un rapport et classez chacun dans un état de tri.
submissions-organizers-only = Seuls les organisateurs du forum voient la liste des soumissions.
submissions-filter-heading = Filtrer
submissions-filter = { $filter ->
    [kind] Type
    [status] Statut
    [severity] Gravité
    [country] Pays
    [priority] Priorité (contributions)
   *[triage] Tri
}
submissions-filter-all = Tous
submissions-filter-apply = Afficher
submissions-filter-clear = Effacer les filtres
submissions-filter-hint = Le statut, la gravité et le pays s’appliquent aux rapports ; la priorité aux contributions.
submissions-count = { $filtered ->
    [yes] { $count ->
        [0] Aucune soumission ne correspond au filtre.
        [one] { $count } soumission correspond au filtre.
       *[other] { $count } soumissions correspondent au filtre.
    }
   *[no] { $count ->
        [0] Aucune soumission pour l’instant.
        [one] { $count } soumission.
       *[other] { $count } soumissions.
    }
}

## Tri (organisateurs seulement)

triage-heading = Tri
triage-label = Tri
triage-state = { $state ->
    [new] Nouveau
    [triaged] Trié
    [needs_follow_up] Suivi nécessaire
    [closed] Clos
   *[other] { $state }
}
triage-note = Note pour les organisateurs (facultatif)
triage-note-hint = Seuls les organisateurs voient le tri et sa note.
triage-save = Enregistrer
triage-saved = Classé : { $state }.
