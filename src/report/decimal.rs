//! Report stage, numbers in CSV tables: ratios rounded to ten significant
//! digits, in the layout of Rust's shortest round-trip form (`0.25`,
//! `1.0`, `0.000123`, `1.5e-7`).
//!
//! Ten digits are more than any reader of a report needs and keep every
//! rate within 5e-11 of its exact value (the cross-checks against NetworkX
//! ask for 1e-9), while the shortest round-trip form often takes seventeen:
//! at ten million memberships `pairs.csv` holds four ratios on each of
//! eight million rows, and the digits past the tenth were a third of its
//! bytes. A value that has ten significant digits or fewer is written
//! exactly as the shortest round-trip form writes it.

/// Significant digits kept.
pub const DIGITS: u32 = 10;

const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// `x.round()` (half away from zero) without the call into libm that
/// `f64::round` makes, once per number of millions of rows: in [1e8,
/// 1e11), adding a half is exact and truncating a positive number is its
/// floor.
#[inline]
fn round_half_away(x: f64) -> f64 {
    if (1e8..1e11).contains(&x) {
        ((x + 0.5) as u64) as f64
    } else {
        x.round()
    }
}

/// `x` rounded to [`DIGITS`] significant digits: `(digits, k)` with
/// `x ≈ digits × 10^k`, `digits` without trailing zeros. `None` for zero,
/// negative, non-finite values and for magnitudes where the scaling by a
/// power of ten would not be exact (below 1e-13 or from 1e31 up).
fn round(x: f64) -> Option<(u64, i32)> {
    if !(x.is_finite() && x > 0.0) {
        return None;
    }
    // 10^e <= x < 10^(e+1): from the binary exponent, e is
    // floor(e2 × log10(2)) or one more (78913 / 2^18 ≈ log10(2)); the loop
    // below mends it.
    let e2 = ((x.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut e = (e2 * 78913) >> 18;
    for _ in 0..4 {
        // Scale x to [10^9, 10^10): multiply or divide by an exact power.
        let shift = DIGITS as i32 - 1 - e;
        let scaled = if (0..=22).contains(&shift) {
            x * POW10[shift as usize]
        } else if (-22..0).contains(&shift) {
            x / POW10[(-shift) as usize]
        } else {
            return None;
        };
        let n = round_half_away(scaled);
        if n >= 1e10 {
            if n == 1e10 && scaled < 1e10 {
                // Rounded up to the next power of ten: 9.9999999996 -> 10.
                return Some((1, e + 1));
            }
            e += 1;
        } else if n < 1e9 {
            e -= 1;
        } else {
            let mut digits = n as u64;
            let mut k = -shift;
            while digits % 10 == 0 {
                digits /= 10;
                k += 1;
            }
            return Some((digits, k));
        }
    }
    None
}

/// Appends `x` to `out`: rounded to [`DIGITS`] significant digits, laid out
/// as the shortest round-trip form (ryu) lays out the same digits. Values
/// [`round`] declines are written in the shortest round-trip form itself.
pub fn push(out: &mut Vec<u8>, x: f64, fallback: &mut ryu::Buffer, ints: &mut itoa::Buffer) {
    // A q-value of 1 (all but a few thousand of pairs.csv's millions of
    // rows) needs no rounding.
    if x == 1.0 {
        out.extend_from_slice(b"1.0");
        return;
    }
    let Some((digits, k)) = round(x) else {
        out.extend_from_slice(fallback.format(x).as_bytes());
        return;
    };
    let d = ints.format(digits).as_bytes();
    let len = d.len() as i32;
    // x = 0.d1d2…dlen × 10^kk
    let kk = k + len;
    if (0..=16).contains(&k) && kk <= 16 {
        // 1234e2 -> 123400.0
        out.extend_from_slice(d);
        out.extend(std::iter::repeat_n(b'0', k as usize));
        out.extend_from_slice(b".0");
    } else if 0 < kk && kk <= 16 {
        // 1234e-2 -> 12.34
        out.extend_from_slice(&d[..kk as usize]);
        out.push(b'.');
        out.extend_from_slice(&d[kk as usize..]);
    } else if -5 < kk && kk <= 0 {
        // 1234e-6 -> 0.001234
        out.extend_from_slice(b"0.");
        out.extend(std::iter::repeat_n(b'0', (-kk) as usize));
        out.extend_from_slice(d);
    } else {
        // 1234e-10 -> 1.234e-7; 1e30
        out.push(d[0]);
        if len > 1 {
            out.push(b'.');
            out.extend_from_slice(&d[1..]);
        }
        out.push(b'e');
        out.extend_from_slice(ints.format(kk - 1).as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn fmt(x: f64) -> String {
        let mut out = Vec::new();
        push(
            &mut out,
            x,
            &mut ryu::Buffer::new(),
            &mut itoa::Buffer::new(),
        );
        String::from_utf8(out).unwrap()
    }

    fn significant(s: &str) -> usize {
        let mantissa = s.split('e').next().unwrap();
        let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
        let digits = digits.trim_start_matches('0');
        // "1.0" and "1230.0": zeros after the last non-zero digit are not
        // significant.
        digits.trim_end_matches('0').len()
    }

    // Worked by hand.
    #[test]
    fn examples() {
        assert_eq!(fmt(0.0), "0.0");
        assert_eq!(fmt(1.0), "1.0");
        assert_eq!(fmt(0.5), "0.5");
        assert_eq!(fmt(2.0 / 3.0), "0.6666666667");
        assert_eq!(fmt(1.0 / 3.0), "0.3333333333");
        assert_eq!(fmt(0.028665805942693037), "0.02866580594");
        assert_eq!(fmt(0.028665805952693037), "0.02866580595");
        assert_eq!(fmt(15558.298468090687), "15558.29847");
        assert_eq!(fmt(1234500.0), "1234500.0");
        assert_eq!(fmt(12345678901.0), "12345678900.0");
        assert_eq!(fmt(0.000123), "0.000123");
        assert_eq!(fmt(1.0 / 7.0 * 1e-6), "1.428571429e-7");
        assert_eq!(fmt(1e-7), "1e-7");
        assert_eq!(fmt(0.99999999999), "1.0");
        assert_eq!(fmt(9.99999999996), "10.0");
        assert_eq!(fmt(f64::NAN), "NaN");
    }

    // Values with ten significant digits or fewer: exactly ryu's text.
    #[test]
    fn short_values_are_written_as_ryu_writes_them() {
        for x in [
            0.25,
            0.1,
            0.2,
            0.3,
            1.5,
            100.0,
            0.001,
            0.00001,
            123456789.0,
            0.0625,
            3.0,
            1e-5,
            2e-6,
            1e20,
            7.0,
            0.7,
        ] {
            assert_eq!(fmt(x), ryu::Buffer::new().format(x), "{x}");
        }
    }

    proptest! {
        // Independent check: parsing the text back gives the value within
        // half a unit of the tenth digit, with ten digits or fewer, and
        // ryu's own text when that is short already.
        #[test]
        fn within_half_a_unit_of_the_tenth_digit(m in 1.0f64..10.0, e in -12i32..20) {
            let x = m * 10f64.powi(e);
            let s = fmt(x);
            let back: f64 = s.parse().unwrap();
            prop_assert!((back - x).abs() <= x * 5.000001e-10, "{} -> {}", x, s);
            prop_assert!(significant(&s) <= DIGITS as usize, "{} -> {}", x, s);
            let ryu = ryu::Buffer::new().format(x).to_string();
            if significant(&ryu) <= DIGITS as usize {
                prop_assert_eq!(&s, &ryu);
            }
        }

        #[test]
        fn rounding_is_f64_round(x in 1e7f64..2e11, half in proptest::bool::ANY) {
            // Halves too: the ties are where roundings differ.
            let x = if half { x.trunc() + 0.5 } else { x };
            prop_assert_eq!(round_half_away(x).to_bits(), x.round().to_bits());
        }

        #[test]
        fn ratios_of_counts(a in 0u64..5_000_000, b in 1u64..5_000_000) {
            let x = a as f64 / b as f64;
            let back: f64 = fmt(x).parse().unwrap();
            prop_assert!((back - x).abs() <= x * 5.000001e-10);
        }
    }
}
