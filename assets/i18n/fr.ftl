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
summary-few-links = reliés par < { $k }
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
shown-of = { $shown ->
    [one] { $shown } ligne affichée
   *[other] { $shown } lignes affichées
} sur { $total } ; la liste complète est dans { $file }.
printed-of = Sur papier, les { $shown } premières lignes sur { $total } ; la liste complète est dans { $file }.
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
ess-few-links = { $n ->
    [one] **{ $names }** n'est relié
   *[other] **{ $names }** ne sont reliés
} aux autres groupes que par moins de { $k } personnes : trouver d'autres liens, des personnes qui pourraient rejoindre aussi un autre groupe.
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
fragile-few-links = Groupes reliés aux autres par moins de { $k } personnes
fragile-few-links-none = Aucun : chaque groupe relié l'est par plusieurs personnes.
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
chart-upset-read = Chaque barre compte les personnes inscrites exactement dans les groupes marqués par les points en dessous, et dans aucun autre : chaque personne est dans une seule barre. Les barres les plus longues sont les combinaisons les plus fréquentes. Quand les combinaisons sont trop nombreuses pour une barre chacune, les barres claires réunissent les autres personnes d'un groupe (inscrites dans ce groupe et au moins un autre), et la barre grise tient le reste. À gauche, les membres de chaque groupe.
chart-heatmap-title = La proximité des groupes
chart-heatmap-read = Un carré par paire de groupes : plus il est foncé, plus les deux groupes ont de personnes en commun par rapport à leur taille (proximité, de 0 = personne en commun à 1 = les mêmes personnes). Les groupes placés côte à côte sont ceux qui ont le plus en commun.
chart-map-title = Carte des groupes : qui relie qui
chart-map-read = Un cercle par groupe, d'autant plus grand qu'il a de membres. Un trait relie deux groupes qui ont des personnes en commun, plus épais quand ils en ont plus : plein quand ils en ont nettement plus que le hasard n'en donnerait (voir « Plus que le hasard »), pointillé sinon ; les plus grands recoupements et le plus grand de chaque groupe sont toujours tracés. Les groupes proches sur la carte sont reliés. Un anneau orange marque un groupe sans lequel d'autres groupes ne seraient plus reliés. Les groupes qui ne partagent personne sont alignés en bas.
chart-distribution-title = Dans combien de groupes est chaque personne
chart-distribution-read = Chaque barre compte les personnes inscrites dans 1, 2, 3… groupes. Les barres à partir de 2 groupes sont les personnes qui relient des groupes : leur part est le taux de multi-appartenance.
chart-shared_rate-title = L'ouverture de chaque groupe
chart-shared_rate-read = Pour chaque groupe, la part de ses membres qui sont aussi dans un autre groupe. Une barre courte : un groupe dont les membres sont rarement ailleurs.

## Issue 16: the spreadsheet
sheet-essentials = Essentiel
sheet-groups = Groupes
sheet-overlaps = Paires de groupes
sheet-connectors = Passeurs
sheet-duplicates = Doublons possibles
sheet-inputs = Fichiers lus
sheet-figure = Chiffre
sheet-value = Valeur
sheet-cut = La feuille « { $sheet } » montre les { $shown } premières lignes sur { $total } ; le fichier CSV les contient toutes.

## Issue 16: errors, in plain words first and the option second
error-prefix = erreur :
err-role-person = des personnes
err-role-group = des groupes
err-not-found = ce fichier n’existe pas (vérifiez le chemin)
err-io = lecture impossible : { $error }
err-empty = le fichier est vide (exportez à nouveau la liste des inscrits)
err-header-only = une ligne d’en-tête seulement, aucune inscription
err-no-column = aucune colonne { $role } parmi les colonnes { $columns } ; indiquez-la avec --{ $option } COLONNE{ $group ->
    [1] {" "}(ou, si tout le fichier est un seul groupe, utilisez --layout per-group)
   *[other] {""}
}
err-missing-named-column = il n’y a pas de colonne « { $name } » (donnée avec --{ $option }) ; les colonnes sont { $columns }
err-same-column = la colonne des personnes et celle des groupes sont toutes deux « { $name } » ; indiquez deux colonnes différentes avec --person et --group
err-not-utf8 = le fichier n’est pas du texte lisible dans cet encodage (réenregistrez-le en CSV UTF-8, ou indiquez l’encodage avec --encoding)
err-empty-column = la colonne { $role } « { $column } » est vide à chaque ligne ; vérifiez la colonne indiquée avec --{ $option }
err-unknown-encoding = encodage inconnu « { $label } » (essayez utf-8, windows-1252, iso-8859-15 ou utf-16)
err-empty-folder = aucune liste d’inscrits (fichier .csv, .tsv, .txt, .json, .dump, .list ou .zip) dans ce dossier ; donnez les fichiers eux-mêmes
err-unterminated-quote = un guillemet ouvert sur cette ligne n’est jamais refermé ; refermez-le (un guillemet à l’intérieur d’un champ entre guillemets s’écrit deux fois : ""), ou supprimez-le
err-unknown-layout = impossible de savoir comment ce fichier est organisé ({ $why }) ; précisez-le avec --layout long|wide|matrix|per-group
err-entry-too-large = ce fichier de l’archive fait plus de { $max } Mio une fois décompressé ; décompressez l’archive et donnez le fichier lui-même
err-too-many-names = plus de quatre milliards de noms différents : ces fichiers sont trop grands pour maillage
err-report-folder = ce dossier contient un rapport écrit par maillage, pas des listes d’inscrits ; donnez le dossier des exports
err-no-input = aucun fichier donné
err-columns-not-text = les colonnes n’ont pas pu être lues comme du texte
err-field-count = { $found } champs alors que l’en-tête en a { $expected } (vérifiez le séparateur et les guillemets de cette ligne, ou ajoutez --skip-invalid pour écarter ces lignes)
err-csv = impossible de lire cette ligne du fichier CSV ({ $error }) ; vérifiez ses guillemets et son séparateur
err-header = impossible de lire la ligne d’en-tête ({ $error })
err-zip-member = impossible de lire ce fichier de l’archive zip ({ $error })
err-zip = impossible de lire l’archive zip ({ $error }) ; décompressez-la et donnez les fichiers eux-mêmes
err-nested-zip = une archive zip dans une archive zip ; décompressez-la d’abord
err-odt = un document texte OpenDocument, pas une liste d’inscrits ; exportez la liste en CSV ou en tableur
err-office = un document Office qui n’est pas un classeur ; exportez la liste en CSV ou en tableur
err-pdf = un document PDF ; exportez plutôt la liste des inscrits en CSV
err-xls = un classeur Excel 97-2003 (.xls) ; enregistrez-le en CSV (UTF-8)
err-gzip = un fichier compressé gzip ; décompressez-le d’abord
err-sqlite = une base de données SQLite ; exportez la liste des inscrits en CSV
err-binary = un fichier binaire, pas une liste d’inscrits en texte
err-workbook = impossible de lire ce classeur ({ $error }) ; enregistrez chaque feuille en CSV (UTF-8)
err-slack-alone = { $file } d’un export Slack, sans { $users } et { $channels } à côté : donnez le dossier ou le zip entier de l’export
err-expected-slack-users = une liste d’utilisateurs ({"{"}"id": ..., "profile": {"{"}...{"}"}{"}"})
err-expected-slack-channels = une liste de canaux ({"{"}"name": ..., "members": [...]{"}"})
err-slack-json = ce n’est pas un { $file } de Slack ({ $error }) ; attendu : { $expected }
err-expected-mattermost-type = un objet JSON avec un "type"
err-expected-mattermost-team = une ligne d’équipe
err-expected-mattermost-channel = une ligne de canal
err-expected-mattermost-user = une ligne d’utilisateur
err-mattermost = { $error } (colonne { $column }) ; attendu : { $expected } d’un export Mattermost
err-nextcloud-json = JSON invalide ({ $error }) ; attendu : la sortie de `occ group:list --output=json` de Nextcloud
err-nextcloud-object = attendu : un objet JSON de groupes {"{"}"groupe": ["utilisateur", ...]{"}"}
err-nextcloud-no-users = groupe « { $group } » : une liste d’utilisateurs était attendue
err-nextcloud-user-not-text = groupe « { $group } » : un identifiant d’utilisateur n’est pas du texte
err-why-no-file-name = le nom du fichier ne donne pas de nom de groupe : indiquez-le avec --group NOM
err-why-stdin = l’entrée standard n’a pas de nom de fichier pour nommer son groupe : indiquez-le avec --group NOM
err-why-no-group-column = aucune colonne à part celle des personnes pour servir de groupe
ctx-writing = écriture de { $path }
ctx-creating = création de { $path }
ctx-reading = lecture de { $path }
ctx-temp-folder = création d’un dossier temporaire dans { $folder }
ctx-replace = préparation du remplacement du rapport précédent
ctx-move-aside = mise de côté du rapport précédent { $path }
ctx-move = déplacement du rapport vers { $path }
err-out-not-folder = { $path } existe et n’est pas un dossier ; choisissez un autre dossier avec --out
err-out-not-report = { $path } existe et n’est pas un rapport de maillage (pas de { $summary }) ; maillage refuse de le remplacer : choisissez un dossier vide ou nouveau avec --out
err-why-plain-list = c’est une simple liste de membres sans en-tête, donc un seul groupe
## Issue 11: categories and facilitators

export-group-descriptions = description des groupes
export-roles = fichier de rôles
layout-descriptions = une ligne par groupe
layout-roles = une ligne par rôle
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
chart-categories-read = Chaque case : les personnes des deux catégories, et combien de fois ce que donnerait le hasard (violet : plus ; orange : moins). Diagonale : les personnes de chaque catégorie.
chart-facilitators-read = Un point par animateur ou animatrice, avec le nom d'un groupe animé, coloré selon sa catégorie ; un trait relie deux animateurs d'un même groupe. Anneau orange : un animateur isolé.
chart-categories-title = Quelles catégories se rejoignent : personnes en commun
chart-categories-note = Chaque case : les personnes présentes dans les deux catégories (en gras), et le lift : personnes en commun ÷ celles attendues si les personnes se répartissaient au hasard entre les catégories. Orange : moins que le hasard ; violet : plus. Diagonale : les personnes de la catégorie.
chart-categories-shown = Les { $shown } catégories qui ont le plus de personnes sont montrées, sur { $total }.
chart-categories-none = Pas encore de catégories de groupes : décrivez les groupes dans un fichier (une ligne par groupe : catégorie, territoire, animateurs) ; le README explique comment.
chart-categories-legend = lift
chart-categories-diagonal = personnes de la catégorie
chart-facilitators-title = Le réseau des animateurs : qui partage un groupe avec qui
chart-facilitators-note = Chaque point est un animateur ou une animatrice, avec le nom d'un groupe qu'il anime ; un trait relie deux animateurs membres d'un même groupe (plus épais : plus de groupes). Couleur : la catégorie des groupes animés. Anneau orange : isolé (aucun animateur d'un autre groupe ne partage de groupe avec lui).
chart-facilitators-shown = Les { $shown } animateurs qui animent le plus de groupes sont montrés, sur { $total }.
chart-facilitators-withheld = Non dessiné dans un rapport à effectif minimal : ses points, nommés d'après les groupes animés, montreraient combien d'animateurs a chaque groupe.
chart-facilitators-none = Pas encore d’animateurs connus : nommez-les dans la description des groupes ou dans un fichier de rôles ; les exports qui nomment les propriétaires des groupes les donnent aussi.
chart-facilitators-label = { $group } +{ $more }
chart-facilitators-alone = isolé : aucun animateur d'un autre groupe ne partage de groupe avec lui
chart-other-categories = autres catégories
chart-several-categories = groupes de plusieurs catégories
sec-categories = Thématique × territorial : les catégories de groupes
sec-facilitators = Animateurs et animatrices
cat-text = Les { $groups } groupes se répartissent en { $n ->
    [one] **1 catégorie**
   *[other] **{ $n } catégories**
} : { $names }.
cat-most-shared = Les catégories qui se rejoignent le plus : **{ $a }** et **{ $b }**, { $shared ->
    [one] 1 personne
   *[other] { $shared } personnes
} dans les deux ({ $lift } × le hasard).
cat-pair = { $a } – { $b }
cat-apart = { $n ->
    [one] Ces deux catégories n'ont personne en commun
   *[other] Ces paires de catégories n'ont personne en commun
} : **{ $pairs }**.
cat-inside = { $n ->
    [one] **{ $names }** n'a aucun membre dans un groupe d'une autre catégorie : il reste dans sa catégorie.
   *[other] { $n } groupes n'ont aucun membre dans un groupe d'une autre catégorie ; ils restent dans leur catégorie : **{ $names }**.
}
cat-inside-none = Chaque groupe a des membres aussi inscrits dans un groupe d'une autre catégorie.
cat-bridges = { $n ->
    [one] 1 personne est inscrite
   *[other] { $n } personnes sont inscrites
} dans des groupes de plusieurs catégories ; { $top ->
    [one] celle qui en relie le plus ({ $most }) : { $names }.
   *[other] celles qui en relient le plus ({ $most }) : { $names }.
}
cat-bridges-withheld = { $n ->
    [one] 1 personne est inscrite
   *[other] { $n } personnes sont inscrites
} dans des groupes de plusieurs catégories.
fac-none = Les fichiers donnent des rôles, mais personne n'anime de groupe (aucun propriétaire, gestionnaire ni animateur).
fac-text = **{ $n }** { $n ->
    [one] personne anime
   *[other] personnes animent
} des groupes (animateurs et animatrices) ; **{ $linked }** d'entre elles ({ $rate }) sont dans un groupe avec un animateur d'un autre groupe.
fac-text-withheld = **{ $n }** { $n ->
    [one] personne anime
   *[other] personnes animent
} des groupes (animateurs et animatrices) ; moins de { $k } d'entre elles sont dans un groupe avec un animateur d'un autre groupe.
fac-alone = { $n ->
    [one] Les animateurs de **{ $names }** ne sont dans aucun groupe avec un animateur d'un autre groupe.
   *[other] Dans { $n } groupes, les animateurs ne sont dans aucun groupe avec un animateur d'un autre groupe : **{ $names }**.
}
fac-alone-none = Dans chaque groupe, au moins un animateur est dans un groupe avec un animateur d'un autre groupe.
fac-group = **{ $inside }** des { $n } animateurs et animatrices sont dans le groupe des animateurs **{ $group }** ; { $outside } n'y sont pas.
fac-group-few-inside = Moins de { $k } des { $n } animateurs et animatrices sont dans le groupe des animateurs **{ $group }**.
fac-group-few-outside = Tous les { $n } animateurs et animatrices sauf moins de { $k } sont dans le groupe des animateurs **{ $group }**.
fac-no-group = Aucun groupe ne réunit les animateurs : un groupe de catégorie « animation » ou « animateurs » serait pris comme tel (ou nommez-le avec --facilitators-group).
fac-one-part = Par les groupes qu'ils partagent, les animateurs forment un seul réseau : chacun peut joindre tous les autres.
fac-parts = Par les groupes qu'ils partagent, les animateurs forment { $parts } parties séparées : { $sizes }.
fac-part-size = { $parts ->
    [one] une
   *[other] { $parts }
} de { $n ->
    [one] 1 animateur
   *[other] { $n } animateurs
}
fac-list-in = Liste : { $file } ; réseau : { $chart }.
ess-alone-facilitators = { $n ->
    [one] Les animateurs de **{ $names }** ne croisent aucun animateur d'un autre groupe
   *[other] Les animateurs de { $n } groupes (**{ $names }**) ne croisent aucun animateur d'un autre groupe
} : les présenter à des animateurs d'autres groupes.
ess-alone-facilitators-group = { $n ->
    [one] Les animateurs de **{ $names }** ne croisent aucun animateur d'un autre groupe
   *[other] Les animateurs de { $n } groupes (**{ $names }**) ne croisent aucun animateur d'un autre groupe
} : les inviter dans **{ $group }**.
col-categories-category = catégorie
col-categories-groups = groupes
col-categories-persons = personnes
col-categories-memberships = inscriptions
col-categories-multi-membership-rate = dans 2+ de ses groupes
col-categories-cross-category-rate = aussi dans une autre catégorie
col-category-pairs-category-a = catégorie
col-category-pairs-category-b = catégorie
col-category-pairs-shared = dans les deux
col-category-pairs-expected-shared = attendu par hasard
col-category-pairs-lift = × hasard
col-connectors-categories = catégories
col-connectors-participation = répartition entre catégories (ou familles)
col-connectors-facilitates = groupes animés
col-facilitators-person = animateur ou animatrice
col-facilitators-groups-facilitated = groupes animés
col-facilitators-facilitated-groups = les groupes animés
col-facilitators-in-facilitators-group = dans le groupe des animateurs
col-facilitators-linked-facilitators = animateurs d'autres groupes croisés
col-facilitators-alone = isolé
def-cross-category = Aussi dans une autre catégorie (taux inter-catégories)
def-cross-category-text = Pour une catégorie c : les personnes de ses groupes aussi inscrites dans un groupe d'une autre catégorie, divisées par les personnes de ses groupes : |{"{"}p ∈ P_c : p a un groupe hors de c{"}"}| / |P_c|. Pour un groupe, la même part parmi ses membres.
def-category-lift = × hasard, pour les catégories (lift)
def-category-lift-text = Les personnes en commun de deux catégories divisées par le nombre attendu si les personnes se répartissaient au hasard entre les catégories, tailles gardées : |P_a ∩ P_b| × personnes / (|P_a| × |P_b|).
def-participation = Répartition entre catégories (coefficient de participation)
def-participation-text = Pour une personne inscrite dans k groupes, dont k_c dans la catégorie c : 1 − Σ_c (k_c / k)² ; 0 quand tous ses groupes sont d'une même catégorie, plus près de 1 quand ils se répartissent également entre plusieurs.
def-facilitator = Animateur, animatrice
def-facilitator-text = Une personne qui a un rôle d'animation dans un groupe : propriétaire, gestionnaire, modérateur, admin, éditeur ou organisateur dans un export ou un fichier de rôles, ou nommée dans la colonne animateurs de la description des groupes.
def-linked-facilitator = Animateur en lien avec d'autres (relié)
def-linked-facilitator-text = Un animateur f inscrit dans au moins un groupe avec un autre animateur f′ qui anime un groupe que f n'anime pas. Les animateurs d'un groupe sont isolés quand il en a et qu'aucun n'est relié.
def-facilitators-network = Réseau des animateurs
def-facilitators-network-text = Les animateurs et animatrices, deux d'entre eux reliés quand ils sont dans un même groupe ; ses parties séparées (composantes connexes) sont des animateurs qui ne peuvent pas se joindre par des groupes partagés.
chart-map-legend-category = Couleur : la catégorie du groupe
chart-map-legend-cluster = Couleur : la famille du groupe (groupes reliés plus que par le hasard)
chart-map-cluster = famille { $id }
chart-map-other-clusters = autres familles
chart-map-no-cluster = dans aucune famille
chart-map-no-category = sans catégorie
chart-map-read-category = Couleur : la catégorie du groupe, que nomme la légende (au-delà de six catégories, les autres partagent un gris).
chart-map-read-cluster = Couleur : la famille du groupe, c'est-à-dire les groupes reliés entre eux plus que par le hasard (voir « Plus que le hasard ») ; les six familles qui comptent le plus de groupes ont chacune leur couleur, les autres partagent un gris, et un groupe qui n'appartient à aucune famille est gris clair. Décrivez les groupes (leur catégorie) pour les colorer par catégorie.
def-participation-clusters = Répartition entre familles (coefficient de participation)
def-participation-clusters-text = Sans catégories de groupes, les familles de groupes en tiennent lieu : pour une personne inscrite dans k groupes, dont k_c dans la famille c, 1 − Σ_c (k_c / k)² ; 0 quand tous ses groupes sont d'une même famille, plus près de 1 quand ils se répartissent également entre plusieurs.
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
cmp-people-k = Personnes arrivées dans le réseau : { $joined } ; parties : { $left } ; dans les deux exports : { $stayed }, dont dans d'autres groupes qu'avant : { $changed }.
cmp-new-connectors-k = Personnes qui ont rejoint un deuxième groupe (dans un seul groupe avant, dans deux ou plus maintenant) : { $n }.
cmp-joined-connectors-k = Nouveaux venus déjà dans deux groupes ou plus : { $n }.
cmp-connectors-lost-k = Parmi les personnes qui étaient dans plusieurs groupes, revenues à un seul groupe : { $back } ; parties du réseau : { $left }.
cmp-cut-points-k = Personnes qui seules relient des groupes : { $after } ({ $before } avant).
cmp-memberships-k = Inscriptions commencées : { $new } ; terminées : { $ended } ; dans les deux exports : { $kept }.
cmp-persons-withheld = persons.csv n'est pas écrit dans une comparaison à effectif minimal : les groupes rejoints et quittés de chaque personne compteraient les arrivées et les départs de chaque groupe.
not-published = non publié
cmp-renamed = Renommés : { $list }.
cmp-figure = chiffre
cmp-change = évolution
# $size: the change's size, for the plural (French: "0,5 point", "2 points").
cmp-points = { $size ->
    [one] { $points } point
   *[other] { $points } points
}
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
cmp-groups-note = Groupes selon le nombre de membres arrivés ou partis. Part aussi ailleurs : membres aussi dans un autre groupe. « – » : le groupe n'existait pas alors.
cmp-lost-note = Paires de groupes, présents dans les deux exports, qui partageaient des membres et n'en partagent plus, avec les personnes qui les reliaient et celles d'entre elles toujours dans le réseau.
cmp-no-lost-links = Aucun couple de groupes qui partageait des membres n'a cessé d'en partager.
cmp-pairs-note = Les pertes d'abord, puis les gains ; les plus partagées d'abord. Les paires qui partagent des membres dans les deux exports sont dans pairs.csv.
cmp-persons-note = Personnes arrivées, parties, ou qui ont rejoint ou quitté un groupe, par ordre alphabétique.
cmp-none = Aucune.
cmp-input = { $label } : { $files } ; { $duplicates } inscriptions répétées comptées une fois, { $skipped } lignes ignorées.
cmp-input-file = { $file } ({ $format }, { $rows } lignes, { $kept } inscriptions)
cmp-personal-data = lost_links.csv, persons.csv, cette page et index.html nomment des personnes : ce sont des données personnelles.
cmp-col-group = groupe
cmp-col-status = statut
cmp-col-members-before = membres avant
cmp-col-members-after = membres après
cmp-col-joined = arrivés
cmp-col-left = partis
cmp-col-stayed = restés
cmp-col-shared-rate-before = part aussi ailleurs avant
cmp-col-shared-rate-after = part aussi ailleurs après
cmp-col-overlapping-groups-before = groupes en commun avant
cmp-col-overlapping-groups-after = groupes en commun après
cmp-col-isolated-before = isolé avant
cmp-col-isolated-after = isolé après
cmp-col-shared-members-before = aussi ailleurs avant
cmp-col-shared-members-after = aussi ailleurs après
cmp-col-group-a = groupe
cmp-col-group-b = groupe
cmp-col-shared-before = partagés avant
cmp-col-shared-after = partagés après
cmp-col-change = évolution
cmp-col-jaccard-before = proximité avant
cmp-col-jaccard-after = proximité après
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
def-shared-rate = Part aussi ailleurs (taux partagé)
def-shared-rate-text = La part des membres d'un groupe qui appartiennent à au moins un autre groupe.
def-pair-change = Gagnée, perdue, en hausse, en baisse, stable
def-pair-change-text = Comment a changé le nombre de membres que partagent deux groupes : gagnée à partir de zéro, perdue jusqu'à zéro, ou en hausse, en baisse, stable.
def-lost-link = Lien perdu
def-lost-link-text = Deux groupes présents dans les deux exports qui partageaient des membres et n'en partagent plus ; lost_links.csv nomme qui les reliait.
trend-title = Le réseau dans le temps : de { $first } à { $last }
trend-counts = De { $from } à { $to } : personnes { $persons_before } → { $persons_after }, groupes { $groups_before } → { $groups_after }, inscriptions { $memberships_before } → { $memberships_after }.
trend-rises = La part des membres aussi ailleurs a le plus augmenté dans : { $list }.
trend-falls = La part des membres aussi ailleurs a le plus baissé dans : { $list }.
trend-section-snapshots = Instantané par instantané
trend-section-groups = Les groupes du premier instantané au dernier
trend-groups-note = Groupes présents dans le premier et le dernier instantané, selon l'évolution de la part de leurs membres aussi dans un autre groupe.
trend-groups-file = Les membres et la part aussi ailleurs de chaque groupe dans chaque instantané : trend_groups.csv.
chart-largest-shown = Les { $shown } plus grands des { $total } groupes sont montrés.
chart-groups-per-person = groupes par personne
chart-persons = personnes
chart-members = membres
chart-shared-rate = part aussi ailleurs
chart-cmp-distribution-title = Nombre de groupes par personne, avant et après
chart-cmp-distribution-note = Taux de multi-appartenance : { $before } en { $label_before }, { $after } en { $label_after }.
chart-cmp-groups-title = Les groupes avant et après : membres et part aussi ailleurs
chart-cmp-groups-note = Point clair : { $before } ; point foncé : { $after } ; le trait qui les joint est l'évolution. Part aussi ailleurs : membres aussi dans un autre groupe.
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
chart-trend-groups-title = La part des membres aussi ailleurs, groupe par groupe, dans le temps
chart-trend-groups-note = En bleu : la part des membres du groupe aussi dans un autre groupe à chaque instantané ; en gris : le taux de multi-appartenance du réseau.
cmp-subtitle = Exports { $before } et { $after } · { $files ->
    [one] 1 fichier lu
   *[other] { $files } fichiers lus
}
trend-subtitle = { $n } instantanés · { $files ->
    [one] 1 fichier lu
   *[other] { $files } fichiers lus
}
cmp-subtitle-dated = Exports { $before } et { $after } · { $date } · { $files ->
    [one] 1 fichier lu
   *[other] { $files } fichiers lus
}
trend-subtitle-dated = { $n } instantanés · { $date } · { $files ->
    [one] 1 fichier lu
   *[other] { $files } fichiers lus
}
cmp-chart-distribution-read = Pour chaque nombre de groupes (1, 2, 3…), les personnes inscrites dans autant de groupes dans l'export le plus ancien (barre claire) et dans le plus récent (barre foncée). Les barres à partir de 2 groupes sont les personnes qui relient des groupes.
cmp-chart-groups-read = Une ligne par groupe, les plus grands d'abord. À gauche ses membres, à droite la part d'entre eux aussi inscrits dans un autre groupe ; le point clair est l'export le plus ancien, le point foncé le plus récent, et le trait qui les joint est l'évolution.
cmp-chart-map-read = Un cercle par groupe, plus grand quand il a plus de membres, placé comme sur la carte du rapport. Un trait joint deux groupes qui ont des personnes en commun : vert quand ils en ont maintenant et n'en avaient pas avant, orange en tirets quand ils n'en ont plus, gris quand ils en ont dans les deux exports.
trend-chart-trend-read = Chaque point est un instantané, dans l'ordre des libellés. En haut : la part des personnes inscrites dans deux groupes ou plus. En dessous, un petit graphique par nombre : personnes, groupes, inscriptions, personnes dans deux groupes ou plus, paires qui se recoupent, groupes isolés, parties séparées, personnes charnières.
trend-chart-groups-read = Un petit graphique par groupe, les plus grands d'abord : la part de ses membres aussi inscrits dans un autre groupe (en bleu) à chaque instantané, à côté du taux du réseau (en gris).
## Issue 16: chart texts

chart-axis-people = personnes
chart-largest-groups = Les { $shown } plus grands des { $total } groupes sont montrés.
chart-upset-members = membres de chaque groupe
chart-upset-other-bar = autres
chart-upset-other = { $combinations ->
    [one] { $combinations } autre combinaison
   *[other] { $combinations } autres combinaisons
} : { $persons ->
    [one] { $persons } personne
   *[other] { $persons } personnes
} (barre grise).
chart-upset-light-bars = Barres claires : personnes du groupe marqué et d'autres groupes, pas déjà comptées dans une barre précédente.
chart-upset-left-out = { $groups ->
    [2] Non dessinées : { $persons } personnes inscrites dans un seul groupe.
   *[other] Non dessinées : { $persons } personnes inscrites dans moins de { $groups } groupes.
}
chart-upset-nothing = Personne n'est dans { $groups } groupes ou plus : rien à dessiner.
chart-heatmap-alone = { $n ->
    [one] { $n } groupe qui ne partage personne avec les autres est à la fin.
   *[other] { $n } groupes qui ne partagent personne avec les autres sont à la fin.
}
chart-heatmap-scale = en commun
chart-map-islands = Groupes qui ne partagent personne avec les autres
chart-map-links = Les { $shown } plus forts des { $total } recoupements sont tracés.
chart-distribution-rate = { $rate } des personnes sont dans 2 groupes ou plus ({ $persons } personnes).
chart-distribution-axis = nombre de groupes
chart-shared_rate-line = Tirets : tout le réseau, { $rate }.
chart-shared_rate-axis = membres aussi dans un autre groupe
err-this-is = c’est { $kind }
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

## Issue 12: the robustness chart's texts
chart-robustness-damage = les plus décisifs d’abord
chart-robustness-most-groups = les inscrits au plus de groupes d’abord
chart-robustness-random = au hasard (moyenne de 20)
chart-robustness-x = personnes retirées (échelle logarithmique)
chart-robustness-y = groupes dans la plus grande partie
chart-on-screen = Le graphique « { $title } » est dans la page à l’écran, et dans { $file }.

## Issue 14 : rapports pseudonymisés, clés, petits effectifs
key-unreadable = impossible de lire le fichier de clé { $path } : { $why }. Donnez un fichier d'au moins 16 octets, par exemple créé par : head -c 32 /dev/urandom > maillage.key
key-too-short = le fichier de clé { $path } contient { $bytes } octets ; une clé en demande au moins { $minimum }. Créez-en une par : head -c 32 /dev/urandom > maillage.key
key-env-too-short = la clé de { $variable } compte { $bytes } octets ; une clé en demande au moins { $minimum }
key-readable = le fichier de clé { $path } est lisible par d'autres utilisateurs de cet ordinateur ; qui le possède peut relier les pseudonymes aux adresses (chmod 600 { $path })
pseudonym-collision = deux identifiants différents donnent le même pseudonyme même à { $length } caractères ; cela ne devrait pas arriver : merci de le signaler
reveal-needs-key = un pseudonyme n'a de sens qu'avec la clé de son rapport : donnez --key-file, ou définissez { $variable }
reveal-not-found = certains pseudonymes n'ont pas été trouvés dans ces exports (autre clé, ou autres exports)
reveal-none = { $pseudonym } : personne dans ces exports
warn-folds-withheld = { $n ->
    [one] 1 adresse Gmail a été repliée
   *[other] { $n } adresses Gmail ont été repliées
} (points et +étiquettes ignorés, comme demandé) ; la liste n'est pas écrite dans un rapport pseudonymisé
warn-duplicates-withheld = { $n ->
    [one] 1 nom est porté
   *[other] { $n } noms sont portés
} par des personnes aux adresses différentes ; elles n'ont pas été fusionnées ; la liste n'est pas écrite dans un rapport pseudonymisé (lancez sans --pseudonymise sur votre ordinateur pour la voir)
sec-privacy = Confidentialité
privacy-pseudonyms = **Les personnes sont écrites sous pseudonyme** (`p-` et { $length } caractères) : chacun est calculé à partir de l'adresse de la personne avec une clé secrète (HMAC-SHA256) ; sans la clé, personne ne peut savoir de qui il s'agit, et une même personne a le même pseudonyme dans tous les tableaux et graphiques de ce rapport.
privacy-key-kept = La clé a été fournie pour ce rapport : les rapports faits avec la même clé donnent les mêmes pseudonymes et peuvent donc être comparés ; qui détient la clé peut retrouver la personne derrière un pseudonyme (maillage reveal).
privacy-key-random = La clé a été tirée au hasard pour ce seul rapport, puis oubliée : ses pseudonymes ne peuvent être reliés à ceux d'aucun autre rapport, ni ramenés à quiconque.
privacy-groups-hidden = Les noms des groupes sont eux aussi écrits sous pseudonyme (`g-`), de même que les noms des fichiers lus (`f-`).
privacy-withheld = Les noms affichés ne sont pas écrits. Les listes des noms portés par plusieurs adresses et des adresses Gmail repliées ne le sont pas non plus ; seuls leurs nombres le sont.
privacy-min-count = **Les effectifs de moins de { $k } personnes ne sont pas montrés** : ils se lisent « < { $k } » ici et sont vides dans les fichiers CSV (avec `suppressed` à true), de même que les taux calculés à partir d'eux. Les chiffres clés (personnes, groupes, taux) sont exacts.
privacy-still-personal = Des données pseudonymisées restent des données personnelles : un petit groupe ou une combinaison rare de groupes peut désigner quelqu'un. Ne partagez ce rapport qu'avec qui en a besoin.
check-duplicates-withheld = **{ $n ->
    [one] 1 nom est porté
   *[other] { $n } noms sont portés
} par des personnes aux adresses différentes** : elles ont été comptées comme des personnes différentes. La liste n'est pas dans un rapport pseudonymisé ; lancez maillage sans --pseudonymise sur votre ordinateur pour la voir.
fewer-than-first = Moins de { $k }
fewer-than = moins de { $k }
below-min-count = < { $k }
privacy-no-graphs = Les réseaux (GraphML, GEXF) ne sont pas écrits avec un effectif minimal : ils listent chaque lien.
