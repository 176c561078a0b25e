//! index.html in a real browser: Debian's headless Chromium (installed by
//! `.ci/run`) opens the report of data/members.csv; the page must load with
//! no console message (errors, CSP violations), make no network request of
//! its own (read from Chromium's NetLog), run its script, and give
//! screenshots that are not blank at desktop and phone widths.
//! `UPDATE_SCREENSHOTS=1` also copies the screenshots to docs/.

use crate::root;
use crate::workdir::Workdir;
use std::path::{Path, PathBuf};
use std::process::Command;

fn chromium() -> PathBuf {
    let p = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    assert!(
        p.exists(),
        "{} not found: this test needs Debian's chromium (`apt-get install chromium`; `bash .ci/run` installs it), or CHROMIUM=/path/to/chromium",
        p.display()
    );
    p
}

/// Runs headless Chromium on `page` with the flags the machine needs (no
/// background networking); `extra` adds the action.
fn run(page: &Path, w: &Workdir, extra: &[String]) -> std::process::Output {
    let profile = tempfile::tempdir_in(w.path()).unwrap();
    Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap()
}

/// What the page did: its DOM after scripts, its console messages, and the
/// URLs it requested itself (Chromium's own background requests have no
/// origin as initiator and are left out).
struct Visit {
    dom: String,
    console: Vec<String>,
    requests: Vec<String>,
}

fn visit(page: &Path, w: &Workdir) -> Visit {
    let netlog = w.join(format!(
        "net-{}.json",
        page.file_name().unwrap().to_string_lossy()
    ));
    let out = run(
        page,
        w,
        &[
            "--enable-logging=stderr".into(),
            "--v=0".into(),
            format!("--log-net-log={}", netlog.display()),
            "--dump-dom".into(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let console = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(String::from)
        .collect();
    let log: serde_json::Value = serde_json::from_slice(&std::fs::read(&netlog).unwrap()).unwrap();
    let start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
        .as_u64()
        .unwrap();
    let requests = log["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"].as_u64() == Some(start))
        .filter(|e| e["params"]["initiator"].as_str() != Some("not an origin"))
        .filter_map(|e| e["params"]["url"].as_str())
        .filter(|u| !u.starts_with("file:") && !u.starts_with("data:"))
        .map(String::from)
        .collect();
    Visit {
        dom: String::from_utf8_lossy(&out.stdout).into_owned(),
        console,
        requests,
    }
}

/// Share of non-white pixels and number of distinct colours.
fn ink(png_path: &Path) -> (f64, usize, u32) {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(png_path).unwrap(),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let px = &buf[..info.buffer_size()];
    let mut colours = std::collections::HashSet::new();
    let mut inked = 0usize;
    let n = px.len() / channels;
    for p in px.chunks(channels) {
        if p[..3].iter().any(|&c| c < 245) {
            inked += 1;
        }
        colours.insert((p[0], p[1], p[2]));
    }
    (inked as f64 / n as f64, colours.len(), info.width)
}

#[test]
fn the_checks_catch_errors_and_requests_on_a_bad_page() {
    let w = Workdir::new();
    let page = w.write(
        "bad.html",
        "<!doctype html><html><body><img src=\"https://example.org/x.png\"><script>console.error('boom'); nosuchfn();</script></body></html>",
    );
    let v = visit(&page, &w);
    assert!(
        v.console.iter().any(|l| l.contains("boom")),
        "{:?}",
        v.console
    );
    assert!(
        v.console
            .iter()
            .any(|l| l.contains("Uncaught ReferenceError")),
        "{:?}",
        v.console
    );
    assert_eq!(v.requests, ["https://example.org/x.png"]);
}

#[test]
fn index_html_loads_offline_without_errors_and_looks_like_a_report() {
    let w = Workdir::new();
    let page = w
        .report([
            root("data/members.csv"),
            "--groups-info".into(),
            root("data/groups-info.csv"),
        ])
        .join("index.html");
    let v = visit(&page, &w);
    assert!(v.console.is_empty(), "console messages: {:#?}", v.console);
    assert!(v.requests.is_empty(), "network requests: {:#?}", v.requests);
    assert!(
        v.dom.contains("data-ready=\"1\""),
        "the page's script did not run"
    );
    assert_eq!(v.dom.matches("<svg").count(), maillage::chart::CHARTS.len());
    for chart in ["categories", "facilitators"] {
        assert!(
            v.dom.contains(&format!("id=\"chart-{chart}\"")),
            "the {chart} chart is on the page"
        );
    }

    for (name, width) in [("desktop", 1280), ("phone", 390)] {
        let shot = w.join(format!("report-{name}.png"));
        let o = run(
            &page,
            &w,
            &[
                format!("--window-size={width},2400"),
                format!("--screenshot={}", shot.display()),
            ],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let (share, colours, w) = ink(&shot);
        assert_eq!(w, width);
        assert!(
            share > 0.03,
            "{name}: {share:.3} of the pixels inked: blank?"
        );
        assert!(colours > 50, "{name}: only {colours} colours");
        if std::env::var_os("UPDATE_SCREENSHOTS").is_some() {
            std::fs::copy(&shot, root("docs").join(format!("report-{name}.png"))).unwrap();
        }
    }
}

/// Pages of a PDF Chromium printed: its page objects (`/Type /Page`, not
/// the `/Type /Pages` tree).
fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    let mut n = 0;
    let mut rest: &str = &text;
    while let Some(i) = rest.find("/Type /Page") {
        rest = &rest[i + "/Type /Page".len()..];
        if !rest.starts_with('s') {
            n += 1;
        }
    }
    n
}

#[test]
fn the_example_prints_on_at_most_eight_a4_pages_in_both_languages() {
    let w = Workdir::new();
    for lang in ["en", "fr"] {
        let out = w.join(format!("report-{lang}"));
        let input = root("data/members.csv");
        // As the README runs it: with the group descriptions, so that the
        // categories and facilitators sections are printed too.
        let info = root("data/groups-info.csv");
        w.run([
            "report".as_ref(),
            input.as_os_str(),
            "--groups-info".as_ref(),
            info.as_os_str(),
            "--lang".as_ref(),
            std::ffi::OsStr::new(lang),
            "--quiet".as_ref(),
            "--out".as_ref(),
            out.as_os_str(),
        ]);
        let pdf = w.join(format!("report-{lang}.pdf"));
        let o = run(
            &out.join("index.html"),
            &w,
            &[
                "--no-pdf-header-footer".into(),
                format!("--print-to-pdf={}", pdf.display()),
            ],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let pages = pdf_pages(&std::fs::read(&pdf).unwrap());
        assert!((1..=8).contains(&pages), "{lang}: {pages} A4 pages");
    }
}

#[test]
fn the_page_opens_with_the_essentials_and_has_a_section_to_check() {
    let w = Workdir::new();
    let page = w
        .report([
            root("data/members.csv"),
            "--groups-info".into(),
            root("data/groups-info.csv"),
        ])
        .join("index.html");
    let v = visit(&page, &w);
    let at = |id: &str| {
        v.dom
            .find(&format!("id=\"{id}\""))
            .unwrap_or_else(|| panic!("no section {id}"))
    };
    // The essentials come before every other section, then the others in
    // reading order.
    let order = [
        "essentials",
        "multi",
        "groups",
        "overlaps",
        "significance",
        "connectors",
        "fragile",
        "categories",
        "facilitators",
        "check",
        "input",
        "definitions",
    ];
    let positions: Vec<usize> = order.iter().map(|id| at(id)).collect();
    assert!(positions.windows(2).all(|p| p[0] < p[1]), "{positions:?}");
    // Tables longer than the printed rows say where the rest is, on paper.
    assert!(
        v.dom.contains("class=\"note print\""),
        "no printed-rows note"
    );
}

#[test]
fn pdf_pages_are_counted_from_page_objects() {
    let pdf =
        b"<< /Type /Pages /Kids [1 0 R 2 0 R] >> << /Type /Page >> << /Type /Page /Parent 3 0 R >>";
    assert_eq!(pdf_pages(pdf), 2);
}
