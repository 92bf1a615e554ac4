//! Lists that print each code run into its text (`0Success`,
//! `401Unauthorized`). The code is the leading digits, except where that
//! breaks the rising order of the list: `101073DS confirmation failed` between
//! 10106 and 10108 is 10107 + “3DS confirmation failed”.

use super::table::{Report, Row, Table};

/// Whether `line` is a code run into its text: digits, then at once a letter.
pub fn is_row(line: &str) -> bool {
    split(line).is_some()
}

/// (leading digits, the rest) of a run-together line.
fn split(line: &str) -> Option<(&str, &str)> {
    let line = line.trim();
    let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
    let digits = &line[..line.len() - rest.len()];
    let next = rest.chars().next()?;
    (!digits.is_empty() && next.is_alphabetic()).then_some((digits, rest))
}

/// Reads a block of consecutive non-blank lines from its first row on; lines
/// without a code are reported and skipped.
pub fn read(lines: &[(usize, &str)], heading: Option<String>, report: &mut Report) -> Table {
    let rows: Vec<(usize, &str, &str)> = lines
        .iter()
        .filter_map(|&(line, text)| {
            let parts = split(text);
            if parts.is_none() {
                report.note(
                    line,
                    format!("no code at the start of `{}`: skipped", text.trim()),
                );
            }
            parts.map(|(digits, rest)| (line, digits, rest))
        })
        .collect();
    let mut table = Table {
        line: lines.first().map_or(0, |(n, _)| *n),
        heading,
        ..Table::default()
    };
    if let (Some(first), Some(last)) = (rows.first(), rows.last()) {
        report.note(
            first.0,
            format!(
                "lines {}–{}: each code is run into its text (`{}{}`): split after the leading digits",
                first.0, last.0, first.1, first.2
            ),
        );
    }
    let mut previous: Option<i64> = None;
    for (i, &(line, digits, rest)) in rows.iter().enumerate() {
        let next = rows.get(i + 1).and_then(|(_, d, _)| d.parse::<i64>().ok());
        let fits = |code: i64| previous.is_none_or(|p| p < code) && next.is_none_or(|n| code < n);
        let greedy = digits.parse::<i64>().ok();
        let cut = match greedy {
            Some(code) if fits(code) => digits.len(),
            _ => (1..digits.len())
                .rev()
                .find(|&len| digits[..len].parse().is_ok_and(fits))
                .unwrap_or(digits.len()),
        };
        let (code, text) = (&digits[..cut], format!("{}{rest}", &digits[cut..]));
        if cut < digits.len() {
            report.note(
                line,
                format!(
                    "`{digits}{}…` read as code {code} and the text “{text}”: {digits} would break the rising order of the codes around it",
                    rest.chars().take(8).collect::<String>()
                ),
            );
        }
        previous = code.parse().ok();
        table.rows.push(Row::new(line, code, text.trim()));
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_split_by_rising_order() {
        let text = "10106Verification code does not match card\n101073DS confirmation failed\n10108Verification code confirmed\n10300Parameter ''{0}'' cannot be empty";
        let lines: Vec<(usize, &str)> = text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect();
        let mut report = Report::default();
        let table = read(&lines, None, &mut report);
        let rows: Vec<_> = table
            .rows
            .iter()
            .map(|r| (r.code.as_str(), r.text.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                ("10106", "Verification code does not match card"),
                ("10107", "3DS confirmation failed"),
                ("10108", "Verification code confirmed"),
                ("10300", "Parameter ''{0}'' cannot be empty"),
            ]
        );
        let lines: Vec<usize> = report.sorted().iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [1, 2]);
        assert!(is_row("0Success") && !is_row("9.1 Common") && !is_row("HTTP Status CodeDesc"));
    }
}
