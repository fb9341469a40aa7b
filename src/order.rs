//! Stable sorting through one shared copy of the standard sort.
//!
//! Each `sort_by` call with its own element type or closure makes the
//! compiler emit the whole standard sort again, several KB of WebAssembly
//! every time. Here only indices are sorted, through a dynamic comparator, so
//! the app carries that code once; per element type only a short reordering
//! loop remains.

use std::cmp::Ordering;

/// The indices `0..len` in the order `cmp` puts them; equal ones keep
/// ascending index order (a stable sort).
pub fn sorted_indices(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|a, b| cmp(*a, *b));
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
}
