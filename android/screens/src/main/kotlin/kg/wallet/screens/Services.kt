package kg.wallet.screens

import androidx.compose.foundation.background
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.IntrinsicSize
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxHeight
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.Dp
import androidx.compose.ui.unit.dp
import kg.wallet.core.Action
import kg.wallet.core.Event
import kg.wallet.core.ProviderRow
import kg.wallet.core.ServicePayScreen
import kg.wallet.core.ServicesEvent
import kg.wallet.core.ServicesScreen

// «Платежи»: the catalogue (the search, the categories, a category's providers or what the search found, each with
// its logo's initials) and a provider's form (the account by the provider's rule, the operator told by the number, the
// provider's word about the account — the holder and the debt —, the amount within the provider's limits). The
// confirmation, the PIN and the result that follow are Pay.kt's and Pin.kt's. core/src/features/services,
// desktop/web/services.js.

private fun services(event: ServicesEvent) = Event.Services(event)

/** A provider's logo: its initials in a circle (the catalogue has no pictures); silent, the name beside says it. */
@Composable
private fun ProviderLogo(initials: String, size: Dp = 44.dp) {
    Box(
        Modifier.size(size).background(MaterialTheme.colorScheme.primaryContainer, CircleShape).decorative(),
        contentAlignment = Alignment.Center,
    ) {
        Text(
            initials,
            softWrap = false,
            style = if (size > 48.dp) MaterialTheme.typography.titleMedium else MaterialTheme.typography.labelLarge,
            fontWeight = FontWeight.SemiBold,
            color = MaterialTheme.colorScheme.onPrimaryContainer,
        )
    }
}

/** A category's button in the grid: as an outlined button, with less padding so two fit side by side. */
@Composable
private fun CategoryButton(action: Action, send: (Event) -> Unit, modifier: Modifier) {
    OutlinedButton(
        { send(action.event) },
        modifier.heightIn(min = TouchTarget),
        enabled = action.enabled,
        shape = RoundedCornerShape(12.dp),
        contentPadding = PaddingValues(horizontal = 12.dp, vertical = 10.dp),
    ) { Text(action.label, textAlign = TextAlign.Center) }
}

/** The categories two by two, each pair as tall as its taller button. */
@Composable
private fun CategoryGrid(categories: List<Action>, send: (Event) -> Unit) {
    if (categories.isEmpty()) return
    Column(Modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        for (pair in categories.chunked(2)) {
            Row(Modifier.fillMaxWidth().height(IntrinsicSize.Min), horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                for (category in pair) CategoryButton(category, send, Modifier.weight(1f).fillMaxHeight())
                if (pair.size == 1) Spacer(Modifier.weight(1f))
            }
        }
    }
}

/** A provider in a list: its logo, its name and its category under it; a tap opens its form. */
@Composable
private fun ProviderRowView(row: ProviderRow, send: (Event) -> Unit) {
    Row(
        Modifier.fillMaxWidth().heightIn(min = TouchTarget)
            .clickable(enabled = row.open.enabled, role = Role.Button) { send(row.open.event) }
            .padding(vertical = 10.dp),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        ProviderLogo(row.initials)
        Spacer(Modifier.width(12.dp))
        Column(Modifier.weight(1f)) {
            Text(row.name, style = MaterialTheme.typography.bodyLarge)
            Text(row.category, style = MaterialTheme.typography.bodySmall, color = MaterialTheme.colorScheme.onSurfaceVariant)
        }
        Text("›", style = MaterialTheme.typography.bodyLarge, color = MaterialTheme.colorScheme.primary, modifier = Modifier.decorative())
    }
}

/**
 * «Платежи»: the search (each edit `Services.Search`), that the kept catalogue shows while the bank is out of reach
 * with «Повторить», the catalogue coming, the favourites to pay at a tap, then the categories, or a category's heading over its providers, or what the
 * search found; «Ничего не нашлось» when nothing did.
 */
@Composable
fun ServicesScreen(screen: ServicesScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    WalletTextField(screen.search, { text -> services(ServicesEvent.Search(text)) }, send)
    InfoBanner(screen.offline)
    ActionButton(screen.retry, send, ButtonStyle.Secondary)
    Busy(screen.busy)
    // The favourites over the categories (none while a category or a search shows), as home draws them.
    HomeFavourites(screen.favouritesTitle, screen.favourites, null, send)
    CategoryGrid(screen.categories, send)
    screen.category?.let {
        Text(it, style = MaterialTheme.typography.titleMedium, modifier = Modifier.fillMaxWidth().semantics { heading() })
    }
    if (screen.providers.isNotEmpty()) {
        RowsCard {
            screen.providers.forEachIndexed { index, row ->
                ProviderRowView(row, send)
                if (index < screen.providers.lastIndex) HorizontalDivider()
            }
        }
    }
    screen.empty?.let { Subtitle(it) }
}

/**
 * A provider's form: its logo, name and category; the account as the provider calls it (a phone, a personal account
 * of digits, a contract number: the keyboard by the field's kind), the operator told by the number, the provider being
 * asked, its word (the holder and the debt) or why it refused with «Повторить»; the amount (the debt filled in by the
 * core), the provider's limits, «Продолжить».
 */
@Composable
fun ServicePayScreen(screen: ServicePayScreen, send: (Event) -> Unit) = ScreenColumn {
    Row(Modifier.fillMaxWidth(), verticalAlignment = Alignment.CenterVertically) {
        ProviderLogo(screen.initials, 56.dp)
        Spacer(Modifier.width(16.dp))
        Column(Modifier.weight(1f)) {
            Title(screen.title)
            Subtitle(screen.category)
        }
    }
    WalletTextField(screen.account, { text -> services(ServicesEvent.EditAccount(text)) }, send, screen.submit)
    screen.operatorNote?.let {
        Text(
            it,
            style = MaterialTheme.typography.bodyMedium,
            color = MaterialTheme.colorScheme.primary,
            modifier = Modifier.fillMaxWidth().semantics { liveRegion = LiveRegionMode.Polite },
        )
    }
    Busy(screen.busy)
    if (screen.holder != null || screen.debt != null) {
        val palette = LocalWalletPalette.current
        Surface(shape = RoundedCornerShape(16.dp), color = palette.infoContainer, modifier = Modifier.fillMaxWidth()) {
            Column(
                Modifier.padding(horizontal = 16.dp, vertical = 12.dp)
                    .semantics(mergeDescendants = true) { liveRegion = LiveRegionMode.Polite },
                verticalArrangement = Arrangement.spacedBy(4.dp),
            ) {
                screen.holder?.let { Text(it, style = MaterialTheme.typography.titleMedium, color = palette.info) }
                screen.debt?.let { Text(it, style = MaterialTheme.typography.bodyLarge, fontWeight = FontWeight.SemiBold, color = palette.info) }
            }
        }
    }
    ErrorText(screen.checkError)
    ActionButton(screen.retryCheck, send, ButtonStyle.Secondary)
    WalletTextField(screen.amount, { text -> services(ServicesEvent.EditAmount(text)) }, send, screen.submit)
    Hint(screen.limits)
    ActionButton(screen.submit, send)
}
