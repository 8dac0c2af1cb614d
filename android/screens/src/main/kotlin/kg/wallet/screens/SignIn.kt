package kg.wallet.screens

import androidx.compose.runtime.Composable
import kg.wallet.core.CodeScreen
import kg.wallet.core.Event
import kg.wallet.core.FieldKind
import kg.wallet.core.PhoneScreen
import kg.wallet.core.SignInEvent
import kg.wallet.core.TextField

// Seed 000 steps 6–7: the phone number and the SMS code. core/src/features/signin.

/** Which event an edit of a sign-in field sends (the screen's field says its kind). */
private fun signInEdit(field: TextField): (String) -> Event = when (field.kind) {
    FieldKind.SMS_CODE -> { text -> Event.SignIn(SignInEvent.EditCode(text)) }
    else -> { text -> Event.SignIn(SignInEvent.EditPhone(text)) }
}

/** The phone number: a title, the field, what is happening while the bank is asked, «Войти». */
@Composable
fun PhoneScreen(screen: PhoneScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    Subtitle(screen.subtitle)
    WalletTextField(screen.field, signInEdit(screen.field), send, screen.submit)
    ProgressLine(screen.progress)
    ActionButton(screen.submit, send)
}

/**
 * The SMS code: the field (the core checks the code as soon as its last digit is typed; a code read from the SMS comes
 * from the app's SmsCodeReader), how long the code lives, «Войти» for a pasted code, and «Отправить код повторно» with
 * its countdown.
 */
@Composable
fun CodeScreen(screen: CodeScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    Subtitle(screen.subtitle)
    WalletTextField(screen.field, signInEdit(screen.field), send, screen.submit)
    ProgressLine(screen.progress)
    Hint(screen.lifetime)
    ActionButton(screen.submit, send)
    Hint(screen.resendHint)
    ActionButton(screen.resend, send, ButtonStyle.Link)
}
