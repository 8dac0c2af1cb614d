package kg.wallet.android

import androidx.compose.ui.test.junit4.createComposeRule
import kg.wallet.core.BiometricsEvent
import kg.wallet.core.Event
import kg.wallet.core.PinMode
import kg.wallet.core.RowStatus
import kg.wallet.core.Screen
import kg.wallet.core.ShakeEvent
import kg.wallet.core.ShakeSide
import kg.wallet.core.ShakeStep
import kg.wallet.core.ViewModel
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.ClassRule
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder

/** Ала-Тоо square, in millionths of a degree, as the phones' coarse location gives it. */
private val BISHKEK = 42_876_400 to 74_603_700

/**
 * «Встряхнуть и оплатить» on the Android screens, in Russian: Айгуль pays; her screen reads the accelerometer (a
 * double) only while the view listens; Бакыт's phone (a second core) asks 200 som and both are shaken at once. Her
 * screen shows him, she confirms, he confirms, and she pays what he asked with the PIN; his phone hears the money.
 */
class ShakeUiTest {
    companion object {
        @get:ClassRule @JvmStatic val sandbox = SandboxBankRule()
    }

    private val bank get() = sandbox.bank

    @get:Rule val rule = createComposeRule()

    @get:Rule val folder = TemporaryFolder()

    private fun ViewModel.shake() = (screen as? Screen.Shake)?.v1

    @Test
    fun `two phones shaken together, the payee's amount confirmed on both and paid with the PIN`() {
        val phone = TestPhone(folder.newFolder().toPath(), bank, "ru-RU", biometrics = false)
        phone.open().use { it.onboard(bank, AIGUL, BiometricsEvent.SKIP) }
        val payee = TestPhone(folder.newFolder().toPath(), bank, "ru-RU", biometrics = false)
        val bakyt = payee.open()
        val app = AppUnderTest(rule, phone)
        try {
            bakyt.onboard(bank, BAKYT, BiometricsEvent.SKIP)
            app.start()
            app.unlock()
            val home = (app.until("home") { (it.screen as? Screen.Home)?.v1?.shake != null }.screen as Screen.Home).v1

            app.tap(home.shake!!.label)
            val choosing = app.until("the choice") { it.shake()?.step == ShakeStep.CHOOSING }.shake()!!
            app.shows(choosing.title)
            app.shows(choosing.message)
            assertFalse("nothing reads the accelerometer before a side is chosen", app.devices.listening)
            app.devices.place = BISHKEK
            app.tap(choosing.asPayer!!.label)
            val listening = app.until("listening") { it.shake()?.listening == true }.shake()!!
            app.shows(listening.message)
            rule.waitUntil(5_000) { app.devices.listening }
            assertEquals("the coarse location asked once, as listening starts", 1, app.devices.locationAsked)
            assertEquals("read at the rate the view asks", listening.sampleRateHz.toInt(), app.devices.accelerometerStarts.last())

            // Бакыт asks 200 som; both phones are shaken at the same moment.
            val other = bakyt.until("Бакыт's home") { it.screen is Screen.Home }
            bakyt.send((other.screen as Screen.Home).v1.shake!!.event)
            bakyt.until("his choice") { it.shake()?.step == ShakeStep.CHOOSING }
            bakyt.send(Event.Shake(ShakeEvent.ChooseRole(ShakeSide.PAYEE)))
            bakyt.send(Event.Shake(ShakeEvent.EditAmount("200")))
            bakyt.until("him listening") { it.shake()?.let { s -> s.listening && s.amount?.value == "200" } == true }
            // His phone is at the same place (the bank pairs only shakes near each other).
            bakyt.send(Event.Shake(ShakeEvent.Location(BISHKEK.first, BISHKEK.second)))
            val samples = shakeSamples()
            bakyt.send(Event.Shake(ShakeEvent.Samples(samples)))
            app.devices.shake(samples)

            // Found: the other phone's customer, masked, and what he asks; «Подтвердить» on both.
            val found = app.until("Бакыт found") { it.shake()?.let { s -> s.step == ShakeStep.MATCHED && s.confirm?.enabled == true } == true }.shake()!!
            assertFalse("the accelerometer stops once a shake is found", app.devices.listening)
            app.shows(found.message)
            for (field in found.peer) app.shows(field.value)
            app.tap(found.confirm!!.label)
            val waiting = app.until("waiting for Бакыт") { it.shake()?.step == ShakeStep.WAITING_FOR_PEER || it.screen is Screen.Pin }
            waiting.shake()?.let { app.shows(it.message) }
            val his = bakyt.until("his match") { it.shake()?.let { s -> s.step == ShakeStep.MATCHED && s.confirm?.enabled == true } == true }.shake()!!
            bakyt.send(his.confirm!!.event)

            // Both confirmed: her payment's PIN repeats whom she pays and what he asked; the result; his phone hears it.
            val pin = (app.until("the payment's PIN") { v -> (v.screen as? Screen.Pin)?.v1?.let { it.mode == PinMode.CONFIRM_PAYMENT && it.keysEnabled } == true }.screen as Screen.Pin).v1
            val shared = pin.summary.filter { s -> found.peer.any { it.label == s.label } }
            assertTrue("the PIN repeats what the shake found: ${pin.summary} / ${found.peer}", shared.isNotEmpty())
            for (field in shared) assertEquals(field.label, found.peer.first { it.label == field.label }.value, field.value)
            app.tapPin(PIN)
            val result = (app.until("executed") { (it.screen as? Screen.PayResult)?.v1?.status == RowStatus.EXECUTED }.screen as Screen.PayResult).v1
            app.shows(result.headline)
            bakyt.until("the money heard") { it.shake()?.step == ShakeStep.DONE }
            assertEquals("no event was refused", emptyList<String>(), phone.rejected + payee.rejected)
        } finally {
            bakyt.close()
            app.close()
        }
    }
}
