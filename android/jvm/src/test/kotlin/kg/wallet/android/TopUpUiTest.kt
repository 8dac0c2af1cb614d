package kg.wallet.android

import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
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
 * «Пополнить» on the Android screens, in Russian, against the sandbox: Чынара (a demo customer with almost nothing on
 * her account) finds it under her balance, reads her account's details, copies the account number (the clipboard
 * double, «Скопировано» for a moment) and shares them (a share sheet with the text and no files); then another bank's
 * Visa: number (its scheme shown), expiry, CVV (drawn as dots, a password to the semantics tree), the amount, the
 * bank's fee and what the card is charged; the issuer's 3-D Secure code as the sandbox "sent" it, a wrong one first
 * (the view's error shown), then the right one: «Зачислено 1 000,00 сом».
 */
class TopUpUiTest {
    companion object {
        @get:ClassRule @JvmStatic val sandbox = SandboxBankRule()
    }

    private val bank get() = sandbox.bank

    @get:Rule val rule = createComposeRule()

    @get:Rule val folder = TemporaryFolder()

    private fun ViewModel.menu() = (screen as? Screen.TopUp)?.v1

    private fun ViewModel.form() = (screen as? Screen.CardTopUp)?.v1

    private fun ViewModel.challenge() = (screen as? Screen.CardChallenge)?.v1

    @Test
    fun `the details copied and shared, another bank's card with its fee, a wrong code refused, then credited`() {
        val app = onboardedApp(rule, folder.newFolder().toPath(), bank, CHYNARA)
        try {
            val home = (app.until("home with «Пополнить»") { (it.screen as? Screen.Home)?.v1?.topUp != null }.screen as Screen.Home).v1
            assertEquals("Пополнить", home.topUp!!.label)
            app.tap(home.topUp!!.label)

            // The menu: the ways in, and the details with their copy buttons.
            val menu = app.until("the details") { v -> v.menu()?.let { it.details.isNotEmpty() && !it.busy } == true }.menu()!!
            app.shows(menu.title)
            app.shows(menu.cardsTitle)
            app.shows(menu.detailsTitle)
            for (row in menu.details) {
                app.shows(row.label)
                app.shows(row.value)
            }
            val account = menu.details.first { it.label == "Номер счёта" }
            assertEquals("a copy button beside each detail", menu.details.size, rule.onAllNodes(hasText(menu.copyLabel)).fetchSemanticsNodes().size)
            // «Скопировано» shows for a moment: the clock held to see it come and go.
            rule.mainClock.autoAdvance = false
            try {
                val copy = app.clickable(menu.copyLabel, menu.details.indexOf(account))
                runCatching { copy.performScrollTo() }
                copy.performClick()
                rule.mainClock.advanceTimeByFrame()
                rule.mainClock.advanceTimeBy(100)
                assertEquals(listOf(account.value), app.devices.copied.toList())
                rule.onNode(hasText(menu.copied)).assertExists()
                rule.mainClock.advanceTimeBy(3_000)
                rule.onNode(hasText(menu.copied)).assertDoesNotExist()
            } finally {
                rule.mainClock.autoAdvance = true
            }
            app.tap(menu.share!!.label)
            rule.waitUntil(15_000) { app.shared.isNotEmpty() }
            val sheet = app.shared.single()
            assertTrue("the details as a text, no files: $sheet", sheet.files.isEmpty())
            assertTrue(sheet.text, sheet.text.contains(account.value) && sheet.text.contains(menu.detailsTitle))

            // Another bank's card.
            app.tap(menu.newCard.label)
            val empty = app.until("the card form") { v -> v.form()?.number != null }.form()!!
            app.shows(empty.title)
            assertFalse("nothing typed yet", empty.submit.enabled)
            app.typeInto(empty.number!!.label, TEST_CARD)
            val visa = app.until("the scheme") { v -> v.form()?.scheme == "Visa" }.form()!!
            app.shows(visa.scheme!!)
            app.typeInto(empty.expiry!!.label, cardExpiry())
            app.typeInto(empty.cvv!!.label, TEST_CVV)
            app.until("the CVV taken") { v -> v.form()?.cvv?.value == TEST_CVV }
            // The CVV is dots on screen and a password to screen readers; its digits are drawn nowhere (only the
            // field's input, which the keyboard and the tests see, holds them).
            val cvv = rule.onNode(hasSetTextAction() and hasText(empty.cvv!!.label)).fetchSemanticsNode().config
            assertTrue("the CVV is a password", SemanticsProperties.Password in cvv)
            assertEquals("•".repeat(TEST_CVV.length), cvv[SemanticsProperties.EditableText].text)
            val drawn = SemanticsMatcher("draws the CVV") { node ->
                val texts = node.config.getOrElse(SemanticsProperties.Text) { emptyList() }.map { it.text } +
                    listOfNotNull(node.config.getOrElseNullable(SemanticsProperties.EditableText) { null }?.text)
                texts.any { TEST_CVV in it }
            }
            assertTrue("the CVV's digits drawn", rule.onAllNodes(drawn, useUnmergedTree = true).fetchSemanticsNodes().isEmpty())
            app.shows(empty.save!!.label)
            app.typeInto(empty.amount.label, "1000")
            val quoted = app.until("the fee") { v ->
                v.form()?.let { it.fee != null && it.total != null && it.submit.enabled && !it.busy } == true
            }.form()!!
            app.shows(quoted.fee!!)
            app.shows(quoted.total!!)
            app.shows(quoted.note)
            app.tap(quoted.submit.label)

            // The issuer's code: a wrong one first.
            val challenge = app.until("the issuer's code") { v -> v.challenge()?.busy == false }.challenge()!!
            app.shows(challenge.title)
            app.shows(challenge.explain)
            app.shows(challenge.expires)
            val (code, sms) = bank.cardSms(CHYNARA)
            assertTrue("the SMS names the card the screen does: «$sms» / ${challenge.explain}", sms.contains("0009") && challenge.explain.contains("0009"))
            val wrong = code.dropLast(1) + ((code.last() - '0' + 1) % 10)
            app.typeInto(challenge.field.label, wrong)
            val typed = app.until("the wrong code typed") { v -> v.challenge()?.let { it.field.value == wrong && it.submit.enabled } == true }.challenge()!!
            app.tap(typed.submit.label)
            val refused = app.until("the wrong code refused") { v -> v.challenge()?.let { it.error != null && !it.busy } == true }.challenge()!!
            assertEquals("Неверный код. Осталось попыток: 2", refused.error)
            app.shows(refused.error!!)

            // The right one.
            app.retypeInto(refused.field.label, code)
            val ready = app.until("the code typed") { v ->
                v.screen is Screen.TopUpResult || v.challenge()?.let { it.field.value == code && it.submit.enabled && !it.busy } == true
            }
            if (ready.screen is Screen.CardChallenge) app.tap(refused.submit.label)
            val result = (app.until("credited") { it.screen is Screen.TopUpResult }.screen as Screen.TopUpResult).v1
            assertTrue("$result", result.success)
            assertEquals("Зачислено 1\u00a0000,00\u00a0сом", result.headline)
            app.shows(result.headline)
            for (row in result.rows) app.shows(row.value)
            app.tap(result.done.label)
            app.until("home") { it.screen is Screen.Home }
            assertEquals("no event was refused", emptyList<String>(), app.phone.rejected)
        } finally {
            app.close()
        }
    }
}
