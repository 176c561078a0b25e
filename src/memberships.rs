//! What the load stage hands on: memberships with interned names, the roles
//! and group descriptions the exports carry, and what was seen in each input
//! ([`InputReport`]). Shared by the stages (load fills these types, model
//! and analyse read them), so that no stage imports the one before it for
//! its types.

use crate::lang::Lang;
use crate::names::NameTable;
use crate::t;
use serde::Serialize;

/// Every membership read from the inputs, with interned names.
/// Pairs may repeat (the model stage removes duplicates and counts them).
#[derive(Clone, Debug, Default)]
pub struct Memberships {
    pub persons: NameTable,
    pub groups: NameTable,
    /// `(person id, group id)` per usable row, in input order.
    pub pairs: Vec<(u32, u32)>,
    /// Roles read from the exports, on groups that have members.
    pub roles: Vec<RoleRecord>,
    /// People named by a role who hold no membership (an owner who is not
    /// subscribed to the list): [`PersonRef::Outsider`] indexes this table.
    pub outsiders: NameTable,
    /// Group descriptions (category, territory, description, facilitators)
    /// read from the exports and the group-descriptions files, on groups
    /// that have members: at most one per group (those of one group are
    /// merged), in group id order.
    pub descriptions: Vec<GroupDescription>,
    /// The group whose purpose is to link facilitators, when given with
    /// `--facilitators-group` (a group id of [`Memberships::groups`]).
    pub facilitators_group: Option<u32>,
    /// Groups renamed, as a group-descriptions file's `renamed_from`
    /// column says: `(earlier name, name now)`, as written (for `compare`
    /// and `trend`; a report has one export and ignores them).
    pub renamed_from: Vec<(String, String)>,
    /// What was read in each input, for the diagnostics.
    pub input: InputReport,
}

impl Memberships {
    /// Memberships from `(person, group)` values held in memory (for
    /// generated data, tests and benches), with the same identity rules as
    /// files. Rows with an empty value are dropped.
    pub fn from_rows<'a>(rows: impl IntoIterator<Item = (&'a str, &'a str)>) -> Memberships {
        let mut m = Memberships::default();
        for (p, g) in rows {
            if let (Some(p), Some(g)) =
                (crate::identity::normalise(p), crate::identity::normalise(g))
            {
                let p = m.persons.intern(&p);
                let g = m.groups.intern(&g);
                m.pairs.push((p, g));
            }
        }
        m
    }
}

/// What was read, file by file, and the facts about identities that the
/// analyse stage reports (possible duplicates, Gmail foldings).
#[derive(Clone, Debug, Default)]
pub struct InputReport {
    /// One entry per export read, in the order given.
    pub files: Vec<FileDiagnostics>,
    /// `(person id, display name)` as found in the files (`Name <addr>`,
    /// a name column, a Sympa `gecos`...), for the possible duplicates.
    pub display_names: Vec<(u32, String)>,
    /// Addresses rewritten by `--fold-gmail`: `(as written, folded)`,
    /// sorted.
    pub address_folds: Vec<(String, String)>,
    /// Files, folders and sheets of the inputs that were not read, and why.
    pub not_read: Vec<NotRead>,
    /// What the privacy step did to the names (nothing by default).
    pub privacy: crate::privacy::Privacy,
}

/// A file, folder or sheet of the inputs that was not read.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct NotRead {
    pub file: String,
    pub why: NotReadReason,
}

/// Why a file was not read. Each reason is worded once, in
/// [`NotReadReason::describe`].
#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum NotReadReason {
    /// Its extension is not that of a member list (a photo, a text
    /// document).
    NotAList,
    /// A folder holding an earlier maillage report.
    ReportFolder,
    /// A hidden sheet of a workbook.
    HiddenSheet,
    /// An empty sheet of a workbook.
    EmptySheet,
}

impl NotReadReason {
    /// Why, in words.
    pub fn describe(self, l: Lang) -> String {
        match self {
            NotReadReason::NotAList => t!(l, "notread-not-a-list"),
            NotReadReason::ReportFolder => t!(l, "notread-report-folder"),
            NotReadReason::HiddenSheet => t!(l, "notread-hidden-sheet"),
            NotReadReason::EmptySheet => t!(l, "notread-empty-sheet"),
        }
    }
}

/// Something read with a doubt, that a person should check: said in the
/// warnings, by `inspect` and in the report's input section.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Notice {
    /// Group cells hold a character that could separate a list of groups,
    /// and were read as one group each.
    UnsplitLists {
        separator: char,
        line: u64,
        example: String,
    },
    /// Group cells were split on this character.
    SplitLists { separator: char },
    /// Most groups of the file have a single member: the column taken as
    /// the groups may not be one.
    OneMemberGroups { groups: u64, column: String },
    /// The column taken as the groups holds dates.
    DatesAsGroups { column: String, example: String },
    /// The group is named after the file's folder: the file name is
    /// generic or shared with another file.
    GroupFromFolder { file_name: String, group: String },
    /// Persons are identified by their names, not by addresses.
    PersonsByName { columns: String },
    /// A row of a group-descriptions or roles file names a group that no
    /// member list has: it is left out.
    UnknownGroup { line: u64, group: String },
    /// More rows naming unknown groups than are listed one by one.
    MoreUnknownGroups { rows: u64 },
    /// A row of a roles file gives a role word that is not known: it is
    /// left out.
    UnknownRole { line: u64, word: String },
    /// More rows with unknown role words than are listed one by one.
    MoreUnknownRoles { rows: u64 },
}

impl Notice {
    /// In a sentence, for the warnings, `inspect` and the report.
    pub fn describe(&self, l: Lang) -> String {
        match self {
            Notice::UnsplitLists {
                separator,
                line,
                example,
            } => t!(
                l,
                "notice-unsplit-lists",
                separator = *separator,
                line = *line,
                example = example
            ),
            Notice::SplitLists { separator } => {
                t!(l, "notice-split-lists", separator = *separator)
            }
            Notice::OneMemberGroups { groups, column } => {
                t!(
                    l,
                    "notice-one-member-groups",
                    groups = *groups,
                    column = column
                )
            }
            Notice::DatesAsGroups { column, example } => {
                t!(
                    l,
                    "notice-dates-as-groups",
                    column = column,
                    example = example
                )
            }
            Notice::GroupFromFolder { file_name, group } => {
                t!(
                    l,
                    "notice-group-from-folder",
                    file = file_name,
                    group = group
                )
            }
            Notice::PersonsByName { columns } => {
                t!(l, "notice-persons-by-name", columns = columns)
            }
            Notice::UnknownGroup { line, group } => {
                t!(l, "notice-unknown-group", line = *line, group = group)
            }
            Notice::MoreUnknownGroups { rows } => {
                t!(l, "notice-more-unknown-groups", rows = *rows)
            }
            Notice::UnknownRole { line, word } => {
                t!(l, "notice-unknown-role", line = *line, word = word)
            }
            Notice::MoreUnknownRoles { rows } => {
                t!(l, "notice-more-unknown-roles", rows = *rows)
            }
        }
    }
}

/// What a person does in a group, as an export says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Owns or created the group (Google Groups owner, Sympa owner, Slack
    /// channel creator, Meetup organizer).
    Owner,
    /// Administers it (Google Groups manager, Mattermost channel or team
    /// admin, Meetup co-organizer).
    Manager,
    /// Moderates it (Sympa editor, Meetup assistant or event organizer).
    Moderator,
    /// Runs it, in words that give no rank (`facilitator`, `animatrice`).
    Facilitator,
    /// A member, said explicitly (Google Groups `member`).
    Member,
}

impl Role {
    /// Any role but member: the person runs the group.
    pub fn runs_group(self) -> bool {
        self != Role::Member
    }

    /// The role a word of a roles file gives (`owner`, `Animatrice`,
    /// `ADMIN`...: case, accents and punctuation ignored), if it is one
    /// maillage knows. Every word but `member` (`membre`) makes the person
    /// a facilitator of the group; the kind kept is the nearest rank.
    pub fn from_word(word: &str) -> Option<Role> {
        match crate::identity::fold_header(word).as_str() {
            "owner" | "proprietaire" | "creator" | "createur" | "creatrice" => Some(Role::Owner),
            "manager" | "admin" | "administrator" | "administrateur" | "administratrice"
            | "gestionnaire" => Some(Role::Manager),
            "moderator" | "moderateur" | "moderatrice" | "editor" => Some(Role::Moderator),
            "facilitator" | "facilitatrice" | "facilitateur" | "animateur" | "animatrice"
            | "organizer" | "organiser" | "organisateur" | "organisatrice" | "coorganizer" => {
                Some(Role::Facilitator)
            }
            "member" | "membre" => Some(Role::Member),
            _ => None,
        }
    }
}

/// Who holds a role: a person with memberships, or someone named only by
/// roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PersonRef {
    /// A person id of [`Memberships::persons`].
    Member(u32),
    /// An index into [`Memberships::outsiders`].
    Outsider(u32),
}

/// One role of one person in one group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RoleRecord {
    pub person: PersonRef,
    /// A group id of [`Memberships::groups`].
    pub group: u32,
    pub role: Role,
}

/// What an export or a group-descriptions file says about a group besides
/// its members.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupDescription {
    /// A group id of [`Memberships::groups`].
    pub group: u32,
    pub category: Option<String>,
    pub territory: Option<String>,
    pub description: Option<String>,
    /// The facilitators a group-descriptions file names for the group, as
    /// identified (also among the roles, as facilitators).
    pub facilitators: Vec<String>,
}

/// Roles counted in one file, by kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RoleCounts {
    pub owners: u64,
    pub managers: u64,
    pub moderators: u64,
    pub facilitators: u64,
    /// Explicit `member` roles (Google Groups' `Group status`).
    pub members: u64,
}

impl RoleCounts {
    pub fn add(&mut self, role: Role) {
        match role {
            Role::Owner => self.owners += 1,
            Role::Manager => self.managers += 1,
            Role::Moderator => self.moderators += 1,
            Role::Facilitator => self.facilitators += 1,
            Role::Member => self.members += 1,
        }
    }

    /// Roles of people who run a group (all but `members`).
    pub fn running(&self) -> u64 {
        self.owners + self.managers + self.moderators + self.facilitators
    }
}

/// Why a row, a record or an account gave no membership. Each reason is
/// worded once, in [`SkipReason::describe`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SkipReason {
    EmptyPerson,
    EmptyGroup,
    Invalid,
    NotValidated,
    Bot,
    Deactivated,
    Banned,
    NotAnAddress,
}

impl SkipReason {
    /// Every reason, in the order they are listed.
    pub const ALL: [SkipReason; 8] = [
        SkipReason::EmptyPerson,
        SkipReason::EmptyGroup,
        SkipReason::Invalid,
        SkipReason::NotValidated,
        SkipReason::Bot,
        SkipReason::Deactivated,
        SkipReason::Banned,
        SkipReason::NotAnAddress,
    ];

    /// Why, in a few words (`3 skipped: 2 with an empty person value`).
    pub fn describe(self, l: Lang) -> String {
        match self {
            SkipReason::EmptyPerson => t!(l, "skip-empty-person"),
            SkipReason::EmptyGroup => t!(l, "skip-empty-group"),
            SkipReason::Invalid => t!(l, "skip-invalid"),
            SkipReason::NotValidated => t!(l, "skip-not-validated"),
            SkipReason::Bot => t!(l, "skip-bot"),
            SkipReason::Deactivated => t!(l, "skip-deactivated"),
            SkipReason::Banned => t!(l, "skip-banned"),
            SkipReason::NotAnAddress => t!(l, "skip-not-an-address"),
        }
    }

    /// How many of this file's rows were skipped for this reason.
    pub fn count(self, f: &FileDiagnostics) -> u64 {
        match self {
            SkipReason::EmptyPerson => f.skipped_empty_person,
            SkipReason::EmptyGroup => f.skipped_empty_group,
            SkipReason::Invalid => f.skipped_invalid,
            SkipReason::NotValidated => f.skipped_not_validated,
            SkipReason::Bot => f.skipped_bots,
            SkipReason::Deactivated => f.skipped_deactivated,
            SkipReason::Banned => f.skipped_banned,
            SkipReason::NotAnAddress => f.skipped_not_an_address,
        }
    }

    fn counter(self, f: &mut FileDiagnostics) -> &mut u64 {
        match self {
            SkipReason::EmptyPerson => &mut f.skipped_empty_person,
            SkipReason::EmptyGroup => &mut f.skipped_empty_group,
            SkipReason::Invalid => &mut f.skipped_invalid,
            SkipReason::NotValidated => &mut f.skipped_not_validated,
            SkipReason::Bot => &mut f.skipped_bots,
            SkipReason::Deactivated => &mut f.skipped_deactivated,
            SkipReason::Banned => &mut f.skipped_banned,
            SkipReason::NotAnAddress => &mut f.skipped_not_an_address,
        }
    }
}

/// The export a reader recognised. `summary.json` names it in English
/// ([`ExportKind::english`], a stable value); people read it in their
/// language ([`ExportKind::describe`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ExportKind {
    /// A CSV table (long, wide, matrix or one group).
    #[default]
    Csv,
    /// A sheet of a workbook, read as a table.
    SpreadsheetSheet,
    /// Sympa's tab-separated list dump (address, then name).
    SympaListDump,
    /// One address per line (Mailman, Postorius, Sympa web dump).
    PlainList,
    /// Sympa's `subscribers.db.dump` records.
    SympaDump,
    GoogleGroups,
    Meetup,
    HelloAsso,
    Discourse,
    Slack,
    Mattermost,
    Nextcloud,
    /// A group-descriptions file (category, territory, facilitators).
    GroupDescriptions,
    /// A roles file (`person,group,role`).
    Roles,
}

impl ExportKind {
    /// Every kind (for the tests of the catalogue).
    pub const ALL: [ExportKind; 14] = [
        ExportKind::Csv,
        ExportKind::SpreadsheetSheet,
        ExportKind::SympaListDump,
        ExportKind::PlainList,
        ExportKind::SympaDump,
        ExportKind::GoogleGroups,
        ExportKind::Meetup,
        ExportKind::HelloAsso,
        ExportKind::Discourse,
        ExportKind::Slack,
        ExportKind::Mattermost,
        ExportKind::Nextcloud,
        ExportKind::GroupDescriptions,
        ExportKind::Roles,
    ];

    /// Its name in `summary.json` and `inspect --json`.
    pub fn english(self) -> &'static str {
        match self {
            ExportKind::Csv => "CSV",
            ExportKind::SpreadsheetSheet => "spreadsheet sheet",
            ExportKind::SympaListDump => "Sympa list dump",
            ExportKind::PlainList => "plain address list",
            ExportKind::SympaDump => "sympa dump records",
            ExportKind::GoogleGroups => "Google Groups members",
            ExportKind::Meetup => "Meetup member list",
            ExportKind::HelloAsso => "HelloAsso orders",
            ExportKind::Discourse => "Discourse users",
            ExportKind::Slack => "Slack workspace export",
            ExportKind::Mattermost => "Mattermost bulk export",
            ExportKind::Nextcloud => "Nextcloud groups JSON",
            ExportKind::GroupDescriptions => "group descriptions",
            ExportKind::Roles => "roles",
        }
    }

    /// Its name for people, in `l`.
    pub fn describe(self, l: Lang) -> String {
        match self {
            ExportKind::Csv => t!(l, "export-csv"),
            ExportKind::SpreadsheetSheet => t!(l, "export-sheet"),
            ExportKind::SympaListDump => t!(l, "export-sympa-list-dump"),
            ExportKind::PlainList => t!(l, "export-plain-list"),
            ExportKind::SympaDump => t!(l, "export-sympa-dump"),
            ExportKind::GoogleGroups => t!(l, "export-google-groups"),
            ExportKind::Meetup => t!(l, "export-meetup"),
            ExportKind::HelloAsso => t!(l, "export-helloasso"),
            ExportKind::Discourse => t!(l, "export-discourse"),
            ExportKind::Slack => t!(l, "export-slack"),
            ExportKind::Mattermost => t!(l, "export-mattermost"),
            ExportKind::Nextcloud => t!(l, "export-nextcloud"),
            ExportKind::GroupDescriptions => t!(l, "export-group-descriptions"),
            ExportKind::Roles => t!(l, "export-roles"),
        }
    }
}

impl Serialize for ExportKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.english())
    }
}

impl PartialEq<&str> for ExportKind {
    fn eq(&self, other: &&str) -> bool {
        self.english() == *other
    }
}

/// A field of an export that is not a column of a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportField {
    /// The `email` field of a record.
    Email,
    /// Slack: the profile's address, else the user id.
    SlackPerson,
    /// Slack: the channels of `channels.json` and `groups.json`.
    SlackChannels,
    /// Mattermost: channels, as `team/channel`.
    MattermostChannels,
    /// Nextcloud: the user ids.
    NextcloudUsers,
    /// Nextcloud: the keys of the JSON object.
    NextcloudGroups,
}

/// Where the persons or the groups of a file come from, as `inspect` and
/// the report's input section say it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum TakenFrom {
    /// Nothing was recognised yet.
    #[default]
    Nothing,
    /// A column, by its header.
    Column(String),
    /// A name made of two columns (first name + last name).
    TwoColumns(String, String),
    /// A column holding lists, split on this character.
    SplitColumn(String, char),
    /// One column per group (a matrix).
    GroupColumns(Vec<String>),
    /// The whole file is this group.
    WholeFile(String),
    /// Each line is a person (a list with no header).
    Line,
    /// A field of an export.
    Field(ExportField),
}

impl TakenFrom {
    /// In words, in `l`.
    pub fn describe(&self, l: Lang) -> String {
        match self {
            TakenFrom::Nothing => String::new(),
            TakenFrom::Column(c) => c.clone(),
            TakenFrom::TwoColumns(a, b) => format!("{a} + {b}"),
            TakenFrom::SplitColumn(c, sep) => {
                t!(l, "from-split-column", column = c, separator = *sep)
            }
            TakenFrom::GroupColumns(cols) => t!(
                l,
                "from-group-columns",
                n = cols.len(),
                columns = cols.join(", ")
            ),
            TakenFrom::WholeFile(g) => t!(l, "from-whole-file", group = g),
            TakenFrom::Line => t!(l, "from-line"),
            TakenFrom::Field(f) => match f {
                ExportField::Email => t!(l, "from-email"),
                ExportField::SlackPerson => t!(l, "from-slack-person"),
                ExportField::SlackChannels => t!(l, "from-slack-channels"),
                ExportField::MattermostChannels => t!(l, "from-mattermost-channels"),
                ExportField::NextcloudUsers => t!(l, "from-nextcloud-users"),
                ExportField::NextcloudGroups => t!(l, "from-nextcloud-groups"),
            },
        }
    }

    /// A column named in messages about it (`EmptyColumn`): the column, or
    /// the description.
    pub fn english(&self) -> String {
        self.describe(Lang::En)
    }
}

impl Serialize for TakenFrom {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.english())
    }
}

/// A layout name (`long`, `wide`, `matrix`, `per-group`) in words.
pub fn describe_layout(l: Lang, layout: &str) -> String {
    match layout {
        "long" => t!(l, "layout-long"),
        "wide" => t!(l, "layout-wide"),
        "matrix" => t!(l, "layout-matrix"),
        "per-group" => t!(l, "layout-per-group"),
        "descriptions" => t!(l, "layout-descriptions"),
        "roles" => t!(l, "layout-roles"),
        other => other.to_string(),
    }
}

/// A delimiter name (`,`, `tab`, `none`, `none (cells)`) in words.
pub fn describe_delimiter(l: Lang, delimiter: &str) -> String {
    match delimiter {
        "tab" => t!(l, "delimiter-tab"),
        "none" => t!(l, "delimiter-none"),
        "none (cells)" => t!(l, "delimiter-cells"),
        other => other.to_string(),
    }
}

/// How many skipped line numbers are kept per file for the diagnostics.
pub const SKIPPED_LINES_SHOWN: usize = 10;

/// What was recognised and read in one input (a file, or the files of a
/// multi-file export such as a Slack export).
#[derive(Clone, Debug, Serialize, PartialEq, Default)]
pub struct FileDiagnostics {
    pub file: String,
    /// The export recognised.
    pub format: ExportKind,
    /// `long`, `wide`, `matrix` or `per-group` (see [`describe_layout`]).
    pub layout: &'static str,
    /// The character encoding the file was read with.
    pub encoding: String,
    /// `,`, `;`, `|`, `tab`, `none` or `none (cells)` (see
    /// [`describe_delimiter`]).
    pub delimiter: String,
    /// Where the persons come from.
    pub person_column: TakenFrom,
    /// Where the groups come from: a column, a list column, the group
    /// columns of a matrix, or the group the whole file stands for.
    pub group_column: TakenFrom,
    /// The date the file was last changed (`2025-09-12`, UTC), when known:
    /// the report's date is the newest. Not in `summary.json`, which
    /// stays the same for the same content.
    #[serde(skip)]
    pub modified: Option<String>,
    /// Records read: data rows (the header excluded), list lines, dump
    /// records, JSON entries.
    pub rows: u64,
    /// Memberships read (before duplicates are removed); a wide or matrix
    /// row gives one per group.
    pub kept: u64,
    /// Rows that gave no membership, for the reasons below.
    pub skipped: u64,
    /// Rows skipped because the person value was empty.
    pub skipped_empty_person: u64,
    /// Rows skipped because they named no group.
    pub skipped_empty_group: u64,
    /// Rows with the wrong number of fields, dropped by `--skip-invalid`.
    pub skipped_invalid: u64,
    /// HelloAsso orders not validated (refunded, cancelled...).
    pub skipped_not_validated: u64,
    /// Bot accounts (Slack, Mattermost).
    pub skipped_bots: u64,
    /// Deactivated or deleted accounts (Slack, Mattermost).
    pub skipped_deactivated: u64,
    /// Banned members (Google Groups).
    pub skipped_banned: u64,
    /// Values that are not addresses in a list or column of addresses (a
    /// title line, `zoe@free`, `lea robin@free.fr`).
    pub skipped_not_an_address: u64,
    /// Line numbers of the first few skipped rows (line 1 is the first
    /// line of the file).
    pub skipped_lines: Vec<u64>,
    /// Values (person, group or display name) that held characters no
    /// report can carry (control characters but tab and line breaks,
    /// U+FFFE, U+FFFF): a vertical tab or form feed became a space, the
    /// others were removed.
    pub control_characters: u64,
    /// Roles read in this file (owners, managers...).
    pub roles: RoleCounts,
    /// Roles on groups that have no member (a list whose members were not
    /// exported): left out.
    pub roles_dropped: u64,
    /// What was read with a doubt.
    pub notices: Vec<Notice>,
    /// Groups described (a group-descriptions file's rows naming a known
    /// group).
    #[serde(skip_serializing_if = "is_zero")]
    pub groups_described: u64,
    /// The columns of a group-descriptions file that describe the groups
    /// (category, territory, facilitators, description).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub described_columns: Vec<String>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl FileDiagnostics {
    /// Counts one row skipped for `why`, at `line` (kept among the first
    /// few shown).
    pub fn skip(&mut self, why: SkipReason, line: Option<u64>) {
        *why.counter(self) += 1;
        if let Some(line) = line {
            if self.skipped_lines.len() < SKIPPED_LINES_SHOWN {
                self.skipped_lines.push(line);
            }
        }
    }

    /// `skipped`, from the counts by reason.
    pub fn total_skipped(&self) -> u64 {
        SkipReason::ALL.iter().map(|r| r.count(self)).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_are_counted_by_reason_with_their_first_lines() {
        let mut f = FileDiagnostics::default();
        for line in 1..=12 {
            f.skip(SkipReason::Bot, Some(line));
        }
        f.skip(SkipReason::Banned, None);
        assert_eq!((f.skipped_bots, f.skipped_banned), (12, 1));
        assert_eq!(f.total_skipped(), 13);
        assert_eq!(f.skipped_lines, (1..=10).collect::<Vec<u64>>());
        for r in SkipReason::ALL {
            for l in [Lang::En, Lang::Fr] {
                assert!(!r.describe(l).is_empty());
            }
        }
    }

    #[test]
    fn roles_are_counted_by_kind() {
        let mut c = RoleCounts::default();
        for r in [Role::Owner, Role::Owner, Role::Moderator, Role::Member] {
            c.add(r);
        }
        assert_eq!((c.owners, c.moderators, c.members), (2, 1, 1));
        assert_eq!(c.running(), 3);
        assert!(Role::Facilitator.runs_group());
        assert!(!Role::Member.runs_group());
    }
}
