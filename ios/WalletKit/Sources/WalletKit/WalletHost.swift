import Foundation

/// The core as the app holds it: one `WalletCore` per process, its newest view published on the main actor
/// (`state`), and the events the screens send dispatched in order on a background queue.
///
/// - `state.view`: the listener's views hop to the main actor; a view older than the one shown (a lower `revision`)
///   never replaces it, and views that a newer one overtook before the main actor ran are skipped (screens only need
///   the newest).
/// - `send(_:)`: returns at once; the event is dispatched on the `kg.wallet.events` queue, one at a time in the order
///   sent, never on the main thread. An event the core refuses (`WalletError`, a shell bug: an event the newest view
///   did not offer) goes to `onRejected`, never to the UI as an error.
/// - `phase(_:)` and `network(online:)` tell the core what the device noticed; `close()` closes the core once.
///
/// Nothing here needs UIKit or SwiftUI: the same code runs in the tests on Linux (mirrors
/// android/walletkit/…/WalletHost.kt).
public final class WalletHost: @unchecked Sendable {
    /// The newest view, observable on the main actor.
    public let state: ViewState

    private let events = DispatchQueue(label: "kg.wallet.events", qos: .userInitiated)
    private let onRejected: @Sendable (Event, WalletError) -> Void
    private let lock = NSLock()

    /// Used on `events` only (after `init`); `nil` once closed.
    private var core: (any WalletCoreProtocol)?
    // Under `lock`:
    private var closed = false
    /// The newest view not yet handed to the main actor; a newer one replaces it.
    private var pending: ViewModel?
    private var hopScheduled = false
    private var lastForeground: Bool?
    private var lastOnline: Bool?

    /// Wraps an open core (or a test's stand-in). Sets the core's listener, which sends the current view at once.
    public init(
        core: any WalletCoreProtocol,
        onRejected: @escaping @Sendable (Event, WalletError) -> Void = { _, _ in }
    ) {
        self.core = core
        self.onRejected = onRejected
        self.state = ViewState(view: core.view())
        core.setListener(listener: Listener(host: self))
    }

    /// Opens the core on its data folder. Call it off the main thread: it opens (and may migrate) the store.
    public convenience init(
        config: CoreConfig,
        platform: Platform,
        onRejected: @escaping @Sendable (Event, WalletError) -> Void = { _, _ in }
    ) throws {
        self.init(core: try WalletCore(config: config, platform: platform), onRejected: onRejected)
    }

    /// Sends what the user did (usually an `Action`'s event). Returns at once; ignored once closed.
    public func send(_ event: Event) {
        lock.lock()
        let isClosed = closed
        lock.unlock()
        if isClosed { return }
        events.async { [self] in
            guard let core else { return }
            do {
                try core.dispatch(event: event)
            } catch let refused as WalletError {
                onRejected(event, refused)
            } catch {
                onRejected(event, .Internal(message: String(describing: error)))
            }
        }
    }

    /// The scene's phase: active → `Event.lifecycle(foreground: true)`, background → `false`. An inactive scene (the
    /// app switcher, Control Centre, the Face ID sheet itself) is not a change: the app is still in front. Sent only
    /// when it changes.
    public func phase(_ phase: AppPhase) {
        let foreground: Bool
        switch phase {
        case .active: foreground = true
        case .background: foreground = false
        case .inactive: return
        }
        lock.lock()
        let changed = lastForeground != foreground
        lastForeground = foreground
        lock.unlock()
        if changed { send(.lifecycle(foreground: foreground)) }
    }

    /// The device's network came or went (NWPathMonitor, see `NetworkMonitor`). Sent only when it changes.
    public func network(online: Bool) {
        lock.lock()
        let changed = lastOnline != online
        lastOnline = online
        lock.unlock()
        if changed { send(.network(online: online)) }
    }

    /// Closes the core: events sent before it are dispatched first, then the core is released, which drains its
    /// store (up to 30 s, see docs/architecture.md) before this returns. Safe to call more than once; never call it on
    /// the events queue (an `onRejected` handler).
    public func close() {
        lock.lock()
        let first = !closed
        closed = true
        pending = nil
        lock.unlock()
        guard first else { return }
        events.sync { core = nil }
    }

    /// Called on the core's views thread: keeps the newest, and asks the main actor to show it once.
    fileprivate func deliver(_ view: ViewModel) {
        lock.lock()
        if closed {
            lock.unlock()
            return
        }
        if pending.map({ view.revision > $0.revision }) ?? true { pending = view }
        let schedule = !hopScheduled
        hopScheduled = true
        lock.unlock()
        guard schedule else { return }
        Task { @MainActor [weak self] in self?.showPending() }
    }

    @MainActor
    private func showPending() {
        lock.lock()
        let newest = pending
        pending = nil
        hopScheduled = false
        lock.unlock()
        if let newest { state.show(newest) }
    }
}

/// The scene phases the host maps to `Event.lifecycle` (SwiftUI's `ScenePhase`, which Linux lacks).
public enum AppPhase: Sendable, Equatable {
    case active
    case inactive
    case background
}

/// The core's listener: holds the host weakly, so the core (which keeps its listener) never keeps the host alive.
private final class Listener: ViewListener, @unchecked Sendable {
    private weak var host: WalletHost?

    init(host: WalletHost) {
        self.host = host
    }

    func onView(view: ViewModel) {
        host?.deliver(view)
    }
}
