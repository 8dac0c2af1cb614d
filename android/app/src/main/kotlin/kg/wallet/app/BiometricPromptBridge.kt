package kg.wallet.app

import android.content.Context
import android.os.Handler
import android.os.Looper
import androidx.biometric.BiometricManager
import androidx.biometric.BiometricManager.Authenticators.BIOMETRIC_STRONG
import androidx.biometric.BiometricPrompt
import androidx.core.content.ContextCompat
import androidx.fragment.app.FragmentActivity
import java.lang.ref.WeakReference
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicReference
import javax.crypto.Cipher
import kg.wallet.core.PlatformException
import kg.wallet.core.SystemTexts

/**
 * Shows the system's BiometricPrompt over the current activity for a Keystore cipher and waits for the answer on the
 * caller's (the core's) thread. Its title, subtitle and the button back to the PIN pad are the core's, from the
 * newest view ([texts]: «Вход в Кошелёк», «Подтверждение оплаты»…).
 */
class BiometricPromptBridge {
    private var activity = WeakReference<FragmentActivity>(null)
    private val main = Handler(Looper.getMainLooper())

    /** The prompt's texts in the user's language, for what the view on screen opens with it. */
    @Volatile var texts: SystemTexts? = null

    fun attach(activity: FragmentActivity) {
        this.activity = WeakReference(activity)
    }

    fun detach(activity: FragmentActivity) {
        if (this.activity.get() === activity) this.activity = WeakReference(null)
    }

    /** The cipher unlocked by the person's fingerprint or face; `PlatformException.Unavailable` when they cancel. */
    fun authenticate(cipher: Cipher): Cipher {
        check(Looper.myLooper() != Looper.getMainLooper()) { "the prompt is awaited off the main thread" }
        val host = activity.get() ?: throw PlatformException.Unavailable("no activity to show the biometric prompt over")
        val answer = AtomicReference<Result<Cipher>>()
        val done = CountDownLatch(1)
        main.post {
            val prompt = BiometricPrompt(
                host,
                ContextCompat.getMainExecutor(host),
                object : BiometricPrompt.AuthenticationCallback() {
                    override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult) {
                        val unlocked = result.cryptoObject?.cipher
                        answer.set(if (unlocked != null) Result.success(unlocked) else Result.failure(PlatformException.Failed("no cipher came back")))
                        done.countDown()
                    }

                    override fun onAuthenticationError(errorCode: Int, errString: CharSequence) {
                        answer.set(Result.failure(PlatformException.Unavailable("the biometric prompt ended: code $errorCode")))
                        done.countDown()
                    }
                    // onAuthenticationFailed (a finger not recognised) keeps the prompt open: the system lets them try again.
                },
            )
            val texts = texts
            val info = BiometricPrompt.PromptInfo.Builder()
                .setTitle(texts?.biometricTitle ?: host.applicationInfo.loadLabel(host.packageManager).toString())
                .setSubtitle(texts?.biometricSubtitle)
                .setNegativeButtonText(texts?.biometricCancel ?: host.getString(android.R.string.cancel))
                .setAllowedAuthenticators(BIOMETRIC_STRONG)
                .build()
            prompt.authenticate(info, BiometricPrompt.CryptoObject(cipher))
        }
        if (!done.await(2, TimeUnit.MINUTES)) throw PlatformException.Unavailable("the biometric prompt was not answered")
        return answer.get().getOrThrow()
    }

    companion object {
        /** Whether the phone has a strong biometric enrolled (the core then offers biometric unlock). */
        fun available(context: Context): Boolean =
            BiometricManager.from(context).canAuthenticate(BIOMETRIC_STRONG) == BiometricManager.BIOMETRIC_SUCCESS
    }
}
