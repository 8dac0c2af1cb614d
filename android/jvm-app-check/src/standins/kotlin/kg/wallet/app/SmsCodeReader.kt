package kg.wallet.app

import androidx.fragment.app.FragmentActivity
import kg.wallet.core.Event
import kg.wallet.core.ViewModel

// A stand-in with the API of app/src/main/kotlin/kg/wallet/app/SmsCodeReader.kt, which needs Google Play services'
// SMS User Consent API (com.google.android.gms:play-services-auth-api-phone), served only by Google's Maven
// repository: that file is not compiled here, and this one is not part of the app.
class SmsCodeReader(@Suppress("unused") private val activity: FragmentActivity) {
    fun bind(view: ViewModel, send: (Event) -> Unit) = Unit

    fun stop() = Unit
}
