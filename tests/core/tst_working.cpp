// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"
#include "inputs.h"
#include "working.h"

#include <QTest>

#include <cmath>
#include <random>
#include <stdexcept>

using namespace ts;

// The working (core/working.h): the slide's worked example line by line, and for the lecture
// and 60 random configurations every substituted line, parsed back by the small evaluator below
// (independent of the one that printed it), gives the figure the working shows.
class TestWorking : public QObject
{
    Q_OBJECT
private slots:
    void workedExampleLineByLine();
    void everyLineEvaluatesToItsResult();
    void formats();
};

namespace {

// A recursive-descent evaluator for the substituted lines: numbers (with e-exponents), + − · /,
// parentheses, ⌊ ⌋ ⌈ ⌉ and superscript exponents. Throws on anything else.
class Evaluator
{
public:
    explicit Evaluator(const std::string &text)
        : m_s(text)
    { }

    long double run()
    {
        const long double v = sum();
        skipSpace();
        if (m_i != m_s.size())
            throw std::runtime_error("trailing text at " + std::to_string(m_i) + ": " + m_s);
        return v;
    }

private:
    bool take(const char *token)
    {
        skipSpace();
        const std::string t(token);
        if (m_s.compare(m_i, t.size(), t) != 0)
            return false;
        m_i += t.size();
        return true;
    }
    void skipSpace()
    {
        while (m_i < m_s.size() && m_s[m_i] == ' ')
            ++m_i;
    }
    long double sum()
    {
        long double v = product();
        for (;;) {
            if (take("+"))
                v += product();
            else if (take("-"))
                v -= product();
            else
                return v;
        }
    }
    long double product()
    {
        long double v = power();
        for (;;) {
            if (take("·"))
                v *= power();
            else if (take("/"))
                v /= power();
            else
                return v;
        }
    }
    long double power()
    {
        long double base = atom();
        static const char *const digits[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" };
        int exponent = 0;
        bool any = false;
        for (bool more = true; more;) {
            more = false;
            for (int d = 0; d < 10; ++d) {
                const std::string t(digits[d]);
                if (m_s.compare(m_i, t.size(), t) == 0) {
                    exponent = exponent * 10 + d;
                    m_i += t.size();
                    any = more = true;
                    break;
                }
            }
        }
        return any ? std::pow(base, (long double)exponent) : base;
    }
    long double atom()
    {
        if (take("(")) {
            const long double v = sum();
            if (!take(")"))
                throw std::runtime_error("missing ) in " + m_s);
            return v;
        }
        if (take("⌊")) {
            const long double v = sum();
            if (!take("⌋"))
                throw std::runtime_error("missing ⌋ in " + m_s);
            return std::floor(v);
        }
        if (take("⌈")) {
            const long double v = sum();
            if (!take("⌉"))
                throw std::runtime_error("missing ⌉ in " + m_s);
            return std::ceil(v);
        }
        skipSpace();
        const std::size_t start = m_i;
        while (m_i < m_s.size()
               && (std::isdigit((unsigned char)m_s[m_i]) || m_s[m_i] == '.' || m_s[m_i] == 'e'
                   || (m_s[m_i] == '-' && m_i > start && m_s[m_i - 1] == 'e')))
            ++m_i;
        if (m_i == start)
            throw std::runtime_error("expected a number at " + std::to_string(m_i) + ": " + m_s);
        return std::stold(m_s.substr(start, m_i - start));
    }

    std::string m_s;
    std::size_t m_i = 0;
};

void checkSteps(const Scenario &s, const QString &label)
{
    const Estimate e = estimate(s);
    QVERIFY2(e.ok(), qPrintable(label));
    const std::vector<WorkingStep> steps = working(s, e);
    QVERIFY(steps.size() > 15);
    for (const WorkingStep &step : steps) {
        const std::string line = step.formula.text(true);
        long double value = 0;
        try {
            value = Evaluator(line).run();
        } catch (const std::exception &error) {
            QFAIL(qPrintable(label + QStringLiteral(": ") + QString::fromStdString(error.what())));
        }
        const long double expected = step.result;
        const bool same = step.whole
                ? value == expected
                : std::fabs(value - expected) <= 1e-12L * std::max(1.0L, std::fabs(expected));
        QVERIFY2(same,
                 qPrintable(QStringLiteral("%1, %2 = %3 gives %4, the working shows %5")
                                    .arg(label, QString::fromStdString(step.name),
                                         QString::fromStdString(line))
                                    .arg(double(value), 0, 'g', 17)
                                    .arg(double(expected), 0, 'g', 17)));
    }
}

// Random, valid scenarios over every option, sized so that every count stays well inside 64
// bits (the evaluator works in long double).
Scenario randomScenario(std::mt19937_64 &random)
{
    const auto pick = [&random](std::int64_t lo, std::int64_t hi) {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(random);
    };
    Scenario s;
    s.model.heads = std::int64_t(1) << pick(0, 5);
    s.model.dModel = s.model.heads * pick(1, 96);
    s.model.layers = pick(1, 48);
    s.model.vocab = pick(2, 70000);
    s.model.batch = pick(1, 64);
    s.model.seqLen = pick(1, 4096);
    s.model.kvHeads = pick(0, 1) ? 0 : s.model.heads >> pick(0, 2);
    s.model.dFf = pick(0, 1) ? 0 : pick(1, 8 * s.model.dModel);
    s.model.ffn = FfnKind(pick(0, 1));
    s.model.tiedEmbeddings = pick(0, 1);
    s.model.norm = NormKind(pick(0, 1));
    s.model.bias = BiasKind(pick(0, 2));
    s.model.maxPositions = pick(0, 1) ? 0 : pick(1, 8192);
    s.model.parallelBlock = pick(0, 1);
    s.model.dropout = pick(0, 1);
    TrainingOptions &o = s.options;
    o.precision = Precision(pick(0, 5));
    o.amp = Amp(pick(0, 1));
    o.optimizer = Optimizer(pick(0, 3));
    o.checkpointing = Checkpointing(pick(0, 2));
    o.flashAttention = pick(0, 1);
    o.zeroStage = int(pick(0, 3));
    o.gradAccum = pick(1, 16);
    o.finetune = FineTuning(pick(0, 2));
    o.loraRank = pick(1, 64);
    o.loraTargets = LoraTargets(pick(0, 2));
    o.offload = Offload(pick(0, 2));
    s.hardware.gpus = pick(1, 64);
    // A third with tensor parallelism (full training without offload), on a multiple of t GPUs.
    if (pick(0, 2) == 0) {
        o.finetune = FineTuning::Full;
        o.offload = Offload::None;
        o.tensorParallel = std::int64_t(1) << pick(0, 2);
        o.sequenceParallel = pick(0, 1);
        // Pipelines of 1, 2 or 4 stages (1F1B or interleaved with 2 chunks), context
        // parallelism of 1 or 2, and every gradient synchronisation.
        o.pipelineParallel = std::int64_t(1) << pick(0, 2);
        o.pipelineSchedule = PipelineSchedule(pick(0, 1));
        o.pipelineChunks = 2;
        o.contextParallel = pick(1, 2);
        o.gradSync = GradSync(pick(0, 2));
        s.model.layers = o.pipelineParallel * 2 * pick(1, 8);
        s.model.seqLen = o.contextParallel * pick(1, 2048);
        if (o.pipelineSchedule == PipelineSchedule::Interleaved)
            o.gradAccum = o.pipelineParallel * pick(1, 4);
        s.hardware.gpus = o.tensorParallel * o.pipelineParallel * o.contextParallel * pick(1, 16);
        s.hardware.gpusPerNode = 8 * pick(0, 1);
        // Half of these a mixture of experts, some with expert parallelism.
        if (pick(0, 1) == 0) {
            s.model.experts = std::int64_t(1) << pick(1, 4);
            s.model.topK = pick(1, s.model.experts);
            s.model.sharedExperts = pick(0, 2);
            s.model.expertDFf = o.tensorParallel * 64 * pick(1, 32);
            const std::int64_t dp
                    = s.hardware.gpus / (o.tensorParallel * o.pipelineParallel * o.contextParallel);
            const std::int64_t ep = std::int64_t(1) << pick(0, 2);
            o.expertParallel = dp % ep == 0 && s.model.experts % ep == 0 ? ep : 1;
        }
    }
    s.hardware.gpuMemoryBytes = pick(1, 200) << 30;
    s.hardware.peakFlopsPerGpu = double(pick(1, 2000)) * 1e12;
    s.hardware.mfu = double(pick(1, 100)) / 100;
    s.run.tokens = double(pick(1, 100000)) * 1e5;
    s.run.epochs = double(pick(1, 20)) / 4;
    return s;
}

} // namespace

void TestWorking::workedExampleLineByLine()
{
    // The slide's figures, each on its result line of `trainscope --explain`.
    const Scenario s;
    const std::string text = renderWorking(working(s, estimate(s)), WorkingFormat::Text);
    for (const char *line :
         { "N_p = 2·d·v + d + L·(2·d + 16·d²)", "= 2·1024·32000 + 1024 + 12·(2·1024 + 16·1024²)",
           "= 266,888,192 parameters", "N_B = 20·b·c·d + b·h·c²", "N_A = L·N_B + 2·b·c·d + b·c·v",
           "M_static = 16·N_p", "= 5,617,631,232 bytes",
           "F_fwd = L·(32·b·c·d² + 4·b·c²·d) + 2·b·c·d·v", "= 1,480,935,201,792 FLOPs",
           "b_max = ⌊(M - M_static) / M_b⌋", "= 63 sequences", "= 71.19 sequences", "= 10,460.76 s",
           "K = tokens·epochs / (G·peak)", "= 10,461.997 s", "prints 10,461.9974 s" })
        QVERIFY2(text.find(line) != std::string::npos, line);
}

void TestWorking::everyLineEvaluatesToItsResult()
{
    checkSteps(Scenario {}, QStringLiteral("lecture"));
    std::mt19937_64 random(20261201);
    int checked = 0, parallel = 0, pipelined = 0, context = 0, experts = 0;
    for (int i = 0; checked < 60 && i < 2000; ++i) {
        const Scenario s = randomScenario(random);
        if (!estimate(s).ok())
            continue; // a random draw beyond a bound or past 64 bits: not a working to show
        checkSteps(s, QStringLiteral("random %1").arg(i));
        ++checked;
        parallel += s.options.tensorParallel > 1 ? 1 : 0;
        pipelined += s.options.pipelineParallel > 1 ? 1 : 0;
        context += s.options.contextParallel > 1 ? 1 : 0;
        experts += s.model.moe() ? 1 : 0;
    }
    QCOMPARE(checked, 60);
    // Tensor, pipeline and context parallelism too.
    for (const int n : { parallel, pipelined, context, experts })
        QVERIFY2(n >= 3, qPrintable(QString::number(n)));
}

void TestWorking::formats()
{
    const Scenario s;
    const std::vector<WorkingStep> steps = working(s, estimate(s));
    const std::string md = renderWorking(steps, WorkingFormat::Markdown);
    QVERIFY(md.find("### Parameters") != std::string::npos);
    QVERIFY(md.find("$N_p = 2 \\cdot d \\cdot v + d + L \\cdot \\left(2 \\cdot d + 16 \\cdot "
                    "d^{2}\\right)$")
            != std::string::npos);
    QVERIFY(md.find("266{,}888{,}192") != std::string::npos);
    const std::string tex = renderWorking(steps, WorkingFormat::Latex);
    QVERIFY(tex.find("\\begin{align*}") != std::string::npos);
    QVERIFY(tex.find("\\left\\lfloor") != std::string::npos);
    QVERIFY(tex.find("\\frac{") != std::string::npos);
    // Every align environment is closed.
    std::size_t open = 0, close = 0;
    for (std::size_t at = 0; (at = tex.find("\\begin{align*}", at)) != std::string::npos; ++at)
        ++open;
    for (std::size_t at = 0; (at = tex.find("\\end{align*}", at)) != std::string::npos; ++at)
        ++close;
    QCOMPARE(open, close);
}

QTEST_APPLESS_MAIN(TestWorking)
#include "tst_working.moc"
