import Foundation
import XCTest
@testable import WalletKit

/// Identification's guide (`CaptureGuide`): where the document and the face go in a camera's preview of any shape.
final class CaptureGuideTests: XCTestCase {
    /// Previews as phones show them: portrait 3 : 4, a tall one, landscape, square.
    private let previews: [(CGFloat, CGFloat)] = [(360, 480), (390, 844), (844, 390), (300, 300)]

    private func inside(_ rect: CGRect, _ width: CGFloat, _ height: CGFloat, margin: CGFloat) -> Bool {
        rect.minX >= margin - 0.01 && rect.minY >= margin - 0.01
            && rect.maxX <= width - margin + 0.01 && rect.maxY <= height - margin + 0.01
    }

    func testADocumentSideIsAnId1OutlineCentredAsLargeAsTheMarginsLetIt() {
        for (width, height) in previews {
            for photo in [PhotoKind.passportFront, .passportBack] {
                let guide = CaptureGuide(width: width, height: height, photo: photo)
                let card = guide.document
                let margin = min(width, height) * 0.08
                XCTAssertEqual(card.width / card.height, 85.6 / 54, accuracy: 0.001)
                XCTAssertTrue(inside(card, width, height, margin: margin), "\(card) in \(width) × \(height)")
                XCTAssertEqual(card.midX, width / 2, accuracy: 0.5)
                XCTAssertEqual(card.midY, height / 2, accuracy: 0.5)
                let touches = abs(card.width - (width - 2 * margin)) < 0.5 || abs(card.height - (height - 2 * margin)) < 0.5
                XCTAssertTrue(touches, "fills the preview: \(card) in \(width) × \(height)")
                XCTAssertNil(guide.face)
            }
        }
    }

    func testTheSelfiePutsAnUprightFaceAboveACardUnderTheChin() throws {
        for (width, height) in previews {
            let guide = CaptureGuide(width: width, height: height, photo: .selfieWithPassport)
            let face = try XCTUnwrap(guide.face)
            let card = guide.document
            let margin = min(width, height) * 0.08
            XCTAssertEqual(face.width / face.height, 0.75, accuracy: 0.001)
            XCTAssertEqual(card.width / card.height, 85.6 / 54, accuracy: 0.001)
            XCTAssertLessThan(face.maxY, card.minY, "the face above the card")
            XCTAssertTrue(inside(face, width, height, margin: margin), "\(face) in \(width) × \(height)")
            XCTAssertTrue(inside(card, width, height, margin: margin), "\(card) in \(width) × \(height)")
            XCTAssertEqual(face.midX, width / 2, accuracy: 0.5)
            XCTAssertEqual(card.midX, width / 2, accuracy: 0.5)
        }
    }

    /// The same numbers as Android's (CaptureGuideTest): a portrait preview's card spans the width less the margins.
    func testInAPortraitPreviewTheCardSpansTheWidthLessTheMargins() {
        let card = CaptureGuide(width: 720, height: 960, photo: .passportFront).document
        XCTAssertEqual(card.width, 720 * 0.84, accuracy: 0.5)
        XCTAssertEqual(card.height, 720 * 0.84 * 54 / 85.6, accuracy: 0.5)
    }
}
