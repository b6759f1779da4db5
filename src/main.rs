//! claimdiff: parse arguments, run, map the outcome to an exit code.

// Many small strings are made and dropped on both cores; mimalloc handles
// that faster than the system allocator (about a fifth on a 4 MB pair).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod cli;
mod progress;

use std::process::ExitCode;

use clap::Parser;
use clap::error::ErrorKind;

use cli::{Args, Command, UserError};

/// Exit codes, in one place.
const SUCCESS: u8 = 0;
const USAGE_OR_INPUT: u8 = 2;

fn main() -> ExitCode {
    no_idle_memory();
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            // Help and version go to standard output; a closed pipe is fine.
            let _ = e.print();
            return ExitCode::from(SUCCESS);
        }
        Err(e) if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return ExitCode::from(USAGE_OR_INPUT);
        }
        Err(e) => return fail(&usage_error(&e)),
    };
    cli::set_max_input(args.max_input_size);
    cli::set_timeout(args.timeout);
    let result = match args.command {
        Some(Command::Compare {
            left,
            right,
            format,
        }) => cli::compare(&left, &right, format).map(|()| SUCCESS),
        Some(Command::Sentences { file, format }) => {
            cli::sentences(&file, format).map(|()| SUCCESS)
        }
        Some(Command::Text { file }) => cli::text(&file).map(|()| SUCCESS),
        Some(Command::Facts { files, format }) => cli::facts(&files, format).map(|()| SUCCESS),
        None => open_interface(&args.files, args.theme.as_deref()),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => fail(&e),
    }
}

/// Keep resident only what the program holds. mimalloc asks the system
/// for transparent huge pages on its large regions, and they fill 2 MiB at
/// a time: the many small allocations of the claims then kept a fifth more
/// memory resident (16 MB against a seed: 241 MB with them, 195 MB
/// without), and ran no faster. And mimalloc gives freed pages back to the
/// system at once rather than after a delay, as an analysis frees much of
/// what it builds on the way (4 to 10 MB at 16 MB, no slower).
fn no_idle_memory() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl(2) with PR_SET_THP_DISABLE reads its arguments as
    // unsigned longs and changes no memory of ours; on a kernel without it
    // it fails, harmlessly, and the result is not needed.
    unsafe {
        let (on, unused): (libc::c_ulong, libc::c_ulong) = (1, 0);
        libc::prctl(libc::PR_SET_THP_DISABLE, on, unused, unused, unused);
    }
    // SAFETY: the declaration below matches mimalloc.h's `void
    // mi_option_set(mi_option_t option, long value)` (an enum is an int),
    // the function is linked in with the allocator above, and the option
    // number is that of the version Cargo.toml pins.
    unsafe {
        mi_option_set(MI_OPTION_PURGE_DELAY, 0);
    }
}

/// `mi_option_purge_delay` in mimalloc.h: 15 in both the v2 and v3 headers
/// of libmimalloc-sys 0.1.49, which Cargo.toml pins exactly (its Rust
/// constants leave this option out). Check the enum again before moving
/// the pin.
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

unsafe extern "C" {
    /// Set an option of mimalloc (mimalloc.h).
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

fn open_interface(files: &[String], theme: Option<&str>) -> Result<u8, UserError> {
    // NO_COLOR (https://no-color.org): any non-empty value turns colour off.
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme = claimdiff::tui::theme::Theme::load(theme, no_color)
        .map_err(|e| UserError::new(e, "use --theme default, --theme colorblind, or a theme file like assets/theme-colorblind.txt"))?;

    if !cli::interactive() {
        return Err(UserError::new(
            "the interface needs a terminal on standard input and output",
            "run it in a terminal, or use claimdiff compare A B --format text",
        ));
    }
    if let Some(e) = cli::incapable_terminal() {
        return Err(e);
    }
    let docs = if files.is_empty() {
        claimdiff::document::Document::seeds()
    } else {
        cli::load_all(files)?
    };
    if docs.len() < 2 {
        return Err(claimdiff::error::Error::TooFewSources {
            need: 2,
            got: docs.len(),
        }
        .into());
    }
    match claimdiff::tui::run(docs, theme) {
        // 0, 128 + a signal's number, or 1 for a terminal that went away
        // (with nothing printed to it): see tui::lifecycle.
        Ok(ended) => Ok(ended.exit_code()),
        Err(e) => Err(UserError::new(
            format!("the terminal failed: {e}"),
            "try another terminal, or claimdiff compare A B",
        )),
    }
}

/// clap's error, on one line with a hint.
fn usage_error(e: &clap::Error) -> UserError {
    // clap spreads an error over several lines; keep what comes before the
    // usage and tips, on one line.
    let rendered = e.render().to_string();
    let first = rendered
        .lines()
        .take_while(|l| {
            !l.starts_with("Usage:")
                && !l.trim_start().starts_with("tip:")
                && !l.starts_with("For more information")
        })
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let first = first.trim_start_matches("error: ").to_string();
    let valid: Vec<String> = e
        .get(clap::error::ContextKind::ValidValue)
        .map(|v| match v {
            clap::error::ContextValue::Strings(s) => s.clone(),
            other => vec![other.to_string()],
        })
        .unwrap_or_default();
    let hint = if valid.is_empty() {
        "see claimdiff --help".to_string()
    } else {
        format!("use one of: {}", valid.join(", "))
    };
    UserError::new(first, hint)
}

fn fail(e: &UserError) -> ExitCode {
    cli::diagnose(&format!("{} ({})", e.message, e.hint));
    ExitCode::from(USAGE_OR_INPUT)
}
