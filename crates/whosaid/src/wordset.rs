//! Constant hash tables of words, built at compile time: one FNV-1a hash and
//! usually one comparison per lookup, no allocation. Case-insensitive for
//! ASCII; lists are written in lowercase.

/// FNV-1a offset basis.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a prime.
pub const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a of `b`.
pub const fn fnv(b: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

/// Each byte with ASCII letters lowercased (one load instead of a test and
/// a branch, in the loops that hash every word of a text).
pub static LOWER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).to_ascii_lowercase();
        b += 1;
    }
    t
};

/// FNV-1a of `b` with ASCII letters lowercased: a key for a word in any case.
#[inline]
pub fn fnv_folded(b: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    for &c in b {
        h = (h ^ LOWER[c as usize] as u64).wrapping_mul(FNV_PRIME);
    }
    h
}

/// A fast, non-cryptographic hasher (FNV-1a) for the engine's hash maps:
/// their keys are words and token indices of one text, not hostile input
/// that could collide on purpose to any effect beyond a slower run.
#[derive(Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(FNV_OFFSET)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(FNV_PRIME);
        }
    }

    fn write_usize(&mut self, n: usize) {
        // One multiply per integer key, spread by a final mix.
        self.0 = (self.0 ^ n as u64).wrapping_mul(FNV_PRIME);
        self.0 ^= self.0 >> 29;
    }
}

/// `HashMap` with [`Fnv`].
pub type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;
/// `HashSet` with [`Fnv`].
pub type FastSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<Fnv>>;

/// Open-addressing slots for `keys`: each holds one plus a key's index, or 0.
pub const fn build<const SLOTS: usize>(keys: &[&str]) -> [u16; SLOTS] {
    let mut t = [0u16; SLOTS];
    let mut i = 0;
    while i < keys.len() {
        let mut slot = (fnv(keys[i].as_bytes()) as usize) & (SLOTS - 1);
        while t[slot] != 0 {
            slot = (slot + 1) & (SLOTS - 1);
        }
        t[slot] = (i + 1) as u16;
        i += 1;
    }
    t
}

/// The total length of `keys`.
pub const fn packed_len(keys: &[&str]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < keys.len() {
        n += keys[i].len();
        i += 1;
    }
    n
}

/// `keys` one after the other (`N` is [`packed_len`]).
pub const fn pack<const N: usize>(keys: &[&str]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut n = 0;
    let mut i = 0;
    while i < keys.len() {
        let b = keys[i].as_bytes();
        let mut j = 0;
        while j < b.len() {
            out[n] = b[j];
            n += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

/// Where each of `keys` ends in [`pack`]'s bytes (`N` is `keys.len()`).
pub const fn ends<const N: usize>(keys: &[&str]) -> [u16; N] {
    assert!(packed_len(keys) <= u16::MAX as usize, "a word set of more than 64 KB");
    let mut out = [0u16; N];
    let mut n = 0;
    let mut i = 0;
    while i < keys.len() {
        n += keys[i].len();
        out[i] = n as u16;
        i += 1;
    }
    out
}

/// A set (or map, through [`WordSet::index`]) of lowercase words.
///
/// The words are stored as one run of bytes and the offset where each ends,
/// not as a list of `&str`: on wasm32 a `&str` is 8 bytes of pointer and
/// length, more than most words, and pointers compress badly.
#[derive(Clone, Copy)]
pub struct WordSet {
    /// Every word, one after the other.
    bytes: &'static [u8],
    /// Where each word ends in `bytes` (it starts where the one before ends).
    ends: &'static [u16],
    slots: &'static [u16],
    /// A filter on (first two bytes, last byte, length) with at least eight
    /// bits per key: most words that are not in the set are turned away
    /// before hashing.
    filter: &'static [u64],
}

/// The filter bit of a lowercase word with these first, second (0 if none)
/// and last bytes and length, in a filter of `bits` bits (a power of two).
#[inline]
pub const fn filter_bit(first: u8, second: u8, last: u8, len: usize, bits: usize) -> usize {
    let key = first as u32 | (second as u32) << 8 | (last as u32) << 16 | (len as u32) << 24;
    (key.wrapping_mul(0x9E37_79B1) >> 16) as usize & (bits - 1)
}

/// The number of `u64` words in the filter of a set with `keys` keys.
pub const fn filter_words(keys: usize) -> usize {
    let w = (keys * 8).next_power_of_two() / 64;
    if w < 16 {
        16
    } else {
        w
    }
}

/// The filter of `keys` (see [`WordSet`]), `N` words long.
pub const fn build_filter<const N: usize>(keys: &[&str]) -> [u64; N] {
    let mut f = [0u64; N];
    let mut i = 0;
    while i < keys.len() {
        let b = keys[i].as_bytes();
        if !b.is_empty() {
            let second = if b.len() > 1 { b[1] } else { 0 };
            let bit = filter_bit(b[0], second, b[b.len() - 1], b.len(), N * 64);
            f[bit / 64] |= 1u64 << (bit % 64);
        }
        i += 1;
    }
    f
}

/// The longest word a set holds; longer words are never members.
const MAX: usize = 32;

impl WordSet {
    /// A set over the words packed by [`pack`] and [`ends`], with the table
    /// `slots` built by [`build`] and the filter by [`build_filter`].
    pub const fn new(
        bytes: &'static [u8],
        ends: &'static [u16],
        slots: &'static [u16],
        filter: &'static [u64],
    ) -> WordSet {
        WordSet { bytes, ends, slots, filter }
    }

    /// Word `k` as listed.
    fn key(&self, k: usize) -> Option<&'static [u8]> {
        let start = match k.checked_sub(1) {
            Some(j) => *self.ends.get(j)? as usize,
            None => 0,
        };
        self.bytes.get(start..*self.ends.get(k)? as usize)
    }

    /// The index in the key list of `word` (any ASCII case), if present.
    #[inline]
    pub fn index(&self, word: &str) -> Option<usize> {
        let b = word.as_bytes();
        let (&first, &last) = (b.first()?, b.last()?);
        if b.len() > MAX {
            return None;
        }
        let second = b.get(1).map_or(0, u8::to_ascii_lowercase);
        let bit =
            filter_bit(first.to_ascii_lowercase(), second, last.to_ascii_lowercase(), b.len(), self.filter.len() * 64);
        if self.filter.get(bit / 64).is_none_or(|w| w & (1u64 << (bit % 64)) == 0) {
            return None;
        }
        self.probe(b)
    }

    /// The hash-table half of [`WordSet::index`], for words the filter let through.
    fn probe(&self, b: &[u8]) -> Option<usize> {
        let h = fnv_folded(b);
        let mask = self.slots.len() - 1;
        let mut slot = (h as usize) & mask;
        loop {
            let k = (*self.slots.get(slot)? as usize).checked_sub(1)?;
            // Keys are lowercase: comparing ignoring ASCII case is comparing
            // with the word lowercased.
            if self.key(k).is_some_and(|key| key.eq_ignore_ascii_case(b)) {
                return Some(k);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Whether `word` (any ASCII case) is in the set.
    pub fn contains(&self, word: &str) -> bool {
        self.index(word).is_some()
    }

    /// The words, as listed.
    pub fn keys(&self) -> Vec<&'static str> {
        (0..self.ends.len()).filter_map(|k| std::str::from_utf8(self.key(k)?).ok()).collect()
    }
}

/// Declares a `WordSet` constant from a list of lowercase words.
#[macro_export]
macro_rules! word_set {
    ($(#[$m:meta])* $vis:vis $name:ident = [$($w:literal),* $(,)?]) => {
        $(#[$m])*
        $vis const $name: $crate::wordset::WordSet = {
            const KEYS: &[&str] = &[$($w),*];
            const SLOTS: usize = (KEYS.len() * 2 + 1).next_power_of_two();
            const TABLE: [u16; SLOTS] = $crate::wordset::build::<SLOTS>(KEYS);
            const FILTER: [u64; $crate::wordset::filter_words(KEYS.len())] = $crate::wordset::build_filter(KEYS);
            const BYTES: [u8; $crate::wordset::packed_len(KEYS)] = $crate::wordset::pack(KEYS);
            const ENDS: [u16; KEYS.len()] = $crate::wordset::ends(KEYS);
            $crate::wordset::WordSet::new(&BYTES, &ENDS, &TABLE, &FILTER)
        };
    };
}

#[cfg(test)]
mod tests {
    crate::word_set!(SMALL = ["said", "told", "according", "x"]);

    #[test]
    fn finds_words_in_any_case() {
        assert!(SMALL.contains("said"));
        assert!(SMALL.contains("Said"));
        assert!(SMALL.contains("TOLD"));
        assert!(SMALL.contains("x"));
        assert!(!SMALL.contains("sai"));
        assert!(!SMALL.contains(""));
        assert!(!SMALL.contains("saidsaidsaidsaidsaidsaidsaidsaidsaid"));
        assert!(!SMALL.contains("sáid"));
        assert_eq!(SMALL.index("according"), Some(2));
        assert_eq!(SMALL.keys(), ["said", "told", "according", "x"]);
    }
}
