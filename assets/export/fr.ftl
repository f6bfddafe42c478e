# Les mots d’une déclaration consolidée exportée (Markdown, HTML, DOCX). Voir en.ftl.

exported-on = Déclaration consolidée, exportée de Plenary le { $date }.
phase = { $phase ->
    [drafting] Phase : rédaction
    [commenting] Phase : ouverte aux commentaires
    [consolidating] Phase : consolidation
   *[closed] Phase : close
}
rule-chatham-house = Selon la règle de Chatham House : ce qui a été dit peut être utilisé, mais aucun contributeur n’est nommé, sauf s’il l’a choisi pour cette contribution.
rule-attributed = Les contributeurs sont nommés comme ils l’ont choisi pour chaque contribution.
translation-state = { $state ->
    [machine_draft] Traduction automatique, pas encore relue
    [needs_review] Traduction en attente de relecture
    [translated] Traduit
   *[approved] Traduction approuvée
}
translation-outdated = Cette traduction a été faite à partir d’une version antérieure de l’original.
untranslated = Pas encore traduit ; affiché dans l’original ({ $language }).
contents = Sommaire
revision = Révision { $count }
revision-from = Issue de l’amendement : { $titles }
annex-positions = Annexe : positions par groupe de parties prenantes et par région
annex-positions-note = Nombre de positions prises par les participants sur chaque priorité. Les participants qui n’ont pas indiqué leur groupe ou leur région sont comptés comme « non indiqué » ; personne n’est nommé.
annex-decisions = Annexe : amendements et décisions
annex-comments = Annexe : commentaires par priorité et par type
column-priority = Priorité
column-support = Pour
column-neutral = Neutre
column-oppose = Contre
column-total = Tous les participants
column-group = Groupe de parties prenantes
column-region = Région
group = { $group ->
    [government] Gouvernement
    [academia] Milieu universitaire
    [industry] Industrie
    [civil_society] Société civile
    [international_organization] Organisation internationale
    [other] Autre
   *[undisclosed] Non indiqué
}
region = { $region ->
    [africa] Afrique
    [americas] Amériques
    [asia] Asie
    [europe] Europe
    [oceania] Océanie
   *[undisclosed] Non indiquée
}
comment-kind = { $kind ->
    [support] Soutiens
    [concern] Préoccupations
    [question] Questions
   *[suggestion] Suggestions
}
amendment-state = { $state ->
    [proposed] Ouvert
    [withdrawn] Retiré par son auteur
    [accepted] Accepté
    [merged] Fusionné
   *[rejected] Rejeté
}
decision-reason = Motif : { $reason }
amendments = Amendements
decision-log = Journal des décisions
log-accepted = Accepté : { $titles }
log-merged = Fusionné dans un nouveau texte : { $titles }
log-rejected = Rejeté : { $titles }
log-hidden = { $kind ->
    [comment] Un commentaire a été masqué
    [amendment] Un amendement a été masqué
   *[input] Une contribution a été masquée
}
log-phase = Le forum est passé à une nouvelle phase ({ $phase ->
    [drafting] rédaction
    [commenting] ouverte aux commentaires
    [consolidating] consolidation
   *[closed] close
})
log-by = par l’organisateur { $organizer }
no-decisions = Aucune décision pour l’instant.
no-positions = Aucune position pour l’instant.
no-comments = Aucun commentaire.
anonymous = Un participant
