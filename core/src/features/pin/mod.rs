//! The app PIN on screen (seed 000 step 9, DESIGN.md §5): create it twice, unlock with it or with biometrics,
//! change it (old PIN first). The rules of what is stored and how failures lock live in `security::pin`.

pub mod event;
pub mod state;
pub mod update;
pub mod view;

pub use event::{BiometricsEvent, PinEvent};
pub use state::{BiometricOffer, PinLock, PinProblem, PinPurpose, PinSetup, SetupPurpose, SetupStep};
pub use view::{BiometricsScreen, PinKey, PinMode, PinScreen};
