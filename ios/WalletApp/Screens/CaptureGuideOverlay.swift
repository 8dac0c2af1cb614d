import SwiftUI
import WalletKit

/// Identification's guide drawn over the camera's preview (`CaptureGuide`, WalletKit): over a live picture, outside
/// the shapes dimmed and their outlines white (the accent is lost on a dark desk); alone, the outlines in the accent.
/// On the document the printed photo's place (its front) or the machine-readable zone's three lines (its back).
/// Hidden from VoiceOver: the instruction says the same in words. As android/screens/…/CaptureGuide.kt draws it.
struct CaptureGuideOverlay: View {
    let photo: PhotoKind
    let overPicture: Bool

    var body: some View {
        GeometryReader { geometry in
            let size = geometry.size
            let guide = CaptureGuide(width: size.width, height: size.height, photo: photo)
            let card = guide.document
            let corner = card.width * 0.045
            let outline = overPicture ? Color.white : Palette.accent
            ZStack {
                if overPicture {
                    Path { path in
                        path.addRect(CGRect(origin: .zero, size: size))
                        path.addRoundedRect(in: card, cornerSize: CGSize(width: corner, height: corner))
                        if let face = guide.face { path.addEllipse(in: face) }
                    }
                    .fill(Color.black.opacity(0.5), style: FillStyle(eoFill: true))
                }
                Path { path in
                    path.addRoundedRect(in: card, cornerSize: CGSize(width: corner, height: corner))
                    if let face = guide.face { path.addEllipse(in: face) }
                }
                .stroke(outline, lineWidth: 3)
                Path { path in
                    func at(_ x: CGFloat, _ y: CGFloat) -> CGPoint {
                        CGPoint(x: card.minX + card.width * x, y: card.minY + card.height * y)
                    }
                    if photo == .passportBack {
                        for line in 0..<3 {
                            let y = 0.70 + CGFloat(line) * 0.09
                            path.move(to: at(0.08, y))
                            path.addLine(to: at(0.92, y))
                        }
                    } else {
                        path.addRect(CGRect(origin: at(0.07, 0.22), size: CGSize(width: card.width * 0.26, height: card.height * 0.52)))
                    }
                }
                .stroke(outline.opacity(0.45), style: StrokeStyle(lineWidth: photo == .passportBack ? card.height * 0.035 : 3, lineCap: .round))
            }
        }
        .accessibilityHidden(true)
    }
}
