import SwiftUI
import UIKit
import Vision
import WalletKit

/// The camera for identification photos (UIImagePickerController: the back camera for the document, the front one
/// for the selfie), handing back a JPEG's bytes, or `nil` when the person closed it. The core checks the photo by
/// content (format, size, blur, glare) and re-encodes it without metadata.
struct KycCamera: UIViewControllerRepresentable {
    let facing: CameraFacing
    let onPhoto: (Data?) -> Void

    static var isAvailable: Bool {
        UIImagePickerController.isSourceTypeAvailable(.camera)
    }

    func makeCoordinator() -> Coordinator {
        Coordinator(onPhoto: onPhoto)
    }

    func makeUIViewController(context: Context) -> UIImagePickerController {
        let picker = UIImagePickerController()
        picker.sourceType = .camera
        picker.cameraCaptureMode = .photo
        let device: UIImagePickerController.CameraDevice = facing == .front ? .front : .rear
        if UIImagePickerController.isCameraDeviceAvailable(device) { picker.cameraDevice = device }
        picker.delegate = context.coordinator
        return picker
    }

    func updateUIViewController(_ picker: UIImagePickerController, context: Context) {}

    final class Coordinator: NSObject, UIImagePickerControllerDelegate, UINavigationControllerDelegate {
        let onPhoto: (Data?) -> Void

        init(onPhoto: @escaping (Data?) -> Void) {
            self.onPhoto = onPhoto
        }

        func imagePickerController(_ picker: UIImagePickerController,
                                   didFinishPickingMediaWithInfo info: [UIImagePickerController.InfoKey: Any]) {
            let image = info[.originalImage] as? UIImage
            onPhoto(image?.jpegData(compressionQuality: 0.9))
        }

        func imagePickerControllerDidCancel(_ picker: UIImagePickerController) {
            onPhoto(nil)
        }
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
