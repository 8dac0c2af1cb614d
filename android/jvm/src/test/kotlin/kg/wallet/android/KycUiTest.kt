package kg.wallet.android

import androidx.compose.ui.test.junit4.createComposeRule
import java.time.LocalDate
import java.time.ZoneOffset
import java.time.format.DateTimeFormatter
import kg.wallet.core.AddressField
import kg.wallet.core.CameraFacing
import kg.wallet.core.FormField
import kg.wallet.core.KycState
import kg.wallet.core.PhotoKind
import kg.wallet.core.RowStyle
import kg.wallet.core.Screen
import kg.wallet.core.ViewModel
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.ClassRule
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder

/**
 * Online identification on the Android screens, in Russian, against the real library and a sandbox bank process:
 * Бакыт (a demo customer not identified yet) opens «Онлайн-идентификация» from home, reads how it goes, takes the
 * three photos (a thumbnail from the gallery refused with the core's reason first, then the camera doubles: the back
 * camera for the passport, the front one for the selfie), fills the passport form (a malformed document number
 * refused with the core's message, «Подтвердить» refused while fields are missing, then the guarantee), «Адрес и
 * работа» with the district found in the picker, the declarations (the residency asked), the consent read, sends
 * the application and, once the bank has reviewed it, sees it approved with the new limits.
 */
class KycUiTest {
    companion object {
        @get:ClassRule @JvmStatic val sandbox = SandboxBankRule()

        // Бакыт's passport, as tests/rust/kyc.rs types it (the sandbox's review compares the name and the ПИН).
        private const val DOCUMENT = "ID1234567"
        private const val PERSONAL_NUMBER = "21405199000123"
    }

    private val bank get() = sandbox.bank

    @get:Rule val rule = createComposeRule()

    @get:Rule val folder = TemporaryFolder()

    private fun ViewModel.status() = (screen as? Screen.KycStatus)?.v1

    private fun ViewModel.checklist() = (screen as? Screen.KycChecklist)?.v1

    private fun ViewModel.capture() = (screen as? Screen.KycCapture)?.v1

    private fun ViewModel.passport() = (screen as? Screen.KycPassport)?.v1

    private fun ViewModel.address() = (screen as? Screen.KycAddress)?.v1

    /** A passport valid five more years from today in Bishkek, as the form writes dates. */
    private fun fiveYearsOn(): String =
        LocalDate.now(ZoneOffset.ofHours(6)).plusYears(5).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))

    /** Takes the photo of `kind` with the camera double, and waits for the core to have judged it. */
    private fun AppUnderTest.photograph(kind: PhotoKind, facing: CameraFacing) {
        val capture = until("the $kind capture") { v -> v.capture()?.let { it.photo == kind && !it.checking } == true }.capture()!!
        shows(capture.step!!)
        shows(capture.title)
        shows(capture.instruction)
        assertEquals("the camera the view names", facing, capture.camera)
        devices.photo = samplePhoto(kind)
        tap(capture.takeLabel)
        assertEquals("the $kind photo taken with the $facing camera", facing, devices.cameras.last())
        until("the $kind photo accepted") { v -> v.capture()?.photo != kind }
    }

    @Test
    fun `a customer passes identification on the screens and gets the identified limits`() {
        val app = onboardedApp(rule, folder.newFolder().toPath(), bank, BAKYT)
        try {
            val home = (app.until("home") { (it.screen as? Screen.Home)?.v1?.identification != null }.screen as Screen.Home).v1
            app.shows(home.identification!!.value, substring = true)

            // The status: not identified yet, and the way in.
            app.tap(home.identification!!.label)
            val status = app.until("the status") { it.status()?.state == KycState.NOT_STARTED }.status()!!
            app.shows(status.title)
            app.shows(status.headline)
            app.shows(status.text)
            app.tap(status.start!!.label)

            // How it goes: the six steps, «Понятно».
            val howTo = (app.until("how it goes") { it.screen is Screen.KycHowTo }.screen as Screen.KycHowTo).v1
            app.shows(howTo.title)
            assertEquals(6, howTo.steps.size)
            howTo.steps.forEach { app.shows(it) }
            app.tap(howTo.close.label)

            // The checklist: nothing done, nothing to send.
            val empty = app.until("the checklist") { it.checklist() != null }.checklist()!!
            app.shows(empty.intro)
            empty.rows.forEach { app.shows(it.label) }
            assertNull("nothing to send yet", empty.submit)
            assertTrue("nothing done yet", empty.rows.none { it.done })
            app.tap(empty.rows[0].label)

            // The photos, guided. A thumbnail from the gallery first: refused with why.
            val front = app.until("step 1") { v -> v.capture()?.photo == PhotoKind.PASSPORT_FRONT }.capture()!!
            app.shows(front.galleryLabel)
            app.shows(front.takeLabel)
            app.devices.picture = thumbnailPhoto()
            app.tap(front.galleryLabel)
            val refused = app.until("the thumbnail refused") { v -> v.capture()?.let { it.problem != null && !it.checking } == true }.capture()!!
            app.shows(refused.problem!!)
            app.photograph(PhotoKind.PASSPORT_FRONT, CameraFacing.BACK)
            app.photograph(PhotoKind.PASSPORT_BACK, CameraFacing.BACK)
            app.photograph(PhotoKind.SELFIE_WITH_PASSPORT, CameraFacing.FRONT)

            // The passport form. A document number that is not one: the core says what it must be.
            val form = app.until("the passport form") { it.passport() != null }.passport()!!
            app.shows(form.title)
            app.shows(form.subtitle)
            val label = form.fields.associate { it.field to it.label }
            form.fields.mapNotNull { it.note }.forEach { app.shows(it) }
            app.typeInto(label.getValue(FormField.DOCUMENT_NUMBER), "1234567")
            val badNumber = app.until("the number refused") { v ->
                v.passport()?.fields?.any { it.field == FormField.DOCUMENT_NUMBER && it.error != null } == true
            }.passport()!!
            app.shows(badNumber.fields.first { it.field == FormField.DOCUMENT_NUMBER }.error!!)
            // «Подтвердить» with the rest empty: no guarantee asked, every missing field says so.
            app.tap(form.confirm.label)
            val missing = app.until("the missing fields named") { v ->
                v.passport()?.fields?.any { it.field == FormField.SURNAME && it.error != null } == true
            }
            assertNull("nothing confirmed", missing.dialog)
            app.shows(missing.passport()!!.fields.first { it.field == FormField.SURNAME }.error!!)

            val typed = listOf(
                FormField.SURNAME to "Токтогулов",
                FormField.GIVEN_NAME to "Бакыт",
                FormField.PATRONYMIC to "Асан уулу",
                FormField.BIRTH_DATE to "14.05.1990",
                FormField.ISSUE_DATE to "01.03.2021",
                FormField.EXPIRY_DATE to fiveYearsOn(),
                FormField.ISSUING_AUTHORITY to "МКК 211011",
                FormField.RESIDENCE_ADDRESS to "г. Бишкек, ул. Чүй, 12",
                FormField.PERSONAL_NUMBER to PERSONAL_NUMBER,
            )
            for ((field, text) in typed) app.typeInto(label.getValue(field), text)
            app.retypeInto(label.getValue(FormField.DOCUMENT_NUMBER), DOCUMENT)
            val filled = app.until("the form filled without a fault") { v ->
                v.passport()?.fields?.let { fields ->
                    fields.all { it.error == null } && typed.all { (field, text) -> fields.first { it.field == field }.value == text } &&
                        fields.first { it.field == FormField.DOCUMENT_NUMBER }.value == DOCUMENT
                } == true
            }.passport()!!
            app.tap(filled.confirm.label)
            val guarantee = app.until("the guarantee") { it.dialog != null }.dialog!!
            app.shows(guarantee.title)
            app.shows(guarantee.text)
            app.tap(guarantee.confirm.label)

            // «Адрес и работа»: «Далее» waits for the starred fields; the district comes from the picker.
            val verified = app.until("the verification done") { v -> v.checklist()?.rows?.get(0)?.done == true }.checklist()!!
            app.tap(verified.rows[1].label)
            val address = app.until("the address form") { it.address() != null }.address()!!
            app.shows(address.title)
            assertFalse("nothing filled yet", address.next.enabled)
            val district = address.fields.first { it.field == AddressField.DISTRICT }
            app.tap(district.label)
            val picker = (app.until("the district picker") { it.screen is Screen.KycDistricts }.screen as Screen.KycDistricts).v1
            app.shows(picker.title)
            app.typeInto(picker.searchHint, "Ленин")
            val found = (app.until("the districts found") { v ->
                (v.screen as? Screen.KycDistricts)?.v1?.let { it.query == "Ленин" && it.groups.isNotEmpty() } == true
            }.screen as Screen.KycDistricts).v1
            val group = found.groups.first { g -> g.districts.any { it.name == "Ленинский район" } }
            app.shows(group.region)
            app.tap("Ленинский район")
            app.until("the district picked") { v ->
                v.address()?.fields?.any { it.field == AddressField.DISTRICT && it.value == "Ленинский район" } == true
            }
            app.shows("Ленинский район")
            val addressLabel = address.fields.associate { it.field to it.label }
            for ((field, text) in listOf(
                AddressField.STREET to "Чүй",
                AddressField.HOUSE to "12",
                AddressField.WORKPLACE to "Школа №5",
                AddressField.POSITION to "Мугалим",
            )) app.typeInto(addressLabel.getValue(field), text)
            val complete = app.until("«Далее» enabled") { it.address()?.next?.enabled == true }.address()!!
            app.tap(complete.next.label)

            // The declarations: each ticked by the core; the residency asked first.
            val declared = app.until("the address done") { v -> v.checklist()?.rows?.get(1)?.done == true }.checklist()!!
            declared.rows.forEachIndexed { index, row ->
                if (row.style != RowStyle.DECLARATION) return@forEachIndexed
                app.tap(row.label)
                val next = app.until("«${row.label}» ticked or asked") { v -> v.dialog != null || v.checklist()?.rows?.get(index)?.done == true }
                next.dialog?.let { question ->
                    app.shows(question.text)
                    app.tap(question.confirm.label)
                }
                app.until("«${row.label}» ticked") { v -> v.dialog == null && v.checklist()?.rows?.get(index)?.done == true }
            }
            // The consent: its text read to the end, «Прочитано».
            val consentRow = declared.rows.indexOfFirst { it.style == RowStyle.LINK }
            app.tap(declared.rows[consentRow].label)
            val consent = (app.until("the consent") { it.screen is Screen.KycConsent }.screen as Screen.KycConsent).v1
            app.shows(consent.title)
            assertEquals(7, consent.paragraphs.size)
            app.shows(consent.paragraphs.last())
            app.tap(consent.read.label)

            // Ready: sent, then in review, then approved once the bank's clock passed the review.
            val ready = app.until("ready to send") { v -> v.checklist()?.submit != null }.checklist()!!
            assertTrue("every row done", ready.rows.all { it.done })
            app.shows(ready.ready!!)
            app.tap(ready.submit!!.label)
            // (The checklist's status line moves on from «sending» by itself: it is read on the status screen.)
            val sent = app.until("with the bank") { v -> v.checklist()?.let { it.submit == null && it.status != null } == true }
            app.tap(sent.back!!.label)
            val review = app.until("the status in review") { it.status()?.state == KycState.IN_REVIEW }.status()!!
            app.shows(review.headline)
            app.shows(review.text)
            assertTrue("a progress indicator while the bank reviews", review.busy)
            bank.advanceClock(60)
            val approved = app.until("approved") { v -> v.status()?.let { it.state == KycState.APPROVED && it.limits.isNotEmpty() } == true }.status()!!
            app.shows(approved.headline)
            app.shows(approved.text)
            approved.limits.forEach {
                app.shows(it.label)
                app.shows(it.value)
            }
            assertNull("nothing more to start", approved.start)
            val back = app.host.view.value.back!!
            app.tap(back.label)
            val after = (app.until("home, identified") { v ->
                (v.screen as? Screen.Home)?.v1?.identification?.value?.let { it != home.identification!!.value } == true
            }.screen as Screen.Home).v1
            app.shows(after.identification!!.value, substring = true)
            assertEquals("no event was refused", emptyList<String>(), app.phone.rejected)
        } finally {
            app.close()
        }
    }
}
