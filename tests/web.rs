//! Web pages, URLs and Markdown: the article comes through and the page
//! around it does not, metadata is read from the page, spans index the text
//! `claimdiff text` prints, and URLs are fetched from a server these tests
//! start on 127.0.0.1 (never anywhere else).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use claimdiff::corpus::Source;
use claimdiff::document;
use claimdiff::report::json::{CompareOut, SentenceOut};

const BIN: &str = env!("CARGO_BIN_EXE_claimdiff");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/web");
const SEED_A: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/seeds/000_eb0554e51823464c.txt"
);
const SEED_B: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/seeds/003_89d268c9d44043d3.txt"
);
const PAGES: [&str; 4] = ["news", "blog", "wire", "jsonld"];

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

fn dir() -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("web");
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run_with(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn run(args: &[&str]) -> Output {
    run_with(args, b"")
}

fn stdout(o: &Output) -> String {
    assert!(
        o.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// A failure: exit 2 and one line on standard error; returns the line.
fn one_line_error(o: &Output) -> String {
    assert_eq!(
        o.status.code(),
        Some(2),
        "stdout: {}",
        String::from_utf8_lossy(&o.stdout)
    );
    let err = String::from_utf8(o.stderr.clone()).unwrap();
    let lines: Vec<&str> = err.lines().filter(|l| !l.contains("warning:")).collect();
    assert_eq!(lines.len(), 1, "one line: {err}");
    assert!(!err.contains("panicked"), "{err}");
    lines[0].to_string()
}

/// What a fixture's `.expect` file lists: article sentences (`+`), furniture
/// that must never be read as article (`-`), and furniture that is known to
/// leak today (`~`), counted for the report but not refused.
struct Expect {
    article: Vec<String>,
    never: Vec<String>,
    known_leaks: Vec<String>,
}

fn expect(name: &str) -> Expect {
    let text = std::fs::read_to_string(fixture(&format!("{name}.expect"))).unwrap();
    let pick = |p: &str| {
        text.lines()
            .filter_map(|l| l.strip_prefix(p))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    Expect {
        article: pick("+ "),
        never: pick("- "),
        known_leaks: pick("~ "),
    }
}

#[test]
fn articles_come_through_and_furniture_stays_out() {
    let (mut found, mut total, mut leaked, mut furniture) = (0, 0, 0, 0);
    for name in PAGES {
        let mut docs = document::load(&fixture(&format!("{name}.html"))).unwrap();
        let src = Source::sentences_only(docs.remove(0));
        let aligned: Vec<&str> = src
            .sentences
            .iter()
            .filter(|s| !s.boilerplate)
            .map(|s| s.span.of(&src.doc.text))
            .collect();
        let e = expect(name);
        for a in &e.article {
            assert!(
                aligned.contains(&a.as_str()),
                "{name}: article sentence missing: {a}\n got: {aligned:#?}"
            );
        }
        for f in &e.never {
            assert!(
                !aligned.iter().any(|s| s.contains(f.as_str())),
                "{name}: furniture read as article: {f}"
            );
        }
        let leaks = e
            .known_leaks
            .iter()
            .filter(|f| aligned.iter().any(|s| s.contains(f.as_str())))
            .count();
        found += e.article.len();
        total += e.article.len();
        leaked += leaks;
        furniture += e.never.len() + e.known_leaks.len();
        eprintln!(
            "{name}: {}/{} article sentences, {leaks}/{} furniture items leak",
            e.article.len(),
            e.article.len(),
            e.never.len() + e.known_leaks.len()
        );
    }
    eprintln!("all: {found}/{total} article sentences, {leaked}/{furniture} furniture items leak");
    assert_eq!(found, total);
}

#[test]
fn metadata_comes_from_the_page() {
    let cases = [
        (
            "news",
            "Ferry strikes breakwater at Port Halden, 23 injured",
            "The Coastal Ledger",
            "2026-03-14T09:20:00Z",
        ),
        (
            "blog",
            "What the tide gauges told us this winter",
            "Notes from the Estuary",
            "2026-02-02",
        ),
        (
            "wire",
            "Quake of magnitude 6.1 shakes southern Varnia; at least 9 dead",
            "Meridian Wire",
            "2026-05-08T04:12:00+00:00",
        ),
        // Only JSON-LD says what this page is.
        (
            "jsonld",
            "Reservoir reaches record low as dry spell enters fourth month",
            "Valley Courier",
            "2026-08-21T06:00:00+01:00",
        ),
    ];
    for (name, title, outlet, date) in cases {
        let page = fixture(&format!("{name}.html"));
        let o = run(&["compare", &page, SEED_A, "--format", "json"]);
        let out: CompareOut = serde_json::from_slice(&o.stdout).expect("contract shape");
        assert_eq!(out.left.title, title, "{name}");
        assert_eq!(out.left.outlet.as_deref(), Some(outlet), "{name}");
        assert_eq!(out.left.date.as_deref(), Some(date), "{name}");
        assert_eq!(out.left.spans_index, "extracted");
        assert_eq!(out.right.spans_index, "file");
    }
}

#[test]
fn spans_index_the_text_that_claimdiff_text_prints() {
    for name in PAGES {
        let page = fixture(&format!("{name}.html"));
        let text = stdout(&run(&["text", &page]));
        let list: Vec<SentenceOut> =
            serde_json::from_slice(&run(&["sentences", &page, "--format", "json"]).stdout).unwrap();
        assert!(!list.is_empty());
        for s in &list {
            assert_eq!(text.get(s.start..s.end), Some(s.text.as_str()), "{name}");
        }
    }
    // Plain text: spans index the file itself.
    let file = std::fs::read_to_string(SEED_A).unwrap();
    let list: Vec<SentenceOut> =
        serde_json::from_slice(&run(&["sentences", SEED_A, "--format", "json"]).stdout).unwrap();
    for s in &list {
        assert_eq!(&file[s.start..s.end], s.text);
    }
}

#[test]
fn scripts_styles_templates_and_hidden_text_never_reach_the_output() {
    let page = fixture("news.html");
    for args in [
        vec!["text", page.as_str()],
        vec!["compare", page.as_str(), SEED_A, "--format", "text"],
    ] {
        let out = stdout(&run(&args));
        for hidden in [
            "Scripts are never",
            "Styles are not",
            "Template text",
            "Hidden text",
            "Injected",
        ] {
            assert!(!out.contains(hidden), "{hidden} in {args:?}");
        }
        assert!(!out.contains('\x1b'));
    }
}

/// A seed article wrapped in a news page: navigation, a cookie banner,
/// share buttons, a "most read" list, a footer and scripts around it.
fn wrap(title: &str, text: &str) -> String {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let paragraphs: String = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("    <p>{}</p>\n", escape(l)))
        .collect();
    format!(
        r##"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | Daily Example</title>
<meta property="og:site_name" content="Daily Example">
<script>var consent = "Accept cookies to continue reading.";</script>
</head><body>
<div class="cookie-banner">We use cookies to personalise content and ads. <button>Accept</button></div>
<nav class="menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/europe">Europe</a> <a href="/video">Video</a></nav>
<article>
  <h1>{title}</h1>
  <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
  <div class="story-body">
{paragraphs}  </div>
</article>
<aside class="most-read"><h3>Most read</h3><ol>
  <li><a href="/1">Heatwave warning for the south as temperatures climb</a></li>
  <li><a href="/2">Ten years on, the town that rebuilt its harbour</a></li></ol></aside>
<footer><p>© 2026 Daily Example. All rights reserved.</p></footer>
</body></html>
"##
    )
}

fn sentence_texts(side: &claimdiff::report::json::SideOut) -> Vec<String> {
    side.sentences
        .iter()
        .filter(|s| s.state != "boilerplate")
        .map(|s| s.sentence.text.clone())
        .collect()
}

#[test]
fn seeds_wrapped_in_pages_compare_as_the_seeds_do() {
    let d = dir();
    let a = d.join("seed-a.html");
    let b = d.join("seed-b.html");
    std::fs::write(
        &a,
        wrap(
            "Putin vows to hunt down attack organisers",
            &std::fs::read_to_string(SEED_A).unwrap(),
        ),
    )
    .unwrap();
    std::fs::write(
        &b,
        wrap(
            "Gunmen storm concert hall near Moscow",
            &std::fs::read_to_string(SEED_B).unwrap(),
        ),
    )
    .unwrap();
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let plain: CompareOut =
        serde_json::from_slice(&run(&["compare", SEED_A, SEED_B, "--format", "json"]).stdout)
            .unwrap();
    let pages: CompareOut =
        serde_json::from_slice(&run(&["compare", a, b, "--format", "json"]).stdout).unwrap();
    assert_eq!(sentence_texts(&pages.left), sentence_texts(&plain.left));
    assert_eq!(sentence_texts(&pages.right), sentence_texts(&plain.right));
    let pairs = |c: &CompareOut| {
        c.pairs
            .iter()
            .map(|p| (p.left, p.right, p.relation.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(pairs(&pages), pairs(&plain));
    let toll = pages
        .pairs
        .iter()
        .find(|p| p.left == 0 && p.right == 0)
        .expect("the toll sentences pair");
    assert_eq!(toll.relation, "diverge");
    assert_eq!(
        (
            toll.differences[0].left.as_str(),
            toll.differences[0].right.as_str()
        ),
        ("144 individuals", "at least 133 people")
    );
    assert_eq!(pages.left.outlet.as_deref(), Some("Daily Example"));
}

#[test]
fn standard_input_that_starts_like_html_is_read_as_a_page() {
    let page = std::fs::read(fixture("news.html")).unwrap();
    let o = run_with(&["compare", "-", SEED_A, "--format", "json"], &page);
    let out: CompareOut = serde_json::from_slice(&o.stdout).expect("contract shape");
    assert_eq!(out.left.outlet.as_deref(), Some("The Coastal Ledger"));
    assert!(
        sentence_texts(&out.left)
            .iter()
            .all(|s| !s.contains("cookies"))
    );
}

#[test]
fn markdown_is_parsed_not_guessed() {
    let md = "# Bridge to reopen next week\n\n\
        The council said on *Monday* that the [bridge](https://example.org/bridge.html) \
        would reopen after repairs costing **2 million** pounds.\n\n\
        ![Engineers on the bridge deck.](photo.jpg)\n\n\
        - Engineers found cracks in two supports.\n\
        - Traffic will be limited to one lane.\n";
    let p = dir().join("bridge.md");
    std::fs::write(&p, md).unwrap();
    let p = p.to_str().unwrap();
    let text = stdout(&run(&["text", p]));
    assert!(!text.contains("example.org"), "{text}");
    assert!(!text.contains("photo.jpg") && !text.contains("Engineers on the bridge deck"));
    assert!(!text.contains('*') && !text.contains('#'));
    let list: Vec<SentenceOut> =
        serde_json::from_slice(&run(&["sentences", p, "--format", "json"]).stdout).unwrap();
    let texts: Vec<&str> = list.iter().map(|s| s.text.as_str()).collect();
    assert!(texts.contains(
        &"The council said on Monday that the bridge would reopen after repairs costing 2 million pounds."
    ), "{texts:#?}");
    assert!(texts.contains(&"Engineers found cracks in two supports."));
    for s in &list {
        assert_eq!(text.get(s.start..s.end), Some(s.text.as_str()));
    }
}

#[test]
fn hostile_pages_give_a_result_or_one_line() {
    let d = dir();
    let write = |name: &str, body: &[u8]| {
        let p = d.join(name);
        std::fs::write(&p, body).unwrap();
        p.to_str().unwrap().to_string()
    };
    // Nested past any real page.
    let deep = write("deep.html", "<div>".repeat(50_000).as_bytes());
    let line = one_line_error(&run(&["text", &deep]));
    assert!(line.contains("nest more than"), "{line}");
    // More elements than any article.
    let many = write("many.html", "<p>Word.</p>".repeat(250_000).as_bytes());
    let line = one_line_error(&run(&["text", &many]));
    assert!(line.contains("elements"), "{line}");
    // Past the size a fetched page may have.
    let mut big = b"<html><body><article><p>".to_vec();
    big.extend(b"Officials said the bridge would reopen soon. ".repeat(480_000));
    let big = write("big.html", &big);
    let line = one_line_error(&run(&["text", &big]));
    assert!(line.contains("larger than 20 MB"), "{line}");
    // No article at all.
    let empty = write(
        "front.html",
        b"<html><head><title>Front page</title></head><body><nav><a href=/a>A</a></nav></body></html>",
    );
    let line = one_line_error(&run(&["text", &empty]));
    assert!(line.contains("no article text"), "{line}");
    // One 10 MB line of article text is read.
    let mut long = b"<html><body><article><p>".to_vec();
    long.extend(b"Officials said the bridge would reopen soon, and ".repeat(200_000));
    long.extend(b"the council agreed.</p></article></body></html>");
    let long = write("long.html", &long);
    let out = stdout(&run(&["sentences", &long, "--format", "json"]));
    assert!(out.contains("the council agreed."));
    // A charset nobody knows: a warning, and the page read as UTF-8.
    let odd = write(
        "charset.html",
        "<html><head><meta charset=\"x-unknown-42\"></head><body><article><p>The café reopened on Monday after a fire damaged its kitchen in the spring, the owner said.</p><p>Staff who had been laid off were offered their jobs back, she added.</p></article></body></html>".as_bytes(),
    );
    let o = run(&["text", &odd]);
    assert!(stdout(&o).contains("The café reopened"));
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown charset 'x-unknown-42'"));
}

// ---- a local HTTP server -------------------------------------------------

/// The base URL of a server on 127.0.0.1 that lives as long as the tests.
fn server() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                std::thread::spawn(move || handle(stream));
            }
        });
        base
    })
}

fn respond(mut s: &TcpStream, status: &str, headers: &[(&str, &str)], body: &[u8]) {
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let _ = s.write_all(head.as_bytes());
    let _ = s.write_all(body);
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn handle(stream: TcpStream) {
    let mut request = Vec::new();
    let mut buf = [0u8; 1024];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match (&stream).read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    }
    let request = String::from_utf8_lossy(&request).to_string();
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
    let html = [("Content-Type", "text/html; charset=utf-8")];
    let news = std::fs::read(fixture("news.html")).unwrap();
    match path.as_str() {
        "/news" => respond(&stream, "200 OK", &html, &news),
        "/wire" => respond(
            &stream,
            "200 OK",
            &html,
            &std::fs::read(fixture("wire.html")).unwrap(),
        ),
        "/moved" => respond(
            &stream,
            "301 Moved Permanently",
            &[("Location", "/moved-again")],
            b"",
        ),
        "/moved-again" => respond(&stream, "302 Found", &[("Location", "/news")], b""),
        "/loop" => respond(&stream, "302 Found", &[("Location", "/loop")], b""),
        "/gzip" => {
            assert!(
                request
                    .to_ascii_lowercase()
                    .contains("accept-encoding: gzip")
            );
            respond(
                &stream,
                "200 OK",
                &[("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                &gzip(&news),
            )
        }
        "/latin1" => {
            let page = "<html><head><title>Caf\u{e9}</title></head><body><article>\
                <p>The caf\u{e9} on Rue Verte reopened on Monday after a fire damaged its kitchen in the spring, the owner said.</p>\
                <p>Staff who had been laid off were all offered their jobs back, she added.</p></article></body></html>";
            let bytes: Vec<u8> = page.chars().map(|c| c as u32 as u8).collect();
            respond(
                &stream,
                "200 OK",
                &[("Content-Type", "text/html; charset=ISO-8859-1")],
                &bytes,
            )
        }
        "/binary" => {
            let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
            png.extend([0u8; 4096]);
            respond(&stream, "200 OK", &html, &png)
        }
        "/huge" => {
            // Says 21 MB and sends them: over the cap.
            let size = 21 * 1024 * 1024;
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {size}\r\nConnection: close\r\n\r\n"
            );
            let mut s = &stream;
            let _ = s.write_all(head.as_bytes());
            let chunk = b"<p>filler</p>".repeat(5000);
            let mut sent = 0;
            while sent < size {
                let n = chunk.len().min(size - sent);
                if s.write_all(&chunk[..n]).is_err() {
                    return;
                }
                sent += n;
            }
        }
        "/stall" => std::thread::sleep(Duration::from_secs(20)),
        _ => respond(&stream, "404 Not Found", &html, b"<p>Not here.</p>"),
    }
}

#[test]
fn urls_compare_like_files() {
    let base = server();
    let news_url = format!("{base}/news");
    let wire_url = format!("{base}/wire");
    let by_url: CompareOut =
        serde_json::from_slice(&run(&["compare", &news_url, &wire_url, "--format", "json"]).stdout)
            .expect("contract shape");
    let by_file: CompareOut = serde_json::from_slice(
        &run(&[
            "compare",
            &fixture("news.html"),
            &fixture("wire.html"),
            "--format",
            "json",
        ])
        .stdout,
    )
    .unwrap();
    assert_eq!(sentence_texts(&by_url.left), sentence_texts(&by_file.left));
    assert_eq!(
        sentence_texts(&by_url.right),
        sentence_texts(&by_file.right)
    );
    assert_eq!(by_url.left.source, news_url);
    assert_eq!(by_url.left.outlet.as_deref(), Some("The Coastal Ledger"));
    // facts takes URLs too.
    let o = run(&[
        "facts",
        &news_url,
        &fixture("news.html"),
        "--format",
        "json",
    ]);
    stdout(&o);
}

#[test]
fn redirects_gzip_and_charsets() {
    let base = server();
    let news = stdout(&run(&["text", &fixture("news.html")]));
    assert_eq!(stdout(&run(&["text", &format!("{base}/moved")])), news);
    assert_eq!(stdout(&run(&["text", &format!("{base}/gzip")])), news);
    let latin = stdout(&run(&["text", &format!("{base}/latin1")]));
    assert!(latin.contains("The café on Rue Verte"), "{latin}");
}

#[test]
fn a_failed_page_is_one_line_naming_the_url() {
    let base = server();
    let cases = [
        ("/missing", "404", vec![]),
        ("/loop", "redirect", vec![]),
        ("/binary", "binary", vec![]),
        ("/huge", "larger than 20 MB", vec![]),
        ("/stall", "no answer within 1 s", vec!["--timeout", "1"]),
    ];
    for (path, why, extra) in cases {
        let url = format!("{base}{path}");
        let mut args = vec!["compare", url.as_str(), SEED_A];
        args.extend(extra);
        let line = one_line_error(&run(&args));
        assert!(line.contains(&url), "{line}");
        assert!(line.contains(why), "{path}: {line}");
    }
    // A port nobody listens on.
    let closed = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", closed.local_addr().unwrap());
    drop(closed);
    let line = one_line_error(&run(&["text", &url]));
    assert!(line.contains(&url), "{line}");
}

#[test]
fn the_column_titles_show_the_outlet_title_and_date() {
    use claimdiff::corpus::Corpus;
    use claimdiff::tui::app::App;
    use claimdiff::tui::theme::Theme;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    let mut docs = document::load(&fixture("news.html")).unwrap();
    docs.extend(document::load(&fixture("jsonld.html")).unwrap());
    let mut app = App::new(Corpus::new(docs), Theme::load(None, false).unwrap());
    app.size = (240, 20);
    app.request_current();
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| claimdiff::tui::ui::render(&app, f)).unwrap();
    let b = t.backend().buffer();
    let screen: String = (0..b.area.height)
        .flat_map(|y| (0..b.area.width).map(move |x| (x, y)))
        .map(|(x, y)| b[(x, y)].symbol().to_string())
        .collect();
    assert!(
        screen.contains("news · The Coastal Ledger: Ferry strikes breakwater at Port Halden"),
        "{screen}"
    );
    assert!(screen.contains("jsonld · Valley Courier: Reservoir reaches record low"));
    assert!(screen.contains("(2026-03-14T09:20:00Z)"));
}
