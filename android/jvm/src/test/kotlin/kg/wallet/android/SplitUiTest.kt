package kg.wallet.android

import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextReplacement
import kg.wallet.core.BiometricsEvent
import kg.wallet.core.Event
import kg.wallet.core.PinMode
import kg.wallet.core.RowStatus
import kg.wallet.core.Screen
import kg.wallet.core.SplitBillScreen
import kg.wallet.core.SplitEditorScreen
import kg.wallet.core.ViewModel
import kg.wallet.kit.WalletHost
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.ClassRule
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder

/**
 * «Разделить чек» on the Android screens, in Russian, as tests/browser/split.test.mjs walks it: Айгуль splits a dinner
 * of 1000 сом with a 10% tip between herself, Бакыт (from the address book, who has the wallet) and Асель (typed by
 * name only, who gets a link); the shares follow every change of the way of splitting (percentages, shares, items,
 * equal), percentages that do not sum to 100 and a share that is no whole number are refused with the core's words.
 * The requests go out; Бакыт's phone (a second core) finds his on home and pays it with the PIN; her bill shows him
 * paid and what is collected. Then a taxi Бакыт paid goes into the group «Каракол», which says who owes whom.
 */
class SplitUiTest {
    companion object {
        @get:ClassRule @JvmStatic val sandbox = SandboxBankRule()
    }

    private val bank get() = sandbox.bank

    @get:Rule val rule = createComposeRule()

    @get:Rule val folder = TemporaryFolder()

    private fun ViewModel.editor(): SplitEditorScreen? = (screen as? Screen.SplitEditor)?.v1

    private fun ViewModel.bill(): SplitBillScreen? = (screen as? Screen.SplitBill)?.v1

    /** Money as the core writes it, with no-break spaces, compared with plain ones. */
    private fun plain(text: String?) = text.orEmpty().replace('\u00a0', ' ').replace('\u202f', ' ').trim()

    private fun SplitEditorScreen.shares() = people.map { plain(it.share) }

    /** Replaces what the `index`-th field labelled `label` holds, as a person selecting it all and typing would. */
    private fun replaceIn(label: String, index: Int, text: String) {
        val field = rule.onAllNodes(hasSetTextAction() and hasText(label))[index]
        runCatching { field.performScrollTo() }
        field.performTextReplacement(text)
        rule.waitForIdle()
    }

    /** Waits for what a sync brings: several spells of the app's 15 s. */
    private fun AppUnderTest.eventually(what: String, wanted: (ViewModel) -> Boolean): ViewModel {
        var last: Throwable? = null
        repeat(3) {
            try {
                return until(what, wanted)
            } catch (timeout: AssertionError) {
                last = timeout
            }
        }
        throw last!!
    }

    /** Бакыт's home, refreshed until his request is there; «Оплатить», the confirmation with the amount fixed, the PIN. */
    private fun WalletHost.payRequest(text: String): String {
        var request: kg.wallet.core.IncomingRow? = null
        for (attempt in 0 until 15) {
            val home = until("his home") { v -> (v.screen as? Screen.Home)?.v1?.refresh?.enabled == true }
            request = (home.screen as Screen.Home).v1.requests.firstOrNull { plain(it.text) == text }
            if (request != null) break
            send((home.screen as Screen.Home).v1.refresh!!.event)
            Thread.sleep(1_000)
        }
        send((request ?: throw AssertionError("no request «$text» on his home")).pay.event)
        val confirm = (until("the confirmation") { v -> (v.screen as? Screen.PayConfirm)?.v1?.let { it.pay.enabled && !it.busy } == true }.screen as Screen.PayConfirm).v1
        send(confirm.pay.event)
        pinPad(PinMode.CONFIRM_PAYMENT)
        typePin(PIN)
        until("his payment executed") { (it.screen as? Screen.PayResult)?.v1?.status == RowStatus.EXECUTED }
        return plain(confirm.amount)
    }

    @Test
    fun `a bill split three ways in every mode, the requests sent, one paid from another phone, and a group`() {
        val phone = TestPhone(folder.newFolder().toPath(), bank, "ru-RU", biometrics = false)
        phone.open().use { it.onboard(bank, AIGUL, BiometricsEvent.SKIP) }
        val payer = TestPhone(folder.newFolder().toPath(), bank, "ru-RU", biometrics = false)
        val bakyt = payer.open()
        val app = AppUnderTest(rule, phone)
        try {
            bakyt.onboard(bank, BAKYT, BiometricsEvent.SKIP)
            app.start()
            app.unlock()
            val home = (app.until("home") { (it.screen as? Screen.Home)?.v1?.split != null }.screen as Screen.Home).v1

            // Home → «Разделить чек»: no bills yet → «Новый чек»; the phone passes the address book once asked.
            app.tap(home.split!!.label)
            app.until("the bills") { it.screen is Screen.SplitBills }
            app.shows("Разделить чек")
            app.shows("Чеков пока нет. Разделите чек с друзьями — каждый получит запрос на свою долю.")
            app.devices.addressBook = DEMO_CONTACTS
            app.tap("Новый чек")
            val empty = app.until("the editor") { it.editor() != null }.editor()!!
            app.shows("Новый чек")
            assertFalse("nothing to split yet", empty.send.enabled)

            // The name, the total and the tip typed: the summary follows.
            app.typeInto("Название (его увидят в запросе)", "Ужин")
            app.typeInto("Сумма чека, KGS", "1000")
            app.typeInto("Чаевые или обслуживание (необязательно)", "10%")
            val tipped = app.until("the summary with the tip") { v -> v.editor()?.summary?.contains("чаевые") == true }.editor()!!
            assertEquals("Итого 1 100,00 сом, из них чаевые 100,00 сом", plain(tipped.summary))
            app.shows(tipped.summary!!)

            // The address book: the bank says who has the wallet; my own number is not offered.
            val checked = app.until("the contacts checked") { v ->
                v.editor()?.let { e -> e.refreshContacts != null && e.contacts.any { it.hasWallet } } == true
            }.editor()!!
            assertTrue("Бакыт has the wallet", checked.contacts.first { it.name == "Бакыт Токтогулов" }.hasWallet)
            assertFalse("another bank's customer does not", checked.contacts.first { it.name == "Кирилл Бакиров" }.hasWallet)
            assertFalse("not my own number", checked.contacts.any { it.name == "Айгуль Асанова" })
            app.shows("Бакыт Токтогулов")
            app.shows("В кошельке")
            // «Добавить» of his line: after the typed person's own «Добавить».
            app.tap("Добавить", 1 + checked.contacts.indexOfFirst { it.name == "Бакыт Токтогулов" })
            app.until("Бакыт on the bill") { v -> v.editor()?.people?.any { it.name == "Бакыт Токтогулов" } == true }
            app.shows("Добавлен")

            // Someone without a number: she gets a link. Equal shares, the extra tyiyn explained.
            app.typeInto("Имя", "Асель")
            app.tap("Добавить", 0)
            val equal = app.until("three shares") { v -> v.editor()?.let { e -> e.people.size == 3 && e.people.all { it.share != null } } == true }.editor()!!
            assertEquals(listOf("Я", "Бакыт Токтогулов", "Асель"), equal.people.map { it.name })
            assertEquals(listOf("366,67 сом", "366,67 сом", "366,66 сом"), equal.shares())
            assertEquals(listOf("В кошельке", "Получит ссылку на оплату"), equal.people.mapNotNull { it.delivery })
            for (share in equal.people) app.shows(share.share!!)
            app.shows("Получит ссылку на оплату")
            assertTrue("the extra tyiyn explained: ${equal.people[0].rounding}", equal.people[0].rounding!!.startsWith("+1 тыйын"))
            app.shows(equal.people[0].rounding!!)

            // Percentages that do not sum to 100: the core's message, no shares, nothing to send; then 50/25/25.
            app.tap("В процентах")
            app.until("a percentage each") { v -> v.editor()?.people?.all { it.valueLabel == "%" && it.value.isNotEmpty() } == true }
            replaceIn("%", 0, "50")
            val refused = app.until("the percentages refused") { v -> v.editor()?.error != null }.editor()!!
            assertEquals("Проценты в сумме дают 116,66, а должны дать 100", refused.error)
            app.shows(refused.error!!)
            assertFalse("a split that does not work out is not sent", refused.send.enabled)
            assertTrue("no shares while it does not split", refused.people.all { it.share == null })
            replaceIn("%", 1, "25")
            replaceIn("%", 2, "25")
            val percent = app.until("the shares by percentage") { v -> v.editor()?.let { e -> e.error == null && e.people.all { it.share != null } } == true }.editor()!!
            assertEquals(listOf("550,00 сом", "275,00 сом", "275,00 сом"), percent.shares())
            app.shows(percent.people[0].share!!)

            // Shares: one each at first, then three for me; a share that is no whole number is refused.
            app.tap("По долям")
            app.until("a share each") { v -> v.editor()?.people?.all { it.valueLabel == "Доля" && it.value == "1" } == true }
            replaceIn("Доля", 0, "1,5")
            val notShare = app.until("the share refused") { v -> v.editor()?.error != null }.editor()!!
            assertEquals("«1,5» — не доля. Доли — целые числа, например 2 и 1", notShare.error)
            app.shows(notShare.error!!)
            replaceIn("Доля", 0, "3")
            val shares = app.until("the shares 3:1:1") { v -> v.editor()?.let { e -> e.error == null && e.people.all { it.share != null } && e.people[0].value == "3" } == true }.editor()!!
            assertEquals(listOf("660,00 сом", "220,00 сом", "220,00 сом"), shares.shares())
            app.shows(shares.people[0].share!!)

            // Exact amounts: prefilled from the total; one changed so they no longer make the bill.
            app.tap("Точными суммами")
            app.until("an amount each") { v -> v.editor()?.people?.all { it.valueLabel == "Сумма" && it.value.isNotEmpty() } == true }
            replaceIn("Сумма", 0, "500")
            val mismatch = app.until("the amounts refused") { v -> v.editor()?.error != null }.editor()!!
            assertTrue("the core's words: ${mismatch.error}", plain(mismatch.error).startsWith("Суммы участников дают"))
            app.shows(mismatch.error!!)

            // By items: the total field goes, an item of 900 shared by all three; unticked for Асель, two ways.
            app.tap("По позициям")
            app.until("the items") { v -> v.editor()?.let { e -> e.itemsTitle != null && e.totalLabel == null } == true }
            app.tap("Добавить позицию")
            app.until("an item") { v -> v.editor()?.items?.size == 1 }
            app.typeInto("1. Позиция", "Плов")
            app.typeInto("Цена", "900")
            val items = app.until("shares by items") { v -> v.editor()?.let { e -> e.items.firstOrNull()?.price == "900" && e.people.all { it.share != null } } == true }.editor()!!
            assertEquals(listOf("330,00 сом", "330,00 сом", "330,00 сом"), items.shares())
            // The item's «Асель» tick: her name is on the item and on «Кто платил»; the item comes first.
            app.tap("Асель", 0)
            val two = app.until("Асель off the item") { v -> v.editor()?.items?.firstOrNull()?.people?.get(2)?.on == false && v.editor()?.people?.get(1)?.share?.let { plain(it) } == "495,00 сом" }.editor()!!
            assertEquals(listOf("495,00 сом", "495,00 сом"), two.shares().take(2))

            // Equal again: the same three shares as at first.
            app.tap("Поровну")
            val again = app.until("equal again") { v -> v.editor()?.let { e -> e.modes.first().selected && e.people.all { it.share != null } && e.summary != null } == true }.editor()!!
            assertEquals(listOf("366,67 сом", "366,67 сом", "366,66 сом"), again.shares())

            // «Отправить запросы»: the bill follows the requests to the bank.
            app.tap("Отправить запросы")
            val sent = app.eventually("the requests sent") { v ->
                v.bill()?.let { b -> !b.loading && b.people.any { it.link != null } && b.people.any { it.remind != null } } == true
            }.bill()!!
            app.shows("Ужин")
            assertEquals("Собрано 0,00 сом из 733,33 сом", plain(sent.status))
            app.shows(sent.status)
            app.shows("Ждём оплату — запрос в кошельке")
            app.shows("Ждём оплату по ссылке")
            // The link is never drawn: shared in its sentence, or copied alone.
            assertTrue("no link on screen", rule.onAllNodes(hasText("https://", substring = true)).fetchSemanticsNodes().isEmpty())
            val asel = sent.people.first { it.name == "Асель" }
            app.tap("Поделиться ссылкой")
            assertEquals("«Ужин»: ваша доля 366,66 сом. Оплатите по ссылке: ${asel.link}", plain(app.devices.sharedTexts.last()))
            app.tap("Скопировать ссылку")
            assertEquals(asel.link, app.devices.copied.last())
            assertTrue("a payment link: ${asel.link}", asel.link!!.startsWith("https://"))

            // Бакыт pays his share on his phone.
            assertEquals("366,67 сом", bakyt.payRequest("Айгуль А. просит 366,67 сом"))

            // Her bill, syncing while requests are open: Бакыт paid, Асель not yet, «Отменить чек» still there.
            val paid = app.eventually("Бакыт paid") { v -> v.bill()?.people?.firstOrNull { it.name == "Бакыт Токтогулов" }?.paid == true }.bill()!!
            assertEquals("Собрано 366,67 сом из 733,33 сом", plain(paid.status))
            app.shows(paid.status)
            app.shows("Оплатил")
            app.shows("Ждём оплату по ссылке")
            assertTrue("the bill can still be cancelled", paid.cancel != null)
            app.shows("Отменить чек")

            // Back on the list: the bill and how it goes.
            app.tap("Назад")
            val list = app.until("the bills") { v -> (v.screen as? Screen.SplitBills)?.v1?.bills?.size == 1 }
            val row = (list.screen as Screen.SplitBills).v1.bills.single()
            assertTrue("how collecting goes: ${row.status}", row.status.startsWith("Оплатили 1 из 2"))
            app.shows(row.status)

            // A group: Бакыт paid the taxi, 600 сом between the two of us; the group says who pays whom.
            app.tap("Новый чек")
            app.until("a new editor") { v -> v.editor()?.name == "" }
            app.typeInto("Название (его увидят в запросе)", "Такси")
            app.typeInto("Сумма чека, KGS", "600")
            val fresh = app.until("the contacts") { v -> v.editor()?.let { e -> e.total == "600" && e.contacts.isNotEmpty() } == true }.editor()!!
            app.tap("Добавить", 1 + fresh.contacts.indexOfFirst { it.name == "Бакыт Токтогулов" })
            app.until("Бакыт on the taxi") { v -> v.editor()?.payers?.size == 2 }
            app.typeInto("Группа (необязательно)", "Каракол")
            app.tap("Бакыт Токтогулов")
            app.until("«Сохранить в группу»") { v -> v.editor()?.let { e -> e.group == "Каракол" && e.payers[1].selected && e.send.enabled } == true }
            app.tap("Сохранить в группу")
            val taxi = app.until("the taxi") { v -> v.bill()?.paidBy != null }.bill()!!
            assertEquals("Платил(а): Бакыт Токтогулов", taxi.paidBy)
            app.shows("Такси")
            app.shows(taxi.paidBy!!)
            app.tap("Назад")
            app.until("the group on the list") { v -> (v.screen as? Screen.SplitBills)?.v1?.groups?.isNotEmpty() == true }
            app.tap("Каракол")
            val group = (app.until("the group") { v -> (v.screen as? Screen.SplitGroup)?.v1?.payments?.isNotEmpty() == true }.screen as Screen.SplitGroup).v1
            app.shows("Каракол")
            assertEquals(listOf("Я → Бакыт Токтогулов: 300,00 сом"), group.payments.map { plain(it) })
            assertEquals(listOf("Должен 300,00 сом", "Получит 300,00 сом"), group.members.map { plain(it.balance) })
            for (payment in group.payments) app.shows(payment)
            for (member in group.members) app.shows(member.balance)
            app.shows("Такси")
            assertEquals("no event was refused", emptyList<String>(), phone.rejected + payer.rejected)
        } finally {
            bakyt.close()
            app.close()
        }
    }
}
