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
import kg.wallet.core.ViewModel

/**
 * The SMS code by the SMS User Consent API (no SMS permission): while the code screen shows, the system waits for
 * one SMS with a code and asks the person whether the app may read that one message; allowed, its code goes to the
 * core as `SmsCodeTarget` says (sign-in's checked at once, a transfer's filled in for the person to confirm); the core
 * checks it (the shell never does). Needs Google Play services
 * (`com.google.android.gms:play-services-auth-api-phone`); without them the person types the code.
 */
class SmsCodeReader(private val activity: FragmentActivity) {
    private var send: (Event) -> Unit = {}
    private var listening = false
    private var target: SmsCodeTarget? = null

    private val consent: ActivityResultLauncher<Intent> =
        activity.registerForActivityResult(ActivityResultContracts.StartActivityForResult()) { result ->
            val message = result.data?.getStringExtra(SmsRetriever.EXTRA_SMS_MESSAGE)
            if (result.resultCode == Activity.RESULT_OK && message != null) {
                target?.eventFor(message)?.let(send)
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

    /**
     * Listens while the view is a screen waiting for a code (sign-in's, or a transfer's to another bank; once per
     * screen: the API waits up to five minutes).
     */
    fun bind(view: ViewModel, send: (Event) -> Unit) {
        this.send = send
        // Cleared off a code screen: a late SMS then fills in nothing.
        target = SmsCodeTarget.of(view)
        if (target == null) return
        if (listening) return
        listening = true
        SmsRetriever.getClient(activity).startSmsUserConsent(null)
    }

    fun stop() {
        runCatching { activity.unregisterReceiver(receiver) }
    }
}
