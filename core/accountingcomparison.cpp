// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountingcomparison.h"

namespace ts {

namespace {

ComparisonRow termRow(EagerTerm t, std::int64_t lecture, const EagerAccounting &eager)
{
    const EagerTermInfo &info = eagerTermInfo(t);
    return { info.key, info.symbol, lecture, eager.of(t), info.why };
}

} // namespace

AccountingComparison compareAccounting(const Scenario &s)
{
    AccountingComparison out;
    Scenario lecture = s, eager = s;
    lecture.options.accounting = Accounting::Lecture;
    eager.options.accounting = Accounting::PytorchEager;
    out.lecture = estimate(lecture);
    out.eager = estimate(eager);
    out.problems = out.lecture.ok() ? out.eager.problems : out.lecture.problems;
    if (!out.ok())
        return out;

    const Estimate &l = out.lecture, &e = out.eager;
    out.terms.reserve(kEagerTermCount);
    for (std::size_t i = 0; i < kEagerTermCount; ++i) {
        const auto t = static_cast<EagerTerm>(i);
        const std::int64_t lectureBytes
                = i < kEagerLectureTermCount ? l.activations.bytesOf(lectureCounterpart(t)) : 0;
        // Terms of options the comparison does not cover (LoRA's) are left out, not listed as 0.
        if (i >= kEagerLectureTermCount && lectureBytes == 0 && e.eager.of(t) == 0)
            continue;
        out.terms.push_back(termRow(t, lectureBytes, e.eager));
    }

    const MemoryBreakdown &lm = l.memory, &em = e.memory;
    out.totals = {
        { "parameters", "weights", lm.parameters, em.parameters, "the same fp32 weights" },
        { "gradients", "gradients", lm.gradients, em.gradients,
          "one fp32 gradient per weight, kept between steps" },
        { "optimizer_states", "AdamW state", lm.optimizerStates, em.optimizerStates,
          "m and v as in the lecture, plus a 4-byte step counter per parameter tensor" },
        { "activations", "saved activations", lm.activations, em.activations,
          "norm intermediates, SiLU(G), masks, scalars and int64 ids that autograd also saves" },
        { "peak", "peak", lm.peak, em.peak,
          "the lecture adds everything up; PyTorch frees saved tensors during backward but holds "
          "the logits and allocates gradients and temporaries, worst at the moment named" },
    };
    out.flops = {
        { "forward", l.flops.forward, e.flops.forward,
          "every matrix product of the lecture, the full c×c scores included" },
        { "backward", l.flops.backward, e.flops.backward,
          "dA = dY·Bᵀ and dB = Aᵀ·dY for every product; the embedding is a lookup in both" },
    };
    return out;
}

} // namespace ts
