import Foundation
import XCTest

/// SwiftUI does not exist on Linux, so the app (ios/WalletApp) is only parsed here (`swiftc -parse`, in
/// scripts/test-ios); on a Mac the compiler refuses a `switch` that misses a kind of screen. This test stands in for
/// that check here: the root view names every kind of `Screen` the generated bindings define, with no `default`, and
/// each kind is drawn by a view declared in the app's files.
final class RootViewCoverageTests: XCTestCase {
    private let app = repositoryRoot.appendingPathComponent("ios/WalletApp")

    func testTheRootViewDrawsEveryKindOfScreenTheBindingsDefine() throws {
        let generated = try String(
            contentsOf: repositoryRoot.appendingPathComponent("ios/WalletKit/Sources/WalletKit/Generated/wallet_core.swift"),
            encoding: .utf8)
        let kinds = try screenKinds(in: generated)
        XCTAssertGreaterThanOrEqual(kinds.count, 30, "the core's kinds of screen: \(kinds)")

        let root = try String(contentsOf: app.appendingPathComponent("RootView.swift"), encoding: .utf8)
        let body = try switchOverScreen(in: root)
        let drawn = matches(#"case \.(\w+)\(let \w+\):\s*(\w+)\("#, in: body)
        let named = drawn.map { $0[0] }
        XCTAssertEqual(Set(named), Set(kinds), """
            missing: \(Set(kinds).subtracting(named).sorted()); unknown: \(Set(named).subtracting(kinds).sorted())
            """)
        XCTAssertEqual(named.count, Set(named).count, "each kind once")
        XCTAssertFalse(body.contains("default:"), "no default: a new kind must not compile until it is drawn")

        // Each kind's view is declared in the app (one file per feature).
        let declared = try appSources().flatMap { matches(#"struct (\w+): View"#, in: $0.text).map { $0[0] } }
        for pair in drawn {
            XCTAssertTrue(declared.contains(pair[1]), "\(pair[0]) is drawn by \(pair[1]), which no app file declares")
        }
    }

    func testEveryFeatureHasItsFileAsInTheOtherShells() throws {
        let files = Set(try appSources().map(\.name))
        for feature in ["Onboarding", "SignIn", "Terms", "Pin", "Home", "History", "Settings", "Pay", "Inbox", "Kyc",
                        "Receive", "Transfer", "Shake", "Split", "TopUp", "Services", "Favourites"] {
            XCTAssertTrue(files.contains("\(feature).swift"), "ios/WalletApp has no \(feature).swift")
        }
        for adapter in ["KeychainSecureStorage", "PrivacyCover", "QrScanner", "KycCamera", "ShakeMotion",
                        "ContactsReader", "PushRegistration", "ShareSheet"] {
            XCTAssertTrue(files.contains("\(adapter).swift"), "ios/WalletApp has no \(adapter).swift")
        }
    }

    /// The cases of `public enum Screen` in the generated Swift.
    /// The system shows Info.plist's permission questions itself, so the core cannot translate them: each one the
    /// app asks is in each of the four languages' InfoPlist.strings, and none is left empty.
    func testEveryPermissionQuestionIsInEachLanguage() throws {
        let plist = try String(contentsOf: app.appendingPathComponent("Info.plist"), encoding: .utf8)
        let asked = Set(matches(#"<key>(NS\w+UsageDescription)</key>"#, in: plist).map { $0[0] })
        XCTAssertEqual(asked, ["NSCameraUsageDescription", "NSFaceIDUsageDescription", "NSContactsUsageDescription"])
        var seen: [String: String] = [:]
        for language in ["ky", "ru", "kk", "en"] {
            let strings = try String(
                contentsOf: app.appendingPathComponent("\(language).lproj/InfoPlist.strings"), encoding: .utf8)
            let entries = Dictionary(
                matches(#"(?m)^(\w+) = "(.+)";$"#, in: strings).map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
            for key in asked {
                let text = try XCTUnwrap(entries[key], "\(language) lacks \(key)")
                XCTAssertFalse(text.trimmingCharacters(in: .whitespaces).isEmpty, "\(language): \(key) is empty")
                // Four languages, four different sentences: a copy left untranslated would repeat one.
                for (other, earlier) in seen where other.hasPrefix(key) {
                    XCTAssertNotEqual(earlier, text, "\(language)'s \(key) repeats \(other.dropFirst(key.count))'s")
                }
                seen[key + language] = text
            }
        }
    }

    private func screenKinds(in source: String) throws -> [String] {
        guard let start = source.range(of: "public enum Screen: ") else { throw Failure("no enum Screen") }
        let rest = source[start.upperBound...]
        guard let end = rest.range(of: "\n}\n") else { throw Failure("enum Screen never ends") }
        return matches(#"\n\s*case (\w+)\("#, in: String(rest[..<end.lowerBound])).map { $0[0] }
    }

    /// The text of RootView's `switch screen { … }`, up to its closing brace.
    private func switchOverScreen(in source: String) throws -> String {
        guard let start = source.range(of: "switch screen {") else { throw Failure("RootView has no `switch screen {`") }
        var depth = 0
        var index = start.upperBound
        depth = 1
        while index < source.endIndex, depth > 0 {
            switch source[index] {
            case "{": depth += 1
            case "}": depth -= 1
            default: break
            }
            index = source.index(after: index)
        }
        return String(source[start.upperBound..<index])
    }

    private func appSources() throws -> [(name: String, text: String)] {
        guard let walker = FileManager.default.enumerator(at: app, includingPropertiesForKeys: nil) else {
            throw Failure("no \(app.path)")
        }
        var found: [(String, String)] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            found.append((url.lastPathComponent, try String(contentsOf: url, encoding: .utf8)))
        }
        return found
    }

    /// Every match's capture groups.
    private func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (1..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
        }
    }
}
