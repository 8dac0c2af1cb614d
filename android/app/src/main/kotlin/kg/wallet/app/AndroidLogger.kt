package kg.wallet.app

import android.util.Log
import kg.wallet.core.LogLevel
import kg.wallet.core.Logger

/**
 * The core's log into Logcat, under `wallet/<target>`. The core never hands it personal data (docs/security.md), and
 * this adapter adds none: no phone number, code, token, PIN or document number is ever logged by the shell either.
 * Release builds keep warnings and errors only.
 */
class AndroidLogger(private val verbose: Boolean = BuildConfig.DEBUG) : Logger {
    override fun log(level: LogLevel, target: String, message: String) {
        val priority = when (level) {
            LogLevel.ERROR -> Log.ERROR
            LogLevel.WARN -> Log.WARN
            LogLevel.INFO -> Log.INFO
            LogLevel.DEBUG -> Log.DEBUG
        }
        if (!verbose && priority < Log.WARN) return
        Log.println(priority, "wallet/" + target.take(16), message)
    }
}
