package kg.wallet.app

import android.content.ContentResolver
import android.provider.ContactsContract.CommonDataKinds.Phone
import kg.wallet.core.DeviceContact

/**
 * The address book as the core takes it for a split bill's people (`Split.ContactsRead`): every phone number of every
 * contact, one entry per number, as written (the core normalises and checks them, and asks the bank which have the
 * wallet without sending a number). A number without a name keeps an empty name; a row without a number is skipped.
 * Call it off the main thread, with the contacts permission granted (the caller asks first).
 */
class AddressBook(private val resolver: ContentResolver) {
    fun read(): List<DeviceContact> {
        val columns = arrayOf(Phone.DISPLAY_NAME, Phone.NUMBER)
        return resolver.query(Phone.CONTENT_URI, columns, null, null, null)?.use { cursor ->
            buildList {
                while (cursor.moveToNext()) {
                    val number = cursor.getString(1)?.takeIf { it.isNotBlank() } ?: continue
                    add(DeviceContact(cursor.getString(0) ?: "", number))
                }
            }
        } ?: emptyList()
    }
}
