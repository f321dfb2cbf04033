#pragma once

#include <QString>

namespace medtour {

// A data error as a value: where (file, 1-based line and column; 0 = unknown) and what was
// expected. Shown by the app; never a dialog below app/.
struct Error {
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    /// "file:line:column: message" (parts that are unknown are left out).
    QString toString() const
    {
        QString where = file;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        if (line > 0 && column > 0)
            where += QLatin1Char(':') + QString::number(column);
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

}  // namespace medtour
