// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ts::ui::safefile {

// Every file TrainScope reads or writes goes through here, so that a pipe, a device or a full
// disk can neither hang it nor cost the user a file.

struct ReadResult
{
    std::optional<QByteArray> bytes; // empty on error
    QString error;                   // "cannot open: No such file or directory", ...
    bool tooLarge = false;           // refused for its size
};

// Reads a regular file (or a symbolic link to one) of at most maxBytes. A FIFO, a device or a
// directory is refused without waiting on it; a larger file is refused unread.
[[nodiscard]] ReadResult read(const QString &path, qint64 maxBytes);

// Replaces path by bytes atomically: written to a temporary file beside it, checked at every
// step, then renamed over it. A target that exists and is not a regular file (or a link to one)
// is refused. On failure the old file is left byte for byte and *error says, naming the file,
// what the system said ("File too large", "No space left on device").
[[nodiscard]] bool write(const QString &path, const QByteArray &bytes, QString *error);

} // namespace ts::ui::safefile
