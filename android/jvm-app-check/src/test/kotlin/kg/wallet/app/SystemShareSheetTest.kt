package kg.wallet.app

import android.app.Activity
import android.content.Intent
import android.net.Uri
import android.os.Looper
import androidx.fragment.app.FragmentActivity
import java.io.File
import kg.wallet.core.Action
import kg.wallet.core.Event
import kg.wallet.core.ShareSheet
import kg.wallet.core.SharedFile
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.Shadows.shadowOf
import org.robolectric.android.controller.ActivityController
import org.robolectric.annotation.Config

/**
 * The core's share request (a receipt's PNG and PDF) opens the system's share sheet: the files as content URIs of the
 * app's FileProvider (the real manifest entry and `res/xml/shared_files.xml`), readable by the app chosen; when the
 * sheet closes, the request's `close` goes back to the core, once.
 */
@RunWith(RobolectricTestRunner::class)
@Config(shadows = [ShadowAppXml::class])
class SystemShareSheetTest {
    private lateinit var controller: ActivityController<FragmentActivity>
    private lateinit var activity: FragmentActivity
    private lateinit var sheet: SystemShareSheet
    private lateinit var authority: String
    private val sent = mutableListOf<Event>()

    @Before
    fun open() {
        // As MainActivity does: the sheet is made in onCreate (before the activity starts), bound to the host's send.
        controller = resumedActivity { created ->
            activity = created
            authority = AppResources.installFileProvider(created)
            sheet = SystemShareSheet(created)
            sheet.bind { sent += it }
        }
    }

    @After
    fun close() = controller.pause().stop().destroy().let { }

    /** A file the core wrote in its shared folder, `<files>/wallet/shared/` (its data folder is `<files>/wallet`). */
    private fun shared(name: String, mimeType: String): SharedFile {
        val file = File(activity.filesDir, "wallet/shared/$name").apply { parentFile!!.mkdirs(); writeText(name) }
        return SharedFile(name, mimeType, file.path)
    }

    private fun request(vararg files: SharedFile) = ShareSheet(
        "Квитанция",
        "Квитанция № 001234: 1 500,00 сом, исполнено",
        files.toList(),
        Action("Закрыть", Event.ShareClosed, true),
    )

    private fun uri(name: String): Uri = Uri.parse("content://$authority/shared/$name")

    /** What the app asked the system to start: the chooser, and the share intent inside it. */
    private fun started(): Pair<Intent, Intent> {
        val chooser = shadowOf(activity).nextStartedActivityForResult!!.intent
        assertEquals(Intent.ACTION_CHOOSER, chooser.action)
        @Suppress("DEPRECATION")
        val inner = chooser.getParcelableExtra<Intent>(Intent.EXTRA_INTENT)!!
        return chooser to inner
    }

    private fun clipUris(intent: Intent): List<Uri> = intent.clipData!!.let { clip -> (0 until clip.itemCount).map { clip.getItemAt(it).uri } }

    @Test
    fun `one file is sent alone, as its own type, from the FileProvider, readable by the app chosen`() {
        sheet.open(request(shared("receipt-2026-001234.png", "image/png")))
        val (chooser, share) = started()
        assertEquals("Квитанция", chooser.getCharSequenceExtra(Intent.EXTRA_TITLE).toString())
        assertEquals(Intent.ACTION_SEND, share.action)
        assertEquals("image/png", share.type)
        @Suppress("DEPRECATION")
        assertEquals(uri("receipt-2026-001234.png"), share.getParcelableExtra<Uri>(Intent.EXTRA_STREAM))
        assertEquals("Квитанция № 001234: 1 500,00 сом, исполнено", share.getStringExtra(Intent.EXTRA_TEXT))
        assertEquals("Квитанция", share.getStringExtra(Intent.EXTRA_TITLE))
        assertNotEquals(0, share.flags and Intent.FLAG_GRANT_READ_URI_PERMISSION)
        assertEquals(listOf(uri("receipt-2026-001234.png")), clipUris(share))
    }

    @Test
    fun `a receipt's PNG and PDF are sent together, in order, as any type`() {
        sheet.open(request(shared("receipt-2026-001234.png", "image/png"), shared("receipt-2026-001234.pdf", "application/pdf")))
        val (_, share) = started()
        val both = listOf(uri("receipt-2026-001234.png"), uri("receipt-2026-001234.pdf"))
        assertEquals(Intent.ACTION_SEND_MULTIPLE, share.action)
        assertEquals("*/*", share.type)
        @Suppress("DEPRECATION")
        assertEquals(both, share.getParcelableArrayListExtra<Uri>(Intent.EXTRA_STREAM))
        assertNotEquals(0, share.flags and Intent.FLAG_GRANT_READ_URI_PERMISSION)
        // The grant covers what the clip holds: every file, not only the first.
        assertEquals(both, clipUris(share))
    }

    @Test
    fun `files of one type are sent as that type`() {
        sheet.open(request(shared("receipt-1.png", "image/png"), shared("receipt-2.png", "image/png")))
        val (_, share) = started()
        assertEquals(Intent.ACTION_SEND_MULTIPLE, share.action)
        assertEquals("image/png", share.type)
    }

    @Test
    fun `a request without files, an account's details, is shared as plain text with nothing to grant`() {
        val details = "Реквизиты\nПолучатель: Чынара Мамбетова\nНомер счёта: 1180000000000003"
        sheet.open(ShareSheet("Поделиться реквизитами", details, emptyList(), Action("Закрыть", Event.ShareClosed, true)))
        val (chooser, share) = started()
        assertEquals("Поделиться реквизитами", chooser.getCharSequenceExtra(Intent.EXTRA_TITLE).toString())
        assertEquals(Intent.ACTION_SEND, share.action)
        assertEquals("text/plain", share.type)
        assertEquals(details, share.getStringExtra(Intent.EXTRA_TEXT))
        assertTrue("no stream", !share.hasExtra(Intent.EXTRA_STREAM))
        // The system's own clip of the text (the chooser migrates EXTRA_TEXT), no file in it.
        share.clipData?.let { clip -> (0 until clip.itemCount).forEach { assertNull("no file in the clip", clip.getItemAt(it).uri) } }
        assertEquals(0, share.flags and Intent.FLAG_GRANT_READ_URI_PERMISSION)

        shadowOf(activity).receiveResult(chooser, Activity.RESULT_OK, null)
        shadowOf(Looper.getMainLooper()).idle()
        assertEquals(listOf<Event>(Event.ShareClosed), sent)
    }

    @Test
    fun `only the shared folder is served, never the store beside it`() {
        val store = File(activity.filesDir, "wallet/store/db").apply { parentFile!!.mkdirs(); writeText("sealed") }
        assertThrows(IllegalArgumentException::class.java) {
            sheet.open(request(SharedFile("db", "application/octet-stream", store.path)))
        }
        assertNull(shadowOf(activity).nextStartedActivityForResult)
    }

    @Test
    fun `closing the sheet, shared or not, sends the request's close once`() {
        sheet.open(request(shared("receipt-2026-001234.png", "image/png")))
        val (chooser, _) = started()
        shadowOf(activity).receiveResult(chooser, Activity.RESULT_CANCELED, null)
        shadowOf(Looper.getMainLooper()).idle()
        assertEquals(listOf<Event>(Event.ShareClosed), sent)

        // A result that comes again (a second delivery) is not a second close.
        shadowOf(activity).receiveResult(chooser, Activity.RESULT_OK, null)
        shadowOf(Looper.getMainLooper()).idle()
        assertEquals(listOf<Event>(Event.ShareClosed), sent)
    }

    @Test
    fun `the same request while its sheet is open opens nothing more, and after it closed it may open again`() {
        val request = request(shared("receipt-2026-001234.png", "image/png"))
        sheet.open(request)
        sheet.open(request) // the view arrives again with the same share (another revision, say)
        val (chooser, _) = started()
        assertNull(shadowOf(activity).nextStartedActivityForResult)

        shadowOf(activity).receiveResult(chooser, Activity.RESULT_OK, null)
        shadowOf(Looper.getMainLooper()).idle()
        sheet.open(request)
        assertTrue(shadowOf(activity).nextStartedActivityForResult != null)
    }
}
