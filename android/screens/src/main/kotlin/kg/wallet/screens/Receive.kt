package kg.wallet.screens

import androidx.compose.runtime.Composable
import kg.wallet.core.Event
import kg.wallet.core.ReceiveScreen

// «Получить по QR»: part 2's draft (the code drawn from the view's module matrix comes with part 2).
// core/src/features/receive.

@Composable
fun ReceiveDraft(screen: ReceiveScreen, send: (Event) -> Unit) = DraftScreen(
    screen.title, send, texts = listOf(screen.name, screen.hint, screen.received), actions = listOf(screen.clear, screen.again),
    error = screen.error,
)
