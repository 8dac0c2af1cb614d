//! `wallet qr parse|build|render|decode`, run as support staff run them: the built binary.

use std::process::{Command, Output};

use serde_json::{Value, json};

fn wallet(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wallet")).args(args).output().expect("the wallet binary runs")
}

fn stdout(output: &Output) -> String {
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout.clone()).expect("UTF-8").trim().to_owned()
}

fn parse_json(text: &str) -> Value {
    let output = wallet(&["qr", "parse", text, "--json"]);
    serde_json::from_str(&stdout(&output)).expect("one JSON object")
}

/// A dynamic code of another bank with every field, and its link.
fn build_link() -> String {
    stdout(&wallet(&[
        "qr",
        "build",
        "--provider",
        "qr.bakai.kg",
        "--service",
        "12345678901234",
        "--recipient",
        "1240020001234567",
        "--transaction",
        "Заказ-17",
        "--name",
        "Кафе Нават",
        "--merchant-id",
        "navat",
        "--service-name",
        "Оплата обеда",
        "--mcc",
        "5812",
        "--amount",
        "5556",
        "--amount-editable",
        "false",
        "--comment",
        "Стол: 7",
        "--dynamic",
        "--prefix",
        "https://pay.payqr.kg/",
    ]))
}

#[test]
fn a_built_link_parses_to_every_field() {
    let link = build_link();
    assert!(link.starts_with("https://pay.payqr.kg/#000201"), "{link}");
    assert_eq!(
        parse_json(&link),
        json!({
            "scheme": "elqr",
            "checksum_ok": true,
            "version": "01",
            "type": "dynamic",
            "provider_id": "qr.bakai.kg",
            "service_code": "12345678901234",
            "recipient_id": "1240020001234567",
            "transaction_id": "Заказ-17",
            "amount_editable": false,
            "recipient_id_editable": null,
            "merchant_id": "navat",
            "service_name": "Оплата обеда",
            "comment": "Стол: 7",
            "mcc": "5812",
            "currency": "417",
            "amount_minor": 555600,
            "amount": "5556.00",
            "provider_name": "Кафе Нават",
            "unknown_tags": {},
        })
    );
}

#[test]
fn a_bad_checksum_still_parses_with_exit_0_and_unknown_tags_are_kept() {
    // Hand-made: out of canonical order (53 before 52), an unknown tag 80, a checksum that is wrong.
    let payload = "00020101021132170013qr.sandbox.kg53034175204541180031235906Globus63041234";
    let output = wallet(&["qr", "parse", payload, "--json"]);
    let json: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(json["checksum_ok"], false);
    assert_eq!(json["unknown_tags"], json!({ "80": "123" }));
    assert_eq!((json["mcc"].as_str(), json["currency"].as_str()), (Some("5411"), Some("417")));
    assert_eq!(json["amount_minor"], Value::Null);
}

#[test]
fn an_emvco_code_is_recognised_and_garbage_fails_with_one_line() {
    let promptpay = "00020101021129370016A000000677010111011300668012345675802TH530376463046197";
    let json = parse_json(promptpay);
    assert_eq!((json["scheme"].as_str(), json["checksum_ok"].as_bool()), (Some("emvco"), Some(true)));
    assert_eq!(json["currency"], "764");

    for garbage in ["hello", "0002", "https://example.com/"] {
        let output = wallet(&["qr", "parse", garbage, "--json"]);
        assert!(!output.status.success(), "{garbage}: {output:?}");
        let error = String::from_utf8_lossy(&output.stderr);
        assert_eq!(error.trim().lines().count(), 1, "one line: {error}");
        assert!(error.starts_with("wallet: qr: "), "{error}");
    }
}

#[test]
fn build_refuses_values_over_the_limits() {
    let output = wallet(&["qr", "build", "--provider", "qr.sandbox.kg", "--name", "Очень длинное имя получателя"]);
    assert!(!output.status.success(), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stderr).contains("25"), "{output:?}");
    let output = wallet(&["qr", "build", "--provider", "qr.sandbox.kg", "--name", "X", "--amount", "1.234"]);
    assert!(!output.status.success(), "{output:?}");
}

#[test]
fn build_then_render_png_then_decode_then_parse_is_the_original() {
    let dir = tempfile::tempdir().expect("temp dir");
    let link = build_link();
    for (file, module_px) in [("code.png", "4"), ("big.png", "12")] {
        let png = dir.path().join(file);
        let path = png.to_str().expect("path");
        stdout(&wallet(&["qr", "render", &link, "--out", path, "--module-px", module_px]));
        let decoded = stdout(&wallet(&["qr", "decode", path]));
        assert_eq!(decoded, link);
        assert_eq!(parse_json(&decoded), parse_json(&link));
    }
    let svg = dir.path().join("code.svg");
    stdout(&wallet(&["qr", "render", &link, "--out", svg.to_str().expect("path")]));
    assert!(std::fs::read_to_string(&svg).expect("svg").starts_with("<svg"));
    let wrong = dir.path().join("code.gif");
    assert!(!wallet(&["qr", "render", &link, "--out", wrong.to_str().expect("path")]).status.success());
}
