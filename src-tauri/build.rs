//! Builds the Tauri context. Every app command is declared here so that it needs an explicit
//! permission in `src-tauri/capabilities/`: the webview can call nothing that is not granted.

/// Every command the window may call; `src-tauri/lib.rs` registers the same list.
const COMMANDS: &[&str] = &[
    "statement",
    "priority",
    "new_draft",
    "save_draft",
    "discard_draft",
    "submit_draft",
    "edit_contribution",
    "retract",
    "my_contributions",
    "search",
    "preview_markdown",
    "identity_details",
    "set_identity_details",
    "forums",
    "open_forum",
    "join_forum",
    "sync_now",
    "sync_line",
    "translation_overview",
    "translation_editor",
    "save_translation_draft",
    "discard_translation_draft",
    "submit_translation",
    "review_translation",
    "glossary",
    "add_concept",
    "save_glossary_entry",
    "export_translations",
    "import_translations",
    "export_glossary",
    "import_glossary",
    "new_form_id",
    "save_form",
    "form",
    "discard_form",
    "submit_report",
    "submit_input",
    "withdraw_report",
    "create_group",
    "add_group_member",
    "my_groups",
    "device_key",
    "endorse",
    "triage",
    "submissions",
    "report",
    "add_attachment",
    "fetch_attachment",
    "save_attachment",
    "ui_setting",
    "set_ui_setting",
    "ui_ready",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("src-tauri/capabilities/*.json")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    tauri_build::try_build(attributes).expect("failed to run the Tauri build script");
}
