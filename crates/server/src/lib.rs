//! Plenary's forum server: it hosts forums, admits participants with invites, and runs the sync
//! endpoint through which devices exchange signed records.
//!
//! Requests are authenticated by the device key that signs each one (no passwords, no bearer
//! secrets); the server stores no secret that would let anyone act as a participant: invite
//! codes are kept as hashes, and the only private key it holds is its own. Every record a
//! device sends is verified and applied by the same `plenary_core::apply` a device uses, so the
//! server accepts exactly what the rules allow, and every refusal has a reason.

pub mod routes;
pub mod storage;

use axum::Router;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};
use storage::Storage;
use tokio::net::TcpListener;

/// The most bytes a request body may have.
pub const MAX_BODY: usize = 1024 * 1024;

/// Wall-clock time in Unix milliseconds.
pub fn now_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0)
}

/// Per-key request limits: a burst, then a steady rate.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Requests a key may make at once.
    pub burst: f64,
    /// Requests per second a key may make after the burst.
    pub per_second: f64,
}

impl Default for Limits {
    fn default() -> Self {
        // A sync of a large forum is a few dozen requests in a row; a device syncing every
        // thirty seconds needs far less. This stops a runaway or hostile client, not a user.
        Limits { burst: 60.0, per_second: 5.0 }
    }
}

/// Builds the server's HTTP routes over `storage`.
pub fn app(storage: Arc<dyn Storage>, limits: Limits) -> Router {
    routes::router(routes::AppState::new(storage, limits))
}

/// Serves `app` on `listener` until `shutdown` completes, then finishes the requests in flight.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
}
