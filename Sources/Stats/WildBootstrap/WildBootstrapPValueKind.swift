/// Which bootstrap p-value is reported, from the original statistic `t` and the
/// bootstrap statistics `t*_b`, `b = 1…B` (Roodman, MacKinnon, Nielsen & Webb
/// 2019, Stata Journal 19(1), §2.3; MacKinnon 2006).
///
/// A replicate that equals `t` within a relative `1e-9` counts as "at least as
/// extreme" (the `≥` of every formula below): the replicate with all weights 1
/// reproduces the original sample, so its `t*` equals `t` up to rounding, and
/// under full enumeration it must count whichever way the rounding goes.
/// (The Python port `wildboottest` 0.3.2 counts strictly greater, `|t*| > |t|`;
/// under enumeration the two conventions differ by exactly the `2/2^G` of the
/// replicates `±(1,…,1)`, with random draws by the rare draws of all +1 or all −1.)
public enum WildBootstrapPValueKind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// Two-sided, symmetric: `p = #{|t*_b| ≥ |t|}/B` (the default of boottest
    /// and fwildclusterboot). The CR1 small-sample factor scales `t` and every
    /// `t*_b` alike, so it cancels here and in the equal-tail p-value.
    case symmetric
    /// Two-sided, equal-tailed: `p = 2·min(#{t*_b ≤ t}, #{t*_b ≥ t})/B`, capped
    /// at 1; preferable when the distribution of `t` is skewed.
    case equalTail
    /// One-sided against `H1: β_j > β0`: `p = #{t*_b ≥ t}/B`.
    case upper
    /// One-sided against `H1: β_j < β0`: `p = #{t*_b ≤ t}/B`.
    case lower
}

/// Whether all `2^G` Rademacher sign vectors are used instead of `B` random ones.
public enum WildBootstrapEnumeration: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// boottest's rule: enumerate when the weights are Rademacher and `2^G ≤ B`
    /// (with `G = 15`, `2^15 = 32,768`: `B ≥ 32,768` enumerates, `B = 9,999`
    /// samples). The p-value is then exact with respect to the bootstrap
    /// distribution (no Monte Carlo error) and `B` becomes `2^G`.
    case automatic
    /// Always draw `B` random weight vectors.
    case never
}
