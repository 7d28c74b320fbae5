// Tauri generates an `allow-<command>` permission for each command the UI may call, and
// capabilities/main.json grants exactly these. A command missing from the list cannot be
// called from the webview at all. The list is src/commands/list.rs, shared with the crate.
fn main() {
    println!("cargo:rerun-if-changed=src/commands/list.rs");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("Tauri build step");
}

/// The names of the commands in src/commands/list.rs.
macro_rules! commands {
    ($($module:ident::$name:ident),* $(,)?) => {
        const COMMANDS: &[&str] = &[$(stringify!($name)),*];
    };
}

include!("src/commands/list.rs");
