//! Report stage, the sections of the report, in reading order: one file
//! per section, each a function from the findings to a [`Section`] (or
//! nothing, when it has nothing to say), listed in [`SECTIONS`]. The
//! header (title, date, headline, figures) is built here.

mod categories;
mod connectors;
mod definitions;
mod essentials;
mod facilitators;
mod fragile;
mod groups;
mod input;
mod multi;
mod overlaps;
pub(crate) mod privacy;
mod significance;
mod to_check;

use super::document::{Block, Card, Document, Figure, Media, Section, Span};
use super::ReportOptions;
use crate::analyse::Findings;
use crate::lang::Lang;
use crate::messages::message;
use crate::t;

/// What a section is built from.
pub struct Context<'a> {
    pub f: &'a Findings,
    pub lang: Lang,
    pub opts: &'a ReportOptions,
}

impl Context<'_> {
    /// `--min-count`: counts of persons below it are not published (1:
    /// all are).
    pub fn min_count(&self) -> u64 {
        self.f.summary.privacy.min_count
    }

    /// A count of persons that `--min-count` withholds: 1 to K − 1.
    pub fn withheld(&self, n: u64) -> bool {
        n > 0 && n < self.min_count()
    }

    /// A count of persons as a sentence gives it: the number, or "fewer
    /// than K" when withheld (a text, so the sentence takes its plural
    /// form).
    pub fn persons(&self, n: u64) -> crate::messages::Arg {
        if self.withheld(n) {
            crate::messages::Arg::Text(t!(self.lang, "fewer-than", k = self.min_count()))
        } else {
            crate::messages::Arg::from(n)
        }
    }

    /// The same, first in its sentence ("Fewer than K").
    pub fn persons_first(&self, n: u64) -> crate::messages::Arg {
        if self.withheld(n) {
            crate::messages::Arg::Text(t!(self.lang, "fewer-than-first", k = self.min_count()))
        } else {
            crate::messages::Arg::from(n)
        }
    }

    /// The groups linked to the others through fewer than K persons
    /// (`--min-count K` > 1: a single person would be a count below K),
    /// else through a single person.
    pub fn hanging_groups(&self) -> Vec<String> {
        crate::report::hanging_groups(self.f)
    }
}

type Build = fn(&Context) -> Option<Section>;

/// Every section, in reading order. A new section is one file and one
/// entry here.
pub const SECTIONS: &[Build] = &[
    essentials::section,
    multi::section,
    groups::section,
    overlaps::section,
    significance::section,
    connectors::section,
    fragile::section,
    categories::section,
    facilitators::section,
    to_check::section,
    privacy::section,
    input::section,
    definitions::section,
];

/// Rows a table of the page shows (the print shows the first
/// [`PRINTED_ROWS`]; the CSV files hold every row).
pub const PAGE_ROWS: usize = 100;
/// Rows of a table on paper.
pub const PRINTED_ROWS: usize = 20;
/// Rows of a table in `report.md`.
pub const TEXT_ROWS: usize = 10;

/// The report as a document, in `opts`' language.
pub fn document(f: &Findings, opts: &ReportOptions) -> Document {
    let lang = opts.charts.lang;
    let cx = Context { f, lang, opts };
    let s = &f.summary;
    let l = lang;
    let title = opts
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| t!(l, "report-title"));
    let files = s.input.files.len();
    let date = opts.date.clone().or_else(|| {
        s.input
            .files
            .iter()
            .filter_map(|f| f.modified.clone())
            .max()
    });
    let subtitle = match date {
        Some(d) => t!(l, "report-subtitle", date = long_date(l, &d), files = files),
        None => t!(l, "report-subtitle-no-date", files = files),
    };
    let count = |n: u64, label: String| Card {
        shown: l.count(n),
        value: Some(n as f64),
        rate: false,
        label,
    };
    let cards = vec![
        Card {
            shown: l.percent(s.multi_membership_rate),
            value: Some(s.multi_membership_rate),
            rate: true,
            label: t!(l, "card-rate"),
        },
        count(s.persons, t!(l, "card-persons", n = s.persons)),
        count(s.groups, t!(l, "card-groups", n = s.groups)),
        count(s.memberships, t!(l, "card-memberships", n = s.memberships)),
        count(
            s.overlapping_pairs,
            t!(l, "card-pairs", n = s.overlapping_pairs),
        ),
        count(
            s.isolated_groups.len() as u64,
            t!(l, "card-isolated", n = s.isolated_groups.len()),
        ),
        count(
            s.components.len() as u64,
            t!(l, "card-parts", n = s.components.len()),
        ),
        if cx.withheld(s.cut_point_persons) {
            Card {
                shown: t!(l, "below-min-count", k = cx.min_count()),
                value: None,
                rate: false,
                label: t!(l, "card-cut-points", n = cx.persons(s.cut_point_persons)),
            }
        } else {
            count(
                s.cut_point_persons,
                t!(l, "card-cut-points", n = s.cut_point_persons),
            )
        },
    ];
    Document {
        lang,
        title,
        subtitle,
        lead: crate::rich!(
            l,
            "lead",
            rate = l.percent(s.multi_membership_rate),
            persons = s.persons,
            multi = s.persons_in_2plus_groups
        ),
        cards,
        sections: SECTIONS.iter().filter_map(|build| build(&cx)).collect(),
        footer: t!(l, "footer", version = env!("CARGO_PKG_VERSION")),
    }
}

/// `2025-09-12` as `12 September 2025` (or `12 septembre 2025`); any other
/// text as given.
pub fn long_date(l: Lang, date: &str) -> String {
    let parts: Vec<&str> = date.trim().split('-').collect();
    let parsed = match parts.as_slice() {
        [y, m, d] if y.len() == 4 => match (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) {
            (Ok(y), Ok(m @ 1..=12), Ok(d @ 1..=31)) => Some((y, m, d)),
            _ => None,
        },
        _ => None,
    };
    match parsed {
        Some((y, m, d)) => t!(
            l,
            "date-long",
            day = d,
            month = message(l, &format!("month-{m}"), &[]),
            year = y.to_string()
        ),
        None => date.to_string(),
    }
}

/// The chart `name` as a figure of a section, with its title and how to
/// read it.
pub fn figure(l: Lang, name: &'static str) -> Figure {
    Figure {
        chart: name,
        title: message(l, &format!("chart-{name}-title"), &[]),
        how_to_read: message(l, &format!("chart-{name}-read"), &[]),
    }
}

/// The chart `name` on screen only: on paper (the example must print on
/// a few A4 pages) a line says where it is; report.md shows it. For charts whose figures a
/// printed table or chart already gives.
pub fn screen_figure(l: Lang, name: &'static str) -> Vec<Block> {
    let fig = figure(l, name);
    let line = t!(
        l,
        "chart-on-screen",
        title = fig.title.as_str(),
        file = format!("charts/{name}.svg")
    );
    vec![
        Block::Only(Media::Text, vec![Block::Figure(fig.clone())]),
        Block::Only(Media::Screen, vec![Block::Figure(fig)]),
        Block::Only(Media::Print, vec![Block::Note(vec![Span::Text(line)])]),
    ]
}

/// Names in a sentence: `A, B and C`, or the first `shown` and `and 4
/// others`.
pub fn names_in_words(l: Lang, names: &[String], shown: usize) -> String {
    let and = t!(l, "word-and");
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        n if n <= shown => format!("{} {and} {}", names[..n - 1].join(", "), names[n - 1]),
        n => t!(
            l,
            "names-and-others",
            names = names[..shown].join(", "),
            n = n - shown
        ),
    }
}

/// Plain text as a span list.
pub fn text(s: String) -> Vec<Span> {
    vec![Span::Text(s)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_in_words() {
        assert_eq!(long_date(Lang::En, "2025-09-12"), "12 September 2025");
        assert_eq!(long_date(Lang::Fr, "2025-09-01"), "1 septembre 2025");
        assert_eq!(long_date(Lang::Fr, "septembre 2025"), "septembre 2025");
        assert_eq!(long_date(Lang::En, "2025-13-01"), "2025-13-01");
    }

    #[test]
    fn names_are_listed_in_a_sentence() {
        let n = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(names_in_words(Lang::En, &n(&["A"]), 3), "A");
        assert_eq!(
            names_in_words(Lang::Fr, &n(&["A", "B", "C"]), 3),
            "A, B et C"
        );
        assert_eq!(
            names_in_words(Lang::En, &n(&["A", "B", "C", "D", "E"]), 3),
            "A, B, C and 2 others"
        );
    }

    #[test]
    fn every_chart_has_a_title_and_a_way_to_read_it() {
        for l in [Lang::En, Lang::Fr] {
            for c in crate::chart::CHARTS {
                let fig = figure(l, c.name);
                assert!(!fig.title.starts_with("chart-"), "{}", c.name);
                assert!(!fig.how_to_read.starts_with("chart-"), "{}", c.name);
            }
        }
    }
}
