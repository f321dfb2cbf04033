#include "csvexport.h"

#include "modelroles.h"
#include "numberformat.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QRegularExpression>
#include "outputfile.h"

namespace medtour {

namespace {

// The tr() context "medtour::CsvExport" of this file's texts for people.
struct CsvExportText {
    Q_DECLARE_TR_FUNCTIONS(medtour::CsvExport)
};

// A number as a spreadsheet reads it: optional sign, digits with thousands separators, an
// optional decimal part and percent sign. Such cells cannot be formulas.
bool isPlainNumber(const QString &text)
{
    static const QRegularExpression number(
        QStringLiteral("^[+\\-\\x{2212}]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?%?$"));
    return number.match(text).hasMatch();
}

QString guardFormula(const QString &text)
{
    if (text.isEmpty() || isPlainNumber(text))
        return text;
    const QChar c = text.front();
    if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
        return QLatin1Char('\'') + text;
    return text;
}

QString quoted(const QString &text)
{
    const QString guarded = guardFormula(text);
    if (!guarded.contains(QLatin1Char(',')) && !guarded.contains(QLatin1Char('"'))
        && !guarded.contains(QLatin1Char('\n')) && !guarded.contains(QLatin1Char('\r')))
        return guarded;
    QString escaped = guarded;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString rawText(const QVariant &raw)
{
    switch (raw.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: return QString::number(raw.toDouble(), 'g', 15);
    default: return raw.toString();
    }
}

QString cellText(const QModelIndex &index, bool rawValues)
{
    if (rawValues) {
        const QVariant raw = index.data(RawValueRole);
        if (raw.isValid())
            return rawText(raw);
        const QString shown = index.data(Qt::DisplayRole).toString();
        const bool missing = shown == QLatin1String("n/a") || shown == formatCount(std::nullopt);
        return missing ? QString() : shown;
    }
    return index.data(Qt::DisplayRole).toString();
}

bool hasTextRowHeaders(const QAbstractItemModel &model)
{
    if (model.rowCount() == 0)
        return false;
    const QVariant header = model.headerData(0, Qt::Vertical, Qt::DisplayRole);
    return header.typeId() == QMetaType::QString;
}

}  // namespace

QByteArray tableToCsv(const QAbstractItemModel &model, bool rawValues)
{
    const int rows = model.rowCount();
    const int columns = model.columnCount();
    const bool rowHeaders = hasTextRowHeaders(model);
    QStringList cells;
    QString out;
    if (rowHeaders)
        cells << QString();
    for (int c = 0; c < columns; ++c)
        cells << quoted(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int r = 0; r < rows; ++r) {
        cells.clear();
        if (rowHeaders)
            cells << quoted(model.headerData(r, Qt::Vertical, Qt::DisplayRole).toString());
        for (int c = 0; c < columns; ++c)
            cells << quoted(cellText(model.index(r, c), rawValues));
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

std::optional<Error> writeCsvFile(const QAbstractItemModel &model, const QString &path, bool rawValues)
{
    OutputFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{path, 0, 0, CsvExportText::tr("cannot write: %1").arg(file.errorString())};
    const QByteArray bytes = tableToCsv(model, rawValues);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{path, 0, 0, CsvExportText::tr("cannot write: %1").arg(file.errorString())};
    return std::nullopt;
}

}  // namespace medtour
