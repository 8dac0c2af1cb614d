package kg.wallet.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import kg.wallet.core.Action
import kg.wallet.core.BalanceCard
import kg.wallet.core.Event
import kg.wallet.core.HomeScreen

// Home: signed out «Войти»; signed in the balance «as of», «Пополнить» under it, the ways to pay («Платежи» first), the favourites, the queue, the requests made to me, the
// newest operations, the identification, the language and the settings. core/src/features/home.

/** «Обновлено в 14:03», or offline in the warning colour. */
@Composable
fun SyncStatus(text: String?, offline: Boolean) {
    if (text.isNullOrEmpty()) return
    Text(
        text,
        style = MaterialTheme.typography.bodyMedium,
        color = if (offline) LocalWalletPalette.current.warning else MaterialTheme.colorScheme.onSurfaceVariant,
        modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite },
    )
}

@Composable
private fun Balance(card: BalanceCard) {
    Surface(shape = RoundedCornerShape(20.dp), color = MaterialTheme.colorScheme.primaryContainer, modifier = Modifier.fillMaxWidth()) {
        Column(Modifier.padding(20.dp).semantics(mergeDescendants = true) {}) {
            Text(card.label, style = MaterialTheme.typography.labelLarge, color = MaterialTheme.colorScheme.onPrimaryContainer)
            Text(card.amount, style = MaterialTheme.typography.headlineMedium, fontWeight = FontWeight.SemiBold, color = MaterialTheme.colorScheme.onPrimaryContainer)
            card.available?.let { Text(it, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onPrimaryContainer) }
        }
    }
}

/** «Уведомления» with the unread count, spoken as the core says it («Уведомления, 2 новых»). */
@Composable
private fun InboxButton(action: Action?, unread: UInt, unreadLabel: String?, send: (Event) -> Unit) {
    if (action == null) return
    TextButton(
        { send(action.event) },
        Modifier.heightIn(min = TouchTarget).semantics {
            contentDescription = if (unreadLabel != null) "${action.label}, $unreadLabel" else action.label
        },
        enabled = action.enabled,
    ) {
        MarkIcon(Mark.Bell, MaterialTheme.colorScheme.primary, Modifier.size(20.dp))
        Spacer(Modifier.width(6.dp))
        Text(action.label)
        Spacer(Modifier.width(6.dp))
        Badge(unread)
    }
}

@Composable
fun HomeScreen(screen: HomeScreen, send: (Event) -> Unit) = ScreenColumn {
    Row(Modifier.fillMaxWidth(), verticalAlignment = Alignment.CenterVertically) {
        Column(Modifier.weight(1f)) { Title(screen.title) }
        InboxButton(screen.inbox, screen.inboxUnread, screen.inboxUnreadLabel, send)
    }
    Subtitle(screen.welcome)
    screen.balance?.let { Balance(it) }
    // «Пополнить» right under the balance: where a new customer, with nothing on the account yet, looks first.
    ActionButton(screen.topUp, send)
    ActionButton(screen.payQr, send, if (screen.topUp != null) ButtonStyle.Secondary else ButtonStyle.Primary)
    // «Платежи» first among the ways to pay, as on the web.
    val ways = listOfNotNull(screen.services, screen.receive, screen.transfer, screen.shake, screen.split)
    if (ways.isNotEmpty()) {
        Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
            for (way in ways) ActionButton(way, send, ButtonStyle.Secondary)
        }
    }
    // The first few favourites, each paid with its amount and the PIN, then «Все избранные».
    HomeFavourites(screen.favouritesTitle, screen.favourites, screen.allFavourites, send)
    SyncStatus(screen.syncStatus, screen.offline)
    screen.waiting?.let { Text(it, color = LocalWalletPalette.current.warning, style = MaterialTheme.typography.bodyMedium) }
    IncomingRequests(screen.requestsTitle, screen.requests, send)
    screen.recentTitle?.let { Text(it, style = MaterialTheme.typography.titleMedium) }
    if (screen.recent.isNotEmpty()) RowsCard { OperationRows(screen.recent, send) }
    Row(horizontalArrangement = Arrangement.spacedBy(8.dp), modifier = Modifier.fillMaxWidth()) {
        screen.allHistory?.let { ActionButton(it, send, ButtonStyle.Secondary, Modifier.weight(1f)) }
        screen.refresh?.let { ActionButton(it, send, ButtonStyle.Secondary, Modifier.weight(1f)) }
    }
    RowsCard {
        screen.identification?.let { SettingRowView(it, send) }
        SettingRowView(screen.language, send)
        LinkRow(screen.settings, send)
    }
    ActionButton(screen.signIn, send)
}
