//! The home screen as plain, localised data.

use serde::Serialize;

use super::event::HomeEvent;
use super::state::Wallet;
use crate::app::{Action, Event, SyncProblem};
use crate::domain::Language;
use crate::features::favourites::{FavouritesEvent, FavouritesModel};
use crate::features::history::OperationRow;
use crate::features::history::view::row;
use crate::features::inbox::InboxEvent;
use crate::features::kyc::{Kyc, KycProgress};
use crate::features::pay::PayEvent;
use crate::features::receive::ReceiveEvent;
use crate::features::services::ServicesEvent;
use crate::features::shake::ShakeEvent;
use crate::features::split::view as split_view;
use crate::features::split::{SplitEvent, SplitModel};
use crate::features::topup::TopUpEvent;
use crate::features::transfer::TransferEvent;
use crate::i18n::Strings;
use crate::i18n::datetime::time_of_day;

/// A word or two on where online identification stands, for home's row.
fn kyc_short_status(kyc: &Kyc) -> &'static str {
    match kyc.progress {
        KycProgress::NotStarted => "kyc-short-not-started",
        KycProgress::Queued { .. } | KycProgress::Sending => "kyc-short-queued",
        KycProgress::InReview { .. } => "kyc-short-in-review",
        KycProgress::Approved { .. } => "kyc-short-approved",
        KycProgress::Rejected { .. } => "kyc-short-rejected",
        KycProgress::ResubmissionRequested { .. } => "kyc-short-resubmission",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct HomeScreen {
    pub title: String,
    pub welcome: String,
    /// «Войти», when signed out.
    pub sign_in: Option<Action>,
    pub balance: Option<BalanceCard>,
    /// «Пополнить», under the balance: where a new user looks first for a way to put money in.
    pub top_up: Option<Action>,
    /// «Обновлено в 14:03», «Нет связи — данные на 14:03», «Обновляется…».
    pub sync_status: Option<String>,
    /// The bank could not be reached: what shows is as of the time above.
    pub offline: bool,
    /// «В очереди: 3 операции».
    pub waiting: Option<String>,
    pub recent_title: Option<String>,
    pub recent: Vec<OperationRow>,
    pub all_history: Option<Action>,
    /// «Оплатить по QR».
    pub pay_qr: Option<Action>,
    /// «Встряхнуть и оплатить»: pay or be paid by shaking two phones together.
    pub shake: Option<Action>,
    /// «Получить по QR»: the customer's own code to be paid by.
    pub receive: Option<Action>,
    /// «Перевод по номеру телефона».
    pub transfer: Option<Action>,
    /// «Платежи»: mobile, internet, utilities, fines and taxes.
    pub services: Option<Action>,
    /// «Избранное», over the favourites, when there are some.
    pub favourites_title: Option<String>,
    /// The first few favourites, each paid with the amount and the PIN: «Мой MegaCom · 200,00 сом».
    pub favourites: Vec<Action>,
    /// «Все избранные»: the list, with regular payments.
    pub all_favourites: Option<Action>,
    /// «Разделить чек»: bills split with others, and the requests others made to me.
    pub split: Option<Action>,
    /// «Уведомления»: what the bank told this customer.
    pub inbox: Option<Action>,
    /// Unread items, for a badge on `inbox`.
    pub inbox_unread: u32,
    /// The badge as a screen reader says it: «2 новых»; `None` when nothing is unread.
    pub inbox_unread_label: Option<String>,
    /// «Вас просят оплатить», over the requests, when there are some.
    pub requests_title: Option<String>,
    /// The requests to pay that others made to me and that wait («Айгуль А. просит 366,67 сом», «Оплатить»).
    pub requests: Vec<crate::features::split::view::IncomingRow>,
    pub refresh: Option<Action>,
    pub language: SettingRow,
    /// «Онлайн-идентификация» with where it stands, when signed in.
    pub identification: Option<SettingRow>,
    /// «Настройки»: PIN, biometrics, auto-lock, sign out.
    pub settings: Action,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct BalanceCard {
    pub label: String,
    pub amount: String,
    /// «Доступно: …», when less than the balance is available (operations held).
    pub available: Option<String>,
}

/// A row showing a setting and its value, which opens the setting when tapped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SettingRow {
    pub label: String,
    pub value: String,
    pub open: Event,
}

/// How syncing goes, in words, and whether the app is working offline.
pub fn sync_status(wallet: &Wallet, offset: i32, t: &Strings<'_>) -> (Option<String>, bool) {
    if wallet.session.is_none() {
        return (None, false);
    }
    let confirmed = wallet.accounts.iter().map(|a| a.confirmed_at_ms).max();
    let as_of = |id: &str, never: &str| match confirmed {
        Some(ms) => t.text_with(id, &[("time", time_of_day(ms, offset).into())]),
        None => t.text(never),
    };
    if wallet.sync.running {
        return (Some(t.text("home-syncing")), wallet.sync.problem == Some(SyncProblem::Offline));
    }
    match wallet.sync.problem {
        Some(SyncProblem::Offline) => (Some(as_of("home-offline-as-of", "home-offline-never")), true),
        Some(SyncProblem::BankFailed) => (Some(as_of("home-bank-failed-as-of", "home-offline-never")), true),
        Some(SyncProblem::Other { message_id }) => (Some(t.text(message_id)), false),
        Some(SyncProblem::SessionEnded { .. }) | None => (
            wallet
                .sync
                .last_success_ms
                .map(|ms| t.text_with("home-synced-at", &[("time", time_of_day(ms, offset).into())])),
            false,
        ),
    }
}

/// How many favourites home shows (the rest are a tap away).
const HOME_FAVOURITES: usize = 4;

pub fn home_screen(
    wallet: &Wallet,
    kyc: &Kyc,
    split: &SplitModel,
    favourites: &FavouritesModel,
    language: Language,
    offset: i32,
    t: &Strings<'_>,
) -> HomeScreen {
    let signed_in = wallet.session.is_some();
    let balance = wallet.accounts.first().filter(|_| signed_in).map(|account| BalanceCard {
        label: t.text("home-balance"),
        amount: account.balance.format(language),
        available: (account.available != account.balance)
            .then(|| t.text_with("home-available", &[("amount", account.available.format(language).into())])),
    });
    let recent: Vec<OperationRow> = if signed_in {
        wallet
            .recent
            .iter()
            .enumerate()
            .map(|(index, entry)| row(entry, Event::Home(HomeEvent::OpenRecent { index: index as u32 }), offset, t))
            .collect()
    } else {
        Vec::new()
    };
    let (sync_status, offline) = sync_status(wallet, offset, t);
    HomeScreen {
        title: t.text("home-title"),
        welcome: if signed_in { t.text("home-welcome") } else { t.text("home-sign-in-hint") },
        sign_in: (!signed_in).then(|| Action::new(t.text("home-sign-in"), Event::Home(HomeEvent::SignIn))),
        balance,
        top_up: signed_in.then(|| Action::new(t.text("home-top-up"), Event::TopUp(TopUpEvent::Open))),
        sync_status,
        offline,
        waiting: (signed_in && wallet.waiting > 0)
            .then(|| t.text_with("home-waiting", &[("count", (wallet.waiting as u64).into())])),
        recent_title: (!recent.is_empty()).then(|| t.text("home-recent")),
        recent,
        all_history: signed_in.then(|| Action::new(t.text("home-all-history"), Event::Home(HomeEvent::OpenHistory))),
        pay_qr: signed_in.then(|| Action::new(t.text("home-pay-qr"), Event::Pay(PayEvent::OpenScanner))),
        shake: signed_in.then(|| Action::new(t.text("home-shake"), Event::Shake(ShakeEvent::Open))),
        receive: signed_in.then(|| Action::new(t.text("home-receive"), Event::Receive(ReceiveEvent::Open))),
        transfer: signed_in.then(|| Action::new(t.text("home-transfer"), Event::Transfer(TransferEvent::Open))),
        services: signed_in.then(|| Action::new(t.text("home-services"), Event::Services(ServicesEvent::Open))),
        favourites_title: (signed_in && !favourites.favourites.is_empty()).then(|| t.text("favourites-title")),
        favourites: if signed_in {
            favourites
                .favourites
                .iter()
                .take(HOME_FAVOURITES)
                .map(|f| {
                    let amount = crate::domain::Money::from_minor(
                        f.amount_minor,
                        crate::domain::Currency::from_code(&f.currency).unwrap_or(crate::domain::Currency::Kgs),
                    );
                    Action::new(
                        format!("{} · {}", f.name, amount.format(language)),
                        Event::Favourites(FavouritesEvent::Pay { favourite_id: f.favourite_id.clone() }),
                    )
                })
                .collect()
        } else {
            Vec::new()
        },
        all_favourites: signed_in
            .then(|| Action::new(t.text("home-favourites"), Event::Favourites(FavouritesEvent::Open))),
        split: signed_in.then(|| Action::new(t.text("home-split"), Event::Split(SplitEvent::OpenBills))),
        inbox: signed_in.then(|| Action::new(t.text("home-inbox"), Event::Inbox(InboxEvent::Open))),
        inbox_unread: u32::try_from(wallet.unread).unwrap_or(u32::MAX),
        inbox_unread_label: (signed_in && wallet.unread > 0)
            .then(|| t.text_with("home-inbox-unread", &[("count", (wallet.unread as u64).into())])),
        requests_title: (signed_in && split.open_incoming().next().is_some()).then(|| t.text("split-incoming-title")),
        requests: if signed_in {
            split.open_incoming().map(|r| split_view::incoming_row(r, language, t)).collect()
        } else {
            Vec::new()
        },
        refresh: signed_in.then(|| Action {
            label: t.text("home-refresh"),
            event: Event::Home(HomeEvent::Refresh),
            enabled: !wallet.sync.running,
        }),
        language: SettingRow {
            label: t.text("home-language"),
            value: language.native_name().to_owned(),
            open: Event::Home(HomeEvent::OpenLanguage),
        },
        identification: signed_in.then(|| SettingRow {
            label: t.text("kyc-title"),
            value: t.text(kyc_short_status(kyc)),
            open: Event::Home(HomeEvent::OpenIdentification),
        }),
        settings: Action::new(t.text("settings-title"), Event::Home(HomeEvent::OpenSettings)),
    }
}
