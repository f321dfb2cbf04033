#pragma once

#include <QFile>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace medtour {

// The file every export writes through. A regular file or a new path is written atomically
// (QSaveFile: the old file stays untouched until commit() succeeds). An existing device or
// pipe (/dev/null, /dev/stdout, a FIFO) cannot be replaced atomically and must never be
// replaced by a regular file: it is written directly, and write errors (e.g. /dev/full: no
// space left on device) are reported by commit(). Same calls as QSaveFile.
class OutputFile
{
public:
    explicit OutputFile(const QString &path);

    bool open(QIODevice::OpenMode mode);
    qint64 write(const QByteArray &bytes);
    /// Atomic replace (regular files) or flush and close (devices); false on any error.
    bool commit();
    /// Regular files: drops what was written, the old file stays. Devices: stops writing.
    void cancelWriting();
    QString errorString() const;
    /// The device to hand to writers such as QPdfWriter.
    QIODevice *device() const;

private:
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_direct;
    bool m_cancelled = false;
};

}  // namespace medtour
