//! Every sentence a person reads, in every language the report speaks:
//! one Fluent catalogue per language (`assets/i18n/en.ftl`,
//! `assets/i18n/fr.ftl`, included at build time). Code asks for a message
//! by its key with its arguments (the [`crate::t!`] macro); the catalogue
//! words it, with the language's plural rules and number formats (a whole
//! number argument is written `2,100` or `2 100`). A test fails when a key
//! is missing from a catalogue, or a key the code asks for from every one.

use crate::lang::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The catalogue of each language, in [`Lang`] order.
const SOURCES: [(Lang, &str, &str); 2] = [
    (Lang::En, "en", include_str!("../assets/i18n/en.ftl")),
    (Lang::Fr, "fr", include_str!("../assets/i18n/fr.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|&(l, code, src)| {
                let res = FluentResource::try_new(src.to_string())
                    .unwrap_or_else(|(_, e)| panic!("the {code} catalogue does not parse: {e:?}"));
                let id: unic_langid::LanguageIdentifier =
                    code.parse().expect("a valid language code");
                let mut b = FluentBundle::new_concurrent(vec![id]);
                // No Unicode isolation marks around arguments: the texts
                // go to files, terminals and SVG, not bidirectional UIs.
                b.set_use_isolating(false);
                b.set_formatter(Some(match l {
                    Lang::En => format_en,
                    Lang::Fr => format_fr,
                }));
                b.add_resource(res)
                    .unwrap_or_else(|e| panic!("the {code} catalogue: {e:?}"));
                b
            })
            .collect()
    });
    &all[lang as usize]
}

/// Whole numbers as the language writes them; other values as Fluent does.
fn format_with(lang: Lang, v: &FluentValue) -> Option<String> {
    match v {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 => {
            if n.value < 0.0 {
                Some(format!("-{}", lang.count(n.value.abs() as u64)))
            } else {
                Some(lang.count(n.value as u64))
            }
        }
        _ => None,
    }
}

fn format_en<M>(v: &FluentValue, _: &M) -> Option<String> {
    format_with(Lang::En, v)
}

fn format_fr<M>(v: &FluentValue, _: &M) -> Option<String> {
    format_with(Lang::Fr, v)
}

/// An argument of a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<char> for Arg {
    fn from(c: char) -> Arg {
        Arg::Text(c.to_string())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => { $(impl From<$t> for Arg {
        fn from(n: $t) -> Arg {
            Arg::Number(n as f64)
        }
    })* };
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f64);

/// The message `key` in `lang`, with `args`. A key missing from the
/// catalogue (a test makes sure none is) gives the key itself.
pub fn message(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let b = bundle(lang);
    let Some(pattern) = b.get_message(key).and_then(|m| m.value()) else {
        return key.to_string();
    };
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fargs.set(*name, s.clone()),
            Arg::Number(n) => fargs.set(*name, *n),
        }
    }
    let mut errors = Vec::new();
    let text = b.format_pattern(pattern, Some(&fargs), &mut errors);
    text.into_owned()
}

/// The message `key` in `lang`: `t!(lang, "key")` or
/// `t!(lang, "key", count = 3, name = "Vélo")`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $key:literal) => {
        $crate::messages::message($lang, $key, &[])
    };
    ($lang:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::messages::message(
            $lang,
            $key,
            &[$((stringify!($name), $crate::messages::Arg::from($value))),+],
        )
    };
}

/// A message worded where it is shown, in [`Lang::current`]: what an
/// error carries, since it is built deep in the load stage and displayed
/// by the binary. Built with [`msg!`](crate::msg).
#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&message(Lang::current(), self.key, &self.args))
    }
}

/// `msg!("key", name = value, ...)`: a [`Msg`], worded when displayed.
#[macro_export]
macro_rules! msg {
    ($key:literal) => {
        $crate::messages::Msg { key: $key, args: Vec::new() }
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::messages::Msg {
            key: $key,
            args: vec![$((stringify!($name), $crate::messages::Arg::from($value))),+],
        }
    };
}

/// The keys of a catalogue, in file order (for the tests).
pub fn keys(lang: Lang) -> Vec<String> {
    let src = SOURCES[lang as usize].2;
    let res = FluentResource::try_new(src.to_string()).expect("parses");
    res.entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_in_every_catalogue() {
        let en = keys(Lang::En);
        let fr = keys(Lang::Fr);
        let missing_fr: Vec<&String> = en.iter().filter(|k| !fr.contains(k)).collect();
        let missing_en: Vec<&String> = fr.iter().filter(|k| !en.contains(k)).collect();
        assert!(missing_fr.is_empty(), "missing in fr.ftl: {missing_fr:?}");
        assert!(missing_en.is_empty(), "missing in en.ftl: {missing_en:?}");
        let mut sorted = en.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), en.len(), "a key is defined twice");
    }

    #[test]
    fn every_key_the_code_asks_for_is_in_the_catalogues() {
        // The keys written as `t!(lang, "key"...)` and `message(lang,
        // "key"...)` in the sources.
        let en = keys(Lang::En);
        let mut missing = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut stack = vec![root];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(&dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                    continue;
                }
                // This file speaks of keys in general.
                if p.ends_with("messages.rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&p).unwrap();
                for mac in ["t!(", "rich!(", "msg!("] {
                    let pieces: Vec<&str> = text.split(mac).collect();
                    for (i, part) in pieces.iter().enumerate().skip(1) {
                        // `t!(`, not `assert!(` or `format!(`.
                        let before = pieces[i - 1].chars().last();
                        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue;
                        }
                        // `t!(lang, "key"` or `t!(\n    lang,\n    "key"`;
                        // `msg!("key"`.
                        let Some(q) = part.find('"') else { continue };
                        let head = &part[..q];
                        if head.contains(')') || head.contains(';') {
                            continue;
                        }
                        let rest = &part[q + 1..];
                        let Some(end) = rest.find('"') else { continue };
                        let key = &rest[..end];
                        if key
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                            && !en.iter().any(|k| k == key)
                        {
                            missing.push(format!("{}: {key}", p.display()));
                        }
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "keys asked for but not in the catalogues: {missing:#?}"
        );
    }

    #[test]
    fn numbers_and_plurals_follow_the_language() {
        // French: the singular below 2, decimals included.
        assert_eq!(
            t!(Lang::Fr, "cmp-points", points = "+0,5", size = 0.5),
            "+0,5 point"
        );
        assert_eq!(
            t!(Lang::Fr, "cmp-points", points = "0,0", size = 0.0),
            "0,0 point"
        );
        assert_eq!(
            t!(Lang::Fr, "cmp-points", points = "+2,5", size = 2.5),
            "+2,5 points"
        );
        assert_eq!(t!(Lang::En, "test-persons", n = 2100u64), "2,100 persons");
        assert_eq!(
            t!(Lang::Fr, "test-persons", n = 2100u64),
            "2\u{202f}100 personnes"
        );
        assert_eq!(t!(Lang::En, "test-persons", n = 1u64), "1 person");
        // French: 0 and 1 are singular.
        assert_eq!(t!(Lang::Fr, "test-persons", n = 0u64), "0 personne");
        assert_eq!(t!(Lang::Fr, "test-persons", n = 1u64), "1 personne");
        assert_eq!(
            t!(Lang::En, "test-greeting", name = "Vélo & <co>"),
            "Hello Vélo & <co>"
        );
        assert_eq!(message(Lang::En, "no-such-key", &[]), "no-such-key");
    }
}
