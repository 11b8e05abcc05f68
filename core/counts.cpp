// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkedint.h"
#include "estimate.h"
#include "finetune.h"
#include "options.h"

namespace ts {

namespace {

void store(std::int64_t &field, CheckedInt value, bool *overflow)
{
    field = value.value();
    if (value.overflowed())
        *overflow = true;
}

CheckedInt ffnWidth(const ModelShape &m)
{
    return m.dFf > 0 ? CheckedInt(m.dFf) : 4 * CheckedInt(m.dModel);
}

// d_kv = kv_heads · d / h: the width of K and V, d itself without grouped-query attention.
CheckedInt kvWidth(const ModelShape &m)
{
    return CheckedInt(m.kvHeadCount()) * CheckedInt(m.dModel / m.heads);
}

// Bytes per element of a saved tensor. FlashAttention keeps its log-sum-exp statistics in fp32
// whatever the input precision; dropout masks are one byte per element. Under autocast the
// residual stream stays fp32 (the embedding runs in fp32 and each residual add promotes), as do
// the softmax's probabilities (and their dropout) and the log-softmax.
// Under fp8-mixed (Transformer Engine) each linear layer of the blocks keeps its input as a
// 1-byte fp8 transpose for its weight gradient (te.Linear: inputmat_t); a frozen layer keeps
// none, so under LoRA the kept input is the bf16 adapter's.
CheckedInt activationWidth(Activation a, bool autocast, bool fp8Inputs, CheckedInt elementBytes)
{
    switch (a) {
    case Activation::XNorm:
    case Activation::O:
    case Activation::XFfin:
    case Activation::ExpertInputs:
    case Activation::H: return fp8Inputs ? CheckedInt(1) : elementBytes;
    case Activation::LogSumExp:
    case Activation::RouterLogits:
    case Activation::LogSoftmax: return 4;
    case Activation::AttnDropMask:
    case Activation::AttnOutMask:
    case Activation::FfnOutMask:
    case Activation::EmbedMask: return 1;
    case Activation::X:
    case Activation::XRes:
    case Activation::FinalNormInput:
    case Activation::BlockInputs:
    case Activation::P:
    case Activation::AttnDropOut: return autocast ? CheckedInt(4) : elementBytes;
    default: return elementBytes;
    }
}

} // namespace

ParameterCounts countParameters(const ModelShape &m, bool *overflow)
{
    const CheckedInt d = m.dModel, v = m.vocab, L = m.layers;
    const CheckedInt dff = ffnWidth(m), dkv = kvWidth(m);
    const CheckedInt ffnMatrices = m.ffn == FfnKind::SwiGlu ? 3 : 2;
    // A LayerNorm has a bias beside its gain; biases add a vector per output of a linear layer.
    const CheckedInt norm = m.norm == NormKind::LayerNorm ? 2 * d : d;
    const CheckedInt qkvBias = m.bias == BiasKind::None ? CheckedInt(0) : d + 2 * dkv;
    const CheckedInt outBias = m.bias == BiasKind::All ? d : CheckedInt(0);
    const CheckedInt ffnBias = m.bias == BiasKind::All ? (ffnMatrices - 1) * dff + d : 0;
    const CheckedInt attention = 2 * d * d + 2 * d * dkv + qkvBias + outBias;
    // A mixture of experts: E routed and s shared experts of width d_e, each an FFN with its
    // biases, and a router d × E without bias (docs/formulas.md §8.12).
    const CheckedInt de = m.expertWidth();
    const CheckedInt expert
            = ffnMatrices * d * de + (m.bias == BiasKind::All ? (ffnMatrices - 1) * de + d : 0);
    const CheckedInt routed = m.moe() ? CheckedInt(m.experts) * expert : CheckedInt(0);
    const CheckedInt ffn = m.moe()
            ? d * CheckedInt(m.experts) + routed + CheckedInt(m.sharedExperts) * expert
            : ffnMatrices * d * dff + ffnBias;
    const CheckedInt perBlock = 2 * norm + attention + ffn;
    const CheckedInt positions = CheckedInt(m.maxPositions) * d;
    const CheckedInt head = m.tiedEmbeddings ? CheckedInt(0) : d * v;

    ParameterCounts p;
    store(p.embedding, v * d, overflow);
    store(p.positions, positions, overflow);
    store(p.blockNorms, 2 * norm, overflow);
    store(p.blockAttention, attention, overflow);
    store(p.blockFfn, ffn, overflow);
    store(p.perBlock, perBlock, overflow);
    // Under tensor parallelism the matrices and the column-parallel biases (Q, K, V; W1, W3)
    // split; the norms and the row-parallel biases (W_O, W2) stay whole on every GPU.
    // The router is replicated too; each expert splits like the dense FFN (row-parallel W2
    // bias whole), and expert parallelism splits the routed experts (blockExperts) further.
    const CheckedInt experts = m.moe() ? CheckedInt(m.experts + m.sharedExperts) : CheckedInt(1);
    const CheckedInt rowBiases = m.bias == BiasKind::All ? d + experts * d : CheckedInt(0);
    const CheckedInt router = m.moe() ? d * CheckedInt(m.experts) : CheckedInt(0);
    store(p.blockReplicated, 2 * norm + rowBiases + router, overflow);
    store(p.blockSharded, perBlock - 2 * norm - rowBiases - router, overflow);
    const CheckedInt routedBiases
            = m.bias == BiasKind::All && m.moe() ? CheckedInt(m.experts) * d : CheckedInt(0);
    store(p.blockExperts, routed - routedBiases, overflow);
    store(p.blockExpertBiases, routedBiases, overflow);
    store(p.allBlocks, L * perBlock, overflow);
    store(p.finalNorm, norm, overflow);
    store(p.outputProjection, head, overflow);
    store(p.total, v * d + positions + L * perBlock + norm + head, overflow);
    const CheckedInt skipped = m.moe() && m.topK < m.experts
            ? L * CheckedInt(m.experts - m.topK) * expert
            : CheckedInt(0);
    store(p.active, CheckedInt(p.total) - skipped, overflow);
    return p;
}

ActivationCounts countActivations(const ModelShape &m, const TrainingOptions &o, bool *overflow)
{
    StageSlice whole;
    whole.blocks = m.layers;
    whole.blocksInFlight = m.layers;
    whole.microBatchesInFlight = 1;
    return countActivations(m, o, whole, overflow);
}

ActivationCounts countActivations(const ModelShape &m, const TrainingOptions &o,
                                  const StageSlice &stage, bool *overflow)
{
    return countActivations(savedTensors(m, o), stage, overflow);
}

SavedTensors savedTensors(const ModelShape &m, const TrainingOptions &o)
{
    const CheckedInt b = m.batch, c = m.seqLen, d = m.dModel, h = m.heads, v = m.vocab;
    // A mixture of experts keeps each token's FFN tensors in its k routed and s shared experts
    // of width d_e: the FFN's width becomes (k + s)·d_e (docs/formulas.md §8.12).
    const CheckedInt dff
            = m.moe() ? CheckedInt(m.topK + m.sharedExperts) * m.expertWidth() : ffnWidth(m);
    const CheckedInt dkv = kvWidth(m);
    const CheckedInt bc = b * c;
    const CheckedInt bcd = bc * d;
    const bool swiglu = m.ffn == FfnKind::SwiGlu;
    const bool full = o.checkpointing == Checkpointing::Full;
    // Selective checkpointing and FlashAttention both drop P and rebuild it in backward; a block
    // re-run under full checkpointing keeps its P like any other tensor.
    const bool keepP = !o.flashAttention && o.checkpointing != Checkpointing::Selective;

    std::array<CheckedInt, kActivationCount> e; // per block for per-block tensors
    auto set = [&e](Activation a, CheckedInt n) { e[static_cast<std::size_t>(a)] = n; };
    // A frozen weight needs no saved input (PyTorch saves none: its matmul saves only what the
    // gradients asked for need), but an adapter on that input does. bitsandbytes' 4-bit matmul
    // keeps its input anyway (MatMul4Bit.forward: ctx.tensors = (A, B)), so under QLoRA every
    // block matrix's input stays; the LM head stays a plain frozen linear layer.
    const Adapters a = adaptersOf(m, o);
    const bool quantized = o.finetune == FineTuning::Qlora;
    const auto kept
            = [&o, quantized](bool adapted) { return inputNeeded(adapted, o) || quantized; };
    set(Activation::X, full ? CheckedInt(0) : bcd); // under full checkpointing x is the checkpoint
    // Under autocast the norms compute in fp32 and each linear layer that keeps its input keeps
    // its own 16-bit cast of it: W_Q, W_K and W_V are three readers of x_norm (separate
    // projections, as HF LLaMA and the validation harness write them).
    const bool autocast = autocastApplies(o);
    const bool baseKeeps = o.finetune == FineTuning::Full || quantized;
    const auto casts = [&](std::initializer_list<std::pair<bool, bool>> readers) {
        CheckedInt n; // (layer present, adapted) → the base's cast and the adapter's
        for (const auto &[present, adapted] : readers)
            n += CheckedInt(present && baseKeeps ? 1 : 0) + CheckedInt(adapted ? 1 : 0);
        return n;
    };
    const CheckedInt normReaders
            = autocast ? casts({ { true, a.q }, { true, a.k }, { true, a.v } }) : CheckedInt(1);
    const CheckedInt ffinReaders
            = autocast ? casts({ { true, a.w1 }, { swiglu, a.w3 } }) : CheckedInt(1);
    set(Activation::XNorm, kept(a.q || a.k || a.v) ? normReaders * bcd : CheckedInt(0));
    set(Activation::QK, bcd + bc * dkv);
    set(Activation::P, keepP ? b * h * c * c : CheckedInt(0));
    set(Activation::V, bc * dkv);
    set(Activation::O, kept(a.o) ? bcd : CheckedInt(0));
    // A parallel block's FFN norm reads the block's input, already kept as x.
    set(Activation::XRes, m.parallelBlock ? CheckedInt(0) : bcd);
    set(Activation::XFfin, kept(a.w1 || a.w3) ? ffinReaders * bcd : CheckedInt(0));
    set(Activation::GVff, swiglu ? 2 * bc * dff : CheckedInt(0));
    set(Activation::H, kept(a.w2) ? bc * dff : CheckedInt(0));
    set(Activation::FinalNormInput, bcd);
    set(Activation::XFinal, inputNeeded(false, o) ? bcd : CheckedInt(0));
    set(Activation::Logits, bc * v);
    set(Activation::GeluInput, swiglu ? CheckedInt(0) : bc * dff);
    set(Activation::LogSumExp, o.flashAttention ? b * h * c : CheckedInt(0));
    set(Activation::BlockInputs, CheckedInt(0));
    // Dropout on P keeps its mask and the dropped-out probabilities; both are rebuilt in backward
    // wherever P is (Korthikanti et al. 2022 count them in their selective recompute).
    const bool dropP = m.dropout && keepP;
    set(Activation::AttnDropMask, dropP ? b * h * c * c : CheckedInt(0));
    set(Activation::AttnDropOut, dropP ? b * h * c * c : CheckedInt(0));
    set(Activation::AttnOutMask, m.dropout ? bcd : CheckedInt(0));
    set(Activation::FfnOutMask, m.dropout ? bcd : CheckedInt(0));
    set(Activation::EmbedMask, m.dropout ? bcd : CheckedInt(0));
    set(Activation::LoraInter, bc * CheckedInt(o.loraRank) * a.layers);
    // autocast: softmax runs in fp32 and P·V keeps a 16-bit cast of its input; the cross-entropy
    // casts the 16-bit logits to fp32 and its log-softmax keeps its fp32 output.
    set(Activation::PCast, autocast && keepP ? b * h * c * c : CheckedInt(0));
    set(Activation::LogSoftmax, autocast ? bc * v : CheckedInt(0));
    const CheckedInt routedCopies = m.moe() ? CheckedInt(m.topK) * bcd : CheckedInt(0);
    set(Activation::RouterLogits, m.moe() ? bc * CheckedInt(m.experts) : CheckedInt(0));
    set(Activation::ExpertInputs, routedCopies);
    set(Activation::ExpertOutputs, routedCopies);

    // Tensor parallelism: each GPU keeps its heads' and FFN columns' share, ⌈v/t⌉ of the logits'
    // columns, and the rest whole unless the sequence is split too (core/terms.h, TensorSplit).
    const std::int64_t t = o.tensorParallel;
    const bool splitSequence = t > 1 && o.sequenceParallel;
    if (t > 1) {
        for (std::size_t i = 0; i < kActivationCount; ++i) {
            const CheckedInt whole = e[i];
            switch (tensorSplit(static_cast<Activation>(i))) {
            case TensorSplit::Heads: e[i] = ceilDiv(whole, t); break; // exact: t | h, d_kv, d_ff
            case TensorSplit::Vocab:
                if (whole.value() != 0)
                    e[i] = bc * ceilDiv(v, t);
                break;
            case TensorSplit::Sequence:
                if (splitSequence)
                    e[i] = ceilDiv(whole, t); // exact: t | h | d
                break;
            }
        }
    }

    // Context parallelism: each GPU keeps c/cp of every sequence's tokens, and its queries'
    // rows of P (b·h·(c/cp)·c), so every tensor divides by cp (exact: cp divides c).
    const std::int64_t cp = o.contextParallel;
    if (cp > 1) {
        for (CheckedInt &n : e)
            n = ceilDiv(n, cp);
    }

    const CheckedInt elementBytes = precisionBytes(o).activation;
    const bool fp8Inputs = o.precision == Precision::Fp8Mixed && o.finetune == FineTuning::Full;
    SavedTensors out;
    for (std::size_t i = 0; i < kActivationCount; ++i) {
        const auto a = static_cast<Activation>(i);
        out.elements[i] = e[i].value();
        out.width[i] = activationWidth(a, autocast, fp8Inputs, elementBytes).value();
        if (e[i].overflowed())
            out.overflow = true;
    }
    out.full = full;
    const CheckedInt input = ceilDiv(splitSequence ? ceilDiv(bcd, t) : bcd, cp);
    out.blockInput = input.value();
    out.overflow = out.overflow || input.overflowed();
    return out;
}

ActivationCounts countActivations(const SavedTensors &saved, const StageSlice &stage,
                                  bool *overflow)
{
    if (saved.overflow)
        *overflow = true;
    const bool full = saved.full;
    ActivationCounts out;
    CheckedInt perBlock, total;
    for (std::size_t i = 0; i < kActivationCount; ++i) {
        const auto a = static_cast<Activation>(i);
        const ActivationInfo &info = activationInfo(a);
        const CheckedInt n = saved.elements[i];
        if (info.perBlock)
            perBlock += n;
        // One block's tensors are alive at a time when blocks are re-run from checkpoints. A
        // pipeline stage keeps its blocks' tensors for each micro-batch in flight, the head's
        // on the last stage (its backward follows its forward at once) and the embedding's
        // masks on the first.
        const CheckedInt inFlight = stage.blocksInFlight;
        CheckedInt copies = info.perBlock ? (full ? CheckedInt(1) : inFlight) : CheckedInt(1);
        if (info.group == ActivationGroup::Head && !stage.last)
            copies = 0;
        if (a == Activation::EmbedMask)
            copies = stage.first ? CheckedInt(stage.microBatchesInFlight) : CheckedInt(0);
        CheckedInt all = copies * n;
        if (a == Activation::BlockInputs && full)
            all = inFlight * saved.blockInput;
        store(out.elements[i], all, overflow);
        store(out.bytes[i], CheckedInt(saved.width[i]) * all, overflow);
        total += all;
    }
    store(out.perBlock, perBlock, overflow);
    store(out.total, total, overflow);
    return out;
}

FlopsBreakdown countFlops(const ModelShape &m, const TrainingOptions &o, std::int64_t updated)
{
    const double b = double(m.batch), c = double(m.seqLen), d = double(m.dModel),
                 L = double(m.layers), v = double(m.vocab);
    const double dff = m.moe() ? double(m.topK + m.sharedExperts) * double(m.expertWidth())
                               : double(m.ffnWidth());
    const double dkv = double(m.kvHeadCount()) * double(m.dModel / m.heads);
    const double bcd = b * c * d;
    const double bccd = b * c * c * d;
    const double ffnInputs = m.ffn == FfnKind::SwiGlu ? 2 : 1; // W1 and W3, or W1 alone

    FlopsBreakdown f;
    auto set = [&f](Matmul mm, double value) {
        f.forwardTerms[static_cast<std::size_t>(mm)] = value;
    };
    set(Matmul::QkvProjection, L * 2 * bcd * (d + 2 * dkv));
    set(Matmul::Scores, L * 2 * bccd);
    set(Matmul::AttnValues, L * 2 * bccd);
    set(Matmul::OutProjection, L * 2 * bcd * d);
    set(Matmul::W1W3, L * ffnInputs * 2 * bcd * dff);
    set(Matmul::W2, L * 2 * bcd * dff);
    set(Matmul::LmHead, 2 * bcd * v);
    const Adapters a = adaptersOf(m, o);
    const double r = double(o.loraRank);
    set(Matmul::LoraAdapters, L * 2 * b * c * r * double(a.widths.value()));
    set(Matmul::Router, m.moe() ? L * 2 * bcd * double(m.experts) : 0.0);
    for (double term : f.forwardTerms)
        f.forward += term;

    // Full checkpointing re-runs every block's forward once (the LM head is not checkpointed);
    // FlashAttention and selective checkpointing rebuild S = QKᵀ in backward.
    if (o.checkpointing == Checkpointing::Full)
        f.recompute += f.forward - f.of(Matmul::LmHead);
    if (o.flashAttention || o.checkpointing == Checkpointing::Selective)
        f.recompute += f.of(Matmul::Scores);
    f.backward = 2 * f.forward + f.recompute;
    if (o.finetune != FineTuning::Full) {
        // Frozen weights need only their input's gradient, one product each; the attention's
        // QKᵀ and P·V and the adapters need both of theirs. In the first block nothing before
        // x_norm needs a gradient (the embedding is frozen): no x-gradient through W_Q, W_K, W_V
        // or their adapters, and none for K when W_K has no adapter.
        const double frozen = f.of(Matmul::QkvProjection) + f.of(Matmul::OutProjection)
                + f.of(Matmul::W1W3) + f.of(Matmul::W2) + f.of(Matmul::LmHead);
        const double qkvAdapters = double(int(a.q) + int(a.k) + int(a.v));
        const double firstBlock = f.of(Matmul::QkvProjection) / L
                + (a.k ? 0.0 : f.of(Matmul::Scores) / L) + 2 * b * c * r * d * qkvAdapters;
        f.backward = frozen
                + 2 * (f.of(Matmul::Scores) + f.of(Matmul::AttnValues) + f.of(Matmul::LoraAdapters))
                - firstBlock + f.recompute;
    }
    f.optimizerParameters = updated;
    f.optimizer = double(optimizerCost(o.optimizer).flopsPerParam) * double(updated);
    f.total = f.forward + f.backward + f.optimizer;
    return f;
}

} // namespace ts
