//! `wallet split`, run as support staff run it: the built binary.

use std::process::{Command, Output};

use serde_json::{Value, json};

fn wallet(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wallet")).arg("split").args(args).output().expect("the wallet binary runs")
}

fn stdout(output: &Output) -> String {
    assert!(output.status.success(), "{output:?}");
    assert!(output.stderr.is_empty(), "{output:?}");
    String::from_utf8(output.stdout.clone()).expect("UTF-8")
}

fn split_json(args: &[&str]) -> Value {
    let mut all = vec!["--total", "1000.00", "--people", "Айгуль,Бакыт,Чынара", "--json"];
    all.extend_from_slice(args);
    serde_json::from_str(&stdout(&wallet(&all))).expect("one JSON object")
}

/// `(name, amount)` of each share, in order.
fn shares(json: &Value) -> Vec<(String, String)> {
    json["shares"]
        .as_array()
        .expect("shares")
        .iter()
        .map(|s| (s["name"].as_str().unwrap_or("").to_owned(), s["amount"].as_str().unwrap_or("").to_owned()))
        .collect()
}

fn amounts(json: &Value) -> Vec<String> {
    shares(json).into_iter().map(|(_, amount)| amount).collect()
}

/// A refusal: non-zero exit, nothing on stdout, one line on stderr that starts with `wallet: split: `.
fn refused(args: &[&str]) -> String {
    let output = wallet(args);
    assert!(!output.status.success(), "{args:?}: {output:?}");
    assert!(output.stdout.is_empty(), "{args:?}: {output:?}");
    let error = String::from_utf8(output.stderr).expect("UTF-8");
    assert_eq!(error.trim_end().lines().count(), 1, "one line: {error}");
    assert!(error.starts_with("wallet: split: "), "{error}");
    error.trim_end().to_owned()
}

#[test]
fn the_issue_example_byte_for_byte() {
    let output = wallet(&["--total", "1000.00", "--people", "Айгуль,Бакыт,Чынара", "--tip", "10%", "--json"]);
    assert_eq!(
        stdout(&output),
        "{\"currency\": \"KGS\", \"total\": \"1100.00\", \"shares\": [{\"name\": \"Айгуль\", \"amount\": \"366.67\"}, \
         {\"name\": \"Бакыт\", \"amount\": \"366.67\"}, {\"name\": \"Чынара\", \"amount\": \"366.66\"}]}\n"
    );
}

#[test]
fn each_way_of_splitting() {
    let equal = split_json(&[]);
    assert_eq!(equal["currency"], "KGS");
    assert_eq!(equal["total"], "1000.00");
    assert_eq!(amounts(&equal), ["333.34", "333.33", "333.33"]);
    assert_eq!(shares(&equal)[2].0, "Чынара");

    let by_shares = split_json(&["--shares", "2,1,1"]);
    assert_eq!(amounts(&by_shares), ["500.00", "250.00", "250.00"]);

    let by_percent = split_json(&["--percent", "50,25,25", "--tip", "10%"]);
    assert_eq!(
        (by_percent["total"].as_str(), amounts(&by_percent)),
        (Some("1100.00"), vec!["550.00".to_owned(), "275.00".to_owned(), "275.00".to_owned()])
    );
    let decimals = split_json(&["--percent", "33.33,33.33,33.34"]);
    assert_eq!(amounts(&decimals), ["333.30", "333.30", "333.40"]);

    let exact = split_json(&["--exact", "500,250.50,249.50"]);
    assert_eq!(amounts(&exact), ["500.00", "250.50", "249.50"]);
}

#[test]
fn a_tip_as_an_amount() {
    let json = split_json(&["--tip", "0.50"]);
    assert_eq!(
        json,
        json!({
            "currency": "KGS",
            "total": "1000.50",
            "shares": [
                {"name": "Айгуль", "amount": "333.50"},
                {"name": "Бакыт", "amount": "333.50"},
                {"name": "Чынара", "amount": "333.50"},
            ],
        })
    );
    // A fixed tip over exact amounts goes in proportion to them.
    let exact = split_json(&["--exact", "500,250,250", "--tip", "100"]);
    assert_eq!(amounts(&exact), ["550.00", "275.00", "275.00"]);
}

#[test]
fn another_currency_and_the_table() {
    let output = wallet(&["--total", "10", "--people", "Asel,Dana,Erlan", "--currency", "usd", "--json"]);
    let json: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(
        (json["currency"].as_str(), amounts(&json)),
        (Some("USD"), vec!["3.34".to_owned(), "3.33".to_owned(), "3.33".to_owned()])
    );

    let table = stdout(&wallet(&["--total", "1000.00", "--people", "Айгуль,Бакыт,Чынара", "--tip", "10%"]));
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines[0], "1100.00 KGS = 1000.00 + tip 10% (100.00), split equally between 3 people");
    assert!(lines[1].contains("Айгуль") && lines[1].contains("366.67") && lines[1].contains("first listed"));
    assert!(lines[3].contains("Чынара") && lines[3].contains("366.66") && lines[3].contains("rounded down"));
}

#[test]
fn each_bad_input_exits_non_zero_with_its_reason() {
    let people = "Айгуль,Бакыт,Чынара";
    let cases: [(&[&str], &str); 17] = [
        (&["--total", "1000", "--people", ""], "nobody to split between"),
        (&["--total", "1000", "--people", "Айгуль,,Чынара"], "person 2 has no name"),
        (&["--total", "1000", "--people", "Айгуль,Бакыт,айгуль"], "listed twice"),
        (&["--total", "0", "--people", people], "more than 0, not 0.00 KGS"),
        (&["--total", "-5", "--people", people], "more than 0, not -5.00 KGS"),
        (&["--total", "abc", "--people", people], "\"abc\" is not an amount"),
        (&["--total", "10.001", "--people", people], "at most 2 decimals"),
        (&["--total", "1000", "--people", people, "--percent", "50,25,20"], "the percentages sum to 95, not 100"),
        (&["--total", "1000", "--people", people, "--percent", "50,50"], "3 people but 2 percentages"),
        (
            &["--total", "1000", "--people", people, "--exact", "500,250,200"],
            "sum to 950.00 KGS, not the total 1000.00",
        ),
        (&["--total", "1000", "--people", people, "--exact", "1100,-100,0"], "cannot be negative: -100.00 KGS"),
        (&["--total", "1000", "--people", people, "--shares", "0,0,0"], "the shares sum to 0"),
        (&["--total", "1000", "--people", people, "--shares", "1.5,1,1"], "\"1.5\" is not a share"),
        (&["--total", "1000", "--people", people, "--tip", "150%"], "\"150%\" is not a percentage"),
        (
            &["--total", "1000", "--people", people, "--shares", "2,1,1", "--percent", "50,25,25"],
            "not --shares and --percent",
        ),
        (&["--total", "1000", "--people", people, "--currency", "EUR"], "unknown currency \"EUR\""),
        (&["--people", people], "give the bill's total with --total"),
    ];
    for (args, reason) in cases {
        let error = refused(args);
        assert!(error.contains(reason), "{args:?}: {error}");
    }
}
