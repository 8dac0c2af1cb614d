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
import androidx.core.content.FileProvider
import androidx.fragment.app.FragmentActivity
import java.io.File
import kg.wallet.core.AccelSample
import kg.wallet.core.CameraFacing
import kg.wallet.core.DeviceContact
import kg.wallet.screens.Accelerometer
import kg.wallet.screens.Devices

/**
 * The phone's capabilities the screens ask for (`kg.wallet.screens.Devices`), on the platform's own APIs: the
 * scanner's camera (`ScannerCamera`: Camera2 and ZXing, after the CAMERA permission), the system photo picker (no
 * storage permission), the system camera for identification's photos (`TakePicture` into the app's cache through its
 * FileProvider; it too needs the CAMERA permission granted, since the app declares it), the contact picker for one
 * phone number (the system grants that one row, no contacts permission), the address book for a split bill's people
 * (behind the contacts permission), the clipboard, a text's share sheet, the app's settings page, the accelerometer,
 * and the coarse location for shake (behind its permission, `CoarseLocation`). Made in the activity's `onCreate`,
 * before it starts, as activity-result launchers must be.
 */
class DeviceAdapters(private val activity: FragmentActivity) {
    private var onImage: ((ByteArray) -> Unit)? = null
    private var onContact: ((String?) -> Unit)? = null
    private var onPhoto: ((ByteArray) -> Unit)? = null
    private var frontCamera = false
    private var onAddressBook: ((List<DeviceContact>?) -> Unit)? = null
    private var onLocation: ((Int, Int) -> Unit)? = null
    private val coarseLocation = CoarseLocation(activity)
    private val clipboard = LinkClipboard(activity)
    private val cameraPermission = CameraPermission(activity)
    private val scanner = ScannerCamera(activity, cameraPermission)

    private val imagePicker: ActivityResultLauncher<PickVisualMediaRequest> =
        activity.registerForActivityResult(ActivityResultContracts.PickVisualMedia()) { uri ->
            val deliver = onImage.also { onImage = null }
            if (uri != null && deliver != null) readOffMainThread(uri, deliver)
        }

    /** The system camera, asked for the front lens for a selfie (the extras camera apps read; a hint, not a rule). */
    private val camera: ActivityResultLauncher<Uri> =
        activity.registerForActivityResult(object : ActivityResultContracts.TakePicture() {
            override fun createIntent(context: Context, input: Uri): Intent = super.createIntent(context, input).apply {
                if (frontCamera) {
                    putExtra("android.intent.extras.CAMERA_FACING", 1)
                    putExtra("android.intent.extras.LENS_FACING_FRONT", 1)
                    putExtra("android.intent.extra.USE_FRONT_CAMERA", true)
                }
            }
        }) { saved ->
            val deliver = onPhoto.also { onPhoto = null }
            val file = cameraFile()
            if (saved && deliver != null) readFileOffMainThread(file, deliver) else file.delete()
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
        pickImage = { onPicked ->
            onImage = onPicked
            imagePicker.launch(PickVisualMediaRequest(ActivityResultContracts.PickVisualMedia.ImageOnly))
        },
        takePhoto = { facing, onTaken ->
            // Refused, nothing is taken (as when the camera is closed); the gallery stays on the screen.
            cameraPermission.ask { granted -> if (granted) takePhoto(facing, onTaken) }
        },
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

    /** The system camera writing one photo into the app's cache, once the CAMERA permission is granted. */
    private fun takePhoto(facing: CameraFacing, onTaken: (ByteArray) -> Unit) {
        val file = cameraFile().apply { parentFile?.mkdirs(); delete() }
        onPhoto = onTaken
        frontCamera = facing == CameraFacing.FRONT
        try {
            camera.launch(FileProvider.getUriForFile(activity, activity.packageName + ".shared", file))
        } catch (_: ActivityNotFoundException) {
            onPhoto = null
        }
    }

    /** The picture's bytes as they are (the core checks and reads them), read off the main thread. */
    private fun readOffMainThread(uri: Uri, deliver: (ByteArray) -> Unit) {
        Thread {
            val bytes = runCatching { activity.contentResolver.openInputStream(uri)?.use { it.readBytes() } }.getOrNull()
            // An unreadable file goes to the core as nothing, which it refuses with its own words.
            activity.runOnUiThread { deliver(bytes ?: ByteArray(0)) }
        }.start()
    }

    /** Where the system camera writes a photo: the app's cache, emptied as soon as the bytes are read. */
    private fun cameraFile(): File = File(activity.cacheDir, "camera/photo.jpg")

    /** The camera's photo read off the main thread, then deleted: the core keeps its own sealed copy. */
    private fun readFileOffMainThread(file: File, deliver: (ByteArray) -> Unit) {
        Thread {
            val bytes = runCatching { file.readBytes() }.getOrNull()
            file.delete()
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
