package kg.wallet.app

import android.content.ClipDescription
import android.content.ClipboardManager
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.RuntimeEnvironment

/** «Скопировать ссылку»: the link, as plain text under its label, not marked sensitive (it is meant to be shared). */
@RunWith(RobolectricTestRunner::class)
class LinkClipboardTest {
    private val context = RuntimeEnvironment.getApplication()
    private val clipboard = requireNotNull(context.getSystemService(ClipboardManager::class.java))

    @Test
    fun `the link is on the clipboard as plain text under its label`() {
        val link = "https://pay.example/kg/r/3f9c1a?amount=150000&currency=KGS"
        LinkClipboard(context).copy("Ссылка на оплату", link)
        val clip = clipboard.primaryClip!!
        assertEquals(1, clip.itemCount)
        assertEquals(link, clip.getItemAt(0).text.toString())
        assertEquals("Ссылка на оплату", clip.description.label.toString())
        assertTrue(clip.description.hasMimeType(ClipDescription.MIMETYPE_TEXT_PLAIN))
    }

    @Test
    fun `the link is not marked sensitive, so the keyboard's clipboard preview may show it`() {
        LinkClipboard(context).copy("Ссылка", "https://pay.example/kg/r/3f9c1a")
        val extras = clipboard.primaryClip!!.description.extras!!
        assertTrue(extras.containsKey(ClipDescription.EXTRA_IS_SENSITIVE))
        assertFalse(extras.getBoolean(ClipDescription.EXTRA_IS_SENSITIVE, true))
    }

    @Test
    fun `a second copy replaces the first`() {
        val links = LinkClipboard(context)
        links.copy("Ссылка", "https://pay.example/kg/r/first")
        links.copy("Ссылка", "https://pay.example/kg/r/second")
        assertEquals("https://pay.example/kg/r/second", clipboard.primaryClip!!.getItemAt(0).text.toString())
        assertEquals(1, clipboard.primaryClip!!.itemCount)
    }
}
