package kg.wallet.android

import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.junit4.createComposeRule
import kg.wallet.core.FieldKind
import kg.wallet.core.PinMode
import kg.wallet.core.RowStatus
import kg.wallet.core.Screen
import kg.wallet.core.ViewModel
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.ClassRule
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder

/**
 * «Платежи» on the Android screens, in Russian, against the real library and a sandbox bank process: Айгуль taps
 * «Платежи» on home, the category «Электроэнергия», the provider «Северэлектро», types her personal account (a digit
 * field), and the provider answers with the holder and the debt, which the core fills in as the amount; «Продолжить»,
 * the common confirmation, «Оплатить», the PIN, and the result follows the payment to its execution. Бакыт opens
 * «O!» under «Мобильная связь» and types a MegaCom number: the form tells him the operator found by the number and
 * becomes MegaCom's.
 */
class ServicesUiTest {
    companion object {
        @get:ClassRule @JvmStatic val sandbox = SandboxBankRule()
    }

    private val bank get() = sandbox.bank

    @get:Rule val rule = createComposeRule()

    @get:Rule val folder = TemporaryFolder()

    private fun ViewModel.home() = (screen as? Screen.Home)?.v1

    private fun ViewModel.catalogue() = (screen as? Screen.Services)?.v1

    private fun ViewModel.form() = (screen as? Screen.ServicePay)?.v1

    private fun ViewModel.confirm() = (screen as? Screen.PayConfirm)?.v1

    /** What the text field labelled `label` shows on screen. */
    private fun shownIn(label: String): String =
        rule.onNode(hasSetTextAction() and hasText(label)).fetchSemanticsNode().config[SemanticsProperties.EditableText].text

    /** «Платежи» on home, then the categories. */
    private fun AppUnderTest.openServices() {
        val home = until("home with «Платежи»") { it.home()?.services != null }.home()!!
        assertEquals("Платежи", home.services!!.label)
        tap(home.services!!.label)
        val catalogue = until("the categories") { v -> v.catalogue()?.let { it.categories.isNotEmpty() && !it.busy } == true }.catalogue()!!
        shows(catalogue.title)
        for (category in catalogue.categories) shows(category.label)
    }

    @Test
    fun `the electricity bill found by the personal account, its debt paid with the PIN to executed`() {
        val app = onboardedApp(rule, folder.newFolder().toPath(), bank, AIGUL)
        try {
            app.openServices()
            app.tap("Электроэнергия")
            val category = app.until("the electricity providers") { v ->
                v.catalogue()?.let { it.category == "Электроэнергия" && it.providers.isNotEmpty() } == true
            }.catalogue()!!
            val row = category.providers.first { it.name == "Северэлектро" }
            assertEquals("Электроэнергия", row.category)
            app.tap("Северэлектро")

            // The form: the header, a digit field for the personal account, the limits; nothing to pay yet.
            val form = app.until("Северэлектро's form") { it.form()?.title == "Северэлектро" }.form()!!
            app.shows(form.title)
            app.shows(form.category)
            app.shows(form.limits)
            assertEquals(FieldKind.ACCOUNT_NUMBER, form.account.kind)
            assertFalse("no account yet", form.submit.enabled)
            app.typeInto(form.account.label, "1234567890")

            // The provider's word: the holder and the debt, filled in as the amount.
            val answered = app.until("the holder and the debt") { v ->
                v.form()?.let { it.holder != null && it.debt != null && !it.busy && it.submit.enabled } == true
            }.form()!!
            assertEquals("Абонент: Асанова А.", answered.holder)
            assertEquals("Задолженность: 1\u00a0240,00\u00a0сом", answered.debt)
            app.shows(answered.holder!!)
            app.shows(answered.debt!!)
            assertEquals("1234567890", shownIn(answered.account.label))
            assertEquals("1240.00", answered.amount.value)
            assertEquals("the debt in the amount field", "1240.00", shownIn(answered.amount.label))
            assertEquals("Продолжить", answered.submit.label)
            app.tap(answered.submit.label)

            // The common confirmation, «Оплатить», the PIN.
            val confirm = app.until("the confirmation") { v -> v.confirm()?.let { it.pay.enabled && !it.busy } == true }.confirm()!!
            app.shows(confirm.title)
            for (detail in confirm.details) app.shows(detail.value)
            assertTrue("the account on the confirmation: ${confirm.details}", confirm.details.any { "1234567890" in it.value.filter(Char::isDigit) })
            assertEquals("Оплатить", confirm.pay.label)
            app.tap(confirm.pay.label)
            app.until("the payment's PIN") { v -> (v.screen as? Screen.Pin)?.v1?.let { it.mode == PinMode.CONFIRM_PAYMENT && it.keysEnabled } == true }
            app.tapPin(PIN)
            val result = (app.until("executed") { (it.screen as? Screen.PayResult)?.v1?.status == RowStatus.EXECUTED }.screen as Screen.PayResult).v1
            app.shows(result.headline)
            app.shows(result.amount)
            app.tap(result.done.label)
            app.until("home") { it.screen is Screen.Home }
            assertEquals("no event was refused", emptyList<String>(), app.phone.rejected)
        } finally {
            app.close()
        }
    }

    /** Бакыт (another customer: the sandbox sends a phone one sign-in code a minute). */
    @Test
    fun `a MegaCom number typed into O!'s form turns it into MegaCom's`() {
        val app = onboardedApp(rule, folder.newFolder().toPath(), bank, BAKYT)
        try {
            app.openServices()
            app.tap("Мобильная связь")
            app.until("the mobile operators") { v -> v.catalogue()?.let { it.category == "Мобильная связь" && it.providers.size > 1 } == true }
            app.tap("O!")
            val form = app.until("O!'s form") { it.form()?.title == "O!" }.form()!!
            assertEquals(FieldKind.PHONE, form.account.kind)
            assertEquals("no note before a number", null, form.operatorNote)
            app.typeInto(form.account.label, "0555 123 456")
            val megacom = app.until("the operator found by the number") { v ->
                v.form()?.let { it.title == "MegaCom" && it.operatorNote != null } == true
            }.form()!!
            assertEquals("Оператор определён по номеру: MegaCom", megacom.operatorNote)
            app.shows(megacom.operatorNote!!)
            app.shows("MegaCom")
            assertEquals("0555 123 456", shownIn(megacom.account.label))
            assertEquals("no event was refused", emptyList<String>(), app.phone.rejected)
        } finally {
            app.close()
        }
    }
}
