#!/usr/bin/env python3
"""Reference outputs of SplitMix64 seeding + xoshiro256** -> Tests/StatsTests/Fixtures/xoshiro.json

A line-by-line Python reimplementation of the public-domain reference C code by
Blackman & Vigna (https://prng.di.unimi.it/xoshiro256starstar.c and
https://prng.di.unimi.it/splitmix64.c), with explicit 64-bit masking:

  splitmix64:  x += 0x9e3779b97f4a7c15; z = x;
               z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
               z = (z ^ (z >> 27)) * 0x94d049bb133111eb;  return z ^ (z >> 31)
  xoshiro256**: result = rotl(s[1] * 5, 7) * 9; t = s[1] << 17;
               s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
               s[2] ^= t; s[3] = rotl(s[3], 45)

Seeding (our convention, as recommended by Vigna): the four state words are
four consecutive SplitMix64 outputs starting from the UInt64 seed.
Also derived: uniform doubles (top 53 bits * 2^-53), Lemire (2019) bounded
integers, and a Fisher-Yates shuffle driven by those integers.
Run: python3 scripts/reference/xoshiro.py
"""
import json
import os

M = (1 << 64) - 1
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "StatsTests", "Fixtures", "xoshiro.json")


class SplitMix64:
    def __init__(self, seed):
        self.x = seed & M

    def next(self):
        self.x = (self.x + 0x9E3779B97F4A7C15) & M
        z = self.x
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
        return z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & M


class Xoshiro256StarStar:
    def __init__(self, seed):
        sm = SplitMix64(seed)
        self.s = [sm.next() for _ in range(4)]

    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & M, 7) * 9) & M
        t = (s[1] << 17) & M
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result


def lemire(rng, n):
    """Lemire (2019), 'Fast random integer generation in an interval', Algorithm 5 (64-bit)."""
    m = rng.next() * n
    low = m & M
    if low < n:
        threshold = ((1 << 64) - n) % n
        while low < threshold:
            m = rng.next() * n
            low = m & M
    return m >> 64


def main():
    # Known-answer check of SplitMix64 (seed 0), widely published first outputs.
    sm = SplitMix64(0)
    assert [sm.next() for _ in range(3)] == [0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F]
    cases = []
    for seed in [0, 1, 42, 20240501, M]:
        r = Xoshiro256StarStar(seed)
        state = list(r.s)
        raw = [r.next() for _ in range(12)]
        r = Xoshiro256StarStar(seed)
        uniform = [(r.next() >> 11) * 2.0 ** -53 for _ in range(8)]
        r = Xoshiro256StarStar(seed)
        bounds = [1, 2, 3, 6, 10, 190, 1000003, (1 << 63) + 12345]
        bounded = [[str(n), str(lemire(r, n))] for n in bounds for _ in range(3)]
        r = Xoshiro256StarStar(seed)
        perm = list(range(10))
        for i in range(len(perm) - 1, 0, -1):
            j = lemire(r, i + 1)
            perm[i], perm[j] = perm[j], perm[i]
        cases.append({
            "seed": str(seed),
            "state": [str(w) for w in state],
            "next": [str(v) for v in raw],
            "uniform": [repr(u) for u in uniform],
            "bounded": bounded,
            "shuffle10": perm,
        })
    out = {"_provenance": "scripts/reference/xoshiro.py (Python reimplementation of the reference C code of "
                          "xoshiro256** and splitmix64 by Blackman & Vigna; Lemire 2019 bounded integers; Fisher-Yates)",
           "cases": cases}
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
