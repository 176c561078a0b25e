//! Where the pseudonyms' key comes from: a file (`--key-file`), the
//! environment (`MAILLAGE_KEY`), or chance (a key for this run only). The
//! key is never written, printed or put in a message: errors name the
//! file and the length, not the bytes.

use super::pseudonym::Key;
use crate::lang::Lang;
use crate::t;
use rand::RngCore;
use serde::Serialize;
use std::path::Path;

/// The fewest bytes a key may have: 128 bits.
pub const MIN_KEY_BYTES: usize = 16;

/// The environment variable holding a key.
pub const KEY_VARIABLE: &str = "MAILLAGE_KEY";

/// Where this run's key came from (said in the report, never the key).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KeySource {
    /// `--key-file`: the same file gives the same pseudonyms next time.
    File,
    /// `MAILLAGE_KEY`.
    Environment,
    /// Drawn for this run and forgotten: the pseudonyms cannot be linked
    /// to those of any other report.
    Random,
}

/// A key read from somewhere, and what to warn about.
#[derive(Debug)]
pub struct LoadedKey {
    pub key: Key,
    pub source: KeySource,
    /// The key file can be read by others than its owner (a warning).
    pub readable_by_others: bool,
}

/// A key's bytes without one final line end (`echo KEY > file` and
/// `MAILLAGE_KEY=KEY` give the same key).
fn trimmed(mut bytes: Vec<u8>) -> Vec<u8> {
    if bytes.last() == Some(&b'\n') {
        bytes.pop();
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
    }
    bytes
}

/// Reads the key of `--key-file` (at least [`MIN_KEY_BYTES`] bytes once a
/// final line end is dropped).
pub fn from_file(path: &Path) -> anyhow::Result<LoadedKey> {
    let l = Lang::current();
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        anyhow::anyhow!(t!(l, "key-unreadable", path = &shown, why = e.to_string()))
    })?;
    let bytes = trimmed(bytes);
    if bytes.len() < MIN_KEY_BYTES {
        anyhow::bail!(t!(
            l,
            "key-too-short",
            path = &shown,
            bytes = bytes.len(),
            minimum = MIN_KEY_BYTES
        ));
    }
    Ok(LoadedKey {
        key: Key::new(bytes),
        source: KeySource::File,
        readable_by_others: readable_by_others(path),
    })
}

/// The file's permissions let its group or anyone else read it.
fn readable_by_others(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o044 != 0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// The key of `MAILLAGE_KEY` (`value`), checked as a file's.
pub fn from_environment(value: &std::ffi::OsStr) -> anyhow::Result<LoadedKey> {
    let bytes = trimmed(value.as_encoded_bytes().to_vec());
    if bytes.len() < MIN_KEY_BYTES {
        anyhow::bail!(t!(
            Lang::current(),
            "key-env-too-short",
            variable = KEY_VARIABLE,
            bytes = bytes.len(),
            minimum = MIN_KEY_BYTES
        ));
    }
    Ok(LoadedKey {
        key: Key::new(bytes),
        source: KeySource::Environment,
        readable_by_others: false,
    })
}

/// 32 bytes from the thread's generator (a cryptographic one seeded by
/// the operating system), for this run only.
pub fn random() -> LoadedKey {
    let mut bytes = vec![0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    LoadedKey {
        key: Key::new(bytes),
        source: KeySource::Random,
        readable_by_others: false,
    }
}

/// The key of a run: `--key-file` if given, else `MAILLAGE_KEY` if set,
/// else a random one.
pub fn choose(
    file: Option<&Path>,
    environment: Option<&std::ffi::OsStr>,
) -> anyhow::Result<LoadedKey> {
    match (file, environment) {
        (Some(f), _) => from_file(f),
        (None, Some(v)) => from_environment(v),
        (None, None) => Ok(random()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::privacy::pseudonym::{Domain, Pseudonymiser};

    #[test]
    fn a_short_key_file_is_refused_without_showing_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key");
        std::fs::write(&path, "abc123secret\n").unwrap();
        let e = from_file(&path).unwrap_err().to_string();
        assert!(e.contains("key"), "{e}");
        assert!(e.contains("12"), "says how many bytes it has: {e}");
        assert!(!e.contains("abc123secret"), "never shows the key: {e}");
    }

    #[test]
    fn a_missing_key_file_is_an_error_naming_it() {
        let e = from_file(Path::new("/nonexistent/k"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("/nonexistent/k"), "{e}");
    }

    #[test]
    fn file_and_environment_with_the_same_text_give_the_same_pseudonyms() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key");
        std::fs::write(&path, "0123456789abcdef0123\r\n").unwrap();
        let f = from_file(&path).unwrap();
        let e = from_environment(std::ffi::OsStr::new("0123456789abcdef0123")).unwrap();
        assert_eq!(f.source, KeySource::File);
        assert_eq!(e.source, KeySource::Environment);
        let (pf, pe) = (Pseudonymiser::new(&f.key), Pseudonymiser::new(&e.key));
        assert_eq!(
            pf.digest(Domain::Person, "a@b.fr"),
            pe.digest(Domain::Person, "a@b.fr")
        );
        assert!(from_environment(std::ffi::OsStr::new("short")).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn a_key_file_others_can_read_is_warned_about() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key");
        std::fs::write(&path, "0123456789abcdef").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(from_file(&path).unwrap().readable_by_others);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert!(!from_file(&path).unwrap().readable_by_others);
    }

    #[test]
    fn choose_prefers_the_file_then_the_environment_then_chance() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key");
        std::fs::write(&path, "0123456789abcdef").unwrap();
        let env = std::ffi::OsStr::new("fedcba9876543210");
        assert_eq!(
            choose(Some(&path), Some(env)).unwrap().source,
            KeySource::File
        );
        assert_eq!(
            choose(None, Some(env)).unwrap().source,
            KeySource::Environment
        );
        let (a, b) = (choose(None, None).unwrap(), choose(None, None).unwrap());
        assert_eq!(a.source, KeySource::Random);
        let (pa, pb) = (Pseudonymiser::new(&a.key), Pseudonymiser::new(&b.key));
        assert_ne!(
            pa.digest(Domain::Person, "a@b.fr"),
            pb.digest(Domain::Person, "a@b.fr"),
            "two random keys differ"
        );
    }
}
