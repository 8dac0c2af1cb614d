import Foundation
#if canImport(os)
import os
#endif

/// The core's log: the unified log (os.Logger, subsystem `kg.wallet`, one category per core target) on Apple
/// platforms, standard error elsewhere. The core never passes personal data, secrets or codes here; the messages are
/// public so Console.app shows them.
public final class SystemLogger: Logger, @unchecked Sendable {
    private let minimum: LogLevel

    /// Logs `minimum` and more severe (debug only in debug builds, by default).
    public init(minimum: LogLevel? = nil) {
        #if DEBUG
        self.minimum = minimum ?? .debug
        #else
        self.minimum = minimum ?? .info
        #endif
    }

    public func log(level: LogLevel, target: String, message: String) {
        guard level.severity >= minimum.severity else { return }
        #if canImport(os)
        let logger = os.Logger(subsystem: "kg.wallet", category: target)
        switch level {
        case .error: logger.error("\(message, privacy: .public)")
        case .warn: logger.warning("\(message, privacy: .public)")
        case .info: logger.info("\(message, privacy: .public)")
        case .debug: logger.debug("\(message, privacy: .public)")
        }
        #else
        FileHandle.standardError.write(Data("\(level) \(target) \(message)\n".utf8))
        #endif
    }
}

extension LogLevel {
    /// Error 3 … debug 0.
    var severity: Int {
        switch self {
        case .error: 3
        case .warn: 2
        case .info: 1
        case .debug: 0
        }
    }
}
