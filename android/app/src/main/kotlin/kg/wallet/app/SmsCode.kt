package kg.wallet.app

import kg.wallet.core.Event
import kg.wallet.core.Screen
import kg.wallet.core.SignInEvent
import kg.wallet.core.TopUpEvent
import kg.wallet.core.TransferEvent
import kg.wallet.core.ViewModel

/**
 * Which screen waits for a code by SMS, how long the code is and what the SMS's code becomes for the core: the sign-in
 * code is checked at once (`SignIn.CodeFromSms`); a transfer's code is only filled in (`Transfer.EditCode`), because
 * the person must still compare the SMS's amount and recipient with the screen before «Подтвердить», and so is a card
 * issuer's 3-D Secure code for a top-up (`TopUp.EditCode`: the SMS's amount and card to compare). Kept apart from
 * `SmsCodeReader` (Google Play services) so it compiles and is tested here.
 */
class SmsCodeTarget(val length: Int, private val event: (String) -> Event) {
    /** The code in an SMS's text as the core's event: the first run of exactly [length] digits, or `null`. */
    fun eventFor(message: String): Event? = codeIn(message, length)?.let(event)

    companion object {
        /** The code the view waits for, or `null` when no screen waits for one. */
        fun of(view: ViewModel): SmsCodeTarget? = when (val screen = view.screen) {
            is Screen.Code -> SmsCodeTarget(screen.v1.codeLength.toInt()) { Event.SignIn(SignInEvent.CodeFromSms(it)) }
            is Screen.TransferCode -> SmsCodeTarget(screen.v1.codeLength.toInt()) { Event.Transfer(TransferEvent.EditCode(it)) }
            is Screen.CardChallenge -> SmsCodeTarget(screen.v1.codeLength.toInt()) { Event.TopUp(TopUpEvent.EditCode(it)) }
            else -> null
        }
    }
}

/** The first run of exactly `length` digits in `message` (not part of a longer number: an amount, a phone). */
fun codeIn(message: String, length: Int): String? =
    Regex("""(?<!\d)\d{$length}(?!\d)""").find(message)?.value
