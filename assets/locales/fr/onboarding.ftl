# Les écrans du premier démarrage et l’explication de la confidentialité. Source :
# ../en/onboarding.ftl, qui a les notes pour les traducteurs.

## The first-run screens

first-run-step = Étape { $step } sur { $count }
first-run-welcome = Bienvenue dans Plenary
first-run-intro = Plenary sert à rédiger une déclaration commune de priorités lors de forums internationaux sur la sûreté de l’IA. Vous pouvez lire et écrire sans connexion ; ce que vous soumettez est envoyé à la prochaine connexion de Plenary.
first-run-language-legend = Choisissez la langue de l’interface
first-run-language-hint = Vous pouvez la changer à tout moment dans le menu en haut de la fenêtre.
first-run-continue = Continuer
first-run-back = Retour
start-heading = Comment voulez-vous commencer ?
start-explore = Découvrir le forum d’exemple
start-explore-hint = Une vraie déclaration de priorités, pour essayer de lire, de commenter et de proposer des amendements. Il reste sur cet ordinateur.
start-join = Rejoindre un forum
start-join-hint = Avec l’adresse du serveur et le code d’invitation que les organisateurs vous ont donnés.
start-moving = Vous venez d’un autre ordinateur ?
start-restore = Restaurer une sauvegarde
start-later = Vous pourrez rejoindre un forum plus tard depuis les Paramètres, et y relire ces explications.

## What stays on this computer and what is shared (first run, and Settings)

privacy-heading = Ce qui reste sur cet ordinateur, et ce qui est partagé
privacy-kept-heading = Reste sur cet ordinateur
privacy-kept-key = Votre identité : la clé secrète qui signe vos contributions. Elle ne quitte cet ordinateur que dans une sauvegarde que vous faites, verrouillée par votre phrase secrète.
privacy-kept-drafts = Vos brouillons, jusqu’à ce que vous les soumettiez.
privacy-kept-details = Le nom, l’affiliation, le groupe de parties prenantes et la région que vous indiquez dans les Paramètres, sauf si vous choisissez de les montrer avec une contribution.
privacy-kept-sample = Le forum d’exemple, et tout ce que vous y écrivez.
privacy-kept-folder = Tout cela est conservé dans un dossier de cet ordinateur que seul votre compte d’utilisateur peut lire.
privacy-sent-heading = Va au serveur du forum, une fois que vous rejoignez un forum
privacy-sent-join = Quand vous rejoignez un forum : le code d’invitation, et ce que vous dites de vous aux organisateurs (nom, affiliation, moyen de vous joindre, groupe de parties prenantes, région). Seuls les organisateurs le voient.
privacy-sent-contributions = Chaque contribution que vous soumettez (un commentaire, un amendement, une position, un rapport, une traduction), signée avec votre clé, avec la seule attribution que vous avez choisie pour elle.
privacy-sent-nothing-else = Rien n’est envoyé avant que vous rejoigniez un forum, et Plenary ne se connecte à aucun autre serveur.
privacy-rule-heading = Comment la règle de Chatham House est appliquée
privacy-rule-what = Ce qui est dit peut être utilisé ; qui l’a dit ne peut être révélé sans son consentement.
privacy-rule-pseudonym = Les autres voient chaque participant sous un pseudonyme, tel que Participant K7QM2, différent dans chaque forum.
privacy-rule-choice = Pour chaque contribution, vous choisissez ce que les autres voient : votre pseudonyme seulement, votre groupe de parties prenantes et votre région, ou votre nom et votre affiliation.
privacy-rule-organizers = Les organisateurs voient aussi ce que vous leur avez dit en rejoignant le forum, et personne d’autre.
privacy-rule-exports = Chaque écran et chaque export de la déclaration ne montrent que ce que chaque auteur a choisi.

## Settings

settings-privacy-heading = Confidentialité
settings-privacy-explain = Ce que Plenary garde sur cet ordinateur, ce qu’il envoie au serveur d’un forum, et comment la règle de Chatham House est appliquée.
settings-privacy-link = À propos de la confidentialité
settings-welcome-link = Revoir les écrans d’accueil
