// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pytorcheager.h"

#include "checkedint.h"
#include "estimate.h"
#include "finetune.h"
#include "prefixsearch.h"

// Marks the texts the window's comparison shows for Qt Linguist (context "ts::Accounting");
// core needs no Qt.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace ts {

namespace {

constexpr auto kSaved = EagerKind::Saved;
constexpr auto kBlock = ActivationGroup::BlockOther;
constexpr auto kHead = ActivationGroup::Head;

constexpr std::array<EagerTermInfo, kEagerTermCount> kTerms = { {
        { "x", "x", "4·L·b·c·d",
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "x.pow(2) and x / rms save the block input, as the lecture says"),
          kSaved, kBlock },
        { "x_norm", "x_norm", "4·L·b·c·d",
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "the W_Q, W_K, W_V products save their common input, one storage"),
          kSaved, kBlock },
        { "q_k", "Q, K", "8·L·b·c·d",
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "bmm saves its operands; the head split makes Q and Kᵀ non-contiguous, "
                            "so it keeps "
                            "contiguous copies of the same size"),
          kSaved, kBlock },
        { "p", "P", "4·L·b·h·c²",
          QT_TRANSLATE_NOOP("ts::Accounting", "softmax saves its output, as the lecture says"),
          kSaved, ActivationGroup::AttentionScores },
        { "v", "V", "4·L·b·c·d",
          QT_TRANSLATE_NOOP("ts::Accounting", "bmm saves a contiguous copy of V, the same size"),
          kSaved, kBlock },
        { "o", "O", "4·L·b·c·d",
          QT_TRANSLATE_NOOP("ts::Accounting", "the W_O product saves its input"), kSaved, kBlock },
        { "x_res", "x_res", "4·L·b·c·d",
          QT_TRANSLATE_NOOP("ts::Accounting", "the second RMSNorm saves its input"), kSaved,
          kBlock },
        { "x_ffin", "x_ffin", "4·L·b·c·d",
          QT_TRANSLATE_NOOP("ts::Accounting", "W1 and W3 save their common input, one storage"),
          kSaved, kBlock },
        { "g_v_ff", "G, V_ff", "8·L·b·c·d_ff",
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "SiLU saves its input G; the product SiLU(G)·V_ff saves V_ff"),
          kSaved, kBlock },
        { "h", "H", "4·L·b·c·d_ff",
          QT_TRANSLATE_NOOP("ts::Accounting", "the W2 product saves its input"), kSaved, kBlock },
        { "final_norm_input", "x_final", "4·b·c·d",
          QT_TRANSLATE_NOOP("ts::Accounting", "the final RMSNorm saves its input"), kSaved, kHead },
        { "x_final_norm", "X_final", "4·b·c·d",
          QT_TRANSLATE_NOOP("ts::Accounting", "the LM head product saves its input"), kSaved,
          kHead },
        { "log_probs", "log p", "4·b·c·v",
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "cross_entropy is log_softmax + nll_loss; both save the "
                            "log-probabilities, not the "
                            "logits the lecture names (same size)"),
          kSaved, kHead },
        { "norm_squares", "x²", "8·L·b·c·d",
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "PyTorch 1.13's mean() saves its whole input x², though its backward "
                            "reads only the "
                            "size"),
          kSaved, kBlock },
        { "norm_rms", "rms", "8·L·b·c",
          QT_TRANSLATE_NOOP(
                  "ts::Accounting",
                  "sqrt saves its output and x / rms its divisor: one value per token and RMSNorm"),
          kSaved, kBlock },
        { "norm_scaled", "x / rms", "8·L·b·c·d",
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "(x / rms)·g saves x / rms for g's gradient; the lecture keeps only x"),
          kSaved, kBlock },
        { "final_norm_extras", QT_TRANSLATE_NOOP("ts::Accounting", "x², x / rms, rms (final)"),
          "8·b·c·d + 4·b·c",
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "the final RMSNorm keeps x², x / rms and the RMS like the others"),
          kSaved, kHead },
        { "silu_out", "SiLU(G)", "4·L·b·c·d_ff",
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "the product SiLU(G)·V_ff saves both factors; the lecture would "
                            "recompute SiLU(G) "
                            "from G"),
          kSaved, kBlock },
        { "causal_mask", "mask", QT_TRANSLATE_NOOP("ts::Accounting", "L·c² (bool)"),
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "masked_fill saves its bool c×c mask, built anew in every block"),
          kSaved, kBlock },
        { "attention_scale", "1/√d_head", QT_TRANSLATE_NOOP("ts::Accounting", "8·L (float64)"),
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "dividing by math.sqrt(d_head) wraps the float in a 0-dim float64 "
                            "tensor, which div "
                            "saves"),
          kSaved, kBlock },
        { "token_ids", "tokens", QT_TRANSLATE_NOOP("ts::Accounting", "8·b·c (int64)"),
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "the embedding saves the int64 token ids to scatter its gradient"),
          kSaved, kHead },
        { "target_ids", "targets", QT_TRANSLATE_NOOP("ts::Accounting", "8·b·c (int64)"),
          QT_TRANSLATE_NOOP("ts::Accounting", "nll_loss saves the int64 targets"), kSaved, kHead },
        { "nll_total_weight", "total_weight", "4",
          QT_TRANSLATE_NOOP("ts::Accounting", "nll_loss saves its 0-dim fp32 total weight"), kSaved,
          kHead },
        { "lora_intermediate", "A·x",
          QT_TRANSLATE_NOOP("ts::Accounting", "4·L·b·c·r per adapted layer"),
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "LoRA: B's product saves its input A·x for B's gradient"),
          kSaved, kBlock },
        { "lora_scale", "α/r",
          QT_TRANSLATE_NOOP("ts::Accounting", "8·L per adapted layer (float64)"),
          QT_TRANSLATE_NOOP(
                  "ts::Accounting",
                  "LoRA: multiplying by the Python float α/r saves it as a 0-dim float64 tensor"),
          kSaved, kBlock },
        { "adamw_step_counters", "step", "4·(9L + 3)",
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "AdamW keeps state['step'] as a 0-dim fp32 tensor for each of the 9L + "
                            "3 parameter "
                            "tensors"),
          EagerKind::OptimizerState, kBlock },
        { "held_logits", "logits", "4·b·c·v",
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "the loop's logits variable keeps the LM head output alive through "
                            "backward and the "
                            "optimizer step"),
          EagerKind::Held, kHead },
} };

constexpr std::array<std::pair<const char *, const char *>, kEagerMomentCount> kMoments = { {
        { "forward_last_block", QT_TRANSLATE_NOOP("ts::Accounting", "forward of the last block") },
        { "forward_head",
          QT_TRANSLATE_NOOP("ts::Accounting",
                            "forward of the final RMSNorm, LM head and cross-entropy") },
        { "backward_loss",
          QT_TRANSLATE_NOOP("ts::Accounting", "backward of nll_loss and log_softmax") },
        { "backward_lm_head", QT_TRANSLATE_NOOP("ts::Accounting", "backward of the LM head") },
        { "backward_final_norm",
          QT_TRANSLATE_NOOP("ts::Accounting", "backward of the final RMSNorm") },
        { "backward_ffn",
          QT_TRANSLATE_NOOP("ts::Accounting", "backward of the last block's SwiGLU") },
        { "backward_norm2",
          QT_TRANSLATE_NOOP("ts::Accounting", "backward of the last block's second RMSNorm") },
        { "backward_attention",
          QT_TRANSLATE_NOOP("ts::Accounting", "backward of the last block's attention") },
        { "backward_norm1",
          QT_TRANSLATE_NOOP("ts::Accounting", "backward of the last block's first RMSNorm") },
        { "backward_embedding", QT_TRANSLATE_NOOP("ts::Accounting", "backward of the embedding") },
        { "optimizer_step", QT_TRANSLATE_NOOP("ts::Accounting", "AdamW step") },
} };

void store(std::int64_t &field, CheckedInt value, bool *overflow)
{
    field = value.value();
    if (value.overflowed())
        *overflow = true;
}

} // namespace

const EagerTermInfo &eagerTermInfo(EagerTerm t)
{
    return kTerms[static_cast<std::size_t>(t)];
}

const char *eagerMomentKey(EagerMoment m)
{
    return kMoments[static_cast<std::size_t>(m)].first;
}

const char *eagerMomentDescription(EagerMoment m)
{
    return kMoments[static_cast<std::size_t>(m)].second;
}

EagerAccounting countEager(const ModelShape &m, const TrainingOptions &o, std::int64_t trainable,
                           bool *overflow)
{
    const CheckedInt b = m.batch, c = m.seqLen, d = m.dModel, L = m.layers, h = m.heads,
                     v = m.vocab, dff = CheckedInt(4) * d;
    const CheckedInt bc = b * c, bcd = bc * d, bcf = bc * dff;
    // Under LoRA every weight is frozen: autograd saves a product's input only for a weight that
    // trains (an adapter's A), the norms' x / rms not at all (their gains are frozen), and in the
    // first block nothing before the adapters on W_Q, W_K, W_V needs a gradient, so its first
    // RMSNorm saves nothing and QKᵀ keeps Q only when K has an adapter too.
    const bool lora = o.finetune == FineTuning::Lora;
    const Adapters a = adaptersOf(m, o);
    const CheckedInt full = lora ? CheckedInt(0) : CheckedInt(1);
    const auto kept = [&](bool adapted) { return lora && !adapted ? CheckedInt(0) : L; };
    const CheckedInt norms = lora ? 2 * L - 1 : 2 * L; // RMSNorms in the blocks that save
    const CheckedInt inputs = lora ? L - 1 : L;        // blocks whose first RMSNorm saves x
    const CheckedInt qk = lora ? 8 * (L - 1) + (a.k ? 8 : 4) : 8 * L;

    std::array<CheckedInt, kEagerTermCount> t;
    auto set
            = [&t](EagerTerm term, CheckedInt bytes) { t[static_cast<std::size_t>(term)] = bytes; };
    set(EagerTerm::BlockInput, 4 * inputs * bcd);
    set(EagerTerm::XNorm, 4 * kept(a.q || a.k || a.v) * bcd);
    set(EagerTerm::QK, qk * bcd);
    set(EagerTerm::P, 4 * L * b * h * c * c);
    set(EagerTerm::V, 4 * L * bcd);
    set(EagerTerm::O, 4 * kept(a.o) * bcd);
    set(EagerTerm::XRes, 4 * L * bcd);
    set(EagerTerm::XFfin, 4 * kept(a.w1 || a.w3) * bcd);
    set(EagerTerm::GVff, 8 * L * bcf);
    set(EagerTerm::H, 4 * kept(a.w2) * bcf);
    set(EagerTerm::FinalNormInput, 4 * bcd);
    set(EagerTerm::XFinal, 4 * full * bcd);
    set(EagerTerm::LogProbs, 4 * bc * v);
    set(EagerTerm::NormSquares, 4 * norms * bcd);
    set(EagerTerm::NormRms, 4 * norms * bc);
    set(EagerTerm::NormScaled, 8 * full * L * bcd);
    set(EagerTerm::FinalNormExtras, (4 + 4 * full) * bcd + 4 * bc);
    set(EagerTerm::SiluOut, 4 * L * bcf);
    set(EagerTerm::CausalMask, L * c * c);
    set(EagerTerm::AttentionScale, 8 * L);
    set(EagerTerm::TokenIds, 8 * full * bc);
    set(EagerTerm::TargetIds, 8 * bc);
    set(EagerTerm::NllTotalWeight, 4);
    set(EagerTerm::LoraIntermediate, 4 * L * a.layers * bc * CheckedInt(o.loraRank));
    set(EagerTerm::LoraScale, 8 * L * a.layers);
    // AdamW's step counter per parameter tensor: 9 per block and 3 more, or A and B per adapter.
    set(EagerTerm::StepCounters, lora ? 4 * 2 * L * a.layers : 4 * (9 * L + 3));
    set(EagerTerm::HeldLogits, 4 * bc * v);

    EagerAccounting out;
    CheckedInt saved;
    for (std::size_t i = 0; i < kEagerTermCount; ++i) {
        store(out.bytes[i], t[i], overflow);
        if (kTerms[i].kind == EagerKind::Saved)
            saved += t[i];
    }
    store(out.savedActivations, saved, overflow);
    store(out.optimizerStates, 8 * CheckedInt(trainable) + t[std::size_t(EagerTerm::StepCounters)],
          overflow);
    return out;
}

std::optional<std::int64_t> eagerSavedActivations(const Scenario &s)
{
    Scenario full = s;
    full.options.finetune = FineTuning::Full;
    full.options.accounting = Accounting::PytorchEager;
    const bool covered = s.options.finetune != FineTuning::Qlora && validate(full).empty();
    if (!covered)
        return std::nullopt;
    bool overflow = false;
    ParameterCounts p = countParameters(s.model, &overflow);
    countTrainable(s, p, &overflow);
    const EagerAccounting e = countEager(s.model, s.options, p.trainable, &overflow);
    if (overflow)
        return std::nullopt;
    return e.savedActivations;
}

namespace {

std::int64_t peakAt(const ModelShape &m, std::int64_t batch, std::int64_t parameters,
                    bool *overflow)
{
    ModelShape s = m;
    s.batch = batch;
    return eagerPeak(s, parameters, overflow).bytes;
}

// The largest b whose peak fits: the peak grows with b, so the fitting batches are [1, answer].
std::int64_t largestEagerBatch(const ModelShape &m, std::int64_t parameters, std::int64_t gpuBytes)
{
    return largestFittingPrefix([&](std::int64_t b) {
        bool overflow = false;
        const std::int64_t peak = peakAt(m, b, parameters, &overflow);
        return !overflow && peak <= gpuBytes;
    });
}

} // namespace

void applyPytorchEager(const Scenario &s, Estimate &e, bool *overflow)
{
    EagerAccounting &x = e.eager;
    x = countEager(s.model, s.options, e.params.total, overflow);
    x.peak = eagerPeak(s.model, e.params.total, overflow);
    const std::int64_t oneSequence = peakAt(s.model, 1, e.params.total, overflow);
    if (*overflow)
        return;

    MemoryBreakdown &m = e.memory;
    m.optimizerStates = x.optimizerStates;
    m.activations = x.savedActivations;
    m.attentionScores = m.blockOther = m.head = 0;
    for (std::size_t i = 0; i < kEagerTermCount; ++i) {
        if (kTerms[i].kind != EagerKind::Saved)
            continue;
        switch (kTerms[i].group) {
        case ActivationGroup::AttentionScores: m.attentionScores += x.bytes[i]; break;
        case ActivationGroup::BlockOther: m.blockOther += x.bytes[i]; break;
        case ActivationGroup::Head: m.head += x.bytes[i]; break;
        }
    }
    m.staticBytes = m.parameters + m.gradients + m.optimizerStates;
    m.perSampleBytes = oneSequence - m.staticBytes; // the peak is only piecewise linear in b
    m.peak = x.peak.bytes;

    // Every product's operands require grad (the first block's input is the embedding's output),
    // so backward computes dA = dY·Bᵀ and dB = Aᵀ·dY, each the size of the forward product. The
    // embedding is a lookup, not a product, here as in the lecture.
    FlopsBreakdown &f = e.flops;
    f.backward = 0;
    for (std::size_t i = 0; i < kMatmulCount; ++i) {
        x.backwardTerms[i] = 2 * f.forwardTerms[i];
        f.backward += x.backwardTerms[i];
    }
    f.total = f.forward + f.backward + f.optimizer;
    e.maxBatch.exact = largestEagerBatch(s.model, e.params.total, s.hardware.gpuMemoryBytes);
}

} // namespace ts
