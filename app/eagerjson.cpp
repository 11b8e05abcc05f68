// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eagerjson.h"

#include "accountingcomparison.h"

#include <QJsonArray>

namespace ts::cli {

namespace {

QJsonValue integer(std::int64_t n)
{
    return QJsonValue(qint64(n));
}

const char *kindKey(EagerKind k)
{
    switch (k) {
    case EagerKind::Saved: return "saved";
    case EagerKind::OptimizerState: return "optimizer_state";
    case EagerKind::Held: return "held";
    }
    return "?";
}

QJsonObject peakOf(const EagerPeak &p)
{
    return {
        { "bytes", integer(p.bytes) },
        { "moment", eagerMomentKey(p.moment) },
        { "description", eagerMomentDescription(p.moment) },
        { "static", integer(p.staticBytes) },
        { "held", integer(p.heldBytes) },
        { "saved", integer(p.savedBytes) },
        { "transient", integer(p.transientBytes) },
    };
}

QJsonObject rowOf(const ComparisonRow &r)
{
    return {
        { "key", r.key },
        { "name", r.name },
        { "lecture", integer(r.lecture) },
        { "pytorch_eager", integer(r.eager) },
        { "difference", integer(r.difference()) },
        { "reason", r.reason },
    };
}

} // namespace

QJsonObject eagerToJson(const Estimate &e)
{
    const EagerAccounting &x = e.eager;
    QJsonArray terms;
    for (std::size_t i = 0; i < kEagerTermCount; ++i) {
        const auto t = static_cast<EagerTerm>(i);
        const EagerTermInfo &info = eagerTermInfo(t);
        terms.append(QJsonObject {
                { "name", info.key },
                { "symbol", info.symbol },
                { "formula", info.formula },
                { "kind", kindKey(info.kind) },
                { "bytes", integer(x.of(t)) },
                { "lecture_term",
                  i < kEagerLectureTermCount ? QJsonValue(activationInfo(lectureCounterpart(t)).key)
                                             : QJsonValue() },
                { "why", info.why },
        });
    }
    QJsonObject backward;
    for (std::size_t i = 0; i < kMatmulCount; ++i)
        backward.insert(matmulInfo(static_cast<Matmul>(i)).key, x.backwardTerms[i]);
    return {
        { "pytorch_version", kPytorchEagerVersion },
        { "terms", terms },
        { "saved_activations", integer(x.savedActivations) },
        { "optimizer_states", integer(x.optimizerStates) },
        { "peak", peakOf(x.peak) },
        { "flops_backward_terms", backward },
    };
}

QJsonObject comparisonToJson(const Scenario &s)
{
    const AccountingComparison c = compareAccounting(s);
    // What PyTorch saves for backward is modelled beyond the full comparison: with LoRA too.
    const std::optional<std::int64_t> saved = eagerSavedActivations(s);
    const QJsonValue savedValue = saved ? QJsonValue(qint64(*saved)) : QJsonValue();
    if (!c.ok())
        return { { "available", false },
                 { "pytorch_version", kPytorchEagerVersion },
                 { "reason", QString::fromStdString(describe(c.problems.front())) },
                 { "saved_activations_pytorch_eager", savedValue } };
    QJsonArray terms, totals, flops;
    for (const ComparisonRow &r : c.terms)
        terms.append(rowOf(r));
    for (const ComparisonRow &r : c.totals)
        totals.append(rowOf(r));
    for (const FlopsComparisonRow &r : c.flops)
        flops.append(QJsonObject { { "key", r.key },
                                   { "lecture", r.lecture },
                                   { "pytorch_eager", r.eager },
                                   { "difference", r.eager - r.lecture },
                                   { "reason", r.reason } });
    return {
        { "available", true },
        { "pytorch_version", kPytorchEagerVersion },
        { "terms", terms },
        { "totals", totals },
        { "flops", flops },
        { "peak_pytorch_eager", peakOf(c.eager.eager.peak) },
        { "saved_activations_pytorch_eager", savedValue },
    };
}

} // namespace ts::cli
