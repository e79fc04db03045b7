//! The crate's sorts, each compiled once. Every call of a standard sort with its own element
//! type, key or comparator is a copy of the whole algorithm in the wasm (2 to 8 KB each; there
//! were sixteen). The calls here share one: positions sorted with a comparison behind a `dyn`,
//! by keys of two numbers (`by_key`) or by any comparison (`by`).

use std::cmp::Ordering;

/// Sorts `v` stably by a key of two numbers: mentions and triggers by span, phrases by start.
pub(crate) fn by_key<T>(v: &mut [T], key: impl Fn(&T) -> (usize, usize)) {
    // Most are in order already: no allocation then.
    if v.is_sorted_by_key(&key) {
        return;
    }
    // The keys once, then positions sorted by them with the one comparison sort (stable: the
    // standard stable sort merges runs already in order, and mentions are two such runs).
    let keys: Vec<(usize, usize)> = v.iter().map(key).collect();
    let order = order_by(v.len(), &mut |a, b| keys[a].cmp(&keys[b]));
    permute(v, order);
}

/// Sorts `v` stably by `cmp`: the sorts of strings and records, none of them per sentence.
pub(crate) fn by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.is_sorted_by(|a, b| cmp(a, b) != Ordering::Greater) {
        return;
    }
    let order = order_by(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    permute(v, order);
}

fn order_by(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Puts the element at `order[i]` at `i`, in place (the standard `sort_by_cached_key` way:
/// an element already moved is found by following the positions it was swapped to).
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    for i in 0..v.len() {
        let mut j = order[i];
        while j < i {
            j = order[j];
        }
        order[i] = j;
        if j != i {
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_001_both_sorts_are_stable_and_agree_with_std() {
        let mut seed = 7u64;
        for n in [0, 1, 2, 3, 17, 40, 300] {
            let v: Vec<(usize, usize, u32)> = (0..n)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 60) as usize, (seed >> 58 & 3) as usize, i)
                })
                .collect();
            let mut want = v.clone();
            want.sort_by_key(|x| (x.0, x.1));
            let mut got = v.clone();
            by_key(&mut got, |x| (x.0, x.1));
            assert_eq!(got, want, "by_key, {n} elements");
            let mut got = v.clone();
            by(&mut got, |x, y| (x.0, x.1).cmp(&(y.0, y.1)));
            assert_eq!(got, want, "by, {n} elements");
        }
    }
}
