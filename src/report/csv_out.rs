//! Report stage, CSV files: every table of [`super::tables`], its columns
//! as declared there. Column names are an interface; names are neutralised
//! against spreadsheet formulas. Ratios are written to ten significant
//! digits (see [`super::decimal`]). Large tables are formatted in parallel
//! blocks and written in order; names are laid out in one buffer and the
//! people named by a block are gathered in memory order first.

use super::tables::{AddressFold, Cell, Kind, Suppression, Table, SUPPRESSED_COLUMN};
use crate::analyse::duplicates::PossibleDuplicate;
use crate::analyse::overlap::GroupPair;
use crate::analyse::Findings;
use crate::analyse::{Connector, GroupRow};
use anyhow::Result;
use rayon::prelude::*;
use std::borrow::Cow;
use std::io::Write;

/// A cell that starts with `=`, `+`, `-`, `@`, tab or carriage return would
/// be run as a formula by spreadsheets (CSV injection); prefix it with `'`.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    match cell.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

/// Rows formatted per parallel task.
const BLOCK: usize = 16 * 1024;

/// Appends `s` as one CSV field: neutralised against formulas, quoted
/// (with doubled quotes) only when it holds a comma, a quote or a line
/// break, as the `csv` crate's "necessary" style does.
fn push_text(out: &mut Vec<u8>, s: &str) {
    let s = neutralise(s);
    // Every byte looked at, without stopping at the first special one: a
    // loop without an exit is vectorised, and names are short.
    let special = s.bytes().fold(false, |found, b| {
        found | matches!(b, b',' | b'"' | b'\n' | b'\r')
    });
    if special {
        out.push(b'"');
        for b in s.bytes() {
            if b == b'"' {
                out.push(b'"');
            }
            out.push(b);
        }
        out.push(b'"');
    } else {
        out.extend_from_slice(s.as_bytes());
    }
}

/// One CSV row being built into a block of bytes.
struct Row<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
    floats: ryu::Buffer,
    ints: itoa::Buffer,
}

impl Row<'_> {
    fn sep(&mut self) {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
    }
    fn text(&mut self, s: &str) {
        self.sep();
        push_text(self.out, s);
    }
    /// A field already encoded by [`push_text`].
    fn encoded(&mut self, field: &[u8]) {
        self.sep();
        self.out.extend_from_slice(field);
    }
    fn int(&mut self, n: u64) {
        self.sep();
        self.out.extend_from_slice(self.ints.format(n).as_bytes());
    }
    fn float(&mut self, x: f64) {
        self.sep();
        super::decimal::push(self.out, x, &mut self.floats, &mut self.ints);
    }
    fn bool(&mut self, b: bool) {
        self.sep();
        self.out
            .extend_from_slice(if b { b"true" } else { b"false" });
    }
    fn end(&mut self) {
        self.out.push(b'\n');
        self.first = true;
    }
}

/// Writes `header` then the rows of `items`, formatting blocks of rows in
/// parallel (`block` writes every row of a block, ends included); the
/// bytes are identical to a sequential run.
fn write_blocks<T: Sync>(
    w: &mut dyn Write,
    header: &[&str],
    items: &[T],
    block: impl Fn(&[T], &mut Row) + Sync,
) -> Result<()> {
    let mut head = Vec::new();
    for (i, h) in header.iter().enumerate() {
        if i > 0 {
            head.push(b',');
        }
        push_text(&mut head, h);
    }
    head.push(b'\n');
    w.write_all(&head)?;
    // A bounded window of blocks at a time keeps memory flat; the next
    // window is formatted (on the thread pool) while this one is written.
    let format = |window: &[T]| -> Vec<Vec<u8>> {
        window
            .par_chunks(BLOCK)
            .map(|items| {
                let mut out = Vec::with_capacity(items.len() * 128);
                let mut r = Row {
                    out: &mut out,
                    first: true,
                    floats: ryu::Buffer::new(),
                    ints: itoa::Buffer::new(),
                };
                block(items, &mut r);
                out
            })
            .collect()
    };
    let windows: Vec<&[T]> = items
        .chunks(BLOCK * rayon::current_num_threads().max(1) * 2)
        .collect();
    let Some(first) = windows.first() else {
        return Ok(());
    };
    let mut pending = format(first);
    std::thread::scope(|scope| -> Result<()> {
        for k in 0..windows.len() {
            let next = windows.get(k + 1).map(|n| {
                let format = &format;
                scope.spawn(move || format(n))
            });
            for b in &pending {
                w.write_all(b)?;
            }
            match next {
                Some(h) => {
                    pending = match h.join() {
                        Ok(r) => r,
                        Err(panic) => std::panic::resume_unwind(panic),
                    }
                }
                None => break,
            }
        }
        Ok(())
    })
}

/// Names laid out end to end in one buffer (as CSV fields when encoded):
/// tables of millions of rows look names up at random, and one buffer
/// misses the cache far less than a `String` per name.
struct Names {
    bytes: Vec<u8>,
    ends: Vec<usize>,
}

impl Names {
    fn new<'a>(names: impl Iterator<Item = &'a str>, encode: bool) -> Names {
        let mut n = Names {
            bytes: Vec::new(),
            ends: Vec::new(),
        };
        for name in names {
            if encode {
                push_text(&mut n.bytes, name);
            } else {
                n.bytes.extend_from_slice(name.as_bytes());
            }
            n.ends.push(n.bytes.len());
        }
        n
    }

    fn get(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.bytes[start..self.ends[i]]
    }

    /// The names of `ids` (empty for `None`), copied in the order they lie
    /// in this buffer rather than in the order asked: rows look names up
    /// at random, and fetching them sorted makes far fewer trips to memory.
    fn gather(&self, ids: impl ExactSizeIterator<Item = Option<u32>>) -> Gathered {
        let rows = ids.len();
        let mut wanted: Vec<u64> = ids
            .enumerate()
            .filter_map(|(k, id)| id.map(|id| u64::from(id) << 32 | k as u64))
            .collect();
        wanted.sort_unstable();
        let mut g = Gathered {
            bytes: Vec::with_capacity(wanted.len() * 16),
            spans: vec![(0, 0); rows],
        };
        for &x in &wanted {
            let from = g.bytes.len() as u32;
            g.bytes.extend_from_slice(self.get((x >> 32) as usize));
            g.spans[(x & 0xffff_ffff) as usize] = (from, g.bytes.len() as u32);
        }
        g
    }
}

/// Names gathered for one block of rows, by row.
struct Gathered {
    bytes: Vec<u8>,
    spans: Vec<(u32, u32)>,
}

impl Gathered {
    fn get(&self, row: usize) -> &[u8] {
        self.spans
            .get(row)
            .map_or(&[], |&(from, to)| &self.bytes[from as usize..to as usize])
    }
}

/// Group names, for the group cells and group lists of a table.
struct GroupNames {
    /// Encoded as CSV fields (for a group cell).
    encoded: Names,
    /// As they are (for a list of groups).
    plain: Names,
    /// The name holds a delimiter, a quote or a line break.
    special: Vec<bool>,
    /// The name would start a formula.
    formula: Vec<bool>,
}

impl GroupNames {
    fn new(f: &Findings) -> GroupNames {
        let names = || f.groups.iter().map(|g| g.name.as_str());
        GroupNames {
            encoded: Names::new(names(), true),
            plain: Names::new(names(), false),
            special: names()
                .map(|n| n.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r')))
                .collect(),
            formula: names()
                .map(|n| matches!(neutralise(n), Cow::Owned(_)))
                .collect(),
        }
    }

    /// A list of groups as one field, `; `-joined.
    fn list(&self, ids: &[u32], f: &Findings, r: &mut Row) {
        // Plain names go out as they are; a list with a name that needs
        // quoting or could start a formula is encoded whole.
        let plain = ids.iter().all(|&g| !self.special[g as usize])
            && ids.first().is_none_or(|&g| !self.formula[g as usize]);
        if plain {
            r.sep();
            for (i, &g) in ids.iter().enumerate() {
                if i > 0 {
                    r.out.extend_from_slice(b"; ");
                }
                r.out.extend_from_slice(self.plain.get(g as usize));
            }
        } else {
            let list: Vec<&str> = ids
                .iter()
                .map(|&g| f.groups[g as usize].name.as_str())
                .collect();
            r.text(&list.join("; "));
        }
    }
}

/// The CSV header of table `T`, with the `suppressed` column when rows
/// can have counts withheld (and whether they can).
fn header_of<S, T: Table<S>>(suppression: Option<&Suppression>) -> (Vec<&'static str>, bool) {
    let flagged = suppression.is_some_and(Suppression::counts_persons);
    let mut header = T::header();
    if flagged {
        header.push(SUPPRESSED_COLUMN);
    }
    (header, flagged)
}

/// Writes table `T` as CSV: its declared columns, one row per item.
pub fn write_table<T: Table>(f: &Findings, w: &mut dyn Write) -> Result<()> {
    let rows = T::rows(f);
    let has = |k: Kind| T::COLUMNS.iter().any(|c| c.kind == k);
    // Names are encoded once, not once per row.
    let groups = (has(Kind::Group) || has(Kind::Groups)).then(|| GroupNames::new(f));
    let person_columns: Vec<usize> = (0..T::COLUMNS.len())
        .filter(|&c| T::COLUMNS[c].kind == Kind::Person)
        .collect();
    let suppression = Suppression::of::<Findings, T>(f.summary.privacy.min_count);
    // Under --min-count nobody is named (a pair's sole link is withheld):
    // the names are neither laid out nor gathered.
    let persons = (!person_columns.is_empty() && suppression.is_none())
        .then(|| Names::new(f.connectors.iter().map(|c| c.person.as_str()), true));
    let (header, flagged) = header_of::<Findings, T>(suppression.as_ref());
    write_blocks(w, &header, rows, |block, r| {
        // The people named by the block, one buffer per person column,
        // gathered in memory order (profiled at 10M memberships: one
        // random lookup per row in millions of names was a third of
        // pairs.csv's time).
        let gathered: Vec<Gathered> = match &persons {
            Some(names) => person_columns
                .iter()
                .map(|&c| {
                    names.gather(block.iter().map(|row| match row.cell(f, c) {
                        Cell::Person(p) => p,
                        _ => None,
                    }))
                })
                .collect(),
            None => Vec::new(),
        };
        for (k, row) in block.iter().enumerate() {
            let mut person = 0;
            let hidden = suppression
                .as_ref()
                .map_or_else(Default::default, |s| s.hidden(row, f));
            for column in 0..T::COLUMNS.len() {
                let cell = if hidden.hides(column) {
                    Cell::Hidden
                } else {
                    row.cell(f, column)
                };
                match cell {
                    Cell::Hidden => {
                        r.text("");
                        if T::COLUMNS[column].kind == Kind::Person {
                            person += 1;
                        }
                    }
                    Cell::Text(s) => r.text(s),
                    Cell::Count(n) => r.int(n),
                    Cell::Ratio(x) => r.float(x),
                    Cell::Flag(b) => r.bool(b),
                    Cell::Group(g) => {
                        let names = groups.as_ref().expect("built for group columns");
                        r.encoded(names.encoded.get(g as usize));
                    }
                    Cell::Person(_) => {
                        r.encoded(gathered[person].get(k));
                        person += 1;
                    }
                    Cell::Groups(ids) => {
                        let names = groups.as_ref().expect("built for group columns");
                        names.list(ids, f, r);
                    }
                    Cell::Texts(list) => r.text(&list.join("; ")),
                }
            }
            if flagged {
                r.bool(hidden.suppressed());
            }
            r.end();
        }
    })
}

/// What a table read from something other than [`Findings`] needs to
/// write its group cells: the group names, by id.
pub trait NamesGroups: Sync {
    fn group_name(&self, g: u32) -> &str;
    /// `--min-count`: counts of persons below it are withheld.
    fn min_count(&self) -> u64;
}

impl NamesGroups for crate::analyse::compare::Comparison {
    fn group_name(&self, g: u32) -> &str {
        crate::analyse::compare::Comparison::group_name(self, g)
    }
    fn min_count(&self) -> u64 {
        self.summary.privacy.min_count
    }
}

impl NamesGroups for crate::analyse::trend::Trend {
    fn group_name(&self, g: u32) -> &str {
        &self.group_names[g as usize]
    }
    fn min_count(&self) -> u64 {
        self.privacy.min_count
    }
}

/// Writes table `T` of `s` (a comparison, a trend) as CSV: its declared
/// columns, one row per item, blocks of rows formatted in parallel.
/// Groups are named by `s`; no column may name a connector
/// ([`Kind::Person`] belongs to the report's tables).
pub fn write_table_of<S: NamesGroups, T: Table<S>>(s: &S, w: &mut dyn Write) -> Result<()> {
    let suppression = Suppression::of::<S, T>(s.min_count());
    let (header, flagged) = header_of::<S, T>(suppression.as_ref());
    write_blocks(w, &header, T::rows(s), |block, r| {
        for row in block {
            let hidden = suppression
                .as_ref()
                .map_or_else(Default::default, |x| x.hidden(row, s));
            for column in 0..T::COLUMNS.len() {
                let cell = if hidden.hides(column) {
                    Cell::Hidden
                } else {
                    row.cell(s, column)
                };
                match cell {
                    Cell::Text(t) => r.text(t),
                    Cell::Count(n) => r.int(n),
                    Cell::Ratio(x) => r.float(x),
                    Cell::Flag(b) => r.bool(b),
                    Cell::Group(g) => r.text(s.group_name(g)),
                    Cell::Groups(ids) => {
                        let names: Vec<&str> = ids.iter().map(|&g| s.group_name(g)).collect();
                        r.text(&names.join("; "));
                    }
                    Cell::Texts(list) => r.text(&list.join("; ")),
                    Cell::Hidden => r.text(""),
                    Cell::Person(_) => unreachable!("{}: persons are named as text", T::FILE),
                }
            }
            if flagged {
                r.bool(hidden.suppressed());
            }
            r.end();
        }
    })
}

/// `groups.csv`.
pub fn write_groups(f: &Findings, w: &mut dyn Write) -> Result<()> {
    write_table::<GroupRow>(f, w)
}

/// `pairs.csv`.
pub fn write_pairs(f: &Findings, w: &mut dyn Write) -> Result<()> {
    write_table::<GroupPair>(f, w)
}

/// `connectors.csv`.
pub fn write_connectors(f: &Findings, w: &mut dyn Write) -> Result<()> {
    write_table::<Connector>(f, w)
}

/// `possible_duplicates.csv`.
pub fn write_possible_duplicates(f: &Findings, w: &mut dyn Write) -> Result<()> {
    write_table::<PossibleDuplicate>(f, w)
}

/// `address_folds.csv`.
pub fn write_address_folds(f: &Findings, w: &mut dyn Write) -> Result<()> {
    write_table::<AddressFold>(f, w)
}

/// `categories.csv`.
pub fn write_categories(f: &Findings, w: &mut dyn Write) -> Result<()> {
    write_table::<crate::analyse::categories::CategoryRow>(f, w)
}

/// `category_pairs.csv`.
pub fn write_category_pairs(f: &Findings, w: &mut dyn Write) -> Result<()> {
    write_table::<crate::analyse::categories::CategoryPair>(f, w)
}

/// `facilitators.csv`.
pub fn write_facilitators(f: &Findings, w: &mut dyn Write) -> Result<()> {
    write_table::<crate::analyse::facilitators::FacilitatorRow>(f, w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(neutralise("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(neutralise("+33 6"), "'+33 6");
        assert_eq!(neutralise("-x"), "'-x");
        assert_eq!(neutralise("@cmd"), "'@cmd");
        assert_eq!(neutralise("Vélo"), "Vélo");
        assert_eq!(neutralise(""), "");
    }

    #[test]
    fn fields_are_quoted_like_the_csv_crate_does() {
        for s in [
            "plain",
            "a,b",
            "say \"hi\"",
            "two\nlines",
            "cr\r",
            "=1+1",
            "",
            " spaced ",
        ] {
            let mut ours = Vec::new();
            push_text(&mut ours, s);
            ours.extend_from_slice(b",x\n");
            let mut theirs = csv::Writer::from_writer(Vec::new());
            theirs.write_record([neutralise(s).as_ref(), "x"]).unwrap();
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                String::from_utf8(theirs.into_inner().unwrap()).unwrap(),
                "{s:?}"
            );
        }
    }

    #[test]
    fn gathered_names_come_back_by_row() {
        let names = Names::new(["ann", "bob,jr", "cat"].into_iter(), true);
        let g = names.gather([Some(2), None, Some(0), Some(2), Some(1)].into_iter());
        let rows: Vec<&[u8]> = (0..5).map(|k| g.get(k)).collect();
        assert_eq!(rows, [&b"cat"[..], b"", b"ann", b"cat", b"\"bob,jr\""]);
    }

    #[test]
    fn parallel_blocks_give_the_sequential_bytes() {
        let items: Vec<u64> = (0..(BLOCK as u64 * 5 + 17)).collect();
        let mut par = Vec::new();
        write_blocks(&mut par, &["n", "half"], &items, |block, r| {
            for &n in block {
                r.int(n);
                r.float(n as f64 / 2.0);
                r.end();
            }
        })
        .unwrap();
        let mut seq = String::from("n,half\n");
        for n in &items {
            seq.push_str(&format!(
                "{},{}\n",
                n,
                ryu::Buffer::new().format(*n as f64 / 2.0)
            ));
        }
        assert_eq!(String::from_utf8(par).unwrap(), seq);
    }

    #[test]
    fn group_lists_read_back_whatever_the_names() {
        use crate::model::network_tests::memberships;
        let net = crate::model::Network::build(memberships(&[
            ("ann", "plain"),
            ("ann", "a,b"),
            ("bob", "=x"),
            ("bob", "plain"),
            ("cat", "q\"uote"),
            ("cat", "z"),
            ("dan", "y"),
            ("dan", "z"),
        ]));
        let f = crate::analyse::all(net, Default::default());
        let mut out = Vec::new();
        write_connectors(&f, &mut out).unwrap();
        let mut rdr = csv::Reader::from_reader(out.as_slice());
        let mut lists: Vec<(String, String)> = rdr
            .records()
            .map(|r| {
                let r = r.unwrap();
                (r[0].to_string(), r[5].to_string())
            })
            .collect();
        lists.sort();
        assert_eq!(
            lists,
            [
                ("ann".to_string(), "a,b; plain".to_string()),
                ("bob".to_string(), "'=x; plain".to_string()),
                ("cat".to_string(), "q\"uote; z".to_string()),
                ("dan".to_string(), "y; z".to_string()),
            ]
        );
    }
}
