//! A person's data is theirs: everything held about one client exported as one archive
//! they can read, and erasing a client with everything about them. The log keeps one line
//! saying an erase happened, without what was erased.

use super::{Caseload, Result, WorkflowError};
use crate::export::file_slug;
use crate::store::{self, HistoryAction, Visibility};
use std::io::Write;
use std::path::Path;

impl Caseload {
    /// The name a client's data export is offered under: `Maria_Delgado_jobcoach_data.zip`.
    pub fn client_data_file_name(&self, client_id: &str) -> Result<String> {
        let name = file_slug(&self.client(client_id)?.name);
        let name = if name.is_empty() {
            "Client".into()
        } else {
            name
        };
        Ok(format!("{name}_jobcoach_data.zip"))
    }

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
            let folder = format!("documents/{:02}-{}", n + 1, file_slug(&record.title));
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
                        super::log::phrase(e.action),
                        e.detail
                    )
                })
                .collect(),
        ));
        let root = format!("{}_jobcoach", file_slug(&client.name));
        crate::files::write_private_with(path, |file| {
            let mut zip = zip::ZipWriter::new(file);
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            for (name, text) in &files {
                zip.start_file(format!("{root}/{name}"), options)
                    .map_err(std::io::Error::other)?;
                zip.write_all(text.as_bytes())?;
            }
            zip.finish().map_err(std::io::Error::other)?;
            Ok(())
        })
        .map_err(|e| WorkflowError::WriteFile {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        let entry = self.history(
            actor,
            HistoryAction::ClientExported,
            Some(client_id),
            None,
            None,
            path.display().to_string(),
        );
        self.log_only(entry)
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
            HistoryAction::ClientErased,
            None,
            None,
            None,
            "a client and all their documents, comments, steps and meetings were erased".into(),
        );
        let now = self.clock.now();
        self.store.permitted(store::Permit::Erase, |tx| {
            store::erase_client(tx, &client.id, now, actor)?;
            store::insert_history(tx, &entry)
        })?;
        // Deleted rows are zeroed (secure_delete), but older copies of their pages can
        // still sit in the WAL: rewrite the file so nothing of the person is left in it.
        self.store.compact()?;
        Ok(())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::workflow::testing::*;
    #[test]
    fn a_client_can_be_exported_and_erased_leaving_only_a_log_line() {
        let mut c = caseload();
        let record = with_document(&mut c);
        let client = record.client_id.clone();
        c.add_action_step(&client, Some(&record.id), "Add numbers", None, "Dana")
            .unwrap();
        let m = c.start_meeting(&client, "Dana").unwrap();
        c.end_meeting(&client, "", "Dana").unwrap();
        c.add_comment(
            &record.id,
            1,
            2..15,
            "Good name line",
            store::Visibility::Client,
            "Dana",
        )
        .unwrap();
        let other = c.add_client("Someone Else", "Dana").unwrap();
        let dir = std::env::temp_dir().join(format!("jobcoach-archive-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let zip_path = dir.join("maria.zip");
        c.export_client(&client, &zip_path, "Dana").unwrap();
        let mut zip = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
        let names: Vec<String> = (0..zip.len())
            .map(|i| zip.by_index(i).unwrap().name().to_string())
            .collect();
        for want in [
            "Maria_Delgado_jobcoach/README.txt",
            "Maria_Delgado_jobcoach/documents/01-Resume/revision-01.md",
            "Maria_Delgado_jobcoach/documents/01-Resume/comments.txt",
            "Maria_Delgado_jobcoach/action-steps.txt",
            "Maria_Delgado_jobcoach/meetings.txt",
            "Maria_Delgado_jobcoach/log.txt",
        ] {
            assert!(names.iter().any(|n| n == want), "{want} in {names:?}");
        }
        let _ = std::fs::remove_dir_all(dir);

        assert!(matches!(
            c.erase_client(&client, "Maria", "Dana"),
            Err(WorkflowError::EraseNotConfirmed { .. })
        ));
        c.erase_client(&client, " maria  delgado ", "Dana").unwrap();
        assert!(c.client(&client).is_err());
        assert!(c.document(&record.id).is_err());
        assert!(c.meeting_record(&m.id).is_err());
        let conn = c.store().conn();
        for table in [
            "revisions",
            "findings",
            "comments",
            "action_steps",
            "meetings",
            "documents",
        ] {
            let n: i64 = conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
                .unwrap();
            assert_eq!(n, 0, "{table} is empty after the erase");
        }
        let log: Vec<(String, String)> = conn
            .prepare("SELECT action, detail FROM history")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        assert!(log.iter().any(|(a, _)| a == "client.erased"));
        assert!(
            log.iter().all(|(_, d)| !d.contains("Maria")),
            "no trace of the erased content: {log:?}"
        );
        assert!(c.client(&other.id).is_ok(), "other clients are untouched");
        assert_summaries_match(&c);
        // The records are kept again after the erase.
        assert!(conn.execute("DELETE FROM history", []).is_err());
    }

    #[test]
    fn a_hostile_name_never_puts_a_data_export_entry_outside_its_folder() {
        let dir = crate::store::tests::tempdir();
        for name in ["../x", "a/b", "..", "../../etc/passwd"] {
            let mut c = caseload();
            let client = c.add_client(name, "Dana").unwrap();
            c.add_document(
                &client.id,
                import::import_markdown("# Resume\n\n- Trained 12 new cashiers\n"),
                NewDocument {
                    title: Some("../../Resume/for a/b".into()),
                    ..NewDocument::default()
                },
                by_specialist(""),
            )
            .unwrap();
            let zip_path = dir.join("data.zip");
            c.export_client(&client.id, &zip_path, "Dana").unwrap();
            let mut zip = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
            for i in 0..zip.len() {
                let entry = zip.by_index(i).unwrap();
                let entry_name = entry.name().to_string();
                assert!(
                    entry.enclosed_name().is_some()
                        && !entry_name
                            .split('/')
                            .any(|part| part == ".." || part.is_empty()),
                    "{name:?} gave the entry {entry_name:?}"
                );
            }
        }
    }

    /// The bytes of the caseload's files on disk: the database and its WAL.
    pub(crate) fn file_bytes(db: &std::path::Path) -> Vec<u8> {
        let mut bytes = std::fs::read(db).unwrap();
        if let Ok(wal) = std::fs::read(format!("{}-wal", db.display())) {
            bytes.extend(wal);
        }
        bytes
    }

    pub(crate) fn holds(bytes: &[u8], text: &str) -> usize {
        bytes
            .windows(text.len())
            .filter(|w| *w == text.as_bytes())
            .count()
    }

    #[test]
    fn an_erase_leaves_no_bytes_of_the_person_in_the_file_or_its_wal() {
        let (mut c, db) = file_caseload();
        let client = c.add_client("Rosalind Quartermaine", "Dana").unwrap();
        let resume = "# Rosalind Quartermaine\n\nrosalind@example.com · SSN 123-45-6789\n\n## Experience\n\n- Trained 12 new cashiers\n";
        let record = add_markdown(&mut c, &client.id, resume);
        c.revise_text(&record.id, &resume.replace("12", "14"), by_specialist(""))
            .unwrap();
        c.add_action_step(
            &client.id,
            None,
            "Call Quartermaine's old boss",
            None,
            "Dana",
        )
        .unwrap();
        c.add_client("Someone Else", "Dana").unwrap();
        let before = file_bytes(&db);
        assert!(
            holds(&before, "Quartermaine") > 0,
            "the test looks in the right place"
        );
        assert!(holds(&before, "123-45-6789") > 0);

        c.erase_client(&client.id, "Rosalind Quartermaine", "Dana")
            .unwrap();
        let after = file_bytes(&db);
        assert_eq!(
            holds(&after, "Quartermaine"),
            0,
            "the name is gone from every page"
        );
        assert_eq!(
            holds(&after, "123-45-6789"),
            0,
            "the identity number is gone"
        );
        assert!(holds(&after, "Someone Else") > 0, "other people stay");
    }
}
