package kg.wallet.android

import androidx.compose.foundation.background
import androidx.compose.foundation.layout.Box
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.Rect
import androidx.compose.ui.graphics.Brush
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.toAwtImage
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.captureToImage
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onRoot
import androidx.compose.ui.test.runDesktopComposeUiTest
import androidx.compose.ui.text.TextLayoutResult
import androidx.compose.ui.unit.Density
import java.awt.image.BufferedImage
import java.io.File
import javax.imageio.ImageIO
import kg.wallet.core.CameraFacing
import kg.wallet.screens.Devices
import kg.wallet.screens.PhotoCamera
import kg.wallet.screens.Torch
import kg.wallet.screens.DrawnKinds
import kg.wallet.screens.WalletApp
import kg.wallet.screens.kind
import kg.wallet.screens.title
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

/**
 * The gallery: a picture of every kind of screen drawn fully (part 1, and part 2's scanner, confirmation, receiving,
 * transfers, shake, identification, split bills, top-ups by card and «Платежи») in each of the four languages, and the wizard at the
 * largest font scale (200 %), on a 412 × 892 dp phone at 2× (824 × 1784 px), into build/screens/android/<lang>/ with
 * an index.html that shows them side by side. Each picture is checked: its title is drawn (its box is not blank), and
 * no text is cut off where the semantics tree can tell: no line wider than its text's box, more lines than it may show, an
 * ellipsis, a word broken inside, or a text reaching past the screen's sides. (`hasVisualOverflow` is not used: the
 * layout the semantics action hands out is made again for the widest constraint, not the one the text was given.)
 */
@OptIn(ExperimentalTestApi::class)
class GalleryTest {
    private val languages = listOf("ky" to "ky-KG", "ru" to "ru-RU", "kk" to "kk-KZ", "en" to "en-US")
    private val out = File(System.getProperty("wallet.screens.dir") ?: "../../build/screens/android")

    @Test
    fun `every screen drawn fully in four languages, and the wizard at the largest font, drawn whole`() {
        val shots = languages.associate { (language, locale) ->
            language to SandboxBank.start().use { bank -> collectShots(bank, locale) }
        }
        for ((language, list) in shots) {
            assertDrawable(list.map { it.view })
            val kinds = list.map { it.view.screen.kind() }.toSet()
            assertEquals("every kind drawn fully is in the $language gallery", DrawnKinds, kinds)
        }
        out.deleteRecursively()
        val problems = mutableListOf<String>()
        runDesktopComposeUiTest(WIDTH_PX, HEIGHT_PX) {
            var current by mutableStateOf(shots.getValue("ky").first().view)
            var fontScale by mutableStateOf(1f)
            setContent {
                CompositionLocalProvider(LocalDensity provides Density(DENSITY, fontScale)) { WalletApp(current, {}, {}, galleryDevices) }
            }
            fun draw(shot: Shot, file: File) {
                current = shot.view
                waitForIdle()
                val image = onRoot().captureToImage().toAwtImage()
                file.parentFile.mkdirs()
                ImageIO.write(image, "png", file)
                problems += checkPicture(file, shot, image)
            }
            for ((language, list) in shots) {
                for (shot in list) draw(shot, File(out, "$language/${shot.name}.png"))
            }
            fontScale = 2f
            for (shot in shots.getValue("ky").filter { it.name < "09" }) draw(shot, File(out, "ky/largest-font/${shot.name}.png"))
        }
        writeIndex(shots)
        val pictures = out.walkTopDown().count { it.name.endsWith(".png") }
        println("gallery: $pictures pictures in $out")
        assertTrue(problems.joinToString("\n"), problems.isEmpty())
    }

    /** The title is drawn (not blank) and no text is cut off where the semantics tree can tell. */
    private fun androidx.compose.ui.test.ComposeUiTest.checkPicture(file: File, shot: Shot, image: BufferedImage): List<String> {
        val found = mutableListOf<String>()
        val title = shot.view.dialog?.title ?: shot.view.screen.title()
        val titles = onAllNodes(hasText(title), useUnmergedTree = true).fetchSemanticsNodes()
        if (titles.isEmpty()) {
            found += "${file.path}: the title «$title» is not drawn"
        } else if (!drawnIn(image, titles.first().boundsInRoot)) {
            found += "${file.path}: the title «$title» is blank"
        }
        val texts = onAllNodes(SemanticsMatcher.keyIsDefined(SemanticsActions.GetTextLayoutResult), useUnmergedTree = true)
            .fetchSemanticsNodes()
        for (node in texts) {
            val layouts = mutableListOf<TextLayoutResult>()
            node.config[SemanticsActions.GetTextLayoutResult].action?.invoke(layouts)
            val text = layouts.firstOrNull()?.layoutInput?.text?.text ?: "?"
            for (layout in layouts) {
                val widest = (0 until layout.lineCount).maxOfOrNull { layout.getLineRight(it) - layout.getLineLeft(it) } ?: 0f
                if (widest > node.size.width + 1f) found += "${file.path}: «$text» is wider than its box ($widest > ${node.size.width} px)"
                if (layout.multiParagraph.didExceedMaxLines) found += "${file.path}: «$text» has more lines than it may show"
                for (line in 0 until layout.lineCount) {
                    if (layout.isLineEllipsized(line)) found += "${file.path}: «$text» is cut off with an ellipsis"
                    // A line that ends inside a word: the word was broken where it does not break.
                    val end = layout.getLineEnd(line)
                    if (line < layout.lineCount - 1 && end in 1 until text.length && text[end - 1].isLetter() && text[end].isLetter()) {
                        found += "${file.path}: «$text» breaks inside a word at line ${line + 1}"
                    }
                }
            }
            if (node.boundsInRoot.left < -0.5f || node.boundsInRoot.right > WIDTH_PX + 0.5f) {
                found += "${file.path}: «$text» reaches past the screen's side (${node.boundsInRoot})"
            }
        }
        return found
    }

    /** Whether the box holds more than one colour: something is drawn there. */
    private fun drawnIn(image: BufferedImage, box: Rect): Boolean {
        val left = box.left.toInt().coerceIn(0, image.width - 1)
        val right = box.right.toInt().coerceIn(left + 1, image.width)
        val top = box.top.toInt().coerceIn(0, image.height - 1)
        val bottom = box.bottom.toInt().coerceIn(top + 1, image.height)
        val colours = HashSet<Int>()
        for (y in top until bottom) for (x in left until right) {
            colours.add(image.getRGB(x, y))
            if (colours.size > 2) return true
        }
        return false
    }

    private fun writeIndex(shots: Map<String, List<Shot>>) {
        val names = shots.values.first().map { it.name }
        val html = StringBuilder()
        html.append("<!doctype html><meta charset=\"utf-8\"><title>Wallet — Android screens</title>\n")
        html.append("<style>body{font-family:sans-serif;margin:16px}table{border-collapse:collapse}td,th{padding:6px;vertical-align:top}")
        html.append("img{width:206px;border:1px solid #ccc;border-radius:12px}th{text-align:left}</style>\n")
        html.append("<h1>Android screens (Compose, drawn on the JVM from the real core's views)</h1>\n")
        html.append("<p>Every kind of screen drawn fully (part 1; part 2's paying, receiving, transfers, shake, identification, split bills, top-ups by card and «Платежи») in Kyrgyz, Russian, Kazakh and English; then the wizard at the largest font scale (200 %).</p>\n")
        html.append("<table><tr><th>screen</th>")
        for (language in shots.keys) html.append("<th>$language</th>")
        html.append("</tr>\n")
        for (name in names) {
            val kind = shots.values.first().first { it.name == name }.view.screen.kind()
            html.append("<tr><th>$name<br><small>$kind</small></th>")
            for (language in shots.keys) html.append("<td><a href=\"$language/$name.png\"><img src=\"$language/$name.png\" alt=\"$language $name\"></a></td>")
            html.append("</tr>\n")
        }
        html.append("</table>\n<h2>The wizard at the largest font scale (ky, 200 %)</h2>\n<p>")
        for (name in names.filter { it < "09" }) {
            html.append("<a href=\"ky/largest-font/$name.png\"><img src=\"ky/largest-font/$name.png\" alt=\"$name at 200 %\"></a> ")
        }
        html.append("</p>\n")
        File(out, "index.html").writeText(html.toString())
    }

    private companion object {
        /**
         * Every capability offered, so the pictures show the buttons a phone has (the gallery, the camera and its torch,
         * the contacts, copy, share) and identification's guide over a camera's picture.
         */
        val galleryDevices = Devices(
            pickImage = {},
            camera = { modifier, _, _ -> FakePreview.Preview(CameraFacing.BACK, modifier) {} },
            torch = DarkTorch,
            photoCamera = FakePreview,
            pickContact = {},
            readContacts = {},
            copyText = { _, _ -> },
            shareText = {},
            openSettings = {},
        )

        /** A camera whose picture is a plain desk-coloured gradient, so the guide over it shows as on a phone. */
        object FakePreview : PhotoCamera {
            @Composable
            override fun Preview(facing: CameraFacing, modifier: Modifier, onDenied: () -> Unit) {
                Box(modifier.background(Brush.verticalGradient(listOf(Color(0xFF8A7F72), Color(0xFF4E463E)))))
            }

            override fun capture(onTaken: (ByteArray) -> Unit) = Unit
        }

        /** A torch there and dark, so the scanner's picture shows its switch. */
        object DarkTorch : Torch {
            override val available = true
            override val lit = false

            override fun light(on: Boolean) = Unit
        }

        const val DENSITY = 2f
        const val WIDTH_PX = 824
        const val HEIGHT_PX = 1784
    }
}
