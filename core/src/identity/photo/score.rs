//! The scores a photo is judged on, taken on a grayscale copy shrunk to [`ANALYSIS_SIDE`] on its longest side: the
//! same scale for every camera (so the bars do not depend on the resolution) and a bounded cost (~0.25 MP).

use image::{GrayImage, RgbImage};

use super::{ANALYSIS_SIDE, PhotoQuality, resample};

/// A pixel at least this bright (of 255) is clipped white: what a specular reflection leaves.
const GLARE_LEVEL: u8 = 250;
/// A glare blob must hold a square of (2 × 4 + 1)² = 9 × 9 clipped pixels of the 640-px copy (~1.4 % of its width,
/// about a letter of the data page). Clipped pixels with dark ones among them — a white page's margins between lines
/// of print, specks, thin highlights on an edge — still show what is under them, and do not count.
const GLARE_RADIUS: usize = 4;

/// The three scores of a photo (already upright and fitted to the output size).
pub(super) fn measure(image: &RgbImage) -> PhotoQuality {
    let gray = resample::fit_gray(&luma(image), ANALYSIS_SIDE);
    PhotoQuality { sharpness: sharpness(&gray), glare: glare(&gray), brightness: brightness(&gray) }
}

/// Luminance by the Rec. 601 weights (those of JPEG's own Y channel), in integers.
fn luma(image: &RgbImage) -> GrayImage {
    let mut gray = GrayImage::new(image.width(), image.height());
    for (out, pixel) in gray.iter_mut().zip(image.pixels()) {
        let [red, green, blue] = pixel.0.map(u32::from);
        *out = ((299 * red + 587 * green + 114 * blue + 500) / 1000).min(255) as u8;
    }
    gray
}

/// Mean luminance, 0–255: how well the photo is exposed.
fn brightness(gray: &GrayImage) -> f32 {
    let total: u64 = gray.iter().map(|&value| u64::from(value)).sum();
    let count = gray.as_raw().len().max(1);
    (total as f64 / count as f64) as f32
}

/// Variance of the Laplacian (4-neighbour: up + down + left + right − 4 × centre) over the inner pixels. Crisp
/// edges give large responses of both signs, so a large variance; blur spreads every edge over several pixels and
/// the responses shrink towards 0. The standard focus measure (Pech-Pacheco et al., 2000), cheap and robust to
/// noise once the copy is shrunk. Integer sums: exact, whatever the image.
fn sharpness(gray: &GrayImage) -> f32 {
    let width = gray.width() as usize;
    let rows: Vec<&[u8]> = gray.as_raw().chunks_exact(width.max(1)).collect();
    let (mut count, mut sum, mut sum_of_squares) = (0_i64, 0_i64, 0_i64);
    for window in rows.windows(3) {
        let &[above, row, below] = window else { continue };
        for x in 1..width.saturating_sub(1) {
            let centre = i64::from(row[x]);
            let laplacian =
                i64::from(above[x]) + i64::from(below[x]) + i64::from(row[x - 1]) + i64::from(row[x + 1]) - 4 * centre;
            count += 1;
            sum += laplacian;
            sum_of_squares += laplacian * laplacian;
        }
    }
    if count == 0 {
        return 0.0;
    }
    let mean = sum as f64 / count as f64;
    (sum_of_squares as f64 / count as f64 - mean * mean).max(0.0) as f32
}

/// Share of the frame (0–1) covered by glare: clipped-white blobs at least (2 × [`GLARE_RADIUS`] + 1)² pixels
/// wide. A morphological opening of the clipped mask — keep the pixels whose whole square is clipped (the blobs'
/// cores), then grow them back by the same square, never beyond the clipped pixels — so each blob is counted with
/// its full area and anything thinner than the square not at all. Why this and not "how much is white": a page lit
/// evenly is exposed below clipping and its print breaks up any white, so it scores ~0; a reflection is a solid
/// patch of clipped white in which nothing under it survives.
fn glare(gray: &GrayImage) -> f32 {
    let (width, height) = (gray.width() as usize, gray.height() as usize);
    let clipped: Vec<bool> = gray.iter().map(|&value| value >= GLARE_LEVEL).collect();
    let clipped_sums = AreaSums::new(&clipped, width, height);
    let cores: Vec<bool> = (0..width * height)
        .map(|index| {
            let window = Window::around(index % width, index / width, width, height);
            clipped.get(index) == Some(&true) && clipped_sums.count(window) == window.area()
        })
        .collect();
    let core_sums = AreaSums::new(&cores, width, height);
    let glare = (0..width * height)
        .filter(|&index| {
            clipped.get(index) == Some(&true)
                && core_sums.count(Window::around(index % width, index / width, width, height)) > 0
        })
        .count();
    (glare as f64 / (width * height).max(1) as f64) as f32
}

/// The square of side 2 × [`GLARE_RADIUS`] + 1 around a pixel, cut to the frame (so the frame's edge does not
/// count against a blob touching it). Ends are exclusive.
#[derive(Debug, Clone, Copy)]
struct Window {
    left: usize,
    top: usize,
    right: usize,
    bottom: usize,
}

impl Window {
    fn around(x: usize, y: usize, width: usize, height: usize) -> Window {
        Window {
            left: x.saturating_sub(GLARE_RADIUS),
            top: y.saturating_sub(GLARE_RADIUS),
            right: (x + GLARE_RADIUS + 1).min(width),
            bottom: (y + GLARE_RADIUS + 1).min(height),
        }
    }

    fn area(self) -> u32 {
        ((self.right - self.left) * (self.bottom - self.top)) as u32
    }
}

/// A summed-area table of a mask: how many pixels are set in any rectangle, in four lookups — so the opening costs
/// the same whatever the square's size.
struct AreaSums {
    sums: Vec<u32>,
    stride: usize,
}

impl AreaSums {
    fn new(mask: &[bool], width: usize, height: usize) -> AreaSums {
        let stride = width + 1;
        let mut sums = vec![0_u32; stride * (height + 1)];
        for y in 0..height {
            let mut row_total = 0;
            for x in 0..width {
                row_total += u32::from(mask.get(y * width + x) == Some(&true));
                let above = sums.get(y * stride + x + 1).copied().unwrap_or(0);
                if let Some(sum) = sums.get_mut((y + 1) * stride + x + 1) {
                    *sum = above + row_total;
                }
            }
        }
        AreaSums { sums, stride }
    }

    fn at(&self, x: usize, y: usize) -> u32 {
        self.sums.get(y * self.stride + x).copied().unwrap_or(0)
    }

    fn count(&self, window: Window) -> u32 {
        (self.at(window.right, window.bottom) + self.at(window.left, window.top))
            .saturating_sub(self.at(window.left, window.bottom) + self.at(window.right, window.top))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flat_image_has_no_edges_and_its_own_brightness() {
        let flat = GrayImage::from_pixel(64, 48, image::Luma([90]));
        assert_eq!(sharpness(&flat), 0.0);
        assert_eq!(brightness(&flat), 90.0);
        assert_eq!(glare(&flat), 0.0);
    }

    #[test]
    fn degenerate_sizes_score_without_panicking() {
        for (width, height) in [(0, 0), (1, 1), (2, 7), (640, 1), (1, 640)] {
            let gray = GrayImage::from_pixel(width, height, image::Luma([255]));
            let _ = (sharpness(&gray), glare(&gray), brightness(&gray));
        }
    }

    #[test]
    fn glare_counts_solid_blobs_with_their_full_area_and_ignores_thin_white() {
        // A 40 × 40 clipped square on gray: 1600 of 64 000 pixels, all counted (the opening restores its rim).
        let blob = GrayImage::from_fn(320, 200, |x, y| {
            image::Luma([if (100..140).contains(&x) && (50..90).contains(&y) { 255 } else { 128 }])
        });
        assert!((glare(&blob) - 1600.0 / 64_000.0).abs() < 1e-6);
        // White lines 2 px thick every 6 px: half the frame clipped, none of it a blob.
        let lines = GrayImage::from_fn(320, 200, |_, y| image::Luma([if y % 6 < 2 { 255 } else { 30 }]));
        assert_eq!(glare(&lines), 0.0);
    }

    #[test]
    fn a_checkerboard_is_sharp_and_its_blur_is_not() {
        let board = GrayImage::from_fn(200, 200, |x, y| image::Luma([if (x / 4 + y / 4) % 2 == 0 { 40 } else { 220 }]));
        let soft = GrayImage::from_fn(200, 200, |x, _| image::Luma([(40 + x * 9 / 10) as u8]));
        assert!(sharpness(&board) > 1000.0);
        assert!(sharpness(&soft) < 1.0);
    }
}
