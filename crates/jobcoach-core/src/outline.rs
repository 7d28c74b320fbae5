//! The outline: what each part of a document is. It reads the canonical text (never the
//! source file) and finds the contact block, the sections by their heading synonyms, the
//! roles with title, employer, dates and bullets, and for letters the salutation, body and
//! closing. Every piece keeps byte spans into the canonical text so findings point in place.
//! It judges nothing: that is the checklist's job.

use crate::canonical::BlockKind;
use crate::dates::{DateFinder, DateMention};
use crate::document::DocumentKind;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// One block of the canonical text with its plain text and a map back to the source.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBlock {
    pub kind: BlockKind,
    /// Byte range of the block's text in the canonical text (without the list marker).
    pub span: Range<usize>,
    /// The text without markup; hard and soft breaks are `'\n'`.
    pub plain: String,
    /// (offset in `plain`, offset in the canonical text, bytes in plain, bytes in source,
    /// whether a backslash escape sits just before it in the source)
    segments: Vec<(usize, usize, usize, usize, bool)>,
}

impl TextBlock {
    /// The canonical-text offset of an offset in `plain`.
    pub fn source_offset(&self, plain_offset: usize) -> usize {
        let i = self
            .segments
            .partition_point(|s| s.0 <= plain_offset)
            .saturating_sub(1);
        match self.segments.get(i) {
            None => self.span.start,
            Some(&(p, src, plen, slen, escaped)) => {
                let within = plain_offset - p;
                if within == 0 && escaped {
                    // A span that starts at "\[" includes the backslash.
                    src - 1
                } else if within >= plen {
                    src + slen
                } else if plen == slen {
                    src + within
                } else {
                    src
                }
            }
        }
    }

    /// The canonical-text range of a range in `plain`.
    pub fn source_range(&self, plain: Range<usize>) -> Range<usize> {
        let start = self.source_offset(plain.start);
        let end = self.source_offset(plain.end).max(start);
        start..end
    }

    /// The plain text's lines with their offsets in `plain`.
    pub fn lines(&self) -> impl Iterator<Item = (usize, &str)> {
        let mut offset = 0;
        self.plain.split('\n').map(move |line| {
            let at = offset;
            offset += line.len() + 1;
            (at, line)
        })
    }

    pub fn is_list_item(&self) -> bool {
        matches!(self.kind, BlockKind::ListItem { .. })
    }

    pub fn is_heading(&self) -> bool {
        matches!(self.kind, BlockKind::Heading(_))
    }
}

/// The kinds of resume section jobcoach recognises by their heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionKind {
    Summary,
    Objective,
    Experience,
    Education,
    Skills,
    Certifications,
    Projects,
    Volunteer,
    Awards,
    Languages,
    Interests,
    References,
    Contact,
    /// Affiliations, publications, leadership, additional information: real sections
    /// with no rule of their own.
    Additional,
}

/// Heading synonyms, lower case, "&" written "and". The one table of them.
const SECTION_SYNONYMS: &[(SectionKind, &[&str])] = &[
    (
        SectionKind::Summary,
        &[
            "summary",
            "professional summary",
            "career summary",
            "profile",
            "professional profile",
            "summary of qualifications",
            "qualifications summary",
            "about me",
            "career profile",
            "highlights",
            "career highlights",
        ],
    ),
    (
        SectionKind::Objective,
        &[
            "objective",
            "career objective",
            "professional objective",
            "goal",
            "career goal",
        ],
    ),
    (
        SectionKind::Experience,
        &[
            "experience",
            "work experience",
            "professional experience",
            "relevant experience",
            "employment",
            "employment history",
            "work history",
            "career history",
            "professional background",
            "military experience",
            "military service",
            "experience highlights",
            "related experience",
            "additional experience",
            "other experience",
        ],
    ),
    (
        SectionKind::Education,
        &[
            "education",
            "education and training",
            "training",
            "academic background",
            "education and certifications",
            "training and education",
            "academics",
            "education and credentials",
            "professional development",
            "training and certifications",
        ],
    ),
    (
        SectionKind::Skills,
        &[
            "skills",
            "technical skills",
            "core competencies",
            "competencies",
            "key skills",
            "areas of expertise",
            "expertise",
            "qualifications",
            "skills and abilities",
            "strengths",
            "abilities",
            "skills summary",
            "computer skills",
            "relevant skills",
            "core skills",
            "key qualifications",
            "skills and qualifications",
            "skills and certifications",
            "technical proficiencies",
        ],
    ),
    (
        SectionKind::Certifications,
        &[
            "certifications",
            "certificates",
            "licenses",
            "licenses and certifications",
            "certifications and licenses",
            "credentials",
        ],
    ),
    (
        SectionKind::Projects,
        &["projects", "selected projects", "key projects"],
    ),
    (
        SectionKind::Volunteer,
        &[
            "volunteer experience",
            "volunteer work",
            "volunteering",
            "community involvement",
            "community service",
            "volunteer",
        ],
    ),
    (
        SectionKind::Awards,
        &[
            "awards",
            "honors",
            "honors and awards",
            "awards and honors",
            "achievements",
            "accomplishments",
            "key accomplishments",
        ],
    ),
    (SectionKind::Languages, &["languages", "language skills"]),
    (
        SectionKind::Interests,
        &[
            "interests",
            "hobbies",
            "hobbies and interests",
            "activities",
        ],
    ),
    (SectionKind::References, &["references"]),
    (
        SectionKind::Additional,
        &[
            "additional information",
            "affiliations",
            "professional affiliations",
            "memberships",
            "professional memberships",
            "publications",
            "leadership",
            "leadership experience",
            "military",
            "clearance",
            "security clearance",
        ],
    ),
    (
        SectionKind::Contact,
        &["contact", "contact information", "contact info"],
    ),
];

/// The section a heading names, if it is one jobcoach knows.
pub fn section_kind(heading: &str) -> Option<SectionKind> {
    let key: String = heading
        .to_lowercase()
        .replace('&', " and ")
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect();
    let key = key.split_whitespace().collect::<Vec<_>>().join(" ");
    SECTION_SYNONYMS
        .iter()
        .find(|(_, names)| names.contains(&key.as_str()))
        .map(|(kind, _)| *kind)
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The heading block, if the section has one.
    pub heading: Option<usize>,
    pub title: String,
    pub kind: Option<SectionKind>,
    /// Indices of the blocks after the heading, up to the next section.
    pub blocks: Range<usize>,
}

/// A job (or a volunteer post, or a school) with its header lines and bullets.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    pub section: usize,
    /// The non-list blocks that name the role.
    pub header: Range<usize>,
    pub title: Option<String>,
    pub employer: Option<String>,
    /// Dates found in the header, spans into the canonical text.
    pub dates: Option<DateMention>,
    pub bullets: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LetterParts {
    pub salutation: Option<usize>,
    pub body: Vec<usize>,
    pub closing: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    pub kind: DocumentKind,
    pub blocks: Vec<TextBlock>,
    /// Blocks at the top that hold the name and contact details.
    pub contact: Range<usize>,
    /// The person's name, when the first line reads as one.
    pub name: Option<String>,
    pub sections: Vec<Section>,
    pub roles: Vec<Role>,
    pub letter: LetterParts,
    /// Every date mention in the document, with spans into the canonical text.
    pub dates: Vec<DateMention>,
}

impl Outline {
    /// Build the outline. `kind` overrides detection when the user has said what it is.
    pub fn build(text: &str, kind: Option<DocumentKind>, dates: &DateFinder) -> Outline {
        let blocks = text_blocks(text);
        let detected = kind.unwrap_or_else(|| detect_kind(&blocks));
        let mut outline = Outline {
            kind: detected,
            contact: 0..0,
            name: None,
            sections: Vec::new(),
            roles: Vec::new(),
            letter: LetterParts::default(),
            dates: Vec::new(),
            blocks,
        };
        outline.find_sections();
        outline.find_contact();
        outline.find_dates(dates);
        outline.find_roles();
        if detected == DocumentKind::CoverLetter {
            outline.find_letter_parts();
        }
        outline
    }

    /// The section a block belongs to.
    pub fn section_of(&self, block: usize) -> Option<&Section> {
        self.sections
            .iter()
            .find(|s| s.blocks.contains(&block) || s.heading == Some(block))
    }

    /// The contact block's plain text, lines joined.
    pub fn contact_text(&self) -> String {
        self.blocks[self.contact.clone()]
            .iter()
            .map(|b| b.plain.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The texts where contact details belong: the contact block, and in a letter also the
    /// signature after the closing. One place for the rules that look for them.
    pub fn contact_places(&self) -> Vec<String> {
        let mut places = vec![self.contact_text()];
        if self.kind == DocumentKind::CoverLetter {
            if let Some(closing) = self.letter.closing {
                places.extend(self.blocks[closing..].iter().map(|b| b.plain.clone()));
            }
        }
        places
    }

    /// 1 when the document opens with a line like "RESUME" above the name, else 0: where
    /// the name line is.
    fn name_line(&self) -> usize {
        let titled = self
            .blocks
            .first()
            .is_some_and(|b| !b.plain.contains('\n') && is_resume_title(&b.plain));
        usize::from(titled && self.blocks.len() > 1)
    }

    fn find_sections(&mut self) {
        let mut starts: Vec<usize> = Vec::new();
        let name_line = self.name_line();
        for (i, b) in self.blocks.iter().enumerate() {
            let BlockKind::Heading(level) = b.kind else {
                continue;
            };
            // The first heading of a resume is usually the name, not a section.
            if i == name_line && level == 1 && section_kind(&b.plain).is_none() {
                continue;
            }
            starts.push(i);
        }
        // Plain-text resumes sometimes have bold or capitalised lines as headings; the
        // importer already turned those into headings, so headings are all we read here.
        for (n, &start) in starts.iter().enumerate() {
            let end = starts.get(n + 1).copied().unwrap_or(self.blocks.len());
            let title = self.blocks[start].plain.trim().to_string();
            self.sections.push(Section {
                heading: Some(start),
                kind: section_kind(&title),
                title,
                blocks: start + 1..end,
            });
        }
    }

    fn find_contact(&mut self) {
        let first_section = self
            .sections
            .first()
            .and_then(|s| s.heading)
            .unwrap_or(self.blocks.len());
        let limit = match self.kind {
            DocumentKind::Resume => 6,
            DocumentKind::CoverLetter => 8,
        };
        let mut end = first_section.min(limit).min(self.blocks.len());
        if self.kind == DocumentKind::CoverLetter {
            // A letter's contact block ends where the letter begins.
            if let Some(s) = self.blocks.iter().position(|b| is_salutation(&b.plain)) {
                end = end.min(s);
            }
            // Without headings, stop at the first long paragraph.
            if let Some(p) = self.blocks[..end]
                .iter()
                .position(|b| b.plain.split_whitespace().count() > 25)
            {
                end = p;
            }
        }
        self.contact = 0..end;
        if let Some(first) = self.blocks.get(self.name_line()) {
            let line = first.plain.lines().next().unwrap_or("").trim();
            let name = without_credentials(line);
            if looks_like_name(name) {
                self.name = Some(name.to_string());
            }
        }
    }

    fn find_dates(&mut self, finder: &DateFinder) {
        for b in &self.blocks {
            for mut d in finder.find(&b.plain) {
                d.span = b.source_range(d.span.clone());
                d.start_span = b.source_range(d.start_span.clone());
                if let Some((_, end_span)) = d.end.as_mut() {
                    *end_span = b.source_range(end_span.clone());
                }
                self.dates.push(d);
            }
        }
    }

    fn find_roles(&mut self) {
        for (si, section) in self.sections.iter().enumerate() {
            let is_roles = matches!(
                section.kind,
                Some(SectionKind::Experience | SectionKind::Volunteer)
            ) || (section.kind.is_none() && self.kind == DocumentKind::Resume);
            if !is_roles {
                continue;
            }
            let mut i = section.blocks.start;
            while i < section.blocks.end {
                if self.blocks[i].is_list_item() {
                    i += 1;
                    continue;
                }
                // Up to three lines in a row name one role; then its bullets follow.
                // A second dated line starts the next role ("Cashier, 2017 – 2019" under a
                // job with no bullets).
                let header_start = i;
                let mut dated = false;
                while i < section.blocks.end
                    && !self.blocks[i].is_list_item()
                    && i - header_start < 3
                {
                    let has_date = self.block_has_date(i);
                    if dated && has_date {
                        break;
                    }
                    dated |= has_date;
                    i += 1;
                }
                // A long paragraph is a description, not a header: it counts as the body.
                let mut header_end = i;
                while header_end > header_start + 1
                    && self.blocks[header_end - 1].plain.split_whitespace().count() > 20
                {
                    header_end -= 1;
                }
                let mut bullets = Vec::new();
                while i < section.blocks.end && self.blocks[i].is_list_item() {
                    bullets.push(i);
                    i += 1;
                }
                let role = self.role(si, header_start..header_end, bullets);
                // Lines with no date and no bullets (a stray sentence) are not a role.
                if role.dates.is_some() || !role.bullets.is_empty() {
                    self.roles.push(role);
                }
            }
        }
    }

    fn block_has_date(&self, block: usize) -> bool {
        let span = &self.blocks[block].span;
        self.dates
            .iter()
            .any(|d| span.start <= d.span.start && d.span.end <= span.end)
    }

    fn role(&self, section: usize, header: Range<usize>, bullets: Vec<usize>) -> Role {
        let spans: Vec<Range<usize>> = self.blocks[header.clone()]
            .iter()
            .map(|b| b.span.clone())
            .collect();
        let dates = self
            .dates
            .iter()
            .find(|d| {
                spans
                    .iter()
                    .any(|s| s.start <= d.span.start && d.span.end <= s.end)
            })
            .cloned();
        // Title and employer: the header's pieces between separators, dates removed.
        let mut pieces: Vec<String> = Vec::new();
        for b in &self.blocks[header.clone()] {
            let mut text = b.plain.clone();
            if let Some(d) = &dates {
                if b.span.start <= d.span.start && d.span.end <= b.span.end {
                    let plain_start = plain_offset_of(b, d.span.start);
                    let plain_end = plain_offset_of(b, d.span.end);
                    text.replace_range(plain_start..plain_end, "\n");
                }
            }
            for piece in text
                .split(['\n', '\t', '|', '—', '–', '•', '·'])
                .flat_map(|p| p.split(" - "))
                .flat_map(|p| p.split(", "))
            {
                let piece = piece
                    .trim()
                    .trim_matches(|c: char| c == ',' || c == '(' || c == ')')
                    .trim();
                if !piece.is_empty() && piece.chars().any(char::is_alphabetic) {
                    pieces.push(piece.to_string());
                }
            }
        }
        let (title, employer) = split_title_employer(&pieces);
        Role {
            section,
            header,
            title,
            employer,
            dates,
            bullets,
        }
    }

    fn find_letter_parts(&mut self) {
        let salutation = self.blocks.iter().position(|b| is_salutation(&b.plain));
        let closing = self
            .blocks
            .iter()
            .rposition(|b| is_closing(b.plain.lines().next().unwrap_or("")));
        let body_start = salutation.map_or(self.contact.end, |s| s + 1);
        let body_end = closing.unwrap_or(self.blocks.len());
        self.letter = LetterParts {
            salutation,
            body: (body_start..body_end.max(body_start)).collect(),
            closing,
        };
    }
}

/// "Store Manager at Target" or "Target — Store Manager": the piece that reads like a job
/// title is the title; the other is the employer.
fn split_title_employer(pieces: &[String]) -> (Option<String>, Option<String>) {
    const TITLE_WORDS: &[&str] = &[
        "manager",
        "assistant",
        "associate",
        "clerk",
        "cashier",
        "specialist",
        "technician",
        "nurse",
        "driver",
        "operator",
        "lead",
        "supervisor",
        "coordinator",
        "analyst",
        "engineer",
        "developer",
        "representative",
        "agent",
        "intern",
        "aide",
        "worker",
        "handler",
        "attendant",
        "administrator",
        "director",
        "officer",
        "teacher",
        "tutor",
        "server",
        "cook",
        "chef",
        "mechanic",
        "electrician",
        "carpenter",
        "welder",
        "advisor",
        "consultant",
        "receptionist",
        "secretary",
        "bookkeeper",
        "accountant",
        "designer",
        "sergeant",
        "corporal",
        "volunteer",
        "crew",
        "member",
        "stocker",
        "picker",
        "packer",
        "loader",
        "custodian",
        "janitor",
        "guard",
        "caregiver",
        "cna",
        "lpn",
        "rn",
        "helper",
        "apprentice",
        "foreman",
        "dispatcher",
        "planner",
        "buyer",
        "trainer",
        "instructor",
        "counselor",
        "therapist",
        "assembler",
        "installer",
        "sales",
        "barista",
        "host",
        "hostess",
        "bartender",
        "housekeeper",
        "landscaper",
        "laborer",
        "painter",
        "plumber",
        "scientist",
        "programmer",
        "architect",
        "editor",
        "writer",
        "specialist",
        "teller",
        "processor",
        "recruiter",
    ];
    let is_title = |p: &str| {
        p.split(|c: char| !c.is_alphanumeric())
            .any(|w| TITLE_WORDS.contains(&w.to_ascii_lowercase().as_str()))
    };
    let (at_title, at_employer) = pieces
        .first()
        .and_then(|p| p.split_once(" at "))
        .map(|(t, e)| (Some(t.trim().to_string()), Some(e.trim().to_string())))
        .unwrap_or((None, None));
    if at_title.is_some() {
        return (at_title, at_employer);
    }
    match pieces {
        [] => (None, None),
        [one] => {
            if is_title(one) {
                (Some(one.clone()), None)
            } else {
                (None, Some(one.clone()))
            }
        }
        [a, b, ..] => {
            if !is_title(a) && is_title(b) {
                (Some(b.clone()), Some(a.clone()))
            } else {
                (Some(a.clone()), Some(b.clone()))
            }
        }
    }
}

fn plain_offset_of(block: &TextBlock, source: usize) -> usize {
    // Inverse of `source_offset`, by search: blocks are short.
    let mut best = 0;
    for (i, _) in block
        .plain
        .char_indices()
        .chain(std::iter::once((block.plain.len(), ' ')))
    {
        if block.source_offset(i) <= source {
            best = i;
        } else {
            break;
        }
    }
    best
}

/// "Dear Ms. Lopez," "To Whom It May Concern:" "Hello Hiring Team,"
pub fn is_salutation(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    (t.starts_with("dear ")
        || t.starts_with("to whom")
        || t.starts_with("hello")
        || t.starts_with("greetings"))
        && t.split_whitespace().count() <= 8
}

/// "Sincerely," "Best regards," "Thank you,"
pub fn is_closing(text: &str) -> bool {
    let t = text.trim().trim_end_matches([',', '.', '!']).to_lowercase();
    const CLOSINGS: &[&str] = &[
        "sincerely",
        "sincerely yours",
        "yours sincerely",
        "best regards",
        "regards",
        "kind regards",
        "warm regards",
        "respectfully",
        "respectfully yours",
        "thank you",
        "thanks",
        "best",
        "with appreciation",
        "with gratitude",
        "yours truly",
        "cordially",
        "all the best",
    ];
    CLOSINGS.contains(&t.as_str())
}

/// "Resume", "RÉSUMÉ", "Curriculum Vitae", "CV": a title above the name.
pub fn is_resume_title(line: &str) -> bool {
    let t = line.trim().trim_end_matches(':').to_lowercase();
    matches!(
        t.as_str(),
        "resume" | "résumé" | "resumé" | "curriculum vitae" | "cv" | "my resume"
    )
}

/// "Priya Raman, RN" -> "Priya Raman": credentials after a comma are not part of the name.
pub fn without_credentials(line: &str) -> &str {
    match line.split_once(',') {
        Some((name, rest))
            if !rest.trim().is_empty()
                && rest.split([',', ' ']).filter(|w| !w.is_empty()).all(|w| {
                    let letters: String = w.chars().filter(|c| c.is_alphabetic()).collect();
                    letters.len() >= 2 && letters.chars().filter(|c| c.is_uppercase()).count() >= 2
                }) =>
        {
            name.trim()
        }
        _ => line,
    }
}

/// Two to four words, each capitalised, no digits or '@': how a name line looks.
pub fn looks_like_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            let first = w.chars().next().unwrap_or(' ');
            (first.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.' | '’'))
        })
        && section_kind(line).is_none()
}

/// Resume or cover letter, from how the text reads.
fn detect_kind(blocks: &[TextBlock]) -> DocumentKind {
    let mut letter = 0;
    let mut resume = 0;
    if blocks.iter().any(|b| is_salutation(&b.plain)) {
        letter += 3;
    }
    if blocks
        .iter()
        .any(|b| is_closing(b.plain.lines().next().unwrap_or("")))
    {
        letter += 2;
    }
    let long_paragraphs = blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph && b.plain.split_whitespace().count() > 40)
        .count();
    if long_paragraphs >= 2 {
        letter += 2;
    }
    let sections = blocks
        .iter()
        .filter(|b| b.is_heading() && section_kind(&b.plain).is_some())
        .count();
    resume += 2 * sections.min(4);
    if blocks.iter().filter(|b| b.is_list_item()).count() >= 3 {
        resume += 2;
    }
    if letter > resume {
        DocumentKind::CoverLetter
    } else {
        DocumentKind::Resume
    }
}

/// Split the canonical text into blocks with spans, reading it as CommonMark.
pub fn text_blocks(text: &str) -> Vec<TextBlock> {
    let mut blocks: Vec<TextBlock> = Vec::new();
    let mut current: Option<TextBlock> = None;
    let mut lists: Vec<bool> = Vec::new();
    let mut item_started: Vec<bool> = Vec::new();
    let mut image_depth = 0;

    fn finish(blocks: &mut Vec<TextBlock>, current: &mut Option<TextBlock>) {
        if let Some(mut b) = current.take() {
            if let (Some(first), Some(last)) = (b.segments.first(), b.segments.last()) {
                b.span = first.1..last.1 + last.3;
            }
            if !b.plain.trim().is_empty() {
                blocks.push(b);
            }
        }
    }
    let new_block = |kind: BlockKind, at: usize| TextBlock {
        kind,
        span: at..at,
        plain: String::new(),
        segments: Vec::new(),
    };

    for (event, range) in Parser::new_ext(text, Options::empty()).into_offset_iter() {
        if image_depth > 0 {
            match event {
                Event::Start(Tag::Image { .. }) => image_depth += 1,
                Event::End(TagEnd::Image) => image_depth -= 1,
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                finish(&mut blocks, &mut current);
                current = Some(new_block(BlockKind::Heading(level as u8), range.start));
            }
            Event::Start(Tag::Paragraph) | Event::Start(Tag::CodeBlock(_)) => {
                if let (Some(&ordered), Some(started)) = (lists.last(), item_started.last_mut()) {
                    if !*started {
                        *started = true;
                        finish(&mut blocks, &mut current);
                        let depth = (lists.len() - 1) as u8;
                        current = Some(new_block(
                            BlockKind::ListItem { ordered, depth },
                            range.start,
                        ));
                    }
                    // A later paragraph of the same item continues its block.
                    continue;
                }
                finish(&mut blocks, &mut current);
                current = Some(new_block(BlockKind::Paragraph, range.start));
            }
            Event::End(TagEnd::Heading(_)) | Event::End(TagEnd::CodeBlock) => {
                finish(&mut blocks, &mut current)
            }
            Event::End(TagEnd::Paragraph) => {
                if item_started.is_empty() {
                    finish(&mut blocks, &mut current);
                } else if let Some(b) = current.as_mut() {
                    push_segment(b, "\n", range.end..range.end);
                }
            }
            Event::Start(Tag::List(first)) => {
                finish(&mut blocks, &mut current);
                lists.push(first.is_some());
            }
            Event::End(TagEnd::List(_)) => {
                finish(&mut blocks, &mut current);
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                finish(&mut blocks, &mut current);
                item_started.push(false);
            }
            Event::End(TagEnd::Item) => {
                finish(&mut blocks, &mut current);
                item_started.pop();
            }
            Event::Start(Tag::Image { .. }) => image_depth = 1,
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                if current.is_none() {
                    if let (Some(&ordered), Some(started)) = (lists.last(), item_started.last_mut())
                    {
                        *started = true;
                        let depth = (lists.len() - 1) as u8;
                        current = Some(new_block(
                            BlockKind::ListItem { ordered, depth },
                            range.start,
                        ));
                    } else {
                        current = Some(new_block(BlockKind::Paragraph, range.start));
                    }
                }
                if let Some(b) = current.as_mut() {
                    if t.as_ref() != "<!-- -->" {
                        let escaped = range.start > 0 && text.as_bytes()[range.start - 1] == b'\\';
                        push_segment(b, &t, range);
                        if let Some(last) = b.segments.last_mut() {
                            last.4 = escaped;
                        }
                    }
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(b) = current.as_mut() {
                    push_segment(b, "\n", range);
                }
            }
            _ => {}
        }
    }
    finish(&mut blocks, &mut current);
    for b in &mut blocks {
        // Trailing breaks from a list item's last paragraph.
        while b.plain.ends_with('\n') {
            b.plain.pop();
            b.segments.pop();
        }
        if let Some(last) = b.segments.last() {
            b.span.end = last.1 + last.3;
        }
    }
    blocks
}

fn push_segment(block: &mut TextBlock, text: &str, range: Range<usize>) {
    block.segments.push((
        block.plain.len(),
        range.start,
        text.len(),
        range.len(),
        false,
    ));
    block.plain.push_str(text);
}

#[cfg(test)]
mod tests {
    use super::*;

    const RESUME: &str = "# Maria Delgado\n\nmaria.delgado@example.com | (555) 123-4567\n\n## Work Experience\n\n**Shift Lead**, Target — Jan 2019 – Present\n\n- Trained 12 new cashiers\n- Cut checkout wait times by 20%\n\nCashier | Walmart | 2016 – 2018\n\n- Handled \\$5,000 in daily sales\n\n## Education\n\nGED, Austin Community College, 2015\n";

    #[test]
    fn finds_contact_sections_and_roles() {
        let o = Outline::build(RESUME, None, &DateFinder::new());
        assert_eq!(
            o.kind,
            DocumentKind::Resume,
            "headings and bullets read as a resume"
        );
        assert_eq!(o.name.as_deref(), Some("Maria Delgado"));
        assert!(
            o.contact_text().contains("maria.delgado@example.com"),
            "the contact block holds the email"
        );
        let kinds: Vec<_> = o.sections.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            vec![Some(SectionKind::Experience), Some(SectionKind::Education)]
        );
        assert_eq!(o.roles.len(), 2, "two jobs: {:#?}", o.roles);
        assert_eq!(o.roles[0].title.as_deref(), Some("Shift Lead"));
        assert_eq!(o.roles[0].employer.as_deref(), Some("Target"));
        assert_eq!(o.roles[0].bullets.len(), 2);
        assert_eq!(o.roles[1].title.as_deref(), Some("Cashier"));
        assert_eq!(o.roles[1].employer.as_deref(), Some("Walmart"));
        let d = o.roles[0].dates.as_ref().expect("the first role has dates");
        assert_eq!(
            &RESUME[d.span.clone()],
            "Jan 2019 – Present",
            "date spans point into the canonical text"
        );
    }

    #[test]
    fn spans_map_plain_text_back_through_escapes() {
        let blocks = text_blocks(RESUME);
        let b = blocks.iter().find(|b| b.plain.contains("$5,000")).unwrap();
        let at = b.plain.find("daily").unwrap();
        let src = b.source_range(at..at + 5);
        assert_eq!(
            &RESUME[src], "daily",
            "an escaped $ before the word does not shift the span"
        );
        let item = blocks
            .iter()
            .find(|b| b.plain.starts_with("Trained"))
            .unwrap();
        assert_eq!(
            &RESUME[item.span.clone()],
            "Trained 12 new cashiers",
            "a list item's span skips its marker"
        );
    }

    #[test]
    fn reads_a_letter() {
        let letter = "Maria Delgado\\\nmaria@example.com\n\nDear Ms. Lopez,\n\nI am writing to apply for the Shift Lead role at Target. I have led a team of six cashiers for three years and trained every new hire in our store, which cut our wait times.\n\nI would welcome the chance to talk. My references and schedule are flexible and I can start within two weeks of an offer being made to me.\n\nSincerely,\\\nMaria Delgado\n";
        let o = Outline::build(letter, None, &DateFinder::new());
        assert_eq!(o.kind, DocumentKind::CoverLetter);
        assert_eq!(o.letter.salutation, Some(1));
        assert_eq!(o.letter.body, vec![2, 3]);
        assert_eq!(o.letter.closing, Some(4));
        assert_eq!(o.contact, 0..1);
    }

    #[test]
    fn heading_synonyms() {
        assert_eq!(
            section_kind("PROFESSIONAL EXPERIENCE"),
            Some(SectionKind::Experience)
        );
        assert_eq!(
            section_kind("Education & Training"),
            Some(SectionKind::Education)
        );
        assert_eq!(section_kind("Skills:"), Some(SectionKind::Skills));
        assert_eq!(section_kind("My Journey"), None);
    }
}
