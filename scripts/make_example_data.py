#!/usr/bin/env python3
"""Writes data/members.csv: a realistic, entirely fictitious network of
cooperative communities (37 mailing lists: thematic and territorial), used by
the README and the golden tests. Seeded: re-running gives the same bytes.

Model: each person has a home territory (joins its list with p=0.5), 0-n
thematic lists (mostly 1, some 2-3, a few facilitators in many) drawn with
Zipf-like popularity and affinity clusters (people tend to stay inside a
cluster of related themes). One overseas list shares nobody with the rest; another hangs on a
single facilitator.
A few addresses are written twice with other capitals (identity rules)."""
import csv
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


def zipf_pick(items, s=1.0):
    w = [1 / (i + 1) ** s for i in range(len(items))]
    return rng.choices(items, weights=w)[0]


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
