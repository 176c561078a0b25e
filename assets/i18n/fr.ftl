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

## Ce qui a été reconnu dans un fichier

export-csv = tableau CSV
export-sheet = feuille de classeur
export-sympa-list-dump = export de liste Sympa
export-plain-list = liste d'adresses
export-sympa-dump = fiches d'abonnés Sympa
export-google-groups = membres Google Groups
export-meetup = liste des membres Meetup
export-helloasso = commandes HelloAsso
export-discourse = utilisateurs Discourse
export-slack = export d'un espace Slack
export-mattermost = export complet Mattermost
export-nextcloud = groupes Nextcloud
from-split-column = { $column } (découpée sur « { $separator } »)
from-group-columns = { $n } colonnes de groupe : { $columns }
from-whole-file = tout le fichier est le groupe « { $group } »
from-line = la ligne (pas d'en-tête)
from-email = adresse
from-slack-person = adresse du profil, sinon l'identifiant
from-slack-channels = canaux (channels.json, groups.json)
from-mattermost-channels = canaux (équipe/canal)
from-nextcloud-users = identifiants des comptes
from-nextcloud-groups = les clés du fichier JSON
layout-long = une ligne par inscription
layout-wide = une ligne par personne, une liste de groupes
layout-matrix = une colonne par groupe
layout-per-group = tout le fichier est un groupe
delimiter-tab = tabulation
delimiter-none = aucun
delimiter-cells = aucun (cellules)

## Le rapport (report.md, index.html, rapport.xlsx)

test-rich = Le groupe **{ $name }** a { $n } membres
report-title = Le maillage de nos groupes
report-subtitle = Listes du { $date } · { $files ->
    [one] 1 fichier lu
   *[other] { $files } fichiers lus
}
report-subtitle-no-date = { $files ->
    [one] 1 fichier lu
   *[other] { $files } fichiers lus
}
date-long = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
lead = **{ $rate }** des { $persons } personnes sont inscrites dans au moins deux groupes ({ $multi } personnes).
card-rate = sont dans deux groupes ou plus
card-persons = { $n ->
    [one] personne
   *[other] personnes
}
card-groups = { $n ->
    [one] groupe
   *[other] groupes
}
card-memberships = { $n ->
    [one] inscription
   *[other] inscriptions
}
card-pairs = { $n ->
    [one] paire de groupes qui ont des personnes en commun
   *[other] paires de groupes qui ont des personnes en commun
}
card-isolated = { $n ->
    [one] groupe isolé
   *[other] groupes isolés
}
card-parts = { $n ->
    [one] partie séparée
   *[other] parties séparées
}
card-cut-points = { $n ->
    [one] personne qui seule relie des groupes
   *[other] personnes qui seules relient des groupes
}
footer = Fait avec maillage { $version }. Cette page ne fait aucune requête réseau : elle s'ouvre hors ligne et s'imprime. Elle nomme des personnes : ne la partagez qu'avec qui peut voir les listes de membres.
word-and = et
names-and-others = { $names } et { $n ->
    [one] 1 autre
   *[other] { $n } autres
}
yes = oui
shown-of = { $shown } lignes affichées sur { $total } ; la liste complète est dans { $file }.
printed-of = Sur papier, les { $shown } premières lignes sur { $total } ; la liste complète est dans { $file } et rapport.xlsx.
chart-file = Le graphique seul :

sec-essentials = L'essentiel
ess-parts = Les groupes forment **{ $parts } parties séparées** : la plus grande relie { $groups } groupes, et { $others ->
    [one] 1 groupe ne partage
   *[other] { $others } groupes ne partagent
} personne avec elle. Pour les relier : inviter leurs membres à un événement de la plus grande partie.
ess-one-part = Tous les groupes sont reliés entre eux, directement ou par d'autres groupes.
ess-isolated = { $n ->
    [one] **{ $names }** ne partage
   *[other] **{ $names }** ne partagent
} personne avec les autres groupes : inviter { $n ->
    [one] ses
   *[other] leurs
} membres à une réunion ou à un événement d'un autre groupe.
ess-hanging = { $n ->
    [one] **{ $names }** n'est relié
   *[other] **{ $names }** ne sont reliés
} aux autres groupes que par une seule personne : trouver un deuxième lien, quelqu'un qui pourrait rejoindre aussi un autre groupe.
ess-cut-groups = Sans { $n ->
    [one] **{ $names }**, d'autres groupes
   *[other] **{ $names }** (chacun d'eux), d'autres groupes
} ne seraient plus reliés entre eux : { $n ->
    [one] ses
   *[other] leurs
} membres tiennent le réseau ensemble.
ess-cut-persons = **{ $n ->
    [one] 1 personne relie seule
   *[other] { $n } personnes relient seules
} des groupes** : si { $n ->
    [one] elle partait
   *[other] l'une d'elles partait
}, des groupes perdraient leur dernier lien (signalé dans le tableau des passeurs). Partager ce rôle : présenter d'autres membres.
ess-no-cut-persons = Personne ne relie seul des groupes : chaque lien entre groupes passe par plusieurs personnes.
ess-bridge = { $who } ({ $groups } groupes)
ess-bridges = Les passeurs les plus actifs : { $list }.
ess-closest = Les groupes les plus proches : **{ $a }** et **{ $b }** ont { $shared ->
    [one] 1 personne
   *[other] { $shared } personnes
} en commun.

sec-multi = Multi-appartenance
multi-text = **{ $rate }** des { $persons } personnes ({ $multi }) sont dans deux groupes ou plus. Ensemble, elles comptent { $memberships } inscriptions dans { $groups } groupes : { $mean } groupes par personne en moyenne.
col-degrees-groups = groupes
col-degrees-persons = personnes
col-degrees-share = part

sec-groups = Groupes
groups-text = Chaque groupe : ses membres, combien sont aussi dans un autre groupe, et avec combien d'autres groupes il a des personnes en commun. Cliquer sur un en-tête de colonne pour trier.
groups-most-linked = Les groupes dont les membres sont le plus souvent ailleurs aussi
groups-least-linked = Les groupes dont les membres sont le moins souvent ailleurs
col-groups-group = groupe
col-groups-members = membres
col-groups-shared-members = aussi ailleurs
col-groups-shared-rate = part aussi ailleurs
col-groups-overlapping-groups = groupes reliés
col-groups-isolated = isolé
col-groups-component = partie
col-groups-cut-point = charnière

sec-overlaps = Recoupements
overlaps-none = Aucun groupe n'a de personne en commun avec un autre.
overlaps-text = **{ $n ->
    [one] 1 paire
   *[other] { $n } paires
} de groupes** ont au moins une personne en commun. Les paires qui en ont le plus :
overlaps-note = Proximité : les personnes des deux groupes divisées par les personnes de l'un ou de l'autre (1 = les mêmes personnes). × hasard : les personnes en commun divisées par le nombre attendu si chacun avait rejoint des groupes au hasard ; au-dessus de 1, plus que le hasard.
col-pairs-group-a = groupe
col-pairs-group-b = groupe
col-pairs-shared = en commun
col-pairs-jaccard = proximité
col-pairs-overlap-coefficient = recouvrement du plus petit
col-pairs-expected-shared = attendu par hasard
col-pairs-lift = × hasard
col-pairs-sole-link = seul lien

sec-connectors = Passeurs
connectors-none = Personne n'est dans deux groupes ou plus.
connectors-text-no-cut = **{ $n ->
    [one] 1 personne est
   *[other] { $n } personnes sont
} dans deux groupes ou plus** ; personne ne relie seul des groupes. Les passeurs les plus actifs :
connectors-text = **{ $n ->
    [one] 1 personne est
   *[other] { $n } personnes sont
} dans deux groupes ou plus** ; { $cut ->
    [one] 1 d'entre elles est une charnière
   *[other] { $cut } d'entre elles sont des charnières
} : si l'une partait, sa partie du réseau se couperait en morceaux. Les passeurs les plus actifs :
col-connectors-person = adresse
col-connectors-name = nom
col-connectors-groups = groupes
col-connectors-cut-point = charnière
col-connectors-pieces-if-removed = parties sans elle
col-connectors-sole-link-pairs = seul lien de (paires)
col-connectors-group-list = ses groupes

sec-fragile = Groupes isolés ou fragiles
fragile-isolated = Groupes qui n'ont personne en commun avec les autres
fragile-isolated-none = Aucun : chaque groupe a au moins une personne en commun avec un autre.
fragile-hanging = Groupes reliés aux autres par une seule personne
fragile-hanging-none = Aucun : chaque groupe relié l'est par deux personnes ou plus.
fragile-cut-groups = Groupes sans lesquels d'autres groupes ne seraient plus reliés
fragile-cut-groups-none = Aucun : aucun groupe ne relie seul d'autres groupes.
fragile-parts = Parties séparées
fragile-parts-text = Les groupes forment { $n } parties qui n'ont personne en commun :
col-parts-part = partie
col-parts-persons = personnes
col-parts-groups = groupes

sec-check = À vérifier
check-duplicates = **{ $n ->
    [one] 1 nom est porté
   *[other] { $n } noms sont portés
} par des personnes aux adresses différentes** : elles ont été comptées comme des personnes différentes. Vérifier s'il s'agit de la même personne (possible_duplicates.csv) :
col-possible-duplicates-name = nom
col-possible-duplicates-persons = adresses
col-possible-duplicates-addresses = adresses
col-address-folds-address = adresse écrite
col-address-folds-folded-to = comptée comme
check-control-characters = { $file } : { $n ->
    [one] 1 nom contenait
   *[other] { $n } noms contenaient
} des caractères de contrôle invisibles, retirés
check-roles-dropped = { $file } : { $n ->
    [one] 1 rôle portait
   *[other] { $n } rôles portaient
} sur des groupes sans membre lu, et { $n ->
    [one] a été écarté
   *[other] ont été écartés
}
check-repeated = { $n ->
    [one] 1 inscription a été lue
   *[other] { $n } inscriptions ont été lues
} plusieurs fois, et comptée une seule fois
check-nothing = Rien à vérifier : toutes les lignes ont été lues, et aucun nom n'est porté par deux adresses.

sec-input = Fichiers lus
col-input-file = fichier
col-input-format = reconnu comme
col-input-layout = disposition
col-input-person = personnes lues dans
col-input-groups = groupes lus dans
col-input-rows = lignes
col-input-memberships = inscriptions
col-input-skipped = écartées
input-note = { $rows ->
    [one] 1 ligne lue
   *[other] { $rows } lignes lues
} en tout ; { $duplicates ->
    [one] 1 inscription répétée comptée
   *[other] { $duplicates } inscriptions répétées comptées
} une fois. Le détail est dans summary.json.

sec-definitions = Définitions
def-multi = Taux de multi-appartenance
def-multi-text = La part des personnes inscrites dans deux groupes ou plus : personnes dans ≥ 2 groupes / personnes.
def-shared = Aussi ailleurs, part aussi ailleurs (membres partagés, taux partagé)
def-shared-text = Les membres d'un groupe qui sont aussi dans au moins un autre groupe, et leur nombre divisé par les membres du groupe.
def-linked-groups = Groupes reliés (groupes en recouvrement)
def-linked-groups-text = Combien d'autres groupes ont au moins une personne en commun avec le groupe.
def-isolated = Groupe isolé
def-isolated-text = Un groupe dont aucun membre n'est dans un autre groupe.
def-hanging = Groupe tenu par une personne
def-hanging-text = Un groupe relié à d'autres par un seul de ses membres : si cette personne partait, le groupe serait coupé des autres.
def-jaccard = Proximité (indice de Jaccard)
def-jaccard-text = Les personnes des deux groupes divisées par les personnes de l'un ou de l'autre : |A ∩ B| / |A ∪ B| ; 1 = les mêmes personnes, 0 = personne en commun.
def-lift = × hasard (lift)
def-lift-text = Les personnes en commun de deux groupes divisées par le nombre attendu si chacun avait rejoint des groupes au hasard, tailles gardées : |A ∩ B| × personnes / (|A| × |B|) ; au-dessus de 1, les deux groupes ont plus de personnes en commun que le hasard n'en donnerait.
def-connector = Passeur
def-connector-text = Une personne inscrite dans deux groupes ou plus.
def-cut-point = Charnière (point d'articulation)
def-cut-point-text = Une personne, ou un groupe, dont le départ couperait le réseau : des groupes ne seraient plus reliés du tout, ni directement ni par d'autres. Pour un groupe : le retirer du graphe des groupes reliés par des personnes en commun sépare d'autres groupes.
def-sole-link = Seul lien
def-sole-link-text = Pour une paire de groupes, l'unique personne qu'ils ont en commun, quand il n'y en a qu'une. Ce n'est pas une charnière : les deux groupes peuvent rester reliés par d'autres groupes.
def-parts = Parties séparées (composantes connexes)
def-parts-text = Les groupes reliés entre eux, directement ou par une chaîne de personnes en commun, forment une partie ; deux parties n'ont personne en commun.

## Les graphiques : titres, et comment les lire (à côté de chaque graphique)

chart-upset-title = Qui est dans quels groupes à la fois
chart-upset-read = Chaque barre compte les personnes inscrites exactement dans les groupes marqués par les points en dessous, et dans aucun autre : chaque personne est dans une seule barre. Les barres les plus longues sont les combinaisons les plus fréquentes. À gauche, les membres de chaque groupe.
chart-heatmap-title = La proximité des groupes
chart-heatmap-read = Un carré par paire de groupes : plus il est foncé, plus les deux groupes ont de personnes en commun par rapport à leur taille (proximité, de 0 = personne en commun à 1 = les mêmes personnes). Les groupes placés côte à côte sont ceux qui ont le plus en commun.
chart-map-title = Carte des groupes : qui relie qui
chart-map-read = Un cercle par groupe, d'autant plus grand qu'il a de membres. Un trait relie deux groupes qui ont nettement plus de personnes en commun que le hasard n'en donnerait (voir « Plus que le hasard »), plus épais quand ils en ont plus. Les groupes proches sur la carte sont reliés. Un anneau orange marque un groupe sans lequel d'autres groupes ne seraient plus reliés. Les groupes qui n'ont personne en commun sont alignés en bas.
chart-distribution-title = Dans combien de groupes est chaque personne
chart-distribution-read = Chaque barre compte les personnes inscrites dans 1, 2, 3… groupes. Les barres à partir de 2 groupes sont les personnes qui relient des groupes : leur part est le taux de multi-appartenance.
chart-shared_rate-title = L'ouverture de chaque groupe
chart-shared_rate-read = Pour chaque groupe, la part de ses membres qui sont aussi dans un autre groupe. Une barre courte : un groupe dont les membres sont rarement ailleurs.

## Issue 12: significance and robustness

sec-significance = Plus que le hasard
sig-none = Aucune paire de groupes n'a nettement plus de personnes en commun que le hasard n'en donnerait (sur { $tests } paires, avec un taux de fausses découvertes de { $fdr }).
sig-text = **{ $n ->
    [one] 1 paire
   *[other] { $n } paires
} de groupes** ont plus de personnes en commun que le hasard n'en donnerait, sur { $tests } paires (chaque paire testée, au plus { $fdr } de fausses découvertes attendues parmi elles).
sig-strongest = Les plus nettes :
sig-strong-item = **{ $a }** et **{ $b }** : { $shared } personnes en commun, { $lift } fois ce que donnerait le hasard
col-pairs-p-value = valeur p
col-pairs-q-value = valeur q
col-pairs-significant = plus que le hasard
gaps-heading = Des groupes qui devraient se croiser et ne se croisent pas : les présenter
gaps-none = Parmi les { $considered } paires de groupes assez grands pour avoir des personnes en commun par le seul hasard, aucune n'en a nettement moins que le hasard n'en donnerait.
gaps-text = **{ $n ->
    [one] 1 paire
   *[other] { $n } paires
} de groupes** ont moins de personnes en commun que le hasard n'en donnerait (sur { $considered } paires assez grandes pour en avoir). Les présenter l'un à l'autre :
gaps-item = **{ $a }** et **{ $b }** : { $shared } en commun quand on en attendrait { $expected }
col-gaps-group-a = groupe
col-gaps-group-b = groupe
col-gaps-shared = dans les deux
col-gaps-expected-shared = attendu par hasard
col-gaps-lift = × hasard
col-gaps-p-value = valeur p
col-gaps-q-value = valeur q
clusters-heading = Familles de groupes
clusters-none = Pas de familles : aucune paire de groupes n'a plus de personnes en commun que le hasard n'en donnerait.
clusters-text = Les groupes reliés plus que par le hasard forment **{ $n ->
    [one] 1 famille
   *[other] { $n } familles
}** (modularité { $modularity } ; { $alone ->
    [one] 1 groupe n'est
   *[other] { $alone } groupes ne sont
} dans aucune).
clusters-item = Famille { $id } ({ $n ->
    [one] 1 groupe
   *[other] { $n } groupes
}) : { $names }
clusters-note = Les familles sont trouvées par la méthode de Louvain sur les paires qui ont plus en commun que le hasard, pesées par leurs personnes en commun ; groups.csv donne la famille de chaque groupe. Une modularité au-dessus de 0,3 indique des familles nettement séparées.
col-groups-cluster = famille
col-groups-degree-centrality = degré
col-groups-closeness = proximité (centralité)
col-groups-betweenness = intermédiarité
col-connectors-degree-centrality = degré
col-connectors-closeness = proximité (centralité)
col-connectors-betweenness = intermédiarité
robust-heading = Combien de départs coupent le réseau
robust-already-split = Le réseau est déjà en morceaux : sa plus grande partie réunit { $share } des groupes.
robust-text = **{ $n ->
    [one] 1 personne tient
   *[other] { $n } personnes tiennent
} la moitié du réseau** : si elles partaient, choisies là où cela coupe le plus, moins de la moitié des groupes resteraient reliés entre eux. Au hasard, il en faut { $random }.
robust-text-holds = Le réseau tient : même après { $n } départs, les plus décisifs d'abord, plus de la moitié des groupes restent reliés.
robust-more-than = plus de { $n }
centrality-note-exact = groups.csv et connectors.csv donnent aussi le degré, la proximité et l'intermédiarité de chaque groupe et de chaque passeur dans le réseau à deux modes (Borgatti et Everett, comme les calcule NetworkX), calculés exactement.
centrality-note-sampled = groups.csv et connectors.csv donnent aussi le degré, la proximité et l'intermédiarité de chaque groupe et de chaque passeur dans le réseau à deux modes (Borgatti et Everett, comme les calcule NetworkX) ; dans un réseau de cette taille, proximité et intermédiarité sont estimées à partir de { $k } points de départ par partie, tirés d'une graine fixe.
chart-robustness-title = Combien de départs coupent le réseau
chart-robustness-read = Chaque courbe suit la part des groupes encore reliés entre eux quand des personnes partent une à une : les plus décisives d'abord, celles des plus nombreux groupes d'abord, ou au hasard. Là où une courbe passe la ligne orange, moins de la moitié des groupes restent reliés.
