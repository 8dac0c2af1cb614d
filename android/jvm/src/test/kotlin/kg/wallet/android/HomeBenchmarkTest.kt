package kg.wallet.android

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.compose.ui.ImageComposeScene
import androidx.compose.ui.unit.Density
import java.io.File
import kg.wallet.core.Screen
import kg.wallet.core.ViewModel
import kg.wallet.screens.WalletApp
import org.junit.Test

/**
 * How long Compose takes to compose, lay out and draw home with 50 operations and the history's page of 50, against
 * the 16 ms of a 60 Hz frame. Prints and writes its numbers (target/benchmarks.txt); it never asserts a time: this
 * is the JVM with Skia on the CPU, not a phone (docs/benchmarks.md).
 */
class HomeBenchmarkTest {
    @Test
    fun `home with 50 operations and the history page, composed and drawn`() {
        val (home, history) = SandboxBank.start().use { homeAndHistory(it) }
        val rows = (history.screen as Screen.History).v1.rows
        val home50 = home.copy(screen = Screen.Home((home.screen as Screen.Home).v1.copy(recent = rows.take(50))))
        val lines = mutableListOf("Compose desktop 1.8.2 on the JVM, Skia raster, 824 × 1784 px (412 × 892 dp at 2×), ${Runtime.getRuntime().availableProcessors()} cores")
        lines += measure("home, 50 operations", home50)
        lines += measure("history, page of 50", history)
        lines.forEach(::println)
        System.getProperty("wallet.benchmarks.out")?.let { File(it).writeText(lines.joinToString("\n") + "\n") }
    }

    private fun measure(name: String, view: ViewModel): List<String> {
        var current by mutableStateOf(view)
        val scene = ImageComposeScene(824, 1784, Density(2f)) { WalletApp(current, {}) }
        try {
            val first = timed { scene.render(0) }
            // A new view each frame (a new revision, as a sync brings): recomposition, layout and drawing.
            val changed = (1..120).map { frame ->
                current = view.copy(revision = view.revision + frame.toULong())
                timed { scene.render(frame * 16_000_000L) }
            }.drop(20).sorted()
            // The same view: drawing only.
            val same = (1..120).map { frame -> timed { scene.render((200 + frame) * 16_000_000L) } }.drop(20).sorted()
            fun p(list: List<Double>, q: Double) = list[((list.size - 1) * q).toInt()]
            return listOf(
                "%s: first frame %.1f ms; a new view each frame: median %.2f ms, p95 %.2f ms, max %.2f ms; redraw only: median %.2f ms (16 ms budget)"
                    .format(name, first, p(changed, 0.5), p(changed, 0.95), changed.last(), p(same, 0.5)),
            )
        } finally {
            scene.close()
        }
    }

    private inline fun timed(block: () -> Unit): Double {
        val start = System.nanoTime()
        block()
        return (System.nanoTime() - start) / 1e6
    }
}
