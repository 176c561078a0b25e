//! Report stage, the report as a document: a title, a headline, then
//! sections of paragraphs, lists, tables and charts, all worded in the
//! report's language from the message catalogue. [`super::sections`]
//! builds it once from the findings; `report.md`, `index.html` and the
//! spreadsheet only lay it out, so they say the same thing in the same
//! words, and a new section is one file of `sections/` and one entry in
//! its list.

use super::tables::{Cell, Kind, Table};
use crate::analyse::Findings;
use crate::lang::Lang;
use crate::messages::{message, Arg};

/// The whole report.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub lang: Lang,
    pub title: String,
    /// What was read and when: "Exports of 12 September 2025 · 4 files".
    pub subtitle: String,
    /// The headline sentence.
    pub lead: Vec<Span>,
    /// Headline figures.
    pub cards: Vec<Card>,
    pub sections: Vec<Section>,
    /// The last line: the tool, its version, a word on privacy.
    pub footer: String,
}

/// A headline figure: the number as the language writes it, its value
/// (the spreadsheet writes it as a number; none for a change "a → b"), and
/// what it counts.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub shown: String,
    pub value: Option<f64>,
    /// A share in [0, 1] (a percentage), rather than a count.
    pub rate: bool,
    pub label: String,
}

impl Card {
    /// A card whose figure is only words (a change, "2 100 → 2 150").
    pub fn words(shown: String, label: String) -> Card {
        Card {
            shown,
            value: None,
            rate: false,
            label,
        }
    }
}

/// One section: a heading and its blocks.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// Its anchor in the page (ASCII, stable).
    pub id: &'static str,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// A piece of a section.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Paragraph(Vec<Span>),
    /// A remark in smaller type (how to read, where the rest is).
    Note(Vec<Span>),
    /// A list of sentences (the essentials, what to check).
    Items(Vec<Vec<Span>>),
    /// A sub-heading inside a section.
    Heading(String),
    Table(TableBlock),
    Figure(Figure),
    /// Terms and their definitions.
    Definitions(Vec<(String, String)>),
    /// Blocks only one writer shows.
    Only(Media, Vec<Block>),
}

/// Text, or text set apart.
#[derive(Clone, Debug, PartialEq)]
pub enum Span {
    Text(String),
    Strong(String),
    /// A file or option name, shown as code.
    Code(String),
}

/// Which writers show a block: the page has room for a long sortable
/// table where the Markdown report shows the first and last rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Media {
    All,
    /// `index.html` (and its print).
    Page,
    /// `report.md`.
    Text,
    /// The page on screen, not on paper: a long table whose printed
    /// first rows would say little.
    Screen,
    /// The page on paper only: the line that stands for a [`Media::Screen`]
    /// block.
    Print,
}

/// A table: labelled columns, rows of shown values.
#[derive(Clone, Debug, PartialEq)]
pub struct TableBlock {
    pub columns: Vec<ColumnHead>,
    pub rows: Vec<Vec<Value>>,
    /// Rows in the whole list (the table may show fewer).
    pub total: usize,
    /// The file holding the whole list, when the table is cut.
    pub file: Option<&'static str>,
}

/// A column's heading.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnHead {
    pub label: String,
    /// Right-aligned, sorted as numbers.
    pub numeric: bool,
}

/// One shown value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Empty,
    Text(String),
    /// A number as the language writes it, and its value for sorting.
    Number(String, f64),
    /// A yes, worded.
    Yes(String),
    /// A person: their display name when known, and their address.
    Person {
        name: String,
        address: String,
    },
}

/// A chart, by its file name, with its title and how to read it.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub chart: &'static str,
    pub title: String,
    pub how_to_read: String,
}

impl Value {
    /// The value as plain text (`Name (address)` for a person).
    pub fn plain(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Text(s) | Value::Number(s, _) | Value::Yes(s) => s.clone(),
            Value::Person { name, address } if name.is_empty() => address.clone(),
            Value::Person { name, address } => format!("{name} ({address})"),
        }
    }
}

/// Stands in for `*` inside arguments while a message's `**` marks are
/// read, so that a name holding asterisks is never taken for emphasis.
const ASTERISK: char = '\u{E000}';

/// The message `key` with `args`, as spans: `**...**` in the catalogue
/// marks strong text. Arguments are never read as marks.
pub fn rich(lang: Lang, key: &str, args: &[(&str, Arg)]) -> Vec<Span> {
    let guarded: Vec<(&str, Arg)> = args
        .iter()
        .map(|(k, v)| {
            let v = match v {
                Arg::Text(s) => Arg::Text(s.replace('*', &ASTERISK.to_string())),
                other => other.clone(),
            };
            (*k, v)
        })
        .collect();
    let text = message(lang, key, &guarded);
    let restore = |s: &str| s.replace(ASTERISK, "*");
    text.split("**")
        .enumerate()
        .filter(|(_, piece)| !piece.is_empty())
        .map(|(i, piece)| {
            if i % 2 == 1 {
                Span::Strong(restore(piece))
            } else {
                Span::Text(restore(piece))
            }
        })
        .collect()
}

/// `rich!(lang, KEY, name = value, ...)`: [`rich`] with the arguments
/// written as in [`crate::t!`].
#[macro_export]
macro_rules! rich {
    ($lang:expr, $key:literal) => {
        $crate::report::document::rich($lang, $key, &[])
    };
    ($lang:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::report::document::rich(
            $lang,
            $key,
            &[$((stringify!($name), $crate::messages::Arg::from($value))),+],
        )
    };
}

/// The label of column `column` of the table written to `file`, in `lang`:
/// catalogue key `col-<file stem>-<column>`, underscores as hyphens.
pub fn column_label(lang: Lang, file: &str, column: &str) -> String {
    let stem = file.trim_end_matches(".csv").replace('_', "-");
    message(lang, &column_key(&stem, column), &[])
}

/// The catalogue key of a column label.
pub fn column_key(stem: &str, column: &str) -> String {
    format!("col-{stem}-{}", column.replace('_', "-"))
}

/// A table of the columns `names` of table `T`, for `rows` (`total` rows
/// in the whole list). A text column empty in every row shown (display
/// names when no file gives any) is left out.
pub fn table_of<'a, T: Table>(
    f: &'a Findings,
    lang: Lang,
    names: &[&str],
    rows: impl Iterator<Item = &'a T>,
    total: usize,
) -> TableBlock {
    let cols = T::pick(names);
    let suppression =
        crate::report::tables::Suppression::of::<Findings, T>(f.summary.privacy.min_count);
    let mut body: Vec<Vec<Value>> = rows
        .map(|r| {
            let hidden = suppression
                .as_ref()
                .map_or_else(Default::default, |s| s.hidden(r, f));
            cols.iter()
                .map(|&k| {
                    if hidden.is_below(k) {
                        hidden_value(lang, f.summary.privacy.min_count, T::COLUMNS[k].kind)
                    } else if hidden.hides(k) {
                        Value::Empty
                    } else {
                        value(f, lang, T::COLUMNS[k].kind, r.cell(f, k))
                    }
                })
                .collect()
        })
        .collect();
    let mut columns: Vec<ColumnHead> = cols
        .iter()
        .map(|&k| ColumnHead {
            label: column_label(lang, T::FILE, T::COLUMNS[k].name),
            numeric: matches!(
                T::COLUMNS[k].kind,
                Kind::Count | Kind::Rate | Kind::Ratio(_) | Kind::Probability
            ),
        })
        .collect();
    // Right to left, so that indices stay valid while removing.
    for i in (0..cols.len()).rev() {
        let text = matches!(T::COLUMNS[cols[i]].kind, Kind::Text | Kind::Texts);
        if text && !body.is_empty() && body.iter().all(|r| r[i] == Value::Empty) {
            columns.remove(i);
            for r in &mut body {
                r.remove(i);
            }
        }
    }
    TableBlock {
        columns,
        rows: body,
        total,
        file: Some(T::FILE),
    }
}

/// A withheld cell as shown to people: "< K" for a count, empty for the
/// rest (a rate, a flag, a person).
pub fn hidden_value(lang: Lang, k: u64, kind: Kind) -> Value {
    match kind {
        Kind::Count => Value::Text(crate::t!(lang, "below-min-count", k = k)),
        _ => Value::Empty,
    }
}

/// A cell as shown to people.
pub fn value(f: &Findings, lang: Lang, kind: Kind, cell: Cell) -> Value {
    let text = |s: &str| {
        if s.is_empty() {
            Value::Empty
        } else {
            Value::Text(s.to_string())
        }
    };
    match (kind, cell) {
        (_, Cell::Count(n)) => Value::Number(lang.count(n), n as f64),
        (Kind::Rate, Cell::Ratio(x)) => Value::Number(lang.percent(x), x),
        (Kind::Ratio(d), Cell::Ratio(x)) => Value::Number(lang.decimal(x, d), x),
        (Kind::Probability, Cell::Ratio(x)) => Value::Number(lang.probability(x), x),
        (_, Cell::Ratio(x)) => Value::Number(lang.decimal(x, 3), x),
        (_, Cell::Flag(true)) => Value::Yes(crate::t!(lang, "yes")),
        (_, Cell::Flag(false)) => Value::Empty,
        (_, Cell::Text(s)) => text(s),
        (_, Cell::Group(g)) => text(&f.groups[g as usize].name),
        (_, Cell::Person(None)) => Value::Empty,
        (_, Cell::Person(Some(p))) => {
            let c = &f.connectors[p as usize];
            Value::Person {
                name: c.name.clone(),
                address: c.person.clone(),
            }
        }
        (_, Cell::Groups(ids)) => {
            let names: Vec<&str> = ids
                .iter()
                .map(|&g| f.groups[g as usize].name.as_str())
                .collect();
            text(&names.join("; "))
        }
        (_, Cell::Texts(list)) => text(&list.join("; ")),
        (_, Cell::Hidden) => Value::Empty,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_in_the_catalogue_give_strong_text_and_names_stay_as_written() {
        let s = rich!(Lang::En, "test-rich", name = "**not bold**", n = 3u64);
        assert_eq!(
            s,
            vec![
                Span::Text("Group ".into()),
                Span::Strong("**not bold**".into()),
                Span::Text(" has 3 members".into()),
            ]
        );
    }

    #[test]
    fn a_person_shows_their_name_then_their_address() {
        let p = Value::Person {
            name: "Marie Martin".into(),
            address: "marie@x.fr".into(),
        };
        assert_eq!(p.plain(), "Marie Martin (marie@x.fr)");
        let p = Value::Person {
            name: String::new(),
            address: "marie@x.fr".into(),
        };
        assert_eq!(p.plain(), "marie@x.fr");
    }
}
