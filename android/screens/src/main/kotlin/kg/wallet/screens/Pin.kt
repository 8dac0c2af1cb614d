package kg.wallet.screens

import androidx.compose.foundation.background
import androidx.compose.foundation.border
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.foundation.text.BasicText
import androidx.compose.foundation.text.TextAutoSize
import androidx.compose.material3.LocalContentColor
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import kg.wallet.core.BiometricsScreen
import kg.wallet.core.Event
import kg.wallet.core.PinKey
import kg.wallet.core.PinScreen

// The PIN screens (create, repeat, current, the lock screen, a payment's PIN) and the offer of biometric unlock.
// core/src/features/pin.

/** The dots: `length` of them, the first `entered` filled; all filled while the PIN is checked or saved. */
@Composable
private fun PinDots(screen: PinScreen) {
    val filled = if (screen.busy) screen.length else screen.entered
    Row(
        Modifier.fillMaxWidth().semantics { contentDescription = screen.enteredLabel },
        horizontalArrangement = Arrangement.spacedBy(16.dp, Alignment.CenterHorizontally),
    ) {
        for (index in 0u until screen.length) {
            val color = MaterialTheme.colorScheme.primary
            Box(
                Modifier.size(16.dp).then(
                    if (index < filled) Modifier.background(color, CircleShape) else Modifier.border(2.dp, color, CircleShape),
                ),
            )
        }
    }
}

@Composable
private fun PadKey(key: PinKey, enabled: Boolean, send: (Event) -> Unit, modifier: Modifier) {
    TextButton({ send(key.event) }, modifier.heightIn(min = 64.dp), enabled = enabled) {
        Text(key.label, style = MaterialTheme.typography.headlineMedium)
    }
}

/** The pad: the view's keys (1–9, then 0) on three columns, «erase» right of 0. */
@Composable
private fun Keypad(screen: PinScreen, send: (Event) -> Unit) {
    val digits = screen.keys.dropLast(1).chunked(3)
    Column(Modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(4.dp)) {
        for (row in digits) {
            Row(Modifier.fillMaxWidth()) {
                for (key in row) PadKey(key, screen.keysEnabled, send, Modifier.weight(1f))
            }
        }
        Row(Modifier.fillMaxWidth(), verticalAlignment = Alignment.CenterVertically) {
            Spacer(Modifier.weight(1f))
            screen.keys.lastOrNull()?.let { PadKey(it, screen.keysEnabled, send, Modifier.weight(1f)) }
            // «Стереть» on one line at any font scale: the word shrinks rather than breaks.
            TextButton({ send(screen.erase.event) }, Modifier.weight(1f).heightIn(min = 64.dp), enabled = screen.erase.enabled) {
                BasicText(
                    screen.erase.label,
                    style = MaterialTheme.typography.labelLarge.copy(color = LocalContentColor.current),
                    maxLines = 1,
                    autoSize = TextAutoSize.StepBased(minFontSize = 10.sp, maxFontSize = MaterialTheme.typography.labelLarge.fontSize),
                )
            }
        }
    }
}

@Composable
fun PinScreen(screen: PinScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title, centered = true)
    Subtitle(screen.subtitle, centered = true)
    if (screen.summary.isNotEmpty()) RowsCard { Box(Modifier.padding(vertical = 8.dp)) { Fields(screen.summary) } }
    PinDots(screen)
    if (screen.busy) ProgressLine(screen.progress)
    ErrorText(screen.error)
    Keypad(screen, send)
    ActionButton(screen.biometrics, send, ButtonStyle.Link)
    ActionButton(screen.forgot, send, ButtonStyle.Link)
}

@Composable
fun BiometricsScreen(screen: BiometricsScreen, send: (Event) -> Unit) = ScreenColumn {
    Box(Modifier.fillMaxWidth().padding(vertical = 16.dp), contentAlignment = Alignment.Center) {
        MarkIcon(Mark.Fingerprint, MaterialTheme.colorScheme.primary, Modifier.size(96.dp))
    }
    Title(screen.title, centered = true)
    Text(screen.body, style = MaterialTheme.typography.bodyLarge, textAlign = TextAlign.Center, modifier = Modifier.fillMaxWidth())
    ErrorText(screen.error)
    ActionButton(screen.enable, send)
    ActionButton(screen.skip, send, ButtonStyle.Secondary)
}
