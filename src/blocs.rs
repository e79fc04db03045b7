//! The signed actor graph and its blocs.
//!
//! Persons and national bodies fold into the actor they act for; negated relations are left
//! out. Each connected part of the graph is split in two by structural balance: exactly (every
//! split tried) up to [`EXACT_LIMIT`] actors, by a deterministic local search beyond.

use crate::gazetteer::Str;
use crate::relations::Relation;
use crate::resolve::Resolved;

/// The largest part of the graph split by trying every assignment.
pub const EXACT_LIMIT: usize = 12;

/// The net stance between two actors: the sum of their relations' signed intensities.
#[derive(Debug, Clone, PartialEq)]
pub struct Stance {
    /// One actor (the smaller id).
    pub a: Str,
    /// The other actor.
    pub b: Str,
    /// Positive when aligned, negative when opposed.
    pub net: f32,
}

/// The blocs and the net stance of every related pair.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Blocs {
    /// Each bloc sorted, largest first.
    pub blocs: Vec<Vec<Str>>,
    /// Net stance per pair, sorted by ids.
    pub stances: Vec<Stance>,
}

/// Partitions the actors of the relations into blocs.
pub fn blocs(r: &Resolved, relations: &[Relation]) -> Blocs {
    // Signed weights between folded actors, in the order of the relations.
    let mut kept: Vec<(usize, usize, f32)> = Vec::new();
    for rel in relations.iter().filter(|x| !x.negated) {
        let (a, b) = (r.fold(rel.source), r.fold(rel.target));
        if a == b {
            continue;
        }
        kept.push((a, b, rel.intensity.abs().max(0.5) * f32::from(rel.polarity)));
    }
    // The actors ranked by id (equal ids, equal ranks): pairs keyed by ranks sort as pairs of
    // ids would, each comparison of two numbers, and the ids are compared only to rank them.
    let mut actors: Vec<usize> = kept.iter().flat_map(|&(a, b, _)| [a, b]).collect();
    crate::sort::by_key(&mut actors, |&x| (x, 0));
    actors.dedup();
    crate::sort::by(&mut actors, |&x, &y| {
        r.entities[x].id.cmp(&r.entities[y].id)
    });
    let mut rank = vec![0; r.entities.len()];
    let mut nodes: Vec<&Str> = Vec::with_capacity(actors.len());
    for &x in &actors {
        let id = &r.entities[x].id;
        if nodes.last() != Some(&id) {
            nodes.push(id);
        }
        rank[x] = nodes.len() - 1;
    }
    // Sorted stably, so that each pair's weights add up in the order of the relations.
    let mut pairs: Vec<((usize, usize), f32)> = kept
        .iter()
        .map(|&(a, b, w)| {
            let (a, b) = (rank[a], rank[b]);
            (if a < b { (a, b) } else { (b, a) }, w)
        })
        .collect();
    crate::sort::by_key(&mut pairs, |x| x.0);
    let mut weights: Vec<((usize, usize), f32)> = Vec::with_capacity(pairs.len());
    for (key, w) in pairs {
        match weights.last_mut() {
            Some((k, net)) if *k == key => *net += w,
            _ => weights.push((key, w)),
        }
    }
    let stances: Vec<Stance> = weights
        .iter()
        .map(|&((a, b), net)| Stance {
            a: nodes[a].clone(),
            b: nodes[b].clone(),
            net,
        })
        .collect();
    // Every ranked actor is in a pair: the nodes are the ranks.
    let n = nodes.len();
    let adj = Adjacency::new(n, &weights);
    // Connected parts, each split in two.
    let mut part = vec![usize::MAX; n];
    let mut out: Vec<Vec<usize>> = Vec::new();
    for root in 0..n {
        if part[root] != usize::MAX {
            continue;
        }
        let mut comp = vec![root];
        part[root] = root;
        let mut k = 0;
        while k < comp.len() {
            let v = comp[k];
            for &(u, _) in adj.of(v) {
                if part[u] == usize::MAX {
                    part[u] = root;
                    comp.push(u);
                }
            }
            k += 1;
        }
        crate::sort::by_key(&mut comp, |&v| (v, 0));
        let side = split(&comp, &adj);
        for s in [false, true] {
            let bloc: Vec<usize> = comp
                .iter()
                .zip(&side)
                .filter(|(_, &x)| x == s)
                .map(|(&v, _)| v)
                .collect();
            if !bloc.is_empty() {
                out.push(bloc);
            }
        }
    }
    // Nodes are sorted by id, so each bloc of ascending positions is sorted by id, and two
    // blocs, disjoint, compare as their first ids: largest first, then by id.
    crate::sort::by_key(&mut out, |b| (usize::MAX - b.len(), b[0]));
    Blocs {
        blocs: out
            .iter()
            .map(|b| b.iter().map(|&v| nodes[v].clone()).collect())
            .collect(),
        stances,
    }
}

/// Each node's weighted edges, in the order of the pairs: one list cut at each node's start,
/// not a vector grown for each node.
struct Adjacency {
    start: Vec<usize>,
    edges: Vec<(usize, f32)>,
}

impl Adjacency {
    /// The edges of the pairs of a weight other than zero, both ways.
    fn new(n: usize, weights: &[((usize, usize), f32)]) -> Adjacency {
        let live = || weights.iter().filter(|&&(_, w)| w != 0.0);
        let mut start = vec![0; n + 1];
        for &((i, j), _) in live() {
            start[i + 1] += 1;
            start[j + 1] += 1;
        }
        for v in 0..n {
            start[v + 1] += start[v];
        }
        let mut next = start.clone();
        let mut edges = vec![(0, 0.0); start[n]];
        for &((i, j), w) in live() {
            edges[next[i]] = (j, w);
            next[i] += 1;
            edges[next[j]] = (i, w);
            next[j] += 1;
        }
        Adjacency { start, edges }
    }

    fn of(&self, v: usize) -> &[(usize, f32)] {
        &self.edges[self.start[v]..self.start[v + 1]]
    }
}

/// Frustration of the assignment that puts every actor on one side: the negative weight.
/// `w` is the part's dense weight matrix, `n` by `n`.
fn frustration(w: &[f32], n: usize) -> f32 {
    let mut f = 0.0;
    for i in 0..n {
        for &x in &w[i * n + i + 1..(i + 1) * n] {
            if x < 0.0 {
                f += x.abs();
            }
        }
    }
    f
}

/// The most rounds of single moves the local search makes: it settles in a few on any real
/// text, and a graph of thousands of actors must not cost rounds by the thousand.
const MAX_ROUNDS: usize = 64;

/// The two sides of one connected part with the least frustration.
fn split(comp: &[usize], adj: &Adjacency) -> Vec<bool> {
    let n = comp.len();
    let pos = |v: usize| comp.binary_search(&v).ok();
    if n <= EXACT_LIMIT {
        let mut w = vec![0.0f32; n * n];
        for (i, &v) in comp.iter().enumerate() {
            for &(u, x) in adj.of(v) {
                if let Some(j) = pos(u) {
                    w[i * n + j] = x;
                }
            }
        }
        // The first actor stays on side `false`; every assignment of the others is visited in
        // Gray-code order, one actor moving at a time, so each step costs one row of `w`.
        let mut f = frustration(&w, n);
        // The sides as the bits of one number: a step flips a bit, the best is copied whole.
        let mut side = 0u32;
        let mut best = side;
        let mut best_f = f;
        // Each row's other actors with a weight, in order: the sums below add the same terms in
        // the same order as a walk over the whole row, without the zeros of a sparse part.
        // An entry is the other actor's bit and what it adds to the change when the mover ends
        // beside it or apart from it (its weight, negative in conflict): the same terms.
        let mut rows: Vec<(u32, f32, f32)> = Vec::with_capacity(n * n);
        let mut row_start = Vec::with_capacity(n + 1);
        row_start.push(0);
        for (k, row) in w.chunks_exact(n).enumerate() {
            rows.extend(
                row.iter()
                    .enumerate()
                    .filter(|&(j, &x)| j != k && x != 0.0)
                    .map(|(j, &x)| {
                        let term = |conflict: bool| if conflict { -x.abs() } else { x.abs() };
                        (1 << j, term(x < 0.0), term(x > 0.0))
                    }),
            );
            row_start.push(rows.len());
        }
        for g in 1u32..(1 << (n - 1)) {
            let k = g.trailing_zeros() as usize + 1;
            // Bits that differ from the mover's side are set.
            let apart = if side >> k & 1 == 1 { !side } else { side };
            let mut delta = 0.0;
            for &(bit, beside, away) in &rows[row_start[k]..row_start[k + 1]] {
                delta += if apart & bit == 0 { beside } else { away };
            }
            side ^= 1 << k;
            f += delta;
            if f + 1e-4 < best_f {
                best_f = f;
                best = side;
            }
        }
        return (0..n).map(|i| best >> i & 1 == 1).collect();
    }
    // Beyond: the part's edges as lists (a dense matrix of thousands of actors would not fit),
    // sides from a walk (aligned together, opposed apart), then single moves that lower the
    // frustration, in a fixed order, until none does. A move costs the mover's edges.
    let edges: Vec<Vec<(usize, f32)>> = comp
        .iter()
        .map(|&v| {
            adj.of(v)
                .iter()
                .filter_map(|&(u, x)| pos(u).map(|j| (j, x)))
                .collect()
        })
        .collect();
    let mut side = vec![None; n];
    side[0] = Some(false);
    let mut queue = vec![0usize];
    let mut k = 0;
    while k < queue.len() {
        let i = queue[k];
        let s = side[i].unwrap_or(false);
        for &(u, w) in adj.of(comp[i]) {
            if let Some(j) = pos(u) {
                if side[j].is_none() {
                    side[j] = Some(if w > 0.0 { s } else { !s });
                    queue.push(j);
                }
            }
        }
        k += 1;
    }
    let mut side: Vec<bool> = side.into_iter().map(|s| s.unwrap_or(false)).collect();
    // How the frustration changes when actor `i` changes sides.
    let gain = |side: &[bool], i: usize| -> f32 {
        edges[i]
            .iter()
            .filter(|&&(j, x)| j != i && x != 0.0)
            .map(|&(j, x)| {
                let same = side[j] == side[i];
                let conflict = (x > 0.0 && !same) || (x < 0.0 && same);
                if conflict {
                    -x.abs()
                } else {
                    x.abs()
                }
            })
            .sum()
    };
    for _ in 0..(n * 4).min(MAX_ROUNDS) {
        let mut improved = false;
        for i in 0..n {
            if gain(&side, i) < -1e-6 {
                side[i] = !side[i];
                improved = true;
            }
        }
        if !improved {
            break;
        }
    }
    side
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};

    fn blocs_of(text: &str) -> Vec<Vec<String>> {
        analyze(
            text,
            &Options {
                date: Some("2024-01-10".into()),
                id: None,
            },
        )
        .unwrap()
        .blocs
    }

    #[test]
    fn bloc_001_allies_together_enemies_apart() {
        let b = blocs_of("China and Russia oppose NATO. France backed NATO.");
        assert_eq!(
            b,
            vec![
                vec!["CHN".to_string(), "RUS".to_string()],
                vec!["FRA".to_string(), "NATO".to_string()]
            ]
        );
    }

    #[test]
    fn bloc_002_persons_fold_into_their_state() {
        let b = blocs_of("French President Emmanuel Macron condemned Russia.");
        assert!(
            b.iter().flatten().all(|id| id == "FRA" || id == "RUS"),
            "{b:?}"
        );
    }

    #[test]
    fn bloc_003_negated_relations_do_not_count() {
        assert!(blocs_of("Hungary refused to condemn Russia.").is_empty());
    }

    #[test]
    fn bloc_004_large_graphs_use_the_local_search_and_stay_deterministic() {
        let text = "Canada, Denmark, Finland, Iceland, Norway, Sweden, Poland, Estonia, Latvia, Lithuania, \
                    Germany, France and Italy condemned Russia and Belarus.";
        let a = blocs_of(text);
        assert_eq!(a, blocs_of(text));
        assert_eq!(a.len(), 2, "{a:?}");
        assert!(
            a[1].contains(&"RUS".to_string()) && a[1].contains(&"BLR".to_string()),
            "{a:?}"
        );
    }
}
