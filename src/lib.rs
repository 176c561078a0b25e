//! maillage: how the groups of a network of communities are woven together.
//!
//! The pipeline runs one way, each stage borrowing the one before:
//! ```text
//! load::read_all(files)      -> Memberships  (interned names, pairs, roles)
//! privacy::apply             -> Memberships  (group pseudonyms, --hide-group-names)
//! model::Network::build      -> Network      (bipartite petgraph CSR)
//! analyse::all               -> Findings     (plain sorted data)
//! privacy::relabel           -> Findings     (person pseudonyms, --pseudonymise)
//! report::write_folder       -> files        (json, csv, markdown, html,
//!                                              charts via chart::draw_all)
//! ```

pub mod analyse;
pub mod chart;
pub mod generate;
pub mod identity;
pub mod lang;
pub mod load;
pub mod memberships;
pub mod messages;
pub mod model;
pub mod names;
pub mod privacy;
pub mod renames;
pub mod report;
pub mod snapshots;

use anyhow::Result;
use std::path::PathBuf;

/// What `maillage report` and `maillage summary` need.
#[derive(Clone, Debug, Default)]
pub struct Config {
    pub inputs: Vec<PathBuf>,
    pub load: load::LoadOptions,
    pub analyse: analyse::AnalyseOptions,
    pub report: report::ReportOptions,
    pub privacy: privacy::PrivacyOptions,
}

/// The pipeline's stages, as announced to a progress display.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Reading,
    Building,
    Analysing,
    Writing,
}

impl Stage {
    /// What the stage does, for a status line.
    pub fn describe(self, l: lang::Lang) -> String {
        match self {
            Stage::Reading => t!(l, "stage-reading"),
            Stage::Building => t!(l, "stage-building"),
            Stage::Analysing => t!(l, "stage-analysing"),
            Stage::Writing => t!(l, "stage-writing"),
        }
    }
}

/// Loads the inputs and computes every figure.
pub fn analyse_files(cfg: &Config) -> Result<analyse::Findings> {
    analyse_files_with(cfg, &|_| {})
}

/// [`analyse_files`], calling `progress` as each stage starts.
pub fn analyse_files_with(cfg: &Config, progress: &dyn Fn(Stage)) -> Result<analyse::Findings> {
    let pseudonyms = privacy::prepare(&cfg.privacy)?;
    progress(Stage::Reading);
    let mut members = load::read_all(&cfg.inputs, &cfg.load)?;
    privacy::apply(&mut [&mut members], pseudonyms.as_ref(), &cfg.privacy)?;
    let input = std::mem::take(&mut members.input);
    progress(Stage::Building);
    let network = model::Network::build(members);
    progress(Stage::Analysing);
    let mut findings = analyse::all_with(network, input, &cfg.analyse);
    if let Some(p) = &pseudonyms {
        privacy::relabel(&mut findings, &p.pseudonymiser, cfg.report.graphs)?;
    }
    Ok(findings)
}

/// What `maillage inspect` says: what was found in each input, and what
/// was not read.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Inspection {
    pub files: Vec<memberships::FileDiagnostics>,
    pub not_read: Vec<memberships::NotRead>,
}

/// `maillage inspect`: reads the inputs and says what was found in each.
pub fn inspect(cfg: &Config) -> Result<Inspection> {
    let input = load::read_all(&cfg.inputs, &cfg.load)?.input;
    Ok(Inspection {
        files: input.files,
        not_read: input.not_read,
    })
}

/// One row of the group-descriptions template (`maillage groups-template`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TemplateRow {
    pub group: String,
    pub category: String,
    pub territory: String,
    /// The facilitators, as identified.
    pub facilitators: Vec<String>,
}

/// What `maillage groups-template` writes, and what was read.
#[derive(Clone, Debug)]
pub struct Template {
    /// One row per group of the member lists, in name order.
    pub rows: Vec<TemplateRow>,
    pub files: Vec<memberships::FileDiagnostics>,
    pub not_read: Vec<memberships::NotRead>,
}

/// `maillage groups-template`: one row per group found, in name order,
/// with what the group-descriptions files already say of it (with
/// `--groups-info`), else empty.
pub fn groups_template(cfg: &Config) -> Result<Template> {
    let m = load::read_all(&cfg.inputs, &cfg.load)?;
    let mut rows: Vec<TemplateRow> = m
        .groups
        .iter()
        .map(|(_, g)| TemplateRow {
            group: g.to_string(),
            ..TemplateRow::default()
        })
        .collect();
    for d in &m.descriptions {
        let row = &mut rows[d.group as usize];
        row.category = d.category.clone().unwrap_or_default();
        row.territory = d.territory.clone().unwrap_or_default();
        row.facilitators = d.facilitators.clone();
    }
    rows.sort_by(|a, b| a.group.cmp(&b.group));
    Ok(Template {
        rows,
        files: m.input.files,
        not_read: m.input.not_read,
    })
}

/// `maillage report`: computes the figures and writes the report folder.
pub fn run_report(cfg: &Config, out: &std::path::Path) -> Result<analyse::Findings> {
    run_report_with(cfg, out, &|_| {})
}

/// [`run_report`], calling `progress` as each stage starts.
pub fn run_report_with(
    cfg: &Config,
    out: &std::path::Path,
    progress: &dyn Fn(Stage),
) -> Result<analyse::Findings> {
    let findings = analyse_files_with(cfg, progress)?;
    progress(Stage::Writing);
    report::write_folder(&findings, out, &cfg.report)?;
    Ok(findings)
}

/// `maillage generate`: writes a synthetic membership CSV to `path`
/// atomically (a temporary file renamed into place).
pub fn write_generated(opts: &generate::GenerateOptions, path: &std::path::Path) -> Result<u64> {
    use anyhow::Context;
    use std::io::Write;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = tempfile::NamedTempFile::new_in(&dir).with_context(|| {
        t!(
            crate::lang::Lang::current(),
            "ctx-writing",
            path = dir.display().to_string()
        )
    })?;
    let mut w = std::io::BufWriter::with_capacity(1 << 20, tmp);
    let n = generate::write_csv(opts, &mut w).with_context(|| {
        t!(
            crate::lang::Lang::current(),
            "ctx-writing",
            path = path.display().to_string()
        )
    })?;
    w.flush()?;
    let tmp = w.into_inner().map_err(|e| e.into_error())?;
    #[cfg(unix)]
    {
        // A temporary file is private (0600); the data file is an ordinary one.
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    tmp.persist(path).with_context(|| {
        t!(
            crate::lang::Lang::current(),
            "ctx-writing",
            path = path.display().to_string()
        )
    })?;
    Ok(n)
}
