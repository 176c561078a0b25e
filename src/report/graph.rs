//! Report stage, network exports for Gephi, Cytoscape, yEd and NetworkX:
//! the group-group network (groups as nodes, one edge per pair sharing
//! members) and the bipartite network (persons and groups), each as
//! GraphML and GEXF 1.3. Group attributes are the columns of groups.csv,
//! edge attributes those of pairs.csv, as [`super::tables`] declares them.
//! Written with quick-xml, which escapes every name; characters XML cannot
//! hold at all are removed first (see [`xml_text`]).

use super::tables::{Cell, Column, Kind, Table};
use crate::analyse::overlap::GroupPair;
use crate::analyse::{Findings, GroupRow};
use anyhow::Result;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use std::borrow::Cow;
use std::io::Write;

/// Text as XML can carry it: the characters XML 1.0 forbids even escaped
/// (control characters, U+FFFE, U+FFFF) cleaned as names are on input
/// (names from the files never hold them; this keeps any other text safe
/// too). quick-xml escapes the rest.
pub fn xml_text(s: &str) -> Cow<'_, str> {
    crate::identity::clean(s)
}

/// The group columns written as node attributes (the name is the label):
/// (column index, column).
fn group_columns() -> impl Iterator<Item = (usize, &'static Column)> {
    GroupRow::COLUMNS
        .iter()
        .enumerate()
        .filter(|(_, c)| c.name != "group")
}

/// The pair columns written as edge attributes: (column index, column).
fn edge_columns() -> Vec<(usize, &'static Column)> {
    GroupPair::pick(&["shared", "jaccard", "lift"])
        .into_iter()
        .map(|k| (k, &GroupPair::COLUMNS[k]))
        .collect()
}

/// A cell whose value is not known (see [`super::tables::UNKNOWN`]): its
/// attribute is left out, since an empty text is no number or boolean.
fn is_unknown(c: &Column, cell: Cell) -> bool {
    c.kind != Kind::Text && cell == super::tables::UNKNOWN
}

/// A cell as an attribute value.
fn value(cell: Cell, f: &Findings) -> String {
    match cell {
        Cell::Text(s) => xml_text(s).into_owned(),
        Cell::Count(n) => n.to_string(),
        Cell::Ratio(x) => x.to_string(),
        Cell::Flag(b) => b.to_string(),
        Cell::Group(g) => xml_text(&f.groups[g as usize].name).into_owned(),
        Cell::Person(p) => p
            .map(|p| xml_text(&f.connectors[p as usize].person).into_owned())
            .unwrap_or_default(),
        Cell::Groups(ids) => {
            let names: Vec<&str> = ids
                .iter()
                .map(|&g| f.groups[g as usize].name.as_str())
                .collect();
            xml_text(&names.join("; ")).into_owned()
        }
        Cell::Texts(list) => xml_text(&list.join("; ")).into_owned(),
        // Graphs are not written under --min-count (see write_files).
        Cell::Hidden => String::new(),
    }
}

fn graphml_type(k: Kind) -> &'static str {
    match k {
        Kind::Count => "int",
        Kind::Rate | Kind::Ratio(_) | Kind::Probability => "double",
        Kind::Flag => "boolean",
        _ => "string",
    }
}

fn gexf_type(k: Kind) -> &'static str {
    match k {
        Kind::Count => "integer",
        Kind::Rate | Kind::Ratio(_) | Kind::Probability => "double",
        Kind::Flag => "boolean",
        _ => "string",
    }
}

type Xml<'w> = Writer<&'w mut dyn Write>;

fn start(w: &mut dyn Write) -> Result<Xml<'_>> {
    let mut x = Writer::new(w);
    x.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    x.get_mut().write_all(b"\n")?;
    Ok(x)
}

fn newline(x: &mut Xml) -> Result<()> {
    x.get_mut().write_all(b"\n")?;
    Ok(())
}

/// Writes a GraphML document: the keys (group attributes, then `groups`
/// for persons or the edge attributes), then `body` inside `<graph id>`.
fn graphml(
    w: &mut dyn Write,
    persons: bool,
    id: &str,
    body: impl FnOnce(&mut Xml) -> std::io::Result<()>,
) -> Result<()> {
    let mut x = start(w)?;
    x.create_element("graphml")
        .with_attributes([
            ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
            ),
        ])
        .write_inner_content(|x| -> std::io::Result<()> {
            x.get_mut().write_all(b"\n")?;
            let mut key = |id: &str, domain: &str, ty: &str| -> std::io::Result<()> {
                x.create_element("key")
                    .with_attributes([
                        ("id", id),
                        ("for", domain),
                        ("attr.name", id),
                        ("attr.type", ty),
                    ])
                    .write_empty()?;
                x.get_mut().write_all(b"\n")
            };
            key("label", "node", "string")?;
            key("kind", "node", "string")?;
            for (_, c) in group_columns() {
                key(c.name, "node", graphml_type(c.kind))?;
            }
            if persons {
                key("groups", "node", "int")?;
            } else {
                for (_, c) in edge_columns() {
                    key(c.name, "edge", graphml_type(c.kind))?;
                }
            }
            x.create_element("graph")
                .with_attributes([("id", id), ("edgedefault", "undirected")])
                .write_inner_content(|x| -> std::io::Result<()> {
                    x.get_mut().write_all(b"\n")?;
                    body(x)
                })?;
            x.get_mut().write_all(b"\n")
        })?;
    newline(&mut x)
}

fn graphml_group_node(x: &mut Xml, f: &Findings, g: usize) -> std::io::Result<()> {
    let row = &f.groups[g];
    x.create_element("node")
        .with_attribute(("id", format!("g{g}").as_str()))
        .write_inner_content(|x| -> std::io::Result<()> {
            let mut data = |k: &str, v: &str| -> std::io::Result<()> {
                x.create_element("data")
                    .with_attribute(("key", k))
                    .write_text_content(BytesText::new(v))?;
                Ok(())
            };
            data("label", &xml_text(&row.name))?;
            data("kind", "group")?;
            for (k, c) in group_columns() {
                // An unknown value (no categories, no roles) is left out:
                // GraphML's way to say a node has no value for a key.
                let cell = row.cell(f, k);
                if !is_unknown(c, cell) {
                    data(c.name, &value(cell, f))?;
                }
            }
            Ok(())
        })?;
    x.get_mut().write_all(b"\n")
}

/// `groups.graphml`: groups, and an edge per pair sharing members with
/// `shared`, `jaccard` and `lift`.
pub fn write_groups_graphml(f: &Findings, w: &mut dyn Write) -> Result<()> {
    graphml(w, false, "groups", |x| {
        for g in 0..f.groups.len() {
            graphml_group_node(x, f, g)?;
        }
        for (i, p) in f.pairs.iter().enumerate() {
            x.create_element("edge")
                .with_attributes([
                    ("id", format!("e{i}").as_str()),
                    ("source", format!("g{}", p.a).as_str()),
                    ("target", format!("g{}", p.b).as_str()),
                ])
                .write_inner_content(|x| -> std::io::Result<()> {
                    for (k, c) in edge_columns() {
                        x.create_element("data")
                            .with_attribute(("key", c.name))
                            .write_text_content(BytesText::new(&value(p.cell(f, k), f)))?;
                    }
                    Ok(())
                })?;
            x.get_mut().write_all(b"\n")?;
        }
        Ok(())
    })
}

/// `bipartite.graphml`: persons (`p<id>`) and groups (`g<id>`), an edge
/// per membership. Person nodes carry their number of groups.
pub fn write_bipartite_graphml(f: &Findings, w: &mut dyn Write) -> Result<()> {
    let net = &f.network;
    graphml(w, true, "memberships", |x| {
        for g in 0..f.groups.len() {
            graphml_group_node(x, f, g)?;
        }
        for p in 0..net.person_count() as u32 {
            x.create_element("node")
                .with_attribute(("id", format!("p{p}").as_str()))
                .write_inner_content(|x| -> std::io::Result<()> {
                    let mut data = |k: &str, v: &str| -> std::io::Result<()> {
                        x.create_element("data")
                            .with_attribute(("key", k))
                            .write_text_content(BytesText::new(v))?;
                        Ok(())
                    };
                    data("label", &xml_text(net.persons.get(p)))?;
                    data("kind", "person")?;
                    data("groups", &net.degree_of_person(p).to_string())
                })?;
            x.get_mut().write_all(b"\n")?;
        }
        for p in 0..net.person_count() as u32 {
            for g in net.groups_of(p) {
                x.create_element("edge")
                    .with_attributes([
                        ("source", format!("p{p}").as_str()),
                        ("target", format!("g{g}").as_str()),
                    ])
                    .write_empty()?;
                x.get_mut().write_all(b"\n")?;
            }
        }
        Ok(())
    })
}

/// Writes a GEXF document: node attributes (the group columns, `kind`,
/// and `groups` for persons), edge attributes, then `body` inside `<graph>`.
fn gexf(
    w: &mut dyn Write,
    edge_attributes: bool,
    body: impl FnOnce(&mut Xml) -> std::io::Result<()>,
) -> Result<()> {
    let mut x = start(w)?;
    x.create_element("gexf")
        .with_attributes([("xmlns", "http://gexf.net/1.3"), ("version", "1.3")])
        .write_inner_content(|x| -> std::io::Result<()> {
            x.get_mut().write_all(b"\n")?;
            x.create_element("meta")
                .write_inner_content(|x| -> std::io::Result<()> {
                    x.create_element("creator")
                        .write_text_content(BytesText::new("maillage"))?;
                    Ok(())
                })?;
            x.get_mut().write_all(b"\n")?;
            x.create_element("graph")
                .with_attributes([("mode", "static"), ("defaultedgetype", "undirected")])
                .write_inner_content(|x| -> std::io::Result<()> {
                    x.get_mut().write_all(b"\n")?;
                    x.create_element("attributes")
                        .with_attribute(("class", "node"))
                        .write_inner_content(|x| -> std::io::Result<()> {
                            let mut attr = |id: usize, title: &str, ty: &str| {
                                x.create_element("attribute")
                                    .with_attributes([
                                        ("id", id.to_string().as_str()),
                                        ("title", title),
                                        ("type", ty),
                                    ])
                                    .write_empty()
                                    .map(|_| ())
                            };
                            attr(0, "kind", "string")?;
                            for (i, (_, c)) in group_columns().enumerate() {
                                attr(i + 1, c.name, gexf_type(c.kind))?;
                            }
                            attr(group_columns().count() + 1, "groups", "integer")
                        })?;
                    x.get_mut().write_all(b"\n")?;
                    if edge_attributes {
                        x.create_element("attributes")
                            .with_attribute(("class", "edge"))
                            .write_inner_content(|x| -> std::io::Result<()> {
                                for (i, (_, c)) in edge_columns().iter().enumerate().skip(1) {
                                    x.create_element("attribute")
                                        .with_attributes([
                                            ("id", (i - 1).to_string().as_str()),
                                            ("title", c.name),
                                            ("type", gexf_type(c.kind)),
                                        ])
                                        .write_empty()?;
                                }
                                Ok(())
                            })?;
                        x.get_mut().write_all(b"\n")?;
                    }
                    body(x)
                })?;
            x.get_mut().write_all(b"\n")?;
            Ok(())
        })?;
    newline(&mut x)
}

fn gexf_group_node(x: &mut Xml, f: &Findings, g: usize) -> std::io::Result<()> {
    let row = &f.groups[g];
    x.create_element("node")
        .with_attributes([
            ("id", format!("g{g}").as_str()),
            ("label", xml_text(&row.name).as_ref()),
        ])
        .write_inner_content(|x| -> std::io::Result<()> {
            x.create_element("attvalues")
                .write_inner_content(|x| -> std::io::Result<()> {
                    let mut att = |i: usize, v: &str| {
                        x.create_element("attvalue")
                            .with_attributes([("for", i.to_string().as_str()), ("value", v)])
                            .write_empty()
                            .map(|_| ())
                    };
                    att(0, "group")?;
                    for (i, (k, c)) in group_columns().enumerate() {
                        let cell = row.cell(f, k);
                        if !is_unknown(c, cell) {
                            att(i + 1, &value(cell, f))?;
                        }
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    x.get_mut().write_all(b"\n")
}

/// `groups.gexf`: the group-group network, edge weight = shared members.
pub fn write_groups_gexf(f: &Findings, w: &mut dyn Write) -> Result<()> {
    gexf(w, true, |x| {
        x.create_element("nodes")
            .write_inner_content(|x| -> std::io::Result<()> {
                x.get_mut().write_all(b"\n")?;
                for g in 0..f.groups.len() {
                    gexf_group_node(x, f, g)?;
                }
                Ok(())
            })?;
        x.get_mut().write_all(b"\n")?;
        x.create_element("edges")
            .write_inner_content(|x| -> std::io::Result<()> {
                x.get_mut().write_all(b"\n")?;
                let cols = edge_columns();
                for (i, p) in f.pairs.iter().enumerate() {
                    x.create_element("edge")
                        .with_attributes([
                            ("id", i.to_string().as_str()),
                            ("source", format!("g{}", p.a).as_str()),
                            ("target", format!("g{}", p.b).as_str()),
                            ("weight", p.shared.to_string().as_str()),
                        ])
                        .write_inner_content(|x| -> std::io::Result<()> {
                            x.create_element("attvalues").write_inner_content(
                                |x| -> std::io::Result<()> {
                                    for (i, (k, _)) in cols.iter().enumerate().skip(1) {
                                        x.create_element("attvalue")
                                            .with_attributes([
                                                ("for", (i - 1).to_string().as_str()),
                                                ("value", value(p.cell(f, *k), f).as_str()),
                                            ])
                                            .write_empty()?;
                                    }
                                    Ok(())
                                },
                            )?;
                            Ok(())
                        })?;
                    x.get_mut().write_all(b"\n")?;
                }
                Ok(())
            })?;
        Ok(())
    })
}

/// `bipartite.gexf`: persons and groups, an edge per membership.
pub fn write_bipartite_gexf(f: &Findings, w: &mut dyn Write) -> Result<()> {
    let net = &f.network;
    let groups_attr = (group_columns().count() + 1).to_string();
    gexf(w, false, |x| {
        x.create_element("nodes")
            .write_inner_content(|x| -> std::io::Result<()> {
                x.get_mut().write_all(b"\n")?;
                for g in 0..f.groups.len() {
                    gexf_group_node(x, f, g)?;
                }
                for p in 0..net.person_count() as u32 {
                    x.create_element("node")
                        .with_attributes([
                            ("id", format!("p{p}").as_str()),
                            ("label", xml_text(net.persons.get(p)).as_ref()),
                        ])
                        .write_inner_content(|x| -> std::io::Result<()> {
                            x.create_element("attvalues").write_inner_content(
                                |x| -> std::io::Result<()> {
                                    x.create_element("attvalue")
                                        .with_attributes([("for", "0"), ("value", "person")])
                                        .write_empty()?;
                                    x.create_element("attvalue")
                                        .with_attributes([
                                            ("for", groups_attr.as_str()),
                                            ("value", net.degree_of_person(p).to_string().as_str()),
                                        ])
                                        .write_empty()?;
                                    Ok(())
                                },
                            )?;
                            Ok(())
                        })?;
                    x.get_mut().write_all(b"\n")?;
                }
                Ok(())
            })?;
        x.get_mut().write_all(b"\n")?;
        x.create_element("edges")
            .write_inner_content(|x| -> std::io::Result<()> {
                x.get_mut().write_all(b"\n")?;
                let mut i = 0u64;
                for p in 0..net.person_count() as u32 {
                    for g in net.groups_of(p) {
                        x.create_element("edge")
                            .with_attributes([
                                ("id", i.to_string().as_str()),
                                ("source", format!("p{p}").as_str()),
                                ("target", format!("g{g}").as_str()),
                            ])
                            .write_empty()?;
                        x.get_mut().write_all(b"\n")?;
                        i += 1;
                    }
                }
                Ok(())
            })?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::network_tests::memberships;
    use crate::model::Network;

    fn findings(rows: &[(&str, &str)]) -> Findings {
        crate::analyse::all(Network::build(memberships(rows)), Default::default())
    }

    #[test]
    fn every_export_parses_and_holds_every_node_and_edge() {
        let f = findings(&[
            ("ann <a&b>", "Vélo \"&\" <co>"),
            ("ann <a&b>", "B'"),
            ("bob", "B'"),
        ]);
        type W = fn(&Findings, &mut dyn Write) -> Result<()>;
        for (name, write, nodes, edges) in [
            ("groups.graphml", write_groups_graphml as W, 2, 1),
            ("bipartite.graphml", write_bipartite_graphml as W, 4, 3),
            ("groups.gexf", write_groups_gexf as W, 2, 1),
            ("bipartite.gexf", write_bipartite_gexf as W, 4, 3),
        ] {
            let mut out = Vec::new();
            write(&f, &mut out).unwrap();
            let text = String::from_utf8(out).unwrap();
            let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            let count = |tag: &str| doc.descendants().filter(|n| n.has_tag_name(tag)).count();
            assert_eq!((count("node"), count("edge")), (nodes, edges), "{name}");
            let labels: Vec<String> = doc
                .descendants()
                .filter_map(|n| {
                    n.attribute("label").map(String::from).or_else(|| {
                        (n.attribute("key") == Some("label"))
                            .then(|| n.text().unwrap_or("").to_string())
                    })
                })
                .collect();
            assert!(
                labels.iter().any(|l| l == "Vélo \"&\" <co>"),
                "{name}: {labels:?}"
            );
        }
    }

    #[test]
    fn characters_xml_cannot_hold_are_removed() {
        assert_eq!(xml_text("a\u{1}b\u{b}c\u{fffe}"), "ab c");
        assert_eq!(xml_text("plain"), "plain");
    }
}
