package kg.wallet.screens

import androidx.compose.foundation.Canvas
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.aspectRatio
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.layout.widthIn
import androidx.compose.foundation.selection.selectable
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.geometry.Size
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import kg.wallet.core.Event
import kg.wallet.core.Field
import kg.wallet.core.FieldKind
import kg.wallet.core.QrMatrix
import kg.wallet.core.ReceiveEvent
import kg.wallet.core.ReceiveScreen
import kg.wallet.core.TextField

// «Получить по QR»: the customer's own code, static or with an amount and a comment, drawn from the core's module
// matrix; «Поделиться» hands the core's sentence and link to the share sheet, «Скопировать ссылку» puts the link on the
// clipboard (the link itself is never drawn: hundreds of characters no one reads). Money that comes in while the
// screen shows is announced instead of the code. core/src/features/receive, desktop/web/receive.js,
// ios/WalletApp/Screens/Receive.swift.

/** Light modules around the code, as every reader needs (`qr_image::QUIET_ZONE`). */
const val QUIET_ZONE = 4

/**
 * A QR code from its module matrix (row-major, `size` × `size`, true = dark): dark modules on white with the quiet
 * zone around, each module a whole number of pixels so no edge is blurred. `label` is what a screen reader says.
 */
@Composable
fun QrCode(matrix: QrMatrix, label: String, modifier: Modifier = Modifier) {
    Canvas(modifier.aspectRatio(1f).clearAndSetSemantics { contentDescription = label }) {
        val side = matrix.size.toInt()
        val total = side + 2 * QUIET_ZONE
        val module = kotlin.math.floor(size.minDimension / total).coerceAtLeast(1f)
        val origin = kotlin.math.floor((size.minDimension - module * total) / 2f)
        drawRect(Color.White, Offset.Zero, size)
        val cell = Size(module, module)
        matrix.modules.forEachIndexed { index, dark ->
            if (dark) {
                val x = origin + (index % side + QUIET_ZONE) * module
                val y = origin + (index / side + QUIET_ZONE) * module
                drawRect(Color.Black, Offset(x, y), cell)
            }
        }
    }
}

@Composable
fun ReceiveScreen(screen: ReceiveScreen, send: (Event) -> Unit) = ScreenColumn {
    val devices = LocalDevices.current
    Title(screen.title)
    val received = screen.received
    if (received != null) {
        Box(Modifier.fillMaxWidth().padding(top = 16.dp), contentAlignment = Alignment.Center) {
            MarkIcon(Mark.Check, LocalWalletPalette.current.success, Modifier.size(80.dp))
        }
        Text(
            received,
            style = MaterialTheme.typography.titleLarge,
            fontWeight = FontWeight.SemiBold,
            textAlign = TextAlign.Center,
            modifier = Modifier.fillMaxWidth().semantics { liveRegion = LiveRegionMode.Polite },
        )
        ActionButton(screen.again, send)
    } else {
        screen.qr?.let { qr ->
            QrCode(
                qr,
                screen.hint ?: screen.title,
                Modifier.widthIn(max = 320.dp).fillMaxWidth().align(Alignment.CenterHorizontally).testTag("receive-qr"),
            )
        }
        Subtitle(screen.hint, centered = true)
        ErrorText(screen.error)
        val shareText = screen.shareText
        devices.shareText?.let { share ->
            if (shareText != null) LocalButton(screen.shareLabel, ButtonStyle.Primary) { share(shareText) }
        }
        val link = screen.link
        devices.copyText?.let { copy ->
            if (link != null) LocalButton(screen.copyLinkLabel, ButtonStyle.Secondary) { copy(screen.title, link) }
        }
    }
    RowsCard {
        Box(Modifier.padding(vertical = 8.dp)) {
            Fields(listOfNotNull(Field(screen.nameLabel, screen.name), screen.account?.let { Field(screen.accountLabel, it) }))
        }
        if (screen.accounts.isNotEmpty()) {
            Column(Modifier.fillMaxWidth()) {
                for (account in screen.accounts) {
                    Row(
                        Modifier.fillMaxWidth().heightIn(min = TouchTarget)
                            .selectable(selected = account.selected, role = Role.RadioButton) { send(account.choose) },
                        verticalAlignment = Alignment.CenterVertically,
                    ) {
                        RadioButton(selected = account.selected, onClick = null)
                        Spacer(Modifier.width(12.dp))
                        Text(account.label, style = MaterialTheme.typography.bodyLarge)
                    }
                }
            }
        }
    }
    WalletTextField(
        TextField(FieldKind.AMOUNT, screen.amountLabel, screen.amount, "", screen.amountError),
        { text -> Event.Receive(ReceiveEvent.EditAmount(text)) },
        send,
    )
    WalletTextField(
        TextField(FieldKind.TEXT, screen.commentLabel, screen.comment, screen.commentHint, screen.commentError),
        { text -> Event.Receive(ReceiveEvent.EditComment(text)) },
        send,
    )
    ActionButton(screen.clear, send, ButtonStyle.Link)
}
