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

## Issue 11: categories and facilitators

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
chart-categories-title = Which categories reach which: persons shared
chart-categories-note = Each cell: the persons who are in both categories (bold), and the lift: shared persons ÷ those expected if persons were spread over the categories at random. Orange: fewer than chance; purple: more. Diagonal: the persons of the category.
chart-categories-shown = The { $shown } categories with the most persons are shown, of { $total }.
chart-categories-none = No group categories yet: give a group-descriptions file with --groups-info FILE (maillage groups-template INPUT... > groups-info.csv writes one to fill in).
chart-categories-legend = lift
chart-categories-diagonal = persons in the category
chart-facilitators-title = The facilitators' network: who shares a group with whom
chart-facilitators-note = Each point is a facilitator, labelled with a group they run; a line joins two facilitators who are members of a same group (thicker: more groups). Colour: the category of the groups they run. Orange ring: alone (no facilitator of another group shares a group with them).
chart-facilitators-shown = The { $shown } facilitators who run the most groups are shown, of { $total }.
chart-facilitators-none = No facilitators known yet: give a facilitators column in the group descriptions (--groups-info FILE), or a roles file (--roles FILE: person,group,role); exports naming owners (Google Groups, Sympa, Slack, Mattermost, Meetup) give them too.
chart-facilitators-label = { $group } +{ $more }
chart-facilitators-alone = alone: no facilitator of another group shares a group with them
chart-other-categories = other categories
chart-several-categories = groups of several categories
