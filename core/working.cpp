// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "working.h"

#include "finetune.h"
#include "options.h"
#include "steptime.h"
#include "workingnotes.h"
#include "workingsteps.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

// Marks the texts the window shows for Qt Linguist, which reads the macro by name (context
// "ts::Working"); core needs no Qt, and the command line prints them as they are.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace ts {

namespace {

using expr::Expr;
using workingnotes::architectureNote;
using workingnotes::filled;
using workingnotes::lectureBlock;
using namespace workingsteps;

class Builder
{
public:
    Builder(const Scenario &s, const Estimate &e)
        : m_s(s)
        , m_e(e)
        , m_x(symbolsOf(s))
        , m_tp(s.options.tensorParallel)
        , m_t(sym("t", "t", s.options.tensorParallel))
        , m_layout(layoutOf(s))
        , m_split(m_tp > 1 || m_layout.pp > 1 || m_layout.cp > 1)
        , m_stage(stageSlice(m_layout, s.model.layers, e.pipeline.peakStage))
        , m_dp(m_split ? sym("DP", "DP", m_layout.dp) : m_x.G)
        , m_shard(m_layout.cp > 1 ? sym("DP·cp", "DP \\cdot cp", m_layout.shardGroup()) : m_dp)
    { }

    std::vector<WorkingStep> build()
    {
        // Steps refer to earlier ones while later ones are added: no reallocation may move them.
        m_steps.reserve(64);
        parameters();
        activations();
        memory();
        flops();
        maxBatch();
        training();
        return std::move(m_steps);
    }

private:
    WorkingStep &add(const char *section, const char *title, const char *name,
                     const char *latexName, Expr formula, long double result, const char *unit,
                     bool whole = true)
    {
        return m_list.add(section, title, name, latexName, std::move(formula), result, unit, whole);
    }

    static Expr named(const WorkingStep &step) { return StepList::named(step); }

    void parameters()
    {
        const ModelShape &m = m_s.model;
        const ParameterCounts &p = m_e.params;
        const Symbols &x = m_x;
        const bool lecture = lectureBlock(m);
        const char *section = QT_TRANSLATE_NOOP("ts::Working", "Parameters");
        Expr block;
        if (lecture) {
            block = n(2) * x.d + n(16) * Expr::pow(x.d, 2);
        } else {
            const std::int64_t matrices = m.ffn == FfnKind::SwiGlu ? 3 : 2;
            // A mixture of experts: E + s experts of width d_e and a d × E router (§8.12).
            const Expr E = sym("E", "E", m.experts), S = sym("s", "s", m.sharedExperts);
            const Expr de = sym("d_e", "d_e", m.expertWidth());
            const Expr experts = m.sharedExperts > 0 ? E + S : E;
            Expr expert = n(matrices) * x.d * de;
            if (m.bias == BiasKind::All)
                expert = expert + n(matrices - 1) * de + x.d;
            const Expr ffn = m.moe() ? x.d * E + experts * expert : n(matrices) * x.d * x.dff;
            block = n(m.norm == NormKind::LayerNorm ? 4 : 2) * x.d + n(2) * Expr::pow(x.d, 2)
                    + n(2) * x.d * x.dkv + ffn;
            if (m.bias != BiasKind::None)
                block = block + x.d + n(2) * x.dkv;
            if (m.bias == BiasKind::All)
                block = block + (m.moe() ? x.d : x.d + n(matrices - 1) * x.dff + x.d);
        }
        WorkingStep &perBlock
                = add(section, QT_TRANSLATE_NOOP("ts::Working", "parameters of one block"), "P_B",
                      "P_B", block, p.perBlock, QT_TRANSLATE_NOOP("ts::Working", "parameters"));
        perBlock.note = architectureNote(m, true);
        const Expr pb = named(perBlock);
        Expr total = x.v * x.d;
        if (m.maxPositions > 0)
            total = total + n(m.maxPositions) * x.d;
        const Expr finalNorm = m.norm == NormKind::LayerNorm ? n(2) * x.d : x.d;
        if (lecture && !m.tiedEmbeddings)
            total = n(2) * x.d * x.v + x.d + x.L * block;
        else
            total = total + x.L * pb + finalNorm + (m.tiedEmbeddings ? n(0) : x.d * x.v);
        m_np = named(add(section, QT_TRANSLATE_NOOP("ts::Working", "parameters of the model"),
                         "N_p", "N_p", total, p.total,
                         QT_TRANSLATE_NOOP("ts::Working", "parameters")));
        if (m_s.options.finetune != FineTuning::Full) {
            const Adapters a = adaptersOf(m, m_s.options);
            WorkingStep &t = add(
                    section,
                    QT_TRANSLATE_NOOP("ts::Working", "trainable parameters: the LoRA adapters"),
                    "N_T", "N_T",
                    x.L * sym("r", "r", m_s.options.loraRank)
                            * sym("Σ(in+out)", "\\Sigma(in+out)", a.widths.value()),
                    p.adapters, QT_TRANSLATE_NOOP("ts::Working", "parameters"));
            t.note = QT_TRANSLATE_NOOP(
                    "ts::Working",
                    "LoRA: every weight frozen; A (r × in) and B (out × r) on each adapted "
                    "layer (docs/formulas.md §8.7).");
            m_trainable = named(t);
        } else {
            m_trainable = m_np;
        }
        if (m_tp > 1 || m_layout.pp > 1 || m_layout.ep > 1) {
            // Megatron's split: each GPU keeps 1/t of the matrices, the column-parallel biases
            // and the vocabulary's rows, and the norms and row-parallel biases whole; a pipeline
            // stage its L/p blocks, the first the embedding, the last the final norm and head.
            const StageSlice &st = m_stage;
            const Expr vocab = m_tp > 1 ? Expr::ceil(x.v / m_t) * x.d : x.v * x.d;
            const Expr blocks = m_layout.pp > 1 ? sym("L/p", "L/p", st.blocks) : x.L;
            Expr share = m_tp > 1 ? blocks
                            * (sym("S_B", "S_B", p.blockSharded) / m_t
                               + sym("R_B", "R_B", p.blockReplicated))
                                  : blocks * pb;
            if (m_layout.ep > 1) { // each GPU keeps E/ep of the routed experts X_B (§8.12)
                const std::int64_t routed = p.blockExperts / m_tp + p.blockExpertBiases;
                const std::int64_t dense = (p.blockSharded - p.blockExperts) / m_tp
                        + p.blockReplicated - p.blockExpertBiases;
                share = blocks
                        * (sym("D_B", "D_B", dense)
                           + sym("X_B", "X_B", routed) / sym("ep", "ep", m_layout.ep));
            }
            if (st.first)
                share = share + vocab;
            if (st.first && m.maxPositions > 0)
                share = share + n(m.maxPositions) * x.d;
            if (st.last)
                share = share + finalNorm;
            if (st.last && (!m.tiedEmbeddings || !st.first))
                share = share + vocab;
            const std::int64_t held
                    = st.first ? m_e.pipeline.first.parameters : m_e.pipeline.last.parameters;
            WorkingStep &t = add(section,
                                 QT_TRANSLATE_NOOP("ts::Working",
                                                   "parameters on one GPU of the tensor-parallel "
                                                   "group"),
                                 "N_t", "N_t", share, held,
                                 QT_TRANSLATE_NOOP("ts::Working", "parameters"));
            t.note = QT_TRANSLATE_NOOP("ts::Working",
                                       "Tensor parallelism: S_B (matrices, column-parallel biases) "
                                       "split over t; R_B (norms, row-parallel biases) whole; the "
                                       "GPUs form DP = G/t data-parallel groups "
                                       "(docs/formulas.md §8.9).");
            if (m_layout.ep > 1)
                t.note = QT_TRANSLATE_NOOP("ts::Working",
                                           "Expert parallelism: D_B (a block without its routed "
                                           "experts) on every GPU, X_B (the routed experts, 1/t "
                                           "each) split over ep GPUs (docs/formulas.md §8.12).");
            if (m_layout.pp > 1) {
                t.title = QT_TRANSLATE_NOOP("ts::Working",
                                            "parameters on one GPU of the peak pipeline stage");
                t.name = "N_s";
                t.latexName = "N_s";
                t.note = QT_TRANSLATE_NOOP(
                        "ts::Working",
                        "Pipeline: L/p blocks per stage, the embedding on the first, the final "
                        "norm and LM head on the last; the figures are the peak stage's GPU "
                        "(docs/formulas.md §8.10).");
            }
            m_trainable = named(t);
        }
    }

    void activations()
    {
        const ModelShape &m = m_s.model;
        const TrainingOptions &o = m_s.options;
        const ActivationCounts &a = m_e.activations;
        const Symbols &x = m_x;
        const char *section = QT_TRANSLATE_NOOP("ts::Working", "Activations saved for backward");
        const bool lecture = lectureBlock(m) && o.checkpointing == Checkpointing::None
                && !o.flashAttention && o.finetune == FineTuning::Full && !autocastApplies(o)
                && !m_split;
        const bool full = o.checkpointing == Checkpointing::Full;
        Expr perBlock, head;
        if (lecture) {
            perBlock = n(20) * x.b * x.c * x.d + x.b * x.h * Expr::pow(x.c, 2);
            head = n(2) * x.b * x.c * x.d + x.b * x.c * x.v;
        } else {
            bool firstBlock = true, firstHead = true;
            for (std::size_t i = 0; i < kActivationCount; ++i) {
                const auto t = static_cast<Activation>(i);
                const ActivationInfo &info = activationInfo(t);
                if (a.elements[i] == 0 || t == Activation::BlockInputs)
                    continue;
                const std::int64_t copies = info.perBlock ? (full ? 1 : m_stage.blocksInFlight)
                        : t == Activation::EmbedMask      ? m_stage.microBatchesInFlight
                                                          : 1;
                Expr term = Expr::symbol(std::string("n(") + info.key + ")",
                                         std::string("n_{\\mathrm{") + info.key + "}}",
                                         a.elements[i] / copies);
                if (!info.perBlock && copies > 1) // the first stage's masks, per micro-batch
                    term = n(copies) * term;
                Expr &sum = info.perBlock ? perBlock : head;
                bool &first = info.perBlock ? firstBlock : firstHead;
                sum = first ? term : sum + term;
                first = false;
            }
            if (full) { // the blocks' inputs, the checkpoints (1/t each with sequence parallelism)
                const Expr kept = m_layout.pp > 1 ? inFlight() : x.L;
                Expr inputs = kept * x.b * x.c * x.d;
                if (m_tp > 1 && o.sequenceParallel)
                    inputs = inputs / m_t;
                if (m_layout.cp > 1)
                    inputs = Expr::ceil(inputs / sym("cp", "cp", m_layout.cp));
                head = head + inputs;
            }
        }
        WorkingStep &nb
                = add(section, QT_TRANSLATE_NOOP("ts::Working", "elements one block keeps"), "N_B",
                      "N_B", perBlock, a.perBlock, QT_TRANSLATE_NOOP("ts::Working", "elements"));
        if (!lecture)
            nb.note = QT_TRANSLATE_NOOP(
                    "ts::Working",
                    "Each term is one saved tensor of core/terms.cpp (elements per block); "
                    "the options change which are kept.");
        const Expr blocks = full ? named(nb) : (m_layout.pp > 1 ? inFlight() : x.L) * named(nb);
        m_na = named(add(section, QT_TRANSLATE_NOOP("ts::Working", "elements of the whole model"),
                         "N_A", "N_A", !full && headless(a) ? blocks : blocks + head, a.total,
                         QT_TRANSLATE_NOOP("ts::Working", "elements")));
        if (m_tp > 1)
            nb.note = o.sequenceParallel
                    ? QT_TRANSLATE_NOOP("ts::Working",
                                        "Tensor and sequence parallelism: every tensor 1/t on each "
                                        "GPU, sbh/t·(34 + 5as/h) bytes in Korthikanti et al.'s GPT "
                                        "layer (§8.9).")
                    : QT_TRANSLATE_NOOP(
                            "ts::Working",
                            "Tensor parallelism: the heads' and FFN's tensors 1/t on "
                            "each GPU, the norms' and dropouts' whole: sbh(10 + 24/t + "
                            "5as/(ht)) bytes in Korthikanti et al.'s GPT layer (§8.9).");
        if (full)
            m_steps.back().note = QT_TRANSLATE_NOOP(
                    "ts::Working",
                    "Full checkpointing keeps one block's tensors at a time, plus "
                    "each block's input.");
        if (m_layout.pp > 1)
            m_steps.back().note = QT_TRANSLATE_NOOP(
                    "ts::Working",
                    "Pipeline: the peak stage keeps B_f block-micro-batches (1F1B: min(p − i, m) "
                    "micro-batches of L/p blocks), the head's tensors on the last stage "
                    "(docs/formulas.md §8.10).");
        if (m_layout.cp > 1)
            nb.note = QT_TRANSLATE_NOOP("ts::Working",
                                        "Context parallelism: every tensor 1/cp on each GPU "
                                        "(docs/formulas.md §8.10).");
    }

    // ⌈N/G⌉ when ZeRO partitions it over the GPUs, else N.
    Expr shard(const Expr &count, bool partitioned) const
    {
        // A mixture of experts shards its routed experts over DP·cp/ep GPUs and the rest over
        // DP·cp: the two shards' sum, as core counts it (§8.12).
        if (partitioned && m_s.model.moe())
            return sym("N_shard", "N_{shard}", m_e.flops.optimizerParameters);
        return partitioned ? Expr::ceil(count / m_shard) : count;
    }

    // Whether no tensor outside the blocks is kept (a middle pipeline stage's GPU).
    static bool headless(const ActivationCounts &a)
    {
        for (std::size_t i = 0; i < kActivationCount; ++i)
            if (!activationInfo(static_cast<Activation>(i)).perBlock && a.elements[i] != 0)
                return false;
        return true;
    }

    // The block-micro-batches of activations the peak stage keeps (docs/formulas.md §8.10).
    Expr inFlight() const { return sym("B_f", "B_f", m_stage.blocksInFlight); }

    void memory()
    {
        const TrainingOptions &o = m_s.options;
        const MemoryBreakdown &mem = m_e.memory;
        const PrecisionBytes pb = precisionBytes(o);
        const char *section = QT_TRANSLATE_NOOP("ts::Working", "Peak memory per GPU");
        const bool eager = o.accounting == Accounting::PytorchEager;
        const bool full = o.finetune == FineTuning::Full;
        const bool simple = !eager && o.offload == Offload::None && !autocastApplies(o);
        const std::string beyond = QT_TRANSLATE_NOOP(
                "ts::Working", "Beyond the slide's fp32 AdamW (docs/formulas.md §8).");
        const bool lectureBytes = simple && full && o.precision == Precision::Fp32
                && o.optimizer == Optimizer::AdamW && o.zeroStage == 0;

        // Weights: the trainable ones (their shard under ZeRO 3), and under LoRA the frozen ones.
        Expr weights = n(pb.weight) * shard(m_trainable, o.zeroStage >= 3);
        if (!full)
            weights = weights + sym("M_frozen", "M_{frozen}", mem.frozenWeights);
        if (mem.weightCasts > 0) // fp8's transposes of the matrices (or autocast's casts)
            weights = weights + sym("M_casts", "M_{casts}", mem.weightCasts);
        if (!simple)
            weights = sym("M_weights", "M_{weights}", mem.parameters);
        WorkingStep &w = add(section, QT_TRANSLATE_NOOP("ts::Working", "weights"), "M_W", "M_W",
                             weights, mem.parameters, QT_TRANSLATE_NOOP("ts::Working", "bytes"));
        w.band = WorkingBand::Weights;
        Expr grads = o.offload != Offload::None
                ? n(0)
                : n(pb.gradient) * shard(m_trainable, o.zeroStage >= 2);
        WorkingStep &g = add(section, QT_TRANSLATE_NOOP("ts::Working", "gradients"), "M_G", "M_G",
                             grads, mem.gradients, QT_TRANSLATE_NOOP("ts::Working", "bytes"));
        g.band = WorkingBand::Gradients;
        const OptimizerCost oc = optimizerCost(o.optimizer);
        Expr states = n(pb.master + oc.states * pb.optimizerState)
                * shard(m_trainable, o.zeroStage >= 1);
        if (o.offload != Offload::None)
            states = n(0);
        else if (o.optimizer == Optimizer::Adam8bit || eager)
            states = sym("M_optimizer", "M_{optimizer}", mem.optimizerStates);
        WorkingStep &opt
                = add(section, QT_TRANSLATE_NOOP("ts::Working", "optimizer states"), "M_O", "M_O",
                      states, mem.optimizerStates, QT_TRANSLATE_NOOP("ts::Working", "bytes"));
        opt.band = WorkingBand::Optimizer;
        if (!lectureBytes)
            opt.note = beyond;
        if (o.offload != Offload::None)
            opt.note = QT_TRANSLATE_NOOP(
                    "ts::Working",
                    "Offloaded: gradients and optimizer states live in host memory "
                    "(docs/formulas.md §8.8).");

        // Activations: one width for every tensor, or each tensor at its own.
        const ActivationCounts &a = m_e.activations;
        Expr act;
        bool uniform = true, first = true;
        std::int64_t width = 0;
        for (std::size_t i = 0; i < kActivationCount; ++i) {
            if (a.elements[i] == 0)
                continue;
            const std::int64_t w = a.bytes[i] / a.elements[i];
            uniform = uniform && (width == 0 || w == width);
            width = w;
        }
        if (eager) {
            act = sym("M_saved", "M_{saved}", mem.activations);
        } else if (uniform) {
            act = n(width) * m_na;
        } else {
            for (std::size_t i = 0; i < kActivationCount; ++i) {
                if (a.elements[i] == 0)
                    continue;
                const ActivationInfo &info = activationInfo(static_cast<Activation>(i));
                // N(tensor): its elements over the whole model (n(tensor) is one block's).
                const Expr term = n(a.bytes[i] / a.elements[i])
                        * Expr::symbol(std::string("N(") + info.key + ")",
                                       std::string("N_{\\mathrm{") + info.key + "}}",
                                       a.elements[i]);
                act = first ? term : act + term;
                first = false;
            }
        }
        WorkingStep &activations
                = add(section, QT_TRANSLATE_NOOP("ts::Working", "saved activations"), "M_A", "M_A",
                      act, mem.activations, QT_TRANSLATE_NOOP("ts::Working", "bytes"));
        activations.band = WorkingBand::BlockOther;
        if (!uniform)
            activations.note = QT_TRANSLATE_NOOP(
                    "ts::Working",
                    "Tensors of different widths (masks 1 byte, fp32 statistics 4): "
                    "each term is a tensor's elements over the model.");
        if (eager)
            activations.note = QT_TRANSLATE_NOOP(
                    "ts::Working", "PyTorch eager accounting: what autograd saves (§9).");
        m_static = named(
                add(section,
                    QT_TRANSLATE_NOOP("ts::Working",
                                      "static memory: weights, gradients, optimizer states"),
                    "M_static", "M_{static}", named(w) + named(g) + named(opt), mem.staticBytes,
                    QT_TRANSLATE_NOOP("ts::Working", "bytes")));
        if (lectureBytes)
            m_steps.back().formula = n(16) * m_np;
        const Expr peak
                = eager ? sym("M_eager", "M_{eager}", mem.peak) : m_static + named(activations);
        WorkingStep &pk
                = add(section, QT_TRANSLATE_NOOP("ts::Working", "peak memory per GPU"), "M_peak",
                      "M_{peak}", peak, mem.peak, QT_TRANSLATE_NOOP("ts::Working", "bytes"));
        if (eager)
            pk.note = QT_TRANSLATE_NOOP(
                    "ts::Working",
                    "PyTorch eager: the live bytes at the step's worst moment, replayed (§9.3).");
        m_perSample = sym("M_b", "M_b", mem.perSampleBytes);
    }

    void flops()
    {
        const ModelShape &m = m_s.model;
        const TrainingOptions &o = m_s.options;
        const FlopsBreakdown &f = m_e.flops;
        const Symbols &x = m_x;
        const char *section
                = QT_TRANSLATE_NOOP("ts::Working", "FLOPs per step (one micro-batch on one GPU)");
        const bool lecture = lectureBlock(m) && o.finetune == FineTuning::Full;
        Expr forward;
        if (lecture) {
            forward = x.L
                            * (n(32) * x.b * x.c * Expr::pow(x.d, 2)
                               + n(4) * x.b * Expr::pow(x.c, 2) * x.d)
                    + n(2) * x.b * x.c * x.d * x.v;
        } else {
            const std::int64_t inputs = m.ffn == FfnKind::SwiGlu ? 2 : 1;
            // A mixture of experts: each token through k routed and s shared experts of
            // width d_e, and the router's 2·b·c·d·E (§8.12).
            const Expr width = m.moe() ? sym("(k+s)·d_e", "(k+s) \\cdot d_e",
                                             (m.topK + m.sharedExperts) * m.expertWidth())
                                       : x.dff;
            Expr block = n(2) * x.b * x.c * x.d * (x.d + n(2) * x.dkv)
                    + n(4) * x.b * Expr::pow(x.c, 2) * x.d + n(2) * x.b * x.c * Expr::pow(x.d, 2)
                    + n(2 * inputs) * x.b * x.c * x.d * width + n(2) * x.b * x.c * width * x.d;
            if (m.moe())
                block = block + n(2) * x.b * x.c * x.d * sym("E", "E", m.experts);
            if (o.finetune != FineTuning::Full) {
                const Adapters a = adaptersOf(m, o);
                block = block
                        + n(2) * x.b * x.c * sym("r", "r", o.loraRank)
                                * sym("Σ(in+out)", "\\Sigma(in+out)", a.widths.value());
            }
            forward = x.L * block + n(2) * x.b * x.c * x.d * x.v;
        }
        WorkingStep &fwd = add(
                section, QT_TRANSLATE_NOOP("ts::Working", "forward: 2·m·n·k per matrix product"),
                "F_fwd", "F_{fwd}", forward, f.forward, "FLOPs");
        if (!lecture)
            fwd.note = architectureNote(m, true);
        const Expr ffwd = named(fwd);
        Expr backward = n(2) * ffwd;
        std::string note;
        if (f.recompute > 0) {
            backward = backward + sym("F_re", "F_{re}", f.recompute);
            note = QT_TRANSLATE_NOOP(
                    "ts::Working",
                    "Checkpointing or FlashAttention recompute forward work in backward (§8.3).");
        }
        if (o.finetune != FineTuning::Full || o.accounting == Accounting::PytorchEager) {
            backward = sym("F_bwd", "F_{bwd}", f.backward);
            note = o.finetune != FineTuning::Full
                    ? QT_TRANSLATE_NOOP("ts::Working",
                                        "Frozen weights need no weight gradient (docs/formulas.md "
                                        "§8.7).")
                    : QT_TRANSLATE_NOOP("ts::Working",
                                        "PyTorch eager: every product's two gradients (§9.2).");
        }
        WorkingStep &bwd = add(
                section,
                QT_TRANSLATE_NOOP("ts::Working", "backward: the input's and the weight's gradient"),
                "F_bwd", "F_{bwd}", backward, f.backward, "FLOPs");
        bwd.note = note;
        const OptimizerCost oc = optimizerCost(o.optimizer);
        const Expr updated = shard(m_trainable, o.zeroStage >= 1);
        WorkingStep &opt
                = add(section, QT_TRANSLATE_NOOP("ts::Working", "optimizer update"), "F_opt",
                      "F_{opt}", n(oc.flopsPerParam) * updated, f.optimizer, "FLOPs");
        if (o.optimizer != Optimizer::AdamW || o.zeroStage >= 1)
            opt.note = QT_TRANSLATE_NOOP(
                    "ts::Working",
                    "FLOPs per parameter of the optimizer, over the parameters this GPU "
                    "updates (§8.2, §8.5).");
        m_step = named(add(section, QT_TRANSLATE_NOOP("ts::Working", "one step"), "F_step",
                           "F_{step}", ffwd + named(bwd) + named(opt), f.total, "FLOPs"));
        m_fb = ffwd + named(bwd);
        m_fopt = named(opt);
    }

    void maxBatch()
    {
        const Symbols &x = m_x;
        const MemoryBreakdown &mem = m_e.memory;
        const char *section = QT_TRANSLATE_NOOP("ts::Working", "Largest batch that fits one GPU");
        const Expr M = sym("M", "M", m_s.hardware.gpuMemoryBytes);
        const bool eager = m_s.options.accounting == Accounting::PytorchEager;
        add(section, QT_TRANSLATE_NOOP("ts::Working", "memory of one sequence"), "M_b", "M_b",
            eager ? m_perSample : named(m_steps[m_activationStep()]) / x.b, mem.perSampleBytes,
            QT_TRANSLATE_NOOP("ts::Working", "bytes"));
        Expr exact = Expr::floor((M - m_static) / named(m_steps.back()));
        std::string note;
        if (m_e.maxBatch.exact == 0 && mem.staticBytes >= m_s.hardware.gpuMemoryBytes) {
            exact = n(0);
            note = QT_TRANSLATE_NOOP("ts::Working",
                                     "The static memory alone exceeds the GPU: nothing fits.");
        }
        if (eager) {
            exact = sym("b_max", "b_{max}", m_e.maxBatch.exact);
            note = QT_TRANSLATE_NOOP(
                    "ts::Working", "PyTorch eager: the largest b whose replayed peak fits (§9.3).");
        }
        WorkingStep &b
                = add(section, QT_TRANSLATE_NOOP("ts::Working", "exact"), "b_max", "b_{max}", exact,
                      m_e.maxBatch.exact, QT_TRANSLATE_NOOP("ts::Working", "sequences"));
        b.note = note;
        if (m_e.maxBatch.lectureApproxApplies) {
            add(section, QT_TRANSLATE_NOOP("ts::Working", "the slide's shortcut"), "b_slide",
                "b_{slide}",
                (M - (n(256) * x.L * Expr::pow(x.d, 2) + n(32) * x.d * x.v))
                        / (n(4) * x.L * x.c * (n(20) * x.d + x.h * x.c)),
                m_e.maxBatch.lectureApprox, QT_TRANSLATE_NOOP("ts::Working", "sequences"), false)
                    .note
                    = QT_TRANSLATE_NOOP(
                            "ts::Working",
                            "It drops the static 32Ld + 16d and the per-sample 8cd + 4cv.");
        }
    }

    std::size_t m_activationStep() const
    {
        for (std::size_t i = 0; i < m_steps.size(); ++i)
            if (m_steps[i].name == "M_A")
                return i;
        return 0;
    }

    void training()
    {
        TimeContext c { m_s, m_e, m_x, m_layout, m_split, m_dp, m_t, m_fb, m_fopt, m_step };
        addTrainingTime(m_list, c);
    }

    const Scenario &m_s;
    const Estimate &m_e;
    Symbols m_x;
    std::int64_t m_tp; // tensor parallelism t
    Expr m_t;
    Layout m_layout;
    bool m_split;       // tensor, pipeline or context parallelism
    StageSlice m_stage; // the peak stage
    Expr m_dp;          // the data-parallel replicas: G/(t·p·cp), G without model parallelism
    Expr m_shard;       // the GPUs ZeRO shards over: DP·cp
    std::vector<WorkingStep> m_steps;
    StepList m_list { m_steps };
    Expr m_np, m_trainable, m_na, m_static, m_perSample, m_step, m_fb, m_fopt;
};

} // namespace

std::vector<WorkingStep> working(const Scenario &s, const Estimate &e)
{
    return Builder(s, e).build();
}

} // namespace ts
