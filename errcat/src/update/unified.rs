//! A unified diff of two texts, by lines, for `--dry-run`: a longest common
//! subsequence (catalogs are a few thousand lines at most, so the quadratic
//! table stays small), hunks with three lines of context.

const CONTEXT: usize = 3;

/// `--- PATH`, `+++ PATH` and the hunks; empty when the texts are equal.
pub fn diff(path: &str, old: &str, new: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    let ops = script(&a, &b);
    if ops.iter().all(|op| matches!(op, Op::Same(..))) {
        return String::new();
    }
    let mut out = format!("--- {path}\n+++ {path}\n");
    let changed: Vec<usize> = (0..ops.len())
        .filter(|&i| !matches!(ops[i], Op::Same(..)))
        .collect();
    let mut start = 0;
    while start < changed.len() {
        // A hunk runs while the next change is within twice the context.
        let mut end = start;
        while end + 1 < changed.len() && changed[end + 1] - changed[end] <= 2 * CONTEXT {
            end += 1;
        }
        let lo = changed[start].saturating_sub(CONTEXT);
        let hi = (changed[end] + CONTEXT + 1).min(ops.len());
        hunk(&ops[lo..hi], &a, &b, &mut out);
        start = end + 1;
    }
    out
}

#[derive(Clone, Copy)]
enum Op {
    /// Line `i` of the old text, line `j` of the new one.
    Same(usize, usize),
    /// Line `i` of the old text, removed (`j`: where the new text is then).
    Del(usize, usize),
    /// Line `j` of the new text, added (`i`: where the old text is then).
    Add(usize, usize),
}

fn script(a: &[&str], b: &[&str]) -> Vec<Op> {
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut ops) = (0, 0, Vec::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            ops.push(Op::Same(i, j));
            (i, j) = (i + 1, j + 1);
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            // Removed lines before added ones, as diff(1) prints them.
            ops.push(Op::Del(i, j));
            i += 1;
        } else {
            ops.push(Op::Add(i, j));
            j += 1;
        }
    }
    ops
}

fn hunk(ops: &[Op], a: &[&str], b: &[&str], out: &mut String) {
    let (i0, j0) = match ops[0] {
        Op::Same(i, j) | Op::Del(i, j) | Op::Add(i, j) => (i, j),
    };
    let old_len = ops.iter().filter(|op| !matches!(op, Op::Add(..))).count();
    let new_len = ops.iter().filter(|op| !matches!(op, Op::Del(..))).count();
    // An empty range is numbered by the line before it.
    let start = |first: usize, len: usize| if len == 0 { first } else { first + 1 };
    out.push_str(&format!(
        "@@ -{},{old_len} +{},{new_len} @@\n",
        start(i0, old_len),
        start(j0, new_len)
    ));
    for op in ops {
        match *op {
            Op::Same(i, _) => out.push_str(&format!(" {}\n", a[i])),
            Op::Del(i, _) => out.push_str(&format!("-{}\n", a[i])),
            Op::Add(_, j) => out.push_str(&format!("+{}\n", b[j])),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::diff;

    #[test]
    fn hunks_with_context() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\n";
        let new = "a\nb\nc\nD\ne\nf\ng\nh\ni\n";
        assert_eq!(
            diff("x.toml", old, new),
            "--- x.toml\n+++ x.toml\n@@ -1,8 +1,9 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n h\n+i\n"
        );
        assert_eq!(diff("x.toml", old, old), "");
    }

    #[test]
    fn far_changes_are_separate_hunks() {
        let old: String = (0..20).map(|n| format!("{n}\n")).collect();
        let new: String = (0..20)
            .filter(|&n| n != 17)
            .map(|n| {
                if n == 2 {
                    "two\n".into()
                } else {
                    format!("{n}\n")
                }
            })
            .collect();
        let out = diff("x", &old, &new);
        assert!(
            out.contains("@@ -1,6 +1,6 @@\n 0\n 1\n-2\n+two\n 3\n 4\n 5\n"),
            "{out}"
        );
        assert!(
            out.contains("@@ -15,6 +15,5 @@\n 14\n 15\n 16\n-17\n 18\n 19\n"),
            "{out}"
        );
    }
}
