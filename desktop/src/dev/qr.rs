//! `wallet qr parse|build|render|decode`: the wallet's own payment-QR codec for support staff and tests.
//!
//! - `parse <link-or-payload> [--json]` prints what the phone reads from a code; it exits 0 whenever the structure
//!   reads (a bad checksum is in the output as `checksum_ok: false`) and non-zero with a one-line reason otherwise.
//! - `build …` makes a canonical payload (and its link), refusing values over the standard's limits.
//! - `render <text> --out FILE` writes the QR image as SVG or PNG (by the file's extension).
//! - `decode <image>` prints the text of every QR code in a JPEG or PNG.

use std::collections::BTreeMap;
use std::path::Path;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;
use wallet_core::payments::qr_image;
use wallet_formats::elqr::{self, CodeKind, ElqrCode, MerchantTemplate, NewElqr, ProviderTemplate};
use wallet_formats::emvco::EmvcoCode;
use wallet_formats::payment_code::{self, PaymentCode};

/// Why a `wallet qr` command failed: printed as `wallet: qr: <reason>`.
#[derive(Debug, thiserror::Error)]
pub enum QrCommandError {
    #[error("qr: {0}")]
    Read(#[from] payment_code::PaymentCodeError),
    #[error("qr: {0}")]
    Build(#[from] elqr::ElqrError),
    #[error("qr: {0}")]
    Image(#[from] qr_image::QrImageError),
    #[error("qr: the amount {0:?} is not a number of som with at most 2 decimals")]
    Amount(String),
    #[error("qr: {path}: {error}")]
    File { path: String, error: std::io::Error },
    #[error("qr: the output must end in .svg or .png, not {0}")]
    Format(String),
    #[error("qr: cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// The JSON of `wallet qr parse --json`: one object, every field present, absent ones null.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct QrJson {
    pub scheme: &'static str,
    pub checksum_ok: bool,
    pub version: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<&'static str>,
    pub provider_id: Option<String>,
    pub service_code: Option<String>,
    pub recipient_id: Option<String>,
    pub transaction_id: Option<String>,
    pub amount_editable: Option<bool>,
    pub recipient_id_editable: Option<bool>,
    pub merchant_id: Option<String>,
    pub service_name: Option<String>,
    pub comment: Option<String>,
    pub mcc: Option<String>,
    pub currency: Option<String>,
    pub amount_minor: Option<u64>,
    pub amount: Option<String>,
    pub provider_name: Option<String>,
    pub unknown_tags: BTreeMap<String, String>,
}

fn kind_name(kind: CodeKind) -> &'static str {
    match kind {
        CodeKind::Static => "static",
        CodeKind::Dynamic => "dynamic",
    }
}

/// Tyiyn as som with two decimals: `555600` → `5556.00`.
fn major(minor: u64) -> Option<String> {
    Some(Decimal::from_i128_with_scale(i128::from(minor), 2).to_string())
}

fn elqr_json(code: ElqrCode) -> QrJson {
    let merchant = code.merchant.unwrap_or_default();
    QrJson {
        scheme: "elqr",
        checksum_ok: code.checksum_ok,
        version: Some(code.version),
        kind: Some(kind_name(code.kind)),
        provider_id: Some(code.provider.provider_id),
        service_code: code.provider.service_code,
        recipient_id: code.provider.recipient_id,
        transaction_id: code.provider.transaction_id,
        amount_editable: code.provider.amount_editable,
        recipient_id_editable: code.provider.recipient_id_editable,
        merchant_id: merchant.merchant_id,
        service_name: merchant.service_name,
        comment: code.comment,
        mcc: Some(code.mcc),
        currency: Some(code.currency),
        amount_minor: code.amount_minor,
        amount: code.amount_minor.and_then(major),
        provider_name: Some(code.provider_name),
        unknown_tags: code.unknown.into_iter().map(|e| (e.id, e.value)).collect(),
    }
}

fn emvco_json(code: EmvcoCode) -> QrJson {
    // EMVCo amounts are decimal text in the major unit; tyiyn only when the text is exact to 2 decimals.
    let amount_minor = code.amount.as_deref().and_then(|text| minor_of(text.parse().ok()?));
    QrJson {
        scheme: "emvco",
        checksum_ok: code.crc_ok,
        version: Some(code.payload_format),
        kind: code.initiation.map(kind_name),
        provider_id: None,
        service_code: None,
        recipient_id: None,
        transaction_id: None,
        amount_editable: None,
        recipient_id_editable: None,
        merchant_id: None,
        service_name: None,
        comment: None,
        mcc: code.mcc,
        currency: code.currency,
        amount_minor,
        amount: code.amount,
        provider_name: code.merchant_name,
        unknown_tags: code.unknown.into_iter().map(|e| (e.id, e.value)).collect(),
    }
}

/// What `wallet qr parse` makes of `text`.
pub fn parse(text: &str) -> Result<QrJson, QrCommandError> {
    Ok(match payment_code::read(text)? {
        PaymentCode::Elqr(code) => elqr_json(code),
        PaymentCode::Emvco(code) => emvco_json(code),
    })
}

/// The summary `wallet qr parse` prints without `--json`.
fn summary(json: &QrJson) -> String {
    let verdict = if json.checksum_ok { "checksum OK" } else { "CHECKSUM DOES NOT MATCH" };
    let mut lines = vec![format!("{} code, {verdict}", json.scheme.to_uppercase())];
    let fields = [
        ("type", json.kind.map(str::to_owned)),
        ("provider", json.provider_id.clone()),
        ("recipient", json.recipient_id.clone()),
        ("name", json.provider_name.clone()),
        ("amount", json.amount.clone()),
        ("currency", json.currency.clone()),
        ("comment", json.comment.clone()),
    ];
    for (label, value) in fields {
        if let Some(value) = value {
            lines.push(format!("{label:>10}: {value}"));
        }
    }
    lines.join("\n")
}

pub fn run_parse(text: &str, json: bool) -> Result<(), QrCommandError> {
    let parsed = parse(text)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&parsed)?);
    } else {
        println!("{}", summary(&parsed));
    }
    Ok(())
}

/// The options of `wallet qr build`.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub provider: String,
    pub service: Option<String>,
    pub recipient: Option<String>,
    pub transaction: Option<String>,
    pub name: String,
    pub merchant_id: Option<String>,
    pub service_name: Option<String>,
    pub mcc: String,
    pub currency: String,
    /// In som, as typed: `556`, `556.00`.
    pub amount: Option<String>,
    pub amount_editable: Option<bool>,
    pub comment: Option<String>,
    /// A dynamic code (for one payment); static otherwise.
    pub dynamic: bool,
}

/// Som with at most 2 decimals as tyiyn; `None` for finer or negative amounts.
fn minor_of(value: Decimal) -> Option<u64> {
    let minor = value.checked_mul(Decimal::ONE_HUNDRED)?;
    if minor.fract().is_zero() { minor.to_u64() } else { None }
}

fn amount_minor(text: &str) -> Result<u64, QrCommandError> {
    let bad = || QrCommandError::Amount(text.to_owned());
    let value: Decimal = text.trim().replace(',', ".").parse().map_err(|_| bad())?;
    minor_of(value).ok_or_else(bad)
}

/// The canonical payload `wallet qr build` makes.
pub fn build(options: &BuildOptions) -> Result<String, QrCommandError> {
    let merchant = (options.merchant_id.is_some() || options.service_name.is_some()).then(|| MerchantTemplate {
        merchant_id: options.merchant_id.clone(),
        service_name: options.service_name.clone(),
        unknown: Vec::new(),
    });
    let code = NewElqr {
        kind: if options.dynamic { CodeKind::Dynamic } else { CodeKind::Static },
        provider: ProviderTemplate {
            provider_id: options.provider.clone(),
            service_code: options.service.clone(),
            recipient_id: options.recipient.clone(),
            transaction_id: options.transaction.clone(),
            amount_editable: options.amount_editable,
            recipient_id_editable: None,
            unknown: Vec::new(),
        },
        merchant,
        comment: options.comment.clone(),
        additional: Vec::new(),
        mcc: options.mcc.clone(),
        currency: options.currency.clone(),
        amount_minor: options.amount.as_deref().map(amount_minor).transpose()?,
        provider_name: options.name.clone(),
        unknown: Vec::new(),
    };
    Ok(elqr::build_payload(&code)?)
}

pub fn run_build(options: &BuildOptions, prefix: Option<&str>) -> Result<(), QrCommandError> {
    let payload = build(options)?;
    match prefix {
        Some(prefix) => println!("{}", elqr::link(&payload, prefix)),
        None => println!("{payload}"),
    }
    Ok(())
}

/// Writes `text` as a QR image: SVG or PNG by the extension of `out`.
pub fn render(text: &str, out: &Path, module_px: u32) -> Result<(), QrCommandError> {
    let extension = out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let bytes = match extension.as_deref() {
        Some("svg") => qr_image::svg(text)?.into_bytes(),
        Some("png") => qr_image::png(text, module_px)?,
        _ => return Err(QrCommandError::Format(out.display().to_string())),
    };
    std::fs::write(out, bytes).map_err(|error| QrCommandError::File { path: out.display().to_string(), error })
}

/// The texts of the QR codes in the image at `path`.
pub fn decode(path: &Path) -> Result<Vec<String>, QrCommandError> {
    let bytes =
        std::fs::read(path).map_err(|error| QrCommandError::File { path: path.display().to_string(), error })?;
    Ok(qr_image::decode(&bytes)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tyiyn_are_printed_as_som_with_two_decimals() {
        assert_eq!(major(555_600).as_deref(), Some("5556.00"));
        assert_eq!(major(0).as_deref(), Some("0.00"));
        assert_eq!(amount_minor("5556").expect("whole"), 555_600);
        assert_eq!(amount_minor("0,5").expect("comma"), 50);
        assert!(amount_minor("1.234").is_err() && amount_minor("-1").is_err() && amount_minor("x").is_err());
    }
}
