//! The harness every integration test uses: a temporary folder, files
//! written into it, the real `maillage` binary run in it, and what it
//! wrote read back.

use assert_cmd::Command;
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::Output;

/// A temporary working folder, removed when dropped.
pub struct Workdir {
    dir: tempfile::TempDir,
}

impl Workdir {
    pub fn new() -> Workdir {
        Workdir {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    /// The folder itself.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// A path inside the folder.
    pub fn join(&self, rel: impl AsRef<Path>) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Writes `contents` at `rel` (folders created), and returns its path.
    pub fn write(&self, rel: impl AsRef<Path>, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, contents).unwrap();
        path
    }

    /// The `maillage` binary, run in this folder.
    pub fn command(&self) -> Command {
        let mut cmd = Command::cargo_bin("maillage").unwrap();
        cmd.current_dir(self.path());
        cmd
    }

    /// Runs `maillage ARGS`, which must succeed; its output.
    pub fn run<I, S>(&self, args: I) -> Output
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let args = os_args(args);
        let out = self.command().args(&args).output().unwrap();
        assert!(
            out.status.success(),
            "maillage {args:?} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    /// Runs `maillage ARGS`, which must fail with exit code 1 (a bad input
    /// or output); its standard error.
    pub fn fail<I, S>(&self, args: I) -> String
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let args = os_args(args);
        let out = self.command().args(&args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(1),
            "maillage {args:?}: expected a failure, got {}\nstdout: {}\nstderr: {}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).unwrap()
    }

    /// `maillage summary --json ARGS`, which must succeed; its output,
    /// parsed.
    pub fn summary_json<I, S>(&self, args: I) -> serde_json::Value
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut all = os_args(["summary", "--json"]);
        all.extend(os_args(args));
        stdout_json(&self.run(all))
    }

    /// `maillage inspect --json ARGS`, which must succeed; its output
    /// (one entry per file read), parsed.
    pub fn inspect_json<I, S>(&self, args: I) -> serde_json::Value
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut all = os_args(["inspect", "--json"]);
        all.extend(os_args(args));
        stdout_json(&self.run(all))["files"].clone()
    }

    /// `maillage report ARGS --out report --quiet` (ARGS: the inputs and
    /// any option), which must succeed; the report folder, `report/`,
    /// replaced by each call. `--quiet` silences the warnings: a test of
    /// what is said on standard error uses `run`.
    pub fn report<I, S>(&self, inputs_and_options: I) -> PathBuf
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let out = self.join("report");
        let mut args = os_args(["report"]);
        args.extend(os_args(inputs_and_options));
        args.extend([
            "--out".into(),
            out.clone().into_os_string(),
            "--quiet".into(),
        ]);
        self.run(args);
        out
    }

    /// The text of a file.
    pub fn read(&self, rel: impl AsRef<Path>) -> String {
        let path = self.join(rel);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// A JSON file, parsed.
    pub fn json(&self, rel: impl AsRef<Path>) -> serde_json::Value {
        serde_json::from_str(&self.read(rel)).unwrap()
    }

    /// A CSV file's rows, the header left out.
    pub fn csv(&self, rel: impl AsRef<Path>) -> Vec<csv::StringRecord> {
        csv::Reader::from_path(self.join(rel))
            .unwrap()
            .records()
            .map(Result::unwrap)
            .collect()
    }

    /// The names in a folder, sorted (to check that a run left nothing
    /// behind).
    pub fn entries(&self, rel: impl AsRef<Path>) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(self.join(rel))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }
}

/// The standard output of a run printing JSON (`summary --json`,
/// `inspect --json`), parsed.
pub fn stdout_json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

fn os_args<I, S>(args: I) -> Vec<OsString>
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    args.into_iter().map(|a| a.as_ref().to_owned()).collect()
}
