//! The export templates. Each is one `Look`: fonts, sizes, spacing and margins. The DOCX
//! styles and the in-app preview are both made from it, so what the specialist previews is
//! what the employer opens. All three are one column, with real heading and list styles and
//! fonts every computer has (or a metric twin of them), because applicant tracking systems
//! read those best.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Template {
    /// A serif face, centred name, headings in capitals over a thin rule.
    Classic,
    /// Calibri with dark-blue headings: the look of this app's first version.
    #[default]
    Modern,
    /// Arial at 10 pt with tight spacing, for a long history that should fit two pages.
    Compact,
}

impl Template {
    pub const ALL: [Template; 3] = [Template::Classic, Template::Modern, Template::Compact];

    /// The stable name used in the CLI, in IPC and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Template::Classic => "classic",
            Template::Modern => "modern",
            Template::Compact => "compact",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Template::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(s.trim()))
    }

    /// What a specialist reads when choosing.
    pub fn label(self) -> &'static str {
        match self {
            Template::Classic => "Classic",
            Template::Modern => "Modern",
            Template::Compact => "Compact",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Template::Classic => {
                "Cambria, centred name, headings in capitals over a thin line. Traditional and calm: offices, banks, healthcare."
            }
            Template::Modern => {
                "Calibri with dark-blue headings and generous spacing. Clean and current: most jobs."
            }
            Template::Compact => {
                "Arial at 10 pt with tight spacing and narrow margins, for a long work history that should fit on two pages."
            }
        }
    }

    pub fn look(self) -> Look {
        match self {
            Template::Classic => Look {
                font: "Cambria",
                body_half_points: 22,
                name_half_points: 40,
                heading_half_points: [24, 22, 22],
                heading_color: None,
                name_centered: true,
                heading_caps: true,
                heading_rule: true,
                margin_twips: 1440,
                line_240ths: 252,
                paragraph_after_twips: 100,
                item_after_twips: 40,
                heading_before_twips: 240,
                heading_after_twips: 100,
            },
            Template::Modern => Look {
                font: "Calibri",
                body_half_points: 22,
                name_half_points: 36,
                heading_half_points: [26, 23, 22],
                heading_color: Some("1F3864"),
                name_centered: false,
                heading_caps: false,
                heading_rule: false,
                margin_twips: 1080,
                line_240ths: 264,
                paragraph_after_twips: 100,
                item_after_twips: 40,
                heading_before_twips: 240,
                heading_after_twips: 80,
            },
            Template::Compact => Look {
                font: "Arial",
                body_half_points: 20,
                name_half_points: 30,
                heading_half_points: [22, 20, 20],
                heading_color: None,
                name_centered: false,
                heading_caps: true,
                heading_rule: true,
                margin_twips: 864,
                line_240ths: 240,
                paragraph_after_twips: 60,
                item_after_twips: 20,
                heading_before_twips: 160,
                heading_after_twips: 60,
            },
        }
    }
}

impl fmt::Display for Template {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A template's typography and spacing, in Word's own units so nothing is rounded twice.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Look {
    /// One family for everything: mixing faces is what makes a resume look pasted together.
    pub font: &'static str,
    pub body_half_points: usize,
    /// The person's name at the top.
    pub name_half_points: usize,
    /// Section headings (levels 1 and 2: "## Experience" under the name), level 3, and
    /// deeper.
    pub heading_half_points: [usize; 3],
    /// Hex RGB; `None` is black.
    pub heading_color: Option<&'static str>,
    pub name_centered: bool,
    pub heading_caps: bool,
    /// A thin line under section headings.
    pub heading_rule: bool,
    /// All four page margins.
    pub margin_twips: i32,
    /// Line height in 240ths of a line (240 is single).
    pub line_240ths: i32,
    pub paragraph_after_twips: u32,
    pub item_after_twips: u32,
    pub heading_before_twips: u32,
    pub heading_after_twips: u32,
}

impl Look {
    /// The width between the margins of a US Letter page, where a right tab stop puts dates
    /// flush with the right margin.
    pub fn text_width_twips(&self) -> usize {
        (12240 - 2 * self.margin_twips).max(1440) as usize
    }

    pub fn heading_size(&self, level: u8) -> usize {
        self.heading_half_points[(level.max(2) as usize - 2).min(2)]
    }

    /// Levels 1 and 2 are section headings: the name is the title above them, so the
    /// canonical text's "## Experience" is a section whichever level a writer chose.
    pub fn is_section(level: u8) -> bool {
        level <= 2
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_back_and_the_templates_differ() {
        for t in Template::ALL {
            assert_eq!(Template::parse(t.as_str()), Some(t));
            assert_eq!(Template::parse(&t.label().to_uppercase()), Some(t));
        }
        assert_eq!(Template::parse("fancy"), None);
        let looks: Vec<Look> = Template::ALL.iter().map(|t| t.look()).collect();
        for (i, a) in looks.iter().enumerate() {
            for b in &looks[i + 1..] {
                assert_ne!(a.font, b.font, "each template has its own face");
                assert_ne!(
                    (a.margin_twips, a.body_half_points, a.line_240ths),
                    (b.margin_twips, b.body_half_points, b.line_240ths),
                    "and its own spacing"
                );
            }
        }
    }
}
