//! Photos a shell's camera might hand over, made in the test (no binary fixtures): a sharp, evenly lit document
//! page of dark "text" strokes on light paper, and the same shrunk to a thumbnail.

use wallet_core::identity::photo::PhotoKind;

/// A camera photo of `kind`: a 1600×1000 JPEG of a page full of text-like strokes.
pub fn sample(kind: PhotoKind) -> Vec<u8> {
    let seed = match kind {
        PhotoKind::PassportFront => 1,
        PhotoKind::PassportBack => 2,
        PhotoKind::SelfieWithPassport => 3,
    };
    jpeg(&page(1600, 1000, seed))
}

/// A photo far below the resolution the bank needs.
pub fn thumbnail() -> Vec<u8> {
    jpeg(&page(320, 200, 9))
}

fn page(width: u32, height: u32, seed: u64) -> image::RgbImage {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move |bound: u32| {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        ((state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 32) as u32) % bound.max(1)
    };
    let mut img = image::RgbImage::from_pixel(width, height, image::Rgb([226, 222, 210]));
    let line_height = (height / 40).max(6);
    let mut y = line_height * 2;
    while y + line_height < height - line_height {
        let mut x = width / 20;
        while x < width - width / 20 {
            let word = 4 + next(width / 12);
            let stroke = (line_height * 2 / 3).max(2);
            for dx in 0..word.min(width - width / 20 - x) {
                // Letter-sized strokes with gaps, like printed text.
                if (dx / 3) % 3 == 2 {
                    continue;
                }
                for dy in 0..stroke {
                    img.put_pixel(x + dx, y + dy, image::Rgb([30, 32, 40]));
                }
            }
            x += word + 8 + next(12);
        }
        y += line_height + next(line_height / 2 + 1);
    }
    img
}

fn jpeg(img: &image::RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90).encode_image(img).expect("encodes");
    out
}
