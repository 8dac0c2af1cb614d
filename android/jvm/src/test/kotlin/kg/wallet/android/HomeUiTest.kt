package kg.wallet.android

import androidx.compose.ui.test.assertIsDisplayed
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performScrollTo
import kg.wallet.core.BiometricsEvent
import kg.wallet.core.Language
import kg.wallet.core.PinMode
import kg.wallet.core.Screen
import kg.wallet.core.ViewModel
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.ClassRule
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder

/**
 * Signed in as Айгуль (two months of history) on the Android screens: home, the history's pages, an operation's
 * details, then the settings: the language to Kazakh, a new PIN, and signing out.
 */
class HomeUiTest {
    companion object {
        @get:ClassRule @JvmStatic val sandbox = SandboxBankRule()
    }

    private val bank get() = sandbox.bank

    @get:Rule val rule = createComposeRule()

    @get:Rule val folder = TemporaryFolder()

    private fun ViewModel.home() = (screen as Screen.Home).v1

    private fun ViewModel.pin() = (screen as? Screen.Pin)?.v1

    @Test
    fun `home, history pages, an operation, then settings change the language and the PIN and sign out`() {
        val phone = TestPhone(folder.newFolder().toPath(), bank, "ru-RU", biometrics = false)
        phone.open().use { it.onboard(bank, AIGUL, BiometricsEvent.SKIP) }
        val app = AppUnderTest(rule, phone)
        try {
            app.start()
            // Started again: the lock screen (no biometrics on this phone) and the PIN.
            app.unlock()
            val home = app.until("home with operations") { v ->
                (v.screen as? Screen.Home)?.v1?.let { it.balance != null && it.recent.isNotEmpty() && it.allHistory != null } == true
            }.home()
            app.shows(home.title)
            app.shows(home.balance!!.amount)
            app.clickable(home.recent.first().title).performScrollTo().assertIsDisplayed()

            // The history, a page of 50, then the rest with «Показать ещё».
            app.tap(home.allHistory!!.label)
            val first = (app.until("the first page") { (it.screen as? Screen.History)?.v1?.let { h -> h.rows.size >= 50 && !h.loading } == true }.screen as Screen.History).v1
            assertEquals(50, first.rows.size)
            val more = first.loadMore ?: throw AssertionError("no «more» under a full page")
            app.tap(more.label)
            val all = (app.until("the second page") { (it.screen as? Screen.History)?.v1?.let { h -> h.rows.size > 50 && !h.loading } == true }.screen as Screen.History).v1
            assertTrue("Айгуль's 61 operations: ${all.rows.size}", all.rows.size >= 61)
            app.clickable(all.rows.last().title, rule.onAllNodesWithTextCount(all.rows.last().title) - 1).performScrollTo().assertIsDisplayed()

            // An operation's details: tap the first line.
            val row = all.rows.first()
            app.tap(row.title)
            val operation = (app.until("the details") { (it.screen as? Screen.Operation)?.v1?.busy == false }.screen as Screen.Operation).v1
            app.shows(operation.amount)
            for (field in operation.fields) rule.onAllNodesWithText(field.value, useUnmergedTree = true)[0].performScrollTo().assertIsDisplayed()
            app.tap(app.host.view.value.back!!.label)
            app.until("the history again") { it.screen is Screen.History }
            app.tap(app.host.view.value.back!!.label)
            val again = app.until("home") { it.screen is Screen.Home }.home()

            // Settings: the language to Kazakh.
            app.tap(again.settings.label)
            val settings = (app.until("the settings") { it.screen is Screen.Settings }.screen as Screen.Settings).v1
            app.tap(settings.language.label)
            app.until("the language screen") { it.screen is Screen.Language }
            app.tap("Қазақша")
            val kazakh = app.until("Kazakh") { it.language == Language.KK && it.screen is Screen.Language }
            app.tap((kazakh.screen as Screen.Language).v1.confirm.label)
            val inKazakh = (app.until("the settings in Kazakh") { it.screen is Screen.Settings && it.language == Language.KK }.screen as Screen.Settings).v1
            app.shows(inKazakh.title)

            // A new PIN: the current one first, then the new one twice.
            app.tap(inKazakh.changePin!!.label)
            app.until("the current PIN") { it.pin()?.mode == PinMode.CURRENT && it.pin()?.keysEnabled == true }
            app.tapPin(PIN)
            app.until("the new PIN") { it.pin()?.mode == PinMode.CREATE && it.pin()?.keysEnabled == true && it.pin()?.entered == 0u }
            app.tapPin("3719")
            app.until("the new PIN again") { it.pin()?.mode == PinMode.REPEAT && it.pin()?.keysEnabled == true && it.pin()?.entered == 0u }
            app.tapPin("3719")
            val changed = app.until("the settings again") { it.screen is Screen.Settings }
            changed.notice?.let { app.shows(it.text) }

            // Signing out asks first.
            val logout = (changed.screen as Screen.Settings).v1.logout!!
            app.tap(logout.label)
            val asked = app.until("the question") { it.dialog != null }
            app.shows(asked.dialog!!.title)
            app.tap(asked.dialog!!.confirm.label)
            val out = app.until("signed out") { v -> v.dialog == null && (v.screen as? Screen.Home)?.v1?.signIn != null || v.screen is Screen.Language || v.screen is Screen.Phone }
            assertTrue("signed out: ${out.screen}", phone.storage.entries.keys.none { it.contains("session") })
            assertTrue("no event was refused: ${phone.rejected}", phone.rejected.isEmpty())
        } finally {
            app.close()
        }
    }
}

private fun androidx.compose.ui.test.junit4.ComposeContentTestRule.onAllNodesWithTextCount(text: String): Int =
    onAllNodes(androidx.compose.ui.test.hasText(text) and androidx.compose.ui.test.hasClickAction()).fetchSemanticsNodes().size
