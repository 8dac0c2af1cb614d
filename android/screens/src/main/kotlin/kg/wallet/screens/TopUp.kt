package kg.wallet.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import kg.wallet.core.CardChallengeScreen
import kg.wallet.core.CardTopUpScreen
import kg.wallet.core.DetailRow
import kg.wallet.core.Event
import kg.wallet.core.Field
import kg.wallet.core.TopUpEvent
import kg.wallet.core.TopUpResultScreen
import kg.wallet.core.TopUpScreen
import kotlinx.coroutines.delay

// «Пополнить»: the ways in (a saved card, another bank's card, one's own QR code) and the account's details to copy
// and share; the card form with its fee; the card issuer's 3-D Secure code; the result. The card's number and CVV
// only pass through to the core (the CVV drawn as dots). core/src/features/topup.

/** How long «Скопировано» shows after a value went to the clipboard. */
private const val COPIED_MS = 2_000L

@Composable
private fun SectionTitle(text: String) {
    Text(text, style = MaterialTheme.typography.titleMedium, modifier = Modifier.fillMaxWidth().semantics { heading() })
}

/**
 * The menu: «С карты» with the saved cards and another bank's card, one's own code, then the details, each with its
 * copy button (the clipboard adapter; none without it), their loading or offline status with «Повторить», and
 * «Поделиться реквизитами» (the core then asks for the share sheet with the text). «Скопировано» shows for a moment
 * after a copy, over the bottom of the screen.
 */
@Composable
fun TopUpScreen(screen: TopUpScreen, send: (Event) -> Unit) {
    val copy = LocalDevices.current.copyText
    // Each copy counts up, so copying again restarts the moment «Скопировано» shows.
    var copies by remember { mutableIntStateOf(0) }
    var showing by remember { mutableIntStateOf(0) }
    if (copies != 0) {
        LaunchedEffect(copies) {
            showing = copies
            delay(COPIED_MS)
            showing = 0
        }
    }
    Box(Modifier.fillMaxSize()) {
        ScreenColumn {
            Title(screen.title)
            SectionTitle(screen.cardsTitle)
            for (card in screen.savedCards) ActionButton(card, send, ButtonStyle.Secondary)
            ActionButton(screen.newCard, send)
            ActionButton(screen.receive, send, ButtonStyle.Secondary)
            SectionTitle(screen.detailsTitle)
            if (screen.details.isNotEmpty()) {
                RowsCard {
                    screen.details.forEachIndexed { index, row ->
                        DetailRowView(row, screen.copyLabel, copy?.let { c -> { c(row.label, row.value); copies++ } })
                        if (index < screen.details.lastIndex) HorizontalDivider()
                    }
                }
            }
            screen.detailsStatus?.let { status ->
                if (screen.busy && screen.retry == null) ProgressLine(status) else DetailsProblem(status)
            }
            ActionButton(screen.retry, send, ButtonStyle.Secondary)
            ActionButton(screen.share, send, ButtonStyle.Secondary)
            // Room for «Скопировано», so it never hides the last button.
            if (showing != 0) Spacer(Modifier.heightIn(min = 56.dp))
        }
        if (showing != 0) CopiedNote(screen.copied, Modifier.align(Alignment.BottomCenter))
    }
}

/** Why the details did not come, in the warning colour, read out when it appears. */
@Composable
private fun DetailsProblem(text: String) {
    Text(
        text,
        style = MaterialTheme.typography.bodyMedium,
        color = LocalWalletPalette.current.warning,
        modifier = Modifier.fillMaxWidth().semantics { liveRegion = LiveRegionMode.Polite },
    )
}

/** A detail: its label over its value, and the copy button beside it when the phone can copy. */
@Composable
private fun DetailRowView(row: DetailRow, copyLabel: String, copy: (() -> Unit)?) {
    Row(Modifier.fillMaxWidth().heightIn(min = TouchTarget).padding(vertical = 6.dp), verticalAlignment = Alignment.CenterVertically) {
        Column(Modifier.weight(1f).semantics(mergeDescendants = true) {}) {
            Text(row.label, style = MaterialTheme.typography.labelMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
            Text(row.value, style = MaterialTheme.typography.bodyLarge)
        }
        if (copy != null) {
            Spacer(Modifier.width(8.dp))
            TextButton(
                copy,
                // Read out with what it copies: «Скопировать, Номер счёта».
                Modifier.heightIn(min = TouchTarget).semantics { contentDescription = "$copyLabel, ${row.label}" },
            ) { Text(copyLabel) }
        }
    }
}

/** «Скопировано», as a toast would say it: briefly, over the bottom of the screen, read out politely. */
@Composable
private fun CopiedNote(text: String, modifier: Modifier) {
    Surface(
        shape = RoundedCornerShape(12.dp),
        color = MaterialTheme.colorScheme.inverseSurface,
        contentColor = MaterialTheme.colorScheme.inverseOnSurface,
        modifier = modifier.padding(16.dp).semantics { liveRegion = LiveRegionMode.Polite },
    ) {
        Text(text, style = MaterialTheme.typography.bodyMedium, modifier = Modifier.padding(horizontal = 16.dp, vertical = 12.dp))
    }
}

/**
 * The card form: a saved card's text, or a new card's number (its scheme shown under it as it is typed), expiry,
 * CVV (dots, never autofilled or learnt by the keyboard: `WalletTextField` by the field's kind), the name on the card
 * and «Запомнить карту»; the amount, the bank's fee and what the card is charged, or why the fee is unknown with
 * «Повторить»; the note, the error and «Пополнить».
 */
@Composable
fun CardTopUpScreen(screen: CardTopUpScreen, send: (Event) -> Unit) = ScreenColumn {
    fun topUp(event: TopUpEvent) = Event.TopUp(event)
    Title(screen.title)
    screen.card?.let { card ->
        RowsCard { Text(card, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(vertical = 12.dp)) }
    }
    screen.number?.let { number ->
        Column(Modifier.fillMaxWidth()) {
            WalletTextField(number, { topUp(TopUpEvent.EditNumber(it)) }, send)
            screen.scheme?.let { scheme ->
                Text(
                    scheme,
                    style = MaterialTheme.typography.labelLarge,
                    color = MaterialTheme.colorScheme.primary,
                    textAlign = TextAlign.End,
                    modifier = Modifier.fillMaxWidth().padding(top = 4.dp).semantics { liveRegion = LiveRegionMode.Polite },
                )
            }
        }
    }
    screen.expiry?.let { WalletTextField(it, { text -> topUp(TopUpEvent.EditExpiry(text)) }, send) }
    screen.cvv?.let { WalletTextField(it, { text -> topUp(TopUpEvent.EditCvv(text)) }, send) }
    screen.holder?.let { WalletTextField(it, { text -> topUp(TopUpEvent.EditHolder(text)) }, send) }
    screen.save?.let { save -> CheckboxRow(save.label, screen.saveOn, save.event, send) }
    WalletTextField(screen.amount, { text -> topUp(TopUpEvent.EditAmount(text)) }, send, screen.submit)
    if (screen.fee != null || screen.total != null || screen.busy) {
        Column(
            Modifier.fillMaxWidth().semantics { liveRegion = LiveRegionMode.Polite },
            verticalArrangement = Arrangement.spacedBy(4.dp),
        ) {
            Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                screen.fee?.let { Text(it, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f, fill = false)) }
                if (screen.busy) CircularProgressIndicator(Modifier.size(20.dp), strokeWidth = 2.dp)
            }
            screen.total?.let { Text(it, style = MaterialTheme.typography.titleMedium, fontWeight = FontWeight.SemiBold) }
        }
    }
    ErrorText(screen.quoteError)
    ActionButton(screen.retryQuote, send, ButtonStyle.Secondary)
    Hint(screen.note)
    ErrorText(screen.error)
    ActionButton(screen.submit, send)
}

/**
 * The card issuer's code: who sent it and what the SMS must say (compare before typing), until when it holds, the code
 * (the app's SmsCodeReader may fill it in), the error, «Подтвердить». As Transfer.kt's SMS code.
 */
@Composable
fun CardChallengeScreen(screen: CardChallengeScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    RowsCard {
        Text(screen.explain, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(vertical = 12.dp))
    }
    Subtitle(screen.expires)
    WalletTextField(screen.field, { text -> Event.TopUp(TopUpEvent.EditCode(text)) }, send, screen.submit)
    ErrorText(screen.error)
    if (screen.busy) Box(Modifier.fillMaxWidth(), contentAlignment = Alignment.Center) { CircularProgressIndicator() }
    ActionButton(screen.submit, send)
}

/** How the top-up ended, as the pay result: a check or a cross, what happened and why, the rows, then the buttons. */
@Composable
fun TopUpResultScreen(screen: TopUpResultScreen, send: (Event) -> Unit) = ScreenColumn {
    val palette = LocalWalletPalette.current
    Text(
        screen.title,
        style = MaterialTheme.typography.labelLarge,
        color = MaterialTheme.colorScheme.onSurfaceVariant,
        textAlign = TextAlign.Center,
        modifier = Modifier.fillMaxWidth(),
    )
    Box(Modifier.fillMaxWidth().padding(top = 8.dp), contentAlignment = Alignment.Center) {
        if (screen.success) MarkIcon(Mark.Check, palette.success, Modifier.size(80.dp)) else MarkIcon(Mark.Cross, palette.error, Modifier.size(80.dp))
    }
    Title(screen.headline, centered = true)
    screen.reason?.let {
        Text(
            it,
            style = MaterialTheme.typography.bodyLarge,
            textAlign = TextAlign.Center,
            modifier = Modifier.fillMaxWidth().semantics { liveRegion = LiveRegionMode.Polite },
        )
    }
    if (screen.rows.isNotEmpty()) {
        RowsCard { Box(Modifier.padding(vertical = 8.dp)) { Fields(screen.rows.map { Field(it.label, it.value) }) } }
    }
    ActionButton(screen.again, send)
    ActionButton(screen.done, send, if (screen.again != null) ButtonStyle.Secondary else ButtonStyle.Primary)
    ActionButton(screen.receipt, send, ButtonStyle.Secondary)
}
