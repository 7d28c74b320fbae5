// Every command the UI may call is listed here; Tauri generates an `allow-<command>`
// permission for each, and capabilities/main.json grants exactly these. A command missing
// from this list cannot be called from the webview at all.
fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(jobcoach_desktop_commands())),
    )
    .expect("Tauri build step");
}

fn jobcoach_desktop_commands() -> &'static [&'static str] {
    &[
        "get_words",
        "set_words",
        "get_profile",
        "choose_profile",
        "clear_profile",
        "set_targets",
        "export_templates",
        "preview_export",
        "set_template",
        "review_queue",
        "list_action_steps",
        "add_action_step",
        "set_action_step_done",
        "export_take_home_list",
        "meeting_state",
        "start_meeting",
        "end_meeting",
        "list_comments",
        "add_comment",
        "reply_comment",
        "resolve_comment",
        "document_history",
        "client_history",
        "export_client_data",
        "erase_client",
        "backup_caseload",
        "restore_caseload",
        "list_caseload",
        "add_client",
        "pick_import_file",
        "import_document",
        "import_pasted",
        "import_revision",
        "open_document",
        "check_text",
        "save_draft",
        "discard_draft",
        "save_revision",
        "waive_finding",
        "defer_finding",
        "list_revisions",
        "revision_text",
        "set_status",
        "approve_revision",
        "export_document",
    ]
}
