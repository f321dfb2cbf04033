#pragma once

#include <model/error.h>
#include <model/viewstate.h>

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QWidget;
QT_END_NAMESPACE

namespace medtour {

struct BatchOptions;
class ExplorationController;
class ObservationCube;

/// Writes `view` as indented JSON (ViewState::toJson()) to `path` atomically (QSaveFile).
std::optional<Error> writeViewFile(const ViewState &view, const QString &path);
/// Reads a view file. The view is not yet resolved against any data (see
/// ViewState::resolveAgainst()). Errors name the file and, for bad JSON, the line and column
/// where the parser stopped; messages are in the current language. Values the view cannot use
/// are listed in `warnings` (ViewState::fromJson()), when given.
std::optional<ViewState> readViewFile(const QString &path, Error *error, QStringList *warnings = nullptr);

/// The view of batch mode's --view FILE: read, resolved against `cube` (left-out categories
/// in `warnings`), then every filter option given explicitly on the command line (years, top
/// N, categories per dimension) replaces the view's; `explicitFilter` is the filter built from
/// the options. std::nullopt with `error` when the file cannot be read.
std::optional<ViewState> viewFromOptions(const BatchOptions &options, const ObservationCube &cube,
                                         const FilterState &explicitFilter, QStringList *warnings, Error *error);

// Saved views in the window: File > Save view… / Open view… (small JSON files) and the last
// state kept in QSettings ("view/last") for the next start. Opening resolves the view against
// the current data; categories the data lacks are dropped and listed in a warning. Shows its
// own dialogs (app layer). Views store category ids, never names, so a view saved in one
// language opens in any other. The controller must outlive this object.
class ExplorationViewFiles : public QObject
{
    Q_OBJECT
public:
    ExplorationViewFiles(ExplorationController *controller, QWidget *window);

    void addFileActions(QMenu *file);
    /// Opens `path` as one undo step. Returns the error, or std::nullopt; `warnings` gets the
    /// categories that were left out.
    std::optional<Error> openView(const QString &path, QStringList *warnings);

    /// Stores the current view under "view/last".
    void saveLastView() const;
    /// Restores "view/last" (without an undo step); false when nothing usable was stored.
    bool restoreLastView();

private:
    void saveViewInteractively();
    void openViewInteractively();
    void retranslate();
    static QString fileFilter();

    ExplorationController *m_controller;
    QWidget *m_window;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
};

}  // namespace medtour
