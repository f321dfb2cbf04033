#include "csvsplit.h"

#include <QCoreApplication>

namespace medtour {

std::optional<QList<CsvRecord>> splitCsv(const QString &text, QChar delimiter, const QString &fileName,
                                         Error *error, const std::function<bool(qint64, qint64)> &progress)
{
    constexpr int kProgressStep = 64 * 1024;
    int nextReport = kProgressStep;
    QList<CsvRecord> records;
    CsvRecord current;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    int column = 1;
    int quoteLine = 0;
    int quoteColumn = 0;
    int fieldColumn = 1;
    auto endField = [&] {
        current.fields.append(field);
        current.columns.append(fieldColumn);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().isEmpty();
        if (!blank)
            records.append(current);
        current = CsvRecord{};
    };
    const int n = text.size();
    current.line = 1;
    for (int i = 0; i < n; ++i) {
        if (progress && i >= nextReport) {
            nextReport = i + kProgressStep;
            if (!progress(i, n)) {
                if (error)
                    *error = Error{fileName, 0, 0, QCoreApplication::translate("medtour::Import", "cancelled")};
                return std::nullopt;
            }
        }
        const QChar c = text.at(i);
        if (!fieldStarted) {
            fieldStarted = true;
            fieldColumn = column;
        }
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                    column += 2;
                    continue;
                }
                inQuotes = false;
                ++column;
                continue;
            }
            field += c;
            if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                    field += QLatin1Char('\n');
                    ++i;
                }
                ++line;
                column = 1;
            } else {
                ++column;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            inQuotes = true;
            quoteLine = line;
            quoteColumn = column;
            ++column;
        } else if (c == delimiter) {
            endField();
            ++column;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            column = 1;
            current.line = line;
        } else {
            field += c;
            ++column;
        }
    }
    if (inQuotes) {
        if (error)
            *error = Error{fileName, quoteLine, quoteColumn,
                           QCoreApplication::translate("medtour::Import",
                                                       "unterminated quoted field: expected a closing '\"'")};
        return std::nullopt;
    }
    if (fieldStarted || !current.fields.isEmpty())
        endRecord();
    return records;
}

}  // namespace medtour
