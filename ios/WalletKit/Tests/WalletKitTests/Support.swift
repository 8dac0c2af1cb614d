import Foundation
import XCTest
@testable import WalletKit

// What every test file shares, on every platform.

/// The repository's root, from this file's place in it (ios/WalletKit/Tests/WalletKitTests/Support.swift).
let repositoryRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<5 { url.deleteLastPathComponent() }
    return url
}()

/// A test's failure with a message (thrown, so XCTest reports it with the test).
struct Failure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// Events the core refused, as `WalletHost.onRejected` hands them over.
final class Rejections: @unchecked Sendable {
    private let lock = NSLock()
    private var all: [(Event, WalletError)] = []

    func add(_ event: Event, _ error: WalletError) {
        lock.lock()
        all.append((event, error))
        lock.unlock()
    }

    var list: [(Event, WalletError)] {
        lock.lock()
        defer { lock.unlock() }
        return all
    }
}

extension String {
    /// The first capture group of `pattern`'s first match.
    func firstMatch(_ pattern: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        let range = NSRange(startIndex..., in: self)
        guard let match = regex.firstMatch(in: self, range: range), match.numberOfRanges > 1,
              let group = Range(match.range(at: 1), in: self)
        else { return nil }
        return String(self[group])
    }
}
