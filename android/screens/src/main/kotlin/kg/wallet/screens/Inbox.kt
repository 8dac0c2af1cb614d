package kg.wallet.screens

import androidx.compose.foundation.background
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import kg.wallet.core.Event
import kg.wallet.core.InboxItem
import kg.wallet.core.InboxScreen

// «Уведомления»: what the bank told this customer, newest first, unread ones marked; each opens what it is about.
// core/src/features/inbox.

@Composable
private fun InboxLine(item: InboxItem, send: (Event) -> Unit) {
    Row(
        Modifier.fillMaxWidth().heightIn(min = TouchTarget).clickable(role = Role.Button) { send(item.open) }.padding(vertical = 10.dp),
        verticalAlignment = Alignment.Top,
    ) {
        Box(Modifier.padding(top = 8.dp).size(8.dp).background(if (item.unread) MaterialTheme.colorScheme.primary else Color.Transparent, CircleShape).decorative())
        Spacer(Modifier.width(12.dp))
        Column(Modifier.weight(1f)) {
            Text(item.title, style = MaterialTheme.typography.bodyLarge, fontWeight = if (item.unread) FontWeight.SemiBold else FontWeight.Normal)
            Text(item.text, style = MaterialTheme.typography.bodyMedium)
        }
        Spacer(Modifier.width(8.dp))
        Hint(item.time)
    }
}

@Composable
fun InboxScreen(screen: InboxScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    if (screen.loading && screen.items.isEmpty()) {
        Box(Modifier.fillMaxWidth(), contentAlignment = Alignment.Center) { CircularProgressIndicator() }
    }
    Subtitle(screen.empty)
    if (screen.items.isNotEmpty()) {
        RowsCard {
            screen.items.forEachIndexed { index, item ->
                InboxLine(item, send)
                if (index < screen.items.lastIndex) HorizontalDivider()
            }
        }
    }
    ActionButton(screen.readAll, send, ButtonStyle.Link)
}
