#pragma once

// Poppler's command-line tools (pdftotext, pdfinfo, pdffonts) for the report tests, which read
// the exported PDFs back as a user's viewer would. Tests skip when poppler-utils is missing.

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <optional>

namespace medtour::test {

/// Runs `program` with `arguments` and returns its standard output (UTF-8); std::nullopt when
/// the program is not installed, fails or takes longer than a minute.
inline std::optional<QString> runTool(const QString &program, const QStringList &arguments)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The page count pdfinfo reports for `path`; -1 when it cannot tell.
inline int pdfPageCount(const QString &path)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(runTool(QStringLiteral("pdfinfo"), {path}).value_or(QString()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

}  // namespace medtour::test
