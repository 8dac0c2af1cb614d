package kg.wallet.app

import android.content.ClipData
import android.content.ClipboardManager
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.os.Build
import android.os.PersistableBundle
import androidx.activity.result.ActivityResultLauncher
import androidx.activity.result.contract.ActivityResultContracts
import androidx.core.content.FileProvider
import androidx.fragment.app.FragmentActivity
import java.io.File
import kg.wallet.core.Event
import kg.wallet.core.ShareSheet

/**
 * The system's share sheet for the core's request (`ViewModel.share`): the sentence and the files the core wrote in
 * its shared folder (a receipt's PNG and PDF), as content URIs from the FileProvider (`res/xml/shared_files.xml`),
 * read permission granted to the app chosen; a request without files (an account's details) as plain text. When the
 * sheet closes, shared or not, the request's `close` is sent.
 */
class SystemShareSheet(private val activity: FragmentActivity) {
    private var send: (Event) -> Unit = {}
    private var open: ShareSheet? = null
    private val launcher: ActivityResultLauncher<Intent> =
        activity.registerForActivityResult(ActivityResultContracts.StartActivityForResult()) {
            open?.let { send(it.close.event) }
            open = null
        }

    fun bind(send: (Event) -> Unit) {
        this.send = send
    }

    fun open(sheet: ShareSheet) {
        if (open == sheet) return
        open = sheet
        val authority = activity.packageName + ".shared"
        val uris = ArrayList<Uri>(sheet.files.map { FileProvider.getUriForFile(activity, authority, File(it.path)) })
        val intent = if (uris.isEmpty()) {
            // Only a text (an account's details): plain text, nothing to grant.
            Intent(Intent.ACTION_SEND).apply {
                type = "text/plain"
                putExtra(Intent.EXTRA_TEXT, sheet.text)
                putExtra(Intent.EXTRA_TITLE, sheet.title)
            }
        } else {
            Intent(if (uris.size == 1) Intent.ACTION_SEND else Intent.ACTION_SEND_MULTIPLE).apply {
                type = sheet.files.map { it.mimeType }.distinct().singleOrNull() ?: "*/*"
                putExtra(Intent.EXTRA_TEXT, sheet.text)
                putExtra(Intent.EXTRA_TITLE, sheet.title)
                if (uris.size == 1) putExtra(Intent.EXTRA_STREAM, uris[0]) else putParcelableArrayListExtra(Intent.EXTRA_STREAM, uris)
                clipData = ClipData.newRawUri(sheet.title, uris[0]).apply {
                    uris.drop(1).forEach { addItem(ClipData.Item(it)) }
                }
                addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
            }
        }
        launcher.launch(Intent.createChooser(intent, sheet.title))
    }
}

/** «Скопировать ссылку»: a payment link to the clipboard, marked as not sensitive (it is meant to be shared). */
class LinkClipboard(context: Context) {
    private val clipboard = requireNotNull(context.getSystemService(ClipboardManager::class.java))

    fun copy(label: String, text: String) {
        val clip = ClipData.newPlainText(label, text)
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) {
            clip.description.extras = PersistableBundle().apply { putBoolean("android.content.extra.IS_SENSITIVE", false) }
        }
        clipboard.setPrimaryClip(clip)
    }
}
