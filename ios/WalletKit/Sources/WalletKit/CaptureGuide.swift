import Foundation

/// Where identification's photos are framed over the camera's preview, in its points: the document's outline in an
/// ID card's proportions (85.6 × 54 mm), and for the selfie the face's oval above the document held under the chin.
/// The same rule as android/screens/…/CaptureGuide.kt; no UIKit, so it is tested here (`CaptureGuideTests`).
public struct CaptureGuide: Equatable {
    /// An ID-1 card (the Kyrgyz ID card, a bank card): width over height.
    public static let id1Aspect: CGFloat = 85.6 / 54

    public let document: CGRect
    public let face: CGRect?

    /// A document side: the largest ID-1 outline leaving a margin of 8 % of the shorter side all round, centred. The
    /// selfie: the face's oval (3 : 4) in the upper part and, below it, a smaller outline for the passport, centred
    /// across.
    public init(width: CGFloat, height: CGFloat, photo: PhotoKind) {
        let margin = min(width, height) * 0.08
        let center = width / 2
        guard photo == .selfieWithPassport else {
            let cardWidth = min(width - 2 * margin, (height - 2 * margin) * Self.id1Aspect)
            let cardHeight = cardWidth / Self.id1Aspect
            document = CGRect(x: center - cardWidth / 2, y: (height - cardHeight) / 2, width: cardWidth, height: cardHeight)
            face = nil
            return
        }
        // The face takes the upper 45 % (less in a wide preview), the card 60 % of the width under it, with a gap.
        let gap = margin / 2
        let faceHeight = min((height - 2 * margin) * 0.45, (width - 2 * margin) * 0.5 / 0.75)
        let faceWidth = faceHeight * 0.75
        let face = CGRect(x: center - faceWidth / 2, y: margin, width: faceWidth, height: faceHeight)
        let room = height - margin - face.maxY - gap
        let cardWidth = min(width * 0.6, room * Self.id1Aspect)
        let cardHeight = cardWidth / Self.id1Aspect
        document = CGRect(x: center - cardWidth / 2, y: face.maxY + gap, width: cardWidth, height: cardHeight)
        self.face = face
    }
}
