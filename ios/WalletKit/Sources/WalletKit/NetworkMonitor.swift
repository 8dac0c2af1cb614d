#if canImport(Network)
import Network

/// The device's network, as NWPathMonitor sees it, told to the core (`Event.network`) whenever it changes; the core
/// syncs when it comes back. Start it once the host is open; `cancel()` when the app closes the host.
public final class NetworkMonitor: @unchecked Sendable {
    private let monitor = NWPathMonitor()
    private let queue = DispatchQueue(label: "kg.wallet.network", qos: .utility)

    public init(host: WalletHost) {
        monitor.pathUpdateHandler = { [weak host] path in
            host?.network(online: path.status == .satisfied)
        }
        monitor.start(queue: queue)
    }

    public func cancel() {
        monitor.cancel()
    }
}
#endif
