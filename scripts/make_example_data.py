#!/usr/bin/env python3
"""Writes the example data in data/, an entirely fictitious network of
cooperative communities (37 mailing lists: thematic and territorial), used by
the README and the golden tests. Seeded: re-running gives the same bytes.

- data/members.csv (`email,group`): today's export. The golden tests depend
  on its bytes: it comes first, from its own random stream, and nothing below
  may touch that stream.
- data/groups-info.csv (`group,category,territory,facilitators`): one row per
  list in name order. category: thematic, territorial, overseas or
  facilitators (the facilitators' own list, which maillage then takes as
  the facilitators' group); territory: the region of a city or overseas
  list; facilitators:
  2 to 4 of the list's own members (`; `-separated, as written in
  members.csv), preferably people in many lists. Every list has a
  facilitator who is linked to the other facilitators (shares a list with a
  facilitator of some other list), except exactly three whose facilitators
  are alone: Guyane, Marseille and Strasbourg, the lists with nobody on the
  facilitators' list ("Facilitation & animation" itself has 2 facilitators).
- data/members-2025-09.csv (`email,group`): the same network six months
  earlier, rebuilt from today's memberships by undoing changes: ~8% of
  today's people not there yet, ~5% people since gone (other addresses),
  new connectors (one list then, two or more now) and a few the other way,
  "Low-tech" not created yet, a list "Covoiturage" closed since, and one lost
  link (Brest and Rennes shared one person then, nobody now).
- data/CHANGES-2025-09.md: what changed between the two exports (French and
  English), every figure computed from the two files.
- tests/fixtures/example-changes/expected.json: the same changes in full,
  computed here on plain sets, for the test of `maillage compare` on the two
  exports (persons who joined, left or changed groups, each group's joined,
  left and stayed, every pair sharing someone in either export, the lost
  link and who linked it).

Model of members.csv: each person has a home territory (joins its list with
p=0.42), 0-n thematic lists (mostly 1, some 2-3, a few facilitators in many)
drawn with Zipf-like popularity and affinity clusters (people tend to stay
inside a cluster of related themes). One overseas list shares nobody with the
rest; another hangs on a single facilitator.
A few addresses are written twice with other capitals (identity rules)."""
import csv
import itertools
import json
import os
import random

rng = random.Random(20261128)

clusters = {
    "climat": ["Énergie citoyenne", "Mobilité douce", "Low-tech", "Biodiversité"],
    "numérique": ["Communs numériques", "Logiciels libres", "Open data", "Cartographie ouverte"],
    "alimentation": ["Alimentation durable", "Agriculture urbaine", "Jardins partagés", "AMAP & circuits courts"],
    "économie": ["Monnaies locales", "Finance solidaire", "Économie circulaire", "Réparation & réemploi", "Coopératives d'activité"],
    "société": ["Éducation populaire", "Habitat participatif", "Tiers-lieux", "Santé communautaire", "Accueil & solidarités", "Gouvernance partagée"],
}
hub = "Facilitation & animation"  # the network's own facilitators' list
territories = ["Brest", "Rennes", "Nantes", "Lyon", "Grenoble", "Marseille", "Toulouse", "Lille", "Strasbourg", "Paris", "Montpellier"]
isolated = ["La Réunion", "Guyane"]
themes = [t for ts in clusters.values() for t in ts]
assert len(themes) + 1 + len(territories) + len(isolated) == 37

first = ["camille", "lea", "manon", "chloe", "ines", "sarah", "julie", "emma", "louise", "alice", "lucas", "hugo",
         "louis", "nathan", "jules", "paul", "arthur", "tom", "theo", "yann", "gwen", "erwan", "morgane", "soazig",
         "nora", "karim", "mehdi", "amina", "fatou", "moussa", "ana", "pedro", "mathilde", "pierre", "marie", "jean",
         "anne", "claire", "sophie", "nicolas", "olivier", "isabelle", "francois", "helene", "loic", "maelle"]
last = ["martin", "bernard", "le-gall", "tanguy", "morvan", "dubois", "thomas", "robert", "richard", "petit",
        "durand", "leroy", "moreau", "simon", "laurent", "lefebvre", "michel", "garcia", "david", "bertrand",
        "roux", "vincent", "fournier", "morel", "girard", "andre", "mercier", "dupont", "lambert", "bonnet",
        "francois", "martinez", "kerjean", "le-bihan", "guillou", "diallo", "nguyen", "benali", "costa", "rossi"]
domains = ["gmail.com", "laposte.net", "free.fr", "orange.fr", "protonmail.com", "riseup.net", "asso-exemple.org",
           "tutanota.com", "outlook.fr", "mailo.com"]


def zipf_pick(items, s=1.0, r=rng):
    w = [1 / (i + 1) ** s for i in range(len(items))]
    return r.choices(items, weights=w)[0]


people = {}
while len(people) < 2100:
    f, l = rng.choice(first), rng.choice(last)
    sep = rng.choice([".", "_", ".", ""])
    addr = f"{f}{sep}{l}{rng.choice(['', '', str(rng.randint(1, 99))])}@{rng.choice(domains)}"
    people[addr] = None
people = list(people)

rows = []
cluster_names = list(clusters)
n_isolated = 0
for addr in people:
    r = rng.random()
    if n_isolated < 46 and r < 0.025:
        # overseas members: only in their own list
        rows.append((addr, isolated[n_isolated % 2]))
        n_isolated += 1
        continue
    groups = set()
    home = zipf_pick(territories, 0.6)
    if rng.random() < 0.42:
        groups.add(home)
    u = rng.random()
    k = 1 if u < 0.74 else 2 if u < 0.90 else 3 if u < 0.96 else rng.randint(4, 9)
    cl = zipf_pick(cluster_names, 0.5)
    for _ in range(k):
        if rng.random() < 0.8:
            groups.add(zipf_pick(clusters[cl], 0.9))
        else:
            groups.add(zipf_pick(themes, 0.7))
    if k >= 3 and rng.random() < 0.5:
        groups.add(hub)
    if len(groups) > 1 and rng.random() < 0.5:
        # most people join one list only: drop extras
        groups = set(list(sorted(groups))[:1])
    for g in sorted(groups):
        rows.append((addr, g))

# La Réunion hangs on one person: a facilitator also on the hub list.
bridge = sorted(a for a, g in rows if g == hub)[0]
rows.append((bridge, "La Réunion"))

# The same address typed with other capitals or blanks in another export.
for addr, g in rng.sample(rows, 6):
    if g not in isolated:
        rows.append((" " + addr.replace(addr[0], addr[0].upper(), 1), g))

rng.shuffle(rows)
with open("data/members.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["email", "group"])
    w.writerows(rows)
print(len(rows), "rows,", len(people), "addresses")

# ---------------------------------------------------------------------------
# Files derived from members.csv. They draw from their own generators, created
# only now: the stream above, and so members.csv, stays exactly as it was.


def read_members(path):
    """person -> set of groups, after the identity rules that matter here
    (addresses trimmed and lowercased)."""
    pg = {}
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        assert next(r) == ["email", "group"]
        for addr, g in r:
            pg.setdefault(addr.strip().lower(), set()).add(g)
    return pg


def by_group(pg):
    gm = {}
    for p, gs in pg.items():
        for g in gs:
            gm.setdefault(g, set()).add(p)
    return gm


def weighted_sample(cands, k, weight, r):
    """k distinct items of cands, each draw weighted by weight(item)."""
    cands, out = sorted(cands), []
    while cands and len(out) < k:
        c = r.choices(cands, weights=[weight(x) for x in cands])[0]
        out.append(c)
        cands.remove(c)
    return out


def linked_facilitators(fac, pg):
    """Facilitators f for whom another facilitator f2 shares a group with f
    (membership) and facilitates a group that f does not."""
    facilitates = {}
    for g, fs in fac.items():
        for f in fs:
            facilitates.setdefault(f, set()).add(g)
    return {f for f in facilitates
            if any(f2 != f and pg[f] & pg[f2] and facilitates[f2] - facilitates[f] for f2 in facilitates)}


now = read_members("data/members.csv")
now_members = by_group(now)
groups = sorted(now_members)  # by code point, like maillage
assert len(groups) == 37 and len(now) == len(people)
deg = {p: len(gs) for p, gs in now.items()}

# --- data/groups-info.csv ---------------------------------------------------
rng_info = random.Random(20260301)
region = {"Brest": "Bretagne", "Rennes": "Bretagne", "Nantes": "Pays de la Loire",
          "Lyon": "Auvergne-Rhône-Alpes", "Grenoble": "Auvergne-Rhône-Alpes",
          "Marseille": "Provence-Alpes-Côte d'Azur", "Toulouse": "Occitanie", "Montpellier": "Occitanie",
          "Lille": "Hauts-de-France", "Strasbourg": "Grand Est", "Paris": "Île-de-France",
          "La Réunion": "La Réunion", "Guyane": "Guyane"}
assert set(region) == set(territories) | set(isolated)


def category(g):
    return ("facilitators" if g == hub else "territorial" if g in territories
            else "overseas" if g in isolated else "thematic")


# Three lists whose facilitators are alone: they are in no other list, and no
# facilitator of another list is in theirs. Guyane shares nobody; Marseille and
# Strasbourg are the two other lists with nobody on the facilitators' list.
alone_lists = ["Guyane", "Marseille", "Strasbourg"]
assert all(not now_members[g] & now_members[hub] for g in alone_lists)
in_alone_lists = set().union(*(now_members[g] for g in alone_lists))
MAX_LOAD = 3  # nobody facilitates more than 3 lists
facilitators = {}
for g in alone_lists:
    facilitators[g] = sorted(rng_info.sample(sorted(p for p in now_members[g] if deg[p] == 1), 2))
load = {}
for g in [hub] + [g for g in groups if g != hub and g not in alone_lists]:
    n = len(now_members[g])
    k = 2 if g == hub or n <= 40 else rng_info.choice([2, 3]) if n <= 100 else rng_info.choice([3, 4])
    cands = [p for p in now_members[g] if p not in in_alone_lists and load.get(p, 0) < MAX_LOAD]
    facilitators[g] = sorted(weighted_sample(cands, k, lambda p: deg[p] ** 2, rng_info))
    for p in facilitators[g]:
        load[p] = load.get(p, 0) + 1
# Every other list needs a linked facilitator: bring in a member who is on the
# facilitators' list or already facilitates elsewhere, in place of the
# facilitator in fewest lists.
for _ in range(200):
    linked = linked_facilitators(facilitators, now)
    lonely = [g for g in groups if g not in alone_lists and not linked & set(facilitators[g])]
    if not lonely:
        break
    g = lonely[0]
    facilitating = {f for fs in facilitators.values() for f in fs}
    cands = sorted((p for p in now_members[g] if p not in in_alone_lists and p not in facilitators[g]
                    and load.get(p, 0) < MAX_LOAD and (hub in now[p] or p in facilitating)),
                   key=lambda p: (-deg[p], p))
    out = min(facilitators[g], key=lambda p: (deg[p], p))
    load[out] -= 1
    facilitators[g] = sorted(set(facilitators[g]) - {out} | {cands[0]})
    load[cands[0]] = load.get(cands[0], 0) + 1
else:
    raise AssertionError("could not link every list's facilitators")

# The constraints, checked on the membership sets.
every_facilitator = {f for fs in facilitators.values() for f in fs}
linked = linked_facilitators(facilitators, now)
assert set(facilitators) == set(groups)
for g, fs in facilitators.items():
    assert 2 <= len(fs) <= 4 and len(set(fs)) == len(fs), g
    assert all(f in now_members[g] and f == f.strip().lower() for f in fs), g
assert len(facilitators[hub]) == 2
assert all(sum(f in fs for fs in facilitators.values()) <= MAX_LOAD for f in every_facilitator)
all_unlinked = [g for g in groups if not linked & set(facilitators[g])]
assert all_unlinked == sorted(alone_lists), all_unlinked
for g in alone_lists:
    assert all(now[f] == {g} for f in facilitators[g])
    assert not (every_facilitator - set(facilitators[g])) & now_members[g]
assert all(not now_members["Guyane"] & now_members[h] for h in groups if h != "Guyane")
with open("data/groups-info.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["group", "category", "territory", "facilitators"])
    for g in groups:
        w.writerow([g, category(g), region.get(g, ""), "; ".join(facilitators[g])])

# --- data/members-2025-09.csv -------------------------------------------------
# Six months earlier, rebuilt from today's memberships by undoing changes.
# Facilitators and La Réunion's bridge are left as they are.
rng_past = random.Random(20250915)
protected = every_facilitator | {bridge}
past = {p: set(gs) for p, gs in now.items()}
touched = set()  # persons already given a planted change


def shared_now(a, b):
    return len(now_members[a] & now_members[b])


# The lost link: Brest and Rennes share nobody today; one person, in Rennes
# only today, was on both lists then (moved, left Brest).
lost_pair = ("Brest", "Rennes")
assert shared_now(*lost_pair) == 0
mover = rng_past.choice(sorted(p for p in now_members["Rennes"] if now[p] == {"Rennes"} and p not in protected))
past[mover].add("Brest")
touched.add(mover)

# Low-tech did not exist: all its memberships are new.
for p in now_members["Low-tech"]:
    past[p].discard("Low-tech")
lowtech_only = sorted(p for p in now_members["Low-tech"] if not past[p])

# Covoiturage, closed since: some of its members moved to Low-tech, some stay
# in Mobilité douce, the others have left the network (drawn with the leavers).
n_cov = rng_past.randint(22, 28)
cov_moved = rng_past.sample(lowtech_only, 6)
cov_stayed = rng_past.sample(sorted(p for p in now_members["Mobilité douce"] if now[p] == past[p]
                                    and p not in protected and p not in touched), 5)
for p in cov_moved + cov_stayed:
    past[p].add("Covoiturage")
touched |= set(cov_moved) | set(cov_stayed)

# Joined since (~8% of today's people): the other Low-tech-only people and some more.
joiners = set(lowtech_only) - set(cov_moved)
joiners |= set(rng_past.sample(sorted(p for p in now if p not in protected and p not in touched
                                      and p not in joiners), round(0.08 * len(now)) - len(joiners)))
for p in joiners:
    del past[p]
touched |= joiners

# New connectors: in one list then, two or three now.
pool = sorted(p for p in past if p not in protected and p not in touched and 2 <= len(past[p]) <= 3
              and past[p] == now[p])
for p in rng_past.sample(pool, 25):
    past[p] = {rng_past.choice(sorted(past[p]))}
    touched.add(p)

# A few the other way: in two lists then, one now. The list they left already
# shares someone with the one they stay in (the only lost link is Brest-Rennes).
no_new_links = {"Low-tech", "Guyane", "La Réunion"}
pool = sorted(p for p in past if p not in protected and p not in touched and len(now[p]) == 1
              and past[p] == now[p] and not now[p] & (no_new_links | {hub}))
for p in rng_past.sample(pool, 6):
    (x,) = now[p]
    ys = [y for y in groups if y != x and y not in no_new_links and shared_now(x, y) > 0]
    past[p].add(rng_past.choices(ys, weights=[shared_now(x, y) for y in ys])[0])
    touched.add(p)

# Left since (~5% of today's people, new addresses), the first ones from Covoiturage.
n_left = round(0.05 * len(now))
n_cov_left = n_cov - len(cov_moved) - len(cov_stayed)
past_themes = [t for t in themes if t != "Low-tech"]
leavers = []
while len(leavers) < n_left:
    f, l = rng_past.choice(first), rng_past.choice(last)
    sep = rng_past.choice([".", "_", ".", ""])
    addr = f"{f}{sep}{l}{rng_past.choice(['', '', str(rng_past.randint(1, 99))])}@{rng_past.choice(domains)}"
    if addr in now or addr in past:
        continue
    if len(leavers) < n_cov_left:
        gs = {"Covoiturage"}
        if rng_past.random() < 0.3:
            gs.add(zipf_pick(territories, 0.6, rng_past))
    elif rng_past.random() < 0.025:
        gs = {rng_past.choice(isolated)}
    else:
        gs = set()
        if rng_past.random() < 0.42:
            gs.add(zipf_pick(territories, 0.6, rng_past))
        if not gs or rng_past.random() < 0.5:
            gs.add(zipf_pick(past_themes, 0.7, rng_past))
        if len(gs) == 2 and shared_now(*sorted(gs)) == 0:
            gs = {sorted(gs)[0]}  # no other lost link
    past[addr] = gs
    leavers.append(addr)

past_rows = [(p, g) for p in sorted(past) for g in sorted(past[p])]
# As in members.csv, a few addresses written twice with other capitals.
for addr, g in rng_past.sample([r for r in past_rows if r[0] in now and r[0] not in touched
                                and r[1] not in isolated], 4):
    past_rows.append((" " + addr.replace(addr[0], addr[0].upper(), 1), g))
rng_past.shuffle(past_rows)
with open("data/members-2025-09.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["email", "group"])
    w.writerows(past_rows)

# --- data/CHANGES-2025-09.md: every figure from the two files ---------------------
then = read_members("data/members-2025-09.csv")
now = read_members("data/members.csv")
then_members, now_members = by_group(then), by_group(now)
joined, left, stayed = now.keys() - then.keys(), then.keys() - now.keys(), then.keys() & now.keys()
m_then = {(p, g) for p, gs in then.items() for g in gs}
m_now = {(p, g) for p, gs in now.items() for g in gs}
created, closed = sorted(now_members.keys() - then_members.keys()), sorted(then_members.keys() - now_members.keys())
lost = [(a, b) for a, b in itertools.combinations(sorted(then_members.keys() & now_members.keys()), 2)
        if then_members[a] & then_members[b] and not now_members[a] & now_members[b]]
new_connectors = sorted(p for p in stayed if len(then[p]) == 1 and len(now[p]) >= 2)
via_lowtech = sum("Low-tech" in now[p] for p in new_connectors)
fewer = sorted(p for p in stayed if len(then[p]) >= 2 and len(now[p]) == 1)
unchanged = sum(then[p] == now[p] for p in stayed)
cov = then_members["Covoiturage"]
cov_multi = sum(len(then[p]) >= 2 for p in cov)
cov_still = len(cov & stayed)

assert created == ["Low-tech"] and closed == ["Covoiturage"] and 20 <= len(cov) <= 30 and cov_multi >= 3
assert lost == [lost_pair] and then_members["Brest"] & then_members["Rennes"] == {mover}
assert then[mover] - now[mover] == {"Brest"}
assert 0.07 <= len(joined) / len(now) <= 0.09 and 0.04 <= len(left) / len(now) <= 0.06
assert set(left) == set(leavers) and joined == joiners
assert len(new_connectors) >= 20 and 3 <= len(fewer) < len(new_connectors)
assert unchanged / len(stayed) > 0.85  # most people are unchanged
assert all(not then_members["Guyane"] & then_members[h] for h in then_members if h != "Guyane")
(a, b) = lost[0]
lost_person = min(then_members[a] & then_members[b])
gone_from = min(then[lost_person] - now[lost_person])

note = f"""# Changes between the two example exports / Évolution entre les deux exports d'exemple

`data/members-2025-09.csv` (September 2025 / septembre 2025) → `data/members.csv` (six months later / six mois plus tard).
Fictitious data written by `scripts/make_example_data.py`; every figure below is computed from the two files,
after the identity rules (addresses trimmed and lowercased).

## Français

- **Personnes** : {len(then)} en septembre 2025, {len(now)} aujourd'hui. {len(joined)} arrivées, {len(left)} parties, {len(stayed)} présentes aux deux dates, dont {unchanged} dans exactement les mêmes listes.
- **Adhésions** (une personne dans une liste) : {len(m_then)} alors, {len(m_now)} aujourd'hui ; {len(m_now - m_then)} nouvelles, {len(m_then - m_now)} terminées, {len(m_then & m_now)} inchangées.
- **Listes** : {len(then_members)} alors, {len(now_members)} aujourd'hui.
  - Créée : « {created[0]} » ({len(now_members[created[0]])} membres aujourd'hui ; toutes ses adhésions sont nouvelles).
  - Fermée : « {closed[0]} » ({len(cov)} membres en septembre 2025, dont {cov_multi} aussi dans d'autres listes ; {cov_still} sont toujours dans le réseau).
- **Lien perdu** : « {a} » et « {b} » partageaient une seule personne, `{lost_person}` ; elle a quitté « {gone_from} ». Les deux listes ne partagent plus personne.
- **Nouvelles personnes relais** : {len(new_connectors)} personnes étaient dans une seule liste et sont aujourd'hui dans deux listes ou plus (dont {via_lowtech} par « Low-tech »). Dans l'autre sens, {len(fewer)} personnes étaient dans deux listes ou plus et ne sont plus que dans une.

## English

- **People**: {len(then)} in September 2025, {len(now)} today. {len(joined)} joined, {len(left)} left, {len(stayed)} present at both dates, {unchanged} of them in exactly the same lists.
- **Memberships** (one person in one list): {len(m_then)} then, {len(m_now)} today; {len(m_now - m_then)} new, {len(m_then - m_now)} ended, {len(m_then & m_now)} unchanged.
- **Lists**: {len(then_members)} then, {len(now_members)} today.
  - Created: "{created[0]}" ({len(now_members[created[0]])} members today; all its memberships are new).
  - Closed: "{closed[0]}" ({len(cov)} members in September 2025, {cov_multi} of them also in other lists; {cov_still} are still in the network).
- **Lost link**: "{a}" and "{b}" shared a single person, `{lost_person}`, who has left "{gone_from}". The two lists share nobody any more.
- **New connectors**: {len(new_connectors)} people were in one list and are in two or more today ({via_lowtech} of them through "Low-tech"). The other way round, {len(fewer)} people were in two lists or more and are in one only.
"""
with open("data/CHANGES-2025-09.md", "w", encoding="utf-8", newline="\n") as f:
    f.write(note)
print(len(past_rows), "rows in members-2025-09.csv,", len(then), "addresses;",
      len(joined), "joined,", len(left), "left,", len(new_connectors), "new connectors")

# --- tests/fixtures/example-changes/expected.json ------------------------------
# What `maillage compare data/members-2025-09.csv data/members.csv` must find,
# computed on the sets above (names in code point order, as maillage sorts).
def shared(gm, pg, g):
    return sum(len(pg[p]) >= 2 for p in gm.get(g, ()))


def overlap(gm, a, b):
    return gm.get(a, set()) & gm.get(b, set())


all_groups = sorted(then_members.keys() | now_members.keys())
expected = {
    "then": {"persons": len(then), "memberships": len(m_then), "groups": len(then_members),
             "persons_in_2plus_groups": sum(len(g) >= 2 for g in then.values())},
    "now": {"persons": len(now), "memberships": len(m_now), "groups": len(now_members),
            "persons_in_2plus_groups": sum(len(g) >= 2 for g in now.values())},
    "persons": {
        "joined": len(joined), "left": len(left), "stayed": len(stayed),
        "groups_changed": sum(then[p] != now[p] for p in stayed),
        "new_connectors": len(new_connectors),
        "joined_in_2plus_groups": sum(len(now[p]) >= 2 for p in joined),
        "connectors_lost_left": sum(len(then[p]) >= 2 for p in left),
        "connectors_lost_back_to_one": len(fewer),
        "connectors_lost": sum(len(then[p]) >= 2 for p in left) + len(fewer),
    },
    "memberships": {"new": len(m_now - m_then), "ended": len(m_then - m_now), "kept": len(m_then & m_now)},
    "created": created,
    "closed": closed,
    "lost_links": [[a, b, "; ".join(sorted(overlap(then_members, a, b))),
                    "; ".join(sorted(p for p in overlap(then_members, a, b) if p in now))]
                   for a, b in lost],
    "persons_changed": [[p, len(then.get(p, ())), len(now.get(p, ())),
                         "; ".join(sorted(now.get(p, set()) - then.get(p, set()))),
                         "; ".join(sorted(then.get(p, set()) - now.get(p, set())))]
                        for p in sorted(then.keys() | now.keys()) if then.get(p) != now.get(p)],
    "groups": [[g, "kept" if g in then_members and g in now_members else "new" if g in now_members else "closed",
                len(now_members.get(g, set()) - then_members.get(g, set())),
                len(then_members.get(g, set()) - now_members.get(g, set())),
                len(then_members.get(g, set()) & now_members.get(g, set()))] for g in all_groups],
    "pairs": [],
}
for a, b in itertools.combinations(all_groups, 2):
    sb, sa = len(overlap(then_members, a, b)), len(overlap(now_members, a, b))
    if sb or sa:
        change = ("gained" if sb == 0 else "lost" if sa == 0 else "up" if sa > sb
                  else "down" if sa < sb else "same")
        expected["pairs"].append([a, b, sb, sa, change])
assert expected["persons"]["new_connectors"] == len(new_connectors) and expected["lost_links"][0][2] == lost_person
os.makedirs("tests/fixtures/example-changes", exist_ok=True)
with open("tests/fixtures/example-changes/expected.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(expected, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(expected["persons_changed"]), "persons changed,", len(expected["pairs"]), "pairs in expected.json")
