//! Identity rules: turn a raw cell into the key that identifies a person or
//! a group, so that `Alice@Example.org ` and `alice@example.org` are one
//! person. Shared by the load stage (which applies them) and the analyse
//! stage (which compares display names). Pure string functions, no I/O.

use std::borrow::Cow;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Normalises one identifier: removes the characters no report can carry
/// (see [`clean`]), trims (Unicode whitespace), keeps only the address of
/// `Name <address>`, `<address>` and `mailto:address`, applies Unicode
/// NFC, and lowercases values that are email addresses (list servers treat
/// addresses case-insensitively; RFC 5321 advises against relying on
/// case-sensitive local parts). Other values keep their case: "Jo" and "JO"
/// stay two people unless they are addresses.
///
/// Returns `None` for a value that is empty after trimming.
/// Cost: one pass over the value; allocates only when it changes the value.
pub fn normalise(raw: &str) -> Option<Cow<'_, str>> {
    if is_plain(raw) {
        return Some(Cow::Borrowed(raw));
    }
    normalise_slow(raw)
}

/// True for a value [`normalise`] leaves as it is, checked in one pass
/// over the bytes: printable ASCII without capitals, no surrounding space,
/// not `mailto:...` nor `...>`. Most addresses in a large export are.
#[inline]
fn is_plain(raw: &str) -> bool {
    let b = raw.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return false;
    };
    let visible = |c: u8| c > b' ' && c < 0x7f;
    if !visible(first) || !visible(last) || last == b'>' {
        return false;
    }
    if b.len() >= 7 && b[..7].eq_ignore_ascii_case(b"mailto:") {
        return false;
    }
    // No early exit: the loop stays branch-free and vectorises.
    let odd = b.iter().fold(0u8, |acc, &c| {
        acc | (c & 0x80) | u8::from(c.wrapping_sub(b'A') < 26) | u8::from(c < b' ')
    });
    odd == 0
}

fn normalise_slow(raw: &str) -> Option<Cow<'_, str>> {
    match clean(raw) {
        Cow::Borrowed(raw) => normalise_clean(raw),
        Cow::Owned(cleaned) => normalise_clean(&cleaned).map(|v| Cow::Owned(v.into_owned())),
    }
}

/// [`normalise`] of a value without forbidden characters.
fn normalise_clean(raw: &str) -> Option<Cow<'_, str>> {
    let t = address_part(trim(raw));
    if t.is_empty() {
        return None;
    }
    let mut v: Cow<'_, str> = Cow::Borrowed(t);
    if !t.is_ascii() && is_nfc_quick(t.chars()) != IsNormalized::Yes {
        v = Cow::Owned(t.nfc().collect());
    }
    if is_email(&v) && v.chars().any(char::is_uppercase) {
        v = Cow::Owned(v.to_lowercase());
    }
    Some(v)
}

/// A character that XML 1.0 cannot hold, even escaped (control characters
/// but tab, line feed and carriage return; U+FFFE, U+FFFF), so that no SVG,
/// GraphML or GEXF output could carry a name holding it.
pub fn is_forbidden(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

/// True when `s` holds a character [`is_forbidden`].
pub fn has_forbidden(s: &str) -> bool {
    s.bytes()
        .any(|b| b < b' ' && !matches!(b, b'\t' | b'\n' | b'\r'))
        || (s.contains('\u{fffe}') || s.contains('\u{ffff}'))
}

/// `s` without the characters no report can carry: a vertical tab or a
/// form feed (a line break inside a spreadsheet cell) becomes a space, the
/// other [`is_forbidden`] characters are removed. The same rule applies to
/// every name, in every output.
pub fn clean(s: &str) -> Cow<'_, str> {
    if !has_forbidden(s) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter_map(|c| match c {
                '\u{b}' | '\u{c}' => Some(' '),
                c if is_forbidden(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// The identity key of a raw value: [`normalise`], then, with
/// `fold_gmail`, [`fold_gmail`] on Gmail addresses.
pub fn key(raw: &str, fold_gmail: bool) -> Option<Cow<'_, str>> {
    key_flagged(raw, fold_gmail).0
}

/// [`key`], and whether the value held characters [`clean`] removes
/// (found without a second pass over the value in the common case: a
/// value the fast path takes holds none).
pub fn key_flagged(raw: &str, fold_gmail: bool) -> (Option<Cow<'_, str>>, bool) {
    let (v, dirty) = if is_plain(raw) {
        (Cow::Borrowed(raw), false)
    } else {
        match normalise_slow(raw) {
            Some(v) => (v, has_forbidden(raw)),
            None => return (None, has_forbidden(raw)),
        }
    };
    if fold_gmail {
        if let Some(f) = self::fold_gmail(&v) {
            return (Some(Cow::Owned(f)), dirty);
        }
    }
    (Some(v), dirty)
}

/// Gmail ignores dots and `+tags` in the local part, and googlemail.com is
/// gmail.com: `Alice.Martin+lists@googlemail.com` reaches
/// `alicemartin@gmail.com`. Returns the folded address when it differs
/// from `addr` (a normalised address), else `None`. Other domains are
/// never folded: dots and `+` mean something elsewhere.
pub fn fold_gmail(addr: &str) -> Option<String> {
    let (local, domain) = addr.rsplit_once('@')?;
    if !is_email(addr) || !(domain == "gmail.com" || domain == "googlemail.com") {
        return None;
    }
    let local = local.split('+').next().unwrap_or_default();
    let local: String = local.chars().filter(|&c| c != '.').collect();
    if local.is_empty() {
        return None;
    }
    let folded = format!("{local}@gmail.com");
    (folded != addr).then_some(folded)
}

/// The display name of `Display Name <address>` (quotes removed), if any.
pub fn display_name(raw: &str) -> Option<&str> {
    let t = trim(raw);
    if !t.ends_with('>') {
        return None;
    }
    let open = t.rfind('<')?;
    let inner = address_part(t);
    if inner.len() == t.len() {
        return None;
    }
    let name = trim(&t[..open]).trim_matches('"');
    let name = trim(name);
    (!name.is_empty()).then_some(name)
}

/// Folds a display name for comparing people: lowercase, accents removed,
/// words sorted (`Martin Alice`, `alice MARTIN` and `Alice Martin` fold
/// alike). Empty when the name has no letter or digit.
pub fn fold_name(name: &str) -> String {
    let plain: String = name
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let mut words: Vec<&str> = plain.split_whitespace().collect();
    words.sort_unstable();
    words.join(" ")
}

/// The address inside `Display Name <address>` or `<address>`, or after
/// `mailto:`; other values unchanged. Only an email-shaped address is
/// taken out: a group called `Nord <Est>` keeps its name.
fn address_part(t: &str) -> &str {
    let mut v = t;
    if v.len() > 7 && v.as_bytes()[..7].eq_ignore_ascii_case(b"mailto:") {
        v = trim(&v[7..]);
    }
    if v.ends_with('>') {
        if let Some(open) = v.rfind('<') {
            let inner = trim(&v[open + 1..v.len() - 1]);
            let inner = if inner.len() > 7 && inner.as_bytes()[..7].eq_ignore_ascii_case(b"mailto:")
            {
                trim(&inner[7..])
            } else {
                inner
            };
            if is_email(inner) {
                return inner;
            }
        }
        return t;
    }
    if v.len() != t.len() && is_email(v) {
        return v;
    }
    t
}

/// `str::trim`, with a fast path for the common case of a value that
/// starts and ends with a visible ASCII character.
#[inline]
pub fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(&a), Some(&b)) if (0x21..0x7f).contains(&a) && (0x21..0x7f).contains(&b) => s,
        _ => s.trim(),
    }
}

/// True when `s` has the shape of an email address: one `@` with something on
/// both sides, a dot in the domain, and no whitespace.
pub fn is_email(s: &str) -> bool {
    if s.is_ascii() {
        return is_email_ascii(s.as_bytes());
    }
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(char::is_whitespace)
}

/// [`is_email`] of an ASCII value, in one pass over its bytes (it runs
/// on every person of a large export).
fn is_email_ascii(b: &[u8]) -> bool {
    let mut at = None;
    let mut dot_after_at = false;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'@' if at.is_some() => return false,
            b'@' => at = Some(i),
            b'.' => dot_after_at |= at.is_some(),
            c if c.is_ascii_whitespace() => return false,
            _ => {}
        }
    }
    match at {
        Some(at) => {
            at > 0
                && at + 1 < b.len()
                && dot_after_at
                && b[at + 1] != b'.'
                && b[b.len() - 1] != b'.'
        }
        None => false,
    }
}

/// Folds a column header for matching: lowercase, accents removed, and
/// anything but letters and digits dropped (`E-mail`, `e_mail`, `EMAIL` and
/// `Émail` all fold to `email`).
pub fn fold_header(h: &str) -> String {
    h.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses_are_trimmed_and_lowercased() {
        assert_eq!(
            normalise("  Alice.Martin@Example.ORG ").as_deref(),
            Some("alice.martin@example.org")
        );
    }

    #[test]
    fn the_same_address_written_four_ways_is_one_person() {
        for raw in [
            "Alice.Martin@Example.org ",
            "<alice.martin@example.org>",
            "Alice Martin <alice.martin@example.org>",
            "mailto:alice.martin@example.org",
            "\"Martin, Alice\" <MAILTO:Alice.Martin@example.org>",
        ] {
            assert_eq!(
                normalise(raw).as_deref(),
                Some("alice.martin@example.org"),
                "{raw:?}"
            );
        }
    }

    #[test]
    fn angle_brackets_without_an_address_are_kept() {
        assert_eq!(normalise("Nord <Est>").as_deref(), Some("Nord <Est>"));
        assert_eq!(normalise("mailto:").as_deref(), Some("mailto:"));
        assert_eq!(normalise("mailto:nobody").as_deref(), Some("mailto:nobody"));
    }

    #[test]
    fn other_values_keep_their_case() {
        assert_eq!(normalise(" Jean Dupont ").as_deref(), Some("Jean Dupont"));
        assert_eq!(
            normalise("Groupe Énergie").as_deref(),
            Some("Groupe Énergie")
        );
    }

    #[test]
    fn decomposed_accents_are_composed() {
        // "e" + combining acute accent (NFD) becomes the single "é" (NFC).
        let nfd = "Cafe\u{301}";
        assert_eq!(normalise(nfd).as_deref(), Some("Caf\u{e9}"));
    }

    #[test]
    fn fast_trim_agrees_with_str_trim() {
        for s in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "\u{a0}a\u{a0}",
            "\ta\r\n",
            "é ",
            "a b",
            "\u{3000}x",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn gmail_folding_only_touches_gmail() {
        assert_eq!(
            fold_gmail("alice.martin+lists@googlemail.com").as_deref(),
            Some("alicemartin@gmail.com")
        );
        assert_eq!(fold_gmail("alicemartin@gmail.com"), None);
        assert_eq!(fold_gmail("alice.martin+x@example.org"), None);
        assert_eq!(fold_gmail("+x@gmail.com"), None);
        assert_eq!(
            key("Alice.Martin@Gmail.com", true).as_deref(),
            Some("alicemartin@gmail.com")
        );
        assert_eq!(
            key("Alice.Martin@Gmail.com", false).as_deref(),
            Some("alice.martin@gmail.com")
        );
    }

    #[test]
    fn display_names_come_out_of_addresses() {
        assert_eq!(
            display_name("\"Martin, Alice\" <a@x.fr>"),
            Some("Martin, Alice")
        );
        assert_eq!(display_name("Alice <a@x.fr>"), Some("Alice"));
        assert_eq!(display_name("<a@x.fr>"), None);
        assert_eq!(display_name("Nord <Est>"), None);
        assert_eq!(display_name("a@x.fr"), None);
        assert_eq!(fold_name("Martin, Alice"), "alice martin");
        assert_eq!(fold_name(" ALICE  Martín "), "alice martin");
        assert_eq!(fold_name("--"), "");
    }

    #[test]
    fn the_fast_path_agrees_with_the_full_rules() {
        for raw in [
            "alice@x.org",
            "Alice@x.org",
            " alice@x.org",
            "alice@x.org\t",
            "mailto:a@x.org",
            "MAILTO:a@x.org",
            "a <a@x.org>",
            "Nord <Est>",
            "list-000959",
            "Vélo",
            "Cafe\u{301}",
            "x",
            "a b",
            "~weird~",
            "É",
            "",
            "a\u{1}b",
            "tab\tinside",
        ] {
            assert_eq!(normalise(raw), normalise_slow(raw), "{raw:?}");
            if is_plain(raw) {
                assert_eq!(normalise_slow(raw).as_deref(), Some(raw), "{raw:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_flag_says_whether_cleaning_changed_the_value(s in "[\\x00-~]{0,14}|\\PC{0,8}") {
            let (k, dirty) = key_flagged(&s, false);
            proptest::prop_assert_eq!(k, key(&s, false));
            proptest::prop_assert_eq!(dirty, clean(&s) != s.as_str());
        }

        #[test]
        fn the_fast_path_never_changes_a_result(s in "[\\x00-~]{0,14}|\\PC{0,8}") {
            proptest::prop_assert_eq!(normalise(&s), normalise_slow(&s));
        }
    }

    #[test]
    fn characters_no_report_can_carry_are_cleaned() {
        assert_eq!(normalise("Vélo\u{b}club").as_deref(), Some("Vélo club"));
        assert_eq!(normalise("a\u{1}b@x.fr").as_deref(), Some("ab@x.fr"));
        assert_eq!(normalise("G\u{1f}\u{fffe}\u{ffff}").as_deref(), Some("G"));
        assert_eq!(normalise("\u{1}"), None);
        assert_eq!(normalise("tab\tkept").as_deref(), Some("tab\tkept"));
        assert_eq!(clean("a\u{c}b\u{0}"), "a b");
        assert!(has_forbidden("x\u{fffe}"));
        assert!(!has_forbidden("x\ty\nz\r\u{7f}é"));
        for c in ['\u{1}', '\u{b}', '\u{1f}', '\u{fffe}', '\u{ffff}'] {
            assert!(is_forbidden(c) && has_forbidden(&c.to_string()), "{c:?}");
        }
        for c in ['\t', '\n', '\r', ' ', '\u{7f}', '\u{fffd}'] {
            assert!(!is_forbidden(c) && !has_forbidden(&c.to_string()), "{c:?}");
        }
    }

    #[test]
    fn blank_values_are_none() {
        assert_eq!(normalise("   "), None);
        assert_eq!(normalise(""), None);
    }

    proptest::proptest! {
        #[test]
        fn the_ascii_email_check_agrees_with_the_general_one(s in "[a-z@. \\t-]{0,12}") {
            let general = match s.split_once('@') {
                None => false,
                Some((local, domain)) => !local.is_empty()
                    && !domain.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !s.chars().any(char::is_whitespace),
            };
            proptest::prop_assert_eq!(is_email(&s), general, "{:?}", s);
        }
    }

    #[test]
    fn email_shape_is_recognised() {
        assert!(is_email("a@b.fr"));
        assert!(!is_email("a@b"));
        assert!(!is_email("a b@c.fr"));
        assert!(!is_email("@c.fr"));
        assert!(!is_email("Team @ Home"));
    }

    #[test]
    fn headers_fold_without_case_accents_or_punctuation() {
        assert_eq!(fold_header("E-mail"), "email");
        assert_eq!(fold_header(" Adresse e-mail "), "adresseemail");
        assert_eq!(fold_header("Communauté"), "communaute");
        assert_eq!(fold_header("group_names"), "groupnames");
    }
}
