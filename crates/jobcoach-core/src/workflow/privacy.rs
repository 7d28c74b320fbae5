//! A person's data is theirs: everything held about one client exported as one archive
//! they can read, and erasing a client with everything about them. The log keeps one line
//! saying an erase happened, without what was erased.

use super::{Caseload, Result, WorkflowError};
use crate::store::{self, Visibility};
use std::io::Write;
use std::path::Path;

/// "Maria Delgado" -> "Maria_Delgado" for file and folder names.
fn slug(s: &str) -> String {
    let kept: String = s
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect();
    kept.split('_')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

impl Caseload {
    /// Write everything held about a client (documents and every revision, findings and
    /// decisions, comments, action steps, meetings, the log) as a ZIP of plain text files.
    pub fn export_client(&mut self, client_id: &str, path: &Path, actor: &str) -> Result<()> {
        let client = self.client(client_id)?;
        let mut files: Vec<(String, String)> = Vec::new();
        files.push((
            "README.txt".into(),
            format!(
                "Everything jobcoach holds about {}, exported {} by {actor}.\n\n\
                 documents/   each document, every revision as text, and its history\n\
                 action-steps.txt, meetings.txt, log.txt\n\n\
                 The revision files are Markdown: plain text with # for headings and - for bullets.\n",
                client.name,
                self.clock.now().strftime("%Y-%m-%d %H:%M UTC")
            ),
        ));
        for (n, record) in self.documents(client_id)?.into_iter().enumerate() {
            let folder = format!("documents/{:02}-{}", n + 1, slug(&record.title));
            let mut summary = format!(
                "{}\nKind: {}\nStatus: {}\n",
                record.title,
                record.kind.as_str(),
                record.status
            );
            for (label, v) in [
                ("Employer", &record.target_employer),
                ("Job", &record.target_role),
                ("Addressed to", &record.recipient_name),
            ] {
                if let Some(v) = v {
                    summary.push_str(&format!("{label}: {v}\n"));
                }
            }
            for r in store::list_revisions(self.store.conn(), &record.id)? {
                files.push((
                    format!("{folder}/revision-{:02}.md", r.number),
                    r.content.clone(),
                ));
                summary.push_str(&format!(
                    "\nRevision {} — {} by {} ({}){}\n",
                    r.number,
                    r.created_at.strftime("%Y-%m-%d %H:%M"),
                    r.author_name,
                    r.author_role.as_str(),
                    if r.note.is_empty() {
                        String::new()
                    } else {
                        format!(": {}", r.note)
                    }
                ));
                for f in self.findings(&record.id, r.number)? {
                    let state = match (&f.waiver, &f.deferral) {
                        (Some(w), _) => format!(" (left as is: {})", w.reason),
                        (None, Some(_)) => " (put off to a later meeting)".to_string(),
                        _ => String::new(),
                    };
                    summary.push_str(&format!("  - {}{state}\n", f.stored.finding.message));
                }
            }
            if let Some(latest) = store::latest_revision(self.store.conn(), &record.id)? {
                let threads = self.comments(&record.id, latest.number, false)?;
                if !threads.is_empty() {
                    let mut text = String::new();
                    for t in threads {
                        let c = &t.comment;
                        let internal = if c.visibility == Visibility::Internal {
                            " [staff only]"
                        } else {
                            ""
                        };
                        text.push_str(&format!(
                            "On \"{}\"{internal}:\n  {} — {}\n",
                            c.anchor_text, c.body, c.author
                        ));
                        for r in t.replies {
                            text.push_str(&format!("  {} — {}\n", r.body, r.author));
                        }
                        text.push('\n');
                    }
                    files.push((format!("{folder}/comments.txt"), text));
                }
            }
            files.push((format!("{folder}/about.txt"), summary));
        }
        let steps = self.action_steps(client_id)?;
        files.push((
            "action-steps.txt".into(),
            steps
                .iter()
                .map(|s| {
                    format!(
                        "[{}] {}{}\n",
                        if s.done_at.is_some() { "x" } else { " " },
                        s.text,
                        s.due.map(|d| format!(" (by {d})")).unwrap_or_default()
                    )
                })
                .collect(),
        ));
        let mut meetings = String::new();
        for m in self.meetings(client_id)? {
            meetings.push_str(&self.case_note(&m.id)?);
            meetings.push('\n');
        }
        files.push(("meetings.txt".into(), meetings));
        files.push((
            "log.txt".into(),
            self.history_of_client(client_id)?
                .iter()
                .map(|e| {
                    format!(
                        "{}  {}  {}  {}\n",
                        e.at.strftime("%Y-%m-%d %H:%M"),
                        e.actor,
                        e.action,
                        e.detail
                    )
                })
                .collect(),
        ));
        let root = format!("{}_jobcoach", slug(&client.name));
        let temp = path.with_extension("zip.part");
        let fail = |reason: String| WorkflowError::WriteFile {
            path: path.display().to_string(),
            reason,
        };
        {
            let file = std::fs::File::create(&temp).map_err(|e| fail(e.to_string()))?;
            let mut zip = zip::ZipWriter::new(file);
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            for (name, text) in &files {
                zip.start_file(format!("{root}/{name}"), options)
                    .map_err(|e| fail(e.to_string()))?;
                zip.write_all(text.as_bytes())
                    .map_err(|e| fail(e.to_string()))?;
            }
            zip.finish().map_err(|e| fail(e.to_string()))?;
        }
        std::fs::rename(&temp, path).map_err(|e| fail(e.to_string()))?;
        let entry = self.history(
            actor,
            "client.exported",
            Some(client_id),
            None,
            None,
            path.display().to_string(),
        );
        self.store
            .transaction(|tx| store::insert_history(tx, &entry))?;
        Ok(())
    }

    /// Erase a client and everything about them. `confirm` must be their name as shown, so
    /// an erase is never one slip of the mouse. The log keeps that an erase happened.
    pub fn erase_client(&mut self, client_id: &str, confirm: &str, actor: &str) -> Result<()> {
        let client = self.client(client_id)?;
        let typed = confirm.split_whitespace().collect::<Vec<_>>().join(" ");
        if !typed.eq_ignore_ascii_case(&client.name) {
            return Err(WorkflowError::EraseNotConfirmed { name: client.name });
        }
        let entry = self.history(
            actor,
            "client.erased",
            None,
            None,
            None,
            "a client and all their documents, comments, steps and meetings were erased".into(),
        );
        self.store.transaction(|tx| {
            store::erase_client(tx, &client.id)?;
            store::insert_history(tx, &entry)
        })?;
        Ok(())
    }
}
