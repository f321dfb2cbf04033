#include "datasetloader.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace medtour {

DatasetLoader::DatasetLoader(QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_dialogParent(dialogParent)
{
    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this, &DatasetLoader::onFinished);
}

DatasetLoader::~DatasetLoader()
{
    if (m_job)
        m_job->cancel = true;
    m_watcher.waitForFinished();
}

bool DatasetLoader::start(const QString &path, ImportOptions options, int tag)
{
    if (isBusy())
        return false;
    m_running = true;
    m_path = path;
    m_tag = tag;
    m_permille = 0;
    m_job = std::make_shared<Job>();
    // Runs on the worker thread: only atomics are touched there; the UI is updated by a
    // queued call, and only when the per-mille value changes.
    options.progress = [this, job = m_job](qint64 done, qint64 total) {
        const int permille = total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 0;
        if (job->permille.exchange(permille) != permille)
            QMetaObject::invokeMethod(this, [this, permille] { setProgress(permille); }, Qt::QueuedConnection);
        return !job->cancel.load();
    };
    m_options = options;
    m_options.progress = nullptr;

    if (!m_progress) {
        m_progress = new QProgressDialog(m_dialogParent);
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setRange(0, 1000);
        m_progress->setMinimumDuration(400);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &DatasetLoader::cancel);
    }
    m_progress->setLabelText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_progress->reset();
    m_progress->setValue(0);
    m_watcher.setFuture(QtConcurrent::run([path, options] { return importFile(path, options); }));
    return true;
}

void DatasetLoader::cancel()
{
    if (m_job)
        m_job->cancel = true;
}

void DatasetLoader::setProgress(int permille)
{
    m_permille = permille;
    if (m_running && m_progress && !m_progress->wasCanceled())
        m_progress->setValue(std::min(permille, 999));
}

void DatasetLoader::onFinished()
{
    ImportResult result = m_watcher.result();
    m_running = false;
    m_job.reset();
    if (m_progress) {
        m_progress->reset();
        m_progress->hide();
    }
    emit finished(m_path, result, m_options, m_tag);
}

}  // namespace medtour
