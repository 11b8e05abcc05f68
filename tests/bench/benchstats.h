// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

namespace ts::bench {

// The q-quantile (0..1) of the samples by the nearest-rank method.
inline double quantile(std::vector<double> samples, double q)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = std::size_t(std::ceil(q * double(samples.size())));
    return samples[std::min(samples.size() - 1, rank == 0 ? 0 : rank - 1)];
}

struct Options
{
    bool quick = false; // a few iterations, to prove the benchmark runs (the test suite)
};

// Full estimates per second on one thread, over configurations that change every call.
double estimatesPerSecond(const Options &o);

// Microseconds for one 1024-point memory-and-time sweep over the batch size (median).
double sweep1024Microseconds(const Options &o);
// Full estimates per second of a tensor × pipeline × context × data-parallel layout.
double parallelEstimatesPerSecond(const Options &o);

} // namespace ts::bench
