// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QVariant>

#include <memory>

namespace ts::ui {

// The window's persisted state, through one table of keys with their defaults. The scenario is
// never persisted: the window always starts at the lecture's example (or the command line's).
// Stored as an INI file in QStandardPaths::AppConfigLocation, so tests that enable
// QStandardPaths' test mode never touch the user's settings.
class Settings
{
public:
    enum class Key {
        WindowGeometry, // QByteArray from QWidget::saveGeometry
        WindowState,    // QByteArray from QMainWindow::saveState
        MainSplitter,   // QByteArray from QSplitter::saveState, inputs | results and charts
        ChartSplitter,  // QByteArray, memory chart over time chart
        XAxis,          // "batch" or "seq", as --x names them
        InputTab,       // int, 0 inputs, 1 training options
        LastConfigDir,  // QString, where the configuration dialogs open
        LastExportDir,  // QString, where the export dialog opens
        ExportChart,    // "memory", "time" or "both": the export dialog's last choices
        ExportWidth,    // int, pixels
        ExportHeight,   // int, pixels
        ExportDouble,   // bool, 2× for slides
        ZoomPercent,    // int, the window's text size, 100 the platform's
        PresentationZoomPercent, // int, the same in presentation mode
        Theme,                   // "system", "light" or "dark"
        ViewTab,                 // "charts", "working" or "compare": what the results sit above
        Language,                // "system", "english" or "chinese"
    };

    Settings();
    ~Settings();

    // The settings file exists but is no regular file (a FIFO, a device) or is larger than
    // kMaxBytes: nothing is read from it or written to it. Its path, or empty when usable.
    [[nodiscard]] QString unusablePath() const { return m_unusablePath; }
    static constexpr qint64 kMaxBytes = qint64(1) << 20;

    // The stored value, converted to the default's type; the default when it is missing, of
    // another type or out of range.
    [[nodiscard]] QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    [[nodiscard]] static QString name(Key key);
    [[nodiscard]] static QVariant defaultValue(Key key);

private:
    std::unique_ptr<QSettings> m_settings; // null when the file is unusable
    QString m_unusablePath;
};

} // namespace ts::ui
