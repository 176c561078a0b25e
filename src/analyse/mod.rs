//! Analyse stage: [`Network`] -> [`Findings`], plain sorted data that the
//! report stage writes as is. One file per analysis; [`all`] runs them.
//! Pure functions: no I/O.

pub mod categories;
pub mod centrality;
pub mod clusters;
pub mod compare;
pub mod components;
pub mod cut_points;
pub mod duplicates;
pub mod facilitators;
pub mod gaps;
pub mod hypergeometric;
pub mod intersections;
pub mod linking;
pub mod membership;
pub mod overlap;
pub mod robustness;
pub mod significance;
pub mod trend;

use crate::memberships::{FileDiagnostics, InputReport, NotRead};
use crate::model::Network;
use categories::{CategoryPair, CategoryRow};
use components::Component;
use facilitators::{FacilitatorRow, FacilitatorsSummary};
use membership::{ratio, DegreeCount, SizeSummary};
use overlap::{GroupPair, PairRatios};
use rayon::prelude::*;
use serde::Serialize;

/// Choices of the analyses (`maillage report` options).
#[derive(Clone, Debug, PartialEq)]
pub struct AnalyseOptions {
    /// `--fdr`: the false discovery rate under which a pair of groups
    /// shares significantly more (or, for gaps, fewer) members than
    /// chance.
    pub fdr: f64,
    /// `--centrality-samples`: pivots per component estimated, in networks
    /// too large for exact centralities.
    pub centrality_pivots: usize,
}

impl Default for AnalyseOptions {
    fn default() -> Self {
        AnalyseOptions {
            fdr: significance::DEFAULT_FDR,
            centrality_pivots: centrality::DEFAULT_PIVOTS,
        }
    }
}

/// Everything the reports show.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Findings {
    pub summary: Summary,
    /// One row per group, in name order; a group's index is its id.
    pub groups: Vec<GroupRow>,
    /// Every pair of groups sharing at least one member, most shared first
    /// (then higher Jaccard, then names). `sole_link` indexes `connectors`.
    pub pairs: Vec<GroupPair>,
    /// Every person in two or more groups, strongest first: more groups,
    /// then more pieces if removed, then more sole links, then name.
    pub connectors: Vec<Connector>,
    /// Exclusive intersections (persons in exactly a set of groups),
    /// largest first: the bars of the UpSet chart.
    pub intersections: Vec<intersections::Intersection>,
    /// Display names shared by people with different addresses.
    pub possible_duplicates: Vec<duplicates::PossibleDuplicate>,
    /// Addresses rewritten by `--fold-gmail`: `(as written, folded)`.
    pub address_folds: Vec<(String, String)>,
    /// The groups' categories, in name order (empty without group
    /// descriptions giving categories).
    pub categories: Vec<CategoryRow>,
    /// Every pair of categories (ids index `categories`).
    pub category_pairs: Vec<CategoryPair>,
    /// Every facilitator, in name order (empty without roles).
    pub facilitators: Vec<FacilitatorRow>,
    /// The q-values of the pairs (by their p-value; see
    /// [`Findings::q_value`]).
    pub pair_q: significance::QValues,
    /// Pairs of groups expected to share members that share significantly
    /// fewer, smallest p first (`gaps.csv`).
    pub gaps: Vec<gaps::Gap>,
    /// The rows of `robustness.csv`: for each order of removal, the state
    /// after 0, 1, 2... removals.
    pub robustness: Vec<robustness::Step>,
    /// The network itself (persons, their groups, roles), for the exports
    /// that list every person.
    #[serde(skip)]
    pub network: Network,
}

impl Findings {
    /// Jaccard, overlap coefficient, expected shared and lift of a pair.
    pub fn ratios(&self, p: &GroupPair) -> PairRatios {
        p.ratios(self.summary.persons)
    }

    /// The pair's Benjamini–Hochberg q-value over all G(G−1)/2 pairs of
    /// groups, as written (never 0). O(log of the pairs with q < 1).
    pub fn q_value(&self, p: &GroupPair) -> f64 {
        significance::written(self.pair_q.ln_q(p.ln_p))
    }

    /// The pair shares significantly more members than chance: q-value ≤
    /// `--fdr`. What the map of groups draws.
    pub fn is_significant(&self, p: &GroupPair) -> bool {
        self.q_value(p) <= self.summary.significance.fdr
    }

    /// The `n` significant pairs with the smallest p-values (then the
    /// largest lift, then the pair order): the strongest overlaps, for
    /// the report.
    pub fn strongest_pairs(&self, n: usize) -> Vec<&GroupPair> {
        let persons = self.summary.persons;
        let mut v: Vec<&GroupPair> = self
            .pairs
            .iter()
            .filter(|p| self.is_significant(p))
            .collect();
        v.sort_by(|x, y| {
            x.ln_p
                .total_cmp(&y.ln_p)
                .then_with(|| y.lift(persons).total_cmp(&x.lift(persons)))
        });
        v.truncate(n);
        v
    }
}

/// Headline figures and input diagnostics (`summary.json`).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Summary {
    pub persons: u64,
    pub groups: u64,
    pub memberships: u64,
    pub persons_in_2plus_groups: u64,
    pub multi_membership_rate: f64,
    pub mean_groups_per_person: f64,
    pub degree_distribution: Vec<DegreeCount>,
    pub group_sizes: SizeSummary,
    /// Pairs of groups sharing at least one member.
    pub overlapping_pairs: u64,
    /// Groups sharing no member with any other group, by name.
    pub isolated_groups: Vec<String>,
    /// Groups linked to the rest through exactly one of their members.
    pub groups_hanging_on_one_person: Vec<String>,
    /// Persons whose departure would split their component.
    pub cut_point_persons: u64,
    /// Groups whose closing would cut other groups off from each other.
    pub cut_point_groups: u64,
    pub components: Vec<Component>,
    /// Per category figures (categories.csv); `null` without categories.
    pub categories: Option<Vec<CategoryRow>>,
    /// The facilitators' network; `null` without roles.
    pub facilitators: Option<FacilitatorsSummary>,
    /// The modules of connectors.csv's `participation`: `categories`, or
    /// `clusters` (of groups) when the groups have no categories.
    pub participation_modules: &'static str,
    /// Overlaps more than chance: tests, FDR, significant pairs.
    pub significance: significance::SignificanceSummary,
    /// Overlaps less than chance: pairs considered, gaps found.
    pub gaps: gaps::GapSummary,
    /// Clusters of groups: how many, modularity.
    pub clusters: clusters::ClusterSummary,
    /// How the centralities were computed (exact, or from k pivots).
    pub centrality: centrality::CentralitySummary,
    /// How many connectors hold the network together.
    pub robustness: robustness::RobustnessSummary,
    /// What was hidden: pseudonyms, the smallest count published.
    pub privacy: crate::privacy::Privacy,
    pub input: InputDiagnostics,
}

/// What was read, and what was dropped.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct InputDiagnostics {
    /// Data rows read in all files.
    pub rows_read: u64,
    /// Rows that repeated a membership already read (counted once).
    pub duplicates: u64,
    /// Rows that gave no membership (the four reasons below).
    pub rows_skipped: u64,
    pub skipped_empty_person: u64,
    pub skipped_empty_group: u64,
    pub skipped_invalid: u64,
    pub skipped_not_validated: u64,
    /// Display names shared by people with different addresses (not
    /// merged; listed in possible_duplicates.csv).
    pub possible_duplicates: u64,
    /// Addresses rewritten by `--fold-gmail`.
    pub gmail_addresses_folded: u64,
    pub files: Vec<FileDiagnostics>,
    /// Files, folders and sheets of the inputs that were not read, and why.
    pub not_read: Vec<NotRead>,
}

/// One group (`groups.csv`).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct GroupRow {
    pub name: String,
    /// members(g).
    pub members: u64,
    /// Members who are in at least one other group.
    pub shared_members: u64,
    /// shared_members / members, in [0, 1].
    pub shared_rate: f64,
    /// Other groups sharing at least one member with this one.
    pub overlapping_groups: u64,
    /// overlapping_groups == 0.
    pub isolated: bool,
    /// Id of its connected component (1 = largest).
    pub component: u32,
    /// Closing the group would cut other groups off from each other (an
    /// articulation point of the graph of groups linked by shared members).
    pub cut_point: bool,
    /// cat(g), an index of `Findings::categories`; `None` without
    /// categories.
    pub category: Option<u32>,
    /// Its territory, when a description gives one.
    pub territory: Option<String>,
    /// Members with a group of another category / members(g), in [0, 1];
    /// `None` without categories.
    pub other_category_rate: Option<f64>,
    /// Its facilitators (members or not); `None` without roles.
    pub facilitators: Option<u64>,
    /// Its facilitators who are linked to facilitators of other groups.
    pub facilitators_linked: Option<u64>,
    /// facilitators > 0 and facilitators_linked = 0.
    pub facilitators_alone: Option<bool>,
    /// Its cluster of groups (1 = most groups; groups in no significant
    /// pair are each alone, numbered last).
    pub cluster: u32,
    /// Two-mode degree, closeness and betweenness.
    pub centrality: centrality::Centrality,
}

/// One person in two or more groups (`connectors.csv`).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Connector {
    pub person: String,
    /// Their display name as a file gives it (the first found), or empty.
    pub name: String,
    /// deg(p) >= 2.
    pub groups: u32,
    /// Removing the person splits their component of the bipartite graph.
    pub cut_point: bool,
    /// Pieces their component falls into if they leave (1 when not a cut
    /// point); equals the number of biconnected blocks holding them.
    pub pieces_if_removed: u32,
    /// Group pairs for which this person is the only shared member.
    pub sole_link_pairs: u64,
    /// Their groups' ids, in name order.
    pub group_ids: Vec<u32>,
    /// Persons whose groups are exactly these (this one included): the
    /// UpSet bar they are in. Under `--min-count K`, a list held by fewer
    /// than K persons is withheld, as the bar is.
    pub same_groups: u32,
    /// Distinct categories of their groups; `None` without categories.
    pub categories: Option<u32>,
    /// Participation coefficient 1 − Σ_c (k_pc / k_p)², with the
    /// categories as modules, or the clusters of groups without
    /// categories ([`Summary::participation_modules`]).
    pub participation: Option<f64>,
    /// Groups they facilitate; `None` without roles.
    pub facilitates: Option<u32>,
    /// Two-mode degree, closeness and betweenness.
    pub centrality: centrality::Centrality,
}

/// Runs every analysis on `net` with the default options; see
/// [`all_with`].
pub fn all(network: Network, input: InputReport) -> Findings {
    all_with(network, input, &AnalyseOptions::default())
}

/// Gives connectors the first display name the files give them. Names
/// are looked up by address, and only when some file gave names.
fn with_display_names(
    mut connectors: Vec<Connector>,
    names: &[(u32, String)],
    net: &Network,
) -> Vec<Connector> {
    if names.is_empty() {
        return connectors;
    }
    let mut first: rustc_hash::FxHashMap<&str, &str> = Default::default();
    for (p, name) in names {
        let name = name.trim();
        if !name.is_empty() && !crate::identity::is_email(name) {
            first.entry(net.persons.get(*p)).or_insert(name);
        }
    }
    for c in &mut connectors {
        if let Some(name) = first.get(c.person.as_str()) {
            c.name = (*name).to_string();
        }
    }
    connectors
}

/// Runs every analysis on `net`; `input` is what the load stage saw (per
/// file, and the display names and foldings of identities), carried into
/// the diagnostics. The network ends in the findings.
pub fn all_with(network: Network, input: InputReport, opts: &AnalyseOptions) -> Findings {
    let net = &network;
    let sources = &input.files;
    let persons = net.person_count() as u64;
    let core = linking::Core::new(net);
    // The pair count and the p-values are parallel inside; the graph
    // searches are sequential, so they run beside them. Gaps need the
    // pairs in (a, b) order, as counted.
    let (((mut pairs, (gaps, gap_summary)), mm), ((comps, (blocks, largest)), (cats, facs))) =
        rayon::join(
            || {
                let mut pairs = overlap::count_shared(&core);
                significance::set_p_values(&mut pairs, persons);
                let gaps = gaps::gaps(&core.sizes, &pairs, persons, opts.fdr);
                ((pairs, gaps), membership::multi_membership(net))
            },
            || {
                rayon::join(
                    || {
                        rayon::join(
                            || components::components(&core),
                            || cut_points::blocks_and_largest_part(&core),
                        )
                    },
                    || {
                        let cats = categories::categories(net);
                        let group = facilitators::facilitators_group(net, &cats);
                        let facs = facilitators::facilitators(net, group);
                        (cats, facs)
                    },
                )
            },
        );
    let territory = {
        let mut t: Vec<Option<String>> = vec![None; net.group_count()];
        for d in &net.descriptions {
            t[d.group as usize] = d.territory.clone();
        }
        t
    };
    let overlapping = overlap::overlapping_groups(net.group_count(), &pairs);
    let sole = overlap::sole_links(net.person_count(), &pairs);
    let pair_q = significance::pair_q_values(&pairs, net.group_count() as u64);
    let significance = significance::summarise(&pairs, &pair_q, opts.fdr);
    // Clusters on the significant pairs, weighted by shared members (in
    // (a, b) order, as counted).
    let edges: Vec<(u32, u32, f64)> = pairs
        .iter()
        .filter(|p| significance::written(pair_q.ln_q(p.ln_p)) <= opts.fdr)
        .map(|p| (p.a, p.b, f64::from(p.shared)))
        .collect();
    let clusters = clusters::clusters(&core.sizes, &edges);
    drop(edges);

    let mut groups: Vec<GroupRow> = (0..net.group_count())
        .map(|g| {
            let members = net.members_of(g as u32).len() as u64;
            GroupRow {
                name: net.groups.get(g as u32).to_string(),
                members,
                shared_members: mm.shared_members[g],
                shared_rate: ratio(mm.shared_members[g], members),
                overlapping_groups: overlapping[g],
                isolated: overlapping[g] == 0,
                component: comps.of_group[g],
                cut_point: blocks.group_is_cut_point(g as u32),
                category: cats.known().then(|| cats.of_group[g]),
                territory: territory[g].clone(),
                other_category_rate: cats.known().then(|| ratio(cats.other_members[g], members)),
                facilitators: facs.known.then(|| facs.of_group[g]),
                facilitators_linked: facs.known.then(|| facs.linked_of_group[g]),
                facilitators_alone: facs
                    .known
                    .then(|| facs.of_group[g] > 0 && facs.linked_of_group[g] == 0),
                cluster: clusters.of_group[g],
                centrality: Default::default(),
            }
        })
        .collect();
    drop(territory);

    // For equal `shared`, a higher Jaccard is a smaller |A| + |B|: an
    // integer key gives the documented order exactly. Group ids follow
    // names, so (a, b) orders ties by names.
    pairs.par_sort_unstable_by_key(|p| {
        u128::from(u32::MAX - p.shared) << 96
            | u128::from(p.size_sum) << 64
            | u128::from(p.a) << 32
            | u128::from(p.b)
    });

    // Connectors in report order, sorted as ids first (names are compared
    // only on ties) so their rank can replace person ids, which follow
    // input order.
    let by_id = core.into_persons();
    // Sort on integers: the key, then the name's first 16 bytes; whole
    // names are compared only when those are equal. Names are in the
    // arena, so comparing them directly would miss the cache on every
    // comparison of a million-row sort.
    let prefix = |name: &str| {
        let mut b = [0u8; 16];
        let n = name.len().min(16);
        b[..n].copy_from_slice(&name.as_bytes()[..n]);
        u128::from_be_bytes(b)
    };
    // Larger first: complements of deg (u32), blocks (u32), sole (u64).
    let mut keyed: Vec<(u128, u128, u32)> = by_id
        .iter()
        .map(|&p| {
            let k = u128::from(u32::MAX - net.degree_of_person(p) as u32) << 96
                | u128::from(u32::MAX - blocks.persons[p as usize]) << 64
                | u128::from(u64::MAX - sole[p as usize]);
            (k, prefix(net.persons.get(p)), p)
        })
        .collect();
    keyed.par_sort_unstable_by(|x, y| {
        (x.0, x.1)
            .cmp(&(y.0, y.1))
            .then_with(|| net.persons.get(x.2).cmp(net.persons.get(y.2)))
    });
    let order: Vec<u32> = keyed.into_iter().map(|(_, _, p)| p).collect();
    let mut rank = vec![u32::MAX; net.person_count()];
    for (i, &p) in order.iter().enumerate() {
        rank[p as usize] = i as u32;
    }
    // The cut points' search saw the largest part: robustness need not
    // search it again (its cut persons as ranked core nodes).
    let largest = cut_points::LargestPart {
        cut_persons: largest
            .cut_persons
            .iter()
            .map(|&(i, piece)| {
                let node = net.group_count() as u32 + rank[by_id[i as usize] as usize];
                (node, piece)
            })
            .collect(),
        ..largest
    };
    // Two independent halves, side by side: the graph searches (on the
    // core numbered by connector rank, so that their sums do not depend
    // on row order) and the connectors' rows. Each half has sequential
    // steps the other fills the second core with.
    let facilitating = facs.by_member();
    let ((central, (robustness, robustness_summary)), (mut connectors, intersections)) =
        rayon::join(
            || {
                let ranked_core = linking::RankedCore::new(net, &order);
                drop(order);
                rayon::join(
                    || {
                        centrality::centralities(
                            &ranked_core,
                            net.person_count(),
                            &comps.of_group,
                            opts.centrality_pivots,
                        )
                    },
                    || robustness::robustness(net, &ranked_core, Some(largest)),
                )
            },
            || {
                pairs
                    .par_iter_mut()
                    .for_each(|p| p.renumber_sole_link(|x| rank[x as usize]));
                let (mut fingerprints, mut connectors): (Vec<u128>, Vec<Connector>) = by_id
                    .par_iter()
                    .map(|&p| {
                        let group_ids: Vec<u32> = net.groups_of(p).collect();
                        let (categories, participation) = if cats.known() {
                            let (k, x) = categories::of_person(net, &cats.of_group, p);
                            (Some(k), Some(x))
                        } else {
                            (
                                None,
                                Some(categories::of_person(net, &clusters.of_group, p).1),
                            )
                        };
                        let facilitates = facs.known.then(|| {
                            facilitating
                                .binary_search_by_key(&p, |&(q, _)| q)
                                .map_or(0, |k| facilitating[k].1)
                        });
                        (
                            intersections::fingerprint(&group_ids),
                            Connector {
                                person: net.persons.get(p).to_string(),
                                name: String::new(),
                                groups: net.degree_of_person(p) as u32,
                                cut_point: blocks.persons[p as usize] >= 2,
                                pieces_if_removed: blocks.persons[p as usize],
                                sole_link_pairs: sole[p as usize],
                                group_ids,
                                same_groups: 0,
                                categories,
                                participation,
                                facilitates,
                                centrality: Default::default(),
                            },
                        )
                    })
                    .unzip();
                // Put in rank order by following the permutation's cycles, in place:
                // sorted (rank, fingerprint, row) tuples had to be unzipped into a
                // second copy of every row, the memory peak of the whole run.
                let mut to: Vec<u32> = by_id.iter().map(|&p| rank[p as usize]).collect();
                for i in 0..to.len() {
                    while to[i] as usize != i {
                        let j = to[i] as usize;
                        connectors.swap(i, j);
                        fingerprints.swap(i, j);
                        to.swap(i, j);
                    }
                }
                drop(to);
                let intersections =
                    intersections::exclusive(&groups, &mut connectors, &fingerprints);
                (connectors, intersections)
            },
        );
    for (row, c) in groups.iter_mut().zip(&central.groups) {
        row.centrality = *c;
    }
    // Both in connector rank order.
    for (row, c) in connectors.iter_mut().zip(&central.persons) {
        row.centrality = *c;
    }

    let possible_duplicates = duplicates::possible_duplicates(&input.display_names, &net.persons);
    let connectors = with_display_names(connectors, &input.display_names, net);
    let diagnostics = InputDiagnostics {
        rows_read: sources.iter().map(|s| s.rows).sum(),
        duplicates: net.duplicates,
        rows_skipped: sources.iter().map(|s| s.skipped).sum(),
        skipped_empty_person: sources.iter().map(|s| s.skipped_empty_person).sum(),
        skipped_empty_group: sources.iter().map(|s| s.skipped_empty_group).sum(),
        skipped_invalid: sources.iter().map(|s| s.skipped_invalid).sum(),
        skipped_not_validated: sources.iter().map(|s| s.skipped_not_validated).sum(),
        possible_duplicates: possible_duplicates.len() as u64,
        gmail_addresses_folded: input.address_folds.len() as u64,
        files: input.files,
        not_read: input.not_read,
    };
    let summary = Summary {
        persons: net.person_count() as u64,
        groups: net.group_count() as u64,
        memberships: net.membership_count() as u64,
        persons_in_2plus_groups: mm.persons_in_2plus_groups,
        multi_membership_rate: mm.multi_membership_rate,
        mean_groups_per_person: mm.mean_groups_per_person,
        degree_distribution: mm.degree_distribution,
        group_sizes: membership::group_sizes(net),
        overlapping_pairs: pairs.len() as u64,
        isolated_groups: groups
            .iter()
            .filter(|g| g.isolated)
            .map(|g| g.name.clone())
            .collect(),
        groups_hanging_on_one_person: groups
            .iter()
            .filter(|g| g.shared_members == 1 && g.overlapping_groups > 0)
            .map(|g| g.name.clone())
            .collect(),
        cut_point_persons: connectors.iter().filter(|c| c.cut_point).count() as u64,
        cut_point_groups: groups.iter().filter(|g| g.cut_point).count() as u64,
        components: comps.list,
        categories: cats.known().then(|| cats.list.clone()),
        facilitators: facs.summary(net),
        participation_modules: if cats.known() {
            "categories"
        } else {
            "clusters"
        },
        significance,
        gaps: gap_summary,
        clusters: clusters.summary(),
        centrality: central.summary,
        robustness: robustness_summary,
        privacy: input.privacy,
        input: diagnostics,
    };
    Findings {
        summary,
        groups,
        pairs,
        connectors,
        intersections,
        possible_duplicates,
        address_folds: input.address_folds,
        categories: cats.list,
        category_pairs: cats.pairs,
        facilitators: facs.rows,
        pair_q,
        gaps,
        robustness,
        network,
    }
}
