//! Stable sorting through one small shared sort.
//!
//! Each `sort_by` call with its own element type or closure makes the
//! compiler emit the whole standard sort again, several KB of WebAssembly
//! every time, and even one copy of the standard library's adaptive sort is
//! about 5 KB. Here only indices are sorted, by a plain merge sort through a
//! dynamic comparator, so the app carries a few hundred bytes of sort; per
//! element type only a short reordering loop remains.

use std::cmp::Ordering;

/// The indices `0..len` in the order `cmp` puts them; equal ones keep
/// ascending index order (a stable sort).
pub fn sorted_indices(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    // Stored histories are nearly always in order already: one pass says so.
    if (1..len).all(|k| cmp(k - 1, k) != Ordering::Greater) {
        return order;
    }
    // Bottom-up merge sort: runs of 1, 2, 4, ... merged into `merged`.
    let mut merged = vec![0; len];
    let mut width = 1;
    while width < len {
        for start in (0..len).step_by(2 * width) {
            let mid = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right) = (start, mid);
            for slot in &mut merged[start..end] {
                // On a tie the left run goes first: that keeps the sort stable.
                let take_left = right == end || (left < mid && cmp(order[right], order[left]) != Ordering::Less);
                if take_left {
                    *slot = order[left];
                    left += 1;
                } else {
                    *slot = order[right];
                    right += 1;
                }
            }
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Sorts `items` stably by `cmp`: the same result as `slice::sort_by`.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = sorted_indices(items.len(), &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_by_is_stable_and_matches_std() {
        // Pairs sorted by the first field only: ties must keep input order.
        let input: Vec<(u8, u8)> = vec![(3, 0), (1, 1), (3, 2), (0, 3), (1, 4), (3, 5), (2, 6), (0, 7)];
        let mut ours = input.clone();
        sort_by(&mut ours, &|a, b| a.0.cmp(&b.0));
        let mut theirs = input;
        theirs.sort_by_key(|a| a.0);
        assert_eq!(ours, theirs);
        assert_eq!(ours, vec![(0, 3), (0, 7), (1, 1), (1, 4), (2, 6), (3, 0), (3, 2), (3, 5)]);
    }

    #[test]
    fn sorted_indices_orders_by_key() {
        let keys = [5, 2, 9, 2];
        assert_eq!(sorted_indices(keys.len(), &|a, b| keys[a].cmp(&keys[b])), vec![1, 3, 0, 2]);
        assert!(sorted_indices(0, &|_, _| Ordering::Equal).is_empty());
    }

    #[test]
    fn sorted_indices_matches_std_stable_sort_on_every_length() {
        // Few distinct keys, so ties are common; lengths cover partial runs.
        let mut seed: u32 = 12_345;
        for len in 0..130 {
            let keys: Vec<u32> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                    (seed >> 24) % 7
                })
                .collect();
            let mut expected: Vec<usize> = (0..len).collect();
            expected.sort_by_key(|&i| keys[i]);
            assert_eq!(sorted_indices(len, &|a, b| keys[a].cmp(&keys[b])), expected, "{keys:?}");
            let descending = |a: usize, b: usize| keys[b].cmp(&keys[a]);
            let mut expected: Vec<usize> = (0..len).collect();
            expected.sort_by(|&a, &b| descending(a, b));
            assert_eq!(sorted_indices(len, &descending), expected, "{keys:?}");
        }
    }
}
