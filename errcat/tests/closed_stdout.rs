//! A reader that stops early (`errcat diff OLD NEW | head -1`) closes the
//! pipe: errcat must neither panic nor lose its exit status.

use std::path::Path;
use std::process::{Command, Stdio};

/// Runs errcat with its standard output a pipe closed before it writes.
fn with_closed_stdout(args: &[&str]) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(".."))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("errcat runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("errcat ends");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_closed_pipe_is_not_a_panic() {
    let fixtures = "errcat/tests/fixtures";
    let old = format!("{fixtures}/diff_old.toml");
    let new = format!("{fixtures}/diff_new.toml");
    for (args, status) in [
        (vec!["doc", "catalogs/upay_biz.toml"], 0),
        (vec!["diff", &old, &new], 1),
        (vec!["diff", "--format", "json", &old, &new], 1),
        (vec!["check", "tests/ui/catalogs/three_mistakes.toml"], 1),
        (
            vec!["import", "catalogs/sources/001_f217534c5e632eb8.txt"],
            0,
        ),
    ] {
        let (code, stderr) = with_closed_stdout(&args);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(code, Some(status), "{args:?}: {stderr}");
    }
}
