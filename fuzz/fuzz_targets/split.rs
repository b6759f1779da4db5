//! The splitter on any bytes: spans in order, on character boundaries,
//! inside the text; furniture and metadata found without a panic.
#![no_main]

use claimdiff::document::Document;
use claimdiff::sentence;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let doc = Document::from_bytes("fuzz", data.to_vec());
    let mut last = 0;
    for s in sentence::sentences(&doc) {
        assert!(s.span.start >= last && s.span.start < s.span.end && s.span.end <= doc.text.len());
        assert!(doc.text.is_char_boundary(s.span.start) && doc.text.is_char_boundary(s.span.end));
        assert!(doc.byte_offset(s.span.end) <= data.len());
        last = s.span.end;
    }
});
