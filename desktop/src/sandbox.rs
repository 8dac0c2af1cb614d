//! `wallet sandbox`: the sandbox bank alone, for development against the API and for other processes' tests.

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

use base64::Engine as _;
use tokio::net::TcpListener;
use wallet_sandbox::{Sandbox, SandboxConfig, SandboxError};

pub struct Options {
    pub port: u16,
    pub db: PathBuf,
    /// How long an accepted operation leaving the bank (a transfer to another bank) waits before it is executed.
    pub execution_delay: Duration,
    /// How long an accepted operation inside the bank (a payment, a transfer to a customer) waits.
    pub in_bank_execution_delay: Duration,
}

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("port {0} on 127.0.0.1 is in use; pass --port with another port, or 0 for any free one")]
    PortBusy(u16),
    #[error("cannot listen on 127.0.0.1:{port}: {source}")]
    Listen { port: u16, source: std::io::Error },
    #[error(transparent)]
    Sandbox(#[from] SandboxError),
}

pub async fn run(options: Options) -> Result<(), RunError> {
    let mut config = SandboxConfig::new(&options.db);
    config.execution_delay = options.execution_delay;
    config.in_bank_execution_delay = options.in_bank_execution_delay;
    let sandbox = Sandbox::open(config)?;
    let listener =
        TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, options.port))).await.map_err(|source| {
            if source.kind() == std::io::ErrorKind::AddrInUse {
                RunError::PortBusy(options.port)
            } else {
                RunError::Listen { port: options.port, source }
            }
        })?;
    let public_key = base64::engine::general_purpose::STANDARD.encode(sandbox.public_key());
    let running = sandbox.serve(listener)?;
    println!("Sandbox bank: {}", running.url());
    println!("Database:     {}", options.db.display());
    println!("Receipt key:  {public_key} (Ed25519, base64)");
    println!("SMS codes are printed here and served at {}/dev/sms?phone=…", running.url());
    println!("Press Ctrl+C to stop.");
    let _ = tokio::signal::ctrl_c().await;
    running.stop().await;
    Ok(())
}
