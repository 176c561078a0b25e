//! Report stage, network exports for Gephi, Cytoscape, yEd and NetworkX:
//! the group-group network (groups as nodes, one edge per pair sharing
//! members) and the bipartite network (persons and groups), each as
//! GraphML and GEXF 1.3, with the report's figures as attributes. Names are
//! XML-escaped.

use super::html::escape_html as escape;
use crate::analyse::Findings;
use anyhow::Result;
use std::io::Write;

const GRAPHML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";

/// Node attributes of a group: (key, type).
const GROUP_KEYS: &[(&str, &str)] = &[
    ("label", "string"),
    ("kind", "string"),
    ("members", "int"),
    ("shared_members", "int"),
    ("shared_rate", "double"),
    ("overlapping_groups", "int"),
    ("component", "int"),
    ("isolated", "boolean"),
    ("cut_point", "boolean"),
];

fn group_values(f: &Findings, g: usize) -> [String; 9] {
    let r = &f.groups[g];
    [
        escape(&r.name),
        "group".into(),
        r.members.to_string(),
        r.shared_members.to_string(),
        r.shared_rate.to_string(),
        r.overlapping_groups.to_string(),
        r.component.to_string(),
        r.isolated.to_string(),
        r.cut_point.to_string(),
    ]
}

/// `groups.graphml`: groups, and an edge per pair sharing members with
/// `shared`, `jaccard` and `lift`.
pub fn write_groups_graphml(f: &Findings, w: &mut dyn Write) -> Result<()> {
    w.write_all(GRAPHML_HEAD.as_bytes())?;
    for (k, t) in GROUP_KEYS {
        writeln!(
            w,
            "<key id=\"{k}\" for=\"node\" attr.name=\"{k}\" attr.type=\"{t}\"/>"
        )?;
    }
    for (k, t) in [("shared", "int"), ("jaccard", "double"), ("lift", "double")] {
        writeln!(
            w,
            "<key id=\"{k}\" for=\"edge\" attr.name=\"{k}\" attr.type=\"{t}\"/>"
        )?;
    }
    writeln!(w, "<graph id=\"groups\" edgedefault=\"undirected\">")?;
    for g in 0..f.groups.len() {
        write!(w, "<node id=\"g{g}\">")?;
        for ((k, _), v) in GROUP_KEYS.iter().zip(group_values(f, g)) {
            write!(w, "<data key=\"{k}\">{v}</data>")?;
        }
        writeln!(w, "</node>")?;
    }
    for (i, p) in f.pairs.iter().enumerate() {
        let r = f.ratios(p);
        writeln!(
            w,
            "<edge id=\"e{i}\" source=\"g{}\" target=\"g{}\"><data key=\"shared\">{}</data><data key=\"jaccard\">{}</data><data key=\"lift\">{}</data></edge>",
            p.a, p.b, p.shared, r.jaccard, r.lift
        )?;
    }
    writeln!(w, "</graph>\n</graphml>")?;
    Ok(())
}

/// `bipartite.graphml`: persons (`p<id>`) and groups (`g<id>`), an edge
/// per membership. Person nodes carry their number of groups.
pub fn write_bipartite_graphml(f: &Findings, w: &mut dyn Write) -> Result<()> {
    let net = &f.network;
    w.write_all(GRAPHML_HEAD.as_bytes())?;
    for (k, t) in GROUP_KEYS {
        writeln!(
            w,
            "<key id=\"{k}\" for=\"node\" attr.name=\"{k}\" attr.type=\"{t}\"/>"
        )?;
    }
    writeln!(
        w,
        "<key id=\"groups\" for=\"node\" attr.name=\"groups\" attr.type=\"int\"/>"
    )?;
    writeln!(w, "<graph id=\"memberships\" edgedefault=\"undirected\">")?;
    for g in 0..f.groups.len() {
        write!(w, "<node id=\"g{g}\">")?;
        for ((k, _), v) in GROUP_KEYS.iter().zip(group_values(f, g)) {
            write!(w, "<data key=\"{k}\">{v}</data>")?;
        }
        writeln!(w, "</node>")?;
    }
    for p in 0..net.person_count() as u32 {
        writeln!(
            w,
            "<node id=\"p{p}\"><data key=\"label\">{}</data><data key=\"kind\">person</data><data key=\"groups\">{}</data></node>",
            escape(net.persons.get(p)),
            net.degree_of_person(p)
        )?;
    }
    for p in 0..net.person_count() as u32 {
        for g in net.groups_of(p) {
            writeln!(w, "<edge source=\"p{p}\" target=\"g{g}\"/>")?;
        }
    }
    writeln!(w, "</graph>\n</graphml>")?;
    Ok(())
}

const GEXF_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n<meta><creator>maillage</creator></meta>\n";

fn gexf_group_attributes(w: &mut dyn Write) -> Result<()> {
    writeln!(w, "<attributes class=\"node\">")?;
    for (i, (k, t)) in GROUP_KEYS.iter().enumerate().skip(1) {
        let t = if *t == "int" { "integer" } else { t };
        writeln!(w, "<attribute id=\"{i}\" title=\"{k}\" type=\"{t}\"/>")?;
    }
    writeln!(w, "<attribute id=\"9\" title=\"groups\" type=\"integer\"/>")?;
    writeln!(w, "</attributes>")?;
    Ok(())
}

fn gexf_group_node(f: &Findings, g: usize, w: &mut dyn Write) -> Result<()> {
    let v = group_values(f, g);
    write!(w, "<node id=\"g{g}\" label=\"{}\"><attvalues>", v[0])?;
    for (i, value) in v.iter().enumerate().skip(1) {
        write!(w, "<attvalue for=\"{i}\" value=\"{value}\"/>")?;
    }
    writeln!(w, "</attvalues></node>")?;
    Ok(())
}

/// `groups.gexf`: the group-group network, edge weight = shared members.
pub fn write_groups_gexf(f: &Findings, w: &mut dyn Write) -> Result<()> {
    w.write_all(GEXF_HEAD.as_bytes())?;
    writeln!(w, "<graph mode=\"static\" defaultedgetype=\"undirected\">")?;
    gexf_group_attributes(w)?;
    writeln!(
        w,
        "<attributes class=\"edge\"><attribute id=\"0\" title=\"jaccard\" type=\"double\"/><attribute id=\"1\" title=\"lift\" type=\"double\"/></attributes>"
    )?;
    writeln!(w, "<nodes>")?;
    for g in 0..f.groups.len() {
        gexf_group_node(f, g, w)?;
    }
    writeln!(w, "</nodes>\n<edges>")?;
    for (i, p) in f.pairs.iter().enumerate() {
        let r = f.ratios(p);
        writeln!(
            w,
            "<edge id=\"{i}\" source=\"g{}\" target=\"g{}\" weight=\"{}\"><attvalues><attvalue for=\"0\" value=\"{}\"/><attvalue for=\"1\" value=\"{}\"/></attvalues></edge>",
            p.a, p.b, p.shared, r.jaccard, r.lift
        )?;
    }
    writeln!(w, "</edges>\n</graph>\n</gexf>")?;
    Ok(())
}

/// `bipartite.gexf`: persons and groups, an edge per membership.
pub fn write_bipartite_gexf(f: &Findings, w: &mut dyn Write) -> Result<()> {
    let net = &f.network;
    w.write_all(GEXF_HEAD.as_bytes())?;
    writeln!(w, "<graph mode=\"static\" defaultedgetype=\"undirected\">")?;
    gexf_group_attributes(w)?;
    writeln!(w, "<nodes>")?;
    for g in 0..f.groups.len() {
        gexf_group_node(f, g, w)?;
    }
    for p in 0..net.person_count() as u32 {
        writeln!(
            w,
            "<node id=\"p{p}\" label=\"{}\"><attvalues><attvalue for=\"1\" value=\"person\"/><attvalue for=\"9\" value=\"{}\"/></attvalues></node>",
            escape(net.persons.get(p)),
            net.degree_of_person(p)
        )?;
    }
    writeln!(w, "</nodes>\n<edges>")?;
    let mut i = 0u64;
    for p in 0..net.person_count() as u32 {
        for g in net.groups_of(p) {
            writeln!(w, "<edge id=\"{i}\" source=\"p{p}\" target=\"g{g}\"/>")?;
            i += 1;
        }
    }
    writeln!(w, "</edges>\n</graph>\n</gexf>")?;
    Ok(())
}
