# Interface de Plenary, français : la consolidation de la déclaration par les organisateurs
# (file des amendements ouverts, fusion, modération, phases du forum, vue d'ensemble,
# export de la déclaration consolidée) et le journal public des décisions.
# Source : ../en/consolidation.ftl. Typographie comme dans plenary.ftl : espace insécable avant
# les deux-points, espace fine insécable avant ; ? ! et à l'intérieur des guillemets « ».

## La navigation de l'en-tête

nav-overview = Vue d’ensemble
nav-decisions = Journal des décisions

## Commun

quoted-title = « { $title } »
action-refused = Cela a été refusé.
action-failed = Cela n’a pas fonctionné.

## Les amendements sur la page d'une priorité

amendment-decision = { $state ->
    [accepted] Accepté
    [merged] Fusionné dans le texte
   *[rejected] Rejeté
}
amendment-decision-reason = Motif du rejet par les organisateurs :
amendment-conflict-intro = Modifie le même passage que :
revision-provenance = { $decision ->
    [merged] Fusionné par l’organisateur { $organizer } à partir des amendements { $amendments }.
   *[accepted] Accepté par l’organisateur { $organizer } à partir de l’amendement { $amendments }.
}
revision-provenance-full = { $decision ->
    [merged] Révision { $count } : fusionnée par l’organisateur { $organizer } à partir des amendements { $amendments }.
   *[accepted] Révision { $count } : acceptée par l’organisateur { $organizer } à partir de l’amendement { $amendments }.
}
phase-blocked = { $phase ->
    [drafting] Le forum est encore en rédaction : commentaires, amendements et positions s’ouvriront quand les organisateurs lanceront la phase de commentaires.
    [consolidating] Les organisateurs consolident la déclaration : les nouveaux amendements ne sont plus acceptés.
    [closed] Le forum est clos : plus rien ne peut être envoyé.
   *[other] La phase actuelle du forum ne le permet pas.
}
queue-open = { $count ->
    [0] File des amendements (aucun ouvert)
    [one] File des amendements ({ $count } ouvert)
   *[other] File des amendements ({ $count } ouverts)
}

## Modération

hide-action = Masquer…
hide-reason-label = { $kind ->
    [comment] Pourquoi masquer ce commentaire ?
    [amendment] Pourquoi masquer cet amendement ?
   *[input] Pourquoi masquer cette contribution ?
}
hide-reason-hint = Seul son auteur le verra encore, avec votre motif. Le journal public des décisions indique qu’un élément a été masqué et pourquoi, jamais ce qu’il disait ni qui l’a écrit.
hide-reason-missing = Indiquez pourquoi il est masqué.
hide-confirm = { $kind ->
    [comment] Masquer le commentaire
    [amendment] Masquer l’amendement
   *[input] Masquer la contribution
}
hide-done = { $kind ->
    [comment] Le commentaire est masqué.
    [amendment] L’amendement est masqué.
   *[input] La contribution est masquée.
}
hidden-own = Les organisateurs ont masqué ceci pour tout le monde sauf vous.
hidden-reason = Leur motif :

## La file des amendements ouverts d'une priorité

queue-heading = File des amendements
window-title-queue = File : { $number } { $title } – Plenary
queue-to-priority = Retour à la priorité { $number }
queue-organizers-only = Seuls les organisateurs du forum statuent sur les amendements. Tout le monde peut lire leurs décisions dans le journal des décisions.
queue-intro = Statuez sur chaque amendement ouvert : acceptez-le, rejetez-le avec un motif, ou choisissez-en plusieurs et fusionnez-les en un nouveau texte. Chaque décision est signée et figure dans le journal public des décisions.
queue-current-heading = Texte actuel
queue-open-heading = Amendements ouverts
queue-to-log = Journal des décisions
queue-empty = Aucun amendement n’attend de décision.
queue-select = Inclure dans une fusion
queue-changes = Modifications du texte actuel
queue-changes-moved = Modifications du texte actuel (l’amendement a été rédigé sur une révision antérieure)
queue-accept = Accepter…
queue-reject = Rejeter…
queue-accept-question = Accepter cet amendement ? Son texte devient la révision { $count } de la priorité.
queue-accept-note-label = Note pour le journal des décisions (facultatif)
queue-note-hint = Tous les membres du forum peuvent la lire dans le journal des décisions.
queue-accept-confirm = Accepter
queue-reject-reason-label = Pourquoi est-il rejeté ?
queue-reject-reason-hint = Le motif est public : son auteur et tous les membres du forum le lisent dans le journal des décisions.
queue-reject-reason-missing = Indiquez pourquoi il est rejeté.
queue-reject-confirm = Rejeter
queue-accepted = Accepté. La révision { $count } est désormais le texte actuel.
queue-merged = Fusionné. La révision { $count } est désormais le texte actuel.
queue-rejected = Rejeté. Le motif figure dans le journal des décisions.
queue-merge-hint = { $count ->
    [0] Choisissez au moins deux amendements pour les fusionner en un seul texte.
    [one] Un amendement choisi : choisissez-en au moins un autre pour fusionner.
   *[other] { $count } amendements choisis.
}
queue-merge = Fusionner les amendements choisis…
queue-positions-hint = Les positions portent sur la priorité dans son ensemble. La vue d’ensemble les présente par groupe de parties prenantes et par région.
queue-comments-empty = Aucun commentaire sur cette priorité.

## Fusion d'amendements

merge-heading = { $count ->
    [one] Fusionner { $count } amendement
   *[other] Fusionner { $count } amendements
}
merge-intro = Rédigez le nouveau texte de la priorité à partir des amendements choisis. Il part du texte actuel.
merge-sources = Ce que modifient les amendements choisis
merge-title-label = Titre
merge-title-missing = Donnez un titre à la priorité.
merge-body-label = Texte
merge-body-missing = Rédigez le texte de la priorité.
merge-changes = Ce que le texte fusionné modifie dans le texte actuel
merge-unchanged = Rien n’a encore changé.
merge-note-label = Note pour le journal des décisions (facultatif)
merge-submit = Fusionner…
merge-question = Faire de ce texte la révision { $count } ? Les amendements choisis seront marqués comme fusionnés.
merge-confirm = Fusionner
merge-back = Revenir au texte

## Le journal public des décisions

log-heading = Journal des décisions
log-intro = Toutes les décisions des organisateurs de ce forum, des plus récentes aux plus anciennes : amendements acceptés, fusionnés ou rejetés, contributions masquées et pourquoi, changements de phase. Ce que disait une contribution masquée, et qui l’a écrite, n’est jamais montré.
log-empty = Aucune décision pour l’instant.
log-kind = { $kind ->
    [accepted] Accepté
    [merged] Fusionné
    [rejected] Rejeté
    [hidden] Masqué
    [phase] Phase
   *[other] { $kind }
}
log-amendments = { $kind ->
    [accepted] Amendement { $amendments } accepté.
    [merged] Amendements { $amendments } fusionnés.
   *[rejected] { $count ->
        [one] Amendement { $amendments } rejeté.
       *[other] Amendements { $amendments } rejetés.
    }
}
log-hidden = { $kind ->
    [comment] Un commentaire a été masqué.
    [amendment] Un amendement a été masqué.
    [input] Une contribution de la société civile a été masquée.
   *[other] Une contribution a été masquée.
}
log-phase = { $phase ->
    [drafting] Le forum est revenu à la rédaction.
    [commenting] Le forum s’est ouvert aux commentaires.
    [consolidating] Les organisateurs ont commencé à consolider la déclaration.
    [closed] Le forum a été clos.
   *[other] Le forum est passé à la phase { $phase }.
}
log-other = Décision : { $kind }
log-reason = Motif :
log-organizer = Décidé par l’organisateur { $code }

## La phase du forum (organisateurs)

phase-heading = Phase du forum
phase-now = { $phase ->
    [drafting] Actuellement : rédaction.
    [commenting] Actuellement : ouvert aux commentaires.
    [consolidating] Actuellement : consolidation.
    [closed] Actuellement : clos.
   *[other] Actuellement : { $phase }.
}
phase-legend = Faire passer le forum à
phase-explain = { $phase ->
    [drafting] Les organisateurs préparent le texte. Les participants le lisent, mais ne peuvent pas encore commenter, proposer d’amendements ni prendre position.
    [commenting] Les participants commentent, proposent des amendements et prennent position.
    [consolidating] Les organisateurs statuent sur les amendements. Les participants peuvent encore commenter et prendre position, mais plus proposer d’amendements.
    [closed] La déclaration est définitive. Plus personne ne peut rien envoyer.
   *[other] { $phase }
}
phase-submit = Changer de phase…
phase-question = { $phase ->
    [drafting] Ramener le forum à la rédaction ? Les participants ne pourront plus commenter, proposer d’amendements ni prendre position. Le changement figurera dans le journal des décisions.
    [commenting] Ouvrir le forum aux commentaires ? Les participants pourront commenter, proposer des amendements et prendre position. Le changement figurera dans le journal des décisions.
    [consolidating] Faire passer le forum à la consolidation ? Les participants ne pourront plus proposer d’amendements. Le changement figurera dans le journal des décisions.
   *[closed] Clore le forum ? Plus personne ne pourra rien envoyer. Le changement figurera dans le journal des décisions.
}
phase-confirm = { $phase ->
    [drafting] Revenir à la rédaction
    [commenting] Ouvrir aux commentaires
    [consolidating] Passer à la consolidation
   *[closed] Clore le forum
}
phase-changed = { $phase ->
    [drafting] Le forum est revenu à la rédaction.
    [commenting] Le forum est ouvert aux commentaires.
    [consolidating] Le forum est désormais en consolidation.
    [closed] Le forum est clos.
   *[other] Le forum est désormais en phase { $phase }.
}

## La vue d'ensemble (organisateurs)

overview-heading = Vue d’ensemble
overview-intro = Toutes les priorités d’un coup d’œil : positions, commentaires et amendements ouverts, les plus contestées en premier. Ouvrez la file d’une priorité pour statuer sur ses amendements.
overview-organizers-only = La vue d’ensemble est réservée aux organisateurs du forum. Tout le monde peut lire leurs décisions dans le journal des décisions.
overview-table-heading = Priorités
overview-sort-hint = Appuyez sur l’en-tête d’une colonne pour trier selon elle, puis de nouveau pour inverser l’ordre. « Contestation » pèse surtout l’opposition et les amendements ouverts.
overview-priority = Priorité
overview-amendments = Amendements ouverts
overview-contention = Contestation
overview-column = { $column ->
    [priority] Priorité : trier dans l’ordre de la déclaration
    [support] Pour : trier par positions pour
    [neutral] Neutre : trier par positions neutres
    [oppose] Contre : trier par positions contre
    [comments-support] Soutien : trier par commentaires de soutien
    [comments-concern] Préoccupation : trier par préoccupations
    [comments-question] Question : trier par questions
    [comments-suggestion] Suggestion : trier par suggestions
    [amendments] Amendements ouverts : trier par amendements ouverts
   *[contention] Contestation : trier par degré de contestation
}
overview-breakdown-heading = Positions par groupe de parties prenantes et par région
overview-breakdown-hint = Des nombres seulement, jamais de noms. Les positions dont les auteurs n’ont pas indiqué leur groupe ou leur région sont comptées comme non communiquées.
overview-no-positions = Aucune position prise pour l’instant.
overview-by-group = Par groupe de parties prenantes
overview-by-region = Par région
overview-undisclosed = Non communiqué

## Export de la déclaration consolidée (organisateurs)

export-heading = Exporter la déclaration consolidée
export-intro = Enregistrez la déclaration telle qu’elle est, dans l’une des langues du forum, pour la publier, la partager ou l’imprimer.
export-open = Exporter…
export-dialog-heading = Exporter la déclaration
export-language = Langue
export-format = Format
export-format-name = { $format ->
    [markdown] Markdown
    [html] HTML
    [docx] Document Word (DOCX)
   *[json] JSON
}
export-format-explain = { $format ->
    [markdown] Texte brut avec titres, à modifier ou à suivre en gestion de versions.
    [html] Une page autonome, prête à imprimer, avec ses polices.
    [docx] S’ouvre dans Word, LibreOffice et d’autres traitements de texte.
   *[json] Données structurées pour d’autres outils.
}
export-annexes = Annexes
export-annex = { $annex ->
    [positions] Positions par groupe de parties prenantes et par région (nombres)
    [decisions] Amendements et journal des décisions
   *[comments] Commentaires, par priorité et par type
}
export-redaction = Les noms et affiliations n’apparaissent que là où leurs auteurs ont accepté d’être nommés pour cette contribution, quoi que vous choisissiez ici.
export-submit = Exporter
export-working = Export en cours…
export-close = Fermer
export-saved = Enregistré dans :
