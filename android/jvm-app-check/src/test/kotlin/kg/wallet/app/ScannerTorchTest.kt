package kg.wallet.app

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test

/**
 * The scanner's torch (`ScannerTorch.kt`, plain JUnit 4: no Android class): offered only while a camera with a flash
 * streams, lit and put out by repeating that camera's request, never lit by a refused request, dark and withdrawn when
 * the camera closes, and not dimmed by an old camera's late close.
 */
class ScannerTorchTest {
    /** A camera's preview request: records what it was repeated with; refuses while `refusing`. */
    private class Camera : TorchRequest {
        val repeated = mutableListOf<Boolean>()
        var refusing = false

        override fun repeat(torch: Boolean): Boolean {
            if (refusing) return false
            repeated += torch
            return true
        }
    }

    @Test
    fun `nothing is offered before a camera streams, and lighting it then does nothing`() {
        val torch = ScannerTorch()
        assertFalse(torch.available)
        torch.light(true)
        assertFalse(torch.lit)
    }

    @Test
    fun `a camera with a flash offers it, lit and put out by repeating its request`() {
        val torch = ScannerTorch()
        val camera = Camera()
        torch.attach(hasFlash = true, request = camera)
        assertTrue(torch.available)
        assertFalse("dark when the camera opens", torch.lit)
        torch.light(true)
        assertTrue(torch.lit)
        torch.light(true) // Already lit: the request is not repeated again.
        torch.light(false)
        assertFalse(torch.lit)
        assertEquals(listOf(true, false), camera.repeated)
    }

    @Test
    fun `a camera without a flash offers none and is never asked`() {
        val torch = ScannerTorch()
        val camera = Camera()
        torch.attach(hasFlash = false, request = camera)
        assertFalse(torch.available)
        torch.light(true)
        assertFalse(torch.lit)
        assertEquals(emptyList<Boolean>(), camera.repeated)
    }

    @Test
    fun `a refused request leaves the torch as the camera has it`() {
        val torch = ScannerTorch()
        val camera = Camera()
        torch.attach(hasFlash = true, request = camera)
        camera.refusing = true
        torch.light(true)
        assertFalse("not shown lit when the camera refused", torch.lit)
        camera.refusing = false
        torch.light(true)
        assertTrue(torch.lit)
    }

    @Test
    fun `the camera closing puts the torch out and withdraws it, the next camera starts dark`() {
        val torch = ScannerTorch()
        val first = Camera()
        torch.attach(hasFlash = true, request = first)
        torch.light(true)
        torch.detach(first)
        assertFalse(torch.lit)
        assertFalse(torch.available)
        torch.light(true)
        assertEquals("the closed camera is not asked", listOf(true), first.repeated)
        val second = Camera()
        torch.attach(hasFlash = true, request = second)
        assertTrue(torch.available)
        assertFalse("the scanner shown again starts dark", torch.lit)
    }

    @Test
    fun `an old camera's late close does not dim the camera open now`() {
        val torch = ScannerTorch()
        val old = Camera()
        val now = Camera()
        torch.attach(hasFlash = true, request = old)
        torch.attach(hasFlash = true, request = now)
        torch.light(true)
        torch.detach(old)
        assertTrue(torch.available)
        assertTrue(torch.lit)
        assertEquals(listOf(true), now.repeated)
        assertEquals(emptyList<Boolean>(), old.repeated)
    }
}
