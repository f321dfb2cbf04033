#pragma once

#include "translatedtexts.h"

#include <model/import/importer.h>

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
QT_END_NAMESPACE

namespace medtour {

class DashboardModel;
class DatasetLoader;
class DatasetRegistry;
class DatasetsPanel;
class ObservationCube;

// The app side of the datasets: owns the DatasetRegistry (built-in dataset first) and the
// "Datasets" dock, opens files off the UI thread (DatasetLoader), asks through the
// ImportDialog when the import is ambiguous, activates what loaded (DashboardModel::setCube)
// and keeps the previous dataset on any error. Also File > Open / Open recent / Export data
// and drag and drop onto the window. Its texts follow the language (LanguageNotifier). A child
// of the window; the model must outlive it.
class DatasetController : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRecentFiles = 8;

    DatasetController(DashboardModel *model, QMainWindow *window);

    /// Adds Open…, Import with preview…, Open recent ▸ to `fileMenu`.
    void addOpenActions(QMenu *fileMenu);
    /// Adds the Export data ▸ submenu (filtered table and each chart's table as CSV).
    void addExportMenu(QMenu *fileMenu);
    /// Adds the Datasets dock, tabified with `beside` (may be null).
    QDockWidget *addDock(QDockWidget *beside);

    /// Opens `path` in the background (queued when a load is running). Ambiguous files go
    /// through the ImportDialog first.
    void open(const QString &path);
    /// Shows the ImportDialog for `path` first, then imports with the chosen mapping.
    void openWithPreview(const QString &path);
    void reload(int row);
    void remove(int row);
    void activate(int row);

    DatasetRegistry *registry() const { return m_registry; }
    DatasetsPanel *panel() const { return m_panel; }
    DatasetLoader *loader() const { return m_loader; }
    bool isLoading() const;
    static QStringList recentFiles();
    /// The name of the built-in dataset in the current language.
    static QString builtinName();
    /// The active dataset as the status bar names it: the built-in name or the file's path.
    QString activeDatasetName() const;
    /// File name filter of the open dialog: CSV, TSV, TXT, XLSX.
    static bool isSupportedFile(const QString &path);

signals:
    /// A load attempt ended: ok = a dataset was added (or reloaded) and activated.
    void loadFinished(bool ok, const QString &message);
    /// The dashboard shows another dataset (after DashboardModel::setCube()).
    void datasetActivated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void start(const QString &path, const ImportOptions &options, int replaceRow);
    void onLoaded(const QString &path, const ImportResult &result, const ImportOptions &options, int replaceRow);
    void askForMapping(const QString &path, const ImportOptions &options, const std::optional<ImportSpec> &guess,
                       int replaceRow);
    void addRecent(const QString &path);
    void startNextQueued();
    void exportTable(const QAbstractItemModel *table, const QString &stem);
    void showError(const QString &title, const QString &text);
    void showStatus(const QString &text);
    void retranslate();

    DashboardModel *m_model;
    QMainWindow *m_window;
    DatasetRegistry *m_registry;
    DatasetLoader *m_loader;
    DatasetsPanel *m_panel;
    QAction *m_displayedNumbers = nullptr;
    QStringList m_queue;
    bool m_asking = false;
    bool m_relabelling = false;  // the built-in entry is being renamed: not a dataset change
    TranslatedTexts m_texts;     // menu, action and dock texts, re-set on a language switch
    // How each loaded file was read, to re-word its provenance lines in a new language.
    QHash<const ObservationCube *, ImportProvenance> m_importProvenance;
};

}  // namespace medtour
