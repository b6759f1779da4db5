//! Markdown read through a real parser (`pulldown-cmark`): headings,
//! paragraphs, list items and quotes become blocks of plain text; emphasis and
//! code keep their words; link targets, images and raw HTML are never text.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// The article's text, one block per paragraph, heading or list item, and
/// its first top-level heading as a title.
pub fn extract(markdown: &str) -> (String, Option<String>) {
    let mut out = String::with_capacity(markdown.len());
    let mut block = String::new();
    let mut title: Option<String> = None;
    let mut in_h1 = false;
    // Inside an image: its alt text is not part of the article.
    let mut image_depth = 0usize;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Image { .. }) => image_depth += 1,
            Event::End(TagEnd::Image) => image_depth = image_depth.saturating_sub(1),
            _ if image_depth > 0 => {}
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut out, &mut block);
                in_h1 = level == pulldown_cmark::HeadingLevel::H1 && title.is_none();
            }
            Event::End(TagEnd::Heading(_)) => {
                if in_h1 {
                    let t = collapse(&block);
                    title = (!t.is_empty()).then_some(t);
                    in_h1 = false;
                }
                flush(&mut out, &mut block);
            }
            Event::Start(
                Tag::Paragraph | Tag::Item | Tag::BlockQuote(_) | Tag::CodeBlock(_) | Tag::TableRow,
            )
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::TableRow
                | TagEnd::TableHead,
            )
            | Event::Rule => flush(&mut out, &mut block),
            Event::Text(t) | Event::Code(t) => block.push_str(&t),
            Event::SoftBreak | Event::HardBreak => block.push(' '),
            Event::End(TagEnd::TableCell) => block.push(' '),
            // Raw HTML, footnote markers, math and the rest are not prose.
            _ => {}
        }
    }
    flush(&mut out, &mut block);
    (out, title)
}

fn flush(out: &mut String, block: &mut String) {
    let b = collapse(block);
    block.clear();
    if b.is_empty() {
        return;
    }
    if !out.is_empty() {
        out.push_str("\n\n");
    }
    out.push_str(&b);
}

fn collapse(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_goes_words_stay() {
        let md = "# Storm hits coast\n\nThe storm *killed* **12 people**, said [the agency](https://example.org/a.b).\n\n![A flooded street.](img.png)\n\n- Roads closed.\n- Schools shut.\n\nUse `curl` to\nfetch it.\n\n<div class=ad>Buy now.</div>\n";
        let (text, title) = extract(md);
        assert_eq!(title.as_deref(), Some("Storm hits coast"));
        assert_eq!(
            text,
            "Storm hits coast\n\nThe storm killed 12 people, said the agency.\n\nRoads closed.\n\nSchools shut.\n\nUse curl to fetch it."
        );
    }
}
