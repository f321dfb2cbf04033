#pragma once

// Test helper: runs tests/bench/generate_registry.py (python3, standard library) to write a
// record-level registry CSV and returns the exact marginal counts it wrote beside it
// (FILE.marginals.json). Needs MEDTOUR_TEST_DATA_DIR (tests/data) defined by the test target.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>

#include <optional>

namespace medtour::test {

/// Writes `rows` records for `seed` to `file`; on failure returns std::nullopt and sets `error`.
inline std::optional<QJsonObject> generateRegistry(const QString &file, int rows, int seed, QString *error)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral(MEDTOUR_TEST_DATA_DIR "/../bench/generate_registry.py"), QStringLiteral("--rows"),
                  QString::number(rows), QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--out"), file});
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        *error = QStringLiteral("generate_registry.py failed: %1")
                     .arg(QString::fromUtf8(python.readAllStandardError()));
        return std::nullopt;
    }
    QFile json(file + QStringLiteral(".marginals.json"));
    if (!json.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no marginals written beside %1").arg(file);
        return std::nullopt;
    }
    return QJsonDocument::fromJson(json.readAll()).object();
}

}  // namespace medtour::test
