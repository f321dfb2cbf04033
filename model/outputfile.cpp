#include "outputfile.h"

#include <QFileInfo>

namespace medtour {

OutputFile::OutputFile(const QString &path)
{
    const QFileInfo info(path);
    // exists() && !isFile() && !isDir(): a character/block device, FIFO or socket.
    if (info.exists() && !info.isFile() && !info.isDir())
        m_direct = std::make_unique<QFile>(path);
    else
        m_save = std::make_unique<QSaveFile>(path);
}

bool OutputFile::open(QIODevice::OpenMode mode)
{
    return m_direct ? m_direct->open(mode) : m_save->open(mode);
}

qint64 OutputFile::write(const QByteArray &bytes)
{
    return device()->write(bytes);
}

bool OutputFile::commit()
{
    if (!m_direct)
        return m_save->commit();
    if (m_cancelled)
        return false;
    const bool flushed = m_direct->flush();
    const bool ok = flushed && m_direct->error() == QFileDevice::NoError;
    m_direct->close();
    return ok;
}

void OutputFile::cancelWriting()
{
    if (m_direct)
        m_cancelled = true;
    else
        m_save->cancelWriting();
}

QString OutputFile::errorString() const
{
    return device()->errorString();
}

QIODevice *OutputFile::device() const
{
    return m_direct ? static_cast<QIODevice *>(m_direct.get()) : static_cast<QIODevice *>(m_save.get());
}

}  // namespace medtour
