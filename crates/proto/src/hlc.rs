//! Hybrid logical clock (Kulkarni et al.): timestamps that follow wall-clock time when clocks
//! agree and still order causally related events when they do not. A timestamp is one `u64`:
//! the high 48 bits are Unix milliseconds, the low 16 bits a counter for events within the
//! same millisecond. Wall-clock time is always passed in, never read here.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A hybrid logical clock timestamp.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Hlc(pub u64);

const COUNTER_BITS: u32 = 16;
const COUNTER_MAX: u64 = (1 << COUNTER_BITS) - 1;

impl Hlc {
    /// The timestamp of `unix_ms` with a zero counter.
    pub fn from_unix_ms(unix_ms: u64) -> Self {
        Self(unix_ms << COUNTER_BITS)
    }

    /// Milliseconds since the Unix epoch.
    pub fn unix_ms(self) -> u64 {
        self.0 >> COUNTER_BITS
    }

    /// The counter within the millisecond.
    pub fn counter(self) -> u16 {
        (self.0 & COUNTER_MAX) as u16
    }

    /// The timestamp for a new local event, given the last timestamp this device issued or
    /// observed and the wall clock now. Always strictly greater than `last`.
    pub fn tick(last: Hlc, now_unix_ms: u64) -> Hlc {
        let wall = Hlc::from_unix_ms(now_unix_ms);
        if wall > last { wall } else { Hlc(last.0 + 1) }
    }

    /// The clock after receiving a remote timestamp: never behind anything seen, so events
    /// made after reading a remote record sort after it even if this device's clock is slow.
    pub fn observe(last: Hlc, remote: Hlc, now_unix_ms: u64) -> Hlc {
        Hlc::tick(last.max(remote), now_unix_ms)
    }
}

impl fmt::Debug for Hlc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Hlc({}ms+{})", self.unix_ms(), self.counter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_the_wall_clock_when_it_moves_forward() {
        let t = Hlc::tick(Hlc::from_unix_ms(1_000), 2_000);
        assert_eq!((t.unix_ms(), t.counter()), (2_000, 0));
    }

    #[test]
    fn counts_when_the_wall_clock_stands_still_or_goes_back() {
        let a = Hlc::tick(Hlc::from_unix_ms(5_000), 5_000);
        let b = Hlc::tick(a, 4_000);
        assert!(b > a);
        assert_eq!((b.unix_ms(), b.counter()), (5_000, 2));
    }

    #[test]
    fn observing_a_remote_time_from_the_future_moves_past_it() {
        let remote = Hlc::from_unix_ms(9_000);
        let t = Hlc::observe(Hlc::from_unix_ms(1_000), remote, 2_000);
        assert!(t > remote);
    }
}
