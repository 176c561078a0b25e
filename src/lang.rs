//! The language of the HTML report and the charts (`--lang en|fr`): words,
//! and numbers written the way each language writes them (`1,234` and
//! `15.2%` in English, `1 234` and `15,2 %` in French).

use std::sync::atomic::{AtomicU8, Ordering};

/// A report language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

/// Narrow no-break space: the French thousands separator.
const NNBSP: char = '\u{202f}';
/// No-break space: before `%` in French.
const NBSP: char = '\u{a0}';

/// The language of the terminal's messages (errors, warnings), set once by
/// the binary from `--lang` or the environment: an error is worded where it
/// is displayed, far from the command line.
static CURRENT: AtomicU8 = AtomicU8::new(0);

impl Lang {
    /// Makes `lang` the language errors are displayed in.
    pub fn set_current(lang: Lang) {
        CURRENT.store(lang as u8, Ordering::Relaxed);
    }

    /// The language errors are displayed in (English until
    /// [`Lang::set_current`]).
    pub fn current() -> Lang {
        match CURRENT.load(Ordering::Relaxed) {
            1 => Lang::Fr,
            _ => Lang::En,
        }
    }

    /// `en` or `fr` (also `english`, `français`...).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_lowercase().as_str() {
            "en" | "english" | "anglais" => Some(Lang::En),
            "fr" | "french" | "français" | "francais" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// The language of the user's environment: the first of `LC_ALL`,
    /// `LC_MESSAGES`, `LANG` that is set (`fr_FR.UTF-8` is French);
    /// English otherwise.
    pub fn from_env() -> Lang {
        Lang::from_locale(
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty())),
        )
    }

    /// The language of a locale name (`fr_FR.UTF-8`, `fr`, `en_GB`).
    pub fn from_locale(locale: Option<String>) -> Lang {
        match locale {
            Some(l) if l.to_lowercase().starts_with("fr") => Lang::Fr,
            _ => Lang::En,
        }
    }

    /// The ISO 639-1 code, for `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// `1234567` -> `1,234,567` (en) or `1 234 567` (fr, narrow no-break
    /// spaces).
    pub fn count(self, n: u64) -> String {
        let sep = match self {
            Lang::En => ',',
            Lang::Fr => NNBSP,
        };
        let s = n.to_string();
        let mut out = String::with_capacity(s.len() + s.len() / 3 * 3);
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i) % 3 == 0 {
                out.push(sep);
            }
            out.push(c);
        }
        out
    }

    /// A number with `digits` decimals: `0.25` -> `0.25` or `0,25`.
    pub fn decimal(self, x: f64, digits: usize) -> String {
        let s = format!("{x:.digits$}");
        match self {
            Lang::En => s,
            Lang::Fr => s.replace('.', ","),
        }
    }

    /// A probability: three decimals from 0.001 up, below that two
    /// significant digits and a power of ten (`2.3e-12`, `2,3e-12`),
    /// which readers of p-values know and which stays one short word.
    pub fn probability(self, p: f64) -> String {
        if p >= 0.001 || p == 0.0 {
            return self.decimal(p, 3);
        }
        let s = format!("{p:.1e}");
        match self {
            Lang::En => s,
            Lang::Fr => s.replace('.', ","),
        }
    }

    /// A rate in [0, 1] as a percentage with one decimal: `0.152` ->
    /// `15.2%` or `15,2 %`.
    pub fn percent(self, rate: f64) -> String {
        let n = self.decimal(rate * 100.0, 1);
        match self {
            Lang::En => format!("{n}%"),
            Lang::Fr => format!("{n}{NBSP}%"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_the_way_each_language_writes_them() {
        assert_eq!(Lang::En.count(1_234_567), "1,234,567");
        assert_eq!(Lang::Fr.count(1_234_567), "1\u{202f}234\u{202f}567");
        assert_eq!(Lang::Fr.count(999), "999");
        assert_eq!(Lang::En.percent(0.152), "15.2%");
        assert_eq!(Lang::Fr.percent(0.152), "15,2\u{a0}%");
        assert_eq!(Lang::Fr.decimal(1.5, 2), "1,50");
        assert_eq!(Lang::En.probability(0.0123), "0.012");
        assert_eq!(Lang::Fr.probability(2.345e-12), "2,3e-12");
        assert_eq!(Lang::parse("FR"), Some(Lang::Fr));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::from_locale(Some("fr_FR.UTF-8".into())), Lang::Fr);
        assert_eq!(Lang::from_locale(Some("FR".into())), Lang::Fr);
        assert_eq!(Lang::from_locale(Some("en_US.UTF-8".into())), Lang::En);
        assert_eq!(Lang::from_locale(Some("C".into())), Lang::En);
        assert_eq!(Lang::from_locale(None), Lang::En);
    }
}
