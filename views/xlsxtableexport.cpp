#include "xlsxtableexport.h"

#include <model/modelroles.h>
#include <model/numberformat.h>
#include <model/observation.h>

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <model/outputfile.h>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <dlfcn.h>

#include <algorithm>

namespace medtour {

namespace {

// libxlsxwriter is loaded at run time with RTLD_DEEPBIND: it writes the zip container through
// the system minizip, whose function names (zipOpen3, ...) QuaZip (linked for the importer)
// also exports with other signatures. Linked normally, libxlsxwriter's calls would bind to
// QuaZip's copies and crash; deep binding makes it use its own dependencies first.
struct XlsxApi {
    decltype(&workbook_new_opt) newWorkbook = nullptr;
    decltype(&workbook_add_format) addFormat = nullptr;
    decltype(&format_set_bold) setBold = nullptr;
    decltype(&format_set_italic) setItalic = nullptr;
    decltype(&format_set_num_format) setNumFormat = nullptr;
    decltype(&workbook_set_properties) setProperties = nullptr;
    decltype(&workbook_add_worksheet) addWorksheet = nullptr;
    decltype(&worksheet_write_string) writeString = nullptr;
    decltype(&worksheet_write_number) writeNumber = nullptr;
    decltype(&worksheet_set_column) setColumn = nullptr;
    decltype(&worksheet_freeze_panes) freezePanes = nullptr;
    decltype(&workbook_close) close = nullptr;
    decltype(&lxw_strerror) strerror = nullptr;
    QString loadError;
};

template <typename F>
void resolve(void *handle, const char *name, F &fn, QString &error)
{
    fn = reinterpret_cast<F>(dlsym(handle, name));
    if (!fn && error.isEmpty())
        error = QStringLiteral("libxlsxwriter lacks %1").arg(QString::fromLatin1(name));
}

const XlsxApi &xlsx()
{
    static const XlsxApi api = [] {
        XlsxApi a;
        void *handle = dlopen("libxlsxwriter.so.4", RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (!handle)
            handle = dlopen("libxlsxwriter.so", RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (!handle) {
            a.loadError = QStringLiteral("libxlsxwriter is not installed (%1)").arg(QString::fromLocal8Bit(dlerror()));
            return a;
        }
        resolve(handle, "workbook_new_opt", a.newWorkbook, a.loadError);
        resolve(handle, "workbook_add_format", a.addFormat, a.loadError);
        resolve(handle, "format_set_bold", a.setBold, a.loadError);
        resolve(handle, "format_set_italic", a.setItalic, a.loadError);
        resolve(handle, "format_set_num_format", a.setNumFormat, a.loadError);
        resolve(handle, "workbook_set_properties", a.setProperties, a.loadError);
        resolve(handle, "workbook_add_worksheet", a.addWorksheet, a.loadError);
        resolve(handle, "worksheet_write_string", a.writeString, a.loadError);
        resolve(handle, "worksheet_write_number", a.writeNumber, a.loadError);
        resolve(handle, "worksheet_set_column", a.setColumn, a.loadError);
        resolve(handle, "worksheet_freeze_panes", a.freezePanes, a.loadError);
        resolve(handle, "workbook_close", a.close, a.loadError);
        resolve(handle, "lxw_strerror", a.strerror, a.loadError);
        return a;
    }();
    return api;
}

struct Formats {
    lxw_format *header = nullptr;
    lxw_format *count = nullptr;
    lxw_format *decimal = nullptr;
    lxw_format *note = nullptr;
};

bool hasTextRowHeaders(const QAbstractItemModel &model)
{
    return model.rowCount() > 0 && model.headerData(0, Qt::Vertical, Qt::DisplayRole).typeId() == QMetaType::QString;
}

QString safeSheetName(const QString &name, int index)
{
    static const QRegularExpression invalid(QStringLiteral("[\\[\\]:*?/\\\\]"));
    QString fixed = name;
    fixed.replace(invalid, QStringLiteral(" "));
    fixed = fixed.trimmed().left(31);
    return fixed.isEmpty() ? QStringLiteral("Sheet%1").arg(index + 1) : fixed;
}

void writeCell(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const QModelIndex &index, const Formats &f)
{
    const QVariant raw = index.data(RawValueRole);
    switch (raw.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        xlsx().writeNumber(ws, row, col, raw.toDouble(), f.count);
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
        xlsx().writeNumber(ws, row, col, raw.toDouble(), nullptr);
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        xlsx().writeNumber(ws, row, col, raw.toDouble(), f.decimal);
        return;
    default: break;
    }
    const QString shown = index.data(Qt::DisplayRole).toString();
    if (shown.isEmpty() || shown == formatCount(std::nullopt) || shown == QLatin1String("n/a"))
        return;  // missing (in any language) is an empty cell, never zero
    xlsx().writeString(ws, row, col, shown.toUtf8().constData(), nullptr);
}

// Width of `text` in Excel's character units: Hangul, kana and CJK ideographs take two.
int textWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFF60);
        width += wide ? 2 : 1;
    }
    return width;
}

void writeSheet(lxw_worksheet *ws, const QAbstractItemModel &model, const Formats &f, const QByteArray &source)
{
    const bool rowHeaders = hasTextRowHeaders(model);
    const lxw_col_t first = rowHeaders ? 1 : 0;
    QList<int> widths(model.columnCount() + first, 8);
    const auto widen = [&widths](int col, const QString &text) {
        widths[col] = std::min(60, std::max(widths.at(col), textWidth(text) + 2));
    };
    for (int c = 0; c < model.columnCount(); ++c) {
        const QString title = model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        xlsx().writeString(ws, 0, static_cast<lxw_col_t>(first + c), title.toUtf8().constData(), f.header);
        widen(first + c, title);
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        if (rowHeaders) {
            const QString name = model.headerData(r, Qt::Vertical, Qt::DisplayRole).toString();
            xlsx().writeString(ws, row, 0, name.toUtf8().constData(), f.header);
            widen(0, name);
        }
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            writeCell(ws, row, static_cast<lxw_col_t>(first + c), index, f);
            widen(first + c, index.data(Qt::DisplayRole).toString());
        }
    }
    const auto sourceRow = static_cast<lxw_row_t>(model.rowCount() + 2);
    xlsx().writeString(ws, sourceRow, 0, source.constData(), f.note);
    for (int c = 0; c < widths.size(); ++c)
        xlsx().setColumn(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths.at(c), nullptr);
    xlsx().freezePanes(ws, 1, 0);
}

Error xlsxError(const QString &path, const QString &what)
{
    return Error{path, 0, 0, what};
}

}  // namespace

std::optional<Error> writeXlsxWorkbook(const QList<XlsxSheet> &sheets, const QString &path, const QString &source)
{
    if (sheets.isEmpty())
        return xlsxError(path, QStringLiteral("no table to write"));
    if (!xlsx().loadError.isEmpty())
        return xlsxError(path, xlsx().loadError);
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return xlsxError(path, QStringLiteral("cannot create a temporary folder: %1").arg(tmp.errorString()));
    const QByteArray tmpDir = QFile::encodeName(tmp.path());
    const QByteArray tmpFile = QFile::encodeName(tmp.filePath(QStringLiteral("export.xlsx")));
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char *>(tmpDir.constData());
    lxw_workbook *workbook = xlsx().newWorkbook(tmpFile.constData(), &options);
    if (!workbook)
        return xlsxError(path, QStringLiteral("cannot start the XLSX writer"));
    Formats f;
    f.header = xlsx().addFormat(workbook);
    xlsx().setBold(f.header);
    f.count = xlsx().addFormat(workbook);
    xlsx().setNumFormat(f.count, "#,##0");
    f.decimal = xlsx().addFormat(workbook);
    xlsx().setNumFormat(f.decimal, "0.0");
    f.note = xlsx().addFormat(workbook);
    xlsx().setItalic(f.note);
    const QByteArray title = QCoreApplication::translate("medtour::XlsxTableExport", "MedTour Dashboard tables").toUtf8();
    const QByteArray author = QByteArrayLiteral("MedTour Dashboard");
    const QByteArray comments = (source.isEmpty() ? sourceLine() : source).toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    properties.author = const_cast<char *>(author.constData());
    properties.comments = const_cast<char *>(comments.constData());
    xlsx().setProperties(workbook, &properties);

    QStringList used;
    for (int i = 0; i < sheets.size(); ++i) {
        QString name = safeSheetName(sheets.at(i).name, i);
        while (used.contains(name, Qt::CaseInsensitive))
            name = name.left(28) + QStringLiteral(" %1").arg(i + 1);
        used << name;
        lxw_worksheet *ws = xlsx().addWorksheet(workbook, name.toUtf8().constData());
        if (!ws || !sheets.at(i).model) {
            xlsx().close(workbook);
            return xlsxError(path, QStringLiteral("cannot add the sheet \"%1\"").arg(name));
        }
        writeSheet(ws, *sheets.at(i).model, f, comments);
    }
    if (const lxw_error e = xlsx().close(workbook); e != LXW_NO_ERROR)
        return xlsxError(path, QStringLiteral("cannot write the workbook: %1").arg(QString::fromUtf8(xlsx().strerror(e))));

    QFile produced(tmp.filePath(QStringLiteral("export.xlsx")));
    if (!produced.open(QIODevice::ReadOnly))
        return xlsxError(path, QStringLiteral("cannot read the produced workbook: %1").arg(produced.errorString()));
    const QByteArray bytes = produced.readAll();
    OutputFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return xlsxError(path, QStringLiteral("cannot open for writing: %1").arg(file.errorString()));
    if (file.write(bytes) != bytes.size())
        return xlsxError(path, QStringLiteral("cannot write: %1").arg(file.errorString()));
    if (!file.commit())
        return xlsxError(path, QStringLiteral("cannot save: %1").arg(file.errorString()));
    return std::nullopt;
}

std::optional<Error> writeXlsxFile(const QAbstractItemModel &model, const QString &path, const QString &sheetName)
{
    return writeXlsxWorkbook({XlsxSheet{&model, sheetName}}, path);
}

}  // namespace medtour
