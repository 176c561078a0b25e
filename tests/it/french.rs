//! French throughout: with `--lang fr` (or `LANG=fr_FR.UTF-8` and no
//! `--lang`), no English text of the catalogue reaches the user in
//! report.md, index.html, the charts, the spreadsheet's headers, the
//! terminal (`summary`, `inspect`, warnings) or the error messages.
//!
//! The English texts are taken from `assets/i18n/en.ftl` itself: every
//! stretch of words between placeables, less those the French catalogue
//! also uses (option names, technical names kept in the definitions).

use crate::root;
use crate::workdir::Workdir;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::BTreeSet;
use std::process::Command;

/// The literal texts of a pattern, split at its placeables (select
/// expressions give their variants' texts).
fn texts(p: &Pattern<&str>, out: &mut Vec<String>) {
    let mut current = String::new();
    for e in &p.elements {
        match e {
            PatternElement::TextElement { value } => current.push_str(value),
            PatternElement::Placeable { expression } => {
                out.push(std::mem::take(&mut current));
                match expression {
                    Expression::Select { variants, .. } => {
                        for v in variants {
                            texts(&v.value, out);
                        }
                    }
                    Expression::Inline(InlineExpression::StringLiteral { value }) => {
                        current.push_str(value)
                    }
                    _ => {}
                }
            }
        }
    }
    out.push(current);
}

/// Every text of a catalogue.
fn catalogue(lang: &str) -> Vec<String> {
    let src = std::fs::read_to_string(root(&format!("assets/i18n/{lang}.ftl"))).unwrap();
    let res = fluent_syntax::parser::parse(src.as_str()).expect("the catalogue parses");
    let mut out = Vec::new();
    for e in &res.body {
        if let Entry::Message(m) = e {
            if m.id.name.starts_with("test-") {
                continue;
            }
            if let Some(v) = &m.value {
                texts(v, &mut out);
            }
        }
    }
    out
}

/// The English stretches a French output must not contain: runs of two
/// words or more (matched as text), and single words of five letters or
/// more (matched as whole words), that the French catalogue does not use.
fn english() -> (Vec<String>, BTreeSet<String>) {
    let fr = catalogue("fr").join("\n").to_lowercase();
    let mut phrases = BTreeSet::new();
    let mut words = BTreeSet::new();
    for t in catalogue("en") {
        // Split at punctuation that French writes differently, keeping
        // runs of words.
        for piece in t.split(|c: char| ".,;:()[]\"“”«»!?—·/|".contains(c)) {
            let piece = piece.trim();
            let letters: Vec<&str> = piece
                .split_whitespace()
                .filter(|w| {
                    w.chars()
                        .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
                })
                .collect();
            if piece.starts_with('-') || piece.contains("--") || piece.contains('{') {
                continue;
            }
            let lower = piece.to_lowercase();
            if letters.len() >= 2 && lower.split_whitespace().count() == letters.len() {
                if !fr.contains(&lower) {
                    phrases.insert(lower);
                }
            } else if letters.len() == 1 && piece.chars().count() >= 5 {
                let w = lower.clone();
                let in_fr = fr
                    .split(|c: char| !c.is_alphabetic() && c != '-')
                    .any(|x| x == w);
                if !in_fr {
                    words.insert(w);
                }
            }
        }
    }
    (phrases.into_iter().collect(), words)
}

/// Words that are not the catalogue's voice: the example's column name,
/// as the file has it.
const FROM_THE_FILES: [&str; 1] = ["email"];

/// What of `text` is English. File names (`connectors.csv`) are names,
/// not words, and are left out.
fn english_in(text: &str, phrases: &[String], words: &BTreeSet<String>) -> Vec<String> {
    let is_file = |token: &str| {
        let token = token.trim_matches(|c: char| !c.is_alphanumeric());
        [".csv", ".json", ".md", ".html", ".xlsx", ".svg", ".png"]
            .iter()
            .any(|ext| token.ends_with(ext))
    };
    let lower: String = text
        .to_lowercase()
        .split(char::is_whitespace)
        .filter(|t| !is_file(t))
        .collect::<Vec<_>>()
        .join(" ");
    let mut found: Vec<String> = phrases
        .iter()
        .filter(|p| lower.contains(p.as_str()))
        .cloned()
        .collect();
    for w in lower.split(|c: char| !c.is_alphabetic() && c != '-') {
        if words.contains(w) && !FROM_THE_FILES.contains(&w) {
            found.push(w.to_string());
        }
    }
    found.sort();
    found.dedup();
    found
}

/// The text content of an XML or HTML document: no tags, no style or
/// script, no attribute values but `title`, `alt` and `aria-label`.
fn visible_text(markup: &str) -> String {
    let mut s = markup.to_string();
    for tag in ["style", "script"] {
        while let Some(a) = s.find(&format!("<{tag}")) {
            let end = format!("</{tag}>");
            let Some(b) = s[a..].find(&end) else { break };
            s.replace_range(a..a + b + end.len(), " ");
        }
    }
    let mut out = String::new();
    let mut rest = s.as_str();
    while let Some(a) = rest.find('<') {
        out.push_str(&rest[..a]);
        out.push(' ');
        let Some(b) = rest[a..].find('>') else { break };
        let tag = &rest[a..a + b];
        for attr in ["title=\"", "alt=\"", "aria-label=\""] {
            if let Some(i) = tag.find(attr) {
                let v = &tag[i + attr.len()..];
                out.push_str(&v[..v.find('"').unwrap_or(v.len())]);
                out.push(' ');
            }
        }
        rest = &rest[a + b + 1..];
    }
    out.push_str(rest);
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

#[test]
fn the_english_list_is_made_of_english() {
    let (phrases, words) = english();
    // The scan is only as good as this list: it must hold the words a
    // French reader would see first if the catalogue were bypassed.
    for p in ["share also elsewhere", "pairs of groups", "files read"] {
        assert!(phrases.iter().any(|x| x == p), "{p} missing");
    }
    for w in ["isolated", "memberships"] {
        assert!(words.contains(w), "{w} missing");
    }
    assert!(!phrases.iter().any(|p| p.contains("groupe")));
    // And it finds English in a French sentence.
    let found = english_in(
        "Les groupes isolés: 3 isolated, share also elsewhere",
        &phrases,
        &words,
    );
    assert!(found.contains(&"isolated".to_string()), "{found:?}");
    assert!(
        found.contains(&"share also elsewhere".to_string()),
        "{found:?}"
    );
    assert!(english_in("Voir pairs.csv.", &phrases, &words).is_empty());
}

/// The messages of the terminal and of every written file, in French,
/// from `--lang fr` and from the environment.
#[test]
fn no_english_reaches_a_french_user() {
    let (phrases, words) = english();
    let w = Workdir::new();
    let data = root("data/members.csv");
    // A file with rows left out and a duplicate, for the warnings.
    w.write(
        "extra.csv",
        "email,group,name\nann@x.fr,Chorale,Ann\nnot an address,Chorale,\nann@x.fr,Chorale,Ann\nbob@x.fr,Chorale,Ann\nbob@x.fr,Vélo,\n",
    );
    let mut outputs: Vec<(String, String)> = Vec::new();
    let report = |args: &[&str], env: bool| {
        let mut c = w.command();
        c.arg("report")
            .arg(&data)
            .arg("extra.csv")
            .args(args)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", if env { "fr_FR.UTF-8" } else { "C" });
        let out = c.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).unwrap()
    };
    outputs.push((
        "report warnings (--lang fr)".into(),
        report(&["--out", "fr", "--lang", "fr", "--png"], false),
    ));
    outputs.push((
        "report warnings (LANG)".into(),
        report(&["--out", "env"], true),
    ));
    for dir in ["fr", "env"] {
        outputs.push((
            format!("{dir}/report.md"),
            w.read(format!("{dir}/report.md")),
        ));
        outputs.push((
            format!("{dir}/index.html"),
            visible_text(&w.read(format!("{dir}/index.html"))),
        ));
        for chart in w.entries(format!("{dir}/charts")) {
            if chart.ends_with(".svg") {
                let svg = w.read(format!("{dir}/charts/{chart}"));
                outputs.push((format!("{dir}/charts/{chart}"), visible_text(&svg)));
            }
        }
        let book = Command::new("python3")
            .arg(root("tests/tools/xlsx_dump.py"))
            .arg(w.join(format!("{dir}/rapport.xlsx")))
            .output()
            .unwrap();
        assert!(book.status.success(), "openpyxl reads rapport.xlsx");
        let book: serde_json::Value = serde_json::from_slice(&book.stdout).unwrap();
        let mut heads = String::new();
        for sheet in book.as_array().unwrap() {
            heads += sheet["name"].as_str().unwrap();
            heads.push('\n');
            let rows = sheet["rows"].as_array().unwrap();
            // Headers, and the words of the first sheet (column A).
            for cell in rows[0].as_array().unwrap() {
                heads += cell["v"].as_str().unwrap_or("");
                heads.push('\n');
            }
            if sheet["name"] == "Essentiel" {
                for r in rows {
                    heads += r[0]["v"].as_str().unwrap_or("");
                    heads.push('\n');
                }
            }
        }
        outputs.push((format!("{dir}/rapport.xlsx"), heads));
    }
    // The terminal.
    for (what, args) in [
        ("summary", vec!["summary", "--lang", "fr"]),
        ("inspect", vec!["inspect", "--lang", "fr"]),
    ] {
        let out = w
            .command()
            .args(&args)
            .arg(&data)
            .arg("extra.csv")
            .output()
            .unwrap();
        assert!(out.status.success(), "{what}");
        let text = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
        outputs.push((what.into(), text));
    }
    // Errors.
    w.write("empty.csv", "");
    w.write("header.csv", "email,group\n");
    w.write("nogroup.csv", "email,couleur\na@x.fr,rouge\n");
    w.write("quote.csv", "email,group\n\"a@x.fr,A\nb@x.fr,B\n");
    w.write("fields.csv", "email,group\na@x.fr,A\nb@x.fr,B,C\n");
    w.write("binary.csv", b"%PDF-1.4 \x00\x01".as_slice());
    w.write("folder/notes.md", "nothing");
    for args in [
        vec!["summary", "missing.csv"],
        vec!["summary", "empty.csv"],
        vec!["summary", "header.csv"],
        vec!["summary", "nogroup.csv"],
        vec!["summary", "quote.csv"],
        vec!["summary", "fields.csv"],
        vec!["summary", "binary.csv"],
        vec!["summary", "folder"],
        vec!["summary", "header.csv", "--person", "nope"],
        vec!["summary", "header.csv", "--encoding", "klingon"],
        vec!["report", "fields.csv", "--out", "extra.csv"],
    ] {
        let out = w
            .command()
            .args(&args)
            .args(["--lang", "fr"])
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?} fails");
        let text = String::from_utf8(out.stderr).unwrap();
        assert!(text.starts_with("erreur"), "{args:?}: {text}");
        outputs.push((format!("error of {args:?}"), text));
    }

    let mut leaks = Vec::new();
    for (what, text) in &outputs {
        let found = english_in(text, &phrases, &words);
        if !found.is_empty() {
            leaks.push(format!("{what}: {found:?}"));
        }
    }
    assert!(
        leaks.is_empty(),
        "English in French outputs:\n{}",
        leaks.join("\n")
    );
}
