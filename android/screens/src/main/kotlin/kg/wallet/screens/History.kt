package kg.wallet.screens

import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import kg.wallet.core.Event
import kg.wallet.core.HistoryScreen
import kg.wallet.core.OperationScreen
import kg.wallet.core.ReceiptState

// Seed 003: the history newest first in pages of 50, headed by day; an operation's details, its receipt, cancel
// (asked first), «Поделиться», «Повторить», «Разделить чек», «В избранное». core/src/features/history.

/** The screen scrolls as one; «Показать ещё» under the list loads the next page. */
@Composable
fun HistoryScreen(screen: HistoryScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    SyncStatus(screen.syncStatus, screen.offline)
    ActionButton(screen.resync, send, ButtonStyle.Secondary)
    Subtitle(screen.empty)
    if (screen.rows.isNotEmpty()) RowsCard { OperationRows(screen.rows, send) }
    ActionButton(screen.loadMore, send, ButtonStyle.Secondary)
}

@Composable
fun OperationScreen(screen: OperationScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    val damaged = screen.damaged
    if (damaged != null) {
        ErrorText(damaged)
        return@ScreenColumn
    }
    val palette = LocalWalletPalette.current
    Text(
        screen.amount,
        style = MaterialTheme.typography.headlineMedium,
        fontWeight = FontWeight.SemiBold,
        color = palette.amount(screen.direction, true, MaterialTheme.colorScheme.onSurface),
    )
    Subtitle(screen.counterparty)
    RowsCard { Box(Modifier.padding(vertical = 8.dp)) { Fields(screen.fields) } }
    screen.receipt?.let { receipt ->
        val color = when (receipt.state) {
            ReceiptState.VERIFIED -> palette.successContainer
            ReceiptState.INVALID -> palette.errorContainer
            ReceiptState.NONE -> MaterialTheme.colorScheme.surfaceVariant
        }
        Surface(shape = RoundedCornerShape(16.dp), color = color, modifier = Modifier.fillMaxWidth()) {
            Column(Modifier.padding(16.dp)) {
                Text(receipt.text, style = MaterialTheme.typography.bodyMedium)
                Fields(receipt.fields)
            }
        }
    }
    ActionButton(screen.share, send, ButtonStyle.Secondary)
    ActionButton(screen.repeat, send, ButtonStyle.Secondary)
    ActionButton(screen.split, send, ButtonStyle.Secondary)
    ActionButton(screen.saveFavourite, send, ButtonStyle.Secondary)
    // It asks first (the view's dialog names the amount); never the screen's main, filled button.
    ActionButton(screen.cancel, send, ButtonStyle.Link)
}
