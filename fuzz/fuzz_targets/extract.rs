//! Claim extraction on any text: no panic, every claim's span inside it.
#![no_main]

use claimdiff::claim::{self, Aliases};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut aliases = Aliases::default();
    aliases.learn(text);
    let c = claim::extract(text, 7, &aliases);
    for x in c.list() {
        let s = x.span();
        assert!(s.start >= 7 && s.end <= text.len() + 7 && s.start <= s.end);
        assert!(text.is_char_boundary(s.start - 7) && text.is_char_boundary(s.end - 7));
    }
});
