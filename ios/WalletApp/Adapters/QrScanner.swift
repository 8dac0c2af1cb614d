import AVFoundation
import SwiftUI
import UIKit

/// The camera looking for QR codes (AVFoundation's metadata output: every iPhone, no VisionKit needed); each code's
/// text goes to `onCode` once (the same code again only after 3 s), and the core says what it is. Without a camera
/// or its permission the view stays dark, and the screen's gallery and pasted link still work. The camera lends its
/// torch to `torch` while it runs.
struct QrScanner: UIViewControllerRepresentable {
    let torch: ScannerTorch
    let onCode: (String) -> Void

    func makeUIViewController(context: Context) -> ScannerController {
        ScannerController(torch: torch, onCode: onCode)
    }

    func updateUIViewController(_ controller: ScannerController, context: Context) {
        controller.onCode = onCode
    }

    static func dismantleUIViewController(_ controller: ScannerController, coordinator: ()) {
        controller.stop()
    }
}

/// The scanner camera's torch, for a code in the dark: offered only while a camera with one runs (`hasTorch`), lit
/// and put out through `lockForConfiguration` and `torchMode`, put out when the scanner goes. Main thread only; the
/// scanner's button follows `available` and `lit`.
@Observable
final class ScannerTorch {
    private(set) var available = false
    private(set) var lit = false
    @ObservationIgnored private var device: AVCaptureDevice?

    func attach(_ camera: AVCaptureDevice) {
        device = camera.hasTorch ? camera : nil
        available = device != nil
        lit = false
    }

    /// The scanner left: the torch out (a stopped session does not put it out on every model), and withdrawn.
    func detach() {
        if lit { light(false) }
        device = nil
        available = false
        lit = false
    }

    func light(_ on: Bool) {
        let mode: AVCaptureDevice.TorchMode = on ? .on : .off
        guard let device, device.isTorchModeSupported(mode) else { return }
        do {
            try device.lockForConfiguration()
            device.torchMode = mode
            device.unlockForConfiguration()
            lit = on
        } catch {
            // Busy elsewhere (another app holds the camera): the torch stays as it is, and so does the button.
        }
    }
}

final class ScannerController: CameraSessionController, AVCaptureMetadataOutputObjectsDelegate {
    var onCode: (String) -> Void
    private let torch: ScannerTorch
    private var last: (text: String, at: Date)?

    init(torch: ScannerTorch, onCode: @escaping (String) -> Void) {
        self.torch = torch
        self.onCode = onCode
        super.init(queueLabel: "kg.wallet.qr-camera")
    }

    @available(*, unavailable)
    required init?(coder: NSCoder) {
        nil
    }

    override func configure() {
        guard let camera = AVCaptureDevice.default(for: .video),
              let input = try? AVCaptureDeviceInput(device: camera),
              session.canAddInput(input)
        else { return }
        session.beginConfiguration()
        session.addInput(input)
        let output = AVCaptureMetadataOutput()
        if session.canAddOutput(output) {
            session.addOutput(output)
            output.setMetadataObjectsDelegate(self, queue: .main)
            output.metadataObjectTypes = [.qr]
        }
        session.commitConfiguration()
        showPreview()
        startRunning()
        torch.attach(camera)
    }

    func stop() {
        torch.detach()
        stopRunning()
    }

    func metadataOutput(_ output: AVCaptureMetadataOutput, didOutput objects: [AVMetadataObject],
                        from connection: AVCaptureConnection) {
        for case let code as AVMetadataMachineReadableCodeObject in objects {
            guard let text = code.stringValue else { continue }
            if let last, last.text == text, Date().timeIntervalSince(last.at) < 3 { continue }
            last = (text, Date())
            UINotificationFeedbackGenerator().notificationOccurred(.success)
            onCode(text)
        }
    }
}
