//! Fetching an article over HTTP(S): the one place the engine talks to the
//! network. No cookies are kept and nothing is written to disk; the body is
//! capped, the whole exchange is bounded in time, and a failure is one
//! sentence that names the URL.

use std::time::Duration;

use crate::error::Error;

/// The most a page may weigh once decompressed.
pub const MAX_BODY: u64 = 20 * 1024 * 1024;
/// Redirects followed before giving up (a loop ends here too).
pub const MAX_REDIRECTS: u32 = 5;
/// The default bound on one fetch: connecting, redirects and the body.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// A page as served: its bytes and what the server said they are.
#[derive(Debug, Clone)]
pub struct Page {
    /// The URL asked for.
    pub url: String,
    pub bytes: Vec<u8>,
    /// The `Content-Type` header, if any (`text/html; charset=iso-8859-1`).
    pub content_type: Option<String>,
}

/// Is this argument a URL rather than a path?
pub fn is_url(arg: &str) -> bool {
    let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// GET `url`, following up to [`MAX_REDIRECTS`] redirects, within `timeout`
/// in all (connect, headers and body), the body capped at [`MAX_BODY`].
pub fn get(url: &str, timeout: Duration) -> Result<Page, Error> {
    let fail = |why: String| Error::Fetch {
        url: url.to_string(),
        why,
    };
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .timeout_connect(Some(timeout.min(Duration::from_secs(10))))
        .max_redirects(MAX_REDIRECTS)
        .max_redirects_will_error(true)
        .http_status_as_error(false)
        .user_agent(concat!("claimdiff/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut response = agent
        .get(url)
        .call()
        .map_err(|e| fail(describe(&e, timeout)))?;
    let status = response.status();
    if !status.is_success() {
        return Err(fail(
            format!(
                "the server answered {} {}",
                status.as_u16(),
                status.canonical_reason().unwrap_or("")
            )
            .trim_end()
            .to_string(),
        ));
    }
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let bytes = response
        .body_mut()
        .with_config()
        .limit(MAX_BODY)
        .read_to_vec()
        .map_err(|e| fail(describe(&e, timeout)))?;
    Ok(Page {
        url: url.to_string(),
        bytes,
        content_type,
    })
}

/// ureq's error in the words of someone who asked for a page.
fn describe(e: &ureq::Error, timeout: Duration) -> String {
    match e {
        ureq::Error::Timeout(_) => format!("no answer within {} s", timeout.as_secs_f64()),
        ureq::Error::TooManyRedirects => {
            format!("more than {MAX_REDIRECTS} redirects (a redirect loop?)")
        }
        ureq::Error::BodyExceedsLimit(_) => {
            format!("the page is larger than {} MB", MAX_BODY / (1024 * 1024))
        }
        ureq::Error::HostNotFound => "host not found".into(),
        ureq::Error::ConnectionFailed => "connection failed".into(),
        ureq::Error::BadUri(_) => "not a valid URL".into(),
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => {
            "connection refused".into()
        }
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
            format!("no answer within {} s", timeout.as_secs_f64())
        }
        other => {
            // One line, whatever the library says.
            let s = other.to_string();
            s.lines().next().unwrap_or("failed").to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_paths() {
        assert!(is_url("https://example.org/a"));
        assert!(is_url("HTTP://example.org"));
        assert!(!is_url("http.txt"));
        assert!(!is_url("news/https.html"));
        assert!(!is_url("-"));
    }
}
