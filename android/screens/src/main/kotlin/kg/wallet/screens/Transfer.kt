package kg.wallet.screens

import androidx.compose.runtime.Composable
import kg.wallet.core.Event
import kg.wallet.core.TransferCodeScreen
import kg.wallet.core.TransferScreen

// Transfer by phone number and the interbank SMS code: part 2's drafts. core/src/features/transfer.

@Composable
fun TransferDraft(screen: TransferScreen, send: (Event) -> Unit) =
    DraftScreen(screen.title, send, actions = listOf(screen.submit, screen.retry))

@Composable
fun TransferCodeDraft(screen: TransferCodeScreen, send: (Event) -> Unit) =
    DraftScreen(screen.title, send, texts = listOf(screen.compare, screen.status), actions = listOf(screen.submit, screen.resend))
