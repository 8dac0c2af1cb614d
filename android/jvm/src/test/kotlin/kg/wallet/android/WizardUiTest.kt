package kg.wallet.android

import androidx.compose.ui.test.assertIsDisplayed
import androidx.compose.ui.test.assertIsNotEnabled
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithText
import kg.wallet.core.Language
import kg.wallet.core.PinMode
import kg.wallet.core.Screen
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.ClassRule
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder

/**
 * Seed 000 on the Android screens against the real library and a sandbox bank process: the wizard in Kyrgyz by
 * tapping what a person sees, then the app started again: a cancelled fingerprint prompt leaves the lock screen, wrong
 * PINs are refused until the wait, and the biometric key opens it.
 */
class WizardUiTest {
    companion object {
        @get:ClassRule @JvmStatic val sandbox = SandboxBankRule()
    }

    private val bank get() = sandbox.bank

    @get:Rule val rule = createComposeRule()

    @get:Rule val folder = TemporaryFolder()

    private fun pin(view: kg.wallet.core.ViewModel) = (view.screen as? Screen.Pin)?.v1

    @Test
    fun `the wizard in Kyrgyz by taps, then the lock screen's wrong PIN and wait, and the fingerprint opens it`() {
        val phone = TestPhone(folder.newFolder().toPath(), bank, "ru-RU", biometrics = true)
        val app = AppUnderTest(rule, phone)
        try {
            app.start()
            // The device's Russian is pre-selected; «Кыргызча» switches the screen at once, «Кийинки» goes on.
            app.until("the language screen") { it.screen is Screen.Language }
            app.tap("Кыргызча")
            app.until("Kyrgyz") { it.language == Language.KY }
            app.shows("Тилди тандаңыз")
            app.tap("Кийинки")

            val intro = (app.until("the intro") { it.screen is Screen.Intro }.screen as Screen.Intro).v1
            app.shows("QR аркылуу төлөңүз")
            for (page in 1u until intro.pageCount) {
                app.tap("Кийинки")
                app.until("page ${page + 1u}") { (it.screen as? Screen.Intro)?.v1?.page == page }
            }
            app.tap("Даяр")

            app.until("the phone screen") { it.screen is Screen.Phone }
            app.shows("Телефон номери")
            app.type("0555 123 456")
            app.until("«Кирүү» enabled") { (it.screen as? Screen.Phone)?.v1?.submit?.enabled == true }
            app.tap("Кирүү")

            app.until("the code screen") { it.screen is Screen.Code }
            app.shows("Кодду +996 555 ***456 номерине жөнөттүк")
            app.type(bank.sentCode(AIGUL)) // the last digit sends it

            val terms = (app.until("the terms") { it.screen is Screen.Terms }.screen as Screen.Terms).v1
            app.shows("Колдонуу шарттары")
            for ((index, item) in terms.items.withIndex()) {
                app.tap(item.label)
                app.until("${index + 1} ticked") { v -> (v.screen as? Screen.Terms)?.v1?.items?.count { it.checked } == index + 1 }
            }
            app.tap("Улантуу")

            app.until("the new PIN") { pin(it)?.mode == PinMode.CREATE && pin(it)?.keysEnabled == true }
            app.shows("PIN-код ойлоп табыңыз")
            // The dots are read out as one line in the user's language.
            app.tapPin(PIN.take(2))
            app.until("two digits typed") { pin(it)?.entered == 2u }
            rule.onNodeWithContentDescription("Киргизилген сандар: 4 ичинен 2").assertExists()
            app.tapPin(PIN.drop(2))
            app.until("the PIN again") { pin(it)?.mode == PinMode.REPEAT && pin(it)?.keysEnabled == true && pin(it)?.entered == 0u }
            app.shows("PIN-кодду кайталаңыз")
            app.tapPin(PIN)

            app.until("the biometrics offer") { it.screen is Screen.Biometrics }
            app.shows("Манжа изи же жүз менен кирүү")
            app.tap("Күйгүзүү")
            val home = app.until("home with the balance") { (it.screen as? Screen.Home)?.v1?.balance != null }
            app.shows("Капчык")
            val balance = (home.screen as Screen.Home).v1.balance!!.amount
            assertTrue(balance, balance.contains("сом"))
            app.shows(balance)
            assertNull("the wizard is over: nothing to go back to", home.back)
            assertEquals(32, phone.storage.entries.getValue(BIOMETRIC_KEY).size)

            // Started again, and the person cancels the fingerprint prompt: the lock screen and its pad.
            val cancelling = PromptedSecureStorage(phone.storage, approve = false)
            app.start(cancelling)
            app.until("the lock screen") { pin(it)?.mode == PinMode.UNLOCK && pin(it)?.keysEnabled == true && pin(it)?.busy == false }
            assertEquals(listOf(BIOMETRIC_KEY), cancelling.prompts)
            app.shows("PIN-кодду киргизиңиз")
            app.shows("Манжа изи же жүз менен кирүү")

            // Wrong PINs: each refused with the dots emptied, until the pad waits.
            var waiting: kg.wallet.core.PinScreen? = null
            for (attempt in 1..10) {
                app.tapPin("1357")
                val answer = app.until("the answer to wrong PIN $attempt") { v ->
                    val p = pin(v)
                    p != null && !p.busy && p.error != null && (p.entered == 0u || !p.keysEnabled)
                }
                val shown = pin(answer)!!
                app.shows(shown.error!!)
                if (!shown.keysEnabled) {
                    waiting = shown
                    break
                }
                if (attempt == 1) assertEquals("PIN-код туура эмес.", shown.error)
            }
            val wait = waiting ?: throw AssertionError("the pad never waited")
            assertTrue("the wait says how long: ${wait.error}", wait.error!!.any { it.isDigit() })
            app.clickable("5").assertIsNotEnabled()

            // Started again with the fingerprint accepted: the core reads the biometric key and opens home.
            val approving = PromptedSecureStorage(phone.storage, approve = true)
            app.start(approving)
            app.until("home") { it.screen is Screen.Home }
            app.shows("Капчык")
            assertEquals(listOf(BIOMETRIC_KEY), approving.prompts)
            assertTrue("no event was refused: ${phone.rejected}", phone.rejected.isEmpty())
        } finally {
            app.close()
        }
    }
}
