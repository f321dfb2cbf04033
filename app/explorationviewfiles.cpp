#include "explorationviewfiles.h"

#include "batchoptions.h"
#include "explorationcontroller.h"

#include <model/dashboardmodel.h>
#include <model/observationcube.h>
#include <model/outputfile.h>
#include <views/translations.h>

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace medtour {

namespace {
const QString kLastViewKey = QStringLiteral("view/last");
const QString kLastFolderKey = QStringLiteral("view/folder");
}  // namespace

std::optional<Error> writeViewFile(const ViewState &view, const QString &path)
{
    const QByteArray bytes = QJsonDocument(view.toJson()).toJson(QJsonDocument::Indented);
    OutputFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{path, 0, 0, QCoreApplication::translate("medtour::ViewFiles", "cannot write the view: %1").arg(file.errorString())};
    return std::nullopt;
}

std::optional<ViewState> readViewFile(const QString &path, Error *error, QStringList *warnings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Error{path, 0, 0, QCoreApplication::translate("medtour::ViewFiles", "cannot read the view: %1").arg(file.errorString())};
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError) {
        // Where the parser stopped (1-based line and column in characters) and what it found,
        // in the words of Qt's parser ("unterminated object"; Qt's translations).
        const QByteArray before = bytes.left(parse.offset);
        const int line = static_cast<int>(before.count('\n')) + 1;
        const int column = static_cast<int>(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        *error = Error{path, line, column, QCoreApplication::translate("medtour::ViewFiles", "not valid JSON: %1").arg(parse.errorString())};
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = Error{path, 0, 0, QCoreApplication::translate("medtour::ViewFiles",
                                                               "not a saved view: expected a JSON object "
                                                               "{\"format\": \"medtour-view\", …}, found an array")};
        return std::nullopt;
    }
    QString message;
    auto view = ViewState::fromJson(doc.object(), &message, warnings);
    if (!view)
        *error = Error{path, 0, 0, message};
    return view;
}

std::optional<ViewState> viewFromOptions(const BatchOptions &options, const ObservationCube &cube,
                                         const FilterState &explicitFilter, QStringList *warnings, Error *error)
{
    auto view = readViewFile(options.viewFile, error, warnings);
    if (!view)
        return std::nullopt;
    ViewState v = view->resolveAgainst(cube, warnings);
    FilterState &f = v.filter;
    if (options.year)
        f.focusYear = explicitFilter.focusYear;
    if (options.fromYear)
        f.fromYear = explicitFilter.fromYear;
    if (options.toYear)
        f.toYear = explicitFilter.toYear;
    if (options.topN)
        f.topN = explicitFilter.topN;
    for (Dimension d : kAllDimensions) {
        if (!options.names[static_cast<int>(d)].isEmpty()) {
            f.selection(d) = explicitFilter.selection(d);
            f.setOtherExpanded(d, false);
        }
    }
    if (cube.rowCount() > 0)
        f = f.normalized(cube.minYear(), cube.maxYear());
    return v;
}

ExplorationViewFiles::ExplorationViewFiles(ExplorationController *controller, QWidget *window)
    : QObject(window), m_controller(controller), m_window(window)
{
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this, &ExplorationViewFiles::retranslate);
}

void ExplorationViewFiles::addFileActions(QMenu *file)
{
    m_open = file->addAction(QString(), this, &ExplorationViewFiles::openViewInteractively);
    m_open->setObjectName(QStringLiteral("openView"));
    m_save = file->addAction(QString(), this, &ExplorationViewFiles::saveViewInteractively);
    m_save->setObjectName(QStringLiteral("saveView"));
    retranslate();
}

void ExplorationViewFiles::retranslate()
{
    if (m_open)
        m_open->setText(tr("Ope&n view…"));
    if (m_save)
        m_save->setText(tr("Save vie&w…"));
}

QString ExplorationViewFiles::fileFilter()
{
    return tr("MedTour views (*.medtour-view.json *.json)");
}

std::optional<Error> ExplorationViewFiles::openView(const QString &path, QStringList *warnings)
{
    Error error;
    const auto view = readViewFile(path, &error, warnings);
    if (!view)
        return error;
    const ViewState resolved = view->resolveAgainst(*m_controller->dashboard()->cube(), warnings);
    m_controller->setView(resolved, [name = QFileInfo(path).fileName()] { return tr("Open view %1").arg(name); });
    return std::nullopt;
}

void ExplorationViewFiles::saveViewInteractively()
{
    QSettings settings;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save view"),
                                                settings.value(kLastFolderKey).toString(), fileFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".medtour-view.json");
    settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    if (auto e = writeViewFile(m_controller->view(), path))
        QMessageBox::critical(m_window, tr("Save view"), e->toString());
}

void ExplorationViewFiles::openViewInteractively()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open view"),
                                                      settings.value(kLastFolderKey).toString(), fileFilter());
    if (path.isEmpty())
        return;
    settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    QStringList warnings;
    if (auto e = openView(path, &warnings)) {
        QMessageBox::critical(m_window, tr("Open view"), e->toString());
        return;
    }
    if (!warnings.isEmpty())
        QMessageBox::warning(m_window, tr("Open view"),
                             tr("The view was opened, but the data differs from when it was saved:\n\n%1")
                                 .arg(warnings.join(QLatin1Char('\n'))));
}

void ExplorationViewFiles::saveLastView() const
{
    QSettings().setValue(kLastViewKey, QString::fromUtf8(QJsonDocument(m_controller->view().toJson()).toJson(QJsonDocument::Compact)));
}

bool ExplorationViewFiles::restoreLastView()
{
    const QByteArray stored = QSettings().value(kLastViewKey).toString().toUtf8();
    if (stored.isEmpty())
        return false;
    const auto view = ViewState::fromJson(QJsonDocument::fromJson(stored).object(), nullptr);
    if (!view)
        return false;
    QStringList ignored;  // categories of an older dataset simply drop out at start-up
    m_controller->resetView(view->resolveAgainst(*m_controller->dashboard()->cube(), &ignored));
    return true;
}

}  // namespace medtour
