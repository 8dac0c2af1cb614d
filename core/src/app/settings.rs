//! What the user chose that must survive a restart.

use serde::{Deserialize, Serialize};

use crate::domain::Language;
use crate::features::onboarding::OnboardingStage;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The language the user picked; `None` until they pick one (the device's language shows meanwhile).
    pub language: Option<Language>,
    pub onboarding: OnboardingStage,
    /// The app locks itself after this many minutes without a touch.
    #[serde(default = "default_auto_lock")]
    pub auto_lock_minutes: u32,
    /// Where the platform's push service reaches this device (FCM, APNs), as the shell last said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub push: Option<PushAddress>,
}

/// A device's address at its platform's push service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushAddress {
    pub platform: PushPlatform,
    pub token: String,
}

/// Which push service: Firebase Cloud Messaging (Android), APNs (iOS), or the web preview's stand-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum PushPlatform {
    Fcm,
    Apns,
    Preview,
}

impl PushAddress {
    pub fn registration(&self) -> wallet_protocol::notifications::PushRegistration {
        use wallet_protocol::notifications::PushPlatform as Wire;
        let platform = match self.platform {
            PushPlatform::Fcm => Wire::Fcm,
            PushPlatform::Apns => Wire::Apns,
            PushPlatform::Preview => Wire::Preview,
        };
        wallet_protocol::notifications::PushRegistration { platform, push_token: self.token.clone() }
    }
}

fn default_auto_lock() -> u32 {
    5
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            language: None,
            onboarding: OnboardingStage::default(),
            auto_lock_minutes: default_auto_lock(),
            push: None,
        }
    }
}

impl Settings {
    pub fn auto_lock_ms(&self) -> u64 {
        u64::from(self.auto_lock_minutes) * 60_000
    }
}
