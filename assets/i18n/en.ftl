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
summary-few-links = linked through < { $k }
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
printed-of = On paper, the first { $shown } of { $total }; the full list is in { $file }.
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
ess-few-links = { $n ->
    [one] **{ $names }** is
   *[other] **{ $names }** are
} linked to the other groups through fewer than { $k } people: find more links, people who could join another group too.
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
fragile-few-links = Groups linked to the others through fewer than { $k } people
fragile-few-links-none = None: every linked group is linked through several people.
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
chart-upset-read = Each bar counts the people who are in exactly the groups marked by the dots below it, and in no other group: each person is in one bar only. The longest bars are the most common combinations. When the combinations are too many to show one bar each, the light bars gather the other people of one group (in that group and at least one other), and the grey bar holds the rest. On the left, each group's members.
chart-heatmap-title = How close the groups are
chart-heatmap-read = One square per pair of groups: the darker, the more people the two groups have in common compared with their sizes (closeness, from 0 = nobody in common to 1 = the same people). Groups placed side by side are those with the most in common.
chart-map-title = Map of the groups: who links whom
chart-map-read = One circle per group, larger when it has more members. A line joins two groups that have people in common, thicker when they have more: solid when they have clearly more in common than chance would give (see “More than chance”), dashed otherwise; the largest overlaps and each group's largest are always drawn. Groups placed close together are linked. An orange ring marks a group without which other groups would no longer be linked. Groups sharing nobody are lined up at the bottom.
chart-distribution-title = How many groups each person is in
chart-distribution-read = Each bar counts the people in 1, 2, 3… groups. The bars from 2 groups on are the people who link groups: their share is the multi-membership rate.
chart-shared_rate-title = How open each group is
chart-shared_rate-read = For each group, the share of its members who are also in another group. A short bar: a group whose members are rarely elsewhere.

## Issue 16: the spreadsheet
sheet-essentials = Essentials
sheet-groups = Groups
sheet-overlaps = Pairs of groups
sheet-connectors = Connectors
sheet-duplicates = Possible duplicates
sheet-inputs = Files read
sheet-figure = Figure
sheet-value = Value
sheet-cut = The sheet “{ $sheet }” holds the first { $shown } of { $total } rows; the CSV file holds them all.

## Issue 16: errors, in plain words first and the option second
error-prefix = error:
err-role-person = person
err-role-group = group
err-not-found = no such file (check the path)
err-io = cannot read: { $error }
err-empty = the file is empty (export the member list again)
err-header-only = only a header, no membership rows
err-no-column = no { $role } column found among the columns { $columns }; name it with --{ $option } COLUMN{ $group ->
    [1] {" "}(or, if the whole file is one group, use --layout per-group)
   *[other] {""}
}
err-missing-named-column = there is no column '{ $name }' (given with --{ $option }); the columns are { $columns }
err-same-column = the person and group columns are both '{ $name }'; give two different columns with --person and --group
err-not-utf8 = the file is not valid text in the encoding used (give it with --encoding, or re-save it as CSV UTF-8)
err-empty-column = the { $role } column '{ $column }' is empty on every row; check the column with --{ $option }
err-unknown-encoding = unknown encoding '{ $label }' (try utf-8, windows-1252, iso-8859-15 or utf-16)
err-empty-folder = no member list (.csv, .tsv, .txt, .json, .dump, .list or .zip file) in it; give the files themselves
err-unterminated-quote = a quoted field opened on this line is never closed; close the quote (a quote inside a quoted field is written twice: ""), or remove it
err-unknown-layout = cannot tell which layout this file has ({ $why }); say it with --layout long|wide|matrix|per-group
err-entry-too-large = this member of the archive expands to more than { $max } MiB; unzip the archive and give the file itself
err-too-many-names = more than four billion distinct names: the inputs are too large for maillage
err-report-folder = this folder holds a report written by maillage, not member lists; give the folder of the exports
err-no-input = no input file given
err-columns-not-text = the columns could not be read as text
err-field-count = { $found } fields where the header has { $expected } (check the delimiter and the quotes on this line, or use --skip-invalid to drop such rows)
err-csv = cannot read this line of the CSV file ({ $error }); check its quotes and delimiter
err-header = cannot read the header ({ $error })
err-zip-member = cannot read this member of the zip archive ({ $error })
err-zip = cannot read the zip archive ({ $error }); unzip it and give the files themselves
err-nested-zip = a zip archive inside a zip archive; unzip it first
err-odt = an OpenDocument text document, not a member list; export the member list as CSV or a spreadsheet
err-office = an Office document that is not a workbook; export the member list as CSV or a spreadsheet
err-pdf = a PDF document; export the member list as CSV instead
err-xls = an Excel 97-2003 workbook (.xls); save it as CSV (UTF-8)
err-gzip = a gzip-compressed file; decompress it first
err-sqlite = an SQLite database; export the member list as CSV
err-binary = a binary file, not a text member list
err-workbook = cannot read this workbook ({ $error }); save each sheet as CSV (UTF-8) instead
err-slack-alone = { $file } of a Slack export, without both { $users } and { $channels } beside it: give the export's whole folder or zip
err-expected-slack-users = an array of users ({"{"}"id": ..., "profile": {"{"}...{"}"}{"}"})
err-expected-slack-channels = an array of channels ({"{"}"name": ..., "members": [...]{"}"})
err-slack-json = not a Slack { $file } ({ $error }); expected { $expected }
err-expected-mattermost-type = a JSON object with a "type"
err-expected-mattermost-team = a team line
err-expected-mattermost-channel = a channel line
err-expected-mattermost-user = a user line
err-mattermost = { $error } (column { $column }); expected { $expected } of a Mattermost bulk export
err-nextcloud-json = not valid JSON ({ $error }); expected Nextcloud's `occ group:list --output=json`
err-nextcloud-object = expected a JSON object of groups: {"{"}"group": ["user", ...]{"}"}
err-nextcloud-no-users = group "{ $group }": expected a list of users
err-nextcloud-user-not-text = group "{ $group }": a user id is not text
err-why-no-file-name = the file name gives no group name: give it with --group NAME
err-why-stdin = standard input has no file name to name its group: give it with --group NAME
err-why-no-group-column = no column besides the person column to use as a group
ctx-writing = writing { $path }
ctx-creating = creating { $path }
ctx-reading = reading { $path }
ctx-temp-folder = creating a temporary folder in { $folder }
ctx-replace = preparing to replace the previous report
ctx-move-aside = moving the previous report { $path } aside
ctx-move = moving the report to { $path }
err-out-not-folder = { $path } exists and is not a folder; choose another --out
err-out-not-report = { $path } exists and is not a maillage report (no { $summary }); refusing to replace it: choose an empty or new --out folder
err-why-plain-list = it is a plain list of members with no header, so it can only be one group
## Issue 11: categories and facilitators

export-group-descriptions = group descriptions
export-roles = roles file
layout-descriptions = one row per group
layout-roles = one row per role
notice-unknown-group = line { $line }: no group “{ $group }” in the member lists; the row is left out (check the spelling, or run maillage groups-template to list the groups)
notice-more-unknown-groups = and { $rows ->
    [one] 1 more row
   *[other] { $rows } more rows
} naming groups that are not in the member lists
notice-unknown-role = line { $line }: unknown role “{ $word }”; the row is left out (use owner, manager, moderator, admin, editor, facilitator, animateur, animatrice, organizer or member)
notice-more-unknown-roles = and { $rows ->
    [one] 1 more row
   *[other] { $rows } more rows
} with an unknown role
error-descriptions-column = { $file }:1: { $what ->
    [group] no group column found among the columns { $columns }; a group-descriptions file needs one (group, groupe, liste…)
   *[described] no category, territory or facilitators column found among the columns { $columns }; name them category (or catégorie, type, kind, famille), territory (or territoire, région, ville, place) or facilitators (or animateurs, animatrices, owners)
}
error-roles-column = { $file }:1: no { $what ->
    [person] person
    [group] group
   *[role] role
} column found among the columns { $columns }; a roles file has the columns person,group,role
error-two-categories = the group “{ $group }” is given two categories: “{ $a }” ({ $first }) and “{ $b }” ({ $second }); keep one
error-facilitators-group = --facilitators-group “{ $name }”: no group of that name in the member lists
inspect-described = described
inspect-described-value = { $n ->
    [one] 1 group
   *[other] { $n } groups
} ({ $columns })
chart-categories-read = Each cell: the people of both categories, and how many times what chance would give (purple: more; orange: fewer). Diagonal: each category's people.
chart-facilitators-read = One point per facilitator, named after a group they run, coloured by its category; a line joins two facilitators in a same group. Orange ring: a facilitator alone.
chart-categories-title = Which categories reach which: persons shared
chart-categories-note = Each cell: the persons who are in both categories (bold), and the lift: shared persons ÷ those expected if persons were spread over the categories at random. Orange: fewer than chance; purple: more. Diagonal: the persons of the category.
chart-categories-shown = The { $shown } categories with the most persons are shown, of { $total }.
chart-categories-none = No group categories yet: describe the groups in a file (a row per group: its category, territory, facilitators); the README says how.
chart-categories-legend = lift
chart-categories-diagonal = persons in the category
chart-facilitators-title = The facilitators' network: who shares a group with whom
chart-facilitators-note = Each point is a facilitator, labelled with a group they run; a line joins two facilitators who are members of a same group (thicker: more groups). Colour: the category of the groups they run. Orange ring: alone (no facilitator of another group shares a group with them).
chart-facilitators-shown = The { $shown } facilitators who run the most groups are shown, of { $total }.
chart-facilitators-withheld = Not drawn in a report with a minimum count: its points, labelled by the groups they run, would show how many facilitators each group has.
chart-facilitators-none = No facilitators known yet: name them in the group descriptions or in a file of roles; exports that name the owners of groups give them too.
chart-facilitators-label = { $group } +{ $more }
chart-facilitators-alone = alone: no facilitator of another group shares a group with them
chart-other-categories = other categories
chart-several-categories = groups of several categories
sec-categories = Thematic × territorial: categories of groups
sec-facilitators = Facilitators
cat-text = The { $groups } groups fall into { $n ->
    [one] **1 category**
   *[other] **{ $n } categories**
}: { $names }.
cat-most-shared = The categories that meet most: **{ $a }** and **{ $b }**, { $shared ->
    [one] 1 person
   *[other] { $shared } people
} in both ({ $lift } × chance).
cat-pair = { $a } – { $b }
cat-apart = { $n ->
    [one] These two categories share nobody
   *[other] These pairs of categories share nobody
}: **{ $pairs }**.
cat-inside = { $n ->
    [one] **{ $names }** has no member in a group of another category: it stays inside its category.
   *[other] { $n } groups have no member in a group of another category; they stay inside their category: **{ $names }**.
}
cat-inside-none = Every group has members who are also in a group of another category.
cat-bridges = { $n ->
    [one] 1 person is
   *[other] { $n } people are
} in groups of several categories; { $top ->
    [one] the one in the most ({ $most }): { $names }.
   *[other] those in the most ({ $most }): { $names }.
}
cat-bridges-withheld = { $n ->
    [one] 1 person is
   *[other] { $n } people are
} in groups of several categories.
fac-none = The files name roles, but nobody runs a group (no owner, manager or facilitator).
fac-text = **{ $n }** { $n ->
    [one] person runs
   *[other] people run
} groups (facilitators); **{ $linked }** of them ({ $rate }) are in a group with a facilitator of another group.
fac-text-withheld = **{ $n }** { $n ->
    [one] person runs
   *[other] people run
} groups (facilitators); fewer than { $k } of them are in a group with a facilitator of another group.
fac-alone = { $n ->
    [one] The facilitators of **{ $names }** are in no group with a facilitator of another group.
   *[other] In { $n } groups, the facilitators are in no group with a facilitator of another group: **{ $names }**.
}
fac-alone-none = In every group, at least one facilitator is in a group with a facilitator of another group.
fac-group = **{ $inside }** of the { $n } facilitators are in the facilitators' group **{ $group }**; { $outside } are not.
fac-group-few-inside = Fewer than { $k } of the { $n } facilitators are in the facilitators' group **{ $group }**.
fac-group-few-outside = All but fewer than { $k } of the { $n } facilitators are in the facilitators' group **{ $group }**.
fac-no-group = No group gathers the facilitators: a group whose category is “facilitators” or “animation” is taken as such (or name it with --facilitators-group).
fac-one-part = Through the groups they share, the facilitators form one network: each can reach every other.
fac-parts = Through the groups they share, the facilitators form { $parts } separate parts: { $sizes }.
fac-part-size = { $parts ->
    [one] one
   *[other] { $parts }
} of { $n ->
    [one] 1 facilitator
   *[other] { $n } facilitators
}
fac-list-in = List: { $file }; network: { $chart }.
ess-alone-facilitators = { $n ->
    [one] The facilitators of **{ $names }** meet no facilitator of another group
   *[other] The facilitators of { $n } groups (**{ $names }**) meet no facilitator of another group
}: introduce them to facilitators of other groups.
ess-alone-facilitators-group = { $n ->
    [one] The facilitators of **{ $names }** meet no facilitator of another group
   *[other] The facilitators of { $n } groups (**{ $names }**) meet no facilitator of another group
}: invite them to **{ $group }**.
col-categories-category = category
col-categories-groups = groups
col-categories-persons = people
col-categories-memberships = memberships
col-categories-multi-membership-rate = in 2+ of its groups
col-categories-cross-category-rate = also in another category
col-category-pairs-category-a = category
col-category-pairs-category-b = category
col-category-pairs-shared = people in both
col-category-pairs-expected-shared = expected by chance
col-category-pairs-lift = × chance
col-connectors-categories = categories
col-connectors-participation = spread over categories (or clusters)
col-connectors-facilitates = groups run
col-facilitators-person = facilitator
col-facilitators-groups-facilitated = groups run
col-facilitators-facilitated-groups = the groups they run
col-facilitators-in-facilitators-group = in the facilitators' group
col-facilitators-linked-facilitators = facilitators of other groups met
col-facilitators-alone = alone
def-cross-category = Also in another category (cross-category rate)
def-cross-category-text = For a category c: the people of its groups who are also in a group of another category, divided by the people of its groups: |{"{"}p ∈ P_c : p has a group outside c{"}"}| / |P_c|. For a group, the same share among its members.
def-category-lift = × chance, for categories (lift)
def-category-lift-text = The people two categories share divided by the number expected if people were spread over the categories at random, sizes kept: |P_a ∩ P_b| × persons / (|P_a| × |P_b|).
def-participation = Spread over categories (participation coefficient)
def-participation-text = For a person with k groups, k_c of them in category c: 1 − Σ_c (k_c / k)²; 0 when all their groups are in one category, nearer 1 when they are spread evenly over many.
def-facilitator = Facilitator
def-facilitator-text = A person with a facilitator role in a group: owner, manager, moderator, admin, editor or organiser in an export or a roles file, or named in the facilitators column of the group descriptions.
def-linked-facilitator = Facilitator in touch with others (linked)
def-linked-facilitator-text = A facilitator f who is in at least one group with another facilitator f′ who runs a group f does not run. A group's facilitators are alone when it has some and none of them is linked.
def-facilitators-network = Facilitators' network
def-facilitators-network-text = The facilitators, two of them joined when they are in a same group; its separate parts (connected components) are facilitators who cannot reach each other through shared groups.
chart-map-legend-category = Colour: the group's category
chart-map-legend-cluster = Colour: the group's cluster (groups linked by more than chance)
chart-map-cluster = cluster { $id }
chart-map-other-clusters = other clusters
chart-map-no-cluster = in no cluster
chart-map-no-category = no category
chart-map-read-category = Colour: the group's category, as the legend names it (beyond six categories, the others share a grey).
chart-map-read-cluster = Colour: the group's cluster, groups linked to each other by more than chance (see “More than chance”); the six clusters of most groups have a colour each, the others share a grey, and a group in no cluster is light grey. Describe the groups (their categories) to colour them by category.
def-participation-clusters = Spread over clusters (participation coefficient)
def-participation-clusters-text = Without categories of groups, the clusters of groups take their place: for a person with k groups, k_c of them in cluster c, 1 − Σ_c (k_c / k)²; 0 when all their groups are in one cluster, nearer 1 when they are spread evenly over many.
## Issue 13: compare and trend

snapshot-reading-before = reading the earlier export, “{ $label }”
snapshot-reading-after = reading the later export, “{ $label }”
snapshot-reading = reading the snapshot “{ $label }”
rename-syntax = --rename { $given }: write OLD=NEW (the group's earlier name, “=”, its name now)
rename-same = --rename { $old }={ $new }: the two names are the same
rename-twice = --rename: “{ $old }” is renamed twice, to “{ $first }” and to “{ $second }”; keep one
rename-cycle = --rename: the renamings go round in a loop ({ $cycle }); remove one
rename-collision = { $snapshot }: the groups “{ $first }” and “{ $second }” would both be called “{ $name }” after --rename; two groups of one export are not merged: leave the renaming out, or rename one of them in that export
warn-rename-unused = --rename { $old }={ $new }: no export has a group “{ $old }” (check the spelling)
cli-labels-count = --labels gives { $given } labels for { $needed } exports; give one label per export, separated by commas
cli-labels-distinct = --labels: each export needs a label of its own (“{ $label }” is given twice)
cli-labels-empty = --labels: a label is empty
cli-compare-sides = compare needs two exports: BEFORE AFTER, or --before FILE... --after FILE... (one of them may be given by position, the other with its option)
cli-trend-count = trend needs three snapshots or more ({ $n } given); to compare two exports, use maillage compare
done-compare = wrote { $out }: { $before } → { $after }: { $joined } joined, { $left } left, multi-membership rate { $rate_before } → { $rate_after }
done-trend = wrote { $out }: { $n } snapshots
cmp-title = What changed between { $before } and { $after }
cmp-rate-rose = Multi-membership rose from { $before } to { $after } ({ $points } points): { $multi_before } of the { $persons_before } people in { $from }, { $multi_after } of the { $persons_after } in { $to }.
cmp-rate-fell = Multi-membership fell from { $before } to { $after } ({ $points } points): { $multi_before } of the { $persons_before } people in { $from }, { $multi_after } of the { $persons_after } in { $to }.
cmp-rate-same = Multi-membership stayed at { $after } ({ $before } before): { $multi_before } of the { $persons_before } people in { $from }, { $multi_after } of the { $persons_after } in { $to }.
cmp-people = { $joined ->
    [one] 1 person joined the network
   *[other] { $joined } people joined the network
} and { $left } left; { $stayed } are in both exports, { $changed } of them in other groups than before.
cmp-new-connectors = { $n ->
    [one] 1 person joined a second group: in one group before, in two or more now.
   *[other] { $n } people joined a second group: in one group before, in two or more now.
}
cmp-joined-connectors = { $n ->
    [one] 1 newcomer is already in two groups or more.
   *[other] { $n } newcomers are already in two groups or more.
}
cmp-connectors-lost = Of the people who were in several groups, { $back } went back to a single group and { $left } left the network.
cmp-group-size = { $name } ({ $n ->
    [one] 1 member
   *[other] { $n } members
})
cmp-new-groups = { $n ->
    [one] New group: { $list }.
   *[other] New groups ({ $n }): { $list }.
}
cmp-closed-groups = { $n ->
    [one] Closed group: { $list }.
   *[other] Closed groups ({ $n }): { $list }.
}
cmp-lost-link = { $a } and { $b } no longer share anyone.
cmp-lost-links-more = { $n ->
    [one] 1 more pair of groups no longer shares anyone (see lost_links.csv).
   *[other] { $n } more pairs of groups no longer share anyone (see lost_links.csv).
}
cmp-links-gained = { $n ->
    [one] 1 pair of groups that shared nobody now shares members.
   *[other] { $n } pairs of groups that shared nobody now share members.
}
cmp-became-isolated = { $n ->
    [one] Became isolated (sharing nobody with another group now): { $list }.
   *[other] Became isolated (sharing nobody with another group now), { $n } groups: { $list }.
}
cmp-no-longer-isolated = { $n ->
    [one] No longer isolated: { $list }.
   *[other] No longer isolated ({ $n } groups): { $list }.
}
cmp-parts = The groups form { $after } separate parts ({ $before } before).
cmp-cut-points = { $after } people alone hold groups together ({ $before } before).
cmp-memberships = { $new } memberships began and { $ended } ended; { $kept } are in both exports.
cmp-people-k = People who joined the network: { $joined }; who left it: { $left }; in both exports: { $stayed }, of whom in other groups than before: { $changed }.
cmp-new-connectors-k = People who joined a second group (in one group before, in two or more now): { $n }.
cmp-joined-connectors-k = Newcomers already in two groups or more: { $n }.
cmp-connectors-lost-k = Of the people who were in several groups, back to a single group: { $back }; gone from the network: { $left }.
cmp-cut-points-k = People who alone hold groups together: { $after } ({ $before } before).
cmp-memberships-k = Memberships begun: { $new }; ended: { $ended }; in both exports: { $kept }.
cmp-persons-withheld = persons.csv is not written in a comparison with a minimum count: each person's groups joined and left would count each group's arrivals and departures.
not-published = not published
cmp-renamed = Renamed: { $list }.
cmp-figure = figure
cmp-change = change
cmp-points = { $points } points
cmp-figure-rate = multi-membership rate
cmp-figure-multi = persons in 2 or more groups
cmp-section-figures = Headline figures
cmp-section-charts = Charts
cmp-section-groups = Groups
cmp-section-lost = Links lost
cmp-section-gained = Pairs of groups that now share members
cmp-section-pairs-lost = Pairs of groups that no longer share anyone
cmp-section-pairs = Pairs of groups that gained or lost shared members
cmp-section-persons = People whose groups changed
cmp-section-definitions = Definitions
cmp-section-input = Input
cmp-groups-note = Groups by how many members joined or left. Share also elsewhere: members also in another group. “–”: the group did not exist then.
cmp-lost-note = Pairs of groups, in both exports, that shared members before and share nobody now, with the people who linked them then and those of them still in the network.
cmp-no-lost-links = No two groups that shared members have stopped sharing them.
cmp-pairs-note = Lost first, then gained; most shared first. Pairs that share members in both exports are in pairs.csv.
cmp-persons-note = People who joined, left, or joined or left a group, in name order.
cmp-none = None.
cmp-input = { $label }: { $files }; { $duplicates } repeated memberships counted once, { $skipped } rows skipped.
cmp-input-file = { $file } ({ $format }, { $rows } rows, { $kept } memberships)
cmp-personal-data = lost_links.csv, persons.csv, this page and index.html name people: they are personal data.
cmp-col-group = group
cmp-col-status = status
cmp-col-members-before = members before
cmp-col-members-after = members after
cmp-col-joined = joined
cmp-col-left = left
cmp-col-stayed = stayed
cmp-col-shared-rate-before = share also elsewhere before
cmp-col-shared-rate-after = share also elsewhere after
cmp-col-overlapping-groups-before = overlapping groups before
cmp-col-overlapping-groups-after = overlapping groups after
cmp-col-isolated-before = isolated before
cmp-col-isolated-after = isolated after
cmp-col-shared-members-before = also elsewhere before
cmp-col-shared-members-after = also elsewhere after
cmp-col-group-a = group
cmp-col-group-b = group
cmp-col-shared-before = shared before
cmp-col-shared-after = shared after
cmp-col-change = change
cmp-col-jaccard-before = closeness before
cmp-col-jaccard-after = closeness after
cmp-col-persons = persons
cmp-col-still-in-network = still in the network
cmp-col-person = person
cmp-col-groups-before = groups before
cmp-col-groups-after = groups after
cmp-col-joined-groups = groups joined
cmp-col-left-groups = groups left
cmp-col-label = snapshot
cmp-col-groups = groups
cmp-col-memberships = memberships
cmp-col-multi-membership-rate = multi-membership rate
cmp-col-isolated-groups = isolated groups
cmp-col-parts = separate parts
cmp-col-cut-point-persons = cut-point persons
cmp-col-overlapping-pairs = overlapping pairs
cmp-word-kept = kept
cmp-word-new = new
cmp-word-closed = closed
cmp-word-gained = gained
cmp-word-lost = lost
cmp-word-up = up
cmp-word-down = down
cmp-word-same = same
cmp-word-yes = yes
cmp-word-no = no
def-same-person = The same person, the same group
def-same-person-text = Both exports are read with the same rules: a person is the same in both when their address (or id) is, after the identity rules (case, spaces, Name <address>); a group when its name is, after --rename.
def-rate = Multi-membership rate
def-rate-text = The share of people who belong to two groups or more.
def-points = Points
def-points-text = The difference between two percentages: from 28.5% to 30.0% is +1.5 points.
def-group-members = Joined, left, stayed (a group)
def-group-members-text = Members of the group in the later export only, in the earlier export only, in both. A person can join a group without being new to the network.
def-new-connector = New connector
def-new-connector-text = A person in one group in the earlier export and in two groups or more in the later one.
def-connector-lost = Connector lost
def-connector-lost-text = A person in two groups or more in the earlier export who left the network or is back in a single group.
def-shared-rate = Share also elsewhere (shared rate)
def-shared-rate-text = The share of a group's members who belong to at least one other group.
def-pair-change = Gained, lost, up, down, same
def-pair-change-text = How the number of members two groups share changed: gained from none, lost to none, or up, down, the same.
def-lost-link = Lost link
def-lost-link-text = Two groups present in both exports that shared members and share nobody now; lost_links.csv names who linked them.
trend-title = The network over time: { $first } to { $last }
trend-counts = From { $from } to { $to }: persons { $persons_before } → { $persons_after }, groups { $groups_before } → { $groups_after }, memberships { $memberships_before } → { $memberships_after }.
trend-rises = The share of members also elsewhere rose most in: { $list }.
trend-falls = The share of members also elsewhere fell most in: { $list }.
trend-section-snapshots = Snapshot by snapshot
trend-section-groups = Groups from the first snapshot to the last
trend-groups-note = Groups present in the first and the last snapshot, by the change of their share of members also in another group.
trend-groups-file = Each group's members and share also elsewhere in every snapshot: trend_groups.csv.
chart-largest-shown = The { $shown } largest of { $total } groups are shown.
chart-groups-per-person = groups per person
chart-persons = persons
chart-members = members
chart-shared-rate = share also elsewhere
chart-cmp-distribution-title = How many groups each person is in, before and after
chart-cmp-distribution-note = Multi-membership rate: { $before } in { $label_before }, { $after } in { $label_after }.
chart-cmp-groups-title = Groups before and after: members and share also elsewhere
chart-cmp-groups-note = Light dot: { $before }; dark dot: { $after }; the line between them is the change. Share also elsewhere: members also in another group.
chart-cmp-new = new
chart-cmp-closed = closed
chart-cmp-map-title = Links gained and lost between groups
chart-cmp-map-note = From { $before } to { $after }. Circle area: members. Lines: pairs of groups sharing members; thicker when more are shared.
chart-cmp-map-lines-shown = { $changed } of { $total_changed } pairs gained or lost, and { $kept } of { $total_kept } other sharing pairs, are drawn (the strongest).
chart-cmp-map-gained = now shares members
chart-cmp-map-lost = no longer shares anyone
chart-cmp-map-kept = shares members in both
chart-cmp-new-group = new group
chart-cmp-closed-group = closed group
chart-cmp-map-islands = Groups sharing nobody, before or after
chart-trend-title = The network over time
chart-trend-rate = Multi-membership rate
chart-trend-persons = Persons
chart-trend-groups = Groups
chart-trend-memberships = Memberships
chart-trend-multi = Persons in 2+ groups
chart-trend-pairs = Overlapping pairs
chart-trend-isolated = Isolated groups
chart-trend-parts = Separate parts
chart-trend-cut-points = Cut-point persons
chart-trend-groups-title = Share of members also elsewhere, group by group, over time
chart-trend-groups-note = Blue: the group's share of members also in another group in each snapshot; grey: the network's multi-membership rate.
cmp-subtitle = Exports { $before } and { $after } · { $files ->
    [one] 1 file read
   *[other] { $files } files read
}
trend-subtitle = { $n } snapshots · { $files ->
    [one] 1 file read
   *[other] { $files } files read
}
cmp-subtitle-dated = Exports { $before } and { $after } · { $date } · { $files ->
    [one] 1 file read
   *[other] { $files } files read
}
trend-subtitle-dated = { $n } snapshots · { $date } · { $files ->
    [one] 1 file read
   *[other] { $files } files read
}
cmp-chart-distribution-read = For each number of groups (1, 2, 3…), the people in that many groups in the earlier export (light bar) and in the later one (dark bar). Bars from 2 groups on are the people who link groups.
cmp-chart-groups-read = One line per group, the largest first. On the left its members, on the right the share of them also in another group; the light dot is the earlier export, the dark dot the later one, and the line between them is the change.
cmp-chart-map-read = One circle per group, larger when it has more members, placed as on the report's map. A line joins two groups that share people: green when they share people now and did not before, orange dashed when they no longer share anyone, grey when they share people in both exports.
trend-chart-trend-read = Each point is one snapshot, in label order. Top: the share of people in two groups or more. Below, one small panel per count: people, groups, memberships, people in two groups or more, overlapping pairs, isolated groups, separate parts, cut-point persons.
trend-chart-groups-read = One small chart per group, the largest groups first: the group's share of members also in another group (blue) in each snapshot, beside the network's rate (grey).
## Issue 16: chart texts

chart-axis-people = people
chart-largest-groups = The { $shown } largest of { $total } groups are shown.
chart-upset-members = members of each group
chart-upset-other-bar = other
chart-upset-other = { $combinations ->
    [one] { $combinations } other combination
   *[other] { $combinations } other combinations
}: { $persons ->
    [one] { $persons } person
   *[other] { $persons } people
} (grey bar).
chart-upset-light-bars = Light bars: people in the marked group and in other groups, not counted in a bar before.
chart-upset-left-out = { $groups ->
    [2] Not drawn: { $persons } people in a single group.
   *[other] Not drawn: { $persons } people in fewer than { $groups } groups.
}
chart-upset-nothing = Nobody is in { $groups } groups or more: nothing to draw.
chart-heatmap-alone = { $n ->
    [one] { $n } group sharing nobody with the others is at the end.
   *[other] { $n } groups sharing nobody with the others are at the end.
}
chart-heatmap-scale = in common
chart-map-islands = Groups sharing nobody with the others
chart-map-links = The { $shown } largest of { $total } overlaps are drawn.
chart-distribution-rate = { $rate } of people are in 2 groups or more ({ $persons } people).
chart-distribution-axis = number of groups
chart-shared_rate-line = Dashed line: the whole network, { $rate }.
chart-shared_rate-axis = members also in another group
err-this-is = this is { $kind }
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

## Issue 12: the robustness chart's texts
chart-robustness-damage = the most damaging first
chart-robustness-most-groups = those in most groups first
chart-robustness-random = at random (mean of 20)
chart-robustness-x = persons removed (logarithmic scale)
chart-robustness-y = groups in the largest part
chart-on-screen = The chart “{ $title }” is in the page on screen, and in { $file }.

## Issue 14: pseudonymised reports, keys, small counts
key-unreadable = cannot read the key file { $path }: { $why }. Give a file of at least 16 bytes, for example made with: head -c 32 /dev/urandom > maillage.key
key-too-short = the key file { $path } holds { $bytes } bytes; a key needs at least { $minimum }. Make one with: head -c 32 /dev/urandom > maillage.key
key-env-too-short = the key in { $variable } has { $bytes } bytes; a key needs at least { $minimum }
key-readable = the key file { $path } can be read by other users of this computer; anyone who has it can link the pseudonyms to addresses (chmod 600 { $path })
pseudonym-collision = two different identifiers give the same pseudonym even at { $length } characters; this should not happen: please report it
reveal-needs-key = a pseudonym means something only under the key of its report: give --key-file, or set { $variable }
reveal-not-found = some pseudonyms were not found in these exports (another key, or other exports)
reveal-none = { $pseudonym }: nobody in these exports
warn-folds-withheld = { $n ->
    [one] 1 Gmail address was folded
   *[other] { $n } Gmail addresses were folded
} (dots and +tags ignored, as asked); the list is not written in a pseudonymised report
warn-duplicates-withheld = { $n ->
    [one] 1 display name is
   *[other] { $n } display names are
} shared by people with different addresses; they were not merged; the list is not written in a pseudonymised report (run without --pseudonymise on your computer to see it)
sec-privacy = Privacy
privacy-pseudonyms = **People are written as pseudonyms** (`p-` and { $length } characters): each is computed from the person's address with a secret key (HMAC-SHA256), so nobody without the key can tell who it is, and the same person has the same pseudonym in every table and chart of this report.
privacy-key-kept = The key was given for this report: reports made with the same key give the same pseudonyms, so they can be compared; whoever holds the key can find who a pseudonym is (maillage reveal).
privacy-key-random = The key was drawn for this report only and forgotten: its pseudonyms cannot be linked to those of any other report, nor traced back to anyone.
privacy-groups-hidden = Group names are written as pseudonyms too (`g-`), and so are the names of the files read (`f-`).
privacy-withheld = Display names are not written. The lists of names carried by several addresses and of folded Gmail addresses are not written either; only their counts are.
privacy-min-count = **Counts of fewer than { $k } people are not shown**: they read “< { $k }” here and are empty in the CSV files (with `suppressed` set to true), and so are the rates computed from them. The headline figures (people, groups, rate) are exact.
privacy-still-personal = Pseudonymised data is still personal data: a small group or a rare combination of groups can single someone out. Share this report only with those who need it.
check-duplicates-withheld = **{ $n ->
    [one] 1 name is
   *[other] { $n } names are
} carried by people with different addresses**: they were counted as different people. The list is not in a pseudonymised report; run maillage without --pseudonymise on your own computer to see it.
fewer-than-first = Fewer than { $k }
fewer-than = fewer than { $k }
below-min-count = < { $k }
privacy-no-graphs = The networks (GraphML, GEXF) are not written under a minimum count: they list every link.
