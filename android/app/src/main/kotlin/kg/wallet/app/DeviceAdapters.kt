package kg.wallet.app

import android.Manifest
import android.content.ActivityNotFoundException
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.hardware.Sensor
import android.hardware.SensorEvent
import android.hardware.SensorEventListener
import android.hardware.SensorManager
import android.net.Uri
import android.os.SystemClock
import android.provider.ContactsContract
import android.provider.Settings
import androidx.activity.result.ActivityResultLauncher
import androidx.activity.result.PickVisualMediaRequest
import androidx.activity.result.contract.ActivityResultContracts
import androidx.fragment.app.FragmentActivity
import kg.wallet.core.AccelSample
import kg.wallet.core.DeviceContact
import kg.wallet.screens.Accelerometer
import kg.wallet.screens.Devices

/**
 * The phone's capabilities the screens ask for (`kg.wallet.screens.Devices`), on the platform's own APIs: the
 * scanner's camera and its torch (`ScannerCamera`: Camera2 and ZXing, after the CAMERA permission), the system photo
 * picker (no storage permission), identification's in-app camera (`KycCamera`: Camera2's preview under the screen's
 * guide and a full-size JPEG, after the same permission), the contact picker for one
 * phone number (the system grants that one row, no contacts permission), the address book for a split bill's people
 * (behind the contacts permission), the clipboard, a text's share sheet, the app's settings page, the accelerometer,
 * and the coarse location for shake (behind its permission, `CoarseLocation`). Made in the activity's `onCreate`,
 * before it starts, as activity-result launchers must be.
 */
class DeviceAdapters(private val activity: FragmentActivity) {
    private var onImage: ((ByteArray) -> Unit)? = null
    private var onContact: ((String?) -> Unit)? = null
    private var onAddressBook: ((List<DeviceContact>?) -> Unit)? = null
    private var onLocation: ((Int, Int) -> Unit)? = null
    private val coarseLocation = CoarseLocation(activity)
    private val clipboard = LinkClipboard(activity)
    private val cameraPermission = CameraPermission(activity)
    private val scanner = ScannerCamera(activity, cameraPermission)
    private val kycCamera = KycCamera(activity, cameraPermission)

    private val imagePicker: ActivityResultLauncher<PickVisualMediaRequest> =
        activity.registerForActivityResult(ActivityResultContracts.PickVisualMedia()) { uri ->
            val deliver = onImage.also { onImage = null }
            if (uri != null && deliver != null) readOffMainThread(uri, deliver)
        }

    private val contactPicker: ActivityResultLauncher<Intent> =
        activity.registerForActivityResult(ActivityResultContracts.StartActivityForResult()) { result ->
            val deliver = onContact.also { onContact = null } ?: return@registerForActivityResult
            deliver(result.data?.data?.let(::phoneNumberOf))
        }

    private val contactsPermission: ActivityResultLauncher<String> =
        activity.registerForActivityResult(ActivityResultContracts.RequestPermission()) { granted ->
            val deliver = onAddressBook.also { onAddressBook = null } ?: return@registerForActivityResult
            if (granted) readAddressBook(deliver) else deliver(null)
        }

    private val locationPermission: ActivityResultLauncher<String> =
        activity.registerForActivityResult(ActivityResultContracts.RequestPermission()) { granted ->
            val deliver = onLocation.also { onLocation = null } ?: return@registerForActivityResult
            if (granted) coarseLocation.find(deliver)
        }

    val devices = Devices(
        camera = { modifier, onCode, onDenied -> scanner.Preview(modifier, onCode, onDenied) },
        torch = scanner.torch,
        pickImage = { onPicked ->
            onImage = onPicked
            imagePicker.launch(PickVisualMediaRequest(ActivityResultContracts.PickVisualMedia.ImageOnly))
        },
        photoCamera = kycCamera,
        pickContact = { onPicked ->
            onContact = onPicked
            val pick = Intent(Intent.ACTION_PICK, ContactsContract.CommonDataKinds.Phone.CONTENT_URI)
            try {
                contactPicker.launch(pick)
            } catch (_: ActivityNotFoundException) {
                onContact = null
                onPicked(null)
            }
        },
        readContacts = { onRead ->
            if (activity.checkSelfPermission(Manifest.permission.READ_CONTACTS) == PackageManager.PERMISSION_GRANTED) {
                readAddressBook(onRead)
            } else {
                onAddressBook = onRead
                contactsPermission.launch(Manifest.permission.READ_CONTACTS)
            }
        },
        copyText = clipboard::copy,
        shareText = { text ->
            val send = Intent(Intent.ACTION_SEND).setType("text/plain").putExtra(Intent.EXTRA_TEXT, text)
            activity.startActivity(Intent.createChooser(send, null))
        },
        openSettings = {
            val settings = Intent(Settings.ACTION_APPLICATION_DETAILS_SETTINGS, Uri.fromParts("package", activity.packageName, null))
            activity.startActivity(settings)
        },
        accelerometer = SensorAccelerometer(activity),
        location = { onFound ->
            if (coarseLocation.allowed()) {
                coarseLocation.find(onFound)
            } else {
                onLocation = onFound
                locationPermission.launch(Manifest.permission.ACCESS_COARSE_LOCATION)
            }
        },
    )

    /** The picture's bytes as they are (the core checks and reads them), read off the main thread. */
    private fun readOffMainThread(uri: Uri, deliver: (ByteArray) -> Unit) {
        Thread {
            val bytes = runCatching { activity.contentResolver.openInputStream(uri)?.use { it.readBytes() } }.getOrNull()
            // An unreadable file goes to the core as nothing, which it refuses with its own words.
            activity.runOnUiThread { deliver(bytes ?: ByteArray(0)) }
        }.start()
    }

    /** The address book (`AddressBook`) read off the main thread; one that cannot be read is empty (`null` means refused). */
    private fun readAddressBook(deliver: (List<DeviceContact>?) -> Unit) {
        Thread {
            val contacts = runCatching { AddressBook(activity.contentResolver).read() }.getOrNull()
            activity.runOnUiThread { deliver(contacts ?: emptyList()) }
        }.start()
    }

    /** The number of the phone row the person picked; the core reads and checks it like a typed one. */
    private fun phoneNumberOf(row: Uri): String? = runCatching {
        activity.contentResolver.query(row, arrayOf(ContactsContract.CommonDataKinds.Phone.NUMBER), null, null, null)
            ?.use { cursor -> if (cursor.moveToFirst()) cursor.getString(0) else null }
    }.getOrNull()
}

/**
 * The accelerometer at the rate the shake view asks for, handed to the core in batches of [BATCH] readings, only
 * between `start` and `stop` (the screen stops it when the view no longer listens). Each reading's time is the wall
 * clock's, in milliseconds, as the other shells send it.
 */
class SensorAccelerometer(context: Context) : Accelerometer {
    private val sensors = context.getSystemService(Context.SENSOR_SERVICE) as SensorManager
    private var listener: SensorEventListener? = null

    override fun start(rateHz: Int, onSamples: (List<AccelSample>) -> Unit) {
        stop()
        val sensor = sensors.getDefaultSensor(Sensor.TYPE_ACCELEROMETER) ?: return
        val batch = ArrayList<AccelSample>(BATCH)
        val listening = object : SensorEventListener {
            override fun onSensorChanged(event: SensorEvent) {
                val ageMs = (SystemClock.elapsedRealtimeNanos() - event.timestamp) / 1_000_000
                batch += AccelSample(System.currentTimeMillis() - ageMs, event.values[0], event.values[1], event.values[2])
                if (batch.size >= BATCH) {
                    onSamples(batch.toList())
                    batch.clear()
                }
            }

            override fun onAccuracyChanged(sensor: Sensor, accuracy: Int) = Unit
        }
        listener = listening
        sensors.registerListener(listening, sensor, 1_000_000 / rateHz.coerceIn(1, 200))
    }

    override fun stop() {
        listener?.let(sensors::unregisterListener)
        listener = null
    }

    private companion object {
        /** A fifth of a second at 50 Hz: the core sees a shake within that. */
        const val BATCH = 10
    }
}
