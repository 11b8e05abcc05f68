// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <cstdint>

namespace ts {

// The α–β cost model of collectives (docs/formulas.md §8.10): a collective over n GPUs on a
// ring takes a fixed start-up, one latency per ring step, and its bytes on the wire at the
// link's bandwidth. The latencies are NCCL's for its Simple protocol (NVIDIA/nccl,
// src/graph/tuning.cc, version 2.30.7): 8.4 µs per collective, 3.4 µs per step over NVLink,
// 14 µs per step over the network.
inline constexpr double kCollectiveBaseSeconds = 8.4e-6;
inline constexpr double kIntraNodeStepSeconds = 3.4e-6;
inline constexpr double kInterNodeStepSeconds = 14e-6;

struct Link
{
    double bytesPerSecond = 0; // each direction, per GPU; 0: unknown
    double stepSeconds = 0;    // latency of one ring step
    bool interNode = false;
};

// The link of a group whose GPUs span `span` consecutive ranks: the GPU link when they all lie
// in one node (span ≤ GPUs per node), the network otherwise.
[[nodiscard]] Link linkFor(const Hardware &h, std::int64_t span);

// Bytes each GPU sends in a ring collective of a `bytes`-sized buffer over n GPUs (Patarasuk and
// Yuan 2009): all-reduce 2(n − 1)/n · bytes; all-gather or reduce-scatter (n − 1)/n · bytes.
[[nodiscard]] double ringAllReduceBytes(double bytes, std::int64_t n);
[[nodiscard]] double ringGatherBytes(double bytes, std::int64_t n);

// Seconds of those collectives: the start-up, 2(n − 1) or n − 1 steps, and the bytes sent.
// Zero for n = 1 or an unknown link.
[[nodiscard]] double allReduceSeconds(double bytes, std::int64_t n, const Link &link);
[[nodiscard]] double gatherSeconds(double bytes, std::int64_t n, const Link &link);
// An all-to-all of a `bytes`-sized buffer over n GPUs: each sends (n − 1)/n of it, one piece to
// each other GPU, in n − 1 steps (the pairwise exchange NCCL runs).
[[nodiscard]] double allToAllSeconds(double bytes, std::int64_t n, const Link &link);
// One point-to-point send: the start-up, one step and the bytes.
[[nodiscard]] double sendSeconds(double bytes, const Link &link);

} // namespace ts
