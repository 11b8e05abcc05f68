// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ts::ui::safefile {

namespace {

// The file's own translation context, declared so that lupdate files its texts under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ts::ui::SafeFile)
};

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return Text::tr("a directory");
    if (S_ISFIFO(mode))
        return Text::tr("a pipe");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Text::tr("a device");
    if (S_ISSOCK(mode))
        return Text::tr("a socket");
    return Text::tr("a special file");
}

} // namespace

ReadResult read(const QString &path, qint64 maxBytes)
{
    ReadResult r;
    // O_NONBLOCK: opening a FIFO with no writer must not wait; it is refused below anyway.
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        r.error = Text::tr("cannot open: %1").arg(systemError(errno));
        return r;
    }
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0) {
        r.error = Text::tr("cannot read: %1").arg(systemError(errno));
        ::close(fd);
        return r;
    }
    if (!S_ISREG(info.st_mode)) {
        r.error = Text::tr("cannot read: it is %1, not a regular file").arg(kindOf(info.st_mode));
        ::close(fd);
        return r;
    }
    if (info.st_size > maxBytes) {
        ::close(fd);
        r.tooLarge = true;
        r.error = Text::tr("larger than %1 bytes; refused unread").arg(maxBytes);
        return r;
    }
    QByteArray bytes;
    bytes.resize(qsizetype(info.st_size) + 1); // one more: a file that grew is noticed
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + done, std::size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            r.error = Text::tr("cannot read: %1").arg(systemError(errno));
            ::close(fd);
            return r;
        }
        if (n == 0)
            break;
        done += n;
        if (done > maxBytes)
            break;
    }
    ::close(fd);
    if (done > maxBytes) {
        r.tooLarge = true;
        r.error = Text::tr("larger than %1 bytes; refused unread").arg(maxBytes);
        return r;
    }
    bytes.truncate(done);
    r.bytes = bytes;
    return r;
}

bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = Text::tr("%1: cannot write: %2").arg(shown, why);
        return false;
    };
    if (path.isEmpty())
        return fail(Text::tr("no file name"));
    // stat follows a symbolic link: a link to a regular file is written through, as QSaveFile does.
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) == 0 && !S_ISREG(info.st_mode))
        return fail(Text::tr("it is %1; refusing to replace it").arg(kindOf(info.st_mode)));

    // Unbuffered: every write reaches the system at once and its error is seen here. A buffered
    // QSaveFile loses errors of the final flush and commits a short file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(file.errorString());
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            const QString why = file.errorString();
            file.cancelWriting();
            return fail(why);
        }
        done += qsizetype(n);
    }
    if (!file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace ts::ui::safefile
