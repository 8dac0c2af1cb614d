//! The rules of putting money in: the menu, the card form with its fee, the issuer's code, the result.

use wallet_formats::payment_card::{CardNumber, Expiry, cvv_ok, grouped};
use wallet_protocol::card_topups::{
    AccountDetails, CardSource, CardTopUp, CardTopUpQuoteRequest, CardTopUpStatus, NewCardTopUp, QuotedCard, SavedCard,
};

use super::event::TopUpEvent;
use super::state::{
    CardChoice, CardForm, ChallengeForm, Loaded, Quote, QuoteAbout, Secret, StartedTopUp, TopUpMenu, TopUpOutcome,
    TopUpResult,
};
use crate::api::BankFailure;
use crate::app::{Effect, Nav, Rejection, Route, Step};
use crate::domain::{Currency, Money};
use crate::features::history::OperationDetails;
use crate::features::home::Wallet;
use crate::features::pay::AmountProblem;
use crate::features::pay::update::{parse_amount, typed};

/// The longest name on a card (ISO/IEC 7813).
pub const MAX_HOLDER: usize = 26;

fn wrong_screen(event: &TopUpEvent, screen: &'static str) -> Rejection {
    Rejection::WrongScreen { event: event.name(), screen }
}

/// The account money comes into: som first, as everywhere.
fn account(wallet: &Wallet, event: &'static str) -> Result<(String, Currency), Rejection> {
    if wallet.session.is_none() {
        return Err(Rejection::NotNow { event, reason: "nobody is signed in" });
    }
    let accounts = &wallet.accounts;
    accounts
        .iter()
        .find(|a| a.available.currency() == Currency::Kgs)
        .or_else(|| accounts.first())
        .map(|a| (a.account_id.clone(), a.available.currency()))
        .ok_or(Rejection::NotNow { event, reason: "no account has loaded yet" })
}

/// «Пополнить» on home: the menu, with the details and the saved cards asked for.
pub fn open(wallet: &Wallet) -> Result<Step, Rejection> {
    let (account_id, currency) = account(wallet, "TopUp.Open")?;
    let menu = TopUpMenu {
        account_id: account_id.clone(),
        currency,
        details: Loaded::Loading,
        cards: Loaded::Loading,
        sharing: false,
    };
    Ok(Step::to(Nav::Push(Route::TopUp(menu))).with(Effect::LoadTopUp { account_id }))
}

pub fn menu(menu: &mut TopUpMenu, event: TopUpEvent, today: time::Date) -> Result<Step, Rejection> {
    match event {
        TopUpEvent::Retry => {
            menu.details = Loaded::Loading;
            menu.cards = Loaded::Loading;
            Ok(Step::stay().with(Effect::LoadTopUp { account_id: menu.account_id.clone() }))
        }
        TopUpEvent::ShareDetails => match menu.details {
            Loaded::Ready(_) => {
                menu.sharing = true;
                Ok(Step::stay())
            }
            _ => Err(Rejection::NotNow { event: "TopUp.ShareDetails", reason: "the details have not come" }),
        },
        TopUpEvent::NewCard => Ok(card_form(menu.account_id.clone(), menu.currency, CardChoice::New, today)),
        TopUpEvent::SavedCard { card_id } => {
            let Loaded::Ready(cards) = &menu.cards else {
                return Err(Rejection::NotNow { event: "TopUp.SavedCard", reason: "the cards have not come" });
            };
            let card = cards
                .iter()
                .find(|c| c.card_id == card_id)
                .cloned()
                .ok_or(Rejection::NotNow { event: "TopUp.SavedCard", reason: "no such saved card" })?;
            Ok(card_form(menu.account_id.clone(), menu.currency, CardChoice::Saved(card), today))
        }
        other => Err(wrong_screen(&other, "top-up")),
    }
}

fn card_form(account_id: String, currency: Currency, card: CardChoice, today: time::Date) -> Step {
    Step::to(Nav::Push(Route::CardTopUp(Box::new(CardForm {
        account_id,
        currency,
        card,
        number: Secret::default(),
        expiry_text: String::new(),
        cvv: Secret::default(),
        holder: String::new(),
        save: true,
        amount_text: String::new(),
        amount: Err(AmountProblem::Zero),
        quote: Quote::None,
        sending: false,
        key: None,
        problem: None,
        tried: false,
        today,
    }))))
}

/// The bank's answer about the details and the saved cards.
pub fn loaded(
    menu: &mut TopUpMenu,
    details: Result<Box<AccountDetails>, BankFailure>,
    cards: Result<Vec<SavedCard>, BankFailure>,
) {
    let failed = |failure: BankFailure| match failure {
        BankFailure::Offline => "topup-offline",
        BankFailure::Refused { message_id } => message_id,
    };
    menu.details = match details {
        Ok(details) => Loaded::Ready(*details),
        Err(failure) => Loaded::Failed { message_id: failed(failure) },
    };
    menu.cards = match cards {
        Ok(cards) => Loaded::Ready(cards),
        Err(failure) => Loaded::Failed { message_id: failed(failure) },
    };
}

/// The card's key for a fee: its first six digits, or its token.
fn quoted_card(form: &CardForm) -> Option<QuotedCard> {
    match &form.card {
        CardChoice::Saved(card) => Some(QuotedCard::Saved { card_id: card.card_id.clone() }),
        CardChoice::New => {
            CardNumber::parse(form.number.expose()).ok().map(|n| QuotedCard::New { bin: n.bin().to_owned() })
        }
    }
}

fn about(card: &QuotedCard, amount: &Money) -> Option<QuoteAbout> {
    let card = match card {
        QuotedCard::New { bin } => bin.clone(),
        QuotedCard::Saved { card_id } => card_id.clone(),
    };
    Some(QuoteAbout { amount_minor: amount.to_minor()?, card })
}

/// Asks for the fee when the amount or the card changed (or the last ask did not reach the bank).
fn requote(form: &mut CardForm, again: bool) -> Option<Effect> {
    let (Some(card), Ok(amount)) = (quoted_card(form), &form.amount) else {
        form.quote = Quote::None;
        return None;
    };
    let about = about(&card, amount)?;
    let stale = form.quote.about() != Some(&about) || (again && matches!(form.quote, Quote::Failed { .. }));
    if !stale {
        return None;
    }
    form.quote = Quote::Loading { about: about.clone() };
    Some(Effect::QuoteCardTopUp {
        request: CardTopUpQuoteRequest {
            account_id: form.account_id.clone(),
            amount_minor: about.amount_minor,
            currency: form.currency.code().to_owned(),
            card,
        },
    })
}

fn with(effect: Option<Effect>) -> Step {
    match effect {
        Some(effect) => Step::stay().with(effect),
        None => Step::stay(),
    }
}

/// The fee, when it is for what is on screen.
pub fn fee(form: &CardForm) -> Option<&Money> {
    let card = quoted_card(form)?;
    let amount = form.amount.as_ref().ok()?;
    match &form.quote {
        Quote::Ready { about: quoted, fee, .. } if Some(quoted) == about(&card, amount).as_ref() => Some(fee),
        _ => None,
    }
}

/// The request «Пополнить» sends, when every field is right and the fee is known.
pub fn request(form: &CardForm) -> Option<NewCardTopUp> {
    let fee = fee(form)?.to_minor()?;
    let amount = form.amount.as_ref().ok()?.to_minor()?;
    let card = match &form.card {
        CardChoice::Saved(card) => CardSource::Saved { card_id: card.card_id.clone() },
        CardChoice::New => {
            let number = CardNumber::parse(form.number.expose()).ok()?;
            let expiry = Expiry::parse(&form.expiry_text, form.today).ok()?;
            if !cvv_ok(form.cvv.expose()) || holder_problem(&form.holder).is_some() {
                return None;
            }
            let holder = Some(form.holder.trim().to_owned()).filter(|h| !h.is_empty());
            CardSource::New {
                number: number.digits().to_owned(),
                expiry_month: expiry.month,
                expiry_year: expiry.year,
                cvv: form.cvv.expose().to_owned(),
                holder,
                save: form.save,
            }
        }
    };
    Some(NewCardTopUp {
        account_id: form.account_id.clone(),
        amount_minor: amount,
        currency: form.currency.code().to_owned(),
        fee_minor: fee,
        card,
    })
}

/// What is wrong with the name typed: Latin letters, spaces, dots, hyphens and apostrophes, as cards print it.
pub fn holder_problem(holder: &str) -> Option<&'static str> {
    let holder = holder.trim();
    if holder.chars().count() > MAX_HOLDER {
        return Some("topup-holder-too-long");
    }
    if !holder.chars().all(|c| c.is_ascii_alphabetic() || matches!(c, ' ' | '.' | '-' | '\'')) {
        return Some("topup-holder-latin");
    }
    None
}

pub fn card(form: &mut CardForm, event: TopUpEvent) -> Result<Step, Rejection> {
    let new_card = form.card == CardChoice::New;
    if form.sending && !matches!(event, TopUpEvent::Submit) {
        return Err(Rejection::NotNow { event: event.name(), reason: "the card is with the bank" });
    }
    match event {
        TopUpEvent::EditNumber { text } if new_card => {
            form.number = Secret::new(grouped(&text));
            form.problem = None;
            form.key = None;
            Ok(with(requote(form, false)))
        }
        TopUpEvent::EditExpiry { text } if new_card => {
            // «0729» becomes «07/29» as it is typed; «07/2029» (an autofill's four-digit year) becomes «07/29».
            let mut digits: String = text.chars().filter(char::is_ascii_digit).collect();
            if digits.len() == 6 {
                digits.replace_range(2..4, "");
            }
            digits.truncate(4);
            form.expiry_text = if digits.len() > 2 { format!("{}/{}", &digits[..2], &digits[2..]) } else { digits };
            form.key = None;
            Ok(Step::stay())
        }
        TopUpEvent::EditCvv { text } if new_card => {
            form.cvv = Secret::new(text.chars().filter(char::is_ascii_digit).take(3).collect());
            form.key = None;
            Ok(Step::stay())
        }
        TopUpEvent::EditHolder { text } if new_card => {
            form.holder = text.chars().take(MAX_HOLDER + 10).collect::<String>().to_uppercase();
            form.key = None;
            Ok(Step::stay())
        }
        TopUpEvent::ToggleSave if new_card => {
            form.save = !form.save;
            form.key = None;
            Ok(Step::stay())
        }
        TopUpEvent::EditAmount { text } => {
            form.amount_text = text.chars().take(32).collect();
            form.amount = parse_amount(&form.amount_text, form.currency);
            form.problem = None;
            form.key = None;
            Ok(with(requote(form, false)))
        }
        TopUpEvent::RetryQuote => match form.quote {
            Quote::Failed { .. } => Ok(with(requote(form, true))),
            _ => Err(Rejection::NotNow { event: "TopUp.RetryQuote", reason: "the fee is known or being asked" }),
        },
        TopUpEvent::Submit => {
            form.tried = true;
            if form.sending {
                return Err(Rejection::NotNow { event: "TopUp.Submit", reason: "the card is with the bank" });
            }
            let Some(request) = request(form) else {
                return Ok(Step::stay());
            };
            form.sending = true;
            form.problem = None;
            Ok(Step::stay().with(Effect::StartCardTopUp { request: Box::new(request), key: form.key.clone() }))
        }
        other => Err(wrong_screen(&other, "card-top-up")),
    }
}

/// The bank's fee; one for an amount or card no longer on screen is ignored.
pub fn quoted(
    form: &mut CardForm,
    about: QuoteAbout,
    result: Result<(Money, wallet_protocol::card_topups::CardScheme), BankFailure>,
) {
    if form.quote != (Quote::Loading { about: about.clone() }) {
        return;
    }
    form.quote = match result {
        Ok((fee, scheme)) => Quote::Ready { about, fee, scheme },
        Err(BankFailure::Offline) => Quote::Failed { about, message_id: "topup-quote-offline", offline: true },
        Err(BankFailure::Refused { message_id }) => Quote::Failed { about, message_id, offline: false },
    };
}

fn started_top_up(topup: &CardTopUp, saved_card: Option<SavedCard>) -> StartedTopUp {
    let currency = Currency::from_code(&topup.currency).unwrap_or(Currency::Kgs);
    StartedTopUp {
        topup_id: topup.topup_id.clone(),
        amount: Money::from_minor(topup.amount_minor, currency),
        fee: Money::from_minor(topup.fee_minor, currency),
        scheme: topup.card.scheme,
        last4: topup.card.last4.clone(),
        saved_card,
    }
}

/// Where a top-up the bank answered about goes next: the issuer's code, or its result.
fn after_answer(topup: &CardTopUp, started: StartedTopUp, wallet: &mut Wallet) -> Step {
    match (topup.status, &topup.challenge) {
        (CardTopUpStatus::ChallengeRequired, Some(challenge)) => {
            let expires_at_ms = (challenge.expires_at.unix_timestamp_nanos() / 1_000_000) as i64;
            Step::to(Nav::Push(Route::CardChallenge(Box::new(ChallengeForm {
                topup: started,
                issuer_name: challenge.issuer_name.clone(),
                code_length: challenge.code_length,
                attempts_left: challenge.attempts_left,
                expires_at_ms,
                code: String::new(),
                checking: false,
                key: None,
                problem: None,
            }))))
        }
        (CardTopUpStatus::Executed, _) => {
            let operation_id = topup.operation_id.clone().unwrap_or_default();
            let result = TopUpResult { topup: started, outcome: TopUpOutcome::Executed { operation_id } };
            let mut step = crate::features::home::update::start_sync(wallet);
            step.nav = Nav::Finish(Route::TopUpResult(Box::new(result)));
            step.with(Effect::LoadWallet)
        }
        (_, _) => {
            let reason = topup.decline.unwrap_or(wallet_protocol::card_topups::CardDecline::IssuerDeclined);
            let result = TopUpResult { topup: started, outcome: TopUpOutcome::Declined { reason } };
            Step::to(Nav::Finish(Route::TopUpResult(Box::new(result))))
        }
    }
}

/// The bank's answer to «Пополнить». The key stays only while the answer is unknown.
pub fn started(
    form: &mut CardForm,
    key: String,
    result: Result<Box<CardTopUp>, BankFailure>,
    wallet: &mut Wallet,
) -> Step {
    form.sending = false;
    match result {
        Ok(topup) => {
            form.key = None;
            // The bank has the card: the CVV is of no more use here.
            form.cvv.clear();
            let saved = match &form.card {
                CardChoice::Saved(card) => Some(card.clone()),
                CardChoice::New => None,
            };
            after_answer(&topup, started_top_up(&topup, saved), wallet)
        }
        Err(BankFailure::Offline) => {
            form.key = Some(key);
            form.problem = Some("topup-offline-retry");
            Step::stay()
        }
        Err(BankFailure::Refused { message_id }) => {
            form.key = None;
            form.problem = Some(message_id);
            Step::stay()
        }
    }
}

pub fn challenge(form: &mut ChallengeForm, event: TopUpEvent) -> Result<Step, Rejection> {
    match event {
        TopUpEvent::EditCode { text } => {
            if form.checking {
                return Err(Rejection::NotNow { event: "TopUp.EditCode", reason: "the code is being checked" });
            }
            form.code = text.chars().filter(char::is_ascii_digit).take(usize::from(form.code_length)).collect();
            form.problem = None;
            form.key = None;
            Ok(Step::stay())
        }
        TopUpEvent::SubmitCode => {
            if form.checking || form.code.len() != usize::from(form.code_length) {
                return Err(Rejection::NotNow { event: "TopUp.SubmitCode", reason: "the code is not complete" });
            }
            form.checking = true;
            form.problem = None;
            Ok(Step::stay().with(Effect::AnswerCardChallenge {
                topup_id: form.topup.topup_id.clone(),
                code: form.code.clone(),
                key: form.key.clone(),
            }))
        }
        other => Err(wrong_screen(&other, "card-challenge")),
    }
}

/// The bank's answer to the code: a wrong one (tries left), the result, or no answer (the same key next time).
pub fn answered(
    form: &mut ChallengeForm,
    key: String,
    result: Result<Box<CardTopUp>, BankFailure>,
    wallet: &mut Wallet,
) -> Step {
    form.checking = false;
    match result {
        Ok(topup) if topup.status == CardTopUpStatus::ChallengeRequired => {
            form.key = None;
            form.code.clear();
            if let Some(challenge) = &topup.challenge {
                form.attempts_left = challenge.attempts_left;
            }
            form.problem = topup.wrong_code.then_some("topup-code-wrong");
            Step::stay()
        }
        Ok(topup) => {
            form.key = None;
            after_answer(&topup, form.topup.clone(), wallet)
        }
        Err(BankFailure::Offline) => {
            form.key = Some(key);
            form.problem = Some("topup-code-offline");
            Step::stay()
        }
        Err(BankFailure::Refused { message_id }) => {
            form.key = None;
            form.problem = Some(message_id);
            Step::stay()
        }
    }
}

pub fn result(result: &TopUpResult, event: TopUpEvent, wallet: &Wallet, today: time::Date) -> Result<Step, Rejection> {
    match (event, &result.outcome) {
        (TopUpEvent::Again, TopUpOutcome::Declined { .. }) => {
            let (account_id, currency) = account(wallet, "TopUp.Again")?;
            let choice = match &result.topup.saved_card {
                Some(card) => CardChoice::Saved(card.clone()),
                None => CardChoice::New,
            };
            let mut step = card_form(account_id, currency, choice, today);
            // The form takes the result's place: «back» from it leads home, not to the refusal.
            if let Nav::Push(route) = std::mem::replace(&mut step.nav, Nav::Stay) {
                step.nav = Nav::Replace(route);
            }
            if let Nav::Replace(Route::CardTopUp(form)) = &mut step.nav {
                form.amount_text = typed(&result.topup.amount);
                form.amount = parse_amount(&form.amount_text, form.currency);
                step.effects.extend(requote(form, false));
            }
            Ok(step)
        }
        (TopUpEvent::OpenReceipt, TopUpOutcome::Executed { operation_id }) => {
            Ok(Step::to(Nav::Push(Route::Operation(OperationDetails::loading(operation_id))))
                .with(Effect::LoadOperation { local_id: operation_id.clone() }))
        }
        (other, _) => Err(wrong_screen(&other, "top-up-result")),
    }
}
