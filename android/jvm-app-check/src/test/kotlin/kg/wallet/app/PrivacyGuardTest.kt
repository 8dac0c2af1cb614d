package kg.wallet.app

import android.app.Activity
import android.view.WindowManager.LayoutParams.FLAG_KEEP_SCREEN_ON
import android.view.WindowManager.LayoutParams.FLAG_SECURE
import org.junit.Assert.assertEquals
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Robolectric
import org.robolectric.RobolectricTestRunner

/** Balances, history and codes never leave the screen: the window is secure (no screenshots, no recording). */
@RunWith(RobolectricTestRunner::class)
class PrivacyGuardTest {
    @Test
    fun `a protected activity's window is secure`() {
        Robolectric.buildActivity(Activity::class.java).setup().use { controller ->
            val window = controller.get().window
            assertEquals(0, window.attributes.flags and FLAG_SECURE)
            PrivacyGuard.protect(controller.get())
            assertEquals(FLAG_SECURE, window.attributes.flags and FLAG_SECURE)
        }
    }

    @Test
    fun `protecting leaves the window's other flags as they were`() {
        Robolectric.buildActivity(Activity::class.java).setup().use { controller ->
            val window = controller.get().window
            window.addFlags(FLAG_KEEP_SCREEN_ON)
            val before = window.attributes.flags
            PrivacyGuard.protect(controller.get())
            assertEquals(before or FLAG_SECURE, window.attributes.flags)
        }
    }
}
