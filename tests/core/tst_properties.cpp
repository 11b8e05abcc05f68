// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"
#include "identities.h"
#include "inputs.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace ts;

// The estimate's identities (tests/common/identities.h) over 100,000 random scenarios drawn
// across the input table's bounds, every option included (fixed seed: a failure reproduces).
class TestProperties : public QObject
{
    Q_OBJECT
private slots:
    void identitiesHoldEverywhere();
};

namespace {

class Scenarios
{
public:
    explicit Scenarios(unsigned seed)
        : m_random(seed)
    { }

    Scenario next()
    {
        Scenario s;
        for (const InputSpec &spec : inputs()) {
            if (chance(0.5)) // half the inputs keep the lecture's value
                continue;
            spec.set(s, value(spec));
        }
        // Mostly heads that divide d, so that most scenarios reach the figures.
        if (chance(0.8)) {
            s.model.dModel = std::int64_t(64) << pick(8);
            s.model.heads = std::int64_t(1) << pick(6);
            s.model.kvHeads = chance(0.5) ? 0 : s.model.heads >> pick(2);
        }
        // Mostly layouts that divide: t, p, cp and v powers of two, the GPUs and the layers
        // multiples of them.
        if (chance(0.8)) {
            TrainingOptions &o = s.options;
            o.tensorParallel = std::int64_t(1) << pick(3);
            o.pipelineParallel = std::int64_t(1) << pick(4);
            o.contextParallel = std::int64_t(1) << pick(2);
            o.pipelineChunks = std::int64_t(1) << pick(3);
            const std::int64_t group = o.tensorParallel * o.pipelineParallel * o.contextParallel;
            s.hardware.gpus = group * (1 + pick(8));
            s.model.layers = o.pipelineParallel * o.pipelineChunks * (1 + pick(6));
            s.model.seqLen = o.contextParallel * (1 + pick(2048));
            // Mixtures of experts a quarter of the time, with expert parallelism dividing DP.
            s.model.experts = chance(0.25) ? std::int64_t(1) << pick(5) : 0;
            s.model.topK = 1 + pick(std::max<std::int64_t>(s.model.experts, 1));
            o.expertParallel = 1;
            if (s.model.experts > 1 && chance(0.5)) {
                const std::int64_t dp = s.hardware.gpus / group;
                const std::int64_t ep = std::int64_t(1) << pick(3);
                o.expertParallel = dp % ep == 0 && s.model.experts % ep == 0 ? ep : 1;
            }
            if ((group > 1 || s.model.experts > 0) && chance(0.7)) { // full training, no offload
                o.finetune = FineTuning::Full;
                o.offload = Offload::None;
            }
            if (o.pipelineSchedule == PipelineSchedule::Interleaved)
                o.gradAccum = o.pipelineParallel * (1 + pick(8));
        }
        return s;
    }

private:
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }
    std::int64_t pick(std::int64_t n)
    {
        return std::uniform_int_distribution<std::int64_t>(0, n - 1)(m_random);
    }

    // Log-uniform over the bounds, sometimes exactly at one.
    InputValue value(const InputSpec &spec)
    {
        switch (spec.kind) {
        case InputKind::Count:
        case InputKind::Bytes: {
            if (!spec.choices.empty())
                return InputValue(spec.minWhole + pick(std::int64_t(spec.choices.size())));
            if (chance(0.02))
                return InputValue(chance(0.5) ? spec.minWhole : spec.maxWhole);
            const double lo = std::log(double(std::max<std::int64_t>(spec.minWhole, 1)));
            const double hi = std::log(double(spec.maxWhole));
            const double x = std::exp(std::uniform_real_distribution<double>(lo, hi)(m_random));
            return InputValue(std::clamp(std::int64_t(x), spec.minWhole, spec.maxWhole));
        }
        case InputKind::Number: {
            if (chance(0.02))
                return InputValue(chance(0.5) ? spec.minReal : spec.maxReal);
            // A lower bound of 0 (an unknown host link) is drawn at the bound above.
            const double lo = std::log(spec.minReal > 0 ? spec.minReal : 1.0);
            const double hi = std::log(spec.maxReal);
            const double x = std::exp(std::uniform_real_distribution<double>(lo, hi)(m_random));
            return InputValue(std::clamp(x, spec.minReal, spec.maxReal));
        }
        case InputKind::Choice: return InputValue(pick(std::int64_t(spec.choices.size())));
        case InputKind::Switch: return InputValue(chance(0.5));
        }
        return InputValue(std::int64_t(0));
    }

    std::mt19937_64 m_random;
};

} // namespace

void TestProperties::identitiesHoldEverywhere()
{
    constexpr int kScenarios = 100'000;
    Scenarios scenarios(20261201);
    int valid = 0, overflowed = 0;
    for (int i = 0; i < kScenarios; ++i) {
        const Scenario s = scenarios.next();
        const Estimate e = estimate(s);
        const std::string broken = testing::brokenIdentity(s, e);
        if (!broken.empty())
            QFAIL(qPrintable(
                    QStringLiteral("scenario %1: %2").arg(i).arg(QString::fromStdString(broken))));
        valid += e.ok() ? 1 : 0;
        overflowed += !e.ok() && e.problems[0].code == ProblemCode::Overflow ? 1 : 0;
    }
    // The draw reaches the figures often, and the overflow path too.
    QVERIFY2(valid > kScenarios / 4, qPrintable(QString::number(valid)));
    QVERIFY2(overflowed > 100, qPrintable(QString::number(overflowed)));
}

QTEST_APPLESS_MAIN(TestProperties)
#include "tst_properties.moc"
