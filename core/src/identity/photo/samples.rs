//! Photos generated for the tests (no binary fixtures): a passport-like page, the same blurred, with a reflection,
//! darkened; a selfie holding it; noise. Deterministic: a seeded xorshift, no clock, no OS randomness.

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::{GrayImage, ImageEncoder, Luma, Rgb, RgbImage};

/// xorshift64*: small, fast in a debug build, and the same sequence on every machine.
pub(super) struct Rng(u64);

impl Rng {
    pub(super) fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub(super) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..bound` (`bound` > 0).
    pub(super) fn below(&mut self, bound: u32) -> u32 {
        (self.next() >> 32) as u32 % bound.max(1)
    }

    pub(super) fn bytes(&mut self, length: usize) -> Vec<u8> {
        (0..length).map(|_| self.next() as u8).collect()
    }
}

/// A page like a passport's data page photographed square-on: a light, slightly tinted and unevenly lit paper, a
/// portrait box, a title, lines of "words" made of letter-sized dark strokes, two machine-readable lines at the
/// bottom, a border, and mild sensor noise.
pub(super) fn document(width: u32, height: u32, seed: u64) -> RgbImage {
    page_on(width, height, seed, 218.0)
}

/// The same page printed on paper whose brightness is `paper` (±10 across the frame; over 255 it clips).
pub(super) fn page_on(width: u32, height: u32, seed: u64, paper: f32) -> RgbImage {
    let mut rng = Rng::new(seed);
    let mut page = RgbImage::from_fn(width, height, |x, y| {
        let light = paper + 12.0 * (x as f32 / width as f32) - 8.0 * (y as f32 / height as f32);
        Rgb([light as u8, (light - 3.0) as u8, (light - 12.0) as u8])
    });
    let unit = (height / 100).max(1);
    let ink = Rgb([35, 38, 52]);
    // Border.
    fill(&mut page, 2 * unit, 2 * unit, width - 4 * unit, unit / 2 + 1, ink);
    fill(&mut page, 2 * unit, height - 3 * unit, width - 4 * unit, unit / 2 + 1, ink);
    // Portrait: a mid-gray box with a soft face-like gradient and a frame.
    let (px, py, pw, ph) = (5 * unit, 18 * unit, width / 4, 45 * unit);
    for y in py..(py + ph).min(height) {
        for x in px..(px + pw).min(width) {
            let dx = (x as f32 - (px + pw / 2) as f32) / pw as f32;
            let dy = (y as f32 - (py + ph / 2) as f32) / ph as f32;
            let shade = 170.0 - 160.0 * (dx * dx + dy * dy);
            page.put_pixel(x, y, Rgb([shade as u8, (shade * 0.9) as u8, (shade * 0.8) as u8]));
        }
    }
    outline(&mut page, px, py, pw, ph, unit / 3 + 1, ink);
    // Title: large strokes.
    words(&mut page, &mut rng, (width / 3, 6 * unit), width - 5 * unit, 5 * unit, ink);
    // Fields: lines of small print right of the portrait.
    let mut y = 18 * unit;
    while y + 3 * unit < 68 * unit {
        words(&mut page, &mut rng, (px + pw + 4 * unit, y), width - 5 * unit, 2 * unit + unit / 2, ink);
        y += 6 * unit;
    }
    // Two machine-readable lines.
    for line in 0..2 {
        words(&mut page, &mut rng, (5 * unit, (78 + 8 * line) * unit), width - 5 * unit, 4 * unit, ink);
    }
    add_noise(&mut page, &mut rng, 6);
    page
}

/// A selfie holding the page: a plain wall lit from one side, a face (skin, hair, eyes, mouth), shoulders, and the
/// document held below the face — fewer edges than a page alone, as real selfies.
pub(super) fn selfie(width: u32, height: u32, seed: u64) -> RgbImage {
    let mut rng = Rng::new(seed);
    let mut photo = RgbImage::from_fn(width, height, |x, y| {
        let light = 150.0 + 50.0 * (x as f32 / width as f32) + 10.0 * (y as f32 / height as f32);
        Rgb([light as u8, (light - 5.0) as u8, (light - 15.0) as u8])
    });
    let (cx, cy) = (width as f32 * 0.5, height as f32 * 0.38);
    let (face_w, face_h) = (height as f32 * 0.2, height as f32 * 0.27);
    ellipse(&mut photo, (cx, cy - face_h * 0.25), (face_w * 1.15, face_h * 0.95), |_| Rgb([45, 32, 25]));
    ellipse(&mut photo, (cx, cy), (face_w, face_h), |shade| {
        let light = 205.0 - 45.0 * shade;
        Rgb([light as u8, (light * 0.8) as u8, (light * 0.68) as u8])
    });
    for side in [-1.0, 1.0] {
        ellipse(&mut photo, (cx + side * face_w * 0.38, cy - face_h * 0.12), (face_w * 0.13, face_h * 0.06), |_| {
            Rgb([40, 30, 30])
        });
    }
    ellipse(&mut photo, (cx, cy + face_h * 0.5), (face_w * 0.3, face_h * 0.06), |_| Rgb([140, 60, 60]));
    ellipse(&mut photo, (cx, height as f32 * 1.05), (width as f32 * 0.35, height as f32 * 0.4), |shade| {
        let light = 70.0 - 30.0 * shade;
        Rgb([(light * 0.6) as u8, (light * 0.7) as u8, light as u8])
    });
    // The passport page, held below the face.
    let page = document(width * 2 / 5, height * 3 / 10, seed ^ 0x5E1F);
    image::imageops::overlay(&mut photo, &page, i64::from(width * 3 / 10), i64::from(height * 66 / 100));
    add_noise(&mut photo, &mut rng, 5);
    photo
}

/// The same photo out of focus: a box blur of `radius` (the mean over a (2 × radius + 1)² square; radius 7 is about
/// a Gaussian of σ 4.3 px, a camera focused well off the page or a shaking hand).
pub(super) fn blurred(image: &RgbImage, radius: u32) -> RgbImage {
    box_blur(image, radius)
}

/// The same photo with a specular reflection: a clipped-white ellipse covering `share` of the frame, with a soft rim
/// (a tenth of its size) fading into the page, as a lamp reflected by a laminated page.
pub(super) fn with_glare(image: &RgbImage, share: f32) -> RgbImage {
    let (width, height) = (image.width() as f32, image.height() as f32);
    let area = share * width * height;
    let semi_minor = (area / (std::f32::consts::PI * 1.6)).sqrt();
    let (semi_major, centre) = (semi_minor * 1.6, (width * 0.6, height * 0.45));
    let mut out = image.clone();
    for (x, y, pixel) in out.enumerate_pixels_mut() {
        let dx = (x as f32 - centre.0) / semi_major;
        let dy = (y as f32 - centre.1) / semi_minor;
        let distance = (dx * dx + dy * dy).sqrt();
        let white = ((1.1 - distance) / 0.1).clamp(0.0, 1.0);
        for channel in &mut pixel.0 {
            *channel = (f32::from(*channel) * (1.0 - white) + 255.0 * white).round() as u8;
        }
    }
    out
}

/// The same photo in too little light: every channel scaled so the mean brightness is about `mean`.
pub(super) fn darkened(image: &RgbImage, mean: f32) -> RgbImage {
    let current = image.iter().map(|&value| f64::from(value)).sum::<f64>() / image.as_raw().len().max(1) as f64;
    let factor = mean / current as f32;
    let mut out = image.clone();
    for value in out.iter_mut() {
        *value = (f32::from(*value) * factor).round().min(255.0) as u8;
    }
    out
}

/// Black print on gray paper without noise, cheap to make at any size and compressing well as a PNG: lines of
/// letter-sized blocks (24 × 14 px, every 60 px down), the words' gaps varied by a hash of their position.
pub(super) fn print(width: u32, height: u32) -> GrayImage {
    GrayImage::from_fn(width, height, |x, y| {
        let in_line = y % 60 < 24;
        let in_letter = x % 20 < 14;
        let word = (x / 120).wrapping_mul(2_654_435_761) ^ (y / 60).wrapping_mul(40_503);
        let in_word = word % 5 != 0 && x % 120 < 100;
        Luma([if in_line && in_letter && in_word { 40 } else { 215 }])
    })
}

/// Every pixel random: the worst case for a JPEG's size.
pub(super) fn noise(width: u32, height: u32, seed: u64) -> RgbImage {
    let mut rng = Rng::new(seed);
    RgbImage::from_vec(width, height, rng.bytes(width as usize * height as usize * 3)).unwrap_or_default()
}

pub(super) fn jpeg(image: &RgbImage, quality: u8) -> Vec<u8> {
    let mut bytes = Vec::new();
    JpegEncoder::new_with_quality(&mut bytes, quality).encode_image(image).expect("a JPEG encodes");
    bytes
}

pub(super) fn png(image: &RgbImage) -> Vec<u8> {
    png_of(image.as_raw(), image.dimensions(), image::ExtendedColorType::Rgb8)
}

pub(super) fn gray_png(image: &GrayImage) -> Vec<u8> {
    png_of(image.as_raw(), image.dimensions(), image::ExtendedColorType::L8)
}

fn png_of(pixels: &[u8], (width, height): (u32, u32), color: image::ExtendedColorType) -> Vec<u8> {
    let mut bytes = Vec::new();
    PngEncoder::new_with_quality(&mut bytes, CompressionType::Fast, FilterType::Sub)
        .write_image(pixels, width, height, color)
        .expect("a PNG encodes");
    bytes
}

fn fill(image: &mut RgbImage, x: u32, y: u32, width: u32, height: u32, color: Rgb<u8>) {
    for yy in y..(y + height).min(image.height()) {
        for xx in x..(x + width).min(image.width()) {
            image.put_pixel(xx, yy, color);
        }
    }
}

fn outline(image: &mut RgbImage, x: u32, y: u32, width: u32, height: u32, thickness: u32, color: Rgb<u8>) {
    fill(image, x, y, width, thickness, color);
    fill(image, x, y + height - thickness, width, thickness, color);
    fill(image, x, y, thickness, height, color);
    fill(image, x + width - thickness, y, thickness, height, color);
}

/// A line of "words" from `start` to `right`: letters `size` tall made of two or three strokes (a stem, a bar, a
/// second stem), words of 2–9 letters.
fn words(image: &mut RgbImage, rng: &mut Rng, start: (u32, u32), right: u32, size: u32, ink: Rgb<u8>) {
    let stroke = (size / 6).max(2);
    let letter = size * 2 / 3;
    let (mut x, y) = start;
    while x + letter < right {
        for _ in 0..2 + rng.below(8) {
            if x + letter >= right {
                break;
            }
            fill(image, x, y, stroke, size, ink);
            match rng.below(4) {
                0 => fill(image, x, y, letter, stroke, ink),
                1 => fill(image, x, y + size / 2, letter, stroke, ink),
                2 => fill(image, x, y + size - stroke, letter, stroke, ink),
                _ => {}
            }
            if rng.below(2) == 0 {
                fill(image, x + letter - stroke, y, stroke, size, ink);
            }
            x += letter + stroke + 1;
        }
        x += letter;
    }
}

/// Fills an ellipse at `centre` with `semi` axes; `color` gets 0 at the centre to 1 at the edge, for shading.
fn ellipse(image: &mut RgbImage, centre: (f32, f32), semi: (f32, f32), color: impl Fn(f32) -> Rgb<u8>) {
    let (width, height) = image.dimensions();
    let top = (centre.1 - semi.1).max(0.0) as u32;
    let bottom = ((centre.1 + semi.1) as u32).min(height);
    let left = (centre.0 - semi.0).max(0.0) as u32;
    let right = ((centre.0 + semi.0) as u32).min(width);
    for y in top..bottom {
        for x in left..right {
            let dx = (x as f32 - centre.0) / semi.0;
            let dy = (y as f32 - centre.1) / semi.1;
            let distance = dx * dx + dy * dy;
            if distance <= 1.0 {
                image.put_pixel(x, y, color(distance));
            }
        }
    }
}

fn add_noise(image: &mut RgbImage, rng: &mut Rng, amplitude: u32) {
    for value in image.iter_mut() {
        let delta = rng.below(2 * amplitude + 1) as i32 - amplitude as i32;
        *value = (i32::from(*value) + delta).clamp(0, 255) as u8;
    }
}

/// A box blur, separable: rows then columns, each with a running sum, the edges clamped.
fn box_blur(image: &RgbImage, radius: u32) -> RgbImage {
    let rows = blur_axis(image.as_raw(), image.width() as usize, image.height() as usize, radius as usize, true);
    let both = blur_axis(&rows, image.width() as usize, image.height() as usize, radius as usize, false);
    RgbImage::from_vec(image.width(), image.height(), both).unwrap_or_default()
}

fn blur_axis(data: &[u8], width: usize, height: usize, radius: usize, along_rows: bool) -> Vec<u8> {
    let (lines, length) = if along_rows { (height, width) } else { (width, height) };
    let index = |line: usize, at: usize, channel: usize| {
        let (x, y) = if along_rows { (at, line) } else { (line, at) };
        (y * width + x) * 3 + channel
    };
    let mut out = vec![0; data.len()];
    let span = (2 * radius + 1) as u32;
    for line in 0..lines {
        for channel in 0..3 {
            let value = |at: isize| u32::from(data[index(line, at.clamp(0, length as isize - 1) as usize, channel)]);
            let mut sum: u32 = (-(radius as isize)..=radius as isize).map(value).sum();
            for at in 0..length {
                out[index(line, at, channel)] = ((sum + span / 2) / span) as u8;
                sum += value(at as isize + radius as isize + 1);
                sum -= value(at as isize - radius as isize);
            }
        }
    }
    out
}
