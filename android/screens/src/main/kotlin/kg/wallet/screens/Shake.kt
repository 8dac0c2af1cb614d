package kg.wallet.screens

import androidx.compose.runtime.Composable
import kg.wallet.core.Event
import kg.wallet.core.ShakeScreen

// «Встряхнуть и оплатить»: part 2's draft (the accelerometer adapter comes with it). core/src/features/shake.

@Composable
fun ShakeDraft(screen: ShakeScreen, send: (Event) -> Unit) = DraftScreen(
    screen.title, send, texts = listOf(screen.message), fields = screen.peer,
    actions = listOf(screen.asPayer, screen.asPayee, screen.confirm, screen.cancel, screen.again, screen.done),
)
