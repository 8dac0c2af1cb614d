package kg.wallet.screens

import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import kg.wallet.core.Event
import kg.wallet.core.PayConfirmScreen
import kg.wallet.core.PayResultScreen
import kg.wallet.core.PayScanScreen
import kg.wallet.core.ResultMark

// Paying: the result screen after the PIN (drawn fully); the scanner and the confirmation are part 2's drafts.
// core/src/features/pay.

private fun ResultMark.mark(): Mark = when (this) {
    ResultMark.DONE -> Mark.Check
    ResultMark.WAITING -> Mark.Clock
    ResultMark.REFUSED -> Mark.Cross
    ResultMark.CANCELLED -> Mark.Struck
}

/**
 * After the PIN: the mark, what happened, the amount large, then «Готово»; «Квитанция» and «Поделиться» below; the
 * cancel (which asks first) only as a small text button.
 */
@Composable
fun PayResultScreen(screen: PayResultScreen, send: (Event) -> Unit) = ScreenColumn {
    val palette = LocalWalletPalette.current
    val color = when (screen.mark) {
        ResultMark.DONE -> palette.success
        ResultMark.WAITING -> palette.warning
        ResultMark.REFUSED -> palette.error
        ResultMark.CANCELLED -> palette.muted
    }
    Box(Modifier.fillMaxWidth().padding(top = 16.dp), contentAlignment = Alignment.Center) {
        MarkIcon(screen.mark.mark(), color, Modifier.size(80.dp))
    }
    Title(screen.headline, centered = true)
    screen.statusLabel?.takeIf { it != screen.headline }?.let {
        Text(
            it,
            color = palette.status(screen.status),
            textAlign = TextAlign.Center,
            modifier = Modifier.fillMaxWidth().semantics { liveRegion = LiveRegionMode.Polite },
        )
    }
    screen.message?.let { Text(it, style = MaterialTheme.typography.bodyLarge, textAlign = TextAlign.Center, modifier = Modifier.fillMaxWidth()) }
    if (screen.amount.isNotEmpty()) {
        Text(
            screen.amount,
            style = MaterialTheme.typography.displaySmall,
            fontWeight = FontWeight.SemiBold,
            textAlign = TextAlign.Center,
            modifier = Modifier.fillMaxWidth(),
        )
    } else if (screen.busy) {
        Box(Modifier.fillMaxWidth(), contentAlignment = Alignment.Center) { CircularProgressIndicator() }
    }
    val facts = listOf(screen.recipient, screen.fee, screen.total, screen.time).filter { it.isNotEmpty() }
    if (facts.isNotEmpty()) {
        RowsCard {
            Column(Modifier.padding(vertical = 8.dp)) {
                for (fact in facts) Text(fact, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(vertical = 2.dp))
            }
        }
    }
    ActionButton(screen.done, send)
    ActionButton(screen.details, send, ButtonStyle.Secondary)
    ActionButton(screen.share, send, ButtonStyle.Secondary)
    ActionButton(screen.cancel, send, ButtonStyle.Link)
}

/** Part 2: the camera and the pasted link. */
@Composable
fun PayScanDraft(screen: PayScanScreen, send: (Event) -> Unit) =
    DraftScreen(screen.title, send, texts = listOf(screen.hint), actions = listOf(screen.submit), error = screen.error)

/** Part 2: the amount field, the fee and the total. */
@Composable
fun PayConfirmDraft(screen: PayConfirmScreen, send: (Event) -> Unit) = DraftScreen(
    screen.title,
    send,
    texts = listOf(screen.amount, screen.fee, screen.total, screen.balanceAfter),
    fields = screen.details,
    actions = listOf(screen.pay, screen.retry, screen.split),
    error = screen.error ?: screen.amountError,
)
