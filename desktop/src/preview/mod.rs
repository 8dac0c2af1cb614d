//! The web preview: the whole app in a browser, for anyone to click through. Each browser session gets its own
//! phones, and each phone its own core with its own data folder — the same core the mobile apps run. The page
//! draws the core's views and sends taps back as events; a sandbox bank runs beside it on its own port.

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

use axum::Router;
use axum::routing::{get, post};
use tokio::net::TcpListener;

mod api;
mod assets;
pub mod bank;
pub mod biometric;
mod cookie;
mod devices;
mod pay;
mod shake;

pub use bank::Bank;
pub use devices::Devices;

/// How long a phone nobody uses keeps its core open; its data stays and it reopens on the next request.
const IDLE_CLOSE_AFTER: Duration = Duration::from_secs(30 * 60);

pub struct Options {
    pub port: u16,
    pub data_dir: PathBuf,
}

#[derive(Debug, thiserror::Error)]
pub enum PreviewError {
    #[error("port {0} on 127.0.0.1 is in use; pass --port with another port, or 0 for any free one")]
    PortBusy(u16),
    #[error("cannot listen on 127.0.0.1:{port}: {source}")]
    Listen { port: u16, source: std::io::Error },
    #[error("cannot create the data folder {path}: {source}; pass --data-dir with a writable folder")]
    DataDir { path: PathBuf, source: std::io::Error },
    #[error("the server stopped: {0}")]
    Serve(std::io::Error),
    #[error("the sandbox bank did not start: {0}")]
    Bank(#[from] wallet_sandbox::SandboxError),
}

/// What the preview's handlers share.
#[derive(Clone)]
pub struct Preview {
    pub devices: Devices,
    pub bank: std::sync::Arc<Bank>,
}

impl Preview {
    /// The preview's handlers' state, with the bank's pushes handed to the phones from now on.
    pub fn new(devices: Devices, bank: std::sync::Arc<Bank>) -> Preview {
        devices.deliver_pushes(bank.subscribe_pushes());
        Preview { devices, bank }
    }
}

impl axum::extract::FromRef<Preview> for Devices {
    fn from_ref(preview: &Preview) -> Devices {
        preview.devices.clone()
    }
}

pub fn router(preview: Preview) -> Router {
    Router::new()
        .route("/", get(assets::index))
        .route("/assets/{file}", get(assets::file))
        .route("/api/devices/{device}/view", get(api::view))
        .route("/api/devices/{device}/events", post(api::event))
        .route(
            "/api/devices/{device}/photo",
            post(api::photo).layer(axum::extract::DefaultBodyLimit::max(api::PHOTO_BODY_LIMIT)),
        )
        .route(
            "/api/devices/{device}/qr-image",
            post(pay::qr_image).layer(axum::extract::DefaultBodyLimit::max(pay::QR_IMAGE_BODY_LIMIT)),
        )
        .route("/api/devices/{device}/shake", post(shake::shake))
        .route("/api/devices/{device}/stream", get(api::stream))
        .route("/api/devices/{device}/biometric", post(api::biometric))
        .route("/api/devices/{device}/shared/{name}", get(api::shared_file))
        .merge(control(preview.clone()))
        .route("/api/bank", get(api::bank_status))
        .route("/api/merchants", get(pay::merchants))
        .route("/api/merchants/{id}/dynamic", post(pay::dynamic))
        .route("/api/qr.svg", get(pay::qr_svg))
        .route("/api/qr.png", get(pay::qr_png))
        .layer(axum::middleware::from_fn(cookie::ensure_session))
        // The whole preview: this machine by name (DNS rebinding), from its own page or none.
        .layer(axum::middleware::from_fn(wallet_sandbox::guard::same_machine))
        .with_state(preview)
}

/// The routes that control the preview itself (restart a phone, start over, stop or start the bank): JSON only,
/// so a cross-site form cannot stop the bank.
fn control(preview: Preview) -> Router<Preview> {
    Router::new()
        .route("/api/devices/{device}/restart", post(api::restart))
        .route("/api/session/reset", post(api::reset))
        .route("/api/bank/stop", post(api::stop_bank))
        .route("/api/bank/start", post(api::start_bank))
        .layer(axum::middleware::from_fn(wallet_sandbox::guard::local_only))
        .with_state(preview)
}

pub async fn run(options: Options) -> Result<(), PreviewError> {
    let Options { port, data_dir } = options;
    std::fs::create_dir_all(&data_dir).map_err(|source| PreviewError::DataDir { path: data_dir.clone(), source })?;
    let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port))).await.map_err(|source| {
        if source.kind() == std::io::ErrorKind::AddrInUse {
            PreviewError::PortBusy(port)
        } else {
            PreviewError::Listen { port, source }
        }
    })?;
    let address = listener.local_addr().map_err(|source| PreviewError::Listen { port, source })?;
    let bank = std::sync::Arc::new(Bank::start(&data_dir.join("sandbox.sqlite")).await?);
    let devices = Devices::new(data_dir.join("sessions"), bank.config());
    devices.close_idle_every(Duration::from_secs(60), IDLE_CLOSE_AFTER);

    println!("Wallet preview: http://{address}/");
    println!("Sandbox bank:   {}", bank.url());
    println!("Data folder:    {}", data_dir.display());
    println!("Press Ctrl+C to stop.");

    let preview = Preview::new(devices.clone(), bank.clone());
    // The same server as the bank's: a client slow to send its headers is cut off (sandbox/src/serve.rs).
    let timeout = wallet_sandbox::serve::HEADER_READ_TIMEOUT;
    wallet_sandbox::serve::serve(listener, router(preview), timeout, stop_signal()).await;
    devices.close_all().await;
    bank.stop().await;
    Ok(())
}

async fn stop_signal() {
    let _ = tokio::signal::ctrl_c().await;
}
