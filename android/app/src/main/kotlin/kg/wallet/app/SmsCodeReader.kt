package kg.wallet.app

import android.app.Activity
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.content.IntentFilter
import androidx.activity.result.ActivityResultLauncher
import androidx.activity.result.contract.ActivityResultContracts
import androidx.core.content.ContextCompat
import androidx.fragment.app.FragmentActivity
import com.google.android.gms.auth.api.phone.SmsRetriever
import com.google.android.gms.common.api.CommonStatusCodes
import com.google.android.gms.common.api.Status
import kg.wallet.core.Event
import kg.wallet.core.Screen
import kg.wallet.core.SignInEvent
import kg.wallet.core.ViewModel

/**
 * The SMS code by the SMS User Consent API (no SMS permission): while the code screen shows, the system waits for
 * one SMS with a code and asks the person whether the app may read that one message; allowed, its code goes to the
 * core as `SignIn.CodeFromSms`, which checks it (the shell never does). Needs Google Play services
 * (`com.google.android.gms:play-services-auth-api-phone`); without them the person types the code.
 */
class SmsCodeReader(private val activity: FragmentActivity) {
    private var send: (Event) -> Unit = {}
    private var listening = false
    private var codeLength = 6

    private val consent: ActivityResultLauncher<Intent> =
        activity.registerForActivityResult(ActivityResultContracts.StartActivityForResult()) { result ->
            val message = result.data?.getStringExtra(SmsRetriever.EXTRA_SMS_MESSAGE)
            if (result.resultCode == Activity.RESULT_OK && message != null) {
                Regex("""(?<!\d)\d{$codeLength}(?!\d)""").find(message)?.let { send(Event.SignIn(SignInEvent.CodeFromSms(it.value))) }
            }
            listening = false
        }

    private val receiver = object : BroadcastReceiver() {
        override fun onReceive(context: Context, intent: Intent) {
            if (intent.action != SmsRetriever.SMS_RETRIEVED_ACTION) return
            val extras = intent.extras ?: return
            @Suppress("DEPRECATION")
            val status = extras.get(SmsRetriever.EXTRA_STATUS) as? Status ?: return
            if (status.statusCode != CommonStatusCodes.SUCCESS) {
                listening = false
                return
            }
            @Suppress("DEPRECATION")
            val ask = extras.getParcelable<Intent>(SmsRetriever.EXTRA_CONSENT_INTENT) ?: return
            consent.launch(ask)
        }
    }

    init {
        ContextCompat.registerReceiver(
            activity,
            receiver,
            IntentFilter(SmsRetriever.SMS_RETRIEVED_ACTION),
            SmsRetriever.SEND_PERMISSION,
            null,
            ContextCompat.RECEIVER_EXPORTED,
        )
    }

    /** Listens while the view is the code screen (once per screen: the API waits up to five minutes). */
    fun bind(view: ViewModel, send: (Event) -> Unit) {
        this.send = send
        val code = (view.screen as? Screen.Code)?.v1 ?: return
        codeLength = code.codeLength.toInt()
        if (listening) return
        listening = true
        SmsRetriever.getClient(activity).startSmsUserConsent(null)
    }

    fun stop() {
        runCatching { activity.unregisterReceiver(receiver) }
    }
}
