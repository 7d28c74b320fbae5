//! Dates as resumes write them: "Jan 2020", "January 2020", "01/2020", "2020", "Summer 2019",
//! and ranges ending in "Present" or one of its variants. Rules compare dates with a `today`
//! that is passed in, never read from the clock.

use jiff::civil::Date;
use regex::Regex;
use std::ops::Range;

/// How a date is written; a resume should use one style throughout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DateStyle {
    /// "Jan 2020", "Sept. 2020"
    MonthAbbreviated,
    /// "January 2020"
    MonthFull,
    /// "01/2020", "1/2020"
    MonthSlashYear,
    /// "2020-01"
    YearDashMonth,
    /// "2020"
    YearOnly,
    /// "Summer 2020"
    Season,
}

impl DateStyle {
    /// An example a person recognises, for messages.
    pub fn example(self) -> &'static str {
        match self {
            DateStyle::MonthAbbreviated => "Jan 2020",
            DateStyle::MonthFull => "January 2020",
            DateStyle::MonthSlashYear => "01/2020",
            DateStyle::YearDashMonth => "2020-01",
            DateStyle::YearOnly => "2020",
            DateStyle::Season => "Summer 2020",
        }
    }

    /// Whether a date of this style can be rewritten in `other` without inventing anything.
    pub fn convertible_to(self, other: DateStyle) -> bool {
        use DateStyle::*;
        let has_month = |s: DateStyle| {
            matches!(
                s,
                MonthAbbreviated | MonthFull | MonthSlashYear | YearDashMonth
            )
        };
        match (self, other) {
            (a, b) if a == b => true,
            (a, b) if has_month(a) && has_month(b) => true,
            _ => false,
        }
    }
}

/// A month and year (month is `None` for a year or a season alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartialDate {
    pub year: i16,
    pub month: Option<i8>,
    pub style: DateStyle,
}

impl PartialDate {
    /// The first day of the month (or of the year), for comparisons.
    pub fn first_day(&self) -> Option<Date> {
        Date::new(self.year, self.month.unwrap_or(1), 1).ok()
    }

    /// Write this date in another style, if that needs no guessing.
    pub fn format_as(&self, style: DateStyle) -> Option<String> {
        let month = self.month;
        Some(match style {
            DateStyle::MonthAbbreviated => {
                format!("{} {}", MONTHS_SHORT[(month? - 1) as usize], self.year)
            }
            DateStyle::MonthFull => format!("{} {}", MONTHS_FULL[(month? - 1) as usize], self.year),
            DateStyle::MonthSlashYear => format!("{:02}/{}", month?, self.year),
            DateStyle::YearDashMonth => format!("{}-{:02}", self.year, month?),
            DateStyle::YearOnly => format!("{}", self.year),
            DateStyle::Season => return None,
        })
    }
}

const MONTHS_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_FULL: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The end of a range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateEnd {
    Date(PartialDate),
    /// Ongoing; the word used ("Present", "Current", "Till date").
    Ongoing(String),
}

/// A date or date range found in a text, with byte spans into that text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub span: Range<usize>,
    pub start: PartialDate,
    pub start_span: Range<usize>,
    pub end: Option<(DateEnd, Range<usize>)>,
}

/// A compiled date finder. Build it once and reuse it: compiling the patterns is the slow part.
pub struct DateFinder {
    range: Regex,
    single: Regex,
}

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

impl Default for DateFinder {
    fn default() -> Self {
        Self::new()
    }
}

impl DateFinder {
    pub fn new() -> Self {
        let date = format!(
            r"(?:{MONTH},?\s+(?:19|20)\d\d|(?:0?[1-9]|1[0-2])/(?:19|20)\d\d|(?:19|20)\d\d-(?:0[1-9]|1[0-2])\b|(?:spring|summer|fall|autumn|winter)\s+(?:19|20)\d\d|(?:19|20)\d\d)"
        );
        let ongoing = r"(?:present|current(?:ly)?|now|today|till\s+date|to\s+date|ongoing)";
        let range = format!(
            r"(?i)\b(?P<start>{date})\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\btill\b)\s*(?:(?P<end>{date})|(?P<ongoing>{ongoing}))\b"
        );
        let single = format!(r"(?i)\b(?P<start>{date})\b");
        DateFinder {
            range: Regex::new(&range).expect("the date range pattern is valid"),
            single: Regex::new(&single).expect("the date pattern is valid"),
        }
    }

    /// Every date or range in `text`, in order. Ranges win over the single dates inside them.
    pub fn find(&self, text: &str) -> Vec<DateMention> {
        let mut found: Vec<DateMention> = Vec::new();
        for caps in self.range.captures_iter(text) {
            let whole = caps.get(0).expect("match");
            if part_of_number(text, whole.start()) {
                continue;
            }
            let s = caps.name("start").expect("start");
            let Some(start) = parse_date(s.as_str()) else {
                continue;
            };
            let end = if let Some(e) = caps.name("end") {
                parse_date(e.as_str()).map(|d| (DateEnd::Date(d), e.range()))
            } else {
                caps.name("ongoing")
                    .map(|o| (DateEnd::Ongoing(o.as_str().to_string()), o.range()))
            };
            found.push(DateMention {
                span: whole.range(),
                start,
                start_span: s.range(),
                end,
            });
        }
        // The ranges, for the single dates inside them. Single dates do not overlap each
        // other, so only the ranges can hold one; testing each against every date found
        // so far was quadratic in a paragraph full of dates.
        let ranges = crate::text::Cover::new(found.iter().map(|f| f.span.clone()));
        for caps in self.single.captures_iter(text) {
            let m = caps.get(0).expect("match");
            if part_of_number(text, m.start()) || ranges.covers(&m.range()) {
                continue;
            }
            if let Some(start) = parse_date(m.as_str()) {
                found.push(DateMention {
                    span: m.range(),
                    start,
                    start_span: m.range(),
                    end: None,
                });
            }
        }
        found.sort_by_key(|f| f.span.start);
        found
    }
}

/// "555-2020" or "1,2020" is part of a number, not a year.
fn part_of_number(text: &str, start: usize) -> bool {
    let before = &text[..start];
    let mut chars = before.chars().rev();
    match chars.next() {
        Some(c) if c.is_ascii_digit() || c == '$' || c == '#' => true,
        Some('-' | ',' | '.' | '/' | ':') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

fn parse_date(s: &str) -> Option<PartialDate> {
    let s = s.trim();
    let lower = s.to_ascii_lowercase();
    let year_of = |t: &str| t.trim().parse::<i16>().ok();
    if let Some((m, y)) = lower.split_once('/') {
        let month: i8 = m.parse().ok()?;
        return Some(PartialDate {
            year: year_of(y)?,
            month: Some(month),
            style: DateStyle::MonthSlashYear,
        });
    }
    if lower.len() == 7 && lower.as_bytes()[4] == b'-' {
        let (y, m) = lower.split_at(4);
        return Some(PartialDate {
            year: year_of(y)?,
            month: Some(m[1..].parse().ok()?),
            style: DateStyle::YearDashMonth,
        });
    }
    if lower.len() == 4 {
        return Some(PartialDate {
            year: year_of(&lower)?,
            month: None,
            style: DateStyle::YearOnly,
        });
    }
    let (word, year) = lower.rsplit_once(char::is_whitespace)?;
    let year = year_of(year)?;
    let word = word.trim_end_matches([',', '.']).trim();
    if ["spring", "summer", "fall", "autumn", "winter"].contains(&word) {
        return Some(PartialDate {
            year,
            month: None,
            style: DateStyle::Season,
        });
    }
    let month = MONTHS_SHORT
        .iter()
        .position(|m| word.starts_with(&m.to_ascii_lowercase()))? as i8
        + 1;
    let full = MONTHS_FULL[(month - 1) as usize].to_ascii_lowercase();
    // "May" is the same short or long; `style_is_ambiguous` lets rules skip it.
    let style = if word == full {
        DateStyle::MonthFull
    } else {
        DateStyle::MonthAbbreviated
    };
    Some(PartialDate {
        year,
        month: Some(month),
        style,
    })
}

/// Whether a month name is the same written short or in full ("May"), which says nothing
/// about the writer's style.
pub fn style_is_ambiguous(text: &str) -> bool {
    let lower = text.trim().to_ascii_lowercase();
    lower.starts_with("may ") || lower.starts_with("may,")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_ranges_in_every_style() {
        let f = DateFinder::new();
        let text = "Cashier, Target — Jan 2019 – Present";
        let found = f.find(text);
        assert_eq!(found.len(), 1, "one range, not two dates: {found:?}");
        assert_eq!(found[0].start.style, DateStyle::MonthAbbreviated);
        assert_eq!(found[0].start.month, Some(1));
        assert!(matches!(&found[0].end, Some((DateEnd::Ongoing(w), _)) if w == "Present"));
        assert_eq!(&text[found[0].span.clone()], "Jan 2019 – Present");

        let found = f.find("03/2018 to 11/2020, then 2021-2022 and Summer 2023");
        let styles: Vec<_> = found.iter().map(|d| d.start.style).collect();
        assert_eq!(
            styles,
            vec![
                DateStyle::MonthSlashYear,
                DateStyle::YearOnly,
                DateStyle::Season
            ]
        );
    }

    #[test]
    fn phone_numbers_and_amounts_are_not_years() {
        let f = DateFinder::new();
        assert!(
            f.find("(555) 201-2020").is_empty(),
            "the end of a phone number is not a year"
        );
        assert!(f.find("raised $2019 for the food bank").is_empty());
    }

    #[test]
    fn rewrites_dates_without_guessing() {
        let d = parse_date("Sept. 2020").unwrap();
        assert_eq!(d.month, Some(9));
        assert_eq!(
            d.format_as(DateStyle::MonthFull).as_deref(),
            Some("September 2020")
        );
        assert_eq!(
            d.format_as(DateStyle::MonthSlashYear).as_deref(),
            Some("09/2020")
        );
        let y = parse_date("2020").unwrap();
        assert_eq!(
            y.format_as(DateStyle::MonthAbbreviated),
            None,
            "a year alone has no month to invent"
        );
    }
}
