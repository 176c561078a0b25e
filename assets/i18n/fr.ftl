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

## Issue 13: compare and trend

snapshot-reading-before = lecture de l'export le plus ancien, « { $label } »
snapshot-reading-after = lecture de l'export le plus récent, « { $label } »
snapshot-reading = lecture de l'instantané « { $label } »
rename-syntax = --rename { $given } : écrire ANCIEN=NOUVEAU (l'ancien nom du groupe, « = », son nom actuel)
rename-same = --rename { $old }={ $new } : les deux noms sont les mêmes
rename-twice = --rename : « { $old } » est renommé deux fois, en « { $first } » et en « { $second } » ; n'en garder qu'un
rename-cycle = --rename : les renommages tournent en rond ({ $cycle }) ; en retirer un
rename-collision = { $snapshot } : les groupes « { $first } » et « { $second } » s'appelleraient tous deux « { $name } » après --rename ; deux groupes d'un même export ne sont pas fusionnés : retirer le renommage, ou renommer l'un d'eux dans cet export
warn-rename-unused = --rename { $old }={ $new } : aucun export n'a de groupe « { $old } » (vérifier l'orthographe)
cli-labels-count = --labels donne { $given } étiquettes pour { $needed } exports ; donner une étiquette par export, séparées par des virgules
cli-labels-distinct = --labels : chaque export doit avoir sa propre étiquette (« { $label } » est donnée deux fois)
cli-labels-empty = --labels : une étiquette est vide
cli-compare-sides = compare attend deux exports : AVANT APRÈS, ou --before FICHIER... --after FICHIER... (l'un peut être donné par sa position, l'autre par son option)
cli-trend-count = trend attend au moins trois instantanés ({ $n } donnés) ; pour comparer deux exports, utiliser maillage compare
done-compare = { $out } écrit : { $before } → { $after } : { $joined } arrivées, { $left } départs, taux de multi-appartenance { $rate_before } → { $rate_after }
done-trend = { $out } écrit : { $n } instantanés
cmp-title = Ce qui a changé entre { $before } et { $after }
cmp-rate-rose = La multi-appartenance est passée de { $before } à { $after } ({ $points } points) : { $multi_before } des { $persons_before } personnes en { $from }, { $multi_after } des { $persons_after } en { $to }.
cmp-rate-fell = La multi-appartenance est descendue de { $before } à { $after } ({ $points } points) : { $multi_before } des { $persons_before } personnes en { $from }, { $multi_after } des { $persons_after } en { $to }.
cmp-rate-same = La multi-appartenance est restée à { $after } ({ $before } avant) : { $multi_before } des { $persons_before } personnes en { $from }, { $multi_after } des { $persons_after } en { $to }.
cmp-people = { $joined ->
    [one] { $joined } personne est arrivée dans le réseau
   *[other] { $joined } personnes sont arrivées dans le réseau
} et { $left } en sont parties ; { $stayed } sont dans les deux exports, dont { $changed } dans d'autres groupes qu'avant.
cmp-new-connectors = { $n ->
    [one] { $n } personne a rejoint un deuxième groupe : dans un seul groupe avant, dans deux ou plus maintenant.
   *[other] { $n } personnes ont rejoint un deuxième groupe : dans un seul groupe avant, dans deux ou plus maintenant.
}
cmp-joined-connectors = { $n ->
    [one] { $n } nouvelle personne est déjà dans deux groupes ou plus.
   *[other] { $n } nouvelles personnes sont déjà dans deux groupes ou plus.
}
cmp-connectors-lost = Des personnes qui étaient dans plusieurs groupes, { $back } ne sont plus que dans un seul et { $left } ont quitté le réseau.
cmp-group-size = { $name } ({ $n ->
    [one] { $n } membre
   *[other] { $n } membres
})
cmp-new-groups = { $n ->
    [one] Nouveau groupe : { $list }.
   *[other] Nouveaux groupes ({ $n }) : { $list }.
}
cmp-closed-groups = { $n ->
    [one] Groupe fermé : { $list }.
   *[other] Groupes fermés ({ $n }) : { $list }.
}
cmp-lost-link = { $a } et { $b } ne partagent plus personne.
cmp-lost-links-more = { $n ->
    [one] { $n } autre paire de groupes ne partage plus personne (voir lost_links.csv).
   *[other] { $n } autres paires de groupes ne partagent plus personne (voir lost_links.csv).
}
cmp-links-gained = { $n ->
    [one] { $n } paire de groupes qui ne partageait personne partage maintenant des membres.
   *[other] { $n } paires de groupes qui ne partageaient personne partagent maintenant des membres.
}
cmp-became-isolated = { $n ->
    [one] Devenu isolé (ne partage plus personne avec un autre groupe) : { $list }.
   *[other] Devenus isolés (ne partagent plus personne avec un autre groupe), { $n } groupes : { $list }.
}
cmp-no-longer-isolated = { $n ->
    [one] N'est plus isolé : { $list }.
   *[other] Ne sont plus isolés ({ $n } groupes) : { $list }.
}
cmp-parts = Les groupes forment { $after } parties séparées ({ $before } avant).
cmp-cut-points = { $after } personnes relient seules des groupes ({ $before } avant).
cmp-memberships = { $new } inscriptions ont commencé et { $ended } ont pris fin ; { $kept } sont dans les deux exports.
cmp-renamed = Renommés : { $list }.
cmp-figure = chiffre
cmp-change = évolution
cmp-points = { $points } points
cmp-figure-rate = taux de multi-appartenance
cmp-figure-multi = personnes dans 2 groupes ou plus
cmp-section-figures = Chiffres clés
cmp-section-charts = Graphiques
cmp-section-groups = Groupes
cmp-section-lost = Liens perdus
cmp-section-gained = Paires de groupes qui partagent maintenant des membres
cmp-section-pairs-lost = Paires de groupes qui ne partagent plus personne
cmp-section-pairs = Paires de groupes qui ont gagné ou perdu des membres partagés
cmp-section-persons = Personnes dont les groupes ont changé
cmp-section-definitions = Définitions
cmp-section-input = Données lues
cmp-groups-note = Groupes selon le nombre de membres arrivés ou partis. Taux partagé : membres aussi dans un autre groupe. « – » : le groupe n'existait pas alors.
cmp-lost-note = Paires de groupes, présents dans les deux exports, qui partageaient des membres et n'en partagent plus, avec les personnes qui les reliaient et celles d'entre elles toujours dans le réseau.
cmp-no-lost-links = Aucun couple de groupes qui partageait des membres n'a cessé d'en partager.
cmp-pairs-note = Les pertes d'abord, puis les gains ; les plus partagées d'abord. Les paires qui partagent des membres dans les deux exports sont dans pairs.csv.
cmp-persons-note = Personnes arrivées, parties, ou qui ont rejoint ou quitté un groupe, par ordre alphabétique.
cmp-none = Aucune.
cmp-shown = { $shown } affichés sur { $total } ; la liste complète est dans { $file }.
cmp-input = { $label } : { $files } ; { $duplicates } inscriptions répétées comptées une fois, { $skipped } lignes ignorées.
cmp-input-file = { $file } ({ $format }, { $rows } lignes, { $kept } inscriptions)
cmp-personal-data = lost_links.csv, persons.csv, cette page et index.html nomment des personnes : ce sont des données personnelles.
cmp-footer = Cette page ne fait aucune requête réseau ; elle s'ouvre hors ligne et s'imprime.
cmp-col-group = groupe
cmp-col-status = statut
cmp-col-members-before = membres avant
cmp-col-members-after = membres après
cmp-col-joined = arrivés
cmp-col-left = partis
cmp-col-stayed = restés
cmp-col-shared-rate-before = taux partagé avant
cmp-col-shared-rate-after = taux partagé après
cmp-col-overlapping-groups-before = groupes en commun avant
cmp-col-overlapping-groups-after = groupes en commun après
cmp-col-isolated-before = isolé avant
cmp-col-isolated-after = isolé après
cmp-col-group-a = groupe
cmp-col-group-b = groupe
cmp-col-shared-before = partagés avant
cmp-col-shared-after = partagés après
cmp-col-change = évolution
cmp-col-jaccard-before = Jaccard avant
cmp-col-jaccard-after = Jaccard après
cmp-col-persons = personnes
cmp-col-still-in-network = toujours dans le réseau
cmp-col-person = personne
cmp-col-groups-before = groupes avant
cmp-col-groups-after = groupes après
cmp-col-joined-groups = groupes rejoints
cmp-col-left-groups = groupes quittés
cmp-col-label = instantané
cmp-col-groups = groupes
cmp-col-memberships = inscriptions
cmp-col-multi-membership-rate = taux de multi-appartenance
cmp-col-isolated-groups = groupes isolés
cmp-col-parts = parties séparées
cmp-col-cut-point-persons = personnes charnières
cmp-col-overlapping-pairs = paires qui se recoupent
cmp-word-kept = maintenu
cmp-word-new = nouveau
cmp-word-closed = fermé
cmp-word-gained = gagnée
cmp-word-lost = perdue
cmp-word-up = en hausse
cmp-word-down = en baisse
cmp-word-same = stable
cmp-word-yes = oui
cmp-word-no = non
def-same-person = La même personne, le même groupe
def-same-person-text = Les deux exports sont lus avec les mêmes règles : une personne est la même dans les deux quand son adresse (ou identifiant) l'est, après les règles d'identité (casse, espaces, Nom <adresse>) ; un groupe quand son nom l'est, après --rename.
def-rate = Taux de multi-appartenance
def-rate-text = La part des personnes qui appartiennent à deux groupes ou plus.
def-points = Points
def-points-text = L'écart entre deux pourcentages : de 28,5 % à 30,0 %, c'est +1,5 point.
def-group-members = Arrivés, partis, restés (un groupe)
def-group-members-text = Les membres du groupe seulement dans l'export le plus récent, seulement dans le plus ancien, dans les deux. On peut rejoindre un groupe sans être nouveau dans le réseau.
def-new-connector = Nouveau passeur
def-new-connector-text = Une personne dans un seul groupe dans l'export le plus ancien et dans deux groupes ou plus dans le plus récent.
def-connector-lost = Passeur perdu
def-connector-lost-text = Une personne dans deux groupes ou plus dans l'export le plus ancien qui a quitté le réseau ou n'est plus que dans un groupe.
def-shared-rate = Taux partagé
def-shared-rate-text = La part des membres d'un groupe qui appartiennent à au moins un autre groupe.
def-pair-change = Gagnée, perdue, en hausse, en baisse, stable
def-pair-change-text = Comment a changé le nombre de membres que partagent deux groupes : gagnée à partir de zéro, perdue jusqu'à zéro, ou en hausse, en baisse, stable.
def-lost-link = Lien perdu
def-lost-link-text = Deux groupes présents dans les deux exports qui partageaient des membres et n'en partagent plus ; lost_links.csv nomme qui les reliait.
def-parts = Parties séparées
def-parts-text = Les groupes reliés, directement ou par une chaîne de membres partagés, forment une partie (composante connexe).
def-cut-point = Personne charnière
def-cut-point-text = Une personne dont le départ couperait sa partie du réseau : des groupes ne seraient plus reliés du tout.
trend-title = Le réseau dans le temps : de { $first } à { $last }
trend-counts = De { $from } à { $to } : personnes { $persons_before } → { $persons_after }, groupes { $groups_before } → { $groups_after }, inscriptions { $memberships_before } → { $memberships_after }.
trend-rises = Le taux partagé a le plus augmenté dans : { $list }.
trend-falls = Le taux partagé a le plus baissé dans : { $list }.
trend-section-snapshots = Instantané par instantané
trend-section-groups = Les groupes du premier instantané au dernier
trend-groups-note = Groupes présents dans le premier et le dernier instantané, selon l'évolution de leur taux partagé (membres aussi dans un autre groupe).
trend-groups-file = Les membres et le taux partagé de chaque groupe dans chaque instantané : trend_groups.csv.
chart-largest-shown = Les { $shown } plus grands des { $total } groupes sont montrés.
chart-groups-per-person = groupes par personne
chart-persons = personnes
chart-members = membres
chart-shared-rate = taux partagé
chart-cmp-distribution-title = Nombre de groupes par personne, avant et après
chart-cmp-distribution-note = Taux de multi-appartenance : { $before } en { $label_before }, { $after } en { $label_after }.
chart-cmp-groups-title = Les groupes avant et après : membres et taux partagé
chart-cmp-groups-note = Point clair : { $before } ; point foncé : { $after } ; le trait qui les joint est l'évolution. Taux partagé : membres aussi dans un autre groupe.
chart-cmp-new = nouveau
chart-cmp-closed = fermé
chart-cmp-map-title = Liens gagnés et perdus entre les groupes
chart-cmp-map-note = De { $before } à { $after }. Surface du cercle : membres. Traits : paires de groupes qui partagent des membres ; plus épais quand plus de membres sont partagés.
chart-cmp-map-lines-shown = { $changed } des { $total_changed } paires gagnées ou perdues, et { $kept } des { $total_kept } autres paires qui partagent des membres, sont tracées (les plus fortes).
chart-cmp-map-gained = partage maintenant des membres
chart-cmp-map-lost = ne partage plus personne
chart-cmp-map-kept = partage des membres avant et après
chart-cmp-new-group = nouveau groupe
chart-cmp-closed-group = groupe fermé
chart-cmp-map-islands = Groupes qui ne partagent personne, avant comme après
chart-trend-title = Le réseau dans le temps
chart-trend-rate = Taux de multi-appartenance
chart-trend-persons = Personnes
chart-trend-groups = Groupes
chart-trend-memberships = Inscriptions
chart-trend-multi = Personnes dans 2 groupes ou plus
chart-trend-pairs = Paires qui se recoupent
chart-trend-isolated = Groupes isolés
chart-trend-parts = Parties séparées
chart-trend-cut-points = Personnes charnières
chart-trend-groups-title = Le taux partagé de chaque groupe dans le temps
chart-trend-groups-note = En bleu : le taux partagé du groupe (membres aussi dans un autre groupe) à chaque instantané ; en gris : le taux de multi-appartenance du réseau.
