// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountingcomparison.h"

// Marks the texts the window's comparison shows for Qt Linguist (context "ts::Accounting").
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

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
        { "parameters", QT_TRANSLATE_NOOP("ts::Accounting", "weights"), lm.parameters,
          em.parameters, QT_TRANSLATE_NOOP("ts::Accounting", "the same fp32 weights") },
        { "gradients", QT_TRANSLATE_NOOP("ts::Accounting", "gradients"), lm.gradients, em.gradients,
          QT_TRANSLATE_NOOP("ts::Accounting", "one fp32 gradient per weight, kept between steps") },
        { "optimizer_states", QT_TRANSLATE_NOOP("ts::Accounting", "AdamW state"),
          lm.optimizerStates, em.optimizerStates,
          QT_TRANSLATE_NOOP(
                  "ts::Accounting",
                  "m and v as in the lecture, plus a 4-byte step counter per parameter tensor") },
        { "activations", QT_TRANSLATE_NOOP("ts::Accounting", "saved activations"), lm.activations,
          em.activations,
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "norm intermediates, SiLU(G), masks, scalars and int64 ids that "
                            "autograd also saves") },
        { "peak", QT_TRANSLATE_NOOP("ts::Accounting", "peak"), lm.peak, em.peak,
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "the lecture adds everything up; PyTorch frees saved tensors during "
                            "backward but holds "
                            "the logits and allocates gradients and temporaries, worst at the "
                            "moment named") },
    };
    out.flops = {
        { "forward", l.flops.forward, e.flops.forward,
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "every matrix product of the lecture, the full c×c scores included") },
        { "backward", l.flops.backward, e.flops.backward,
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "dA = dY·Bᵀ and dB = Aᵀ·dY for every product; the embedding is a "
                            "lookup in both") },
    };
    return out;
}

} // namespace ts
