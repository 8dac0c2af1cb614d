package kg.wallet.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import kg.wallet.core.Action
import kg.wallet.core.ChoiceRow
import kg.wallet.core.Event
import kg.wallet.core.FavouriteEditScreen
import kg.wallet.core.FavouriteRow
import kg.wallet.core.FavouritesEvent
import kg.wallet.core.FavouritesScreen
import kg.wallet.core.RegularEditScreen

// «Избранное»: the favourites (each paid with its amount and the PIN through Pay.kt's confirmation), each one's
// regular payment and the last run's refusal; a favourite's form (its name and amount, saved from a payment or
// changed); a regular payment's form (every month on a day, every week on a weekday, on each bill; paused).
// Home's first few favourites are Home.kt's. core/src/features/favourites.

private fun favourites(event: FavouritesEvent) = Event.Favourites(event)

/** A favourite as a card: its name, whom it pays, the amount, its regular payment and what went wrong; three actions. */
@Composable
private fun FavouriteCard(row: FavouriteRow, send: (Event) -> Unit) {
    val palette = LocalWalletPalette.current
    Surface(shape = RoundedCornerShape(16.dp), tonalElevation = 1.dp, modifier = Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Row(Modifier.fillMaxWidth().semantics(mergeDescendants = true) {}, verticalAlignment = Alignment.Top) {
                Column(Modifier.weight(1f)) {
                    Text(row.name, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
                    Text(row.payee, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
                }
                Text(
                    row.amount,
                    style = MaterialTheme.typography.titleMedium,
                    fontWeight = FontWeight.SemiBold,
                    textAlign = TextAlign.End,
                    modifier = Modifier.padding(start = 12.dp),
                )
            }
            row.rule?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
            row.ruleProblem?.let {
                Surface(shape = RoundedCornerShape(12.dp), color = palette.warningContainer, modifier = Modifier.fillMaxWidth()) {
                    Text(it, style = MaterialTheme.typography.bodyMedium, color = palette.warning, modifier = Modifier.padding(horizontal = 12.dp, vertical = 8.dp))
                }
            }
            ActionButton(row.pay, send)
            Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                ActionButton(row.edit, send, ButtonStyle.Secondary, Modifier.weight(1f))
                ActionButton(row.schedule, send, ButtonStyle.Secondary, Modifier.weight(1f))
            }
        }
    }
}

/**
 * «Избранное»: that the kept lists show while the bank is out of reach, with «Повторить»; the lists coming; how to add
 * one when there are none; each favourite as a card.
 */
@Composable
fun FavouritesScreen(screen: FavouritesScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    InfoBanner(screen.offline)
    ActionButton(screen.retry, send, ButtonStyle.Secondary)
    Busy(screen.busy)
    Subtitle(screen.empty)
    for (row in screen.rows) FavouriteCard(row, send)
}

/**
 * A favourite's form: whom it pays, its name and the amount paying it fills in, what the bank said, «Сохранить»; a
 * saved one's «Удалить из избранного» (it asks first if the core says so) as an outlined button in the error colour.
 */
@Composable
fun FavouriteEditScreen(screen: FavouriteEditScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    Subtitle(screen.payee)
    WalletTextField(screen.name, { text -> favourites(FavouritesEvent.EditName(text)) }, send, screen.submit)
    WalletTextField(screen.amount, { text -> favourites(FavouritesEvent.EditAmount(text)) }, send, screen.submit)
    ErrorText(screen.error)
    Busy(screen.busy)
    ActionButton(screen.submit, send)
    ActionButton(screen.delete, send, ButtonStyle.DangerSecondary)
}

/** The weekdays in one line of seven short labels, one chosen: each a radio button to a screen reader. */
@Composable
private fun WeekdayRow(row: ChoiceRow, send: (Event) -> Unit) {
    Column(Modifier.fillMaxWidth()) {
        Text(row.label, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(vertical = 8.dp))
        Row(Modifier.fillMaxWidth().selectableGroup(), horizontalArrangement = Arrangement.spacedBy(4.dp)) {
            for (option in row.options) {
                val chosen = option.selected
                Surface(
                    shape = RoundedCornerShape(12.dp),
                    color = if (chosen) MaterialTheme.colorScheme.primary else MaterialTheme.colorScheme.surfaceVariant,
                    contentColor = if (chosen) MaterialTheme.colorScheme.onPrimary else MaterialTheme.colorScheme.onSurfaceVariant,
                    modifier = Modifier.weight(1f).heightIn(min = TouchTarget)
                        .selectable(selected = chosen, role = Role.RadioButton) { send(option.select) },
                ) {
                    Column(verticalArrangement = Arrangement.Center, horizontalAlignment = Alignment.CenterHorizontally) {
                        Text(
                            option.label,
                            style = MaterialTheme.typography.labelLarge,
                            textAlign = TextAlign.Center,
                            modifier = Modifier.padding(vertical = 14.dp),
                        )
                    }
                }
            }
        }
    }
}

/**
 * A favourite's regular payment: which favourite and its amount; how often (as the settings' choices); every month
 * the day (digits) with what a shorter month does, every week the weekday, on each bill what the bill decides; a
 * saved one's pause (a switch); that the bank pays by itself; what the bank said, «Сохранить», and a saved one's
 * «Удалить регулярный платёж» as an outlined button in the error colour.
 */
@Composable
fun RegularEditScreen(screen: RegularEditScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    Subtitle(screen.favourite)
    RowsCard { ChoiceRowView(screen.kind, send) }
    screen.day?.let { WalletTextField(it, { text -> favourites(FavouritesEvent.EditDay(text)) }, send, screen.submit) }
    Hint(screen.dayNote)
    screen.weekday?.let { WeekdayRow(it, send) }
    Hint(screen.billNote)
    screen.pause?.let { pause -> RowsCard { SwitchRowView(pause, send) } }
    Hint(screen.note)
    ErrorText(screen.error)
    Busy(screen.busy)
    ActionButton(screen.submit, send)
    ActionButton(screen.delete, send, ButtonStyle.DangerSecondary)
}

/**
 * Favourites to pay at a tap — on home under its ways to pay, and over the catalogue's categories —: the title, each
 * one a row that pays it, then «Все избранные» where the view offers it.
 */
@Composable
fun HomeFavourites(title: String?, favourites: List<Action>, all: Action?, send: (Event) -> Unit) {
    if (title != null && favourites.isNotEmpty()) {
        Text(title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.fillMaxWidth().semantics { heading() })
        RowsCard { for (favourite in favourites) LinkRow(favourite, send) }
    }
    ActionButton(all, send, ButtonStyle.Link, Modifier.fillMaxWidth())
}
