package kg.wallet.app

import android.content.ContentProvider
import android.content.ContentValues
import android.database.Cursor
import android.database.MatrixCursor
import android.net.Uri
import android.provider.ContactsContract
import android.provider.ContactsContract.CommonDataKinds.Phone
import kg.wallet.core.DeviceContact
import org.junit.Assert.assertEquals
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Robolectric
import org.robolectric.RobolectricTestRunner
import org.robolectric.RuntimeEnvironment

/** The address book as the split editor hands it to the core: every number of every contact, as written. */
@RunWith(RobolectricTestRunner::class)
class AddressBookTest {
    /** The contacts provider's phone rows: what `query` was asked for, and these rows back. */
    class Contacts : ContentProvider() {
        var rows: List<Array<Any?>> = emptyList()
        val asked = mutableListOf<Pair<Uri, List<String>>>()

        override fun onCreate() = true

        override fun query(uri: Uri, projection: Array<out String>?, selection: String?, args: Array<out String>?, sort: String?): Cursor {
            asked += uri to projection.orEmpty().toList()
            return MatrixCursor(projection).apply { rows.forEach(::addRow) }
        }

        override fun getType(uri: Uri): String? = null

        override fun insert(uri: Uri, values: ContentValues?): Uri? = null

        override fun delete(uri: Uri, selection: String?, args: Array<out String>?) = 0

        override fun update(uri: Uri, values: ContentValues?, selection: String?, args: Array<out String>?) = 0
    }

    private val provider = Robolectric.setupContentProvider(Contacts::class.java, ContactsContract.AUTHORITY)
    private val book = AddressBook(RuntimeEnvironment.getApplication().contentResolver)

    @Test
    fun `every number of every contact, as written, one entry each`() {
        provider.rows = listOf(
            arrayOf("Бакыт Токтогулов", "+996 700 654 321"),
            arrayOf("Бакыт Токтогулов", "0555 12 34 56"),
            arrayOf(null, "+77011234567"),
            arrayOf("Без номера", null),
            arrayOf("Пустой", "  "),
        )
        val expected = listOf(
            DeviceContact("Бакыт Токтогулов", "+996 700 654 321"),
            DeviceContact("Бакыт Токтогулов", "0555 12 34 56"),
            DeviceContact("", "+77011234567"),
        )
        assertEquals(expected, book.read())
        assertEquals(listOf(Phone.CONTENT_URI to listOf(Phone.DISPLAY_NAME, Phone.NUMBER)), provider.asked)
    }

    @Test
    fun `an empty address book is an empty list`() {
        assertEquals(emptyList<DeviceContact>(), book.read())
    }
}
