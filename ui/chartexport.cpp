// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include "chartsampler.h"
#include "estimate.h"
#include "fitmapchart.h"
#include "fitmapsampler.h"
#include "memorychart.h"
#include "safefile.h"
#include "timechart.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <functional>

namespace ts::ui {

namespace {

constexpr double kCaptionPoints = 9.5; // the caption's size at the window's scale
constexpr int kCaptionLines = 2;       // reserved whatever the text, so that charts line up

// The file's own translation context, declared so that lupdate files its texts under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ts::ui::chartexport)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QFont captionFont()
{
    QFont f;
    f.setPointSizeF(kCaptionPoints);
    return f;
}

// The layout of one export in logical units (device pixels / factor): the charts on top, the
// caption strip at the bottom.
struct Layout
{
    double factor = 1; // device pixels per logical unit
    QSizeF logical;
    QRectF charts;
    QRectF caption;
};

Layout layoutOf(const ExportRequest &r)
{
    Layout l;
    l.factor = exportTextScale(r.size) * r.scale;
    const QSize pixels(int(std::lround(r.size.width() * r.scale)),
                       int(std::lround(r.size.height() * r.scale)));
    l.logical = QSizeF(pixels) / l.factor;
    const QFontMetricsF metrics(captionFont());
    const double strip = metrics.lineSpacing() * kCaptionLines + 10;
    l.charts = QRectF(0, 0, l.logical.width(), std::max(1.0, l.logical.height() - strip));
    l.caption = QRectF(8, l.charts.bottom() + 4, l.logical.width() - 16, strip - 8);
    return l;
}

// Draws a chart into the rectangle, in the painter's (logical) coordinates.
void drawChart(QCPPainter &painter, QCustomPlot &plot, const QRectF &where,
               const std::function<void()> &showFrame)
{
    const QSize size(int(std::floor(where.width())), int(std::floor(where.height())));
    plot.resize(size);
    showFrame();
    // Once laid out at its size, the marks are placed again against the real geometry.
    plot.replot(QCustomPlot::rpImmediateRefresh);
    showFrame();
    painter.save();
    painter.translate(where.topLeft());
    plot.toPainter(&painter, size.width(), size.height());
    painter.restore();
}

void render(QPaintDevice *device, bool vector, const ExportRequest &r, const ChartFrame &frame)
{
    const Layout l = layoutOf(r);
    QCPPainter painter(device);
    painter.setMode(QCPPainter::pmVectorized, vector);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(l.factor, l.factor);
    painter.fillRect(QRectF(QPointF(0, 0), l.logical), Qt::white);

    QRectF left = l.charts, right = l.charts;
    if (isFitMap(r.chart)) {
        FitMapSampler sampler;
        const FitMapFrame &map = sampler.sample(r.scenario, estimate(r.scenario), r.unit);
        FitMapChart chart;
        chart.setMode(r.chart == ChartChoice::Map ? FitMapChart::Mode::Memory
                                                  : FitMapChart::Mode::Time);
        drawChart(painter, chart, l.charts, [&] { chart.showFrame(map); });
    } else if (r.chart == ChartChoice::Both) {
        const double half = std::floor(l.charts.width() / 2);
        left.setWidth(half);
        right.setLeft(half);
    }
    if (r.chart == ChartChoice::Memory || r.chart == ChartChoice::Both) {
        MemoryChart memory;
        drawChart(painter, memory, left, [&] { memory.showFrame(frame); });
    }
    if (r.chart == ChartChoice::Time || r.chart == ChartChoice::Both) {
        TimeChart time;
        drawChart(painter, time, r.chart == ChartChoice::Both ? right : left,
                  [&] { time.showFrame(frame); });
    }
    painter.setFont(captionFont());
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(l.caption, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, r.caption);
}

bool checkRequest(const ExportRequest &r, QString *error)
{
    if (r.size.width() < 1 || r.size.height() < 1 || !(r.scale > 0 && r.scale <= 4))
        return fail(error, Text::tr("The image size must be positive."));
    const QSize pixels(int(std::lround(r.size.width() * r.scale)),
                       int(std::lround(r.size.height() * r.scale)));
    if (pixels.width() < 1 || pixels.height() < 1
        || qint64(pixels.width()) * pixels.height() > kMaxExportPixels)
        return fail(error, Text::tr("The image would be too large."));
    return true;
}

} // namespace

double exportTextScale(QSize size)
{
    return std::clamp(size.height() / 600.0, 1.0, 4.0);
}

QImage renderCharts(const ExportRequest &r, QString *error)
{
    if (!checkRequest(r, error))
        return {};
    const Estimate e = estimate(r.scenario);
    if (!e.ok())
        return fail(error, Text::tr("The scenario is invalid, so there is nothing to draw.")),
               QImage();
    ChartSampler sampler;
    const ChartFrame &frame = sampler.sample(r.scenario, e, r.axis, r.unit, r.ghosts);
    QImage image(int(std::lround(r.size.width() * r.scale)),
                 int(std::lround(r.size.height() * r.scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    render(&image, false, r, frame);
    return image;
}

bool exportCharts(const ExportRequest &r, QString *error)
{
    if (r.path.isEmpty())
        return fail(error, Text::tr("No file name was given."));
    QByteArray bytes;
    if (r.format == ExportFormat::Png) {
        const QImage image = renderCharts(r, error);
        if (image.isNull())
            return false;
        // Encoded in memory first, so that the file is written in one checked, atomic step.
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        // zlib's fastest levels: a chart of flat colours still compresses to ~100 KB at
        // 1920×1080, and encoding takes a fifth less time than at the default level.
        writer.setQuality(80);
        if (!writer.write(image))
            return fail(error, Text::tr("Cannot encode %1: %2").arg(r.path, writer.errorString()));
    } else {
        if (!checkRequest(r, error))
            return false;
        const Estimate e = estimate(r.scenario);
        if (!e.ok())
            return fail(error, Text::tr("The scenario is invalid, so there is nothing to draw."));
        ChartSampler sampler;
        const ChartFrame &frame = sampler.sample(r.scenario, e, r.axis, r.unit, r.ghosts);
        const QSize pixels(int(std::lround(r.size.width() * r.scale)),
                           int(std::lround(r.size.height() * r.scale)));
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (r.format == ExportFormat::Svg) {
            QSvgGenerator svg;
            svg.setOutputDevice(&buffer);
            svg.setSize(pixels);
            svg.setViewBox(QRect(QPoint(0, 0), pixels));
            svg.setTitle(Text::tr("TrainScope chart"));
            svg.setDescription(r.caption);
            render(&svg, true, r, frame);
        } else {
            // One page the picture's size, at 96 pixels per inch.
            QPdfWriter pdf(&buffer);
            pdf.setResolution(96);
            pdf.setPageSize(QPageSize(QSizeF(pixels) * 72.0 / 96.0, QPageSize::Point));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            pdf.setTitle(r.caption);
            pdf.setCreator(QStringLiteral("TrainScope"));
            render(&pdf, true, r, frame);
        }
    }
    return safefile::write(r.path, bytes, error);
}

} // namespace ts::ui
