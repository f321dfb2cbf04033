#include "datasetcontroller.h"

#include "datasetentries.h"
#include "datasetloader.h"
#include "importdialog.h"
#include "importoptionsjson.h"

#include <model/builtindataset.h>
#include <model/csvexport.h>
#include <model/dashboardmodel.h>
#include <model/datasetregistry.h>
#include <views/datasetspanel.h>
#include <views/translations.h>

#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace medtour {

namespace {

const QString kRecentKey = QStringLiteral("datasets/recentFiles");
const QString kLastDirKey = QStringLiteral("datasets/lastDirectory");

QStringList droppedFiles(const QMimeData *mime)
{
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && DatasetController::isSupportedFile(url.toLocalFile()))
            files << url.toLocalFile();
    }
    return files;
}

}  // namespace

DatasetController::DatasetController(DashboardModel *model, QMainWindow *window)
    : QObject(window),
      m_model(model),
      m_window(window),
      m_registry(new DatasetRegistry(this)),
      m_loader(new DatasetLoader(window, this)),
      m_panel(new DatasetsPanel(m_registry, window))
{
    // The dataset the model holds now (built-in, or a --data file) is registered as is.
    const auto current = m_model->cube();
    const bool currentIsBuiltin = current->provenance() == builtinProvenance();
    if (currentIsBuiltin) {
        m_registry->add(builtinDatasetEntry(current));
    } else {
        auto builtin = loadBuiltinDataset();
        if (builtin.cube)
            m_registry->add(builtinDatasetEntry(std::make_shared<const ObservationCube>(std::move(*builtin.cube))));
        DatasetEntry e;
        e.name = QFileInfo(current->provenance()).fileName();
        e.path = current->provenance();
        e.cube = current;
        e.provenance = {QDir::toNativeSeparators(e.path)};
        m_registry->setActive(m_registry->add(e));
    }
    connect(m_registry, &DatasetRegistry::activeChanged, this, [this](std::shared_ptr<const ObservationCube> cube) {
        if (m_relabelling)
            return;
        if (cube != m_model->cube())
            m_model->setCube(std::move(cube));
        emit datasetActivated();
    });
    connect(m_loader, &DatasetLoader::finished, this, &DatasetController::onLoaded);
    connect(m_panel, &DatasetsPanel::activateRequested, this, &DatasetController::activate);
    connect(m_panel, &DatasetsPanel::reloadRequested, this, &DatasetController::reload);
    connect(m_panel, &DatasetsPanel::removeRequested, this, &DatasetController::remove);
    m_window->setAcceptDrops(true);
    m_window->installEventFilter(this);
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this, &DatasetController::retranslate);
}

QString DatasetController::builtinName()
{
    return tr("Built-in: MOHW / KHIDI 2009–2024");
}

QString DatasetController::activeDatasetName() const
{
    const int row = m_registry->activeRow();
    return row >= 0 && m_registry->entry(row).builtin ? builtinName() : m_model->cube()->provenance();
}

void DatasetController::retranslate()
{
    m_texts.retranslate();
    // Entry names and provenance lines are texts too; relabelling is no dataset change. Import
    // warnings stay in the language of their import.
    m_relabelling = true;
    for (int row = 0; row < m_registry->count(); ++row) {
        DatasetEntry e = m_registry->entry(row);
        const auto provenance = m_importProvenance.constFind(e.cube.get());
        if (e.builtin)
            e = builtinDatasetEntry(e.cube);
        else if (provenance != m_importProvenance.constEnd())
            e.provenance = provenanceLines(*provenance);
        else
            continue;
        m_registry->replace(row, e);
    }
    m_relabelling = false;
}

void DatasetController::addOpenActions(QMenu *file)
{
    auto pick = [this](const QString &title) {
        QSettings settings;
        const QString path = QFileDialog::getOpenFileName(
            m_window, title, settings.value(kLastDirKey).toString(),
            tr("Data files (*.csv *.tsv *.txt *.xlsx);;CSV (*.csv);;Tab-separated (*.tsv *.txt);;Excel workbook "
               "(*.xlsx);;All files (*)"));
        if (!path.isEmpty())
            settings.setValue(kLastDirKey, QFileInfo(path).absolutePath());
        return path;
    };
    const auto openFile = [this, pick] {
        if (const QString path = pick(tr("Open data file")); !path.isEmpty())
            open(path);
    };
    const auto preview = [this, pick] {
        if (const QString path = pick(tr("Import with preview")); !path.isEmpty())
            openWithPreview(path);
    };
    m_texts.add(file->addAction(QString(), QKeySequence::Open, this, openFile), [] { return tr("&Open data file…"); });
    m_texts.add(file->addAction(QString(), this, preview), [] { return tr("&Import with preview…"); });
    QMenu *recent = m_texts.add(file->addMenu(QString()), [] { return tr("Open &recent"); });
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        const QStringList files = recentFiles();
        for (int i = 0; i < files.size(); ++i) {
            const QString path = files.at(i);
            QAction *a = recent->addAction(tr("&%1 %2", "recent file: number, file name")
                                               .arg(i + 1).arg(QFileInfo(path).fileName()),
                                           this, [this, path] { open(path); });
            a->setToolTip(QDir::toNativeSeparators(path));
        }
        if (files.isEmpty())
            recent->addAction(tr("(none)"))->setEnabled(false);
        recent->addSeparator();
        recent->addAction(tr("&Clear the list"), this, [] { QSettings().remove(kRecentKey); })->setEnabled(!files.isEmpty());
    });
}

void DatasetController::addExportMenu(QMenu *file)
{
    QMenu *menu = m_texts.add(file->addMenu(QString()), [] { return tr("Export &data"); });
    const auto add = [this, menu](std::function<QString()> text, std::function<void()> run) {
        return m_texts.add(menu->addAction(QString(), this, std::move(run)), std::move(text));
    };
    add([] { return tr("&Filtered table as CSV…"); },
        [this] { exportTable(m_model->tableModel(), QStringLiteral("medtour-filtered-table")); });
    add([] { return tr("&Nationality shares table as CSV…"); }, [this] {
        exportTable(m_model->nationalityShares(),
                    QStringLiteral("medtour-nationality-shares-%1").arg(m_model->filter().focusYear));
    });
    add([] { return tr("&Growth table as CSV…"); },
        [this] { exportTable(m_model->growth(), QStringLiteral("medtour-yoy-growth")); });
    add([] { return tr("&Specialty table as CSV…"); },
        [this] { exportTable(m_model->specialtyBreakdown(), QStringLiteral("medtour-specialties")); });
    menu->addSeparator();
    m_displayedNumbers = m_texts.add(menu->addAction(QString()),
                                     [] { return tr("Write numbers as &displayed (1,170,467 · ≈ · n/a)"); });
    m_displayedNumbers->setCheckable(true);
}

QDockWidget *DatasetController::addDock(QDockWidget *beside)
{
    auto *dock = new QDockWidget(m_window);
    m_texts.addSetter(dock, [dock] { dock->setWindowTitle(tr("Datasets")); });
    dock->setObjectName(QStringLiteral("datasets"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(m_panel);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    if (beside) {
        m_window->tabifyDockWidget(beside, dock);
        beside->raise();
    }
    return dock;
}

void DatasetController::open(const QString &path)
{
    if (isLoading()) {
        if (!m_queue.contains(path))
            m_queue << path;
        showStatus(tr("%1 will be read after the current import").arg(QFileInfo(path).fileName()));
        return;
    }
    start(path, {}, -1);
}

void DatasetController::openWithPreview(const QString &path)
{
    if (isLoading()) {
        showStatus(tr("Wait for the current import to finish"));
        return;
    }
    askForMapping(path, {}, std::nullopt, -1);
}

void DatasetController::reload(int row)
{
    if (row < 0 || row >= m_registry->count() || m_registry->entry(row).builtin)
        return;
    if (isLoading()) {
        showStatus(tr("Wait for the current import to finish"));
        return;
    }
    const DatasetEntry &e = m_registry->entry(row);
    start(e.path, importOptionsFromJson(e.importOptions), row);
}

void DatasetController::remove(int row)
{
    m_registry->remove(row);
}

void DatasetController::activate(int row)
{
    m_registry->setActive(row);
}

bool DatasetController::isLoading() const
{
    return m_loader->isBusy() || m_asking;
}

void DatasetController::start(const QString &path, const ImportOptions &options, int replaceRow)
{
    showStatus(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_loader->start(path, options, replaceRow);
}

void DatasetController::onLoaded(const QString &path, const ImportResult &result, const ImportOptions &options,
                                 int replaceRow)
{
    const QString name = QFileInfo(path).fileName();
    if (result.cancelled) {
        showStatus(tr("Import of %1 cancelled; the previous dataset stays active").arg(name));
        emit loadFinished(false, tr("cancelled"));
    } else if (result.ambiguous && !options.spec) {
        askForMapping(path, options, result.spec, replaceRow);
        return;
    } else if (!result.cube) {
        const QString message = result.error.toString();
        showError(tr("Cannot open %1").arg(name), tr("%1\n\nThe previous dataset stays active.").arg(message));
        showStatus(tr("Cannot open %1; the previous dataset stays active").arg(name));
        emit loadFinished(false, message);
    } else {
        auto cube = std::make_shared<ObservationCube>(*result.cube);
        if (cube->provenance().isEmpty())
            cube->setProvenance(path);
        ImportOptions used = options;
        used.spec = result.spec;
        if (used.encoding.isEmpty() && result.provenance.encoding != QLatin1String("XLSX"))
            used.encoding = result.provenance.encoding;
        if (used.delimiter.isNull())
            used.delimiter = result.provenance.delimiter;
        if (used.sheet.isEmpty())
            used.sheet = result.provenance.sheet;
        m_importProvenance.insert(cube.get(), result.provenance);
        DatasetEntry e{name, cube, provenanceLines(result.provenance), result.warnings, path,
                       importOptionsToJson(used), false};
        const int existing = replaceRow >= 0 ? replaceRow : m_registry->rowOfPath(path);
        if (existing >= 0) {
            m_registry->replace(existing, e);
            if (replaceRow < 0)
                m_registry->setActive(existing);
        } else {
            m_registry->setActive(m_registry->add(e));
        }
        addRecent(path);
        const QString message = result.warnings.isEmpty()
                                    ? tr("Loaded %1: %2 observations").arg(name).arg(cube->rowCount())
                                    : tr("Loaded %1: %2 observations, %3 warning(s) — see the Datasets panel")
                                          .arg(name).arg(cube->rowCount()).arg(result.warnings.size());
        showStatus(message);
        emit loadFinished(true, message);
    }
    startNextQueued();
}

void DatasetController::askForMapping(const QString &path, const ImportOptions &options,
                                      const std::optional<ImportSpec> &guess, int replaceRow)
{
    m_asking = true;
    auto *dialog = new ImportDialog(path, options, guess, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, path, replaceRow](int code) {
        m_asking = false;
        if (code == QDialog::Accepted) {
            start(path, dialog->options(), replaceRow);
            return;
        }
        showStatus(tr("Import of %1 cancelled; the previous dataset stays active").arg(QFileInfo(path).fileName()));
        emit loadFinished(false, tr("cancelled"));
        startNextQueued();
    });
    dialog->open();
}

void DatasetController::startNextQueued()
{
    if (!m_queue.isEmpty() && !isLoading())
        start(m_queue.takeFirst(), {}, -1);
}

QStringList DatasetController::recentFiles()
{
    return QSettings().value(kRecentKey).toStringList();
}

void DatasetController::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
}

bool DatasetController::isSupportedFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt")
           || suffix == QLatin1String("xlsx");
}

void DatasetController::exportTable(const QAbstractItemModel *table, const QString &stem)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(stem + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export data as CSV"), suggested,
                                                      tr("CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    const bool raw = !(m_displayedNumbers && m_displayedNumbers->isChecked());
    if (auto e = writeCsvFile(*table, path, raw))
        showError(tr("CSV export failed"), e->toString());
    else
        showStatus(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
}

bool DatasetController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove)) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (drag->mimeData() && !droppedFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (watched == m_window && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = drop->mimeData() ? droppedFiles(drop->mimeData()) : QStringList();
        for (const QString &path : files)
            open(path);
        if (!files.isEmpty()) {
            drop->acceptProposedAction();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void DatasetController::showError(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void DatasetController::showStatus(const QString &text)
{
    m_window->statusBar()->showMessage(text, 15000);
}

}  // namespace medtour
