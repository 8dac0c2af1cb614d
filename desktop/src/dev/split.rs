//! `wallet split`: the wallet's own rules for «Разделить чек» on a bill typed in, for support staff and tests.
//!
//! ```text
//! wallet split --total 1000.00 --people "Айгуль,Бакыт,Чынара" [--shares 2,1,1 | --percent 50,25,25 |
//!              --exact 500,250,250] [--tip 10% | --tip 150.00] [--currency KGS] [--json]
//! ```
//!
//! Without `--shares`, `--percent` or `--exact` the bill is split equally. Lists are comma-separated, so decimals in
//! them take a point (`--percent 33.33,33.33,33.34`). `--json` prints one line,
//! `{"currency": "KGS", "total": "1100.00", "shares": [{"name": "Айгуль", "amount": "366.67"}, …]}`: amounts as
//! decimal text, the total with the tip, the shares in the order given. Without it, a table says why each share is
//! what it is. Bad input exits non-zero with a one-line reason on stderr and nothing on stdout.

use std::io;

use rust_decimal::Decimal;
use serde::Serialize;
use wallet_core::domain::Currency;
use wallet_core::split::{self, Mode, Percent, Rounding, Split, SplitError, Tip};

/// The options of `wallet split`, as typed.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct SplitArgs {
    /// The bill's total before the tip, e.g. 1000.00.
    #[arg(long, allow_hyphen_values = true)]
    pub total: Option<String>,
    /// The people, comma-separated, in order: "Айгуль,Бакыт,Чынара".
    #[arg(long)]
    pub people: Option<String>,
    /// Whole-number shares, one per person: 2,1,1.
    #[arg(long, allow_hyphen_values = true)]
    pub shares: Option<String>,
    /// Percentages, one per person, summing to 100: 50,25,25.
    #[arg(long, allow_hyphen_values = true)]
    pub percent: Option<String>,
    /// Exact amounts, one per person, summing to the total: 500,250,250.
    #[arg(long, allow_hyphen_values = true)]
    pub exact: Option<String>,
    /// A tip or service charge added before splitting: a percentage (10%) or an amount (150.00).
    #[arg(long, allow_hyphen_values = true)]
    pub tip: Option<String>,
    /// The currency's ISO code.
    #[arg(long, default_value = "KGS")]
    pub currency: String,
    /// Prints one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Why `wallet split` failed: printed as `wallet: split: <reason>`.
#[derive(Debug, thiserror::Error)]
pub enum SplitCommandError {
    #[error("split: {0}")]
    Split(#[from] SplitError),
    #[error("split: give the bill's total with --total, like --total 1000.00")]
    NoTotal,
    #[error("split: give the people with --people, like --people \"Айгуль,Бакыт,Чынара\"")]
    NoPeople,
    #[error("split: give one way of splitting, not {0}")]
    ManyModes(String),
    #[error("split: unknown currency \"{0}\": use KGS, KZT or USD")]
    Currency(String),
    #[error("split: cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// Runs the command, printing to stdout only when everything was read and split.
pub fn run(args: &SplitArgs) -> Result<(), SplitCommandError> {
    let text = output(args)?;
    println!("{text}");
    Ok(())
}

/// What `wallet split` prints for `args`: the JSON line, or the table.
pub fn output(args: &SplitArgs) -> Result<String, SplitCommandError> {
    let currency =
        Currency::from_code(args.currency.trim()).ok_or_else(|| SplitCommandError::Currency(args.currency.clone()))?;
    let total = split::parse_amount(args.total.as_deref().ok_or(SplitCommandError::NoTotal)?, currency)?;
    let people = names(args.people.as_deref().ok_or(SplitCommandError::NoPeople)?);
    let mode = mode(args, currency)?;
    let tip = args.tip.as_deref().map(|text| Tip::parse(text, currency)).transpose()?;
    let split = split::split(total, &people, &mode, tip.as_ref())?;
    if args.json { json(&split) } else { Ok(table(&split, &mode, tip.as_ref())) }
}

/// The names between the commas; none when the text is blank.
fn names(text: &str) -> Vec<String> {
    if text.trim().is_empty() { Vec::new() } else { text.split(',').map(str::to_owned).collect() }
}

fn mode(args: &SplitArgs, currency: Currency) -> Result<Mode, SplitCommandError> {
    let given: Vec<&str> = [("--shares", &args.shares), ("--percent", &args.percent), ("--exact", &args.exact)]
        .into_iter()
        .filter(|(_, value)| value.is_some())
        .map(|(flag, _)| flag)
        .collect();
    if given.len() > 1 {
        return Err(SplitCommandError::ManyModes(given.join(" and ")));
    }
    let list = |text: &str| text.split(',').map(str::to_owned).collect::<Vec<_>>();
    Ok(match (&args.shares, &args.percent, &args.exact) {
        (Some(shares), _, _) => {
            Mode::Shares(list(shares).iter().map(|s| split::parse_share(s)).collect::<Result<_, _>>()?)
        }
        (_, Some(percents), _) => {
            Mode::Percent(list(percents).iter().map(|p| Percent::parse(p)).collect::<Result<_, _>>()?)
        }
        (_, _, Some(amounts)) => {
            Mode::Exact(list(amounts).iter().map(|a| split::parse_amount(a, currency)).collect::<Result<_, _>>()?)
        }
        (None, None, None) => Mode::Equal,
    })
}

/// A whole number of minor units as decimal text: `36667` → `366.67`.
fn decimal_text(minor: i64, currency: Currency) -> String {
    Decimal::new(minor, currency.minor_units()).to_string()
}

#[derive(Serialize)]
struct SplitJson {
    currency: &'static str,
    total: String,
    shares: Vec<ShareJson>,
}

#[derive(Serialize)]
struct ShareJson {
    name: String,
    amount: String,
}

/// The JSON line: `{"currency": "KGS", "total": "1100.00", "shares": [{"name": …, "amount": …}, …]}`.
fn json(split: &Split) -> Result<String, SplitCommandError> {
    let value = SplitJson {
        currency: split.currency.code(),
        total: decimal_text(split.total.to_minor().ok_or(SplitError::TooLarge)?, split.currency),
        shares: split
            .shares
            .iter()
            .map(|s| ShareJson { name: s.name.clone(), amount: decimal_text(s.amount_minor, split.currency) })
            .collect(),
    };
    let mut out = Vec::new();
    value.serialize(&mut serde_json::Serializer::with_formatter(&mut out, Spaced))?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// JSON on one line with a space after each `:` and `,`, as people write it.
struct Spaced;

impl serde_json::ser::Formatter for Spaced {
    fn begin_array_value<W: ?Sized + io::Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        if first { Ok(()) } else { writer.write_all(b", ") }
    }

    fn begin_object_key<W: ?Sized + io::Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        if first { Ok(()) } else { writer.write_all(b", ") }
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }
}

/// The table: what was split and how, then one line per person with why their share is what it is.
fn table(split: &Split, mode: &Mode, tip: Option<&Tip>) -> String {
    let money = |minor: i64| decimal_text(minor, split.currency);
    let minor = |m: wallet_core::domain::Money| m.to_minor().unwrap_or(0);
    let how = match mode {
        Mode::Equal => "equally".to_owned(),
        Mode::Shares(shares) => {
            format!("by shares {}", shares.iter().map(u32::to_string).collect::<Vec<_>>().join(":"))
        }
        Mode::Percent(percents) => {
            format!("by percentages {}", percents.iter().map(|p| format!("{p}%")).collect::<Vec<_>>().join(" / "))
        }
        Mode::Exact(_) => "by exact amounts".to_owned(),
    };
    let tip_text = match tip {
        Some(tip @ Tip::Percent(_)) => format!(" + tip {tip} ({})", money(minor(split.tip))),
        Some(Tip::Amount(_)) => format!(" + tip {}", money(minor(split.tip))),
        None => String::new(),
    };
    let counted = if tip.is_some() { format!(" = {}{tip_text}", money(minor(split.subtotal))) } else { String::new() };
    let mut lines = vec![format!(
        "{} {}{counted}, split {how} between {} {}",
        money(minor(split.total)),
        split.currency.code(),
        split.shares.len(),
        if split.shares.len() == 1 { "person" } else { "people" },
    )];
    let name_width = split.shares.iter().map(|s| s.name.chars().count()).max().unwrap_or(0);
    let amount_width = split.shares.iter().map(|s| money(s.amount_minor).len()).max().unwrap_or(0);
    for share in &split.shares {
        let note = match share.rounding {
            Rounding::Exact => String::new(),
            rounding => format!("  {rounding}"),
        };
        lines.push(format!("  {:<name_width$}  {:>amount_width$}{note}", share.name, money(share.amount_minor)));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(total: &str, people: &str) -> SplitArgs {
        SplitArgs {
            total: Some(total.into()),
            people: Some(people.into()),
            currency: "KGS".into(),
            ..SplitArgs::default()
        }
    }

    #[test]
    fn the_issue_example_as_one_json_line() {
        let mut example = args("1000.00", "Айгуль,Бакыт,Чынара");
        example.tip = Some("10%".into());
        example.json = true;
        assert_eq!(
            output(&example).expect("splits"),
            r#"{"currency": "KGS", "total": "1100.00", "shares": [{"name": "Айгуль", "amount": "366.67"}, {"name": "Бакыт", "amount": "366.67"}, {"name": "Чынара", "amount": "366.66"}]}"#
        );
    }

    #[test]
    fn the_table_explains_the_extra_tyiyn() {
        let mut example = args("1000.00", "Айгуль,Бакыт,Чынара");
        example.tip = Some("10%".into());
        let table = output(&example).expect("splits");
        assert_eq!(
            table,
            "1100.00 KGS = 1000.00 + tip 10% (100.00), split equally between 3 people\n\
             \x20 Айгуль  366.67  1 tyiyn more: equal remainders, the leftover tyiyns go to the first listed\n\
             \x20 Бакыт   366.67  1 tyiyn more: equal remainders, the leftover tyiyns go to the first listed\n\
             \x20 Чынара  366.66  rounded down: equal remainders, the leftover tyiyns go to the first listed"
        );
    }

    #[test]
    fn refusals_name_the_problem() {
        let mut two_modes = args("100", "A,B");
        two_modes.shares = Some("1,1".into());
        two_modes.exact = Some("50,50".into());
        assert_eq!(
            output(&two_modes).map_err(|e| e.to_string()),
            Err("split: give one way of splitting, not --shares and --exact".into())
        );
        let mut unknown = args("100", "A,B");
        unknown.currency = "EUR".into();
        assert!(matches!(output(&unknown), Err(SplitCommandError::Currency(_))));
        assert!(matches!(output(&SplitArgs::default()), Err(SplitCommandError::Currency(_))));
        let missing = SplitArgs { currency: "KGS".into(), ..SplitArgs::default() };
        assert!(matches!(output(&missing), Err(SplitCommandError::NoTotal)));
        assert!(matches!(output(&args("100", "")), Err(SplitCommandError::Split(SplitError::NoPeople))));
    }
}
