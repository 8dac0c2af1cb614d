//! Synthetic accelerometer traces for the shake detector's tests and the web preview's «shake» button:
//! deterministic (a seeded xorshift generator), 50 Hz, in m/s² with gravity, on a monotonic clock that starts at
//! [`START_MS`]. Each models one thing a phone lives through; only [`real_shake`] is meant to be a shake.

use std::f64::consts::PI;

use super::shake::AccelSample;

/// The first sample's time in every trace (any monotonic clock reading would do).
pub const START_MS: i64 = 10_000;
/// 50 Hz.
const PERIOD_MS: i64 = 20;
const G: f64 = 9.81;

/// xorshift64, seeded through splitmix64 so that small and zero seeds give unrelated streams.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn range(&mut self, low: f64, high: f64) -> f64 {
        low + (high - low) * self.unit()
    }

    /// Uniform in `[-amplitude, amplitude)`.
    fn noise(&mut self, amplitude: f64) -> f64 {
        self.range(-amplitude, amplitude)
    }

    fn chance(&mut self, probability: f64) -> bool {
        self.unit() < probability
    }
}

/// A direction in the phone's frame (x right, y up the screen, z out of the screen).
#[derive(Clone, Copy)]
struct Vec3 {
    x: f64,
    y: f64,
    z: f64,
}

impl Vec3 {
    const fn new(x: f64, y: f64, z: f64) -> Vec3 {
        Vec3 { x, y, z }
    }

    fn scale(self, by: f64) -> Vec3 {
        Vec3::new(self.x * by, self.y * by, self.z * by)
    }

    fn add(self, other: Vec3) -> Vec3 {
        Vec3::new(self.x + other.x, self.y + other.y, self.z + other.z)
    }

    fn cross(self, other: Vec3) -> Vec3 {
        Vec3::new(
            self.y * other.z - self.z * other.y,
            self.z * other.x - self.x * other.z,
            self.x * other.y - self.y * other.x,
        )
    }

    fn unit(self) -> Vec3 {
        let length = (self.x * self.x + self.y * self.y + self.z * self.z).sqrt();
        if length > 0.0 { self.scale(1.0 / length) } else { Vec3::new(0.0, 0.0, 1.0) }
    }
}

/// «Up» in the phone's frame when it is pitched `pitch_deg` from lying flat and rolled `roll_deg`: what the
/// accelerometer reads at rest, divided by g.
fn up(pitch_deg: f64, roll_deg: f64) -> Vec3 {
    let (pitch, roll) = (pitch_deg.to_radians(), roll_deg.to_radians());
    Vec3::new(pitch.cos() * roll.sin(), pitch.sin(), pitch.cos() * roll.cos())
}

/// Two directions at right angles to `up` and to each other (forward and sideways for a phone in a car).
fn across(up: Vec3) -> (Vec3, Vec3) {
    let forward = up.cross(Vec3::new(1.0, 0.0, 0.0)).unit();
    (forward, up.cross(forward).unit())
}

/// Records one sample every 20 ms.
struct Recorder {
    t_ms: i64,
    samples: Vec<AccelSample>,
}

impl Recorder {
    fn new(seconds: f64) -> Recorder {
        Recorder { t_ms: START_MS, samples: Vec::with_capacity((seconds * 50.0) as usize + 1) }
    }

    /// Seconds since the trace started.
    fn now(&self) -> f64 {
        (self.t_ms - START_MS) as f64 / 1_000.0
    }

    fn record(&mut self, a: Vec3) {
        self.samples.push(AccelSample { t_ms: self.t_ms, x: a.x as f32, y: a.y as f32, z: a.z as f32 });
        self.t_ms += PERIOD_MS;
    }

    /// Samples `acceleration(t)` (t in seconds since the trace started) until `until` seconds.
    fn until(&mut self, until: f64, mut acceleration: impl FnMut(f64) -> Vec3) {
        while self.now() < until {
            let a = acceleration(self.now());
            self.record(a);
        }
    }
}

/// A hand holding the phone still: gravity along `up` and a little tremor.
fn held(rng: &mut Rng, up: Vec3, tremor: f64) -> Vec3 {
    up.scale(G).add(Vec3::new(rng.noise(tremor), rng.noise(tremor), rng.noise(tremor)))
}

/// A person shaking the phone on purpose: quiet in the hand for 0.4–0.8 s, then ~1.5 s of vigorous back-and-forth
/// at 3–4.5 Hz along the phone's width (within 10° of it), then quiet again for 0.5–0.8 s. The hand stops hard at
/// each end of the stroke, so the acceleration is square-ish rather than a sine: peaks of 20–30 m/s² with
/// gravity, a sharp swing through zero in between.
pub fn real_shake(seed: u64) -> Vec<AccelSample> {
    let mut rng = Rng::new(seed);
    let up = up(rng.range(10.0, 45.0), rng.range(-10.0, 10.0));
    let before = rng.range(0.4, 0.8);
    let length = rng.range(1.4, 1.6);
    let after = rng.range(0.5, 0.8);
    let frequency = rng.range(3.0, 4.5);
    let strength = rng.range(20.0, 27.0);
    let angle = rng.range(-10.0f64, 10.0).to_radians();
    let stroke = Vec3::new(angle.cos(), angle.sin(), 0.0);
    let phase = rng.range(0.0, 2.0 * PI);
    let mut trace = Recorder::new(before + length + after);
    trace.until(before, |_| held(&mut rng, up, 0.15));
    trace.until(before + length, |t| {
        let into = t - before;
        // The first and last 80 ms build up and die down.
        let envelope = (into / 0.08).min((before + length - t) / 0.08).clamp(0.0, 1.0);
        let swing = (4.0 * (2.0 * PI * frequency * into + phase).sin()).tanh() / 4.0f64.tanh();
        let wobble = 1.5 * (4.0 * PI * frequency * into).sin();
        held(&mut rng, up, 0.8).add(stroke.scale(strength * envelope * swing)).add(Vec3::new(0.0, 0.0, wobble))
    });
    trace.until(before + length + after, |_| held(&mut rng, up, 0.15));
    trace.samples
}

/// Ten seconds of walking with the phone in the hand or a pocket: steps at 1.8–2.2 Hz push along «up» with peaks
/// of about 12–13 m/s² (gravity included) and troughs of about 7, with some sway sideways and forwards.
pub fn walking(seed: u64) -> Vec<AccelSample> {
    let mut rng = Rng::new(seed);
    let up = up(rng.range(20.0, 70.0), rng.range(-20.0, 20.0));
    let (forward, side) = across(up);
    let cadence = rng.range(1.8, 2.2);
    let bounce = rng.range(2.2, 2.7);
    let heel = rng.range(0.0, 2.0 * PI);
    let mut trace = Recorder::new(10.0);
    trace.until(10.0, |t| {
        let step = 2.0 * PI * cadence * t;
        let vertical = bounce * (step.sin() + 0.3 * (2.0 * step + heel).sin()) / 1.15;
        let sway = 0.8 * (step / 2.0).sin();
        let surge = 1.0 * (step + 1.0).sin();
        held(&mut rng, up, 0.2).add(up.scale(vertical)).add(side.scale(sway)).add(forward.scale(surge))
    });
    trace.samples
}

/// A phone slammed on a table: held for a second, lowered and turned flat in 0.3–0.4 s, then the impact — one
/// spike of 30–45 m/s² lasting one or two samples (20–40 ms) and, every other time, a smaller bounce 40–60 ms
/// later — all within 100 ms, then two seconds lying still, face up, at 9.81.
pub fn put_down_hard(seed: u64) -> Vec<AccelSample> {
    let mut rng = Rng::new(seed);
    let (pitch, roll) = (rng.range(20.0, 60.0), rng.range(-15.0, 15.0));
    let lowering = rng.range(0.3, 0.4);
    let flat = Vec3::new(0.0, 0.0, 1.0);
    let mut trace = Recorder::new(1.0 + lowering + 2.2);
    trace.until(1.0, |_| held(&mut rng, up(pitch, roll), 0.15));
    trace.until(1.0 + lowering, |t| {
        let done = ((t - 1.0) / lowering).clamp(0.0, 1.0);
        let facing = up(pitch * (1.0 - done), roll * (1.0 - done));
        // Down faster, then slowing before the table: less than g, then more.
        let push = -1.5 * (2.0 * PI * done).sin();
        held(&mut rng, facing, 0.2).add(facing.scale(push))
    });
    let spike_samples = if rng.chance(0.5) { 1 } else { 2 };
    for _ in 0..spike_samples {
        let spike = Vec3::new(rng.noise(5.0), rng.noise(5.0), rng.range(30.0, 45.0));
        trace.record(spike);
    }
    if rng.chance(0.5) {
        let gap = if rng.chance(0.5) { 1 } else { 2 };
        for _ in 0..gap {
            trace.record(flat.scale(rng.range(3.0, 8.0)));
        }
        trace.record(Vec3::new(rng.noise(3.0), rng.noise(3.0), rng.range(15.0, 25.0)));
    }
    let rest_until = trace.now() + 2.0;
    trace.until(rest_until, |_| held(&mut rng, flat, 0.02));
    trace.samples
}

/// A minute in a car with the phone in a holder: road vibration of ±1–2 m/s² (a mix of 8–14 Hz and noise),
/// gentle speeding up and slowing down, a curve or two, one or two potholes (a jolt of ±5–7 m/s² dying out in
/// 0.2 s), and one firm braking of 3–4 m/s² for 2–3 s.
pub fn car_ride(seed: u64) -> Vec<AccelSample> {
    let mut rng = Rng::new(seed);
    let up = up(rng.range(50.0, 80.0), rng.range(-10.0, 10.0));
    let (forward, side) = across(up);
    let road: Vec<(f64, f64, f64)> =
        (0..3).map(|_| (rng.range(8.0, 14.0), rng.range(0.3, 0.5), rng.range(0.0, 2.0 * PI))).collect();
    let potholes: Vec<(f64, f64)> =
        (0..if rng.chance(0.5) { 1 } else { 2 }).map(|_| (rng.range(5.0, 55.0), rng.range(5.0, 7.0))).collect();
    let braking_at = rng.range(20.0, 40.0);
    let braking_for = rng.range(2.0, 3.0);
    let braking = rng.range(3.0, 4.0);
    let curve_at = rng.range(42.0, 52.0);
    let curve = rng.range(-2.0, 2.0);
    let mut trace = Recorder::new(60.0);
    trace.until(60.0, |t| {
        let vibration: f64 =
            road.iter().map(|&(hz, amplitude, phase)| amplitude * (2.0 * PI * hz * t + phase).sin()).sum();
        let vibration = vibration + rng.noise(0.3);
        let jolt: f64 = potholes
            .iter()
            .filter(|&&(at, _)| t >= at && t < at + 0.2)
            .map(|&(at, strength)| strength * (1.0 - (t - at) / 0.2) * (2.0 * PI * 12.5 * (t - at) + PI / 2.0).sin())
            .sum();
        let mut along = 0.5 * (2.0 * PI * t / 17.0).sin();
        if t >= braking_at && t < braking_at + braking_for {
            along -= braking * (PI * (t - braking_at) / braking_for).sin().max(0.0).sqrt();
        }
        let sideways =
            if t >= curve_at && t < curve_at + 4.0 { curve * (PI * (t - curve_at) / 4.0).sin() } else { 0.0 };
        held(&mut rng, up, 0.1)
            .add(up.scale(vibration + jolt))
            .add(forward.scale(along + rng.noise(0.2)))
            .add(side.scale(sideways + rng.noise(0.2)))
    });
    trace.samples
}

/// `trace` moved `by_ms` later (to put two traces one after the other).
pub fn shifted(trace: &[AccelSample], by_ms: i64) -> Vec<AccelSample> {
    trace.iter().map(|sample| AccelSample { t_ms: sample.t_ms.saturating_add(by_ms), ..*sample }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn magnitude(sample: &AccelSample) -> f64 {
        let (x, y, z) = (f64::from(sample.x), f64::from(sample.y), f64::from(sample.z));
        (x * x + y * y + z * z).sqrt()
    }

    fn peak(trace: &[AccelSample]) -> f64 {
        trace.iter().map(magnitude).fold(0.0, f64::max)
    }

    #[test]
    fn traces_are_deterministic_50_hz_and_differ_by_seed() {
        for make in [real_shake, walking, put_down_hard, car_ride] {
            assert_eq!(make(3), make(3));
            assert_ne!(make(3), make(4));
            let trace = make(9);
            assert_eq!(trace.first().map(|s| s.t_ms), Some(START_MS));
            assert!(trace.windows(2).all(|pair| pair[1].t_ms - pair[0].t_ms == PERIOD_MS));
            assert!(trace.iter().all(|s| s.x.is_finite() && s.y.is_finite() && s.z.is_finite()));
        }
        assert_eq!(walking(0).len(), 500);
        assert_eq!(car_ride(0).len(), 3_000);
    }

    #[test]
    fn traces_have_the_strengths_they_model() {
        for seed in 0..50 {
            let shake = peak(&real_shake(seed));
            assert!((19.0..=32.0).contains(&shake), "shake {seed}: {shake}");
            let walk = peak(&walking(seed));
            assert!((11.5..=13.8).contains(&walk), "walking {seed}: {walk}");
            let slam = put_down_hard(seed);
            assert!(peak(&slam) >= 30.0, "put down {seed}");
            let strong: Vec<i64> = slam.iter().filter(|s| magnitude(s) > 12.0).map(|s| s.t_ms).collect();
            let span = strong.last().copied().unwrap_or(0) - strong.first().copied().unwrap_or(0);
            assert!(span < 100, "put down {seed}: strong for {span} ms");
            let rest = slam.last().map(magnitude).unwrap_or(0.0);
            assert!((rest - G).abs() < 0.1, "put down {seed} rests at {rest}");
            let car = car_ride(seed);
            let rough = car.iter().filter(|s| magnitude(s) > 13.0).count();
            assert!(rough <= 20, "car {seed}: {rough} samples over 13");
        }
    }
}
