//! A page of HTML that looks like the exported DOCX, for choosing a template in the app
//! before saving. It is made from the same `Look` and the same letter layout as the DOCX,
//! so the two cannot drift apart. Every piece of the person's text is escaped; the page
//! holds no script and no external resource.

use super::template::{Look, Template};
use super::{escape, letter_roles};
use crate::canonical::{self, BlockKind};
use crate::document::DocumentKind;

/// The preview of `text` in `template`. Styles are scoped to `.jc-page` so the page can be
/// placed inside the app's own markup.
pub fn preview_html(text: &str, kind: DocumentKind, template: Template) -> String {
    let look = template.look();
    let (blocks, _) = canonical::parse(text);
    let roles = match kind {
        DocumentKind::CoverLetter => letter_roles(&blocks),
        DocumentKind::Resume => vec![None; blocks.len()],
    };
    let mut html = format!("<style>{}</style><div class=\"jc-page\">", css(&look));
    // Open lists: (ordered, depth).
    let mut open: Vec<(bool, u8)> = Vec::new();
    for (n, (block, role)) in blocks.iter().zip(roles).enumerate() {
        let target = match block.kind {
            BlockKind::ListItem { ordered, depth } => Some((ordered, depth)),
            _ => None,
        };
        // Close lists deeper than this item, or of another kind at its depth.
        while let Some(&(o, d)) = open.last() {
            let keep = matches!(target, Some((to, td)) if d < td || (d == td && o == to));
            if keep {
                break;
            }
            html.push_str(if o { "</li></ol>" } else { "</li></ul>" });
            open.pop();
        }
        let inner = inline(block);
        match block.kind {
            BlockKind::Heading(level) => {
                let class = if n == 0 { " class=\"name\"" } else { "" };
                // h2 is a section heading, h3 and h4 the levels below it.
                let level = if Look::is_section(level) {
                    2
                } else {
                    level.min(4)
                };
                html.push_str(&format!("<h{level}{class}>{inner}</h{level}>"));
            }
            BlockKind::Paragraph => {
                let class = role.map(|r| format!(" class=\"{r}\"")).unwrap_or_default();
                html.push_str(&format!("<p{class}>{inner}</p>"));
            }
            BlockKind::ListItem { ordered, depth } => {
                match open.last() {
                    Some(&(o, d)) if d == depth && o == ordered => html.push_str("</li>"),
                    _ => {
                        html.push_str(if ordered { "<ol>" } else { "<ul>" });
                        open.push((ordered, depth));
                    }
                }
                html.push_str(&format!("<li>{inner}"));
            }
        }
    }
    while let Some((o, _)) = open.pop() {
        html.push_str(if o { "</li></ol>" } else { "</li></ul>" });
    }
    html.push_str("</div>");
    html
}

/// A block's text as HTML. A line with one tab ("Shift Lead, Target<TAB>2019 – Present")
/// puts what follows the tab flush right, as the DOCX's right tab stop does.
fn inline(block: &canonical::Block) -> String {
    // The text split at tabs, each piece keeping its run's formatting.
    let mut pieces = vec![String::new()];
    for run in &block.runs {
        for (n, part) in run.text.split('\t').enumerate() {
            if n > 0 {
                pieces.push(String::new());
            }
            if part.is_empty() {
                continue;
            }
            let mut text = escape(part).replace('\n', "<br>");
            if run.italic {
                text = format!("<em>{text}</em>");
            }
            if run.bold {
                text = format!("<strong>{text}</strong>");
            }
            if run.link.is_some() {
                // Not clickable: a preview must not navigate the app away.
                text = format!("<span class=\"link\">{text}</span>");
            }
            pieces
                .last_mut()
                .expect("one piece at least")
                .push_str(&text);
        }
    }
    match pieces.as_slice() {
        [one] => one.clone(),
        [left, right] if !block.runs.iter().any(|r| r.text.contains('\n')) => {
            format!("<span class=\"tabbed\"><span>{left}</span><span>{right}</span></span>")
        }
        _ => pieces.join("<span class=\"tab\"></span>"),
    }
}

/// Word's units as CSS: half-points to points, twips (1/20 pt) to points.
fn css(look: &Look) -> String {
    let family = match look.font {
        "Cambria" => "Cambria, Caladea, Georgia, serif",
        "Calibri" => "Calibri, Carlito, 'Segoe UI', sans-serif",
        _ => "Arial, 'Liberation Sans', Helvetica, sans-serif",
    };
    let pt = |half: usize| half as f32 / 2.0;
    let tw = |twips: f32| twips / 20.0;
    let color = look
        .heading_color
        .map_or("#000".to_string(), |c| format!("#{c}"));
    let rule = if look.heading_rule {
        "border-bottom:0.5pt solid #808080;padding-bottom:1pt;"
    } else {
        ""
    };
    let caps = if look.heading_caps {
        "text-transform:uppercase;"
    } else {
        ""
    };
    let name_align = if look.name_centered { "center" } else { "left" };
    let width_pt = 612.0 - 2.0 * tw(look.margin_twips as f32);
    format!(
        concat!(
            ".jc-page{{box-sizing:content-box;width:{width}pt;padding:{margin}pt;background:#fff;color:#000;",
            "font-family:{family};font-size:{body}pt;line-height:{line};text-align:left}}",
            ".jc-page p{{margin:0 0 {after}pt}}",
            ".jc-page h2,.jc-page h3,.jc-page h4{{color:{color};font-weight:bold;break-after:avoid}}",
            ".jc-page h2{{font-size:{h1}pt;margin:{hbefore}pt 0 {hafter}pt;{rule}{caps}}}",
            ".jc-page h3{{font-size:{h2}pt;margin:{hbefore2}pt 0 {hafter2}pt}}",
            ".jc-page h4{{font-size:{h3}pt;margin:{hbefore2}pt 0 {hafter2}pt}}",
            ".jc-page .name{{font-size:{name}pt;margin:0 0 3pt;text-align:{name_align};border:0;text-transform:none}}",
            ".jc-page ul,.jc-page ol{{margin:0;padding-left:18pt}}",
            ".jc-page ul{{list-style:disc}}.jc-page ul ul{{list-style:circle}}.jc-page ul ul ul{{list-style:square}}",
            ".jc-page ol ol{{list-style:lower-alpha}}",
            ".jc-page li{{margin:0 0 {item}pt}}",
            ".jc-page .tab{{display:inline-block;width:2em}}",
            ".jc-page .tabbed{{display:flex;justify-content:space-between;gap:1em}}",
            ".jc-page .link{{color:{link}}}",
            ".jc-page .LetterSender{{margin-bottom:{sender}pt}}",
            ".jc-page .LetterAddress{{margin-bottom:{gap}pt}}",
            ".jc-page .LetterClosing{{margin-top:6pt}}"
        ),
        width = width_pt,
        margin = tw(look.margin_twips as f32),
        family = family,
        body = pt(look.body_half_points),
        line = look.line_240ths as f32 / 240.0 * 1.15,
        after = tw(look.paragraph_after_twips as f32),
        color = color,
        h1 = pt(look.heading_size(2)),
        h2 = pt(look.heading_size(3)),
        h3 = pt(look.heading_size(4)),
        hbefore = tw(look.heading_before_twips as f32),
        hafter = tw(look.heading_after_twips as f32),
        hbefore2 = tw(look.heading_before_twips as f32 / 2.0),
        hafter2 = tw(look.heading_after_twips as f32 / 2.0),
        rule = rule,
        caps = caps,
        name = pt(look.name_half_points),
        name_align = name_align,
        item = tw(look.item_after_twips as f32),
        link = look
            .heading_color
            .map_or("#1F3864".to_string(), |c| format!("#{c}")),
        sender = tw((look.paragraph_after_twips.max(160) + 200) as f32),
        gap = tw((look.paragraph_after_twips.max(160) + 80) as f32),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preview_escapes_text_and_nests_lists() {
        let text = "# Ana <b>Ruiz</b>\n\n## Skills\n\n- Forklift & pallet jack\n  - Class II\n- Cash\n\n1. One\n\n**Cashier**, Aldi\tMay 2024 – Present\n";
        let html = preview_html(text, DocumentKind::Resume, Template::Classic);
        assert!(html.contains("<h2 class=\"name\">Ana &lt;b&gt;Ruiz&lt;/b&gt;</h2>"));
        assert!(html.contains(
            "<ul><li>Forklift &amp; pallet jack<ul><li>Class II</li></ul></li><li>Cash</li></ul><ol><li>One</li></ol>"
        ));
        assert!(!html.contains("<script"));
        assert!(
            html.contains("<p><span class=\"tabbed\"><span><strong>Cashier</strong>, Aldi</span><span>May 2024 – Present</span></span></p>"),
            "dates after a tab sit flush right: {html}"
        );
        assert!(html.contains("Cambria"));
        assert!(preview_html(text, DocumentKind::Resume, Template::Compact).contains("Arial"));
    }

    #[test]
    fn a_letter_preview_marks_its_parts() {
        let text = "Aisha Khan\\\naisha@example.com\n\nNovember 23, 2026\n\nDear Ms. Lee,\n\nI am writing to apply.\n\nSincerely,\\\nAisha Khan\n";
        let html = preview_html(text, DocumentKind::CoverLetter, Template::Modern);
        for part in [
            "<p class=\"LetterSender\">Aisha Khan<br>",
            "<p class=\"LetterAddress\">November 23, 2026</p>",
            "<p class=\"LetterSalutation\">Dear Ms. Lee,</p>",
            "<p class=\"LetterBody\">I am writing to apply.</p>",
            "<p class=\"LetterClosing\">Sincerely,<br>Aisha Khan</p>",
        ] {
            assert!(html.contains(part), "{part} in {html}");
        }
    }
}
