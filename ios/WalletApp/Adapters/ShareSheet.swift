import UIKit
import WalletKit

/// The view's `share` request (a receipt's PNG and PDF and a sentence, or the account's details as a text with no
/// files) handed to the system's share sheet (UIActivityViewController) over the app's window; when it closes, shared
/// or not, `onClose` sends the request's `close` event. A request is presented once, however many views repeat it.
@MainActor
enum SharePresenter {
    private static var presented: ShareSheet?

    static func present(_ sheet: ShareSheet, onClose: @escaping () -> Void) {
        guard presented != sheet, let top = topViewController() else { return }
        // A receipt's files with a sentence, or the account's details as a text alone (no files).
        let shared = sheet.shareItems
        var items: [Any] = shared.files.map { $0 as Any }
        if let text = shared.text { items.insert(text, at: 0) }
        guard !items.isEmpty else { return onClose() }
        presented = sheet
        let controller = UIActivityViewController(activityItems: items, applicationActivities: nil)
        controller.title = sheet.title
        controller.completionWithItemsHandler = { _, _, _, _ in
            presented = nil
            onClose()
        }
        if let popover = controller.popoverPresentationController {
            popover.sourceView = top.view
            popover.sourceRect = CGRect(x: top.view.bounds.midX, y: top.view.bounds.maxY - 80, width: 1, height: 1)
            popover.permittedArrowDirections = []
        }
        top.present(controller, animated: true)
    }

    private static func topViewController() -> UIViewController? {
        let scenes = UIApplication.shared.connectedScenes.compactMap { $0 as? UIWindowScene }
        let window = scenes.flatMap(\.windows).first { $0.isKeyWindow } ?? scenes.first?.windows.first
        var top = window?.rootViewController
        while let next = top?.presentedViewController { top = next }
        return top
    }
}
