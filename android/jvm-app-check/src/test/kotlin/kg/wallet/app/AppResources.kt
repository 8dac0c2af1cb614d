package kg.wallet.app

import android.app.ApplicationPackageManager
import android.content.Context
import android.content.pm.ApplicationInfo
import android.content.pm.ProviderInfo
import android.content.res.XmlResourceParser
import android.os.Bundle
import android.util.Xml
import androidx.core.content.FileProvider
import java.io.File
import javax.xml.parsers.DocumentBuilderFactory
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.Implementation
import org.robolectric.annotation.Implements
import org.robolectric.shadows.ShadowApplicationPackageManager
import org.w3c.dom.Element
import org.xmlpull.v1.XmlPullParser

/**
 * The app's own manifest and `res/xml` files (android/app/src/main), read as they are: with no aapt2 here there are no
 * compiled resources, so the FileProvider that AndroidManifest.xml declares is registered from the manifest's text and
 * its paths file is served raw by [ShadowAppXml].
 */
object AppResources {
    private val main = File(System.getProperty("wallet.app.main") ?: error("wallet.app.main is not set (pom.xml)"))
    private const val ANDROID = "http://schemas.android.com/apk/res/android"

    /** Made-up resource ids for the `@xml/…` files the manifest names. */
    private val xmlIds = mutableMapOf<Int, File>()

    fun xml(id: Int): File? = xmlIds[id]

    /**
     * Registers the manifest's FileProvider with the package manager, as installing the app would: its authority with
     * `${applicationId}` replaced by the test's package, its paths file (`@xml/…`) as meta-data. Returns the authority.
     */
    fun installFileProvider(context: Context): String {
        val manifest = DocumentBuilderFactory.newInstance().apply { isNamespaceAware = true }
            .newDocumentBuilder().parse(File(main, "AndroidManifest.xml"))
        val providers = manifest.getElementsByTagName("provider")
        val provider = (0 until providers.length).map { providers.item(it) as Element }
            .single { it.getAttributeNS(ANDROID, "name") == "androidx.core.content.FileProvider" }
        val authority = provider.getAttributeNS(ANDROID, "authorities").replace("\${applicationId}", context.packageName)
        val meta = provider.getElementsByTagName("meta-data").item(0) as Element
        val resource = meta.getAttributeNS(ANDROID, "resource")
        require(resource.startsWith("@xml/")) { "the FileProvider's paths are not an @xml resource: $resource" }
        val id = 0x7f140000 + xmlIds.size
        xmlIds[id] = File(main, "res/xml/" + resource.removePrefix("@xml/") + ".xml")
        val info = ProviderInfo().apply {
            this.authority = authority
            name = provider.getAttributeNS(ANDROID, "name")
            packageName = context.packageName
            applicationInfo = context.applicationInfo
            exported = provider.getAttributeNS(ANDROID, "exported").toBoolean()
            grantUriPermissions = provider.getAttributeNS(ANDROID, "grantUriPermissions").toBoolean()
            metaData = Bundle().apply { putInt(meta.getAttributeNS(ANDROID, "name"), id) }
        }
        shadowOf(context.packageManager).addOrUpdateProvider(info)
        // FileProvider keeps each authority's folders for the life of the process; each test has a files folder of
        // its own, so each starts as a fresh process would.
        FileProvider::class.java.getDeclaredField("sCache").apply { isAccessible = true }.let { (it.get(null) as MutableMap<*, *>).clear() }
        return authority
    }
}

/** `PackageManager.getXml` for the app's `res/xml` files: the raw XML, as a compiled resource would read. */
@Implements(ApplicationPackageManager::class, isInAndroidSdk = false)
class ShadowAppXml : ShadowApplicationPackageManager() {
    @Implementation
    protected fun getXml(packageName: String, resid: Int, appInfo: ApplicationInfo?): XmlResourceParser? {
        val file = AppResources.xml(resid) ?: return null
        val parser = Xml.newPullParser().apply {
            setFeature(XmlPullParser.FEATURE_PROCESS_NAMESPACES, true)
            setInput(file.readText().reader())
        }
        return RawXmlParser(parser)
    }
}

/** An [XmlResourceParser] over a plain pull parser: attributes are read as the strings written in the file. */
private class RawXmlParser(private val parser: XmlPullParser) : XmlResourceParser, XmlPullParser by parser {
    override fun getAttributeNamespace(index: Int): String = parser.getAttributeNamespace(index)
    override fun getAttributeName(index: Int): String = parser.getAttributeName(index)
    override fun getAttributeValue(index: Int): String = parser.getAttributeValue(index)
    override fun getAttributeValue(namespace: String?, name: String?): String? = parser.getAttributeValue(namespace, name)
    override fun getAttributeCount(): Int = parser.attributeCount
    override fun getPositionDescription(): String = parser.positionDescription
    override fun getAttributeNameResource(index: Int): Int = 0
    override fun getAttributeListValue(namespace: String?, attribute: String?, options: Array<out String>?, defaultValue: Int): Int =
        options?.indexOf(getAttributeValue(namespace, attribute))?.takeIf { it >= 0 } ?: defaultValue
    override fun getAttributeBooleanValue(namespace: String?, attribute: String?, defaultValue: Boolean): Boolean =
        getAttributeValue(namespace, attribute)?.toBoolean() ?: defaultValue
    override fun getAttributeResourceValue(namespace: String?, attribute: String?, defaultValue: Int): Int = defaultValue
    override fun getAttributeIntValue(namespace: String?, attribute: String?, defaultValue: Int): Int =
        getAttributeValue(namespace, attribute)?.toIntOrNull() ?: defaultValue
    override fun getAttributeUnsignedIntValue(namespace: String?, attribute: String?, defaultValue: Int): Int =
        getAttributeIntValue(namespace, attribute, defaultValue)
    override fun getAttributeFloatValue(namespace: String?, attribute: String?, defaultValue: Float): Float =
        getAttributeValue(namespace, attribute)?.toFloatOrNull() ?: defaultValue
    override fun getAttributeListValue(index: Int, options: Array<out String>?, defaultValue: Int): Int =
        options?.indexOf(parser.getAttributeValue(index))?.takeIf { it >= 0 } ?: defaultValue
    override fun getAttributeBooleanValue(index: Int, defaultValue: Boolean): Boolean =
        parser.getAttributeValue(index)?.toBoolean() ?: defaultValue
    override fun getAttributeResourceValue(index: Int, defaultValue: Int): Int = defaultValue
    override fun getAttributeIntValue(index: Int, defaultValue: Int): Int = parser.getAttributeValue(index)?.toIntOrNull() ?: defaultValue
    override fun getAttributeUnsignedIntValue(index: Int, defaultValue: Int): Int = getAttributeIntValue(index, defaultValue)
    override fun getAttributeFloatValue(index: Int, defaultValue: Float): Float =
        parser.getAttributeValue(index)?.toFloatOrNull() ?: defaultValue
    override fun getIdAttribute(): String? = getAttributeValue(null, "id")
    override fun getClassAttribute(): String? = getAttributeValue(null, "class")
    override fun getIdAttributeResourceValue(defaultValue: Int): Int = defaultValue
    override fun getStyleAttribute(): Int = 0
    override fun close() = Unit
}
