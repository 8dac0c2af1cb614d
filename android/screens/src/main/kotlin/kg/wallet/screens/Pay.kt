package kg.wallet.screens

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.border
import androidx.compose.foundation.selection.toggleable
import androidx.compose.ui.draw.clip
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.aspectRatio
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.widthIn
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.Surface
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import kg.wallet.core.Event
import kg.wallet.core.FieldKind
import kg.wallet.core.PayEvent
import kg.wallet.core.PayConfirmScreen
import kg.wallet.core.PayResultScreen
import kg.wallet.core.PayScanScreen
import kg.wallet.core.ResultMark
import kg.wallet.core.SystemTexts
import kg.wallet.core.TextField

// Paying by the national QR: the scanner (the camera, a picture from the gallery, a pasted link), the confirmation
// (recipient, amount, fee, total, the balance after), and after the PIN the result screen. core/src/features/pay,
// desktop/web/pay.js, ios/WalletApp/Screens/Pay.swift.

private fun ResultMark.mark(): Mark = when (this) {
    ResultMark.DONE -> Mark.Check
    ResultMark.WAITING -> Mark.Clock
    ResultMark.REFUSED -> Mark.Cross
    ResultMark.CANCELLED -> Mark.Struck
}

/**
 * After the PIN: the mark, what happened, the amount large, then «Готово»; «Квитанция», «Поделиться» and «В избранное»
 * below; the cancel (which asks first) only as a small text button.
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
    ActionButton(screen.saveFavourite, send, ButtonStyle.Secondary)
    ActionButton(screen.cancel, send, ButtonStyle.Link)
}

/**
 * The scanner: the camera's frame (the app's camera adapter reads codes into `Pay.Scanned`; without one the frame
 * holds the hint), a picture from the gallery (its bytes as they are: the core finds the code), and a link typed or
 * pasted, with «Продолжить».
 */
@Composable
fun PayScanScreen(screen: PayScanScreen, system: SystemTexts, send: (Event) -> Unit) = ScreenColumn {
    val devices = LocalDevices.current
    var cameraDenied by remember { mutableStateOf(false) }
    val camera = devices.camera
    Title(screen.title)
    Box(
        // The camera's picture clipped to the frame's rounded corners, the border over it.
        Modifier.widthIn(max = 360.dp).fillMaxWidth().aspectRatio(1f).align(Alignment.CenterHorizontally)
            .clip(RoundedCornerShape(16.dp)).border(2.dp, MaterialTheme.colorScheme.primary, RoundedCornerShape(16.dp)),
        contentAlignment = Alignment.Center,
    ) {
        if (camera != null && !cameraDenied) {
            camera(Modifier.fillMaxSize(), { text -> send(Event.Pay(PayEvent.Scanned(text))) }, { cameraDenied = true })
        } else {
            MarkIcon(Mark.Frame, MaterialTheme.colorScheme.primary.copy(alpha = 0.5f), Modifier.size(96.dp))
        }
    }
    devices.torch?.takeIf { camera != null && !cameraDenied && it.available }?.let { TorchToggle(it, system) }
    Hint(screen.hint)
    if (cameraDenied) {
        ErrorText(system.cameraDenied)
        devices.openSettings?.let { open -> LocalButton(system.openSettings, ButtonStyle.Link) { open() } }
    }
    ErrorText(screen.error)
    if (screen.busy) Box(Modifier.fillMaxWidth(), contentAlignment = Alignment.Center) { CircularProgressIndicator() }
    devices.pickImage?.let { pick ->
        LocalButton(screen.gallery, ButtonStyle.Secondary, enabled = !screen.busy) {
            pick { bytes -> send(Event.Pay(PayEvent.ScannedImage(bytes))) }
        }
    }
    WalletTextField(
        TextField(FieldKind.TEXT, screen.pasteLabel, screen.pasted, "", null),
        { text -> Event.Pay(PayEvent.EditPasted(text)) },
        send,
        screen.submit,
    )
    ActionButton(screen.submit, send, ButtonStyle.Secondary)
}

/**
 * The torch under the scanner's frame, for a code in the dark: a switch whose label says what a tap does («Включить
 * фонарик» while dark, «Выключить фонарик» while lit), its state read out as on or off.
 */
@Composable
private fun TorchToggle(torch: Torch, system: SystemTexts) {
    val lit = torch.lit
    val shape = RoundedCornerShape(percent = 50)
    Surface(
        shape = shape,
        color = if (lit) MaterialTheme.colorScheme.primaryContainer else MaterialTheme.colorScheme.surface,
        border = BorderStroke(1.dp, MaterialTheme.colorScheme.outline),
        modifier = Modifier.fillMaxWidth().heightIn(min = TouchTarget).clip(shape)
            .toggleable(value = lit, role = Role.Switch) { on -> torch.light(on) },
    ) {
        Box(Modifier.padding(horizontal = 16.dp, vertical = 10.dp), contentAlignment = Alignment.Center) {
            Text(
                if (lit) system.torchOff else system.torchOn,
                style = MaterialTheme.typography.labelLarge,
                textAlign = TextAlign.Center,
                color = MaterialTheme.colorScheme.primary,
            )
        }
    }
}

/**
 * The confirmation: what the code says (recipient, service, bank, comment), the amount (typed where the code lets the
 * payer choose it), the bank's fee, the total and what is left; «Оплатить», then the PIN.
 */
@Composable
fun PayConfirmScreen(screen: PayConfirmScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    if (screen.details.isNotEmpty()) RowsCard { Box(Modifier.padding(vertical = 8.dp)) { Fields(screen.details) } }
    if (screen.amountEditable) {
        WalletTextField(
            TextField(FieldKind.AMOUNT, screen.amountLabel, screen.amount, "", screen.amountError),
            { text -> Event.Pay(PayEvent.EditAmount(text)) },
            send,
            screen.pay,
        )
    } else {
        Column(Modifier.fillMaxWidth().semantics(mergeDescendants = true) {}) {
            Text(screen.amountLabel, style = MaterialTheme.typography.labelMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
            Text(screen.amount, style = MaterialTheme.typography.headlineMedium, fontWeight = FontWeight.SemiBold)
        }
        ErrorText(screen.amountError)
    }
    Column(
        Modifier.fillMaxWidth().semantics { liveRegion = LiveRegionMode.Polite },
        verticalArrangement = Arrangement.spacedBy(4.dp),
    ) {
        Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(
                screen.fee,
                style = MaterialTheme.typography.bodyLarge,
                color = if (screen.offline) LocalWalletPalette.current.warning else MaterialTheme.colorScheme.onSurface,
                modifier = Modifier.weight(1f, fill = false),
            )
            if (screen.busy) CircularProgressIndicator(Modifier.size(20.dp), strokeWidth = 2.dp)
        }
        screen.total?.let { Text(it, style = MaterialTheme.typography.titleMedium, fontWeight = FontWeight.SemiBold) }
        Hint(screen.balanceAfter)
    }
    ErrorText(screen.error)
    ActionButton(screen.retry, send, ButtonStyle.Secondary)
    ActionButton(screen.pay, send)
    ActionButton(screen.split, send, ButtonStyle.Link)
}
