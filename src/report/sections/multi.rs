//! Section "Multi-membership": how many people are in several groups, the
//! number of groups per person, and who is in which groups together (the
//! UpSet chart).

use super::{figure, Context};
use crate::report::document::{Block, ColumnHead, Media, Section, TableBlock, Value};
use crate::{rich, t};

pub fn section(cx: &Context) -> Option<Section> {
    let (f, l) = (cx.f, cx.lang);
    let s = &f.summary;
    let head = |key: &str, numeric: bool| ColumnHead {
        label: crate::messages::message(l, key, &[]),
        numeric,
    };
    let rows: Vec<Vec<Value>> = s
        .degree_distribution
        .iter()
        .map(|d| {
            let groups = Value::Number(l.count(u64::from(d.groups)), f64::from(d.groups));
            // Under --min-count, as summary.json: a small count and its
            // share are withheld.
            let k = s.privacy.min_count;
            if d.persons > 0 && d.persons < k {
                return vec![
                    groups,
                    crate::report::document::hidden_value(l, k, crate::report::tables::Kind::Count),
                    Value::Empty,
                ];
            }
            vec![
                groups,
                Value::Number(l.count(d.persons), d.persons as f64),
                {
                    let share = d.persons as f64 / s.persons.max(1) as f64;
                    Value::Number(l.percent(share), share)
                },
            ]
        })
        .collect();
    let total = rows.len();
    Some(Section {
        id: "multi",
        title: t!(l, "sec-multi"),
        blocks: vec![
            Block::Paragraph(rich!(
                l,
                "multi-text",
                rate = l.percent(s.multi_membership_rate),
                persons = s.persons,
                multi = s.persons_in_2plus_groups,
                memberships = s.memberships,
                groups = s.groups,
                mean = l.decimal(s.mean_groups_per_person, 2)
            )),
            // The page shows the same counts on the chart's bars.
            Block::Only(
                Media::Text,
                vec![Block::Table(TableBlock {
                    columns: vec![
                        head("col-degrees-groups", true),
                        head("col-degrees-persons", true),
                        head("col-degrees-share", true),
                    ],
                    rows,
                    total,
                    file: None,
                })],
            ),
            Block::Figure(figure(l, "distribution")),
            Block::Figure(figure(l, "upset")),
        ],
    })
}
