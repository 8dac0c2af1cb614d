import SwiftUI

/// What shows over the app while it is not in front (the app switcher's snapshot, Control Centre, a call): the
/// balance and history stay private. Drawn by WalletApp whenever the scene is not active.
struct PrivacyCover: View {
    var body: some View {
        ZStack {
            Rectangle().fill(.ultraThickMaterial)
            Image(systemName: "lock.shield.fill")
                .font(.system(size: 64))
                .foregroundStyle(.secondary)
        }
        .ignoresSafeArea()
        .accessibilityHidden(true)
        .transition(.opacity)
    }
}
