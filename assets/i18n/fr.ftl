# Les messages de maillage en français. Chaque clé est aussi dans en.ftl
# (un test le vérifie). Un nombre entier s'écrit avec les séparateurs de la
# langue ($n : 2 100) ; les taux arrivent formatés ($rate : 28,7 %).

## Tests du catalogue lui-même

test-persons = { $n ->
    [one] { $n } personne
   *[other] { $n } personnes
}
test-greeting = Bonjour { $name }

## Pourquoi une ligne n'a donné aucune inscription

skip-empty-person = personne vide
skip-empty-group = aucun groupe
skip-invalid = nombre de champs différent de l'en-tête
skip-not-validated = commande non validée
skip-bot = compte robot
skip-deactivated = compte désactivé ou supprimé
skip-banned = membre banni
skip-not-an-address = pas une adresse (dans une liste d'adresses)

## Pourquoi un fichier n'a pas été lu

notread-not-a-list = pas une liste de membres (ce type de fichier n'est pas lu)
notread-report-folder = un rapport de maillage, pas une liste de membres
notread-hidden-sheet = une feuille masquée
notread-empty-sheet = une feuille vide

## Ce qui a été lu avec un doute

notice-unsplit-lists = des cases de groupe contiennent « { $separator } » (ligne { $line } : « { $example } ») et ont été lues comme un seul groupe chacune ; si elles énumèrent plusieurs groupes, dites quel caractère les sépare (option --list-separator '{ $separator }')
notice-split-lists = les cases de groupe ont été découpées sur « { $separator } » (listes de groupes)
notice-one-member-groups = la plupart de ses { $groups } groupes (colonne « { $column } ») n'ont qu'un membre : est-ce bien une liste de membres ? Sinon, retirez ce fichier
notice-dates-as-groups = la colonne prise pour les groupes, « { $column } », contient des dates (« { $example } ») : est-ce bien une liste de membres ? Sinon, retirez ce fichier
notice-group-from-folder = le nom de fichier « { $file } » ne dit rien de son groupe ou est partagé avec un autre fichier : son groupe porte le nom de son dossier, « { $group } »
notice-persons-by-name = pas de colonne d'adresse : les personnes sont reconnues à leur nom ({ $columns }) ; deux personnes du même nom comptent pour une, et une personne écrite de deux façons pour deux

## Avertissements dans le terminal

warn-skipped = { $file } : { $n ->
    [one] { $n } ligne ignorée
   *[other] { $n } lignes ignorées
} — { $reasons }{ $lines }
warn-skipped-reason = { $why } : { $n }
warn-lines = { " " }({ $count ->
    [one] ligne
   *[other] lignes
} { $lines }{ $more ->
    [yes] , …
   *[no] {""}
})
warn-not-read = { $file } : non lu : { $why }
warn-notice = { $file } : { $notice }
warn-folds = { $n ->
    [one] 1 adresse Gmail a été repliée
   *[other] { $n } adresses Gmail ont été repliées
} (points et +étiquettes ignorés, comme demandé) ; voir address_folds.csv
warn-duplicates = { $n ->
    [one] 1 nom est porté
   *[other] { $n } noms sont portés
} par des personnes aux adresses différentes ; elles n'ont pas été fusionnées (voir possible_duplicates.csv)
warning = attention : { $text }
note = remarque : { $text }

## Les lignes de fin

done-report = { $out } écrit : { $persons } personnes, { $groups } groupes, taux de multi-appartenance { $rate }
done-generate = { $out } écrit : { $n } inscriptions

## maillage summary

summary-headline = { $rate } des { $persons } personnes appartiennent à 2 groupes ou plus ({ $multi } personnes)
summary-persons = personnes
summary-groups = groupes
summary-memberships = inscriptions
summary-groups-per-person = groupes par personne
summary-on-average = { $mean } en moyenne
summary-overlapping-pairs = paires qui se recoupent
summary-parts = parties séparées
summary-parts-value = { $parts } (la plus grande : { $persons } personnes, { $groups } groupes)
summary-cut-point-persons = personnes charnières
summary-isolated = groupes isolés
summary-hanging = tenus par 1 personne
summary-input = lecture
summary-input-value = { $rows } lignes, { $duplicates } en double, { $skipped } ignorées
list-and-more = , et { $n } autres
list-items = { " " }: { $items }

## maillage inspect

inspect-format = format
inspect-layout = disposition
inspect-encoding = encodage
inspect-delimiter = séparateur
inspect-person = personne
inspect-groups = groupes
inspect-rows = lignes
inspect-memberships = inscriptions
inspect-skipped = ignorées
inspect-with = { $why }
inspect-roles = rôles
inspect-roles-left-out = rôles écartés
inspect-roles-left-out-value = { $n } (sur des groupes sans membre)
inspect-note = remarque
inspect-cleaned = nettoyés
inspect-cleaned-value = { $n ->
    [one] 1 nom contenait
   *[other] { $n } noms contenaient
} des caractères de contrôle (retirés ; une tabulation verticale est devenue une espace)
inspect-first-skipped = premières lignes ignorées : { $lines }
inspect-not-read = non lus
roles-count = { $kind ->
    [owners] { $n ->
        [one] 1 propriétaire
       *[other] { $n } propriétaires
    }
    [managers] { $n ->
        [one] 1 gestionnaire
       *[other] { $n } gestionnaires
    }
    [moderators] { $n ->
        [one] 1 modérateur
       *[other] { $n } modérateurs
    }
    [facilitators] { $n ->
        [one] 1 animateur
       *[other] { $n } animateurs
    }
   *[members] { $n ->
        [one] 1 membre
       *[other] { $n } membres
    }
}

## La ligne d'état

stage-reading = lecture des listes de membres
stage-building = construction du réseau
stage-analysing = calcul des recoupements, des passeurs et des points de coupure
stage-writing = écriture du rapport

## Issue 11: categories and facilitators

notice-unknown-group = ligne { $line } : aucun groupe « { $group } » dans les listes de membres ; la ligne est écartée (vérifiez l'orthographe, ou lancez maillage groups-template pour lister les groupes)
notice-more-unknown-groups = et { $rows ->
    [one] 1 autre ligne nommant un groupe absent
   *[other] { $rows } autres lignes nommant des groupes absents
} des listes de membres
notice-unknown-role = ligne { $line } : rôle inconnu « { $word } » ; la ligne est écartée (utilisez owner, manager, moderator, admin, editor, facilitator, animateur, animatrice, organizer ou member)
notice-more-unknown-roles = et { $rows ->
    [one] 1 autre ligne
   *[other] { $rows } autres lignes
} avec un rôle inconnu
error-descriptions-column = { $file }:1 : { $what ->
    [group] aucune colonne de groupe parmi les colonnes { $columns } ; un fichier de description des groupes en a besoin (group, groupe, liste…)
   *[described] aucune colonne de catégorie, de territoire ou d'animateurs parmi les colonnes { $columns } ; nommez-les catégorie (ou category, type, kind, famille), territoire (ou territory, région, ville, place) ou animateurs (ou animatrices, facilitators, owners)
}
error-roles-column = { $file }:1 : aucune colonne { $what ->
    [person] de personne
    [group] de groupe
   *[role] de rôle
} parmi les colonnes { $columns } ; un fichier de rôles a les colonnes person,group,role
error-two-categories = le groupe « { $group } » a deux catégories : « { $a } » ({ $first }) et « { $b } » ({ $second }) ; gardez-en une
error-facilitators-group = --facilitators-group « { $name } » : aucun groupe de ce nom dans les listes de membres
inspect-described = décrits
inspect-described-value = { $n ->
    [one] 1 groupe
   *[other] { $n } groupes
} ({ $columns })
chart-categories-title = Quelles catégories se rejoignent : personnes en commun
chart-categories-note = Chaque case : les personnes présentes dans les deux catégories (en gras), et le lift : personnes en commun ÷ celles attendues si les personnes se répartissaient au hasard entre les catégories. Orange : moins que le hasard ; violet : plus. Diagonale : les personnes de la catégorie.
chart-categories-shown = Les { $shown } catégories qui ont le plus de personnes sont montrées, sur { $total }.
chart-categories-none = Pas encore de catégories de groupes : donnez un fichier de description des groupes avec --groups-info FICHIER (maillage groups-template ENTRÉES... > groups-info.csv en écrit un à remplir).
chart-categories-legend = lift
chart-categories-diagonal = personnes de la catégorie
chart-facilitators-title = Le réseau des animateurs : qui partage un groupe avec qui
chart-facilitators-note = Chaque point est un animateur ou une animatrice, avec le nom d'un groupe qu'il anime ; un trait relie deux animateurs membres d'un même groupe (plus épais : plus de groupes). Couleur : la catégorie des groupes animés. Anneau orange : isolé (aucun animateur d'un autre groupe ne partage de groupe avec lui).
chart-facilitators-shown = Les { $shown } animateurs qui animent le plus de groupes sont montrés, sur { $total }.
chart-facilitators-none = Pas encore d'animateurs connus : donnez une colonne animateurs dans la description des groupes (--groups-info FICHIER), ou un fichier de rôles (--roles FICHIER : person,group,role) ; les exports qui nomment les propriétaires (Google Groups, Sympa, Slack, Mattermost, Meetup) les donnent aussi.
chart-facilitators-label = { $group } +{ $more }
chart-facilitators-alone = isolé : aucun animateur d'un autre groupe ne partage de groupe avec lui
chart-other-categories = autres catégories
chart-several-categories = groupes de plusieurs catégories
