# maillage's messages in English. Every key is in fr.ftl too (a test
# checks). A whole number argument is written with the language's
# separators ($n: 2,100); rates come formatted ($rate: 28.7%).

## Tests of the catalogue itself

test-persons = { $n ->
    [one] { $n } person
   *[other] { $n } persons
}
test-greeting = Hello { $name }

## Why a row gave no membership (warnings, inspect, the report's input)

skip-empty-person = an empty person value
skip-empty-group = no group
skip-invalid = the wrong number of fields
skip-not-validated = an order not validated
skip-bot = a bot account
skip-deactivated = a deactivated or deleted account
skip-banned = a banned member
skip-not-an-address = a value that is not an address, in a list of addresses

## Why a file was not read

notread-not-a-list = not a member list (its kind of file is not read)
notread-report-folder = a maillage report, not a member list
notread-hidden-sheet = a hidden sheet
notread-empty-sheet = an empty sheet

## What was read with a doubt

notice-unsplit-lists = group cells hold “{ $separator }” (line { $line }: “{ $example }”) and were read as one group each; if they list several groups, say which character separates them (option --list-separator '{ $separator }')
notice-split-lists = group cells were split on “{ $separator }” (lists of groups)
notice-one-member-groups = most of its { $groups } groups (column “{ $column }”) have one member: is it a member list? If not, leave the file out
notice-dates-as-groups = the column taken as the groups, “{ $column }”, holds dates (“{ $example }”): is it a member list? If not, leave the file out
notice-group-from-folder = the file name “{ $file }” says nothing about its group or is shared with another file: its group is named after its folder, “{ $group }”
notice-persons-by-name = no address column: persons are identified by their names ({ $columns }); two people with one name count as one, and one person written two ways as two

## Warnings on the terminal

warn-skipped = { $file }: skipped { $n ->
    [one] { $n } row
   *[other] { $n } rows
}: { $reasons }{ $lines }
warn-skipped-reason = { $n } with { $why }
warn-lines = { " " }({ $count ->
    [one] line
   *[other] lines
} { $lines }{ $more ->
    [yes] , …
   *[no] {""}
})
warn-not-read = { $file }: not read: { $why }
warn-notice = { $file }: { $notice }
warn-folds = { $n ->
    [one] 1 Gmail address was folded
   *[other] { $n } Gmail addresses were folded
} (dots and +tags ignored, as asked); see address_folds.csv
warn-duplicates = { $n ->
    [one] 1 display name is
   *[other] { $n } display names are
} shared by people with different addresses; they were not merged (see possible_duplicates.csv)
warning = warning: { $text }
note = note: { $text }

## The closing lines

done-report = wrote { $out }: { $persons } persons, { $groups } groups, multi-membership rate { $rate }
done-generate = wrote { $out }: { $n } memberships

## maillage summary

summary-headline = { $rate } of the { $persons } persons belong to 2 or more groups ({ $multi } persons)
summary-persons = persons
summary-groups = groups
summary-memberships = memberships
summary-groups-per-person = groups per person
summary-on-average = { $mean } on average
summary-overlapping-pairs = overlapping pairs
summary-parts = separate parts
summary-parts-value = { $parts } (largest: { $persons } persons, { $groups } groups)
summary-cut-point-persons = cut-point persons
summary-isolated = isolated groups
summary-hanging = hanging on 1 person
summary-input = input
summary-input-value = { $rows } rows, { $duplicates } repeated, { $skipped } skipped
list-and-more = , and { $n } more
list-items = : { $items }

## maillage inspect

inspect-format = format
inspect-layout = layout
inspect-encoding = encoding
inspect-delimiter = delimiter
inspect-person = person
inspect-groups = groups
inspect-rows = rows
inspect-memberships = memberships
inspect-skipped = skipped
inspect-with = with { $why }
inspect-roles = roles
inspect-roles-left-out = roles left out
inspect-roles-left-out-value = { $n } (on groups with no member)
inspect-note = note
inspect-cleaned = cleaned
inspect-cleaned-value = { $n ->
    [one] 1 name held
   *[other] { $n } names held
} control characters (removed; a vertical tab became a space)
inspect-first-skipped = first skipped lines: { $lines }
inspect-not-read = not read
roles-count = { $kind ->
    [owners] { $n ->
        [one] 1 owner
       *[other] { $n } owners
    }
    [managers] { $n ->
        [one] 1 manager
       *[other] { $n } managers
    }
    [moderators] { $n ->
        [one] 1 moderator
       *[other] { $n } moderators
    }
    [facilitators] { $n ->
        [one] 1 facilitator
       *[other] { $n } facilitators
    }
   *[members] { $n ->
        [one] 1 member
       *[other] { $n } members
    }
}

## The status line

stage-reading = reading the member lists
stage-building = building the network
stage-analysing = counting overlaps, connectors and cut points
stage-writing = writing the report

## What was recognised in a file

export-csv = CSV table
export-sheet = spreadsheet sheet
export-sympa-list-dump = Sympa list dump
export-plain-list = plain address list
export-sympa-dump = Sympa subscriber records
export-google-groups = Google Groups members
export-meetup = Meetup member list
export-helloasso = HelloAsso orders
export-discourse = Discourse users
export-slack = Slack workspace export
export-mattermost = Mattermost bulk export
export-nextcloud = Nextcloud groups
from-split-column = { $column } (split on '{ $separator }')
from-group-columns = { $n } group columns: { $columns }
from-whole-file = the whole file is the group "{ $group }"
from-line = the line (no header)
from-email = email
from-slack-person = profile.email, else the user id
from-slack-channels = channels (channels.json, groups.json)
from-mattermost-channels = channels (team/channel)
from-nextcloud-users = user ids
from-nextcloud-groups = the JSON keys
layout-long = one row per membership
layout-wide = one row per person, a list of groups
layout-matrix = one column per group
layout-per-group = the whole file is one group
delimiter-tab = tab
delimiter-none = none
delimiter-cells = none (cells)

## The report (report.md, index.html, rapport.xlsx)

test-rich = Group **{ $name }** has { $n } members
report-title = How our groups are woven together
report-subtitle = Member lists of { $date } · { $files ->
    [one] 1 file read
   *[other] { $files } files read
}
report-subtitle-no-date = { $files ->
    [one] 1 file read
   *[other] { $files } files read
}
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
lead = **{ $rate }** of the { $persons } people belong to at least two groups ({ $multi } people).
card-rate = are in two groups or more
card-persons = { $n ->
    [one] person
   *[other] people
}
card-groups = { $n ->
    [one] group
   *[other] groups
}
card-memberships = { $n ->
    [one] membership
   *[other] memberships
}
card-pairs = { $n ->
    [one] pair of groups sharing people
   *[other] pairs of groups sharing people
}
card-isolated = { $n ->
    [one] isolated group
   *[other] isolated groups
}
card-parts = { $n ->
    [one] separate part
   *[other] separate parts
}
card-cut-points = { $n ->
    [one] person who alone links groups
   *[other] people who alone link groups
}
footer = Made with maillage { $version }. This page makes no network request: it opens offline and prints. It names people: share it only with those who may see the member lists.
word-and = and
names-and-others = { $names } and { $n ->
    [one] 1 other
   *[other] { $n } others
}
yes = yes
shown-of = Showing { $shown } of { $total }; the full list is in { $file }.
printed-of = On paper, the first { $shown } of { $total }; the full list is in { $file } and rapport.xlsx.
chart-file = The chart alone:

sec-essentials = The essentials
ess-parts = The groups form **{ $parts } separate parts**: the largest links { $groups } groups, and { $others ->
    [one] 1 group shares
   *[other] { $others } groups share
} nobody with it. To weave them in: invite their members to an event of the largest part.
ess-one-part = All groups are linked to each other, directly or through other groups.
ess-isolated = { $n ->
    [one] **{ $names }** shares
   *[other] **{ $names }** share
} nobody with the other groups: invite { $n ->
    [one] its
   *[other] their
} members to a meeting or an event of another group.
ess-hanging = { $n ->
    [one] **{ $names }** is
   *[other] **{ $names }** are
} linked to the other groups through a single person: find a second link, someone who could join another group too.
ess-cut-groups = Without { $n ->
    [one] **{ $names }**, other groups
   *[other] **{ $names }** (each of them), other groups
} would no longer be linked to each other: { $n ->
    [one] its
   *[other] their
} members hold the network together.
ess-cut-persons = **{ $n ->
    [one] 1 person alone links
   *[other] { $n } people alone link
} groups**: if { $n ->
    [one] they
   *[other] one of them
} left, groups would lose their last link (marked in the connectors table). Share the role: introduce other members.
ess-no-cut-persons = Nobody alone holds groups together: every link between groups goes through several people.
ess-bridge = { $who } ({ $groups } groups)
ess-bridges = The strongest connectors: { $list }.
ess-closest = The closest groups: **{ $a }** and **{ $b }** share { $shared ->
    [one] 1 person
   *[other] { $shared } people
}.

sec-multi = Multi-membership
multi-text = **{ $rate }** of the { $persons } people ({ $multi }) are in two groups or more. Together they hold { $memberships } memberships in { $groups } groups: { $mean } groups per person on average.
col-degrees-groups = groups
col-degrees-persons = people
col-degrees-share = share

sec-groups = Groups
groups-text = Each group: its members, how many of them are also in another group, and with how many other groups it shares people. Click a column heading to sort.
groups-most-linked = The groups whose members are most often elsewhere too
groups-least-linked = The groups whose members are least often elsewhere
col-groups-group = group
col-groups-members = members
col-groups-shared-members = also elsewhere
col-groups-shared-rate = share also elsewhere
col-groups-overlapping-groups = linked groups
col-groups-isolated = isolated
col-groups-component = part
col-groups-cut-point = key link

sec-overlaps = Overlaps
overlaps-none = No two groups share a member.
overlaps-text = **{ $n ->
    [one] 1 pair
   *[other] { $n } pairs
} of groups** share at least one person. The pairs sharing most:
overlaps-note = Closeness: the people in both groups divided by the people in either (1 = the same people). × chance: the people they share divided by the number expected if everyone had joined groups at random; above 1, more than chance.
col-pairs-group-a = group
col-pairs-group-b = group
col-pairs-shared = in both
col-pairs-jaccard = closeness
col-pairs-overlap-coefficient = overlap of the smaller
col-pairs-expected-shared = expected by chance
col-pairs-lift = × chance
col-pairs-sole-link = only link

sec-connectors = Connectors
connectors-none = Nobody is in two groups or more.
connectors-text-no-cut = **{ $n ->
    [one] 1 person is
   *[other] { $n } people are
} in two groups or more**; nobody alone holds groups together. The strongest connectors:
connectors-text = **{ $n ->
    [one] 1 person is
   *[other] { $n } people are
} in two groups or more**; { $cut ->
    [one] 1 of them is a key link
   *[other] { $cut } of them are key links
}: if one left, their part of the network would fall into pieces. The strongest connectors:
col-connectors-person = address
col-connectors-name = name
col-connectors-groups = groups
col-connectors-cut-point = key link
col-connectors-pieces-if-removed = parts without them
col-connectors-sole-link-pairs = only link of (pairs)
col-connectors-group-list = their groups

sec-fragile = Isolated and fragile groups
fragile-isolated = Groups sharing nobody with the others
fragile-isolated-none = None: every group shares at least one person with another group.
fragile-hanging = Groups linked to the others through a single person
fragile-hanging-none = None: every linked group is linked through two people or more.
fragile-cut-groups = Groups without which other groups would no longer be linked
fragile-cut-groups-none = None: no group alone holds others together.
fragile-parts = Separate parts
fragile-parts-text = The groups form { $n } parts that share nobody with each other:
col-parts-part = part
col-parts-persons = people
col-parts-groups = groups

sec-check = To check
check-duplicates = **{ $n ->
    [one] 1 name is
   *[other] { $n } names are
} carried by people with different addresses**: they were counted as different people. Check whether they are the same person (possible_duplicates.csv):
col-possible-duplicates-name = name
col-possible-duplicates-persons = addresses
col-possible-duplicates-addresses = addresses
col-address-folds-address = address as written
col-address-folds-folded-to = counted as
check-control-characters = { $file }: { $n ->
    [one] 1 name held
   *[other] { $n } names held
} invisible control characters, removed
check-roles-dropped = { $file }: { $n ->
    [one] 1 role was
   *[other] { $n } roles were
} on groups with no member read, and left out
check-repeated = { $n ->
    [one] 1 membership was
   *[other] { $n } memberships were
} read twice or more, and counted once
check-nothing = Nothing to check: every row was read, and no name is carried by two addresses.

sec-input = Files read
col-input-file = file
col-input-format = recognised as
col-input-layout = layout
col-input-person = people from
col-input-groups = groups from
col-input-rows = rows
col-input-memberships = memberships
col-input-skipped = left out
input-note = { $rows ->
    [one] 1 row
   *[other] { $rows } rows
} read in all; { $duplicates ->
    [one] 1 repeated membership
   *[other] { $duplicates } repeated memberships
} counted once. The details are in summary.json.

sec-definitions = Definitions
def-multi = Multi-membership rate
def-multi-text = The share of people who belong to two groups or more: persons in ≥ 2 groups / persons.
def-shared = Also elsewhere, share also elsewhere (shared members, shared rate)
def-shared-text = The members of a group who belong to at least one other group, and their number divided by the group's members.
def-linked-groups = Linked groups (overlapping groups)
def-linked-groups-text = How many other groups share at least one person with the group.
def-isolated = Isolated group
def-isolated-text = A group none of whose members belongs to another group.
def-hanging = Group hanging on one person
def-hanging-text = A group linked to others, through one member only: if that person left, the group would be cut off.
def-jaccard = Closeness (Jaccard index)
def-jaccard-text = The people in both groups divided by the people in either: |A ∩ B| / |A ∪ B|; 1 = the same people, 0 = nobody in common.
def-lift = × chance (lift)
def-lift-text = The people two groups share divided by the number expected if people had joined groups at random, group sizes kept: |A ∩ B| × persons / (|A| × |B|); above 1, the two groups share more than chance would give.
def-connector = Connector
def-connector-text = A person in two groups or more.
def-cut-point = Key link (cut point, articulation point)
def-cut-point-text = A person, or a group, whose departure would split the network: some groups would no longer be linked at all, directly or through others. For a group: removing it from the graph of groups linked by shared people disconnects other groups.
def-sole-link = Only link (sole link)
def-sole-link-text = For a pair of groups, the one person they share, when there is exactly one. Not the same as a key link: the two groups may still be linked through other groups.
def-parts = Separate parts (connected components)
def-parts-text = Groups linked to each other, directly or through a chain of shared people, form one part; two parts share nobody.

## The charts: titles, and how to read them (shown beside each chart)

chart-upset-title = Who is in which groups together
chart-upset-read = Each bar counts the people who are in exactly the groups marked by the dots below it, and in no other group: each person is in one bar only. The longest bars are the most common combinations. On the left, each group's members.
chart-heatmap-title = How close the groups are
chart-heatmap-read = One square per pair of groups: the darker, the more people the two groups have in common compared with their sizes (closeness, from 0 = nobody in common to 1 = the same people). Groups placed side by side are those with the most in common.
chart-map-title = Map of the groups: who links whom
chart-map-read = One circle per group, larger when it has more members. A line joins two groups that have clearly more people in common than chance would give (see “More than chance”), thicker when they have more. Groups placed close together are linked. An orange ring marks a group without which other groups would no longer be linked. Groups sharing nobody are lined up at the bottom.
chart-distribution-title = How many groups each person is in
chart-distribution-read = Each bar counts the people in 1, 2, 3… groups. The bars from 2 groups on are the people who link groups: their share is the multi-membership rate.
chart-shared_rate-title = How open each group is
chart-shared_rate-read = For each group, the share of its members who are also in another group. A short bar: a group whose members are rarely elsewhere.

## Issue 12: significance and robustness

sec-significance = More than chance
sig-none = No pair of groups shares clearly more members than chance would give (of { $tests } pairs, at a false discovery rate of { $fdr }).
sig-text = **{ $n ->
    [one] 1 pair
   *[other] { $n } pairs
} of groups** share more members than chance would give, of { $tests } pairs (each pair tested, at most { $fdr } false discoveries expected among them).
sig-strongest = The clearest:
sig-strong-item = **{ $a }** and **{ $b }**: { $shared } people in common, { $lift } times what chance would give
col-pairs-p-value = p-value
col-pairs-q-value = q-value
col-pairs-significant = more than chance
gaps-heading = Groups that should meet and don't: introduce them
gaps-none = Among the { $considered } pairs of groups large enough to be expected to share members, none shares clearly fewer than chance would give.
gaps-text = **{ $n ->
    [one] 1 pair
   *[other] { $n } pairs
} of groups** share fewer members than chance would give (of { $considered } pairs large enough to be expected to share some). Introduce them to each other:
gaps-item = **{ $a }** and **{ $b }**: { $shared } in common where { $expected } would be expected
col-gaps-group-a = group
col-gaps-group-b = group
col-gaps-shared = in both
col-gaps-expected-shared = expected by chance
col-gaps-lift = × chance
col-gaps-p-value = p-value
col-gaps-q-value = q-value
clusters-heading = Clusters of groups
clusters-none = No clusters: no pair of groups shares more members than chance would give.
clusters-text = The groups linked by more than chance fall into **{ $n ->
    [one] 1 cluster
   *[other] { $n } clusters
}** (modularity { $modularity }; { $alone ->
    [one] 1 group belongs
   *[other] { $alone } groups belong
} to none).
clusters-item = Cluster { $id } ({ $n ->
    [one] 1 group
   *[other] { $n } groups
}): { $names }
clusters-note = Clusters are found by the Louvain method on the pairs sharing more than chance, weighted by the people they share; groups.csv gives each group's cluster. Modularity above 0.3 means clearly separated clusters.
col-groups-cluster = cluster
col-groups-degree-centrality = degree
col-groups-closeness = closeness (centrality)
col-groups-betweenness = betweenness
col-connectors-degree-centrality = degree
col-connectors-closeness = closeness (centrality)
col-connectors-betweenness = betweenness
robust-heading = How many departures split the network
robust-already-split = The network is already in pieces: its largest part holds { $share } of the groups.
robust-text = **{ $n ->
    [one] 1 person holds
   *[other] { $n } people hold
} half of the network together**: if they left, chosen where it hurts most, fewer than half of the groups would still be linked to each other. At random it takes { $random }.
robust-text-holds = The network holds: even after { $n } departures, the most damaging first, more than half of the groups are still linked.
robust-more-than = more than { $n }
centrality-note-exact = groups.csv and connectors.csv also give each group's and connector's two-mode degree, closeness and betweenness (Borgatti and Everett, as NetworkX computes them), computed exactly.
centrality-note-sampled = groups.csv and connectors.csv also give each group's and connector's two-mode degree, closeness and betweenness (Borgatti and Everett, as NetworkX computes them); in a network this large, closeness and betweenness are estimated from { $k } starting points per part, drawn from a fixed seed.
chart-robustness-title = How many departures split the network
chart-robustness-read = Each curve follows the share of groups still linked together as people leave one by one, the most damaging first, those in most groups first, or at random. Where a curve crosses the orange line, fewer than half of the groups are still linked.
