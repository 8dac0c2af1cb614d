//! The wallet's two promises, proven against a real sandbox bank on 127.0.0.1: it works when the network does not,
//! and no som is ever sent twice or lost — across lost responses, crashes mid-drain, and a day offline.

use std::time::Duration;

use std::sync::Arc;
use wallet_core::api::ApiError;
use wallet_core::domain::operation::{OperationStatus, ReceiptState};
use wallet_core::domain::{Currency, Money};
use wallet_core::security::BankKey;

use wallet_core::store::{HistoryEntry, Store};
use wallet_core::sync::{CancelOutcome, Draft, Sync, SyncError};
use wallet_e2e::{Bank, PhoneData, now_ms, sign_in};
use wallet_protocol::operations::Recipient;
use wallet_sandbox::FaultPlan;
use wallet_sandbox::seed::{CUSTOMERS, account_id};

const AIGUL: &str = CUSTOMERS[0].1;
const BAKYT: &str = CUSTOMERS[1].1;
/// Enough for every test's queue.
const OFFLINE_LIMIT: i64 = 10_000_000;

fn som(minor: i64) -> Money {
    Money::from_minor(minor, Currency::Kgs)
}

fn to_bakyt(minor: i64) -> Draft {
    Draft {
        account_id: account_id(AIGUL),
        amount: som(minor),
        recipient: Recipient::Phone { phone: BAKYT.into() },
        counterparty_name: "Бакыт Т.".into(),
        comment: None,
        agreed_fee: None,
        confirmation_id: None,
    }
}

fn history(store: &wallet_core::store::Store) -> Vec<wallet_core::domain::operation::Operation> {
    store
        .history_page(None, 10_000)
        .expect("history")
        .entries
        .into_iter()
        .map(|entry| match entry {
            HistoryEntry::Operation(operation) => operation,
            HistoryEntry::Damaged { .. } => panic!("no record is damaged here"),
        })
        .collect()
}

/// A phone with Айгуль signed in and her balance and history pulled.
async fn signed_in(bank: &Bank, phone: &PhoneData, offline_limit: i64) -> (Arc<Store>, Sync) {
    let (store, sync, signer) = phone.open(&bank.url(), bank.key(), offline_limit);
    sign_in(bank, &signer, AIGUL).await;
    sync.pull(now_ms()).await.expect("pull");
    (store, sync)
}

#[tokio::test]
async fn a_response_lost_after_the_bank_committed_is_retried_and_the_transfer_exists_once() {
    let bank = Bank::start(Duration::ZERO).await;
    let phone = PhoneData::new();
    let (store, sync) = signed_in(&bank, &phone, OFFLINE_LIMIT).await;
    let queued = sync.enqueue(to_bakyt(12_300), now_ms()).expect("queued");

    bank.sandbox.faults().set(FaultPlan { drop_responses: 1, method: Some("POST".into()), ..FaultPlan::default() });
    let report = sync.drain(now_ms).await.expect("drained");
    assert_eq!(report.sent, 1);
    assert_eq!(bank.operations_with_key(&queued.local_id), 1, "exactly one transfer exists");
    let record = store.operation(&queued.local_id).expect("read").expect("kept");
    assert_eq!(record.status, OperationStatus::Executed);
    assert_eq!(record.receipt, ReceiptState::Verified);
}

#[tokio::test]
async fn a_core_dropped_mid_drain_and_reopened_sends_everything_once_in_order() {
    let bank = Bank::start(Duration::ZERO).await;
    let phone = PhoneData::new();
    let keys: Vec<String> = {
        let (_store, sync, signer) = phone.open(&bank.url(), bank.key(), OFFLINE_LIMIT);
        sign_in(&bank, &signer, AIGUL).await;
        sync.pull(now_ms()).await.expect("pull");
        let keys: Vec<String> =
            (1..=10).map(|i| sync.enqueue(to_bakyt(1_000 + i), now_ms()).expect("queued").local_id).collect();
        // Slow the bank so the drain is surely in the middle when the core goes away.
        bank.sandbox.faults().set(FaultPlan { latency_ms: 120, method: Some("POST".into()), ..FaultPlan::default() });
        let drain = sync.drain(now_ms);
        tokio::pin!(drain);
        // Cut the drain off once the bank holds three: the fourth is then on its way.
        let three_sent = async {
            while keys.iter().filter(|key| bank.operations_with_key(key) == 1).count() < 3 {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        };
        tokio::select! {
            finished = &mut drain => panic!("the drain finished before the crash: {finished:?}"),
            () = three_sent => {}
        }
        keys
    };
    bank.sandbox.faults().clear();
    let sent_before: usize = keys.iter().filter(|key| bank.operations_with_key(key) == 1).count();
    assert!((3..10).contains(&sent_before), "some, not all, were sent before the crash: {sent_before}");

    let (store, sync, _) = phone.open(&bank.url(), bank.key(), OFFLINE_LIMIT);
    sync.drain(now_ms).await.expect("the rest is sent");
    for key in &keys {
        assert_eq!(bank.operations_with_key(key), 1, "{key} exists exactly once at the bank");
        assert_eq!(store.operation(key).expect("read").map(|o| o.status), Some(OperationStatus::Executed));
    }
    assert_eq!(bank.acceptance_order(&keys), keys, "the bank got them in the order they were made");
    assert_eq!(store.outbox_len(), 0);
}

#[tokio::test]
async fn twenty_operations_made_offline_are_executed_once_in_order_when_the_network_returns() {
    let mut bank = Bank::start(Duration::ZERO).await;
    let phone = PhoneData::new();
    let (store, sync) = signed_in(&bank, &phone, OFFLINE_LIMIT).await;
    let balance_before = bank.balance_minor(&account_id(AIGUL));

    bank.stop().await;
    let keys: Vec<String> =
        (1..=20).map(|i| sync.enqueue(to_bakyt(100 * i), now_ms()).expect("queued").local_id).collect();
    let offline = sync.drain(now_ms).await;
    assert!(matches!(offline, Err(SyncError::Api(ApiError::Offline))), "{offline:?}");
    assert!(matches!(sync.pull(now_ms()).await, Err(SyncError::Api(ApiError::Offline))));
    let queued = history(&store).into_iter().filter(|o| o.status == OperationStatus::Queued).count();
    assert_eq!(queued, 20, "all twenty show as queued offline");

    bank.resume().await;
    let report = sync.drain(now_ms).await.expect("drained");
    assert_eq!(report.sent, 20);
    sync.pull(now_ms()).await.expect("pull");
    for key in &keys {
        assert_eq!(bank.operations_with_key(key), 1);
    }
    assert_eq!(bank.acceptance_order(&keys), keys);
    let total: i64 = (1..=20).map(|i| 100 * i).sum();
    let balance_after = bank.balance_minor(&account_id(AIGUL));
    assert_eq!(balance_after, balance_before - total);
    let local = store.accounts().expect("accounts");
    assert_eq!(local[0].balance, som(balance_after), "the phone's balance agrees with the bank's database");
    let mine = history(&store);
    for key in &keys {
        let record = mine.iter().find(|o| &o.local_id == key).expect("in the history");
        assert_eq!((record.status, record.receipt), (OperationStatus::Executed, ReceiptState::Verified));
    }
    assert_eq!(mine.len(), 61 + 20, "the demo history and the twenty, each once");
}

#[tokio::test]
async fn the_offline_limit_and_the_known_balance_cap_the_queue() {
    let bank = Bank::start(Duration::ZERO).await;
    let phone = PhoneData::new();
    {
        let (_store, sync, signer) = phone.open(&bank.url(), bank.key(), 50_000);
        sign_in(&bank, &signer, AIGUL).await;
        assert!(matches!(sync.enqueue(to_bakyt(100), now_ms()), Err(SyncError::UnknownAccount)), "no balance yet");
        sync.pull(now_ms()).await.expect("pull");
        sync.enqueue(to_bakyt(30_000), now_ms()).expect("within the limit");
        let over = sync.enqueue(to_bakyt(20_001), now_ms());
        assert!(
            matches!(&over, Err(SyncError::OverOfflineLimit { waiting, .. }) if *waiting == som(30_000)),
            "{over:?}"
        );
        sync.enqueue(to_bakyt(20_000), now_ms()).expect("exactly at the limit");
        // A payment the bank quoted was confirmed while it answered: the offline limit does not cap it.
        let quoted = Draft { agreed_fee: Some(som(0)), ..to_bakyt(60_000) };
        sync.enqueue(quoted, now_ms()).expect("quoted: sent at once, not capped");
        assert!(matches!(sync.enqueue(to_bakyt(1), now_ms()), Err(SyncError::OverOfflineLimit { .. })), "still capped");
        let tenge = Draft { amount: Money::from_minor(100, Currency::Kzt), ..to_bakyt(0) };
        assert!(matches!(sync.enqueue(tenge, now_ms()), Err(SyncError::CurrencyMismatch { .. })));
    }
    let (_store, generous, _) = phone.open(&bank.url(), bank.key(), i64::MAX / 2);
    let huge = generous.enqueue(to_bakyt(1_000_000_000), now_ms());
    assert!(matches!(huge, Err(SyncError::InsufficientFunds { .. })), "more than the known balance: {huge:?}");
}

#[tokio::test]
async fn a_bank_refusal_resolves_the_entry_and_the_queue_moves_on() {
    let bank = Bank::start(Duration::ZERO).await;
    let phone = PhoneData::new();
    let (store, sync) = signed_in(&bank, &phone, i64::MAX / 2).await;
    // A number nobody at the bank has: the phone cannot know, the bank refuses.
    let nobody = Draft { recipient: Recipient::Phone { phone: "+996555999999".into() }, ..to_bakyt(700) };
    let refused = sync.enqueue(nobody, now_ms()).expect("queued");
    let fine = sync.enqueue(to_bakyt(500), now_ms()).expect("queued");
    let report = sync.drain(now_ms).await.expect("drained");
    assert_eq!((report.sent, report.rejected), (1, 1));
    let refused = store.operation(&refused.local_id).expect("read").expect("kept");
    assert_eq!(refused.status, OperationStatus::Rejected);
    assert_eq!(refused.rejection, Some(wallet_protocol::ErrorCode::RecipientNotFound));
    assert_eq!(store.operation(&fine.local_id).expect("read").map(|o| o.status), Some(OperationStatus::Executed));
}

#[tokio::test]
async fn cancel_works_while_queued_and_while_accepted_but_not_after() {
    let bank = Bank::start(Duration::from_secs(3600)).await;
    let phone = PhoneData::new();
    let (store, sync) = signed_in(&bank, &phone, OFFLINE_LIMIT).await;

    let queued = sync.enqueue(to_bakyt(111), now_ms()).expect("queued");
    let cancelled = sync.cancel(&queued.local_id, now_ms()).await.expect("cancel");
    assert!(matches!(cancelled, CancelOutcome::Cancelled(ref op) if op.status == OperationStatus::Cancelled));
    assert_eq!(store.outbox_len(), 0, "never sent");
    assert_eq!(bank.operations_with_key(&queued.local_id), 0);

    let accepted = sync.enqueue(to_bakyt(222), now_ms()).expect("queued");
    sync.drain(now_ms).await.expect("sent");
    let record = store.operation(&accepted.local_id).expect("read").expect("kept");
    assert_eq!((record.status, record.revocable), (OperationStatus::Accepted, true));
    let outcome = sync.cancel(&accepted.local_id, now_ms()).await.expect("cancel through the bank");
    assert!(matches!(outcome, CancelOutcome::Cancelled(ref op) if op.status == OperationStatus::Cancelled));

    let executed = sync.enqueue(to_bakyt(333), now_ms()).expect("queued");
    sync.drain(now_ms).await.expect("sent");
    bank.sandbox.clock().advance(Duration::from_secs(3601));
    bank.sandbox.execute_due().await.expect("executed");
    // The phone still thinks it is revocable; the bank knows better.
    assert_eq!(sync.cancel(&executed.local_id, now_ms()).await.expect("answer"), CancelOutcome::NotRevocable);
}

#[tokio::test]
async fn a_receipt_that_does_not_verify_is_never_shown_as_valid() {
    let bank = Bank::start(Duration::ZERO).await;
    let phone = PhoneData::new();
    let stranger = BankKey::from_base64("O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik=").expect("some other key");
    let (store, sync, signer) = phone.open(&bank.url(), stranger, OFFLINE_LIMIT);
    sign_in(&bank, &signer, AIGUL).await;
    sync.pull(now_ms()).await.expect("pull");
    let operations = history(&store);
    assert!(operations.iter().all(|o| o.receipt != ReceiptState::Verified), "nothing verifies under a wrong key");
    assert!(operations.iter().filter(|o| o.receipt == ReceiptState::Invalid).count() >= 60);
}

#[tokio::test]
async fn after_losing_the_data_key_the_phone_says_so_and_a_resync_restores_the_history() {
    let bank = Bank::start(Duration::ZERO).await;
    let phone = PhoneData::new();
    {
        let (store, sync, signer) = phone.open(&bank.url(), bank.key(), OFFLINE_LIMIT);
        sign_in(&bank, &signer, AIGUL).await;
        sync.pull(now_ms()).await.expect("pull");
        assert_eq!(history(&store).len(), 61);
        sync.enqueue(to_bakyt(10), now_ms()).expect("queued, never sent");
    }
    // The platform's secure storage was reset: the data key and the session token are gone.
    let reset = PhoneData { dir: phone.dir, keys: std::sync::Arc::new(Default::default()) };
    let key = wallet_core::security::DataKey::load_or_create(reset.keys.as_ref()).expect("new key");
    let (_, report) = wallet_core::store::Store::open(reset.dir.path(), key).expect("opens, never crashes");
    let loss = report.cleared_after_key_loss.expect("the loss is reported");
    assert_eq!(loss.lost_outbox, 1, "the user is told one unsent operation was lost");

    let (store, sync, signer) = reset.open(&bank.url(), bank.key(), OFFLINE_LIMIT);
    assert_eq!(history(&store).len(), 0);
    assert!(matches!(sync.pull(now_ms()).await, Err(SyncError::NotSignedIn)));
    bank.sandbox.clock().advance(Duration::from_secs(61));
    sign_in(&bank, &signer, AIGUL).await;
    sync.pull(now_ms()).await.expect("re-sync");
    assert_eq!(history(&store).len(), 61, "the history is back from the bank");
}

#[tokio::test]
async fn an_operation_on_its_way_is_not_cancelled_on_the_phone() {
    let bank = Bank::start(Duration::ZERO).await;
    let phone = PhoneData::new();
    let (store, sync) = signed_in(&bank, &phone, OFFLINE_LIMIT).await;
    let queued = sync.enqueue(to_bakyt(444), now_ms()).expect("queued");
    bank.sandbox.faults().set(FaultPlan { latency_ms: 300, method: Some("POST".into()), ..FaultPlan::default() });
    let cancel_midway = async {
        tokio::time::sleep(Duration::from_millis(100)).await;
        sync.cancel(&queued.local_id, now_ms()).await.expect("answer")
    };
    let (drained, cancel) = tokio::join!(sync.drain(now_ms), cancel_midway);
    assert_eq!(cancel, CancelOutcome::Sending, "the phone does not claim to stop what already left");
    assert_eq!(drained.expect("drained").sent, 1);
    assert_eq!(bank.operations_with_key(&queued.local_id), 1);
    assert_eq!(store.operation(&queued.local_id).expect("read").map(|o| o.status), Some(OperationStatus::Executed));
}

/// The whole core, not only its sync: it starts sending the outbox as it opens, is closed in the middle, and the
/// next start sends the rest — each operation once, in the order it was made.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_whole_core_closed_mid_drain_and_reopened_sends_everything_once_in_order() {
    use base64::Engine as _;
    use wallet_core::app::Screen;
    use wallet_core::platform::Platform;
    use wallet_core::platform::desktop::RecordingLogger;
    use wallet_core::{BankConfig, CoreConfig};
    use wallet_ffi::WalletCore;

    let bank = Bank::start(Duration::ZERO).await;
    let phone = PhoneData::new();
    let keys: Vec<String> = {
        let (store, sync, signer) = phone.open(&bank.url(), bank.key(), OFFLINE_LIMIT);
        sign_in(&bank, &signer, AIGUL).await;
        // Past onboarding with the terms accepted (on this phone; the first sync tells the bank) but no PIN yet: the core opens on «Придумайте PIN-код», with
        // home's sync running underneath.
        let done = wallet_core::features::onboarding::OnboardingStage::Completed;
        store
            .save_settings(&wallet_core::app::Settings { language: None, onboarding: done, ..Default::default() })
            .expect("settings");
        let version = wallet_core::features::terms::TERMS_VERSION.to_owned();
        store
            .save_terms(&wallet_core::store::TermsAcceptance {
                version,
                accepted_at_ms: 0,
                key: "terms-accepted-before".into(),
                sent: false,
            })
            .expect("terms");
        sync.pull(now_ms()).await.expect("pull");
        (1..=10).map(|i| sync.enqueue(to_bakyt(2_000 + i), now_ms()).expect("queued").local_id).collect()
    };
    let config = CoreConfig {
        bank: Some(BankConfig {
            url: bank.url(),
            public_key: base64::engine::general_purpose::STANDARD.encode(bank.sandbox.public_key()),
            offline_limit_minor: OFFLINE_LIMIT,
            qr_provider_id: wallet_sandbox::qr_pay::OWN_PROVIDER.to_owned(),
            pins: Vec::new(),
        }),
        ..CoreConfig::local(phone.dir.path().to_string_lossy(), "ru")
    };
    let platform =
        Platform { secure_storage: phone.keys.clone(), logger: std::sync::Arc::new(RecordingLogger::default()) };
    let sent = |bank: &Bank| keys.iter().filter(|key| bank.operations_with_key(key) == 1).count();

    bank.sandbox.faults().set(FaultPlan { latency_ms: 120, method: Some("POST".into()), ..FaultPlan::default() });
    let core = WalletCore::new(config.clone(), platform.clone()).expect("opens and starts sending");
    while sent(&bank) < 3 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    drop(core);
    let before = sent(&bank);
    assert!((3..10).contains(&before), "closed in the middle: {before} sent");

    bank.sandbox.faults().clear();
    let core = WalletCore::new(config, platform).expect("reopens and sends the rest");
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    loop {
        let done = matches!(&core.view().screen, Screen::Pin(_)) && sent(&bank) == 10;
        if done {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the outbox did not empty: {} sent", sent(&bank));
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    for key in &keys {
        assert_eq!(bank.operations_with_key(key), 1, "{key} exists exactly once at the bank");
    }
    assert_eq!(bank.acceptance_order(&keys), keys, "in the order they were made");
    // The PIN made, home shows an empty queue.
    for digit in [5, 8, 2, 7, 5, 8, 2, 7] {
        while !matches!(&core.view().screen, Screen::Pin(pin) if pin.keys_enabled) {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        core.dispatch(wallet_core::Event::Pin(wallet_core::features::pin::PinEvent::Digit { digit })).expect("digit");
    }
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while !matches!(&core.view().screen, Screen::Home(home) if home.waiting.is_none() && home.balance.is_some()) {
        assert!(std::time::Instant::now() < deadline, "home shows no empty queue: {:?}", core.view().screen);
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
