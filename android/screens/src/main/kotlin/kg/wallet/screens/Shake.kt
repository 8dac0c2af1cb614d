package kg.wallet.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.DisposableEffect
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.rememberUpdatedState
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.selected
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import kg.wallet.core.Action
import kg.wallet.core.Event
import kg.wallet.core.ShakeEvent
import kg.wallet.core.ShakeScreen
import kg.wallet.core.ShakeStep

// «Встряхнуть и оплатить»: payer or payee (who may ask an amount); while the view says `listening` the app's
// accelerometer streams its readings to the core in batches (the detector runs in the core); then the other phone's
// customer, masked, «Подтвердить» on both phones, and the payment. core/src/features/shake, desktop/web/shake.js,
// ios/WalletApp/Screens/Shake.swift.

/** A picture for each step. */
@Composable
private fun ShakeStep.picture(): Pair<Mark, Color> {
    val palette = LocalWalletPalette.current
    val accent = MaterialTheme.colorScheme.primary
    return when (this) {
        ShakeStep.CHOOSING, ShakeStep.LISTENING, ShakeStep.SEARCHING, ShakeStep.MATCHED, ShakeStep.AMBIGUOUS -> Mark.Phones to accent
        ShakeStep.WAITING_FOR_PEER, ShakeStep.PAYING, ShakeStep.AWAITING_PAYMENT -> Mark.Clock to palette.warning
        ShakeStep.DONE -> Mark.Check to palette.success
        ShakeStep.EXPIRED, ShakeStep.CANCELLED -> Mark.Struck to palette.muted
        ShakeStep.FAILED -> Mark.Cross to palette.error
    }
}

/** «Оплатить» or «Получить»: the side chosen is the one that cannot be pressed again, drawn filled and selected. */
@Composable
private fun Side(action: Action, send: (Event) -> Unit, modifier: Modifier) {
    if (action.enabled) {
        ActionButton(action, send, ButtonStyle.Secondary, modifier)
    } else {
        Button(
            {},
            modifier.heightIn(min = TouchTarget).semantics { selected = true },
            enabled = false,
            colors = ButtonDefaults.buttonColors(
                disabledContainerColor = MaterialTheme.colorScheme.primary,
                disabledContentColor = MaterialTheme.colorScheme.onPrimary,
            ),
        ) { Text(action.label, textAlign = TextAlign.Center) }
    }
}

@Composable
fun ShakeScreen(screen: ShakeScreen, send: (Event) -> Unit) = ScreenColumn {
    val accelerometer = LocalDevices.current.accelerometer
    val currentSend by rememberUpdatedState(send)
    if (accelerometer != null && screen.listening) {
        DisposableEffect(accelerometer, screen.sampleRateHz) {
            accelerometer.start(screen.sampleRateHz.toInt()) { samples -> currentSend(Event.Shake(ShakeEvent.Samples(samples))) }
            onDispose { accelerometer.stop() }
        }
    }
    val location = LocalDevices.current.location
    if (location != null && screen.listening) {
        // Once each time the screen starts listening: the report the core sends after the shake carries it.
        LaunchedEffect(location) {
            location { latitude, longitude -> currentSend(Event.Shake(ShakeEvent.Location(latitude, longitude))) }
        }
    }
    Title(screen.title)
    val (mark, color) = screen.step.picture()
    Box(Modifier.fillMaxWidth().padding(vertical = 8.dp), contentAlignment = Alignment.Center) {
        MarkIcon(mark, color, Modifier.size(96.dp))
    }
    Text(
        screen.message,
        style = MaterialTheme.typography.titleMedium,
        textAlign = TextAlign.Center,
        color = if (screen.offline) LocalWalletPalette.current.warning else MaterialTheme.colorScheme.onSurface,
        modifier = Modifier.fillMaxWidth().semantics { liveRegion = LiveRegionMode.Polite },
    )
    if (screen.busy) Box(Modifier.fillMaxWidth(), contentAlignment = Alignment.Center) { CircularProgressIndicator() }
    if (screen.asPayer != null || screen.asPayee != null) {
        Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(12.dp)) {
            screen.asPayer?.let { Side(it, send, Modifier.weight(1f)) }
            screen.asPayee?.let { Side(it, send, Modifier.weight(1f)) }
        }
    }
    screen.amount?.let { WalletTextField(it, { text -> Event.Shake(ShakeEvent.EditAmount(text)) }, send) }
    if (screen.peer.isNotEmpty()) RowsCard { Box(Modifier.padding(vertical = 8.dp)) { Fields(screen.peer) } }
    ErrorText(screen.error)
    ActionButton(screen.confirm, send)
    ActionButton(screen.again, send, ButtonStyle.Secondary)
    ActionButton(screen.done, send)
    ActionButton(screen.cancel, send, ButtonStyle.Link)
}
