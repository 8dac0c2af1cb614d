//! A receipt to share: an executed operation and the bank's signed facts, as the texts a person reads on paper.
//! `receipt_print` turns it into a PNG and a PDF; this says what is on it, in the user's language. Times are the
//! bank's (Bishkek, UTC+6), whatever the phone's zone.

use super::state::ReceiptFacts;
use super::view::{status_label, status_of};
use crate::domain::Money;
use crate::domain::operation::{Operation, OperationKind, unix_ms};
use crate::i18n::Strings;
use crate::i18n::datetime::date_time;
use crate::receipt_print::{ReceiptDocument, ReceiptRow};

/// Bishkek's offset from UTC, in minutes: receipts carry the bank's time.
const BISHKEK_MINUTES: i32 = 360;

/// The receipt of `operation` for `me` (the customer, masked), or `None` for one that was never executed.
pub fn document(operation: &Operation, facts: Option<&ReceiptFacts>, me: &str, t: &Strings<'_>) -> ReceiptDocument {
    let language = t.language();
    let money = |amount: &Money| amount.format(language);
    let row = |label: &str, value: String| ReceiptRow { label: t.text(label), value };
    let total = operation.amount.checked_add(&operation.fee).unwrap_or(operation.amount);
    let outgoing = operation.kind.is_outgoing();
    let counterparty = match &operation.counterparty.phone_masked {
        Some(phone) => format!("{}, {phone}", operation.counterparty.name),
        None => operation.counterparty.name.clone(),
    };
    let (payer, payee) = if outgoing { (me.to_owned(), counterparty) } else { (counterparty, me.to_owned()) };
    let executed_ms = facts
        .and_then(|facts| {
            time::OffsetDateTime::parse(&facts.executed_at, &time::format_description::well_known::Rfc3339).ok()
        })
        .map_or(operation.updated_at_ms, unix_ms);
    let mut rows = vec![
        row("receipt-when", date_time(executed_ms, BISHKEK_MINUTES, language)),
        row("receipt-amount", money(&operation.amount)),
    ];
    if outgoing {
        rows.push(row("receipt-fee", money(&operation.fee)));
        rows.push(row("receipt-total", money(&total)));
    }
    rows.push(row("receipt-payer", payer));
    rows.push(row("receipt-payee", payee));
    if let Some(number) = &operation.number {
        rows.push(row("receipt-number", format!("№ {number}")));
    }
    if let Some(id) = &operation.operation_id {
        rows.push(row("receipt-bank-id", id.clone()));
    }
    if let Some(comment) = &operation.comment {
        rows.push(row("receipt-comment", comment.clone()));
    }
    let sign = if outgoing { "\u{2212}" } else { "+" };
    ReceiptDocument {
        bank: t.text("receipt-bank"),
        title: t.text(match operation.kind {
            OperationKind::Payment => "receipt-title-payment",
            OperationKind::TransferOut => "receipt-title-transfer",
            OperationKind::TransferIn | OperationKind::TopUp => "receipt-title-in",
        }),
        amount: format!("{sign}{}", money(&operation.amount)),
        status: status_label(status_of(operation.status), t),
        rows,
        footer: match facts {
            Some(facts) => vec![t.text_with("receipt-signed", &[("key", facts.key_id.clone().into())])],
            None => Vec::new(),
        },
    }
}

/// The files' name: `receipt-2026-001234`, from the human number (or the bank's id), with nothing but letters,
/// digits and hyphens.
pub fn file_stem(operation: &Operation) -> String {
    let id = operation.number.as_deref().or(operation.operation_id.as_deref()).unwrap_or(&operation.local_id);
    let clean: String = id.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(64).collect();
    format!("receipt-{clean}")
}

/// The sentence that goes with the files: «Квитанция № 2026-001234: 556,50 сом, Глобус».
pub fn share_text(operation: &Operation, t: &Strings<'_>) -> String {
    let number = operation.number.as_deref().or(operation.operation_id.as_deref()).unwrap_or_default();
    t.text_with(
        "receipt-share-text",
        &[
            ("number", number.to_owned().into()),
            ("amount", operation.amount.format(t.language()).into()),
            ("name", operation.counterparty.name.clone().into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Currency;
    use crate::domain::Language;
    use crate::domain::operation::OperationStatus;
    use crate::i18n::Catalog;
    use crate::receipt_print::{render_pdf, render_png};
    use crate::store::history::tests::operation;

    fn executed() -> Operation {
        let mut op = operation("local-1", 1_795_161_780_000, OperationStatus::Executed);
        op.kind = OperationKind::Payment;
        op.amount = Money::from_minor(55_650, Currency::Kgs);
        op.fee = Money::from_minor(0, Currency::Kgs);
        op.counterparty.name = "Глобус".into();
        op.operation_id = Some("7d1f0c2e-4b1a-4a8e-9f00-1c2d3e4f5a6b".into());
        op.number = Some("2026-001234".into());
        op
    }

    fn facts() -> ReceiptFacts {
        ReceiptFacts {
            operation_id: "7d1f0c2e-4b1a-4a8e-9f00-1c2d3e4f5a6b".into(),
            executed_at: "2026-11-20T08:03:00Z".into(),
            key_id: "sandbox-1".into(),
        }
    }

    #[test]
    fn a_receipt_reads_in_every_language_and_renders_as_both_files() {
        for language in Language::ALL {
            let t = Catalog::shared().strings(language);
            let doc = document(&executed(), Some(&facts()), "+996 555 ***456", &t);
            let all = format!("{doc:?}");
            assert!(!all.contains('⟦'), "{language:?}: a missing text in {all}");
            // The bank's time in Bishkek: 08:03 UTC is 14:03 there.
            assert!(doc.rows[0].value.ends_with("14:03"), "{language:?}: {}", doc.rows[0].value);
            assert!(doc.rows.iter().any(|row| row.value == "№ 2026-001234"), "{language:?}");
            assert!(doc.amount.starts_with('\u{2212}') && doc.amount.contains("556"), "{}", doc.amount);
            assert!(doc.footer[0].contains("sandbox-1"));
            let pdf = render_pdf(&doc).expect("a PDF");
            assert!(pdf.starts_with(b"%PDF"));
            let png = render_png(&doc).expect("a PNG");
            assert!(png.starts_with(b"\x89PNG"));
        }
        let t = Catalog::shared().strings(Language::Ru);
        assert_eq!(share_text(&executed(), &t), "Квитанция № 2026-001234: 556,50\u{a0}сом, Глобус");
        assert_eq!(file_stem(&executed()), "receipt-2026-001234");
    }
}
