import SwiftUI
import UIKit
import WalletKit

/// The app: opens the core (off the main thread) on the app's Application Support folder with the Keychain, draws
/// its newest view, and tells it what the device notices — the scene's phase, the network, pushes, the privacy cover
/// while the app is not in front.
@main
struct WalletApp: App {
    @UIApplicationDelegateAdaptor(AppDelegate.self) private var delegate
    @Environment(\.scenePhase) private var scenePhase
    @State private var app = AppModel.shared

    var body: some Scene {
        WindowGroup {
            ZStack {
                if let host = app.host {
                    HostedRoot(state: host.state, send: host.send)
                        .environment(\.devices, app.devices)
                } else if let failure = app.failure {
                    StartFailure(text: failure)
                } else {
                    ProgressView().controlSize(.large)
                }
                // The app switcher's snapshot and anyone glancing at the phone see the cover, not the balance.
                if scenePhase != .active {
                    PrivacyCover()
                }
            }
            .task { await app.open() }
        }
        .onChange(of: scenePhase, initial: true) { _, phase in
            app.phase(phase)
        }
    }
}

/// Redrawn whenever the host's view changes (`ViewState` is observable).
private struct HostedRoot: View {
    let state: ViewState
    let send: (Event) -> Void

    var body: some View {
        RootView(view: state.view, send: send)
    }
}

/// The core could not start (its runtime or store): nothing else can be drawn. The text is the core's own
/// `WalletError` message, which says what to do.
private struct StartFailure: View {
    let text: String

    var body: some View {
        VStack(spacing: 16) {
            Image(systemName: "exclamationmark.triangle").font(.largeTitle).accessibilityHidden(true)
            Text(text).font(.body).multilineTextAlignment(.center)
        }
        .padding()
    }
}

/// The one core of the process and the device adapters around it.
@MainActor
@Observable
final class AppModel {
    static let shared = AppModel()

    private(set) var host: WalletHost?
    private(set) var failure: String?
    let storage = KeychainSecureStorage()
    let devices = Devices.live
    private var network: NetworkMonitor?
    private var opening = false
    private var pendingPhase: AppPhase?
    private var pendingToken: String?
    private var observation: ViewObservation?

    /// Opens the core once, off the main thread (it opens the store), then starts the network monitor and hands
    /// over what arrived meanwhile (the scene's phase, the APNs token).
    func open() async {
        guard host == nil, !opening else { return }
        opening = true
        let storage = storage
        let result: Result<WalletHost, Error> = await Task.detached(priority: .userInitiated) {
            Result {
                let config = WalletSetup.config(
                    dataDirectory: try WalletSetup.dataDirectory(),
                    bank: WalletSetup.bank(infoDictionary: Bundle.main.infoDictionary ?? [:]),
                    biometricsAvailable: KeychainSecureStorage.biometricsAvailable()
                )
                let platform = Platform(secureStorage: storage, logger: SystemLogger())
                return try WalletHost(config: config, platform: platform) { _, refused in
                    // A shell bug: an event the newest view did not offer. Logged without the event's text.
                    SystemLogger().log(level: .warn, target: "shell", message: "refused event: \(refused.code)")
                }
            }
        }.value
        switch result {
        case .success(let opened):
            host = opened
            network = NetworkMonitor(host: opened)
            if let phase = pendingPhase { opened.phase(phase) }
            if let token = pendingToken { opened.send(.pushToken(platform: .apns, token: token)) }
            // The Keychain's biometric prompt says what it opens now («Вход в Кошелёк», «Подтверждение оплаты»).
            observation = opened.state.observe { [storage] view in
                storage.promptReason = view.system.biometricTitle
                storage.promptCancel = view.system.biometricCancel
            }
        case .failure(let error):
            failure = (error as? WalletError)?.message ?? String(describing: error)
        }
        opening = false
    }

    func phase(_ phase: ScenePhase) {
        let mapped: AppPhase = switch phase {
        case .active: .active
        case .background: .background
        default: .inactive
        }
        if let host { host.phase(mapped) } else { pendingPhase = mapped }
    }

    /// APNs gave this device an address (at every launch, and when it changes).
    func pushToken(_ token: Data) {
        let hex = PushMessage.apnsToken(token)
        if let host { host.send(.pushToken(platform: .apns, token: hex)) } else { pendingToken = hex }
    }

    /// A push arrived: the core syncs at once (pushes carry only the bank's event id).
    func pushed(eventId: String) {
        host?.send(.pushReceived(eventId: eventId))
    }
}

extension WalletError {
    /// The message the core wrote for people.
    var message: String {
        switch self {
        case .InvalidEvent(let message), .InvalidConfig(let message), .Storage(let message),
             .SecureStorage(let message), .Internal(let message):
            message
        }
    }

    /// The stable code (the variant), for the log.
    var code: String {
        switch self {
        case .InvalidEvent: "invalid_event"
        case .InvalidConfig: "invalid_config"
        case .Storage: "storage"
        case .SecureStorage: "secure_storage"
        case .Internal: "internal"
        }
    }
}
