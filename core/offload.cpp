// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offload.h"

#include "estimate.h"
#include "finetune.h"
#include "options.h"

#include <algorithm>

namespace ts {

namespace {

CheckedInt larger(CheckedInt a, CheckedInt b)
{
    return a.overflowed() || b.overflowed() ? a + b : (a.value() >= b.value() ? a : b);
}

// The bytes of the largest module ZeRO-3 gathers whole for its matrix products: one block with
// its adapters (its matrices in NF4 under QLoRA), the embedding, the learned positions or the
// LM head.
CheckedInt largestModule(const Scenario &s, const ParameterCounts &p, const CheckedInt width)
{
    const CheckedInt adapters = adaptersOf(s.model, s.options).parameters;
    CheckedInt block = width * (CheckedInt(p.perBlock) + adapters);
    if (s.options.finetune == FineTuning::Qlora) {
        const CheckedInt matrices = blockMatrixWeights(s.model);
        block = nf4BytesPerBlock(s.model) + width * (CheckedInt(p.perBlock) - matrices + adapters);
    }
    CheckedInt largest = block;
    for (const std::int64_t n : { p.embedding, p.positions, p.outputProjection })
        largest = larger(largest, width * n);
    return largest;
}

} // namespace

OffloadCost offload(const Scenario &s, const ParameterCounts &p, TrainingState &gpu, bool *overflow)
{
    OffloadCost cost;
    const Offload mode = s.options.offload;
    if (mode == Offload::None)
        return cost;
    const PrecisionBytes pb = precisionBytes(s.options);
    const CheckedInt accum = s.options.gradAccum;
    const CheckedInt width = pb.weight;

    // ZeRO-Offload (Ren et al. 2021, §4.1): each GPU's process keeps its partition's gradients,
    // master weights and moments in host memory and runs the update there. The gradients go
    // down after every micro-batch's backward; the updated 16-bit weights come back once.
    CheckedInt host = CheckedInt(pb.gradient) * gpu.updated + gpu.optimizer;
    CheckedInt toHost = accum * CheckedInt(pb.gradient) * gpu.updated;
    CheckedInt toGpu = width * gpu.updated;
    gpu.gradients = 0;
    gpu.optimizer = 0;
    if (mode == Offload::OptimizerAndParams) {
        // ZeRO-Infinity (Rajbhandari et al. 2021, §5): each GPU's shard of the weights lives in
        // host memory, crosses the link for forward and again for backward in every micro-batch
        // and is all-gathered between the GPUs; the update happens in place on the host.
        const CheckedInt shards = gpu.weights + gpu.frozen;
        host += shards;
        toGpu = accum * 2 * shards;
        gpu.weights = largestModule(s, p, width);
        gpu.frozen = 0;
    }
    cost.gpusPerNode = s.hardware.gpusOnANode();
    const CheckedInt perNode = host * CheckedInt(cost.gpusPerNode);
    for (const auto &[field, value] :
         { std::pair { &cost.hostBytesPerGpu, host }, std::pair { &cost.hostBytesPerNode, perNode },
           std::pair { &cost.toHostBytes, toHost }, std::pair { &cost.toGpuBytes, toGpu } }) {
        *field = value.value();
        if (value.overflowed())
            *overflow = true;
    }
    const double bandwidth = s.hardware.hostLinkBytesPerSecond;
    if (bandwidth > 0)
        cost.linkSeconds = double(std::max(cost.toHostBytes, cost.toGpuBytes)) / bandwidth;
    return cost;
}

} // namespace ts
