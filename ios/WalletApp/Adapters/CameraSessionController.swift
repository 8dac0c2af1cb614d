import AVFoundation
import UIKit

/// What the scanner's and identification's cameras share: a capture session started off the main thread, the
/// permission asked first (refused: the view stays dark and the screen says so), and the preview layer filling the
/// view. A subclass adds its input and outputs in `configure()` and calls `showPreview()` and `startRunning()`.
class CameraSessionController: UIViewController {
    let session = AVCaptureSession()
    private let sessionQueue: DispatchQueue
    private var preview: AVCaptureVideoPreviewLayer?

    init(queueLabel: String) {
        sessionQueue = DispatchQueue(label: queueLabel)
        super.init(nibName: nil, bundle: nil)
    }

    /// Never made from a storyboard or a nib.
    @available(*, unavailable)
    required init?(coder: NSCoder) {
        nil
    }

    override func viewDidLoad() {
        super.viewDidLoad()
        view.backgroundColor = .black
        switch AVCaptureDevice.authorizationStatus(for: .video) {
        case .authorized:
            configure()
        case .notDetermined:
            AVCaptureDevice.requestAccess(for: .video) { granted in
                guard granted else { return }
                DispatchQueue.main.async { self.configure() }
            }
        default:
            break // Refused: the screen's note says so, with the settings.
        }
    }

    override func viewDidLayoutSubviews() {
        super.viewDidLayoutSubviews()
        preview?.frame = view.bounds
    }

    /// Adds the inputs and outputs once the camera is allowed.
    func configure() {}

    func showPreview() {
        let layer = AVCaptureVideoPreviewLayer(session: session)
        layer.videoGravity = .resizeAspectFill
        layer.frame = view.bounds
        view.layer.addSublayer(layer)
        preview = layer
    }

    func startRunning() {
        let session = session
        sessionQueue.async { session.startRunning() }
    }

    func stopRunning() {
        let session = session
        sessionQueue.async { session.stopRunning() }
    }
}
