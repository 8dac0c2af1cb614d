//! Shrinking by area averaging: each output pixel is the mean of the input area it covers, the fractional pixels at
//! its edges weighted by how much of them it covers. It is the right filter for making a photo smaller — no aliasing
//! (every input pixel counts), no ringing around print — and it goes one output row at a time with a single row of
//! accumulators, so a 12-MP photo is shrunk without a second full-size buffer (the `image` crate's `resize` keeps a
//! float RGBA copy of width × new height: ~100 MB for a 4000 × 3000 photo, too much on a phone).

use image::{GrayImage, RgbImage};

/// Shrinks `image` so that its longest side is at most `max_side`, keeping the proportions; a photo already small
/// enough is returned as it is.
pub(super) fn fit(image: RgbImage, max_side: u32) -> RgbImage {
    let (width, height) = image.dimensions();
    match fitted_size(width, height, max_side) {
        Some((new_width, new_height)) => {
            let mut out = RgbImage::new(new_width, new_height);
            shrink(image.as_raw(), (width, height), 3, &mut out, (new_width, new_height));
            out
        }
        None => image,
    }
}

/// The gray copy shrunk so that its longest side is at most `max_side` (see [`fit`]).
pub(crate) fn fit_gray(image: &GrayImage, max_side: u32) -> GrayImage {
    let (width, height) = image.dimensions();
    match fitted_size(width, height, max_side) {
        Some((new_width, new_height)) => {
            let mut out = GrayImage::new(new_width, new_height);
            shrink(image.as_raw(), (width, height), 1, &mut out, (new_width, new_height));
            out
        }
        None => image.clone(),
    }
}

/// The size that fits `max_side` with the same proportions, or `None` when no shrinking is needed (or possible).
fn fitted_size(width: u32, height: u32, max_side: u32) -> Option<(u32, u32)> {
    let longest = width.max(height);
    if longest <= max_side || width == 0 || height == 0 || max_side == 0 {
        return None;
    }
    let scale = f64::from(max_side) / f64::from(longest);
    let side = |length: u32| ((f64::from(length) * scale).round() as u32).clamp(1, max_side);
    Some((side(width), side(height)))
}

/// The input pixels one output pixel covers along an axis: the first one's index, and the share of each.
struct Span {
    first: usize,
    weights: Vec<f32>,
}

/// For each of `output` pixels along an axis of `input` pixels, the span of input it averages. The weights of a
/// span add up to 1.
fn spans(input: u32, output: u32) -> Vec<Span> {
    let scale = f64::from(input) / f64::from(output.max(1));
    (0..output)
        .map(|index| {
            let start = f64::from(index) * scale;
            let end = (f64::from(index) + 1.0) * scale;
            let first = start.floor() as usize;
            let last = (end.ceil() as usize).min(input as usize);
            let weights = (first..last)
                .map(|pixel| {
                    let covered = end.min(pixel as f64 + 1.0) - start.max(pixel as f64);
                    (covered.max(0.0) / scale) as f32
                })
                .collect();
            Span { first, weights }
        })
        .collect()
}

/// Shrinks the interleaved `input` of `size` into `out`, of `out_size`, both with `channels` per pixel: for each
/// output row, the input rows it covers are summed (weighted) into one row of accumulators, which is then averaged
/// across. Out-of-range spans (impossible by construction) are skipped rather than trusted.
fn shrink(input: &[u8], size: (u32, u32), channels: usize, out: &mut [u8], out_size: (u32, u32)) {
    let stride = size.0 as usize * channels;
    let out_stride = out_size.0 as usize * channels;
    if stride == 0 || out_stride == 0 {
        return;
    }
    let columns = spans(size.0, out_size.0);
    let mut sums = vec![0.0_f32; stride];
    for (row, out_row) in spans(size.1, out_size.1).iter().zip(out.chunks_exact_mut(out_stride)) {
        sum_rows(input, stride, row, &mut sums);
        average_across(&sums, &columns, channels, out_row);
    }
}

/// The input rows of `row`'s span, weighted, added up column by column into `sums`.
fn sum_rows(input: &[u8], stride: usize, row: &Span, sums: &mut [f32]) {
    sums.fill(0.0);
    for (offset, &weight) in row.weights.iter().enumerate() {
        let start = (row.first + offset) * stride;
        let Some(line) = input.get(start..start + stride) else { continue };
        for (sum, &value) in sums.iter_mut().zip(line) {
            *sum += weight * f32::from(value);
        }
    }
}

/// One output row from the summed input rows: each output pixel the weighted mean of the columns it covers.
fn average_across(sums: &[f32], columns: &[Span], channels: usize, out_row: &mut [u8]) {
    for (column, out_pixel) in columns.iter().zip(out_row.chunks_exact_mut(channels)) {
        let mut pixel = [0.0_f32; 4];
        for (offset, &weight) in column.weights.iter().enumerate() {
            let start = (column.first + offset) * channels;
            let Some(values) = sums.get(start..start + channels) else { continue };
            for (total, &value) in pixel.iter_mut().zip(values) {
                *total += weight * value;
            }
        }
        for (out, total) in out_pixel.iter_mut().zip(pixel) {
            *out = total.round().clamp(0.0, 255.0) as u8;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_cover_every_input_pixel_exactly_once() {
        for (input, output) in [(4000, 2048), (1600, 640), (3, 2), (961, 640), (10, 10)] {
            let spans = spans(input, output);
            assert_eq!(spans.len(), output as usize);
            let scale = input as f32 / output as f32;
            let mut coverage = vec![0.0_f32; input as usize];
            for span in &spans {
                let total: f32 = span.weights.iter().sum();
                assert!((total - 1.0).abs() < 1e-4, "{input}→{output}: a span weighs {total}");
                for (offset, weight) in span.weights.iter().enumerate() {
                    coverage[span.first + offset] += weight * scale;
                }
            }
            assert!(coverage.iter().all(|&share| (share - 1.0).abs() < 1e-3), "{input}→{output}: {coverage:?}");
        }
    }

    #[test]
    fn sizes_keep_the_proportions_and_the_cap() {
        assert_eq!(fitted_size(4000, 3000, 2048), Some((2048, 1536)));
        assert_eq!(fitted_size(3000, 4000, 2048), Some((1536, 2048)));
        assert_eq!(fitted_size(1920, 1080, 640), Some((640, 360)));
        assert_eq!(fitted_size(2048, 100, 2048), None);
        assert_eq!(fitted_size(65_000, 1, 640), Some((640, 1)));
        assert_eq!(fitted_size(0, 0, 640), None);
    }

    #[test]
    fn a_flat_color_stays_flat_and_the_mean_is_kept() {
        let flat = RgbImage::from_pixel(1001, 777, image::Rgb([200, 100, 7]));
        let small = fit(flat, 300);
        assert_eq!(small.dimensions(), (300, 233));
        assert!(small.pixels().all(|pixel| pixel.0 == [200, 100, 7]));

        let stripes = GrayImage::from_fn(1000, 500, |x, _| image::Luma([if x % 2 == 0 { 0 } else { 255 }]));
        let small = fit_gray(&stripes, 250);
        // Stripes finer than the output pixels average to gray instead of aliasing into coarse bands.
        assert!(small.pixels().all(|pixel| (127..=128).contains(&pixel.0[0])), "no aliasing");
    }
}
