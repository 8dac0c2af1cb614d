import SwiftUI
import WalletKit

// «Встряхнуть и оплатить»: payer or payee (who may ask an amount); while the view says `listening` the
// accelerometer's readings go to the core in half-second batches (the detector runs in the core); then the peer,
// masked, «Подтвердить» on both phones, and the payment. Mirrors core/src/features/shake and desktop/web/shake.js.

struct ShakeView: View {
    let view: ShakeScreen
    let send: (Event) -> Void
    @Environment(\.devices) private var devices
    @State private var feed = ShakeFeed()

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            Image(systemName: ShakeView.symbol(view.step))
                .font(.system(size: 72))
                .foregroundStyle(Palette.accent)
                .symbolEffect(.pulse, isActive: view.listening)
                .frame(maxWidth: .infinity)
                .accessibilityHidden(true)
            Text(view.message).font(.title3).multilineTextAlignment(.center).frame(maxWidth: .infinity)
                .accessibilityAddTraits(.updatesFrequently)
            if view.offline {
                Label(view.error ?? view.message, systemImage: "wifi.slash").font(.footnote).foregroundStyle(.orange)
                    .accessibilityHidden(true)
            }
            if view.asPayer != nil || view.asPayee != nil {
                HStack(spacing: 12) {
                    ActionButton(view.asPayer, .secondary, send: send)
                    ActionButton(view.asPayee, .secondary, send: send)
                }
            }
            if let amount = view.amount {
                CoreTextField(amount) { send(.shake(.editAmount(text: $0))) }
            }
            if !view.peer.isEmpty { Card { FieldList(fields: view.peer) } }
            ErrorText(text: view.offline ? nil : view.error)
            if view.busy { ProgressLine(text: nil) }
            ActionButton(view.confirm, send: send)
            ActionButton(view.again, .secondary, send: send)
            ActionButton(view.done, send: send)
            ActionButton(view.cancel, .link, send: send)
        }
        .onChange(of: view.listening, initial: true) { _, listening in
            if listening, let sensor = devices?.shake {
                feed.start(sensor, rateHz: Double(view.sampleRateHz)) { samples in send(.shake(.samples(samples: samples))) }
            } else {
                feed.stop()
            }
        }
        .onDisappear { feed.stop() }
    }

    static func symbol(_ step: ShakeStep) -> String {
        switch step {
        case .choosing: "iphone.radiowaves.left.and.right"
        case .listening: "iphone.gen3.radiowaves.left.and.right"
        case .searching: "antenna.radiowaves.left.and.right"
        case .matched: "person.crop.circle.badge.checkmark"
        case .waitingForPeer, .awaitingPayment: "hourglass"
        case .paying: "creditcard"
        case .done: "checkmark.circle.fill"
        case .ambiguous: "person.3"
        case .expired: "questionmark.circle"
        case .cancelled: "xmark.circle"
        case .failed: "exclamationmark.triangle"
        }
    }
}

/// The sensor's readings batched for the core (`ShakeBatcher`, in WalletKit): started while the view listens.
@MainActor
final class ShakeFeed {
    private var sensor: (any ShakeSensor)?
    private let batcher = LockedBatcher()

    func start(_ sensor: any ShakeSensor, rateHz: Double, send: @escaping @Sendable ([AccelSample]) -> Void) {
        guard self.sensor == nil else { return }
        self.sensor = sensor
        let batcher = batcher
        sensor.start(rateHz: rateHz) { x, y, z, at in
            if let batch = batcher.add(x: x, y: y, z: z, at: at) { send(batch) }
        }
    }

    func stop() {
        sensor?.stop()
        sensor = nil
        _ = batcher.flush()
    }
}

/// A `ShakeBatcher` behind a lock: the sensor calls from its own queue.
final class LockedBatcher: @unchecked Sendable {
    private let lock = NSLock()
    private var batcher = ShakeBatcher()

    func add(x: Double, y: Double, z: Double, at: Date) -> [AccelSample]? {
        lock.lock()
        defer { lock.unlock() }
        return batcher.add(x: x, y: y, z: z, at: at)
    }

    func flush() -> [AccelSample]? {
        lock.lock()
        defer { lock.unlock() }
        return batcher.flush()
    }
}
