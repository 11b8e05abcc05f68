// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bestlayouts.h"

#include "format.h"
#include "inputtext.h"

#include <QMetaObject>
#include <QPointer>

namespace ts::ui {

BestLayouts::BestLayouts(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_pool.setMaxThreadCount(1);
}

BestLayouts::~BestLayouts()
{
    m_pending.reset();
    m_pool.waitForDone();
}

int BestLayouts::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.best.size());
}

int BestLayouts::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BestLayouts::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("#"),        QT_TR_NOOP("t"),      QT_TR_NOOP("p"),         QT_TR_NOOP("v"),
        QT_TR_NOOP("cp"),       QT_TR_NOOP("DP"),     QT_TR_NOOP("ep"),        QT_TR_NOOP("b"),
        QT_TR_NOOP("m"),        QT_TR_NOOP("ZeRO"),   QT_TR_NOOP("Recompute"), QT_TR_NOOP("Flash"),
        QT_TR_NOOP("Peak/GPU"), QT_TR_NOOP("s/step"), QT_TR_NOOP("MFU"),
    };
    static const char *const tips[ColumnCount] = {
        QT_TR_NOOP("Rank: fastest first, then the smaller peak"),
        QT_TR_NOOP("Tensor parallel t (with sequence parallelism when t > 1)"),
        QT_TR_NOOP("Pipeline stages p"),
        QT_TR_NOOP("Model chunks v per GPU: 1 is 1F1B, more is the interleaved schedule"),
        QT_TR_NOOP("Context parallel cp"),
        QT_TR_NOOP("Data-parallel replicas DP = GPUs/(t·p·cp)"),
        QT_TR_NOOP("Expert parallel ep: the routed experts split over ep of the DP replicas"),
        QT_TR_NOOP("Micro-batch size b, sequences"),
        QT_TR_NOOP("Micro-batches m per optimizer step"),
        QT_TR_NOOP("ZeRO stage"),
        QT_TR_NOOP("Activation recompute"),
        QT_TR_NOOP("FlashAttention"),
        QT_TR_NOOP("Peak memory of the worst GPU"),
        QT_TR_NOOP("Seconds per optimizer step"),
        QT_TR_NOOP("Modelled end-to-end MFU"),
    };
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return tr(titles[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]);
    return {};
}

QVariant BestLayouts::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LayoutCandidate &c = m_result.best[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Recompute ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                           : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Rank: return index.row() + 1;
    case Tensor: return qlonglong(c.tp);
    case Pipeline: return qlonglong(c.pp);
    case Chunks: return qlonglong(c.chunks);
    case Context: return qlonglong(c.cp);
    case Data: return qlonglong(c.dp);
    case Expert: return qlonglong(c.ep);
    case MicroBatch: return qlonglong(c.microBatch);
    case MicroBatches: return qlonglong(c.microBatches);
    case Zero: return c.zeroStage;
    case Recompute: return InputText::name(Field::Checkpointing, std::int64_t(c.checkpointing));
    case Flash: return c.flashAttention ? tr("on") : tr("off");
    case Peak: return Format::bytes(double(c.peakBytes), m_unit);
    case StepTime: return Format::shortTime(c.secondsPerStep);
    case Mfu: return Format::share(c.modelledMfu);
    case ColumnCount: break;
    }
    return {};
}

void BestLayouts::search(const Scenario &s, MemoryUnit unit)
{
    m_unit = unit;
    if (m_running) {
        m_pending = s; // the latest wins; it starts when the running one ends
        return;
    }
    start(s);
}

void BestLayouts::start(const Scenario &s)
{
    m_running = true;
    QPointer<BestLayouts> self(this);
    m_pool.start([self, s] {
        LayoutSearch result = searchLayouts(s);
        // Back on the model's thread; dropped if the model is gone by then.
        QMetaObject::invokeMethod(
                self.data(),
                [self, s, result = std::move(result)]() mutable {
                    if (self)
                        self->finished(s, std::move(result));
                },
                Qt::QueuedConnection);
    });
}

void BestLayouts::finished(const Scenario &s, LayoutSearch result)
{
    m_running = false;
    beginResetModel();
    m_searched = s;
    m_result = std::move(result);
    endResetModel();
    emit searched();
    if (m_pending) {
        const Scenario next = *m_pending;
        m_pending.reset();
        start(next);
    }
}

void BestLayouts::waitForIdle()
{
    while (m_running || m_pending) {
        m_pool.waitForDone();
        QCoreApplication::sendPostedEvents(this);
    }
}

std::vector<std::pair<Field, InputValue>> BestLayouts::inputsOf(int row) const
{
    std::vector<std::pair<Field, InputValue>> out;
    if (row < 0 || row >= rowCount())
        return out;
    const Scenario s = withLayout(m_searched, m_result.best[std::size_t(row)]);
    for (const Field f : { Field::TensorParallel, Field::SequenceParallel, Field::PipelineParallel,
                           Field::PipelineSchedule, Field::PipelineChunks, Field::ContextParallel,
                           Field::ExpertParallel, Field::Batch, Field::GradAccum, Field::ZeroStage,
                           Field::Checkpointing, Field::FlashAttention })
        out.emplace_back(f, input(f).get(s));
    return out;
}

QString BestLayouts::summary() const
{
    const LayoutSearch &r = m_result;
    if (!r.supported)
        return tr("The layouts are searched for full training without offload, with the "
                  "lecture's accounting, and a global batch of at most 16,777,216 sequences.");
    return tr("Best layouts: %4 of %1 fit a global batch of %2 sequences on %3 GPUs (%5 too "
              "large for the GPU, %6 do not divide the model, sequence or batch).")
            .arg(Format::count(r.candidates), Format::count(r.globalBatch),
                 Format::count(m_searched.hardware.gpus), Format::count(r.fitting),
                 Format::count(r.excluded[std::size_t(Exclusion::DoesNotFit)]),
                 Format::count(r.candidates - r.fitting
                               - r.excluded[std::size_t(Exclusion::DoesNotFit)]));
}

} // namespace ts::ui
