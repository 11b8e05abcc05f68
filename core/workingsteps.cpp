// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workingsteps.h"

#include "steptime.h"

// Marks the texts the window shows for Qt Linguist (context "ts::Working"), as core/working.cpp.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace ts::workingsteps {

using expr::Expr;

Expr n(std::int64_t value)
{
    return Expr::whole(value);
}

Expr sym(const char *text, const char *latex, long double value, bool whole)
{
    return Expr::symbol(text, latex, value, whole);
}

Symbols symbolsOf(const Scenario &s)
{
    const ModelShape &m = s.model;
    return { sym("b", "b", m.batch),
             sym("c", "c", m.seqLen),
             sym("d", "d", m.dModel),
             sym("L", "L", m.layers),
             sym("h", "h", m.heads),
             sym("v", "v", m.vocab),
             sym("d_ff", "d_{ff}", m.ffnWidth()),
             sym("d_kv", "d_{kv}", m.kvHeadCount() * (m.dModel / m.heads)),
             sym("G", "G", s.hardware.gpus),
             sym("MFU", "\\mathrm{MFU}", s.hardware.mfu, false),
             sym("peak", "\\mathrm{peak}", s.hardware.peakFlopsPerGpu, false),
             sym("tokens", "\\mathrm{tokens}", s.run.tokens, false),
             sym("epochs", "\\mathrm{epochs}", s.run.epochs, false) };
}

WorkingStep &StepList::add(const char *section, const char *title, const char *name,
                           const char *latexName, Expr formula, long double result,
                           const char *unit, bool whole)
{
    WorkingStep step;
    step.section = section;
    step.title = title;
    step.name = name;
    step.latexName = latexName;
    step.formula = std::move(formula);
    step.result = result;
    step.whole = whole;
    step.unit = unit;
    m_steps.push_back(std::move(step));
    return m_steps.back();
}

Expr StepList::named(const WorkingStep &step)
{
    return Expr::symbol(step.name, step.latexName, step.result, step.whole);
}

void addTrainingTime(StepList &list, const TimeContext &c)
{
    const Symbols &x = c.x;
    const TrainingTime &t = c.e.training;
    const TrainingOptions &o = c.s.options;
    const char *section = QT_TRANSLATE_NOOP("ts::Working", "Training time");
    list.add(section,
             QT_TRANSLATE_NOOP("ts::Working",
                               "steps of one micro-batch, over all GPUs (the slide's count)"),
             "S", "S", x.tokens * x.epochs / (x.b * x.c), t.steps,
             QT_TRANSLATE_NOOP("ts::Working", "steps"), false);
    const StepTimeBreakdown &parts = t.breakdown;
    const double extra = parts.bubble + parts.tensorParallel + parts.pipelineParallel
            + parts.contextParallel + parts.dataParallel;
    const bool lecture = o.gradAccum == 1 && o.zeroStage == 0 && !c.split && extra == 0;
    if (lecture) {
        list.add(section, QT_TRANSLATE_NOOP("ts::Working", "wall-clock time"), "T", "T",
                 StepList::named(list.back()) * c.step / (x.G * x.peak * x.mfu), t.seconds, "s",
                 false);
    } else {
        const Expr A = sym("A", "A", o.gradAccum);
        WorkingStep &so
                = list.add(section, QT_TRANSLATE_NOOP("ts::Working", "optimizer steps"), "S_opt",
                           "S_{opt}", x.tokens * x.epochs / (x.b * A * c.dp * x.c),
                           t.optimizerSteps, QT_TRANSLATE_NOOP("ts::Working", "steps"), false);
        so.note = QT_TRANSLATE_NOOP(
                "ts::Working",
                "Gradient accumulation or ZeRO: each GPU runs A micro-batches, then its "
                "update (§8.5).");
        if (c.split)
            so.note = QT_TRANSLATE_NOOP(
                    "ts::Working",
                    "Each of the DP = G/(t·p·cp) replicas runs A micro-batches, its t·cp GPUs "
                    "sharing each one's forward and backward, then the update (§8.9, §8.10).");
        Expr perMicro = c.fb;
        if (c.layout.pp > 1) { // the slowest stage: the last, its blocks and the LM head
            const Expr head = n(3) * sym("F_head", "F_{head}", c.e.flops.of(Matmul::LmHead));
            WorkingStep &stage = list.add(
                    section,
                    QT_TRANSLATE_NOOP("ts::Working", "forward and backward of the slowest stage"),
                    "F_s", "F_s", (c.fb - head) / sym("p", "p", c.layout.pp) + head,
                    slowestStage(c.e.flops, c.layout.pp).forwardAndBackward, "FLOPs", false);
            stage.decimals = 0;
            stage.note = QT_TRANSLATE_NOOP(
                    "ts::Working",
                    "The last stage: L/p blocks and the LM head, whose backward is twice its "
                    "forward (docs/formulas.md §8.10).");
            perMicro = StepList::named(stage);
        }
        Expr work = A * perMicro;
        if (c.layout.tp > 1)
            work = work / (c.layout.cp > 1 ? c.t * sym("cp", "cp", c.layout.cp) : c.t);
        else if (c.layout.cp > 1)
            work = work / sym("cp", "cp", c.layout.cp);
        Expr perStep = (work + c.fopt) / (x.peak * x.mfu);
        if (extra > 0) {
            WorkingStep &wait
                    = list.add(section,
                               QT_TRANSLATE_NOOP("ts::Working",
                                                 "bubble and communication per step, not hidden"),
                               "T_x", "T_x",
                               sym("T_bubble", "T_{bubble}", parts.bubble, false)
                                       + sym("T_TP", "T_{TP}", parts.tensorParallel, false)
                                       + sym("T_PP", "T_{PP}", parts.pipelineParallel, false)
                                       + sym("T_CP", "T_{CP}", parts.contextParallel, false)
                                       + sym("T_DP", "T_{DP}", parts.dataParallel, false),
                               extra, "s", false);
            wait.note = QT_TRANSLATE_NOOP(
                    "ts::Working",
                    "The pipeline bubble (p − 1)/(v·A) of the compute and the ring "
                    "collectives' α–β times of docs/formulas.md §8.10 (the Time breakdown).");
            perStep = perStep + StepList::named(wait);
        }
        list.add(section, QT_TRANSLATE_NOOP("ts::Working", "wall-clock time"), "T", "T",
                 StepList::named(so) * perStep, t.seconds, "s", false);
    }
    const Expr T = StepList::named(list.back());
    list.add(section, QT_TRANSLATE_NOOP("ts::Working", "hours"), "T_h", "T_h", T / n(3600), t.hours,
             "h", false);
    // The slide's constant: tokens·epochs / (GPUs·peak), which it rounds to 3.617·10⁻⁶.
    const double k = c.s.run.tokens * c.s.run.epochs
            / (double(c.s.hardware.gpus) * c.s.hardware.peakFlopsPerGpu);
    list.add(section, QT_TRANSLATE_NOOP("ts::Working", "the slide's time constant, exactly"), "K",
             "K", x.tokens * x.epochs / (x.G * x.peak), k, "s/FLOP", false)
            .note
            = QT_TRANSLATE_NOOP("ts::Working",
                                "T = K·F_step / (b·c·MFU) with one micro-batch and no ZeRO.");
    const Scenario lectureRun;
    if (lecture && c.s.run.tokens == lectureRun.run.tokens
        && c.s.run.epochs == lectureRun.run.epochs && c.s.hardware.gpus == lectureRun.hardware.gpus
        && c.s.hardware.peakFlopsPerGpu == lectureRun.hardware.peakFlopsPerGpu) {
        const Expr rounded = Expr::real(3.617e-6);
        const double slide = 3.617e-6 * c.e.flops.total
                / (double(c.s.model.batch) * double(c.s.model.seqLen) * c.s.hardware.mfu);
        WorkingStep &t = list.add(
                section,
                QT_TRANSLATE_NOOP("ts::Working", "the slide's time, with its rounded constant"),
                "T_slide", "T_{slide}", rounded * c.step / (x.b * x.c * x.mfu), slide, "s", false);
        t.decimals = 3;
        t.note = QT_TRANSLATE_NOOP(
                "ts::Working",
                "The slide rounds K = 5.15·10⁸ / 1.424·10¹⁴ = 3.6166·10⁻⁶ to 3.617·10⁻⁶ "
                "before multiplying and prints 10,461.9974 s (its last digit differs by "
                "10⁻⁴ from this product); the exact time is T above.");
    }
}

} // namespace ts::workingsteps
