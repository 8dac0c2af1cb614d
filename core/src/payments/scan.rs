//! What a scanned payment code asks for: the text from the camera (or a picture, or pasted) read with
//! `wallet_formats`, checked, and turned into what the confirmation screen shows.
//!
//! The phone refuses what it can see is wrong before anyone types a PIN: text that is no payment code, a damaged
//! code, a checksum that does not match (a misprint or a fake sticker over the real one), another scheme's code
//! (explained, not called broken), another currency. The bank checks the same code again when the money moves.

use wallet_formats::elqr::{CodeKind, ElqrCode};
use wallet_formats::payment_code::{self, PaymentCode};

use crate::domain::{Currency, Money};

/// A payment code that passed the phone's checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentIntent {
    /// What was scanned, trimmed: the bank reads it again itself.
    pub scanned: String,
    /// The recipient's display name (ELQR tag 59).
    pub recipient: String,
    /// The merchant's service («Оплата покупки»), when the code names one.
    pub service: Option<String>,
    /// Who receives the money: the provider id (`qr.bakai.kg`) and, when known, its name.
    pub provider_id: String,
    pub provider_name: Option<&'static str>,
    /// The amount the code carries (`None` for a static code without one, or with `0`).
    pub amount: Option<Money>,
    /// Whether the user may type or change the amount.
    pub amount_editable: bool,
    pub comment: Option<String>,
    pub dynamic: bool,
    pub currency: Currency,
}

/// Why a scanned text cannot be paid. Each has its own message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScanProblem {
    /// Not a payment code at all (a web address, a text).
    NotAPaymentCode,
    /// It looks like a payment code but does not read (cut off, wrong lengths, a missing element).
    Damaged,
    /// It reads, but its checksum does not match: a misprint or a forged code.
    ChecksumMismatch,
    /// An international (EMVCo) code of another scheme, e.g. a Kazakh or Thai one; `country` when it says.
    ForeignScheme { country: Option<String> },
    /// The code asks for a currency the wallet has no account in.
    WrongCurrency { code: String },
    /// The code's names or comment hold control or text-direction characters: they could show the payer something
    /// else than what is paid.
    HiddenText,
}

impl ScanProblem {
    pub fn message_id(&self) -> &'static str {
        match self {
            ScanProblem::NotAPaymentCode => "pay-scan-not-a-code",
            ScanProblem::Damaged => "pay-scan-damaged",
            ScanProblem::ChecksumMismatch => "pay-scan-checksum",
            ScanProblem::ForeignScheme { country: Some(_) } => "pay-scan-foreign-country",
            ScanProblem::ForeignScheme { country: None } => "pay-scan-foreign",
            ScanProblem::WrongCurrency { .. } => "pay-scan-wrong-currency",
            ScanProblem::HiddenText => "pay-scan-hidden-text",
        }
    }
}

/// Banks and operators whose provider ids people will meet, by the domain in ELQR tag 32/00.
const PROVIDERS: [(&str, &str); 7] = [
    ("qr.sandbox.kg", "Sandbox Bank"),
    ("qr.bakai.kg", "Бакай Банк"),
    ("bakai.kg", "Бакай Банк"),
    ("c2c.mbank.kg", "MBANK"),
    ("mbank.kg", "MBANK"),
    ("dengi.o.kg", "О!Деньги"),
    ("finik.kg", "Finik"),
];

fn provider_name(provider_id: &str) -> Option<&'static str> {
    PROVIDERS
        .iter()
        .find(|(domain, _)| provider_id == *domain || provider_id.ends_with(&format!(".{domain}")))
        .map(|(_, name)| *name)
}

/// Reads a scanned text for an account in one of `held` currencies.
pub fn read(text: &str, held: &[Currency]) -> Result<PaymentIntent, ScanProblem> {
    let scanned = text.trim();
    match payment_code::read(scanned) {
        Ok(PaymentCode::Elqr(code)) => intent(scanned, code, held),
        Ok(PaymentCode::Emvco(code)) => Err(ScanProblem::ForeignScheme { country: code.country }),
        Err(payment_code::PaymentCodeError::NotAPaymentCode) => Err(ScanProblem::NotAPaymentCode),
        Err(_) => Err(ScanProblem::Damaged),
    }
}

fn intent(scanned: &str, code: ElqrCode, held: &[Currency]) -> Result<PaymentIntent, ScanProblem> {
    if !code.checksum_ok {
        return Err(ScanProblem::ChecksumMismatch);
    }
    let shown = [Some(code.provider_name.as_str()), code.comment.as_deref()]
        .into_iter()
        .chain([code.merchant.as_ref().and_then(|m| m.service_name.as_deref())]);
    if shown.flatten().any(|text| wallet_formats::free_text::hidden_character(text).is_some()) {
        return Err(ScanProblem::HiddenText);
    }
    let currency = code
        .currency
        .parse::<u16>()
        .ok()
        .and_then(Currency::from_numeric_code)
        .filter(|c| held.contains(c))
        .ok_or_else(|| ScanProblem::WrongCurrency { code: code.currency.clone() })?;
    let amount = match code.amount_minor {
        Some(0) | None => None,
        Some(minor) => Some(Money::from_minor(i64::try_from(minor).map_err(|_| ScanProblem::Damaged)?, currency)),
    };
    // A code without an amount is paid with the one the user types; one with an amount fixes it unless it says
    // the amount may change.
    let amount_editable = amount.is_none() || code.provider.amount_editable == Some(true);
    let provider_id = code.provider.provider_id.clone();
    Ok(PaymentIntent {
        scanned: scanned.to_owned(),
        recipient: code.provider_name.clone(),
        service: code.merchant.as_ref().and_then(|m| m.service_name.clone()).filter(|s| !s.is_empty()),
        provider_name: provider_name(&provider_id),
        provider_id,
        amount,
        amount_editable,
        comment: code.comment.clone().filter(|c| !c.is_empty()),
        dynamic: code.kind == CodeKind::Dynamic,
        currency,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use wallet_formats::elqr::{MerchantTemplate, NewElqr, ProviderTemplate, UNIVERSAL_ROUTER, build_payload, link};

    fn code(amount_minor: Option<u64>, amount_editable: Option<bool>, currency: &str) -> NewElqr {
        NewElqr {
            kind: if amount_minor.is_some_and(|a| a > 0) { CodeKind::Dynamic } else { CodeKind::Static },
            provider: ProviderTemplate {
                provider_id: "qr.bakai.kg".into(),
                service_code: Some("pay".into()),
                recipient_id: Some("m-42".into()),
                transaction_id: amount_minor.map(|_| "tx-Ж1".into()),
                amount_editable,
                recipient_id_editable: None,
                unknown: vec![],
            },
            merchant: Some(MerchantTemplate {
                merchant_id: Some("m-42".into()),
                service_name: Some("Оплата покупки".into()),
                unknown: vec![],
            }),
            comment: Some("Заказ: 17".into()),
            additional: vec![],
            mcc: "5812".into(),
            currency: currency.into(),
            amount_minor,
            provider_name: "Кафе Нават".into(),
            unknown: vec![],
        }
    }

    fn payload(code: &NewElqr) -> String {
        build_payload(code).expect("a valid code")
    }

    #[test]
    fn a_link_with_a_fixed_amount_reads_as_a_payment_of_that_amount() {
        let text = format!("  {}\n", link(&payload(&code(Some(55_600), None, "417")), UNIVERSAL_ROUTER));
        let intent = read(&text, &[Currency::Kgs]).expect("readable");
        assert_eq!(intent.amount, Some(Money::from_minor(55_600, Currency::Kgs)));
        assert!(!intent.amount_editable);
        assert!(intent.dynamic);
        assert_eq!(intent.recipient, "Кафе Нават");
        assert_eq!(intent.service.as_deref(), Some("Оплата покупки"));
        assert_eq!((intent.provider_id.as_str(), intent.provider_name), ("qr.bakai.kg", Some("Бакай Банк")));
        assert_eq!(intent.comment.as_deref(), Some("Заказ: 17"));
        assert_eq!(intent.scanned, text.trim(), "the bank gets what was scanned");
    }

    #[test]
    fn a_static_code_or_an_editable_amount_lets_the_user_type_it() {
        let zero = read(&payload(&code(Some(0), None, "417")), &[Currency::Kgs]).expect("static, 0");
        assert_eq!((zero.amount, zero.amount_editable, zero.dynamic), (None, true, false));
        let none = read(&payload(&code(None, None, "417")), &[Currency::Kgs]).expect("static");
        assert!(none.amount_editable);
        let editable = read(&payload(&code(Some(10_000), Some(true), "417")), &[Currency::Kgs]).expect("editable");
        assert_eq!((editable.amount.is_some(), editable.amount_editable), (true, true));
    }

    #[test]
    fn each_kind_of_bad_code_has_its_own_problem() {
        assert_eq!(read("https://example.com/menu", &[Currency::Kgs]), Err(ScanProblem::NotAPaymentCode));
        let good = payload(&code(Some(100), None, "417"));
        let cut = &good[..good.len() / 2];
        assert_eq!(read(cut, &[Currency::Kgs]), Err(ScanProblem::Damaged));
        // One digit of the amount changed after the checksum was made: what a forged sticker looks like.
        let forged = good.replacen("5403100", "5403900", 1);
        assert_ne!(forged, good);
        assert_eq!(read(&forged, &[Currency::Kgs]), Err(ScanProblem::ChecksumMismatch));
        let tenge = payload(&code(Some(100), None, "398"));
        assert_eq!(read(&tenge, &[Currency::Kgs]), Err(ScanProblem::WrongCurrency { code: "398".into() }));
        assert!(read(&tenge, &[Currency::Kgs, Currency::Kzt]).is_ok());
    }

    #[test]
    fn a_code_whose_name_or_comment_hides_characters_is_refused() {
        let mut spoofed = code(Some(100), None, "417");
        spoofed.provider_name = "Кафе \u{202E}таваН".into();
        assert_eq!(read(&payload(&spoofed), &[Currency::Kgs]), Err(ScanProblem::HiddenText));
        let mut spoofed = code(Some(100), None, "417");
        spoofed.comment = Some("за\u{0}каз".into());
        if let Ok(text) = build_payload(&spoofed) {
            assert_eq!(read(&text, &[Currency::Kgs]), Err(ScanProblem::HiddenText));
        }
    }

    #[test]
    fn a_foreign_emvco_code_is_explained_not_called_broken() {
        let promptpay = "00020101021129370016A000000677010111011300668012345675802TH530376463046197";
        let problem = read(promptpay, &[Currency::Kgs]).expect_err("not ELQR");
        assert_eq!(problem, ScanProblem::ForeignScheme { country: Some("TH".into()) });
        assert_eq!(problem.message_id(), "pay-scan-foreign-country");
    }
}
