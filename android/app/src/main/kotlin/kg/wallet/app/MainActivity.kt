package kg.wallet.app

import android.os.Bundle
import androidx.activity.compose.BackHandler
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.safeDrawingPadding
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.produceState
import androidx.compose.ui.Modifier
import androidx.fragment.app.FragmentActivity
import kg.wallet.kit.WalletHost
import kg.wallet.screens.WalletApp
import kg.wallet.screens.backEvent

/**
 * The one activity: edge to edge, the app drawn from the core's newest view, the system back gesture sent as the
 * view's back (or its dialog's cancel), the screen hidden from screenshots and the recent-apps list, the SMS code
 * offered by the SMS User Consent API, the scanner's camera, the phone's pickers, clipboard and accelerometer handed
 * to the screens (DeviceAdapters). A FragmentActivity, so that BiometricPrompt can show over it.
 */
class MainActivity : FragmentActivity() {
    private lateinit var share: SystemShareSheet
    private lateinit var smsCodes: SmsCodeReader
    private lateinit var adapters: DeviceAdapters

    override fun onCreate(savedInstanceState: Bundle?) {
        enableEdgeToEdge()
        super.onCreate(savedInstanceState)
        PrivacyGuard.protect(this)
        val application = application as WalletApplication
        application.biometricPrompt.attach(this)
        share = SystemShareSheet(this)
        smsCodes = SmsCodeReader(this)
        adapters = DeviceAdapters(this)
        setContent {
            val host by produceState<WalletHost?>(null) { value = application.host.await() }
            val current = host ?: return@setContent
            val view by current.view.collectAsState()
            val back = view.backEvent()
            // Where back leads nowhere, the system's back leaves the app.
            BackHandler(enabled = back != null) { back?.let(current::send) }
            // The fingerprint prompt's texts in the user's language, for what the view on screen asks it for.
            application.biometricPrompt.texts = view.system
            share.bind(current::send)
            smsCodes.bind(view, current::send)
            Box(Modifier.fillMaxSize().safeDrawingPadding()) {
                WalletApp(view, current::send, share::open, adapters.devices)
            }
        }
    }

    override fun onDestroy() {
        (application as WalletApplication).biometricPrompt.detach(this)
        smsCodes.stop()
        adapters.devices.accelerometer?.stop()
        super.onDestroy()
    }
}
