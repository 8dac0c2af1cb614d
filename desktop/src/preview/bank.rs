//! The preview's sandbox bank: on its own port of 127.0.0.1, so it can be stopped and started again from the page
//! (to see the app offline) while its database and signing key stay.

use std::net::SocketAddr;
use std::path::Path;

use axum::body::{Body, Bytes};
use axum::http::{Method, Request, StatusCode, header};
use base64::Engine as _;
use serde::Serialize;
use tokio::net::TcpListener;
use tokio::sync::Mutex;
use tower::ServiceExt as _;
use wallet_core::BankConfig;
use wallet_sandbox::{RunningSandbox, Sandbox, SandboxConfig, SandboxError};

pub struct Bank {
    sandbox: Sandbox,
    address: SocketAddr,
    running: Mutex<Option<RunningSandbox>>,
}

#[derive(Serialize)]
pub struct BankStatus {
    pub url: String,
    pub running: bool,
}

impl Bank {
    /// Opens the sandbox's database in `db` and serves it on a free port.
    pub async fn start(db: &Path) -> Result<Bank, SandboxError> {
        let mut config = SandboxConfig::new(db);
        // Long enough to cancel a transfer to another bank in the preview, short enough to watch it execute.
        config.execution_delay = std::time::Duration::from_secs(10);
        // A payment inside the bank is executed almost at once: the result screen turns «Оплачено» by itself.
        config.in_bank_execution_delay = std::time::Duration::from_secs(1);
        let sandbox = Sandbox::open(config)?;
        let listener = TcpListener::bind("127.0.0.1:0").await.map_err(SandboxError::Serve)?;
        let address = listener.local_addr().map_err(SandboxError::Serve)?;
        let running = sandbox.clone().serve(listener)?;
        Ok(Bank { sandbox, address, running: Mutex::new(Some(running)) })
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    pub fn public_key(&self) -> Vec<u8> {
        self.sandbox.public_key()
    }

    /// Every push the bank records from now on, once committed (see `Devices::deliver_pushes`).
    pub fn subscribe_pushes(&self) -> tokio::sync::broadcast::Receiver<wallet_sandbox::PushDelivery> {
        self.sandbox.subscribe_pushes()
    }

    /// How the preview's phones reach this bank. Up to 5 000 som may wait offline.
    pub fn config(&self) -> BankConfig {
        BankConfig {
            url: self.url(),
            public_key: base64::engine::general_purpose::STANDARD.encode(self.public_key()),
            offline_limit_minor: 500_000,
            qr_provider_id: wallet_sandbox::qr_pay::OWN_PROVIDER.to_owned(),
            // Plain HTTP to this machine: no TLS, nothing to pin.
            pins: Vec::new(),
        }
    }

    pub async fn status(&self) -> BankStatus {
        BankStatus { url: self.url(), running: self.running.lock().await.is_some() }
    }

    /// Stops serving: the phones find the bank unreachable.
    pub async fn stop(&self) {
        if let Some(running) = self.running.lock().await.take() {
            running.stop().await;
        }
    }

    /// Calls the sandbox's own `/dev/…` API in-process (not over its port): the demo merchants and their tills'
    /// codes stay reachable while the bank is "stopped", as a shop's code is there when the phone is offline.
    /// Answers with the status and the body as the sandbox gave them.
    pub async fn dev(&self, method: Method, path: &str, json: Option<Bytes>) -> Result<(StatusCode, Bytes), String> {
        let mut request = Request::builder().method(method).uri(format!("/dev/{path}"));
        if json.is_some() {
            request = request.header(header::CONTENT_TYPE, "application/json");
        }
        let request = request.body(json.map_or_else(Body::empty, Body::from)).map_err(|error| error.to_string())?;
        let response = self.sandbox.router().oneshot(request).await.map_err(|error| error.to_string())?;
        let status = response.status();
        let body = axum::body::to_bytes(response.into_body(), 1 << 20).await.map_err(|error| error.to_string())?;
        Ok((status, body))
    }

    /// Serves again on the same port.
    pub async fn resume(&self) -> Result<(), SandboxError> {
        let mut running = self.running.lock().await;
        if running.is_none() {
            let listener = TcpListener::bind(self.address).await.map_err(SandboxError::Serve)?;
            *running = Some(self.sandbox.clone().serve(listener)?);
        }
        Ok(())
    }
}
