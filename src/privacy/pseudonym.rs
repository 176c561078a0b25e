//! Keyed pseudonyms: HMAC-SHA256(key, identifier), encoded in base32 and
//! cut to the shortest length (8 characters at least) at which the names
//! of one run stay distinct. A plain hash would not do: anyone with a list
//! of addresses could hash them and match; without the key, a pseudonym
//! says nothing.

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// Characters of a pseudonym after its prefix, unless two names would
/// share them: 8 base32 characters are 40 bits, about one chance in 20,000
/// of any collision among 10,000 persons.
pub const DEFAULT_LENGTH: usize = 8;

/// The longest pseudonym: all the bits kept of a digest (125 of 128).
pub const MAX_LENGTH: usize = 25;

/// Lowercase base32 (RFC 4648 alphabet, no padding): letters and the
/// digits 2–7, readable and never confused with 0/O or 1/l.
fn base32() -> data_encoding::Encoding {
    let mut spec = data_encoding::Specification::new();
    spec.symbols.push_str("abcdefghijklmnopqrstuvwxyz234567");
    spec.encoding().expect("a valid base32 alphabet")
}

/// The secret of the pseudonyms (never written anywhere).
#[derive(Clone)]
pub struct Key(Vec<u8>);

impl Key {
    /// A key of at least 16 bytes (checked where keys are read).
    pub fn new(bytes: Vec<u8>) -> Key {
        Key(bytes)
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        &self.0
    }
}

impl std::fmt::Debug for Key {
    // The key must not reach a log or an error message.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(..)")
    }
}

/// Computes pseudonyms under one key.
#[derive(Clone)]
pub struct Pseudonymiser {
    mac: Hmac<Sha256>,
}

impl Pseudonymiser {
    pub fn new(key: &Key) -> Pseudonymiser {
        Pseudonymiser {
            mac: Hmac::<Sha256>::new_from_slice(key.bytes())
                .expect("HMAC takes keys of any length"),
        }
    }

    /// The first 128 bits of HMAC-SHA256(key, `domain` byte, `name`). The
    /// domain keeps persons, groups, names and files in separate spaces: a
    /// person named like a group does not get the group's pseudonym.
    pub fn digest(&self, domain: Domain, name: &str) -> u128 {
        let mut mac = self.mac.clone();
        mac.update(&[domain as u8]);
        mac.update(name.as_bytes());
        let out = mac.finalize().into_bytes();
        u128::from_be_bytes(out[..16].try_into().expect("a SHA-256 digest has 32 bytes"))
    }

    /// The pseudonym of one name at the given length (`p-` or `g-` and
    /// `length` characters).
    pub fn pseudonym(&self, domain: Domain, name: &str, length: usize) -> String {
        encode(domain, self.digest(domain, name), length)
    }
}

/// What a pseudonym stands for; its first letter is the prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Domain {
    /// A person (`p-...`).
    Person = 1,
    /// A group (`g-...`, with --hide-group-names).
    Group = 2,
    /// A display name, only compared, never written (`n-...`).
    DisplayName = 3,
    /// An input file's name (`f-...`, with --hide-group-names: per-group
    /// exports are named after their group).
    File = 4,
}

impl Domain {
    fn prefix(self) -> &'static str {
        match self {
            Domain::Person => "p-",
            Domain::Group => "g-",
            Domain::DisplayName => "n-",
            Domain::File => "f-",
        }
    }
}

/// `prefix` + the first `length` base32 characters of `digest`.
pub fn encode(domain: Domain, digest: u128, length: usize) -> String {
    let length = length.min(MAX_LENGTH);
    let mut s = String::with_capacity(2 + 26);
    s.push_str(domain.prefix());
    let mut text = base32().encode(&digest.to_be_bytes());
    text.truncate(length);
    s.push_str(&text);
    s
}

/// The shortest length, at least `minimum`, at which the digests give
/// distinct pseudonyms; `None` when two digests agree on all their 125
/// encoded bits (two names with the same digest prefix: not seen with
/// distinct names). Cost: one sort of the digests.
pub fn distinct_length(digests: &[u128], minimum: usize) -> Option<usize> {
    let mut sorted = digests.to_vec();
    sorted.sort_unstable();
    let mut length = minimum.clamp(1, MAX_LENGTH);
    for w in sorted.windows(2) {
        // Bits shared from the top; `length` characters hold 5 bits each.
        let common = (w[0] ^ w[1]).leading_zeros() as usize;
        let needed = common / 5 + 1;
        if needed > MAX_LENGTH {
            return None;
        }
        length = length.max(needed);
    }
    Some(length)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> Pseudonymiser {
        Pseudonymiser::new(&Key::new(s.as_bytes().to_vec()))
    }

    #[test]
    fn digest_is_hmac_sha256_of_domain_and_name() {
        // RFC 4231 test case 2: HMAC-SHA256("Jefe", "what do ya want for
        // nothing?") = 5bdcc146bf60754e6a042426089575c7 5a003f089d273983...
        // Our message starts with the domain byte, so check the plain HMAC
        // through the same code with the byte folded into the message.
        let mut mac = Hmac::<Sha256>::new_from_slice(b"Jefe").unwrap();
        mac.update(b"what do ya want for nothing?");
        let out = mac.finalize().into_bytes();
        assert_eq!(
            u128::from_be_bytes(out[..16].try_into().unwrap()),
            0x5bdcc146bf60754e6a042426089575c7
        );
        // And the domain byte changes the digest.
        let p = key("Jefe");
        assert_ne!(
            p.digest(Domain::Person, "x@y.fr"),
            p.digest(Domain::Group, "x@y.fr")
        );
    }

    #[test]
    fn encoding_is_prefix_and_lowercase_base32_of_the_top_bits() {
        // 0xF8.. = 11111 000.. : first character 31 = '7', then 'a's.
        let d = 0xF800_0000_0000_0000_0000_0000_0000_0000u128;
        assert_eq!(encode(Domain::Person, d, 8), "p-7aaaaaaa");
        // 8 = the lowest of the 125 bits kept: the 25th character is 'b'.
        assert_eq!(
            encode(Domain::Group, 8, 25),
            format!("g-{}b", "a".repeat(24))
        );
        assert_eq!(encode(Domain::Person, 0, 40).len(), 2 + MAX_LENGTH);
    }

    #[test]
    fn same_key_same_pseudonym_other_key_other_pseudonym() {
        let a = key("0123456789abcdef");
        let b = key("0123456789abcdeg");
        let x = a.pseudonym(Domain::Person, "lea@free.fr", 8);
        assert_eq!(x, a.pseudonym(Domain::Person, "lea@free.fr", 8));
        assert_ne!(x, b.pseudonym(Domain::Person, "lea@free.fr", 8));
        assert_eq!(x.len(), 10);
        assert!(x.starts_with("p-"));
        // A longer pseudonym starts with the shorter one.
        assert!(a
            .pseudonym(Domain::Person, "lea@free.fr", 12)
            .starts_with(&x));
    }

    #[test]
    fn length_grows_until_pseudonyms_differ() {
        // Two digests agreeing on their top 42 bits: 8 characters (40 bits)
        // would collide; 9 (45 bits) separate them.
        let a = 0xABCD_EF12_3400_0000_0000_0000_0000_0000u128;
        let b = a | (1u128 << (128 - 43));
        assert_eq!(distinct_length(&[a, b], 8), Some(9));
        assert_ne!(encode(Domain::Person, a, 9), encode(Domain::Person, b, 9));
        assert_eq!(encode(Domain::Person, a, 8), encode(Domain::Person, b, 8));
        // Far apart: the minimum.
        assert_eq!(distinct_length(&[0, u128::MAX], 8), Some(8));
        // Equal digests cannot be told apart.
        assert_eq!(distinct_length(&[a, a], 8), None);
        // Forcing a tiny minimum shows the lengthening on real digests.
        let p = key("0123456789abcdef");
        let digests: Vec<u128> = (0..200)
            .map(|i| p.digest(Domain::Person, &format!("u{i}@x.fr")))
            .collect();
        let l = distinct_length(&digests, 1).unwrap();
        assert!(l > 1, "200 names cannot be told apart by one character");
        let names: std::collections::HashSet<String> = digests
            .iter()
            .map(|&d| encode(Domain::Person, d, l))
            .collect();
        assert_eq!(names.len(), 200);
        let shorter: std::collections::HashSet<String> = digests
            .iter()
            .map(|&d| encode(Domain::Person, d, l - 1))
            .collect();
        assert!(shorter.len() < 200, "the length found is the shortest");
    }

    #[test]
    fn the_key_is_not_printed() {
        let k = Key::new(b"very secret key!".to_vec());
        assert!(!format!("{k:?}").contains("secret"));
    }

    #[test]
    fn the_key_prints_as_a_placeholder() {
        // Not just "without the secret": the Debug text is exactly this.
        let k = Key::new(b"very secret key!".to_vec());
        assert_eq!(format!("{k:?}"), "Key(..)");
    }

    #[test]
    fn the_25th_character_is_the_last_that_separates() {
        // 0 and 8 = 0b1000 first differ at bit 125 (124 bits in common):
        // 124 / 5 + 1 = 25 characters, the longest, still tell them apart.
        assert_eq!(distinct_length(&[0, 8], 8), Some(25));
        assert_ne!(encode(Domain::Person, 0, 25), encode(Domain::Person, 8, 25));
        // 0 and 4 first differ at bit 126, beyond the 125 bits encoded:
        // 26 characters would be needed, more than there are.
        assert_eq!(distinct_length(&[0, 4], 8), None);
        assert_eq!(encode(Domain::Person, 0, 25), encode(Domain::Person, 4, 25));
    }
}
