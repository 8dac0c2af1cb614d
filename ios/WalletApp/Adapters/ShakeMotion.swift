import CoreMotion
import Foundation
import WalletKit

/// The accelerometer through CoreMotion, at the rate asked (the core's detector is tuned for 50 Hz,
/// `ShakeBatcher.rateHz`), with each reading's time on the wall clock as the core wants it.
final class ShakeMotion: ShakeSensor {
    private let motion = CMMotionManager()
    private let queue: OperationQueue = {
        let queue = OperationQueue()
        queue.name = "kg.wallet.shake"
        queue.maxConcurrentOperationCount = 1
        return queue
    }()

    func start(rateHz: Double, onReading: @escaping @Sendable (Double, Double, Double, Date) -> Void) {
        guard motion.isAccelerometerAvailable, !motion.isAccelerometerActive else { return }
        motion.accelerometerUpdateInterval = 1 / rateHz
        // A reading's `timestamp` counts from the device's boot: moved onto the wall clock.
        let bootOffset = Date().timeIntervalSince1970 - ProcessInfo.processInfo.systemUptime
        motion.startAccelerometerUpdates(to: queue) { data, _ in
            guard let data else { return }
            let at = Date(timeIntervalSince1970: bootOffset + data.timestamp)
            onReading(data.acceleration.x, data.acceleration.y, data.acceleration.z, at)
        }
    }

    func stop() {
        motion.stopAccelerometerUpdates()
    }
}
