//! Files jobcoach writes: readable by their owner only, and never half-written under their
//! real name. Every database, backup, export and data archive goes through here, so the two
//! promises live in one place.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Create a new file that only its owner can read and write (0600 on Unix). Fails if the
/// file exists, so two writers never share one.
pub fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Create a folder (and its parents) that only its owner can enter (0700 on Unix), for the
/// caseload's own folder. An existing folder is left as it is.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Tighten an existing file to owner-only (a database made by an older version).
pub fn make_private(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    let _ = path;
    Ok(())
}

/// A temporary file beside `path` (same folder, so the final rename is atomic), removed when
/// dropped unless it was kept. The name starts with a dot and ends in `.tmp`, with the
/// process id and a counter, so it never collides and is plainly not a finished file.
pub struct TemporaryFile {
    path: PathBuf,
    kept: bool,
}

impl TemporaryFile {
    /// Claim a new owner-only temporary file beside `target`.
    pub fn beside(target: &Path) -> io::Result<(TemporaryFile, File)> {
        use std::sync::atomic::{AtomicU64, Ordering};
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = target
            .file_name()
            .map_or_else(|| "jobcoach".into(), |n| n.to_string_lossy().into_owned());
        loop {
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let path = dir.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
            match create_private(&path) {
                Ok(file) => return Ok((TemporaryFile { path, kept: false }, file)),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Move the finished file to `target`, replacing what was there.
    pub fn persist(mut self, target: &Path) -> io::Result<()> {
        std::fs::rename(&self.path, target)?;
        self.kept = true;
        // The rename is only durable once the folder is written too.
        if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
            if let Ok(d) = File::open(dir) {
                let _ = d.sync_all();
            }
        }
        Ok(())
    }
}

impl Drop for TemporaryFile {
    fn drop(&mut self) {
        if !self.kept {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Write a file through `write` into a temporary file beside `path`, flush it to disk, and
/// only then give it its real name: a full disk or a crash leaves the old file (or none),
/// never a half one, and no temporary file stays behind.
pub fn write_private_with(
    path: &Path,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> io::Result<()> {
    let (temp, mut file) = TemporaryFile::beside(path)?;
    write(&mut file)?;
    file.flush()?;
    file.sync_all()?;
    drop(file);
    temp.persist(path)
}

/// [`write_private_with`] for bytes already in memory.
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_private_with(path, |f| f.write_all(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> PathBuf {
        crate::store::tests::tempdir()
    }

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_written_file_is_the_owners_alone_and_leaves_no_temporary_file() {
        let dir = dir();
        let path = dir.join("resume.docx");
        write_private(&path, b"first").unwrap();
        write_private(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        #[cfg(unix)]
        assert_eq!(mode(&path), 0o600);
        let names: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
        assert_eq!(names.len(), 1, "only the finished file: {names:?}");
    }

    #[test]
    fn a_failed_write_keeps_the_old_file_and_removes_the_half_one() {
        let dir = dir();
        let path = dir.join("data.zip");
        write_private(&path, b"the good one").unwrap();
        let err = write_private_with(&path, |f| {
            f.write_all(b"half")?;
            Err(io::Error::other("the disk is full"))
        })
        .unwrap_err();
        assert!(err.to_string().contains("disk is full"));
        assert_eq!(std::fs::read(&path).unwrap(), b"the good one");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
    }

    #[test]
    fn a_private_file_is_never_shared_and_a_private_folder_is_closed() {
        let dir = dir();
        let path = dir.join("claimed.db");
        drop(create_private(&path).unwrap());
        assert!(create_private(&path).is_err(), "a second claim fails");
        let inner = dir.join("a/b");
        create_private_dir(&inner).unwrap();
        #[cfg(unix)]
        assert_eq!(mode(&inner), 0o700);
    }
}
