#pragma once

#include <model/import/importer.h>

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QProgressDialog;
class QWidget;
QT_END_NAMESPACE

namespace medtour {

// Runs one importFile() at a time on a worker thread (QtConcurrent) so the window stays
// responsive, with a progress dialog (shown after 400 ms) whose Cancel stops the import.
// Progress from the worker is marshalled to the UI thread (queued invokeMethod). Owned by
// its parent; waits for a running import when destroyed.
class DatasetLoader : public QObject
{
    Q_OBJECT
public:
    DatasetLoader(QWidget *dialogParent, QObject *parent);
    ~DatasetLoader() override;

    /// Starts importing `path` with `options` (its progress callback is replaced). Returns
    /// false when an import is already running. `tag` is handed back in finished().
    bool start(const QString &path, ImportOptions options, int tag = -1);
    bool isBusy() const { return m_watcher.isRunning() || m_running; }
    /// Asks the running import to stop; finished() follows with result.cancelled.
    void cancel();
    /// Last progress in per mille (0..1000).
    int progressPermille() const { return m_permille; }

signals:
    /// The import ended (success, error or cancel) on the UI thread; `options` are those used.
    void finished(const QString &path, const medtour::ImportResult &result, const medtour::ImportOptions &options,
                  int tag);

private:
    struct Job {
        std::atomic_bool cancel{false};
        std::atomic_int permille{-1};
    };
    void onFinished();
    void setProgress(int permille);

    QWidget *m_dialogParent;
    QProgressDialog *m_progress = nullptr;
    QFutureWatcher<ImportResult> m_watcher;
    std::shared_ptr<Job> m_job;
    QString m_path;
    ImportOptions m_options;
    int m_tag = -1;
    int m_permille = 0;
    bool m_running = false;
};

}  // namespace medtour
