import Foundation
#if canImport(Observation) && !os(Linux)
import Observation
#endif

/// The newest view, on the main actor: what SwiftUI draws.
///
/// On Apple platforms (iOS 17, macOS 14) this class is `Observable`, written out by hand as the `@Observable` macro
/// would (so a SwiftUI body that reads `view` is redrawn when it changes). On Linux it is not: Debian's Swift 6.0.3
/// ships an Observation module whose library does not link (an undefined `swift::threading::fatal`), and nothing
/// there draws SwiftUI anyway. `observe(_:)` calls plain closures everywhere, for code that is not SwiftUI and for
/// the tests.
@MainActor
public final class ViewState {
    #if canImport(Observation) && !os(Linux)
    private let registrar = ObservationRegistrar()
    #endif
    private var current: ViewModel
    private var observers: [Int: @MainActor (ViewModel) -> Void] = [:]
    private var nextObserver = 0

    nonisolated init(view: ViewModel) {
        current = view
    }

    /// The newest view shown: its `revision` only grows.
    public var view: ViewModel {
        #if canImport(Observation) && !os(Linux)
        registrar.access(self, keyPath: \.view)
        #endif
        return current
    }

    /// Calls `observer` with every view shown from now on, in order; until the returned token is cancelled.
    @discardableResult
    public func observe(_ observer: @escaping @MainActor (ViewModel) -> Void) -> ViewObservation {
        let id = nextObserver
        nextObserver += 1
        observers[id] = observer
        return ViewObservation { [weak self] in _ = self?.observers.removeValue(forKey: id) }
    }

    /// Shows `next` unless it is not newer than the view shown. Returns whether it was shown.
    @discardableResult
    func show(_ next: ViewModel) -> Bool {
        guard next.revision > current.revision else { return false }
        #if canImport(Observation) && !os(Linux)
        registrar.withMutation(of: self, keyPath: \.view) { current = next }
        #else
        current = next
        #endif
        for id in observers.keys.sorted() {
            observers[id]?(next)
        }
        return true
    }
}

#if canImport(Observation) && !os(Linux)
extension ViewState: Observable {}
#endif

/// Stops an observation of `ViewState`.
@MainActor
public final class ViewObservation {
    private var stop: (@MainActor () -> Void)?

    init(stop: @escaping @MainActor () -> Void) {
        self.stop = stop
    }

    public func cancel() {
        stop?()
        stop = nil
    }
}
