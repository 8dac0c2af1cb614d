import AVFoundation
import SwiftUI
import UIKit
import Vision
import WalletKit

/// Identification's in-app camera (AVFoundation): the camera the view names (the back one for the document, the front
/// one for the selfie) in an `AVCaptureVideoPreviewLayer` under the screen's guide (`CaptureGuideOverlay`), and one
/// photo at the camera's full resolution (`AVCapturePhotoOutput`, JPEG, upright for a phone held upright) when the
/// screen's shutter asks (`KycShutter`). The JPEG's bytes go to the core, which checks them by content (format, size,
/// blur, glare) and re-encodes them without metadata. Without a camera or its permission the box stays dark, and the
/// library picker still works.
struct KycCamera: UIViewControllerRepresentable {
    let facing: CameraFacing
    let shutter: KycShutter

    static var isAvailable: Bool {
        AVCaptureDevice.default(for: .video) != nil
    }

    func makeUIViewController(context: Context) -> KycCameraController {
        KycCameraController(facing: facing, shutter: shutter)
    }

    func updateUIViewController(_ controller: KycCameraController, context: Context) {
        controller.use(facing)
    }

    static func dismantleUIViewController(_ controller: KycCameraController, coordinator: ()) {
        controller.stop()
    }

    /// Text recognition (Vision) on the document's photo: the machine-readable zone's lines, when all of them were
    /// read (`MrzLines`, tested in WalletKit), go to `onLines` on the main thread. Nothing is logged.
    static func readMrz(in photo: Data, onLines: @escaping ([String]) -> Void) {
        guard let image = UIImage(data: photo)?.cgImage else { return }
        DispatchQueue.global(qos: .userInitiated).async {
            let request = VNRecognizeTextRequest()
            request.recognitionLevel = .accurate
            request.usesLanguageCorrection = false
            let handler = VNImageRequestHandler(cgImage: image, options: [:])
            guard (try? handler.perform([request])) != nil else { return }
            let lines = (request.results ?? []).compactMap { $0.topCandidates(1).first?.string }
            guard let zone = MrzLines.find(in: lines) else { return }
            DispatchQueue.main.async { onLines(zone) }
        }
    }
}

/// The screen's shutter and the camera it fires: `take` asks the camera previewing now for one photo; nothing while
/// one is on its way or no camera runs. Main thread only.
@Observable
final class KycShutter {
    private(set) var taking = false
    /// A camera runs (observed: the shutter button enables itself once the camera is there).
    private(set) var live = false
    @ObservationIgnored fileprivate weak var camera: KycCameraController? {
        didSet { live = camera != nil }
    }

    var ready: Bool { live && !taking }

    func take(_ onPhoto: @escaping (Data) -> Void) {
        guard !taking, let camera else { return }
        taking = true
        camera.capture { [weak self] data in
            self?.taking = false
            if let data { onPhoto(data) }
        }
    }
}

final class KycCameraController: CameraSessionController, AVCapturePhotoCaptureDelegate {
    private let shutter: KycShutter
    private let output = AVCapturePhotoOutput()
    private var facing: CameraFacing
    private var input: AVCaptureDeviceInput?
    private var onPhoto: ((Data?) -> Void)?

    init(facing: CameraFacing, shutter: KycShutter) {
        self.facing = facing
        self.shutter = shutter
        super.init(queueLabel: "kg.wallet.kyc-camera")
    }

    @available(*, unavailable)
    required init?(coder: NSCoder) {
        nil
    }

    private static func camera(_ facing: CameraFacing) -> AVCaptureDevice? {
        let position: AVCaptureDevice.Position = facing == .front ? .front : .back
        return AVCaptureDevice.default(.builtInWideAngleCamera, for: .video, position: position)
            ?? AVCaptureDevice.default(for: .video)
    }

    override func configure() {
        guard let camera = Self.camera(facing), let input = try? AVCaptureDeviceInput(device: camera),
              session.canAddInput(input), session.canAddOutput(output)
        else { return }
        session.beginConfiguration()
        session.sessionPreset = .photo
        session.addInput(input)
        session.addOutput(output)
        output.maxPhotoQualityPrioritization = .quality
        session.commitConfiguration()
        self.input = input
        showPreview()
        shutter.camera = self
        startRunning()
    }

    /// The view names another camera (the selfie after the document): the input swapped in the running session.
    func use(_ facing: CameraFacing) {
        guard facing != self.facing else { return }
        self.facing = facing
        guard let old = input, let camera = Self.camera(facing), let new = try? AVCaptureDeviceInput(device: camera)
        else { return }
        session.beginConfiguration()
        session.removeInput(old)
        if session.canAddInput(new) {
            session.addInput(new)
            input = new
        } else {
            session.addInput(old)
        }
        session.commitConfiguration()
    }

    func capture(_ done: @escaping (Data?) -> Void) {
        onPhoto = done
        // Upright for a phone held upright (the screens are portrait); iOS 17's rotation angle, in degrees.
        if let connection = output.connection(with: .video), connection.isVideoRotationAngleSupported(90) {
            connection.videoRotationAngle = 90
        }
        let settings = AVCapturePhotoSettings(format: [AVVideoCodecKey: AVVideoCodecType.jpeg])
        settings.photoQualityPrioritization = .quality
        output.capturePhoto(with: settings, delegate: self)
    }

    func photoOutput(_ output: AVCapturePhotoOutput, didFinishProcessingPhoto photo: AVCapturePhoto, error: Error?) {
        let data = error == nil ? photo.fileDataRepresentation() : nil
        DispatchQueue.main.async {
            let done = self.onPhoto
            self.onPhoto = nil
            done?(data)
        }
    }

    func stop() {
        if shutter.camera === self { shutter.camera = nil }
        stopRunning()
    }
}
