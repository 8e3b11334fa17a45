//! One sorting routine for the whole program.
//!
//! Every `sort_by_key` with its own closure compiles a sorting algorithm of its
//! own (several kilobytes of wasm each). These helpers sort a plain
//! `Vec<(u128, u32)>` of keys and positions (one instantiation, shared by every
//! caller) and then move the items into that order. Stable: equal keys keep
//! their order.

/// Sorts `items` stably by `key`.
pub fn by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u128) {
    // Most callers' items are already in order (names, claims and mentions
    // are found in text order): then nothing is allocated.
    if items.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        return;
    }
    let order = sorted_order(items.iter().map(key).collect());
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots.get_mut(i).and_then(Option::take)));
}

/// The positions of `keys` in ascending (stable) order.
pub fn sorted_order(keys: Vec<u128>) -> Vec<usize> {
    let mut pairs: Vec<(u128, u32)> = keys.into_iter().enumerate().map(|(i, k)| (k, i as u32)).collect();
    pairs.sort_unstable();
    pairs.into_iter().map(|(_, i)| i as usize).collect()
}

/// A key of two numbers, the first deciding.
pub fn pair(a: usize, b: usize) -> u128 {
    ((a as u128) << 64) | b as u128
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_key() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        by_key(&mut v, |&(k, _)| k as u128);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
        let mut spans = vec![(5usize, 9usize), (5, 7), (1, 2)];
        by_key(&mut spans, |&(s, e)| pair(s, e));
        assert_eq!(spans, [(1, 2), (5, 7), (5, 9)]);
        let mut empty: Vec<u8> = Vec::new();
        by_key(&mut empty, |&x| x as u128);
        assert!(empty.is_empty());
    }
}
