//! Serving over HTTP/1.1 with the timeouts a server on a network needs: a client that sends its request headers too
//! slowly (one byte at a time, or never finishing them) is cut off after [`HEADER_READ_TIMEOUT`] instead of holding
//! a connection open for as long as it likes. Stopping refuses new connections and closes the open ones (idle
//! keep-alive ones at once), waiting at most [`DRAIN_TIMEOUT`] for requests under way.

use std::future::Future;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;

/// How long a client may take to send a request's headers.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// How long stopping waits for requests under way.
pub const DRAIN_TIMEOUT: Duration = Duration::from_secs(5);

/// Serves `app` on `listener` until `stop` completes; a client gets `header_timeout` to send a request's headers.
pub async fn serve(listener: TcpListener, app: Router, header_timeout: Duration, stop: impl Future<Output = ()>) {
    let graceful = GracefulShutdown::new();
    let mut stop = std::pin::pin!(stop);
    loop {
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // A connection that failed before it was accepted (reset, out of descriptors for a moment).
                Err(_) => continue,
            },
            () = &mut stop => break,
        };
        let _ = stream.set_nodelay(true);
        let connection = http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(header_timeout)
            // Handlers may ask who is on the other end (`ConnectInfo<SocketAddr>`), for limits by source address.
            .serve_connection(
                TokioIo::new(stream),
                TowerToHyperService::new(app.clone().layer(axum::Extension(ConnectInfo(remote)))),
            );
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(DRAIN_TIMEOUT, graceful.shutdown()).await;
}
