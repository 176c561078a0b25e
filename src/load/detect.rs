//! Load stage, detection: from the start of a text, which export it is and
//! how to read it (a [`Plan`]). The content decides, not the file name;
//! `--layout`, `--person` and `--group` override the guesses.

use super::identity::{fold_header, is_email, normalise};
use super::input::Input;
use super::{LoadError, LoadOptions};
use std::path::Path;

/// How memberships are laid out in a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// A person column and a group column, one membership a row.
    Long,
    /// One row per person, a column holding a list of groups.
    Wide,
    /// One row per person, one column per group with a yes/no cell.
    Matrix,
    /// The whole file is one group: a person column, or a plain list.
    PerGroup,
}

impl Layout {
    pub fn name(self) -> &'static str {
        match self {
            Layout::Long => "long",
            Layout::Wide => "wide",
            Layout::Matrix => "matrix",
            Layout::PerGroup => "per-group",
        }
    }

    /// Parses `long`, `wide`, `matrix`, `per-group` (or `list`).
    pub fn parse(s: &str) -> Option<Layout> {
        match fold_header(s).as_str() {
            "long" | "edgelist" => Some(Layout::Long),
            "wide" => Some(Layout::Wide),
            "matrix" | "incidence" | "incidencematrix" => Some(Layout::Matrix),
            "pergroup" | "list" | "onefilepergroup" => Some(Layout::PerGroup),
            _ => None,
        }
    }
}

/// The export a file was recognised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    GoogleGroups,
    Discourse,
    HelloAsso,
    /// Sympa's web "dump": `email<TAB>name` lines, `#` comments.
    SympaWeb,
    /// `sympa dump`'s `member.dump`: `key value` records.
    SympaDump,
    /// A plain list of addresses (Mailman `list_members`, Postorius).
    PlainList,
    /// Nextcloud `occ group:list --output=json`.
    NextcloudJson,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::GoogleGroups => "Google Groups members",
            Format::Discourse => "Discourse users",
            Format::HelloAsso => "HelloAsso orders",
            Format::SympaWeb => "Sympa list dump",
            Format::SympaDump => "sympa dump records",
            Format::PlainList => "plain address list",
            Format::NextcloudJson => "Nextcloud groups JSON",
        }
    }
}

/// Where a row's groups come from.
#[derive(Clone, Debug, PartialEq)]
pub enum GroupFrom {
    /// One column, one group.
    Column(usize),
    /// One column holding a list split on this character.
    Split(usize, char),
    /// Each of these columns is a group; a truthy cell is a membership.
    Columns(Vec<usize>),
    /// The whole file is this group.
    Named(String),
    /// JSON object keys.
    Keys,
}

/// How to read one file.
#[derive(Clone, Debug)]
pub struct Plan {
    pub format: Format,
    pub layout: Layout,
    pub delimiter: u8,
    /// Lines before the header (or before the data when there is none).
    pub skip_lines: usize,
    /// The header's column names; empty when the file has none.
    pub headers: Vec<String>,
    pub person: usize,
    pub group: GroupFrom,
    /// Display-name columns, joined with a space (first name, last name).
    pub names: Vec<usize>,
    /// HelloAsso's order status column: only validated orders count.
    pub status: Option<usize>,
}

/// Header aliases for the person column, best first (folded: lowercase, no
/// accents, letters and digits only). An address beats a display name.
pub const PERSON_ALIASES: &[&str] = &[
    "email",
    "emailaddress",
    "adresseemail",
    "adressemail",
    "adresseelectronique",
    "courriel",
    "mail",
    "person",
    "personne",
    "persons",
    "member",
    "membre",
    "members",
    "membres",
    "user",
    "userid",
    "utilisateur",
    "username",
    "login",
    "participant",
    "adherent",
    "contact",
    "name",
    "nom",
    "fullname",
    "id",
];

/// Header aliases for the group column, best first.
pub const GROUP_ALIASES: &[&str] = &[
    "group",
    "groupe",
    "groups",
    "groupes",
    "groupname",
    "groupnames",
    "nomdugroupe",
    "list",
    "liste",
    "lists",
    "listes",
    "listname",
    "mailinglist",
    "listedediffusion",
    "community",
    "communaute",
    "communities",
    "communautes",
    "team",
    "equipe",
    "teams",
    "equipes",
    "channel",
    "canal",
    "channels",
    "circle",
    "cercle",
    "circles",
    "cercles",
    "club",
    "clubs",
    "association",
    "organisation",
    "organization",
    "collectif",
    "event",
    "evenement",
    "board",
];

/// Group headers that announce a list of groups in one cell (wide layout).
const PLURAL_GROUP: &[&str] = &[
    "groups",
    "groupes",
    "groupnames",
    "lists",
    "listes",
    "communities",
    "communautes",
    "teams",
    "equipes",
    "channels",
    "circles",
    "cercles",
    "clubs",
];

/// Full display-name headers.
const NAME_ALIASES: &[&str] = &[
    "name",
    "fullname",
    "nomcomplet",
    "displayname",
    "nickname",
    "gecos",
    "nomprenom",
    "prenomnom",
    "nom",
];
const FIRST_NAME: &[&str] = &["prenom", "firstname", "givenname", "prenomadherent"];
const LAST_NAME: &[&str] = &["nom", "lastname", "surname", "familyname", "nomadherent"];

/// HelloAsso: the member's own address first, the payer's as a fallback.
const HELLOASSO_PERSON: &[&str] = &[
    "emailadherent",
    "emailparticipant",
    "email",
    "courriel",
    "emailpayeur",
];

/// Keys of `sympa dump` records.
const SYMPA_KEYS: &[&str] = &[
    "email",
    "gecos",
    "date",
    "update_date",
    "reception",
    "visibility",
    "subscribed",
    "included",
    "id",
    "custom_attribute",
    "topics",
    "bounce",
    "bounce_score",
    "bounce_address",
    "suspend",
    "number_messages",
];

/// Cells that mean "is a member" in an incidence matrix (folded).
const TRUTHY: &[&str] = &[
    "1", "x", "oui", "o", "yes", "y", "true", "vrai", "v", "ok", "✓", "✔", "☑", "•", "*",
];
/// Cells that mean "is not a member".
const FALSY: &[&str] = &["", "0", "non", "n", "no", "false", "faux", "f", "-", "☐"];

/// Rows sampled from the head to decide between layouts.
const SAMPLE_ROWS: usize = 500;

fn is_truthy(cell: &str) -> bool {
    let c = cell.trim().to_lowercase();
    TRUTHY.contains(&c.as_str())
}

/// A matrix cell that makes its row a member of its column's group: any
/// value but an empty cell or a "no" (`0`, `non`, `no`, `false`, `faux`,
/// `-`); a date or a role in the cell counts as membership.
pub fn is_member_cell(cell: &str) -> bool {
    let c = cell.trim().to_lowercase();
    !FALSY.contains(&c.as_str())
}

fn is_boolean(cell: &str) -> bool {
    let c = cell.trim().to_lowercase();
    TRUTHY.contains(&c.as_str()) || FALSY.contains(&c.as_str())
}

/// The group a one-group file stands for: `--group`, else its file name
/// without extension and without an `@domain` part
/// (`velo@listes.example.org.txt` is the list `velo`).
pub fn group_of_file(input: &Input, given: Option<&str>) -> Result<String, LoadError> {
    if let Some(g) = given {
        return Ok(g.trim().to_string());
    }
    if input.label == Path::new("<stdin>") {
        return Err(LoadError::UnknownLayout {
            path: input.label.clone(),
            why: "standard input has no file name to name its group: give it with --group NAME"
                .into(),
        });
    }
    let stem = input.stem.split('@').next().unwrap_or_default().trim();
    Ok(if stem.is_empty() {
        input.stem.clone()
    } else {
        stem.to_string()
    })
}

/// Works out how to read a file from the start of its text.
pub fn plan(input: &Input, head: &str, opts: &LoadOptions) -> Result<Plan, LoadError> {
    let path = &input.label;
    let head = head.trim_start_matches('\u{feff}');
    let forced = opts.layout;
    if head.trim_start().starts_with('{') && matches!(forced, None | Some(Layout::PerGroup)) {
        return Ok(Plan {
            format: Format::NextcloudJson,
            layout: Layout::PerGroup,
            delimiter: b',',
            skip_lines: 0,
            headers: Vec::new(),
            person: 0,
            group: GroupFrom::Keys,
            names: Vec::new(),
            status: None,
        });
    }
    let lines: Vec<&str> = head.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    // Leading blank and `#` comment lines (a filtered Sympa dump).
    let skip = lines
        .iter()
        .take_while(|l| l.trim().is_empty() || l.starts_with('#'))
        .count();
    let commented = lines[..skip].iter().any(|l| l.starts_with('#'));
    let Some(first) = lines.get(skip).copied() else {
        return Err(LoadError::Empty { path: path.clone() });
    };
    let plain = |format, names: Vec<usize>| -> Result<Plan, LoadError> {
        if !matches!(forced, None | Some(Layout::PerGroup)) {
            return Err(LoadError::UnknownLayout {
                path: path.clone(),
                why: "it is a plain list of members with no header, so it can only be one group"
                    .into(),
            });
        }
        Ok(Plan {
            format,
            layout: Layout::PerGroup,
            delimiter: b'\t',
            skip_lines: skip,
            headers: Vec::new(),
            person: 0,
            group: GroupFrom::Named(group_of_file(input, opts.group_column.as_deref())?),
            names,
            status: None,
        })
    };

    // `sympa dump` records: `email addr`, `gecos Name`, ... blocks.
    let key = first.split(' ').next().unwrap_or_default();
    if SYMPA_KEYS.contains(&key)
        && first.len() > key.len()
        && lines.iter().any(|l| l.starts_with("email "))
    {
        let mut p = plain(Format::SympaDump, Vec::new())?;
        if opts.group_column.is_none() {
            if let Some(dir) = &input.parent {
                p.group = GroupFrom::Named(dir.clone());
            }
        }
        return Ok(p);
    }

    // A plain list: the first line is an address (possibly `Name <addr>`
    // or `addr<TAB>name`), not a header.
    let first_field = first.split('\t').next().unwrap_or_default();
    let address = normalise(first_field).is_some_and(|v| is_email(&v));
    if address && opts.person_column.is_none() {
        let tabbed = first.contains('\t');
        let format = if tabbed || commented {
            Format::SympaWeb
        } else {
            Format::PlainList
        };
        return plain(format, if tabbed { vec![1] } else { Vec::new() });
    }

    // A one-field preamble line before the header (Google Groups:
    // `Members for group <name>`).
    let mut skip = skip;
    let mut format = Format::Csv;
    let mut preamble_group = None;
    const PREAMBLE: &str = "members for group";
    let trimmed = first.trim();
    let preamble = trimmed
        .get(..PREAMBLE.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(PREAMBLE));
    if preamble {
        format = Format::GoogleGroups;
        let name = trimmed[PREAMBLE.len()..]
            .trim()
            .trim_matches(|c| c == '"' || c == ',')
            .trim();
        let name = name.split('@').next().unwrap_or_default().trim();
        if !name.is_empty() {
            preamble_group = Some(name.to_string());
        }
        skip += 1;
    }
    let rest: Vec<&str> = lines[skip..].to_vec();
    let body = rest.join("\n");
    let delimiter = super::long::sniff_delimiter(body.as_bytes());
    let headers = super::long::read_header(path, body.as_bytes(), delimiter)?;
    let folded: Vec<String> = headers.iter().map(|h| fold_header(h)).collect();
    let find = |aliases: &[&str]| {
        aliases
            .iter()
            .find_map(|a| folded.iter().position(|h| h == a))
    };

    // One column, not named like a person column: a header-less list of
    // user ids (not addresses).
    if headers.len() == 1
        && opts.person_column.is_none()
        && find(PERSON_ALIASES).is_none()
        && format == Format::Csv
    {
        return plain(Format::PlainList, Vec::new());
    }

    let helloasso = folded
        .iter()
        .any(|h| h == "statutdelacommande" || h == "referencecommande");
    if helloasso {
        format = Format::HelloAsso;
    }
    let person = if helloasso && opts.person_column.is_none() {
        find(HELLOASSO_PERSON).ok_or_else(|| LoadError::NoColumn {
            path: path.clone(),
            role: "person",
            found: headers.clone(),
        })?
    } else {
        super::long::choose_column(
            path,
            &headers,
            opts.person_column.as_deref(),
            "person",
            PERSON_ALIASES,
        )?
    };
    let names = name_columns(&folded, person);
    let status = if helloasso {
        folded.iter().position(|h| h == "statutdelacommande")
    } else {
        None
    };
    let discourse =
        folded.iter().any(|h| h == "groupnames") && folded.iter().any(|h| h == "username");
    if discourse && format == Format::Csv {
        format = Format::Discourse;
    }

    // The group column: named with --group, or found by alias (not in a
    // one-group export: HelloAsso and Google Groups files are one group).
    let one_group_export = matches!(format, Format::HelloAsso | Format::GoogleGroups);
    let group_col = match opts.group_column.as_deref() {
        Some(name) => {
            let f = fold_header(name);
            headers
                .iter()
                .position(|h| h == name.trim())
                .or_else(|| folded.iter().position(|h| *h == f))
        }
        None if one_group_export => None,
        None => find(GROUP_ALIASES),
    };
    let group_col = group_col.filter(|&g| g != person);
    let named_group = || -> Result<GroupFrom, LoadError> {
        Ok(GroupFrom::Named(match &preamble_group {
            Some(g) if opts.group_column.is_none() => g.clone(),
            _ => group_of_file(input, opts.group_column.as_deref())?,
        }))
    };
    let sample = sample_rows(&body, delimiter);
    let need_group = |g: Option<usize>| {
        g.ok_or_else(|| match &opts.group_column {
            Some(name) => LoadError::MissingNamedColumn {
                path: path.clone(),
                role: "group",
                name: name.clone(),
                found: headers.clone(),
            },
            None => LoadError::NoColumn {
                path: path.clone(),
                role: "group",
                found: headers.clone(),
            },
        })
    };
    let (layout, group) = match forced {
        Some(Layout::PerGroup) => (Layout::PerGroup, named_group()?),
        Some(Layout::Long) => (Layout::Long, GroupFrom::Column(need_group(group_col)?)),
        Some(Layout::Wide) => {
            let g = need_group(group_col)?;
            let sep = list_separator(&sample, g, delimiter).unwrap_or(';');
            (Layout::Wide, GroupFrom::Split(g, sep))
        }
        Some(Layout::Matrix) => {
            let cols: Vec<usize> = (0..headers.len())
                .filter(|&c| c != person && !names.contains(&c) && !headers[c].is_empty())
                .collect();
            (Layout::Matrix, GroupFrom::Columns(cols))
        }
        None if group_col.is_none() && opts.group_column.is_some() && headers.len() > 1 => {
            return Err(need_group(None).unwrap_err())
        }
        None => match group_col {
            Some(g) => {
                let plural = PLURAL_GROUP.contains(&folded[g].as_str());
                match list_separator(&sample, g, delimiter) {
                    Some(sep) => (Layout::Wide, GroupFrom::Split(g, sep)),
                    None if plural => (Layout::Wide, GroupFrom::Split(g, ';')),
                    None => (Layout::Long, GroupFrom::Column(g)),
                }
            }
            None => {
                let bools = boolean_columns(&sample, headers.len(), person, &names, &folded);
                if !bools.is_empty() && !one_group_export {
                    (Layout::Matrix, GroupFrom::Columns(bools))
                } else if headers.len() == 1 || one_group_export {
                    (Layout::PerGroup, named_group()?)
                } else {
                    return Err(need_group(None).unwrap_err());
                }
            }
        },
    };
    if let GroupFrom::Named(g) = &group {
        if g.is_empty() {
            return Err(LoadError::UnknownLayout {
                path: path.clone(),
                why: "the file name gives no group name: give it with --group NAME".into(),
            });
        }
    }
    if let GroupFrom::Columns(c) = &group {
        if c.is_empty() {
            return Err(LoadError::UnknownLayout {
                path: path.clone(),
                why: "no column besides the person column to use as a group".into(),
            });
        }
    }
    Ok(Plan {
        format,
        layout,
        delimiter,
        skip_lines: skip,
        headers,
        person,
        group,
        names,
        status,
    })
}

/// Display-name columns: first and last name, or a full name.
fn name_columns(folded: &[String], person: usize) -> Vec<usize> {
    let find = |aliases: &[&str]| {
        aliases
            .iter()
            .find_map(|a| folded.iter().position(|h| h == a))
            .filter(|&c| c != person)
    };
    match (find(FIRST_NAME), find(LAST_NAME)) {
        (Some(f), Some(l)) if f != l => vec![f, l],
        _ => find(NAME_ALIASES).into_iter().collect(),
    }
}

/// The first rows after the header, read leniently, for layout decisions.
fn sample_rows(body: &str, delimiter: u8) -> Vec<csv::StringRecord> {
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(true)
        .from_reader(body.as_bytes());
    rdr.records()
        .take(SAMPLE_ROWS)
        .map_while(Result::ok)
        .collect()
}

/// The character that separates a list of groups inside the group cells:
/// `;` or `|` (never the file's delimiter), when sampled cells hold one.
fn list_separator(sample: &[csv::StringRecord], col: usize, delimiter: u8) -> Option<char> {
    [';', '|'].into_iter().find(|&sep| {
        sep as u32 != u32::from(delimiter)
            && sample
                .iter()
                .any(|r| r.get(col).is_some_and(|v| v.contains(sep)))
    })
}

/// Columns whose sampled cells are all yes/no values (or empty), when at
/// least one of them holds a yes: a column still empty in the sample may
/// have its first member further down.
fn boolean_columns(
    sample: &[csv::StringRecord],
    width: usize,
    person: usize,
    names: &[usize],
    folded: &[String],
) -> Vec<usize> {
    let cells = |c: usize| sample.iter().filter_map(move |r| r.get(c));
    let cols: Vec<usize> = (0..width)
        .filter(|&c| c != person && !names.contains(&c) && !folded[c].is_empty())
        .filter(|&c| cells(c).all(is_boolean))
        .collect();
    if cols.iter().any(|&c| cells(c).any(is_truthy)) {
        cols
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan_of(name: &str, text: &str) -> Result<Plan, LoadError> {
        let input = Input::bytes(name, text.as_bytes().to_vec());
        plan(&input, text, &LoadOptions::default())
    }

    #[test]
    fn long_wide_matrix_and_one_group_files_are_told_apart() {
        let p = plan_of("a.csv", "email,group\na@x.fr,Vélo\n").unwrap();
        assert_eq!((p.layout, p.group), (Layout::Long, GroupFrom::Column(1)));
        let p = plan_of("a.csv", "email,groups\na@x.fr,\"Vélo;Bio\"\n").unwrap();
        assert_eq!(p.group, GroupFrom::Split(1, ';'));
        let p = plan_of("a.csv", "email;groupe\na@x.fr;Vélo|Bio\n").unwrap();
        assert_eq!(p.group, GroupFrom::Split(1, '|'));
        let p = plan_of("a.csv", "email,Vélo,Bio,Commentaire\na@x.fr,x,,bonjour\n").unwrap();
        assert_eq!(p.group, GroupFrom::Columns(vec![1, 2]));
        let p = plan_of("velo@listes.org.csv", "Email\na@x.fr\n").unwrap();
        assert_eq!(p.group, GroupFrom::Named("velo".into()));
        let e = plan_of("a.csv", "email,Thème\na@x.fr,Vélo\n").unwrap_err();
        assert!(e.to_string().contains("--layout per-group"), "{e}");
    }

    #[test]
    fn platform_exports_are_recognised_by_content() {
        let p = plan_of("dump.txt", "# filtered\na@x.fr\tAlice\n").unwrap();
        assert_eq!(p.format, Format::SympaWeb);
        assert_eq!(p.group, GroupFrom::Named("dump".into()));
        let p = plan_of("l/velo/member.dump", "email a@x.fr\ngecos Alice\n\n").unwrap();
        assert_eq!(p.format, Format::SympaDump);
        assert_eq!(p.group, GroupFrom::Named("velo".into()));
        let p = plan_of("m.txt", "Alice <a@x.fr>\nb@x.fr\n").unwrap();
        assert_eq!(p.format, Format::PlainList);
        let p = plan_of(
            "g.csv",
            "Members for group velo@googlegroups.com\nEmail address,Nickname,Group status\na@x.fr,Al,member\n",
        )
        .unwrap();
        assert_eq!(p.format, Format::GoogleGroups);
        assert_eq!(p.group, GroupFrom::Named("velo".into()));
        assert_eq!(p.names, vec![1]);
        let p = plan_of(
            "u.csv",
            "id,name,username,email,group_names\n1,Al,al,a@x.fr,velo;bio\n",
        )
        .unwrap();
        assert_eq!(p.format, Format::Discourse);
        assert_eq!(p.group, GroupFrom::Split(4, ';'));
        let p = plan_of(
            "adhesions-2026.csv",
            "Référence commande;Date de la commande;Statut de la commande;Nom adhérent;Prénom adhérent;Email payeur\n1;01/02/2026;Validé;Martin;Alice;a@x.fr\n",
        )
        .unwrap();
        assert_eq!(p.format, Format::HelloAsso);
        assert_eq!(
            (p.person, p.status, p.names.clone()),
            (5, Some(2), vec![4, 3])
        );
        assert_eq!(p.group, GroupFrom::Named("adhesions-2026".into()));
        let p = plan_of("g.json", "{\"admin\": [\"alice\"]}").unwrap();
        assert_eq!(p.format, Format::NextcloudJson);
    }

    #[test]
    fn layout_can_be_forced() {
        let input = Input::bytes("velo.csv", b"email,group\na@x.fr,g\n".to_vec());
        let opts = LoadOptions {
            layout: Some(Layout::PerGroup),
            ..Default::default()
        };
        let p = plan(&input, "email,group\na@x.fr,g\n", &opts).unwrap();
        assert_eq!(p.group, GroupFrom::Named("velo".into()));
        assert_eq!(Layout::parse("per-group"), Some(Layout::PerGroup));
        assert_eq!(Layout::parse("Matrix"), Some(Layout::Matrix));
        assert_eq!(Layout::parse("tree"), None);
    }
}
