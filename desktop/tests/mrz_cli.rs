//! `wallet mrz parse`, run as support staff run it: the built binary, MRZ text on stdin.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};

const TD3_SPECIMEN: &str =
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n";
const TD1_SPECIMEN: &str =
    "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<\n";

fn wallet(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wallet"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the wallet binary starts");
    child.stdin.take().expect("stdin is piped").write_all(stdin.as_bytes()).expect("stdin takes the text");
    child.wait_with_output().expect("the wallet binary finishes")
}

fn parse_json(stdin: &str) -> Value {
    let output = wallet(&["mrz", "parse", "--json"], stdin);
    assert!(output.status.success(), "{output:?}");
    assert!(output.stderr.is_empty(), "{output:?}");
    serde_json::from_slice(&output.stdout).expect("stdout is one JSON object")
}

#[test]
fn td3_specimen() {
    assert_eq!(
        parse_json(TD3_SPECIMEN),
        json!({
            "format": "TD3",
            "document_code": "P",
            "issuing_state": "UTO",
            "document_number": "L898902C3",
            "nationality": "UTO",
            "birth_date": "1974-08-12",
            "sex": "F",
            "expiry_date": "2012-04-15",
            "surname": "ERIKSSON",
            "given_names": "ANNA MARIA",
            "personal_number": "ZE184226B",
            "optional_data": null,
            "optional_data_2": null,
            "checks": {
                "document_number": true,
                "birth_date": true,
                "expiry_date": true,
                "personal_number": true,
                "composite": true
            },
            "valid": true
        })
    );
}

#[test]
fn td1_specimen() {
    assert_eq!(
        parse_json(TD1_SPECIMEN),
        json!({
            "format": "TD1",
            "document_code": "I",
            "issuing_state": "UTO",
            "document_number": "D23145890",
            "nationality": "UTO",
            "birth_date": "1974-08-12",
            "sex": "F",
            "expiry_date": "2012-04-15",
            "surname": "ERIKSSON",
            "given_names": "ANNA MARIA",
            "personal_number": null,
            "optional_data": null,
            "optional_data_2": null,
            "checks": {
                "document_number": true,
                "birth_date": true,
                "expiry_date": true,
                "composite": true
            },
            "valid": true
        })
    );
}

#[test]
fn ocr_noise_and_crlf() {
    let noisy =
        "  p<uto eriksson<<anna<maria<<<<<<<<<<<<<<<<<<<\r\n\r\nL898902C36UTO7408122F1204159ZE184226B«<<<<10\r\n";
    assert_eq!(parse_json(noisy), parse_json(TD3_SPECIMEN));
}

#[test]
fn wrong_check_digit_still_parses() {
    // The birth date's check digit 2 → 3.
    let wrong = TD3_SPECIMEN.replace("7408122F", "7408123F");
    let value = parse_json(&wrong);
    assert_eq!(value["valid"], false);
    assert_eq!(value["checks"]["birth_date"], false);
    assert_eq!(value["checks"]["document_number"], true);
    assert_eq!(value["checks"]["expiry_date"], true);
    assert_eq!(value["checks"]["personal_number"], true);
    assert_eq!(value["checks"]["composite"], false, "the composite covers the birth date's check digit");
    assert_eq!(value["birth_date"], "1974-08-12");
}

#[test]
fn summary_without_json() {
    let output = wallet(&["mrz", "parse"], TD3_SPECIMEN);
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(text.contains("ERIKSSON, ANNA MARIA"), "{text}");
    assert!(text.contains("L898902C3"), "{text}");
    assert!(text.contains("all check digits match"), "{text}");
}

#[test]
fn garbage_is_one_line_on_stderr() {
    for garbage in ["hello, world\n", "", "P<UTO\n\u{0}\u{1b}[31mé\n", "\u{feff}ÿþ 12345"] {
        let output = wallet(&["mrz", "parse", "--json"], garbage);
        assert_eq!(output.status.code(), Some(1), "{garbage:?}: {output:?}");
        assert!(output.stdout.is_empty(), "{garbage:?}: {output:?}");
        let stderr = String::from_utf8(output.stderr).expect("UTF-8");
        assert!(stderr.starts_with("wallet: mrz: "), "{stderr:?}");
        assert!(stderr.ends_with('\n') && stderr.lines().count() == 1, "{stderr:?}");
    }
}

#[test]
fn invalid_utf8_is_an_mrz_error() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wallet"))
        .args(["mrz", "parse", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the wallet binary starts");
    child.stdin.take().expect("stdin is piped").write_all(&[0xff, 0xfe, b'A']).expect("stdin takes the bytes");
    let output = child.wait_with_output().expect("the wallet binary finishes");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert_eq!(stderr, "wallet: mrz: the MRZ is one line of 3 characters; a passport's has 88, an ID card's 90\n");
}
