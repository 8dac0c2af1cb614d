package kg.wallet.screens

import androidx.compose.runtime.Composable
import kg.wallet.core.Event
import kg.wallet.core.SplitBillScreen
import kg.wallet.core.SplitBillsScreen
import kg.wallet.core.SplitEditorScreen
import kg.wallet.core.SplitGroupScreen

// «Разделить чек»: part 2's drafts. core/src/features/split.

@Composable
fun SplitBillsDraft(screen: SplitBillsScreen, send: (Event) -> Unit) = DraftScreen(
    screen.title, send,
    actions = listOf(screen.newBill) + screen.incoming.map { it.pay } + screen.bills.map { it.open } + screen.groups.map { it.open },
)

@Composable
fun SplitEditorDraft(screen: SplitEditorScreen, send: (Event) -> Unit) =
    DraftScreen(screen.title, send, actions = listOf(screen.send, screen.addPerson, screen.addItem, screen.refreshContacts))

@Composable
fun SplitBillDraft(screen: SplitBillScreen, send: (Event) -> Unit) = DraftScreen(
    screen.title, send, texts = listOf(screen.total, screen.status),
    actions = listOf(screen.payBill, screen.cancel) + screen.people.map { it.remind },
)

@Composable
fun SplitGroupDraft(screen: SplitGroupScreen, send: (Event) -> Unit) = DraftScreen(
    screen.title, send, texts = listOf(screen.billsCount) + screen.members.map { "${it.name}: ${it.balance}" } + screen.payments,
    actions = screen.bills.map { it.open }, error = screen.error,
)
