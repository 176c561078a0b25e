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
cmp-groups-note = Groups by how many members joined or left. Shared rate: members also in another group. “–”: the group did not exist then.
cmp-lost-note = Pairs of groups, in both exports, that shared members before and share nobody now, with the people who linked them then and those of them still in the network.
cmp-no-lost-links = No two groups that shared members have stopped sharing them.
cmp-pairs-note = Lost first, then gained; most shared first. Pairs that share members in both exports are in pairs.csv.
cmp-persons-note = People who joined, left, or joined or left a group, in name order.
cmp-none = None.
cmp-shown = Showing { $shown } of { $total }; the full list is in { $file }.
cmp-input = { $label }: { $files }; { $duplicates } repeated memberships counted once, { $skipped } rows skipped.
cmp-input-file = { $file } ({ $format }, { $rows } rows, { $kept } memberships)
cmp-personal-data = lost_links.csv, persons.csv, this page and index.html name people: they are personal data.
cmp-footer = This page makes no network request; it can be opened offline and printed.
cmp-col-group = group
cmp-col-status = status
cmp-col-members-before = members before
cmp-col-members-after = members after
cmp-col-joined = joined
cmp-col-left = left
cmp-col-stayed = stayed
cmp-col-shared-rate-before = shared rate before
cmp-col-shared-rate-after = shared rate after
cmp-col-overlapping-groups-before = overlapping groups before
cmp-col-overlapping-groups-after = overlapping groups after
cmp-col-isolated-before = isolated before
cmp-col-isolated-after = isolated after
cmp-col-group-a = group
cmp-col-group-b = group
cmp-col-shared-before = shared before
cmp-col-shared-after = shared after
cmp-col-change = change
cmp-col-jaccard-before = Jaccard before
cmp-col-jaccard-after = Jaccard after
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
def-shared-rate = Shared rate
def-shared-rate-text = The share of a group's members who belong to at least one other group.
def-pair-change = Gained, lost, up, down, same
def-pair-change-text = How the number of members two groups share changed: gained from none, lost to none, or up, down, the same.
def-lost-link = Lost link
def-lost-link-text = Two groups present in both exports that shared members and share nobody now; lost_links.csv names who linked them.
def-parts = Separate parts
def-parts-text = Groups linked, directly or through a chain of shared members, form one part (connected component).
def-cut-point = Cut-point person
def-cut-point-text = A person whose departure would split their part of the network: some groups would no longer be linked at all.
trend-title = The network over time: { $first } to { $last }
trend-counts = From { $from } to { $to }: persons { $persons_before } → { $persons_after }, groups { $groups_before } → { $groups_after }, memberships { $memberships_before } → { $memberships_after }.
trend-rises = Shared rate rose most in: { $list }.
trend-falls = Shared rate fell most in: { $list }.
trend-section-snapshots = Snapshot by snapshot
trend-section-groups = Groups from the first snapshot to the last
trend-groups-note = Groups present in the first and the last snapshot, by the change of their shared rate (members also in another group).
trend-groups-file = Each group's members and shared rate in every snapshot: trend_groups.csv.
chart-largest-shown = The { $shown } largest of { $total } groups are shown.
chart-groups-per-person = groups per person
chart-persons = persons
chart-members = members
chart-shared-rate = shared rate
chart-cmp-distribution-title = How many groups each person is in, before and after
chart-cmp-distribution-note = Multi-membership rate: { $before } in { $label_before }, { $after } in { $label_after }.
chart-cmp-groups-title = Groups before and after: members and shared rate
chart-cmp-groups-note = Light dot: { $before }; dark dot: { $after }; the line between them is the change. Shared rate: members also in another group.
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
chart-trend-groups-title = Shared rate of each group over time
chart-trend-groups-note = Blue: the group's shared rate (members also in another group) in each snapshot; grey: the network's multi-membership rate.
