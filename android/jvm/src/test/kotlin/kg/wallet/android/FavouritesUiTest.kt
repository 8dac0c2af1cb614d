package kg.wallet.android

import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.junit4.createComposeRule
import kg.wallet.core.PinMode
import kg.wallet.core.RowStatus
import kg.wallet.core.Screen
import kg.wallet.core.ViewModel
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.ClassRule
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder

/**
 * «Избранное» on the Android screens, in Russian, against the real library and a sandbox bank process: Айгуль pays
 * MegaCom 200 som through «Платежи», taps «В избранное» on the result, names it «Мой MegaCom» and saves it; home then
 * shows it, a tap pays it again through the confirmation and the PIN; «Все избранные» lists it, and its «Регулярный
 * платёж» every month on the 31st shows on its row.
 */
class FavouritesUiTest {
    companion object {
        @get:ClassRule @JvmStatic val sandbox = SandboxBankRule()
    }

    private val bank get() = sandbox.bank

    @get:Rule val rule = createComposeRule()

    @get:Rule val folder = TemporaryFolder()

    private fun ViewModel.home() = (screen as? Screen.Home)?.v1

    private fun ViewModel.result() = (screen as? Screen.PayResult)?.v1

    private fun ViewModel.form() = (screen as? Screen.FavouriteEdit)?.v1

    private fun ViewModel.list() = (screen as? Screen.Favourites)?.v1

    private fun ViewModel.regular() = (screen as? Screen.RegularEdit)?.v1

    /** What the text field labelled `label` shows on screen. */
    private fun shownIn(label: String): String =
        rule.onNode(hasSetTextAction() and hasText(label)).fetchSemanticsNode().config[SemanticsProperties.EditableText].text

    /**
     * The confirmation on screen with `amount` (money as read, or in the amount field as typed when `editable`),
     * «Оплатить», the PIN, and the result executed.
     */
    private fun AppUnderTest.payWithPin(amount: String, editable: Boolean): kg.wallet.core.PayResultScreen {
        val confirm = until("the confirmation") { v -> (v.screen as? Screen.PayConfirm)?.v1?.let { it.pay.enabled && !it.busy } == true }
            .let { (it.screen as Screen.PayConfirm).v1 }
        assertEquals("the amount on the confirmation", amount, confirm.amount)
        assertEquals("the amount editable", editable, confirm.amountEditable)
        if (editable) assertEquals(amount, shownIn(confirm.amountLabel)) else shows(amount)
        assertEquals("Оплатить", confirm.pay.label)
        tap(confirm.pay.label)
        until("the payment's PIN") { v -> (v.screen as? Screen.Pin)?.v1?.let { it.mode == PinMode.CONFIRM_PAYMENT && it.keysEnabled } == true }
        tapPin(PIN)
        val result = until("executed") { it.result()?.status == RowStatus.EXECUTED }.result()!!
        shows(result.headline)
        return result
    }

    @Test
    fun `a MegaCom payment saved as a favourite, paid again from home, and paid every month on the 31st`() {
        val app = onboardedApp(rule, folder.newFolder().toPath(), bank, AIGUL)
        try {
            // «Платежи» → «Мобильная связь» → MegaCom, the number and 200 som.
            val home = app.until("home with «Платежи»") { it.home()?.services != null }.home()!!
            app.tap(home.services!!.label)
            app.until("the categories") { v -> (v.screen as? Screen.Services)?.v1?.let { it.categories.isNotEmpty() && !it.busy } == true }
            app.tap("Мобильная связь")
            app.until("the mobile operators") { v -> (v.screen as? Screen.Services)?.v1?.let { it.category == "Мобильная связь" && it.providers.size > 1 } == true }
            app.tap("MegaCom")
            val form = app.until("MegaCom's form") { (it.screen as? Screen.ServicePay)?.v1?.title == "MegaCom" }.let { (it.screen as Screen.ServicePay).v1 }
            app.typeInto(form.account.label, "0555 123 456")
            app.typeInto(form.amount.label, "200")
            val filled = app.until("«Продолжить» enabled") { v -> (v.screen as? Screen.ServicePay)?.v1?.let { it.submit.enabled && !it.busy } == true }
                .let { (it.screen as Screen.ServicePay).v1 }
            assertEquals("Продолжить", filled.submit.label)
            app.tap(filled.submit.label)
            val paid = app.payWithPin("200,00\u00a0сом", editable = false)

            // «В избранное» on the result: the form with the provider's name and the amount paid.
            val save = paid.saveFavourite ?: throw AssertionError("no «В избранное» on the result: $paid")
            assertEquals("В избранное", save.label)
            app.tap(save.label)
            val favourite = app.until("the favourite's form") { it.form()?.busy == false }.form()!!
            app.shows(favourite.title)
            app.shows(favourite.payee)
            assertEquals("MegaCom", favourite.name.value)
            assertEquals("200.00", favourite.amount.value)
            assertEquals("MegaCom", shownIn(favourite.name.label))
            assertEquals("200.00", shownIn(favourite.amount.label))
            assertEquals("a new favourite is not deleted", null, favourite.delete)
            app.retypeInto(favourite.name.label, "Мой MegaCom")
            app.until("the name typed") { it.form()?.name?.value == "Мой MegaCom" }
            assertEquals("Сохранить", favourite.submit.label)
            app.tap(favourite.submit.label)
            val back = app.until("the result again") { it.result() != null }.result()!!
            app.tap(back.done.label)

            // Home: «Мой MegaCom · 200,00 сом» pays it again with the PIN.
            val mine = "Мой MegaCom · 200,00\u00a0сом"
            val withFavourite = app.until("home with the favourite") { v -> v.home()?.favourites?.any { it.label == mine } == true }.home()!!
            assertEquals("Избранное", withFavourite.favouritesTitle)
            app.shows(withFavourite.favouritesTitle!!)
            app.shows(mine)
            app.tap(mine)
            // The favourite's amount filled in, still to be changed before paying.
            val again = app.payWithPin("200.00", editable = true)
            app.tap(again.done.label)

            // «Все избранные»: the row, its «Регулярный платёж» on the 31st of every month.
            val home2 = app.until("home") { it.home()?.allFavourites != null }.home()!!
            assertEquals("Все избранные", home2.allFavourites!!.label)
            app.tap(home2.allFavourites!!.label)
            val list = app.until("the list with the favourite") { v -> v.list()?.rows?.any { it.name == "Мой MegaCom" } == true }.list()!!
            val row = list.rows.first { it.name == "Мой MegaCom" }
            app.shows(list.title)
            app.shows(row.name)
            app.shows(row.payee)
            app.shows(row.amount)
            assertEquals("no rule yet", null, row.rule)
            assertEquals("Регулярный платёж", row.schedule.label)
            app.tap(row.schedule.label)
            val regular = app.until("the regular payment's form") { it.regular()?.day != null }.regular()!!
            app.shows(regular.title)
            app.shows(regular.favourite)
            assertTrue("every month chosen: ${regular.kind}", regular.kind.options.first { it.selected }.label == "Каждый месяц")
            // The day filled in is today's: typed over.
            app.retypeInto(regular.day!!.label, "31")
            val typed = app.until("the day typed") { v -> v.regular()?.let { it.day?.value == "31" && it.submit.enabled } == true }.regular()!!
            app.tap(typed.submit.label)
            val scheduled = app.until("the row with its rule") { v ->
                v.list()?.rows?.any { it.name == "Мой MegaCom" && it.rule != null } == true
            }.list()!!.rows.first { it.name == "Мой MegaCom" }
            assertTrue("the rule: ${scheduled.rule}", scheduled.rule!!.startsWith("Каждый месяц, 31 числа"))
            app.shows(scheduled.rule!!)
            assertEquals("Расписание", scheduled.schedule.label)
            assertEquals("no event was refused", emptyList<String>(), app.phone.rejected)
        } finally {
            app.close()
        }
    }
}
