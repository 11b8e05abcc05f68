// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The peak of live bytes during one PyTorch 1.13.1 eager training step of the reference model
// (tests/validation/reference.py), found by replaying the allocations and frees the CPU
// allocator reports for it, in order. Every block allocates the same, so the replay covers the
// forward of the last block and the backward of the head and the last block, where the most
// saved tensors are alive; earlier blocks' moments are the same minus the tensors already freed.
#include "checkedint.h"
#include "pytorcheager.h"

#include <algorithm>

namespace ts {

namespace {

// Buffers by size in bytes, fp32 unless noted (d_ff = 4d).
enum class Sz : std::uint8_t {
    X,  // b·c·d: an activation or its gradient
    F,  // b·c·d_ff: an FFN hidden tensor
    R,  // b·c: one value per token (the RMS)
    P,  // b·h·c²: attention scores
    M,  // c² bool: the causal mask
    V,  // b·c·v: logits and their gradient
    Wd, // d: a norm gain's gradient
    W,  // d²: an attention weight's gradient
    Wf, // d·d_ff: an FFN weight's gradient
    Wv, // v·d: the embedding's or LM head's gradient
    S4, // a 0-dim fp32 tensor
    S8, // a 0-dim float64 tensor
};
constexpr std::size_t kSizeCount = 12;

enum class Op : std::uint8_t {
    Save,    // allocated and saved for backward
    Release, // a saved tensor freed once the last node that saved it has run
    Hold,    // allocated and held by the training loop until the step returns
    Tmp,     // allocated: an output, gradient or temporary
    Drop,    // a Tmp freed
};

struct Ev
{
    Op op;
    Sz size;
};

constexpr Ev save(Sz s)
{
    return { Op::Save, s };
}
constexpr Ev release(Sz s)
{
    return { Op::Release, s };
}
constexpr Ev hold(Sz s)
{
    return { Op::Hold, s };
}
constexpr Ev tmp(Sz s)
{
    return { Op::Tmp, s };
}
constexpr Ev drop(Sz s)
{
    return { Op::Drop, s };
}

using S = Sz;

// rms = sqrt(x.pow(2).mean(-1, keepdim=True) + eps); out = x / rms * g.
constexpr Ev kNormForward[] = { save(S::X), tmp(S::R),  tmp(S::R),  drop(S::R),
                                save(S::R), drop(S::R), save(S::X), save(S::X) };

// Q, K, V projections; matmul copies Q and Kᵀ contiguous; scores ÷ √d_head; masked_fill with a
// new triu mask; softmax; contiguous V; P·V; contiguous O; W_O; the locals q, k, v and the
// masked scores die when forward() returns.
constexpr Ev kAttentionForward[] = {
    tmp(S::X),  tmp(S::X),  tmp(S::X),  save(S::X), save(S::X), tmp(S::P), save(S::S8),
    tmp(S::P),  drop(S::P), tmp(S::M),  save(S::M), drop(S::M), tmp(S::P), drop(S::P),
    save(S::P), save(S::X), tmp(S::X),  save(S::X), drop(S::X), tmp(S::X), drop(S::X),
    drop(S::X), drop(S::X), drop(S::P), save(S::X), drop(S::X), // x_res = x + y; y dies
};

// G = W1·x, SiLU(G), V_ff = W3·x, H = SiLU(G)·V_ff, Z = W2·H; x_out = x_res + Z; Z dies.
constexpr Ev kFfnForward[]
        = { save(S::F), save(S::F), save(S::F), save(S::F), tmp(S::X), save(S::X), drop(S::X) };

// logits (held by the loop), log_softmax, the loss (held) and nll_loss's total weight.
constexpr Ev kLossForward[] = { hold(S::V), save(S::V), hold(S::S4), save(S::S4) };

// The backward seed; nll_loss's gradient; log_softmax's; the log-probabilities are released.
constexpr Ev kLossBackward[]
        = { tmp(S::S4), tmp(S::V), drop(S::S4), tmp(S::V), drop(S::V), release(S::V) };

// LM head: dW, dX; the logits' gradient dies, X_final is released, dW is added into .grad.
constexpr Ev kLmHeadBackward[] = { tmp(S::Wv), tmp(S::X), drop(S::V), release(S::X), drop(S::Wv) };

// (x / rms)·g: grad·g, grad·(x / rms) and its sum dg; x / rms released; dg added into .grad.
constexpr Ev kGainBackward[]
        = { tmp(S::X), tmp(S::X), tmp(S::Wd), drop(S::X), drop(S::X), release(S::X), drop(S::Wd) };
// x / rms: grad / rms and −grad·x / rms² summed to one value per token.
constexpr Ev kDivBackward[]
        = { tmp(S::X),  tmp(S::X), tmp(S::X), tmp(S::X),  drop(S::X), drop(S::X),
            drop(S::X), tmp(S::X), tmp(S::R), drop(S::X), drop(S::X) };
// The residual's gradient and the norm's meet in the input's gradient buffer.
constexpr Ev kAccumulate[] = { tmp(S::X), drop(S::X), drop(S::X) };
// sqrt (rms released), mean (x² released), pow (x released), and the two paths to x summed.
constexpr Ev kNormTail[]
        = { tmp(S::R),  tmp(S::R),     drop(S::R),    drop(S::R), release(S::R), tmp(S::X),
            drop(S::R), release(S::X), tmp(S::X),     tmp(S::X),  tmp(S::X),     drop(S::X),
            drop(S::X), drop(S::X),    release(S::X), tmp(S::X),  drop(S::X),    drop(S::X) };

// W2 (H released), the SwiGLU product (SiLU(G), V_ff released), W3, SiLU (G released), W1
// (x_ffin released) and the two gradients of x_ffin summed. Weight gradients are added into
// .grad as soon as they exist; the block output's gradient stays for the residual.
constexpr Ev kFfnBackward[] = {
    tmp(S::Wf),  tmp(S::F),     release(S::F), drop(S::Wf),   tmp(S::F),  tmp(S::F),
    drop(S::F),  release(S::F), release(S::F), tmp(S::Wf),    tmp(S::X),  drop(S::F),
    drop(S::Wf), tmp(S::F),     drop(S::F),    release(S::F), tmp(S::Wf), tmp(S::X),
    drop(S::F),  release(S::X), tmp(S::X),     drop(S::X),    drop(S::X), drop(S::Wf),
};

// W_O (O released); the gradient made contiguous; P·V (V released); softmax (P released);
// masked_fill (mask released); ÷ √d_head (scale released); QKᵀ (Q, Kᵀ released); then V, K and
// Q projections, each made contiguous, their x_norm gradients summed (x_norm released last).
constexpr Ev kAttentionBackward[] = {
    tmp(S::W),  tmp(S::X),     release(S::X), drop(S::W), tmp(S::X),      drop(S::X),    tmp(S::X),
    tmp(S::P),  drop(S::X),    release(S::X), tmp(S::P),  drop(S::P),     release(S::P), tmp(S::P),
    drop(S::P), release(S::M), tmp(S::P),     drop(S::P), release(S::S8), tmp(S::X),     tmp(S::X),
    drop(S::P), release(S::X), release(S::X), tmp(S::X),  drop(S::X),     tmp(S::W),     tmp(S::X),
    drop(S::X), drop(S::W),    tmp(S::X),     drop(S::X), tmp(S::W),      tmp(S::X),     drop(S::X),
    tmp(S::X),  drop(S::X),    drop(S::X),    drop(S::W), tmp(S::X),      drop(S::X),    tmp(S::W),
    tmp(S::X),  drop(S::X),    release(S::X), tmp(S::X),  drop(S::X),     drop(S::X),    drop(S::W),
};

// The embedding's dense v×d gradient, added into .grad; the graph dies with nll's total weight.
constexpr Ev kEmbeddingBackward[] = { tmp(S::Wv), drop(S::X), drop(S::Wv), release(S::S4) };

using Sizes = std::array<CheckedInt, kSizeCount>;

// Live bytes by kind while the step runs, and the worst moment so far.
struct Tape
{
    Tape(const Sizes &z, CheckedInt alwaysAlive)
        : sizes(z)
        , staticBytes(alwaysAlive)
    { }

    const Sizes &sizes;
    CheckedInt staticBytes; // weights, gradients, AdamW state: alive all step
    CheckedInt held, saved, transient;
    EagerPeak peak;
    bool overflow = false;

    template<std::size_t N>
    void play(EagerMoment moment, const Ev (&events)[N])
    {
        for (const Ev &e : events) {
            const CheckedInt n = sizes[static_cast<std::size_t>(e.size)];
            switch (e.op) {
            case Op::Save: saved += n; break;
            case Op::Release: saved = saved - n; break;
            case Op::Hold: held += n; break;
            case Op::Tmp: transient += n; break;
            case Op::Drop: transient = transient - n; break;
            }
            if (e.op == Op::Save || e.op == Op::Hold || e.op == Op::Tmp)
                consider(moment);
        }
    }

    void consider(EagerMoment moment)
    {
        const CheckedInt live = staticBytes + held + saved + transient;
        overflow = overflow || live.overflowed();
        if (!overflow && live.value() > peak.bytes)
            peak = { live.value(), moment,        staticBytes.value(),
                     held.value(), saved.value(), transient.value() };
    }
};

template<std::size_t N>
CheckedInt savedBy(const Sizes &sizes, const Ev (&events)[N])
{
    CheckedInt total;
    for (const Ev &e : events) {
        if (e.op == Op::Save)
            total += sizes[static_cast<std::size_t>(e.size)];
    }
    return total;
}

} // namespace

EagerPeak eagerPeak(const ModelShape &m, std::int64_t parameters, bool *overflow)
{
    const CheckedInt b = m.batch, c = m.seqLen, d = m.dModel, L = m.layers, h = m.heads,
                     v = m.vocab, dff = 4 * d;
    Sizes z;
    auto set = [&z](Sz s, CheckedInt bytes) { z[static_cast<std::size_t>(s)] = bytes; };
    set(Sz::X, 4 * b * c * d);
    set(Sz::F, 4 * b * c * dff);
    set(Sz::R, 4 * b * c);
    set(Sz::P, 4 * b * h * c * c);
    set(Sz::M, c * c);
    set(Sz::V, 4 * b * c * v);
    set(Sz::Wd, 4 * d);
    set(Sz::W, 4 * d * d);
    set(Sz::Wf, 4 * d * dff);
    set(Sz::Wv, 4 * v * d);
    set(Sz::S4, 4);
    set(Sz::S8, 8);
    const CheckedInt X = z[std::size_t(Sz::X)];

    // Alive all step: weights, gradients (kept by zero_grad(set_to_none=False)), AdamW's m, v
    // and a 4-byte step counter for each of the 9L + 3 parameter tensors.
    Tape t(z, 16 * CheckedInt(parameters) + 4 * (9 * L + 3));
    const CheckedInt ids = 16 * b * c; // the loop's int64 token ids and targets
    const CheckedInt perBlock = 2 * savedBy(z, kNormForward) + savedBy(z, kAttentionForward)
            + savedBy(z, kFfnForward);

    t.held = ids;
    t.saved = X + (L - 1) * perBlock; // the embedding's output and the earlier blocks
    t.consider(EagerMoment::ForwardLastBlock);
    t.play(EagerMoment::ForwardLastBlock, kNormForward);
    t.play(EagerMoment::ForwardLastBlock, kAttentionForward);
    t.play(EagerMoment::ForwardLastBlock, kNormForward);
    t.play(EagerMoment::ForwardLastBlock, kFfnForward);
    t.play(EagerMoment::ForwardHead, kNormForward);
    t.play(EagerMoment::ForwardHead, kLossForward);

    t.play(EagerMoment::BackwardLoss, kLossBackward);
    t.play(EagerMoment::BackwardLmHead, kLmHeadBackward);
    t.play(EagerMoment::BackwardFinalNorm, kGainBackward);
    t.play(EagerMoment::BackwardFinalNorm, kDivBackward);
    t.play(EagerMoment::BackwardFinalNorm, kNormTail);
    t.play(EagerMoment::BackwardFfn, kFfnBackward);
    t.play(EagerMoment::BackwardNorm2, kGainBackward);
    t.play(EagerMoment::BackwardNorm2, kDivBackward);
    t.play(EagerMoment::BackwardNorm2, kAccumulate);
    t.play(EagerMoment::BackwardNorm2, kNormTail);
    t.play(EagerMoment::BackwardAttention, kAttentionBackward);
    t.play(EagerMoment::BackwardNorm1, kGainBackward);
    t.play(EagerMoment::BackwardNorm1, kDivBackward);
    t.play(EagerMoment::BackwardNorm1, kAccumulate);
    t.play(EagerMoment::BackwardNorm1, kNormTail);
    // The earlier blocks repeat the last one's backward with less saved; skip to the embedding.
    t.saved = t.saved - (L - 1) * perBlock;
    t.play(EagerMoment::BackwardEmbedding, kEmbeddingBackward);

    // AdamW (PyTorch 1.13's for-loop over tensors): denom = exp_avg_sq.sqrt() / c keeps the sqrt
    // and the quotient alive together, and the previous tensor's denom lives until the name is
    // rebound. Parameter order: embedding, per block (gain, W_Q, W_K, W_V, W_O, gain, W1, W2, W3),
    // final gain, LM head; this sequence has every neighbouring pair of that order.
    constexpr Sz kOrder[] = { Sz::Wv, Sz::Wd, Sz::W,  Sz::W,  Sz::W,  Sz::W,
                              Sz::Wd, Sz::Wf, Sz::Wf, Sz::Wf, Sz::Wd, Sz::Wv };
    t.saved = 0;
    t.held = ids + z[std::size_t(Sz::V)] + 4; // token ids, targets, logits and the loss
    CheckedInt previous = 0;
    for (Sz s : kOrder) {
        const CheckedInt n = z[static_cast<std::size_t>(s)];
        t.transient = previous + 2 * n;
        t.consider(EagerMoment::OptimizerStep);
        previous = n;
    }

    bool failed = t.overflow;
    for (const CheckedInt &n : z)
        failed = failed || n.overflowed();
    if (failed || perBlock.overflowed() || t.saved.overflowed()) {
        *overflow = true;
        return {};
    }
    return t.peak;
}

} // namespace ts
