// swift-tools-version:6.0
// WalletKit: the Swift that `scripts/bindings swift` generates from the core (copied into Sources/WalletKit/Generated,
// not committed), the C module of the FFI (WalletFFI), and the glue the app is built on (WalletHost and the adapters'
// protocols). It builds two ways:
//
// - for iOS (Xcode, on a Mac): WalletFFI is the XCFramework `scripts/build-ios` makes and copies next to this file;
// - against the host library (Linux, where `scripts/test-ios` runs the tests; or a Mac with WALLET_FFI=host):
//   WalletFFI is a module map over the generated headers that links `libwallet_ffi` from target/debug, passed to
//   SwiftPM as `-Xlinker -L<dir> -Xlinker -rpath -Xlinker <dir>`.
import PackageDescription

#if os(Linux)
let hostLibrary = true
#else
let hostLibrary = Context.environment["WALLET_FFI"] == "host"
#endif

let ffi: Target = hostLibrary
    ? .systemLibrary(name: "WalletFFI", path: "Sources/WalletFFI")
    : .binaryTarget(name: "WalletFFI", path: "WalletFFI.xcframework")

let package = Package(
    name: "WalletKit",
    platforms: [.iOS(.v17), .macOS(.v14)],
    products: [
        .library(name: "WalletKit", targets: ["WalletKit"]),
    ],
    targets: [
        ffi,
        .target(
            name: "WalletKit",
            dependencies: ["WalletFFI"],
            path: "Sources/WalletKit"
        ),
        .testTarget(
            name: "WalletKitTests",
            dependencies: ["WalletKit"],
            path: "Tests/WalletKitTests",
            // The library is Swift 6 (strict concurrency); the tests drive it from XCTest's main thread in Swift 5
            // mode, as most XCTest suites are still written.
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
    ]
)
