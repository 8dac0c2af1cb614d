import SwiftUI
import UIKit
import UserNotifications
import WalletKit

/// APNs: the device's token goes to the core (`Event.pushToken(platform: .apns, …)`, which hands it to the bank
/// while someone is signed in); a push — which carries only the bank's event id and kind — makes the core sync at
/// once (`Event.pushReceived`), whether it arrives in the background, in front, or is tapped.
final class AppDelegate: NSObject, UIApplicationDelegate, UNUserNotificationCenterDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]? = nil) -> Bool {
        UNUserNotificationCenter.current().delegate = self
        application.registerForRemoteNotifications()
        UNUserNotificationCenter.current().requestAuthorization(options: [.alert, .badge, .sound]) { _, _ in }
        return true
    }

    func application(_ application: UIApplication, didRegisterForRemoteNotificationsWithDeviceToken token: Data) {
        Task { @MainActor in AppModel.shared.pushToken(token) }
    }

    func application(_ application: UIApplication, didFailToRegisterForRemoteNotificationsWithError error: Error) {
        // No pushes (the simulator without a paired device, no network): the core's polling remains.
    }

    func application(_ application: UIApplication, didReceiveRemoteNotification payload: [AnyHashable: Any],
                     fetchCompletionHandler completion: @escaping (UIBackgroundFetchResult) -> Void) {
        let id = PushMessage.eventId(payload)
        Task { @MainActor in
            if let id { AppModel.shared.pushed(eventId: id) }
            // The sync runs on the core's runtime; give it a moment before iOS suspends the app again.
            try? await Task.sleep(for: .seconds(5))
            completion(id == nil ? .noData : .newData)
        }
    }

    func userNotificationCenter(_ center: UNUserNotificationCenter, willPresent notification: UNNotification,
                                withCompletionHandler completion: @escaping (UNNotificationPresentationOptions) -> Void) {
        let id = PushMessage.eventId(notification.request.content.userInfo)
        Task { @MainActor in if let id { AppModel.shared.pushed(eventId: id) } }
        completion([.banner, .list])
    }

    func userNotificationCenter(_ center: UNUserNotificationCenter, didReceive response: UNNotificationResponse,
                                withCompletionHandler completion: @escaping () -> Void) {
        let id = PushMessage.eventId(response.notification.request.content.userInfo)
        Task { @MainActor in if let id { AppModel.shared.pushed(eventId: id) } }
        completion()
    }
}
