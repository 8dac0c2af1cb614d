package kg.wallet.screens

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import kg.wallet.core.Event
import kg.wallet.core.SystemTexts
import kg.wallet.core.TransferCodeScreen
import kg.wallet.core.TransferEvent
import kg.wallet.core.TransferScreen

// Transfer by phone number: the number (typed, or picked from the contacts), who it reaches (masked, with their
// bank), amount and comment; to another bank, the SMS code screen that says what the SMS must name.
// core/src/features/transfer, desktop/web/transfer.js, ios/WalletApp/Screens/Transfer.swift.

/** The form: the number and the contact picker, the recipient once the bank answered, amount, comment, «Продолжить». */
@Composable
fun TransferScreen(screen: TransferScreen, system: SystemTexts, send: (Event) -> Unit) = ScreenColumn {
    val devices = LocalDevices.current
    var contactsDenied by remember { mutableStateOf(false) }
    Title(screen.title)
    WalletTextField(screen.phone, { text -> Event.Transfer(TransferEvent.EditPhone(text)) }, send)
    devices.pickContact?.let { pick ->
        LocalButton(screen.pickContact, ButtonStyle.Secondary) {
            pick { number ->
                contactsDenied = number == null
                if (number != null) send(Event.Transfer(TransferEvent.EditPhone(number)))
            }
        }
    }
    if (contactsDenied) {
        ErrorText(system.contactsDenied)
        devices.openSettings?.let { open -> LocalButton(system.openSettings, ButtonStyle.Link) { open() } }
    }
    Busy(screen.busy)
    if (screen.recipient != null || screen.recipientBank != null) {
        RowsCard {
            Column(Modifier.padding(vertical = 8.dp).semantics(mergeDescendants = true) { liveRegion = LiveRegionMode.Polite }) {
                screen.recipient?.let { Text(it, style = MaterialTheme.typography.titleMedium, fontWeight = FontWeight.SemiBold) }
                screen.recipientBank?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
                Hint(screen.interbankNote)
            }
        }
    }
    ErrorText(screen.recipientError)
    ActionButton(screen.retry, send, ButtonStyle.Secondary)
    WalletTextField(screen.amount, { text -> Event.Transfer(TransferEvent.EditAmount(text)) }, send)
    WalletTextField(screen.comment, { text -> Event.Transfer(TransferEvent.EditComment(text)) }, send, screen.submit)
    ActionButton(screen.submit, send)
}

/**
 * A transfer to another bank: what the SMS must say (compare before typing), where the code went, the code
 * (the app's SmsCodeReader may fill it in), «Подтвердить» and «Отправить код повторно».
 */
@Composable
fun TransferCodeScreen(screen: TransferCodeScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    RowsCard {
        Text(screen.compare, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(vertical = 12.dp))
    }
    Subtitle(screen.status)
    WalletTextField(screen.field, { text -> Event.Transfer(TransferEvent.EditCode(text)) }, send, screen.submit)
    ErrorText(screen.error)
    Busy(screen.busy)
    ActionButton(screen.submit, send)
    ActionButton(screen.resend, send, ButtonStyle.Link)
}
