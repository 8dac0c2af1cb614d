//! wallet-sandbox: a real server of the wallet's bank API (DESIGN.md §7) on SQLite, for development, demos and the
//! end-to-end tests. `wallet sandbox --port P --db FILE` runs it alone; the web preview starts one in-process.
//!
//! - `/health`; `/v1/…` the API of `docs/openapi.yaml`; `/dev/…` what only the sandbox has (the SMS it "sent",
//!   faults, clock, top-ups, merchants' codes, a new contacts key, the pushes it "sent", rejecting an operation).
//! - Push notifications in process: [`Sandbox::subscribe_pushes`] hears every push the bank records, once its
//!   transaction has committed (see [`notifications`]).
//! - Idempotency keys as Stripe does them; an Ed25519 signature on every executed operation's receipt.
//! - Fault injection ([`faults`]) so tests can prove exactly-once delivery.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::routing::{delete, get, patch, post, put};
use axum::{Json, Router};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use wallet_protocol::card_topups::paths as card_paths;
use wallet_protocol::favourites::paths as fav_paths;
use wallet_protocol::{API_VERSION, Health, HealthStatus, paths};

mod api;
mod auth;
pub mod banking;
pub mod card_topups;
pub mod clock;
pub mod config;
pub mod contacts;
pub mod db;
mod dev;
pub mod elqr;
pub mod error;
mod extract;
pub mod faults;
pub mod favourites;
pub mod free_text;
pub mod guard;
mod heartbeat;
mod idempotency;
pub mod kyc;
mod kyc_api;
pub mod kyc_documents;
pub mod limits;
pub mod lookup_limit;
pub mod notifications;
pub mod operation_numbers;
pub mod phone;
pub mod qr_pay;
pub mod receipts;
pub mod requests;
pub mod seed;
pub mod serve;
pub mod services;
pub mod shakes;
pub mod terms;
pub mod transfers;
mod wire;

pub use clock::Clock;
pub use config::{SandboxConfig, SmsRules};
pub use db::Db;
pub use faults::{FaultPlan, Faults};
pub use notifications::PushDelivery;

/// How often the bank looks for accepted operations whose time to execute has come (and for identification
/// applications whose review is due).
const EXECUTION_TICK: Duration = Duration::from_millis(50);

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<SandboxConfig>,
    pub clock: Clock,
    pub faults: Faults,
    pub signer: Arc<receipts::Signer>,
    pub heartbeat: Arc<heartbeat::Heartbeat>,
}

#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    #[error(transparent)]
    Db(#[from] db::OpenError),
    #[error("signing key: {0}")]
    Signer(#[from] receipts::SignerError),
    #[error("seeding the demo data failed: {0}")]
    Seed(String),
    #[error("reading the recorded pushes failed: {0}")]
    Pushes(rusqlite::Error),
    #[error("cannot serve: {0}")]
    Serve(std::io::Error),
}

/// A sandbox bank: its database, clock, faults, signing key and push feed. Cloning shares them.
#[derive(Clone)]
pub struct Sandbox {
    state: AppState,
    pushes: notifications::PushFeed,
}

impl Sandbox {
    /// Opens (or creates and seeds) the database of `config`.
    pub fn open(config: SandboxConfig) -> Result<Sandbox, SandboxError> {
        let db = Db::open(&config.db_path)?;
        let signer = Arc::new(receipts::Signer::load_or_create(&db)?);
        let clock = Clock::default();
        if config.seed_demo_data {
            let now = clock.now();
            db.with_blocking(|conn| -> Result<(), SandboxError> {
                let seeded = db::meta(conn, "seeded").map_err(|e| SandboxError::Seed(e.to_string()))?;
                if seeded.is_none() {
                    let tx = conn.transaction().map_err(|e| SandboxError::Seed(e.to_string()))?;
                    seed::seed(&tx, &signer, now).map_err(|e| SandboxError::Seed(e.body.message))?;
                    db::set_meta(&tx, "seeded", "1").map_err(|e| SandboxError::Seed(e.to_string()))?;
                    tx.commit().map_err(|e| SandboxError::Seed(e.to_string()))?;
                }
                seed::other_banks(conn).map_err(|e| SandboxError::Seed(e.to_string()))?;
                seed::particulars(conn).map_err(|e| SandboxError::Seed(e.to_string()))?;
                services::seed(conn).map_err(|e| SandboxError::Seed(e.to_string()))?;
                Ok(())
            })?;
        }
        let pushes = db
            .with_blocking(|conn| notifications::PushFeed::starting_after_recorded(conn))
            .map_err(SandboxError::Pushes)?;
        let feed = pushes.clone();
        db.set_after_commit(Box::new(move |conn| feed.deliver_recorded(conn)));
        let state = AppState {
            db,
            config: Arc::new(config),
            clock,
            faults: Faults::default(),
            signer,
            heartbeat: Arc::default(),
        };
        Ok(Sandbox { state, pushes })
    }

    /// Every push the bank records from now on, as its transaction commits: the platform, the token and the
    /// message ([`PushDelivery`]), in the order recorded. The web preview runs in the same process and hands each
    /// to the phone that registered the token (`PUT /v1/push-registration`), standing in for FCM and APNs; the
    /// same pushes are listed at `GET /dev/pushes`. A receiver that falls far behind loses the oldest
    /// (`RecvError::Lagged`); the phone's `GET /v1/events` has every event anyway.
    pub fn subscribe_pushes(&self) -> tokio::sync::broadcast::Receiver<PushDelivery> {
        self.pushes.subscribe()
    }

    pub fn router(&self) -> Router {
        let v1 = Router::new()
            .route(&v1(paths::SMS_CHALLENGE), post(auth::challenge))
            .route(&v1(paths::SMS_VERIFY), post(auth::verify))
            .route(&v1(paths::LOGOUT), post(auth::logout))
            .route(&v1(paths::PROFILE), get(api::profile))
            .route(&v1(paths::ACCOUNTS), get(api::accounts))
            .route(&v1(paths::OPERATIONS), get(api::history).post(api::create_operation))
            .route(&v1(&paths::cancel_operation("{id}")), post(api::cancel))
            .route(&v1(paths::QUOTES), post(api::quote))
            .route(&v1(paths::RECIPIENT_LOOKUP), post(api::lookup_recipient))
            .route(&v1(paths::TRANSFER_CODES), post(api::request_transfer_code))
            .route(&v1(&paths::verify_transfer_code("{id}")), post(api::verify_transfer_code))
            .route(&v1(paths::BANK_KEYS), get(api::keys))
            .route(
                &v1(paths::KYC_DOCUMENTS),
                post(kyc_api::upload_document).layer(DefaultBodyLimit::max(kyc_api::DOCUMENT_BODY_LIMIT)),
            )
            .route(&v1(paths::KYC_APPLICATIONS), post(kyc_api::submit_application))
            .route(&v1(&paths::kyc_application("{id}")), get(kyc_api::application_state))
            .route(&v1(paths::PAYMENT_REQUESTS), get(requests::requests).post(requests::create))
            .route(&v1(&wallet_protocol::requests::paths::cancel("{id}")), post(requests::cancel_request))
            .route(&v1(&wallet_protocol::requests::paths::remind("{id}")), post(requests::remind_request))
            .route(&v1(paths::CONTACTS_EVALUATE), post(contacts::evaluate))
            .route(&v1(paths::CONTACTS_MATCH), post(contacts::match_contacts))
            .route(&v1(paths::SHAKES), post(shakes::report))
            .route(&v1(&wallet_protocol::shake::paths::shake("{id}")), get(shakes::shake_state))
            .route(&v1(&wallet_protocol::shake::paths::confirm("{id}")), post(shakes::confirm))
            .route(&v1(&wallet_protocol::shake::paths::cancel("{id}")), post(shakes::cancel))
            .route(
                &v1(paths::PUSH_REGISTRATION),
                put(notifications::register_device).delete(notifications::unregister_device),
            )
            .route(&v1(paths::EVENTS), get(notifications::events))
            .route(
                &v1(fav_paths::FAVOURITES),
                get(favourites::favourites_route).post(favourites::create_favourite_route),
            )
            .route(
                &v1(&fav_paths::favourite("{id}")),
                patch(favourites::update_favourite_route).delete(favourites::delete_favourite_route),
            )
            .route(
                &v1(fav_paths::REGULAR_PAYMENTS),
                get(favourites::regular_payments_route).post(favourites::create_regular_route),
            )
            .route(
                &v1(&fav_paths::regular_payment("{id}")),
                patch(favourites::update_regular_route).delete(favourites::delete_regular_route),
            )
            .route(&v1(wallet_protocol::services::paths::SERVICES), get(services::catalogue_route))
            .route(&v1(wallet_protocol::services::paths::SERVICE_CHECK), post(services::check_route))
            .route(&v1(card_paths::CARD_TOPUP_QUOTE), post(card_topups::quote_route))
            .route(&v1(card_paths::CARD_TOPUPS), post(card_topups::start_route))
            .route(&v1(&card_paths::card_topup("{id}")), get(card_topups::state_route))
            .route(&v1(&card_paths::challenge("{id}")), post(card_topups::answer_route))
            .route(&v1(card_paths::CARDS), get(card_topups::cards_route))
            .route(&v1(&card_paths::card("{id}")), delete(card_topups::forget_card_route))
            .route(&v1(&card_paths::account_details("{id}")), get(card_topups::details_route))
            .route(&v1(paths::TERMS_ACCEPTANCES), post(terms::accept))
            .layer(axum::middleware::from_fn_with_state(self.state.faults.clone(), faults::inject));
        let dev = Router::new()
            .route("/sms", get(dev::sms))
            .route("/faults", get(dev::get_faults).put(dev::put_faults))
            .route("/clock", post(dev::advance_clock))
            .route("/top-up", post(dev::top_up))
            .route("/services/bills", post(services::issue_bill))
            .route("/merchants", get(dev::merchants))
            .route("/merchants/{id}/dynamic", post(dev::dynamic_link))
            .route("/contacts/key", post(contacts::rotate_key))
            .route("/pushes", get(notifications::dev_pushes))
            .route("/terms", post(terms::publish))
            .route("/operations/{id}/reject", post(dev::reject_operation))
            .layer(axum::middleware::from_fn(guard::local_only));
        Router::new()
            .route(paths::HEALTH, get(health))
            .nest("/v1", v1)
            .nest("/dev", dev)
            .with_state(self.state.clone())
            .layer(axum::middleware::map_response(error::json_errors))
    }

    /// The Ed25519 public key the wallet verifies receipts with.
    pub fn public_key(&self) -> Vec<u8> {
        self.state.signer.public_key().to_vec()
    }

    pub fn faults(&self) -> &Faults {
        &self.state.faults
    }

    pub fn clock(&self) -> &Clock {
        &self.state.clock
    }

    pub fn db(&self) -> &Db {
        &self.state.db
    }

    /// Runs the regular payments that fall due, then executes the accepted operations whose time has come.
    pub async fn execute_due(&self) -> Result<usize, error::ApiError> {
        let (signer, now) = (self.state.signer.clone(), self.state.clock.now());
        let delays = banking::ExecutionDelays::of(&self.state.config);
        self.state
            .db
            .tx(move |tx| {
                favourites::run_due(tx, &signer, delays, now)?;
                banking::execute_due(tx, &signer, now)
            })
            .await
    }

    /// Decides the identification applications whose review has fallen due.
    pub async fn review_due(&self) -> Result<usize, error::ApiError> {
        let now = self.state.clock.now();
        self.state.db.tx(move |tx| kyc_api::review_due(tx, None, now)).await
    }

    /// Serves the API on `listener` until stopped, executing operations and reviewing identification
    /// applications as they fall due.
    pub fn serve(self, listener: TcpListener) -> Result<RunningSandbox, SandboxError> {
        let address = listener.local_addr().map_err(SandboxError::Serve)?;
        let (stop, stopped) = oneshot::channel::<()>();
        let app = self.router();
        let server = tokio::spawn(serve::serve(listener, app, self.state.config.header_read_timeout, async {
            let _ = stopped.await;
        }));
        let bank = self.clone();
        let worker = tokio::spawn(async move {
            let mut ticks = tokio::time::interval(EXECUTION_TICK);
            loop {
                ticks.tick().await;
                let executed = bank.execute_due().await;
                if let Err(error) = &executed {
                    eprintln!("sandbox: executing due operations failed: {}", error.body.message);
                }
                // The message never carries an applicant's data (see `kyc_api`).
                let reviewed = bank.review_due().await;
                if let Err(error) = &reviewed {
                    eprintln!("sandbox: reviewing identification applications failed: {}", error.body.message);
                }
                if executed.is_ok() && reviewed.is_ok() {
                    bank.state.heartbeat.beat();
                }
            }
        });
        Ok(RunningSandbox { sandbox: self, address, stop: Some(stop), server, worker })
    }
}

fn v1(path: &str) -> String {
    path.trim_start_matches("/v1").to_owned()
}

/// `GET /health`: 200 while the bank executes, 503 `cannot_execute` when its worker has stopped.
async fn health(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    let (code, status) = if state.heartbeat.executing() {
        (StatusCode::OK, HealthStatus::Ok)
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, HealthStatus::CannotExecute)
    };
    (code, Json(Health { status, api_version: API_VERSION.to_owned() }))
}

/// A sandbox serving on a port.
pub struct RunningSandbox {
    sandbox: Sandbox,
    address: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    server: JoinHandle<()>,
    worker: JoinHandle<()>,
}

impl RunningSandbox {
    /// `http://127.0.0.1:PORT`: the base URL the wallet talks to.
    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn sandbox(&self) -> &Sandbox {
        &self.sandbox
    }

    /// Stops serving: open connections finish, new ones are refused.
    pub async fn stop(mut self) {
        self.worker.abort();
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let _ = (&mut self.server).await;
    }
}

impl Drop for RunningSandbox {
    fn drop(&mut self) {
        self.worker.abort();
        self.server.abort();
    }
}

impl std::ops::Deref for RunningSandbox {
    type Target = Sandbox;

    fn deref(&self) -> &Sandbox {
        &self.sandbox
    }
}
