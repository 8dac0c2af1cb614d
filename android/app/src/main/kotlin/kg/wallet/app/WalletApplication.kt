package kg.wallet.app

import android.app.Application
import androidx.lifecycle.DefaultLifecycleObserver
import androidx.lifecycle.LifecycleOwner
import androidx.lifecycle.ProcessLifecycleOwner
import java.io.File
import java.util.Locale
import java.util.TimeZone
import kg.wallet.core.BankConfig
import kg.wallet.core.CoreConfig
import kg.wallet.core.LogLevel
import kg.wallet.core.Platform
import kg.wallet.kit.WalletHost
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Deferred
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.async
import kotlinx.coroutines.launch

/**
 * The process: one core for its whole life, opened off the main thread (it opens the store), told when the app comes
 * to the foreground or goes to the background (ProcessLifecycleOwner) and when the network comes or goes.
 */
class WalletApplication : Application() {
    private val scope = CoroutineScope(SupervisorJob() + Dispatchers.Default)
    lateinit var host: Deferred<WalletHost>
        private set
    lateinit var biometricPrompt: BiometricPromptBridge
        private set
    private val logger = AndroidLogger()

    override fun onCreate() {
        super.onCreate()
        biometricPrompt = BiometricPromptBridge()
        host = scope.async(Dispatchers.IO) {
            val storage = KeystoreSecureStorage(this@WalletApplication, biometricPrompt)
            val config = CoreConfig(
                File(filesDir, "wallet").path,
                Locale.getDefault().toLanguageTag(),
                BankConfig(
                    BuildConfig.BANK_URL,
                    BuildConfig.BANK_PUBLIC_KEY,
                    BuildConfig.OFFLINE_LIMIT_MINOR,
                    pins = BuildConfig.BANK_PINS.split(',').map(String::trim).filter(String::isNotEmpty),
                ),
                TimeZone.getDefault().getOffset(System.currentTimeMillis()) / 60_000,
                BiometricPromptBridge.available(this@WalletApplication),
            )
            WalletHost(config, Platform(storage, logger), Dispatchers.Main, Dispatchers.IO) { event, error ->
                // A shell bug: an event the newest view did not offer. The event's name only, never its text.
                logger.log(LogLevel.WARN, "shell", "refused ${event::class.simpleName}: ${error::class.simpleName}")
            }.also(::watch)
        }
    }

    private fun watch(host: WalletHost) {
        NetworkMonitor(this) { online -> host.network(online) }.start()
        scope.launch(Dispatchers.Main) {
            ProcessLifecycleOwner.get().lifecycle.addObserver(
                object : DefaultLifecycleObserver {
                    override fun onStart(owner: LifecycleOwner) = host.lifecycle(foreground = true)

                    override fun onStop(owner: LifecycleOwner) = host.lifecycle(foreground = false)
                },
            )
        }
    }
}
