//! Command line: clap types only. Nothing else in the crate imports clap.

use clap::{Args, Parser, Subcommand};
use maillage::chart;
use std::path::PathBuf;

/// Shows how the groups of a network of communities are woven together:
/// multi-membership, overlaps between groups, connectors, isolated groups.
#[derive(Parser, Debug)]
#[command(name = "maillage", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Language of everything written for people (the report, the charts,
    /// the terminal): en or fr. By default the language of the system
    /// (LC_ALL, LC_MESSAGES, LANG), else English.
    #[arg(long, global = true, value_parser = parse_lang)]
    pub lang: Option<maillage::lang::Lang>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Compute every figure and write a report folder.
    #[command(long_about = maillage::report::outputs_help())]
    Report {
        #[command(flatten)]
        input: InputArgs,
        /// Folder to write the report into.
        #[arg(short, long, default_value = "report")]
        out: PathBuf,
        #[command(flatten)]
        analyse: AnalyseArgs,
        #[command(flatten)]
        charts: ChartArgs,
        #[command(flatten)]
        privacy: PrivacyArgs,
    },
    /// Print the headline figures.
    Summary {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        analyse: AnalyseArgs,
        #[command(flatten)]
        privacy: PrivacyArgs,
        /// Print summary.json to standard output instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Say what each input is, without computing anything.
    ///
    /// Prints, per file: the export recognised, the layout, the encoding,
    /// the delimiter, the columns used, the rows read, the memberships
    /// kept, and the rows skipped and why.
    Inspect {
        #[command(flatten)]
        input: InputArgs,
        /// Print the per-file reports as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write a group-descriptions file to fill in: one row per group found.
    ///
    /// Prints CSV on standard output (`maillage groups-template INPUT... >
    /// groups-info.csv`): `group,category,territory,facilitators`, one row
    /// per group of the member lists, in name order, the other columns
    /// empty, for a facilitator to fill in and give back with
    /// --groups-info. With --groups-info, the values already given are
    /// kept.
    GroupsTemplate {
        #[command(flatten)]
        input: InputArgs,
    },
    /// Compare two exports of the network: what changed between them.
    ///
    /// BEFORE and AFTER are each what `report` reads: a file, a folder or
    /// a zip; an export of several files is given with --before FILE...
    /// and --after FILE... Both are read with the same options and the same
    /// identity rules, so a person is the same person in both.
    #[command(
        long_about = maillage::report::compare::compare_help(),
        mut_arg("files", |a| a
            .required(false)
            .value_name("BEFORE AFTER")
            .help("The earlier export, then the later one (a file, folder or zip each)")
            .long_help("The earlier export, then the later one: each a file, a folder or a zip, read as `report` reads its inputs.")),
    )]
    Compare {
        #[command(flatten)]
        input: InputArgs,
        /// The earlier export, when it is several files (or folders, zips)
        /// read together.
        #[arg(long, num_args = 1.., value_name = "FILE")]
        before: Vec<PathBuf>,
        /// The later export, when it is several files read together.
        #[arg(long, num_args = 1.., value_name = "FILE")]
        after: Vec<PathBuf>,
        #[command(flatten)]
        snapshots: SnapshotArgs,
        #[command(flatten)]
        privacy: PrivacyArgs,
        /// Folder to write the comparison into.
        #[arg(short, long, default_value = "comparison")]
        out: PathBuf,
    },
    /// Follow the figures over three exports or more, in label order.
    #[command(
        long_about = maillage::report::compare::trend_help(),
        mut_arg("files", |a| a
            .value_name("SNAPSHOT")
            .help("The exports, three or more (a file, folder or zip each)")
            .long_help("The exports, three or more: each a file, a folder or a zip, read as `report` reads its inputs.")),
    )]
    Trend {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        snapshots: SnapshotArgs,
        /// As for `report` (a trend names no person: --pseudonymise
        /// changes nothing but the group names with --hide-group-names).
        #[command(flatten)]
        privacy: PrivacyArgs,
        /// Folder to write the trend into.
        #[arg(short, long, default_value = "trend")]
        out: PathBuf,
    },
    /// Print the pseudonym a report gives each address, under a key.
    ///
    /// Addresses are normalised as inputs are. A report lengthens every
    /// pseudonym when two persons would share one (summary.json's
    /// privacy.person_pseudonym_length): its pseudonyms start with these.
    Pseudonym {
        /// The key file the report was made with (else MAILLAGE_KEY).
        #[arg(long, value_name = "FILE")]
        key_file: Option<PathBuf>,
        /// Characters after `p-`.
        #[arg(long, value_name = "N", default_value_t = maillage::privacy::pseudonym::DEFAULT_LENGTH, value_parser = parse_length)]
        length: usize,
        /// The addresses (or other identifiers) to pseudonymise.
        #[arg(required = true, value_name = "ADDRESS")]
        addresses: Vec<String>,
    },
    /// Find, in your own exports, who (or which group) a pseudonym of a
    /// report stands for.
    ///
    /// Reads the inputs as `report` does and prints each person (or group,
    /// for a `g-` pseudonym) whose pseudonym under the key starts with the
    /// one given. Run it on your computer: its output is personal data.
    Reveal {
        #[command(flatten)]
        input: InputArgs,
        /// The key file the report was made with (else MAILLAGE_KEY).
        #[arg(long, value_name = "FILE")]
        key_file: Option<PathBuf>,
        /// A pseudonym from the report (`p-...` or `g-...`; repeatable).
        #[arg(long = "pseudonym", required = true, value_name = "PSEUDONYM")]
        pseudonyms: Vec<String>,
    },
    /// Write a synthetic membership file (seeded, realistic heavy tails).
    ///
    /// Group popularity follows a Zipf law; 75% of persons are in one
    /// group, the others in 2 to 60 with P(d) ∝ d^-3. Addresses are
    /// email-like and fictitious. The same arguments give the same file.
    Generate {
        /// Number of memberships (rows) to write.
        #[arg(long, default_value_t = 1_000_000)]
        memberships: u64,
        /// Number of groups.
        #[arg(long, default_value_t = 10_000)]
        groups: u32,
        /// Random seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// File to write (CSV `email,group`).
        #[arg(short, long)]
        out: PathBuf,
    },
}

#[derive(Args, Debug)]
pub struct AnalyseArgs {
    /// False discovery rate: pairs of groups sharing more (or fewer)
    /// members than chance are those whose q-value is at most this.
    ///
    /// Each pair's p-value is the hypergeometric chance of sharing that
    /// many members (or more; for gaps, that few or fewer) if members had
    /// been drawn at random; q-values are Benjamini–Hochberg's, over all
    /// pairs of groups (for gaps, over the pairs expected to share at
    /// least one member). Between 0 and 1.
    #[arg(long, value_name = "RATE", default_value_t = maillage::analyse::significance::DEFAULT_FDR, value_parser = parse_fdr)]
    pub fdr: f64,
    /// Centralities of large networks: pivots drawn per component.
    ///
    /// Networks of up to 20,000 persons and groups get exact centralities
    /// (closeness and betweenness computed from every node). Above, each
    /// component with more nodes than this is estimated from this many
    /// pivots, drawn from a fixed seed; more pivots, closer estimates, in
    /// proportional time.
    #[arg(long, value_name = "K", default_value_t = maillage::analyse::centrality::DEFAULT_PIVOTS as u32, value_parser = clap::value_parser!(u32).range(1..))]
    pub centrality_samples: u32,
}

impl Default for AnalyseArgs {
    fn default() -> Self {
        AnalyseArgs {
            fdr: maillage::analyse::significance::DEFAULT_FDR,
            centrality_samples: maillage::analyse::centrality::DEFAULT_PIVOTS as u32,
        }
    }
}

#[derive(Args, Debug)]
pub struct ChartArgs {
    /// The report's title (e.g. "Réseau coop"), instead of "How our groups
    /// are woven together".
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// The date of the exports, shown under the title (e.g. 2025-09-12),
    /// instead of the date of the newest file read.
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Also write each chart as PNG (charts/*.png).
    #[arg(long)]
    pub png: bool,
    /// Also write the networks as GraphML and GEXF (graphs/), for Gephi,
    /// Cytoscape, yEd or NetworkX.
    #[arg(long)]
    pub graphs: bool,
    /// UpSet chart: at most this many bars before "other" (fewer when
    /// the page's width holds fewer).
    #[arg(long, value_name = "N", default_value_t = chart::DEFAULT_TOP)]
    pub top: usize,
    /// UpSet chart: intersections with fewer persons go to "other".
    #[arg(long, value_name = "PERSONS", default_value_t = chart::DEFAULT_MIN_SIZE)]
    pub min_size: u64,
    /// UpSet chart: intersections of fewer groups are not drawn (the
    /// chart says how many persons that leaves out); 1 also draws the
    /// people in a single group.
    #[arg(long, value_name = "GROUPS", default_value_t = chart::DEFAULT_MIN_DEGREE)]
    pub min_degree: usize,
    /// Heatmap, map and shared-rate charts: at most this many groups, the
    /// largest (the heatmap draws 45 at most, the map 300).
    #[arg(long, value_name = "N", default_value_t = chart::DEFAULT_MAX_GROUPS)]
    pub max_groups: usize,
}

/// What can be hidden in a report that leaves your computer.
#[derive(Args, Debug, Default)]
pub struct PrivacyArgs {
    /// Write every person as a keyed pseudonym (p-...) in every output;
    /// display names and the lists of possible duplicates and folded
    /// addresses are left out.
    ///
    /// The pseudonym is HMAC-SHA256 of the address under a secret key:
    /// the same key gives the same pseudonyms from one report to the
    /// next; without --key-file or MAILLAGE_KEY, a key drawn for this run
    /// only, and the pseudonyms cannot be linked to any other report.
    #[arg(long, visible_alias = "pseudonymize")]
    pub pseudonymise: bool,
    /// The pseudonyms' key: a file of at least 16 bytes, readable only by
    /// you (implies --pseudonymise; else MAILLAGE_KEY, else a random key).
    #[arg(long, value_name = "FILE")]
    pub key_file: Option<PathBuf>,
    /// Counts of persons below K are not published: empty in CSV (the
    /// row's `suppressed` column says so), "< K" in the report and charts.
    /// The headline figures stay exact.
    #[arg(long, value_name = "K", value_parser = clap::value_parser!(u64).range(1..))]
    pub min_count: Option<u64>,
    /// The profile for anything that leaves your computer: --pseudonymise
    /// --min-count 3.
    #[arg(long)]
    pub publish: bool,
    /// Write groups (and input files, often named after them) as keyed
    /// pseudonyms too (g-..., f-...); implies --pseudonymise.
    #[arg(long)]
    pub hide_group_names: bool,
}

impl PrivacyArgs {
    /// The options these flags give.
    pub fn options(&self) -> maillage::privacy::PrivacyOptions {
        let publish_count = self
            .publish
            .then_some(maillage::privacy::PrivacyOptions::PUBLISH_MIN_COUNT);
        maillage::privacy::PrivacyOptions {
            pseudonymise: self.pseudonymise
                || self.publish
                || self.hide_group_names
                || self.key_file.is_some(),
            hide_group_names: self.hide_group_names,
            min_count: self.min_count.or(publish_count).unwrap_or(1),
            key_file: self.key_file.clone(),
        }
    }
}

/// What `compare` and `trend` take besides the inputs.
#[derive(Args, Debug)]
pub struct SnapshotArgs {
    /// The exports' labels, comma-separated, in the order the exports are
    /// given (by default their file or folder names).
    #[arg(long, value_delimiter = ',', value_name = "LABEL,LABEL...")]
    pub labels: Option<Vec<String>>,
    /// A group renamed between exports, so that it keeps its history: its
    /// earlier name, '=', its name now (repeatable; chains are followed).
    #[arg(long, value_name = "OLD=NEW")]
    pub rename: Vec<String>,
    /// The page's title, instead of one naming the exports' labels.
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// The date shown under the title (e.g. 2025-09-12), instead of the
    /// date of the newest file read.
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Also write each chart as PNG (charts/*.png).
    #[arg(long)]
    pub png: bool,
    /// Charts: at most this many groups, the largest.
    #[arg(long, value_name = "N", default_value_t = chart::DEFAULT_MAX_GROUPS)]
    pub max_groups: usize,
}

#[derive(Args, Debug)]
pub struct InputArgs {
    /// Member lists (exports of your platforms, or CSV tables).
    #[arg(required = true, value_name = "FILE", long_help = maillage::load::inputs_help())]
    pub files: Vec<PathBuf>,
    /// The person column, when its name is not recognised.
    #[arg(long, value_name = "COLUMN")]
    pub person: Option<String>,
    /// The group column, when its name is not recognised; for a file that
    /// is one group (one file per group), the group's name.
    #[arg(long, value_name = "COLUMN|NAME")]
    pub group: Option<String>,
    /// The files' layout, when detection guesses wrong: long (person and
    /// group columns), wide (a column listing groups), matrix (one column
    /// per group), per-group (the whole file is one group).
    #[arg(long, value_name = "LAYOUT", value_parser = parse_layout)]
    pub layout: Option<maillage::load::Layout>,
    /// Treat Gmail addresses that differ only by dots or a +tag (gmail.com
    /// and googlemail.com only) as one person; every folding is listed in
    /// address_folds.csv.
    #[arg(long)]
    pub fold_gmail: bool,
    /// The character separating the groups listed in one cell (`,` for
    /// "Vélo, Jardins"), when detection guesses wrong.
    ///
    /// By default a group cell is split on `;` or `|`, and on `,` in a
    /// column named in the plural (Groupes, Listes...) or in a file with
    /// another delimiter and one row per person; a file whose group cells
    /// hold a `,` that was not split gets a warning.
    #[arg(long, value_name = "CHAR")]
    pub list_separator: Option<char>,
    /// Drop rows with the wrong number of fields (counted, and their first
    /// line numbers shown) instead of stopping.
    #[arg(long)]
    pub skip_invalid: bool,
    /// The files' character encoding (e.g. windows-1252, latin1,
    /// utf-16), when detection guesses wrong.
    ///
    /// By default a UTF-8 file (with or without BOM) is read as is, a
    /// UTF-16 BOM is honoured, and any other file is decoded with the
    /// encoding chardetng guesses (Windows-1252 for a French Excel "CSV").
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// A group-descriptions file: a group column and category, territory
    /// or facilitators columns.
    ///
    /// Columns found by name: group (`group`, `groupe`, `liste`...),
    /// category (`category`, `catégorie`, `type`, `kind`, `famille`),
    /// territory (`territory`, `territoire`, `région`, `ville`, `place`),
    /// facilitators (`facilitators`, `animateurs`, `animatrices`,
    /// `owners`: addresses or ids separated by `;`, `,` or spaces). Group
    /// names match the member lists' groups; groups without a row are in
    /// category `(none)`. `maillage groups-template` writes one to fill
    /// in. Such a file inside an input folder is recognised by its header.
    #[arg(long, value_name = "FILE")]
    pub groups_info: Option<PathBuf>,
    /// A roles file: `person,group,role`.
    ///
    /// Role words (case ignored): owner, manager, moderator, admin,
    /// editor, facilitator, animateur, animatrice, organizer make the
    /// person a facilitator of the group; member says they are a member;
    /// other words are warned about with their line.
    #[arg(long, value_name = "FILE")]
    pub roles: Option<PathBuf>,
    /// The group whose purpose is to link facilitators (its members are
    /// the facilitators' network).
    ///
    /// By default, the group whose category is `facilitators` or
    /// `animation`, if there is exactly one.
    #[arg(long, value_name = "NAME")]
    pub facilitators_group: Option<String>,
    /// Print nothing on standard error but errors: no warnings, no status
    /// line, no closing line.
    #[arg(short, long)]
    pub quiet: bool,
}

fn parse_layout(s: &str) -> Result<maillage::load::Layout, String> {
    maillage::load::Layout::parse(s)
        .ok_or_else(|| format!("unknown layout '{s}': use long, wide, matrix or per-group"))
}

fn parse_length(s: &str) -> Result<usize, String> {
    use maillage::privacy::pseudonym::MAX_LENGTH;
    match s.trim().parse::<usize>() {
        Ok(n) if (1..=MAX_LENGTH).contains(&n) => Ok(n),
        _ => Err(format!("'{s}' is not a length between 1 and {MAX_LENGTH}")),
    }
}

fn parse_fdr(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(x) if x > 0.0 && x <= 1.0 => Ok(x),
        _ => Err(format!(
            "'{s}' is not a rate between 0 and 1 (for example 0.05)"
        )),
    }
}

fn parse_lang(s: &str) -> Result<maillage::lang::Lang, String> {
    maillage::lang::Lang::parse(s).ok_or_else(|| format!("unknown language '{s}': use en or fr"))
}
