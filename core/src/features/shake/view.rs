//! The shake screen as plain, localised data.

use serde::Serialize;

use super::event::{ShakeEvent, ShakeSide};
use super::state::{ShakeForm, ShakeStage};
use crate::app::{Action, Event};
use crate::domain::{Language, Money};
use crate::features::history::Field;
use crate::features::signin::view::{FieldKind, TextField};
use crate::i18n::Strings;

/// Where the shake is, for the shell to pick the picture (the phone waving, a spinner, the peer's card, a tick).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum ShakeStep {
    /// «Оплатить» or «Получить».
    Choosing,
    /// Shake the phone now (the shell streams `Shake.Samples` while `listening`).
    Listening,
    /// The shake is at the bank, which looks for the other phone.
    Searching,
    /// Paired: the peer is shown; «Подтвердить» or «Отмена».
    Matched,
    /// Confirmed here, waiting for the other phone.
    WaitingForPeer,
    /// The payer, both confirmed: the payment's confirmation («Оплатить» opens it again).
    Paying,
    /// The payee, both confirmed: «Ждём оплату от …».
    AwaitingPayment,
    /// The payee: the money came.
    Done,
    /// Several phones shook nearby: shake again.
    Ambiguous,
    /// Nobody was found.
    Expired,
    Cancelled,
    /// The bank could not be reached or refused: `error` says which.
    Failed,
}

/// «Встряхнуть и оплатить».
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ShakeScreen {
    pub title: String,
    pub step: ShakeStep,
    /// What to do, or what is going on: «Встряхните телефон рядом с телефоном получателя», «Ищем телефон рядом…»,
    /// «Ждём оплату от Кирилл Б.», «Рядом встряхнули несколько телефонов — встряхните ещё раз»…
    pub message: String,
    /// The side chosen, once chosen.
    pub role: Option<ShakeSide>,
    /// «Оплатить» and «Получить» (`Shake.ChooseRole`), while no shake is under way; the chosen one is disabled.
    pub as_payer: Option<Action>,
    pub as_payee: Option<Action>,
    /// The payee's amount (`Shake.EditAmount`), optional, while no shake is under way.
    pub amount: Option<TextField>,
    /// Read the accelerometer and send `Shake.Samples` now; stop when it turns false.
    pub listening: bool,
    /// How often to read it while listening (about 25 samples a batch, two batches a second).
    pub sample_rate_hz: u32,
    /// The other phone's customer, masked (name, phone), and the amount asked, once paired.
    pub peer: Vec<Field>,
    /// «Подтвердить» on a match; «Оплатить» for a payer both confirmed.
    pub confirm: Option<Action>,
    /// «Отмена» while a shake is under way.
    pub cancel: Option<Action>,
    /// «Встряхнуть ещё раз» after an ambiguous match, no match, a cancel or a failure.
    pub again: Option<Action>,
    /// «Готово» (back home) once nothing more is to be done here.
    pub done: Option<Action>,
    /// A refusal, or why the last request did not go.
    pub error: Option<String>,
    /// The bank is out of reach; asking goes on.
    pub offline: bool,
    /// A request is on its way.
    pub busy: bool,
}

fn step(stage: &ShakeStage) -> ShakeStep {
    match stage {
        ShakeStage::Choosing => ShakeStep::Choosing,
        ShakeStage::Listening => ShakeStep::Listening,
        ShakeStage::Reporting { .. } | ShakeStage::Waiting { .. } => ShakeStep::Searching,
        ShakeStage::Matched { .. } => ShakeStep::Matched,
        ShakeStage::PeerConfirming { .. } => ShakeStep::WaitingForPeer,
        ShakeStage::Paying { .. } => ShakeStep::Paying,
        ShakeStage::AwaitingPayment { .. } => ShakeStep::AwaitingPayment,
        ShakeStage::Done { .. } => ShakeStep::Done,
        ShakeStage::Ambiguous => ShakeStep::Ambiguous,
        ShakeStage::Expired => ShakeStep::Expired,
        ShakeStage::Cancelled { .. } => ShakeStep::Cancelled,
        ShakeStage::Failed { .. } => ShakeStep::Failed,
    }
}

fn message(form: &ShakeForm, language: Language, t: &Strings<'_>) -> String {
    let named = |id: &str, name: &str| t.text_with(id, &[("name", name.to_owned().into())]);
    let payer = form.role == Some(ShakeSide::Payer);
    match &form.stage {
        ShakeStage::Choosing => t.text("shake-choose"),
        ShakeStage::Listening if form.amount.is_err() => t.text("shake-fix-amount"),
        ShakeStage::Listening if payer => t.text("shake-listening-payer"),
        ShakeStage::Listening => t.text("shake-listening-payee"),
        ShakeStage::Reporting { .. } | ShakeStage::Waiting { .. } => t.text("shake-searching"),
        ShakeStage::Matched { pair } if payer => named("shake-matched-payer", &pair.peer_name),
        ShakeStage::Matched { pair } => named("shake-matched-payee", &pair.peer_name),
        ShakeStage::PeerConfirming { pair } => named("shake-waiting-for-peer", &pair.peer_name),
        ShakeStage::Paying { pair } => named("shake-paying", &pair.peer_name),
        ShakeStage::AwaitingPayment { pair, .. } => named("shake-awaiting-payment", &pair.peer_name),
        ShakeStage::Done { pair, amount } => t.text_with(
            "shake-done",
            &[("name", pair.peer_name.clone().into()), ("amount", amount.format(language).into())],
        ),
        ShakeStage::Ambiguous => t.text("shake-ambiguous"),
        ShakeStage::Expired => t.text("shake-expired"),
        ShakeStage::Cancelled { by_me: true } => t.text("shake-cancelled"),
        ShakeStage::Cancelled { by_me: false } => t.text("shake-cancelled-by-peer"),
        // Without a connection nothing could be looked for: the headline says that, not «no pair found».
        ShakeStage::Failed { message_id } if *message_id == super::update::OFFLINE => t.text("shake-failed-offline"),
        ShakeStage::Failed { .. } => t.text("shake-failed"),
    }
}

/// The peer as the bank shows them, and the amount the payee asked.
fn peer(form: &ShakeForm, language: Language, t: &Strings<'_>) -> Vec<Field> {
    let pair = match &form.stage {
        ShakeStage::Matched { pair }
        | ShakeStage::PeerConfirming { pair }
        | ShakeStage::Paying { pair }
        | ShakeStage::AwaitingPayment { pair, .. }
        | ShakeStage::Done { pair, .. } => pair,
        _ => return Vec::new(),
    };
    let who = if form.role == Some(ShakeSide::Payer) { "shake-peer-payee" } else { "shake-peer-payer" };
    let mut fields = vec![
        Field { label: t.text(who), value: pair.peer_name.clone() },
        Field { label: t.text("shake-peer-phone"), value: pair.peer_phone_masked.clone() },
    ];
    let asked = pair
        .currency
        .as_deref()
        .and_then(crate::domain::Currency::from_code)
        .zip(pair.amount_minor)
        .map(|(currency, minor)| Money::from_minor(minor, currency).format(language));
    fields.push(Field {
        label: t.text("pay-amount"),
        value: asked.unwrap_or_else(|| t.text("shake-amount-payer-chooses")),
    });
    fields
}

pub fn shake_screen(form: &ShakeForm, language: Language, t: &Strings<'_>) -> ShakeScreen {
    let shake = |event| Event::Shake(event);
    let idle = form.stage.is_idle();
    let side = |role: ShakeSide, id: &str| Action {
        label: t.text(id),
        event: shake(ShakeEvent::ChooseRole { role }),
        enabled: form.role != Some(role),
    };
    let amount = (idle && form.role == Some(ShakeSide::Payee)).then(|| TextField {
        kind: FieldKind::Amount,
        label: t.text("shake-amount"),
        value: form.amount_text.clone(),
        placeholder: t.text("shake-amount-placeholder"),
        error: form.amount.as_ref().err().map(|problem| t.text(problem.message_id())),
    });
    let confirm = match &form.stage {
        ShakeStage::Matched { .. } => Some(Action {
            label: t.text("shake-confirm"),
            event: shake(ShakeEvent::Confirm),
            enabled: !form.confirming,
        }),
        ShakeStage::Paying { .. } => Some(Action::new(t.text("pay-confirm"), shake(ShakeEvent::Confirm))),
        _ => None,
    };
    let under_way = !idle && !matches!(form.stage, ShakeStage::Done { .. });
    let error = match (&form.stage, form.problem) {
        (_, Some(message_id)) => Some(t.text(message_id)),
        (ShakeStage::Failed { message_id }, None) => Some(t.text(message_id)),
        _ => None,
    };
    ShakeScreen {
        title: t.text("shake-title"),
        step: step(&form.stage),
        message: message(form, language, t),
        role: form.role,
        as_payer: idle.then(|| side(ShakeSide::Payer, "shake-as-payer")),
        as_payee: idle.then(|| side(ShakeSide::Payee, "shake-as-payee")),
        amount,
        listening: form.listening(),
        sample_rate_hz: crate::payments::shake::SAMPLE_RATE_HZ,
        peer: peer(form, language, t),
        confirm,
        cancel: under_way.then(|| Action::new(t.text("shake-cancel"), shake(ShakeEvent::Cancel))),
        again: form.stage.can_retry().then(|| Action::new(t.text("shake-again"), shake(ShakeEvent::Again))),
        done: matches!(form.stage, ShakeStage::Done { .. } | ShakeStage::AwaitingPayment { .. })
            .then(|| Action::new(t.text("shake-done-button"), Event::Back)),
        error,
        offline: form.offline,
        busy: form.confirming || matches!(form.stage, ShakeStage::Reporting { .. }),
    }
}
