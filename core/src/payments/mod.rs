//! Payment rules that know nothing of screens: QR images, …

pub mod qr_image;
pub mod scan;
pub mod shake;
#[cfg(any(test, feature = "desktop"))]
pub mod shake_traces;
