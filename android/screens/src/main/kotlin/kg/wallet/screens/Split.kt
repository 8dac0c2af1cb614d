package kg.wallet.screens

import androidx.compose.foundation.background
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.key
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import kg.wallet.core.BillPersonRow
import kg.wallet.core.BillRow
import kg.wallet.core.ChoiceOption
import kg.wallet.core.ChoiceRow
import kg.wallet.core.ContactRow
import kg.wallet.core.Event
import kg.wallet.core.FieldKind
import kg.wallet.core.IncomingRow
import kg.wallet.core.ItemRow
import kg.wallet.core.ModeChoice
import kg.wallet.core.PersonRow
import kg.wallet.core.SplitBillScreen
import kg.wallet.core.SplitBillsScreen
import kg.wallet.core.SplitEditorScreen
import kg.wallet.core.SplitEvent
import kg.wallet.core.SplitGroupScreen
import kg.wallet.core.SystemTexts
import kg.wallet.core.TextField

// «Разделить чек»: the bills and the requests made to me; the bill being made (total and tip, the way of splitting,
// the people typed or from the address book — those with the wallet marked —, items, the group and who paid), its
// shares worked out by the core at every keystroke, each extra tyiyn explained; a bill being collected (who has paid,
// the link shared with someone without the wallet, «Напомнить», «Отменить чек»); a group's balances and the fewest
// payments that settle it. core/src/features/split, desktop/web/split.js, ios/WalletApp/Screens/Split.swift.

private fun split(event: SplitEvent): Event = Event.Split(event)

/** A heading inside a screen («Участники», «Мои чеки»). */
@Composable
private fun SectionTitle(text: String?) {
    if (text.isNullOrEmpty()) return
    Text(text, style = MaterialTheme.typography.titleMedium, modifier = Modifier.fillMaxWidth().padding(top = 4.dp).semantics { heading() })
}

/** A text field of the editor: the core's label and value; typing sends `edit`. */
@Composable
private fun SplitField(
    kind: FieldKind,
    label: String,
    value: String,
    edit: (String) -> Event,
    send: (Event) -> Unit,
    modifier: Modifier = Modifier.fillMaxWidth(),
) = WalletTextField(TextField(kind, label, value, "", null), edit, send, modifier = modifier)

/** One of a few, as radio buttons under the label: how to split, who paid. */
@Composable
private fun Choices(label: String, choices: List<ModeChoice>, send: (Event) -> Unit) {
    if (choices.isEmpty()) return
    RowsCard { ChoiceRowView(ChoiceRow(label, choices.map { ChoiceOption(it.label, it.selected, it.choose) }), send) }
}

/** What others ask me to pay, on home and above my bills: «Айгуль А. просит 366,67 сом», its comment, «Оплатить». */
@Composable
fun IncomingRequests(title: String?, rows: List<IncomingRow>, send: (Event) -> Unit) {
    if (rows.isEmpty()) return
    SectionTitle(title)
    RowsCard {
        rows.forEachIndexed { index, row ->
            if (index > 0) HorizontalDivider()
            Row(Modifier.fillMaxWidth().padding(vertical = 8.dp), verticalAlignment = Alignment.CenterVertically) {
                Column(Modifier.weight(1f).semantics(mergeDescendants = true) {}) {
                    Text(row.text, style = MaterialTheme.typography.bodyLarge)
                    row.comment?.let { Hint(it) }
                    row.reminded?.let { Hint(it) }
                }
                Spacer(Modifier.width(8.dp))
                ActionButton(row.pay, send, ButtonStyle.Primary, Modifier)
            }
        }
    }
}

/** Bills on a list: the name, how collecting goes, the total; each opens its bill. */
@Composable
private fun BillRows(rows: List<BillRow>, send: (Event) -> Unit) {
    if (rows.isEmpty()) return
    val palette = LocalWalletPalette.current
    RowsCard {
        rows.forEachIndexed { index, row ->
            if (index > 0) HorizontalDivider()
            Row(
                Modifier.fillMaxWidth().heightIn(min = TouchTarget)
                    .clickable(enabled = row.open.enabled, role = Role.Button) { send(row.open.event) }
                    .semantics(mergeDescendants = true) { contentDescription = "${row.title}, ${row.total}, ${row.status}" }
                    .padding(vertical = 8.dp),
                verticalAlignment = Alignment.CenterVertically,
            ) {
                Column(Modifier.weight(1f)) {
                    Text(row.title, style = MaterialTheme.typography.bodyLarge)
                    Text(
                        row.status,
                        style = MaterialTheme.typography.bodySmall,
                        color = if (row.settled) palette.success else MaterialTheme.colorScheme.onSurfaceVariant,
                    )
                }
                Spacer(Modifier.width(12.dp))
                Text(row.total, style = MaterialTheme.typography.bodyLarge, fontWeight = FontWeight.SemiBold, textAlign = TextAlign.End)
                Text(" ›", style = MaterialTheme.typography.bodyLarge, color = MaterialTheme.colorScheme.primary, modifier = Modifier.decorative())
            }
        }
    }
}

/** «Разделить чек»: «Новый чек», the requests made to me, the groups, my bills. */
@Composable
fun SplitBillsScreen(screen: SplitBillsScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    ActionButton(screen.newBill, send)
    IncomingRequests(screen.incomingTitle, screen.incoming, send)
    if (screen.groups.isNotEmpty()) {
        SectionTitle(screen.groupsTitle)
        for (group in screen.groups) ActionButton(group.open, send, ButtonStyle.Secondary)
    }
    SectionTitle(screen.billsTitle)
    Subtitle(screen.empty)
    BillRows(screen.bills, send)
}

/** A person on the bill being made: who, how the request reaches them, their share; their value when the mode asks. */
@Composable
private fun PersonCard(person: PersonRow, send: (Event) -> Unit) = RowsCard {
    Row(Modifier.fillMaxWidth().padding(vertical = 8.dp).semantics(mergeDescendants = true) {}, verticalAlignment = Alignment.Top) {
        Column(Modifier.weight(1f)) {
            Text(person.name, style = MaterialTheme.typography.titleMedium)
            person.phone?.takeIf { it != person.name }?.let { Hint(it) }
            person.delivery?.let { Hint(it) }
        }
        person.share?.let {
            Spacer(Modifier.width(12.dp))
            Text(
                it,
                style = MaterialTheme.typography.titleMedium,
                fontWeight = FontWeight.SemiBold,
                textAlign = TextAlign.End,
                modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite },
            )
        }
    }
    person.valueLabel?.let { label ->
        // The label says what to type («%», «Доля»); a screen reader hears whose it is too.
        SplitField(
            FieldKind.AMOUNT, label, person.value, { text -> split(SplitEvent.EditValue(person.index, text)) }, send,
            Modifier.fillMaxWidth().semantics { contentDescription = "${person.name}, $label" },
        )
    }
    person.rounding?.let { Hint(it, Modifier.padding(bottom = 4.dp)) }
    ActionButton(person.remove, send, ButtonStyle.Link, Modifier)
}

/** An item of a bill split by items: its name and price, who shared it, «Убрать». */
@Composable
private fun ItemCard(item: ItemRow, nameLabel: String, priceLabel: String, send: (Event) -> Unit) = RowsCard {
    Column(Modifier.padding(vertical = 8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        SplitField(FieldKind.TEXT, "${item.index + 1u}. $nameLabel", item.name, { text -> split(SplitEvent.EditItemName(item.index, text)) }, send)
        SplitField(FieldKind.AMOUNT, priceLabel, item.price, { text -> split(SplitEvent.EditItemPrice(item.index, text)) }, send)
    }
    for (toggle in item.people) CheckboxRow(toggle.label, toggle.on, toggle.flip, send)
    ActionButton(item.remove, send, ButtonStyle.Link, Modifier)
}

/** A contact of the address book: name, number, «В кошельке» when the bank said so, «Добавить». */
@Composable
private fun ContactLine(contact: ContactRow, send: (Event) -> Unit) {
    Row(Modifier.fillMaxWidth().padding(vertical = 6.dp), verticalAlignment = Alignment.CenterVertically) {
        Column(Modifier.weight(1f).semantics(mergeDescendants = true) {}) {
            Text(contact.name, style = MaterialTheme.typography.bodyLarge)
            Text(contact.phone, style = MaterialTheme.typography.bodySmall, color = MaterialTheme.colorScheme.onSurfaceVariant)
            contact.badge?.let {
                val palette = LocalWalletPalette.current
                Text(
                    it,
                    style = MaterialTheme.typography.labelMedium,
                    color = palette.success,
                    modifier = Modifier.padding(top = 2.dp).background(palette.successContainer, RoundedCornerShape(50)).padding(horizontal = 8.dp, vertical = 1.dp),
                )
            }
        }
        Spacer(Modifier.width(8.dp))
        ActionButton(contact.add, send, ButtonStyle.Secondary, Modifier)
    }
}

/**
 * The address book, asked once while the view wants it (the phone asks the person for the contacts permission); the
 * bank's answer marks who has the wallet. Refused: the core's «allow them in Settings» and the button there.
 */
@Composable
private fun Contacts(screen: SplitEditorScreen, system: SystemTexts, send: (Event) -> Unit) {
    val devices = LocalDevices.current
    var refused by remember { mutableStateOf(false) }
    var asked by remember { mutableStateOf(false) }
    val read = devices.readContacts
    val wanted = screen.contactsWanted
    LaunchedEffect(wanted, read) {
        if (wanted && read != null && !asked) {
            asked = true
            read { contacts ->
                refused = contacts == null
                if (contacts != null) send(split(SplitEvent.ContactsRead(contacts)))
            }
        }
    }
    SectionTitle(screen.contactsTitle)
    screen.contactsStatus?.let { status ->
        val checking = screen.refreshContacts == null && screen.contacts.isNotEmpty()
        if (checking) ProgressLine(status) else Hint(status, Modifier.semantics { liveRegion = LiveRegionMode.Polite })
    }
    if (refused) {
        ErrorText(system.contactsDenied)
        devices.openSettings?.let { open -> LocalButton(system.openSettings, ButtonStyle.Link) { open() } }
    }
    if (screen.contacts.isNotEmpty()) {
        RowsCard {
            screen.contacts.forEachIndexed { index, contact ->
                if (index > 0) HorizontalDivider()
                ContactLine(contact, send)
            }
        }
    }
    ActionButton(screen.refreshContacts, send, ButtonStyle.Link, Modifier)
}

/**
 * The bill being made: its name, total and tip, how to split it, me on it or not, the people with their live shares,
 * the items (split by items), someone typed, the address book, the group and who paid; the summary or why it does not
 * split; «Отправить запросы».
 */
@Composable
fun SplitEditorScreen(screen: SplitEditorScreen, system: SystemTexts, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    Subtitle(screen.source)
    SplitField(FieldKind.TEXT, screen.nameLabel, screen.name, { text -> split(SplitEvent.EditTitle(text)) }, send)
    screen.totalLabel?.let { label ->
        SplitField(FieldKind.AMOUNT, "$label, ${screen.currency}", screen.total, { text -> split(SplitEvent.EditTotal(text)) }, send)
    }
    Column(Modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(4.dp)) {
        SplitField(FieldKind.TEXT, screen.tipLabel, screen.tip, { text -> split(SplitEvent.EditTip(text)) }, send)
        Hint(screen.tipHint)
    }
    Choices(screen.modesTitle, screen.modes, send)
    CheckboxRow(screen.includeMe.label, screen.includeMe.on, screen.includeMe.flip, send)

    SectionTitle(screen.peopleTitle)
    for (person in screen.people) key(person.index) { PersonCard(person, send) }

    screen.itemsTitle?.let { SectionTitle(it) }
    for (item in screen.items) key(item.index) { ItemCard(item, screen.itemNameLabel, screen.itemPriceLabel, send) }
    ActionButton(screen.addItem, send, ButtonStyle.Secondary)

    RowsCard {
        Column(Modifier.padding(vertical = 8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            SplitField(FieldKind.TEXT, screen.newNameLabel, screen.newName, { text -> split(SplitEvent.EditNewName(text)) }, send)
            SplitField(FieldKind.PHONE, screen.newPhoneLabel, screen.newPhone, { text -> split(SplitEvent.EditNewPhone(text)) }, send)
            ErrorText(screen.newProblem)
            ActionButton(screen.addPerson, send, ButtonStyle.Secondary)
        }
    }
    Contacts(screen, system, send)

    Column(Modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(4.dp)) {
        SplitField(FieldKind.TEXT, screen.groupLabel, screen.group, { text -> split(SplitEvent.EditGroup(text)) }, send)
        Hint(screen.groupHint)
    }
    Choices(screen.payerLabel, screen.payers, send)

    screen.summary?.let {
        Text(
            it,
            style = MaterialTheme.typography.titleMedium,
            fontWeight = FontWeight.SemiBold,
            modifier = Modifier.fillMaxWidth().semantics { liveRegion = LiveRegionMode.Polite },
        )
    }
    ErrorText(screen.error)
    ErrorText(screen.problem)
    if (screen.busy) Box(Modifier.fillMaxWidth(), contentAlignment = Alignment.Center) { CircularProgressIndicator() }
    ActionButton(screen.send, send)
}

/** One person of a bill being collected: paid or not, the amount, where the request is, the link, «Напомнить». */
@Composable
private fun BillPersonCard(person: BillPersonRow, send: (Event) -> Unit) = RowsCard {
    val devices = LocalDevices.current
    val palette = LocalWalletPalette.current
    Column(Modifier.fillMaxWidth().padding(vertical = 8.dp).semantics(mergeDescendants = true) {}) {
        Row(verticalAlignment = Alignment.CenterVertically) {
            MarkIcon(if (person.paid) Mark.Check else Mark.Clock, if (person.paid) palette.success else palette.warning, Modifier.size(24.dp))
            Spacer(Modifier.width(10.dp))
            Text(person.name, style = MaterialTheme.typography.titleMedium, modifier = Modifier.weight(1f))
            Spacer(Modifier.width(12.dp))
            Text(person.amount, style = MaterialTheme.typography.titleMedium, fontWeight = FontWeight.SemiBold, textAlign = TextAlign.End)
        }
        Text(
            person.status,
            style = MaterialTheme.typography.bodyMedium,
            color = if (person.paid) palette.success else MaterialTheme.colorScheme.onSurfaceVariant,
            modifier = Modifier.padding(top = 4.dp).semantics { liveRegion = LiveRegionMode.Polite },
        )
        person.rounding?.let { Hint(it) }
    }
    // The link is never drawn (hundreds of characters no one reads): shared in its sentence, or copied alone.
    val text = person.shareText
    val share = devices.shareText
    if (text != null && share != null) LocalButton(person.shareLabel, ButtonStyle.Secondary) { share(text) }
    val link = person.link
    val copy = devices.copyText
    if (link != null && copy != null) LocalButton(person.copyLinkLabel, ButtonStyle.Secondary) { copy(person.name, link) }
    ActionButton(person.remind, send, ButtonStyle.Secondary)
}

/** A bill being collected: its total, what is collected, who paid, «Оплатить чек» and «Отменить чек». */
@Composable
fun SplitBillScreen(screen: SplitBillScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    if (screen.loading) {
        ProgressLine(screen.status)
        return@ScreenColumn
    }
    val palette = LocalWalletPalette.current
    Subtitle(screen.total)
    Text(
        screen.status,
        style = MaterialTheme.typography.titleMedium,
        fontWeight = FontWeight.SemiBold,
        color = when {
            screen.settled -> palette.success
            screen.cancelled -> palette.muted
            else -> MaterialTheme.colorScheme.onSurface
        },
        modifier = Modifier.fillMaxWidth().semantics { liveRegion = LiveRegionMode.Polite },
    )
    Hint(screen.paidBy)
    Hint(screen.group)
    for (person in screen.people) BillPersonCard(person, send)
    ActionButton(screen.payBill, send)
    ActionButton(screen.cancel, send, ButtonStyle.Danger)
}

/** A group: each member's balance, the payments that settle it, its bills. */
@Composable
fun SplitGroupScreen(screen: SplitGroupScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    Subtitle(screen.billsCount)
    ErrorText(screen.error)
    if (screen.members.isNotEmpty()) {
        val palette = LocalWalletPalette.current
        RowsCard {
            screen.members.forEachIndexed { index, member ->
                if (index > 0) HorizontalDivider()
                Row(
                    Modifier.fillMaxWidth().heightIn(min = TouchTarget).padding(vertical = 8.dp).semantics(mergeDescendants = true) {},
                    verticalAlignment = Alignment.CenterVertically,
                ) {
                    Text(member.name, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f))
                    Spacer(Modifier.width(12.dp))
                    Text(
                        member.balance,
                        style = MaterialTheme.typography.bodyLarge,
                        fontWeight = FontWeight.SemiBold,
                        color = if (member.owes) palette.warning else MaterialTheme.colorScheme.onSurface,
                        textAlign = TextAlign.End,
                    )
                }
            }
        }
    }
    SectionTitle(screen.paymentsTitle)
    for (payment in screen.payments) {
        Text(payment, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.fillMaxWidth())
    }
    BillRows(screen.bills, send)
}
