#pragma once

#include <QtGlobal>

namespace kinerja::demo {

// Deterministic pseudo-random numbers: xoshiro256** seeded through splitmix64,
// with our own range mapping, so that a seed gives the same demo data with every
// compiler and standard library (std::uniform_int_distribution is
// implementation-defined and must not be used here).
class Rng {
public:
    explicit Rng(quint64 seed)
    {
        quint64 x = seed;
        for (quint64 &word : m_s)
            word = splitmix64(x);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, n); n > 0. Rejection sampling keeps it unbiased.
    quint64 below(quint64 n)
    {
        const quint64 limit = (~quint64(0) / n) * n;
        quint64 v = next();
        while (v >= limit)
            v = next();
        return v % n;
    }

    // Uniform in [lo, hi] (inclusive); returns lo when hi < lo.
    int range(int lo, int hi)
    {
        if (hi <= lo)
            return lo;
        return lo + static_cast<int>(below(static_cast<quint64>(hi - lo) + 1));
    }

    // True with probability permille / 1000.
    bool chance(int permille) { return static_cast<int>(below(1000)) < permille; }

    // An index into `weights` (count entries), chosen in proportion to the weights.
    int weighted(const int *weights, int count)
    {
        qint64 total = 0;
        for (int i = 0; i < count; ++i)
            total += weights[i];
        if (total <= 0)
            return 0;
        qint64 r = static_cast<qint64>(below(static_cast<quint64>(total)));
        for (int i = 0; i < count; ++i) {
            r -= weights[i];
            if (r < 0)
                return i;
        }
        return count - 1;
    }

    // An independent stream for one part of the generator, so that a change in
    // how many numbers one part draws does not shift the others.
    Rng fork(quint64 salt) { return Rng(next() ^ (salt * 0x9E3779B97F4A7C15ULL)); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitmix64(quint64 &x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    quint64 m_s[4] = {};
};

} // namespace kinerja::demo
