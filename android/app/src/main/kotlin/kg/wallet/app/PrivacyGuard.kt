package kg.wallet.app

import android.app.Activity
import android.os.Build
import android.view.WindowManager

/**
 * Balances, history and codes stay on the screen they are shown on: no screenshots or screen recording
 * (FLAG_SECURE), and the recent-apps list shows a blank card instead of the last screen.
 */
object PrivacyGuard {
    fun protect(activity: Activity) {
        activity.window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) {
            activity.setRecentsScreenshotEnabled(false)
        }
    }
}
