#include "tidycsv.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QStringDecoder>

#include <cmath>

namespace medtour {

namespace {

const QStringList kColumns = {
    QStringLiteral("year"), QStringLiteral("measure"),
    QStringLiteral("nationality"), QStringLiteral("nationality_ko"), QStringLiteral("nationality_ja"),
    QStringLiteral("specialty"), QStringLiteral("specialty_ko"), QStringLiteral("specialty_ja"),
    QStringLiteral("institution_type"), QStringLiteral("institution_type_ko"), QStringLiteral("institution_type_ja"),
    QStringLiteral("region"), QStringLiteral("region_ko"), QStringLiteral("region_ja"),
    QStringLiteral("value"), QStringLiteral("share_pct"), QStringLiteral("share_base"),
    QStringLiteral("status"), QStringLiteral("is_aggregate"), QStringLiteral("reported_yoy_pct"),
    QStringLiteral("confidence"), QStringLiteral("source_ids"), QStringLiteral("note")};

// Columns without which a row means nothing; the others may be absent from a user's file.
const QStringList kRequired = {QStringLiteral("year"), QStringLiteral("measure"), QStringLiteral("value")};

bool isMissingText(const QString &s)
{
    const QString t = s.trimmed();
    return t.isEmpty() || t == QLatin1String("-") || t == QStringLiteral("…")
        || t.compare(QLatin1String("n/a"), Qt::CaseInsensitive) == 0;
}

}  // namespace

TidyCsvReader::Result TidyCsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result r;
        r.error = Error{path, 0, 0, QStringLiteral("cannot open file: %1").arg(file.errorString())};
        return r;
    }
    return parse(file.readAll(), path);
}

TidyCsvReader::Result TidyCsvReader::parse(const QByteArray &data, const QString &fileName)
{
    Result result;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        result.error = Error{fileName, 0, 0, QStringLiteral("the file is not valid UTF-8 text")};
        return result;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    Error splitError;
    auto records = splitCsv(text, QLatin1Char(','), fileName, &splitError);
    if (!records) {
        result.error = splitError;
        return result;
    }
    int headerIndex = 0;
    while (headerIndex < records->size() && records->at(headerIndex).fields.first().startsWith(QLatin1Char('#')))
        ++headerIndex;
    if (headerIndex >= records->size()) {
        result.error = Error{fileName, 1, 1, QStringLiteral("expected a header row starting with \"year,measure\"")};
        return result;
    }
    const CsvRecord &header = records->at(headerIndex);
    QHash<QString, int> col;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!kColumns.contains(name)) {
            result.warnings << QStringLiteral("%1:%2:%3: unknown column \"%4\" ignored")
                                   .arg(fileName).arg(header.line).arg(header.columns.at(i)).arg(name);
            continue;
        }
        col.insert(name, i);
    }
    for (const QString &req : kRequired) {
        if (!col.contains(req)) {
            result.error = Error{fileName, header.line, 1,
                                 QStringLiteral("missing column \"%1\"; expected the header %2")
                                     .arg(req, kColumns.join(QLatin1Char(',')))};
            return result;
        }
    }

    ObservationCube cube;
    cube.setProvenance(fileName);
    for (int r = headerIndex + 1; r < records->size(); ++r) {
        const CsvRecord &rec = records->at(r);
        if (rec.fields.first().startsWith(QLatin1Char('#')))
            continue;
        auto field = [&](const QString &name) -> QString {
            const int i = col.value(name, -1);
            return (i >= 0 && i < rec.fields.size()) ? rec.fields.at(i).trimmed() : QString();
        };
        auto columnOf = [&](const QString &name) {
            const int i = col.value(name, -1);
            return (i >= 0 && i < rec.columns.size()) ? rec.columns.at(i) : 1;
        };
        auto fail = [&](const QString &name, const QString &what) {
            result.error = Error{fileName, rec.line, columnOf(name), what};
        };
        if (rec.fields.size() > header.fields.size()
            && !(rec.fields.size() == header.fields.size() + 1 && rec.fields.last().isEmpty())) {
            result.error = Error{fileName, rec.line, rec.columns.at(header.fields.size()),
                                 QStringLiteral("expected %1 fields as in the header, found %2")
                                     .arg(header.fields.size()).arg(rec.fields.size())};
            return result;
        }
        ObservationCube::Row row;
        bool ok = false;
        row.key.year = field(QStringLiteral("year")).toInt(&ok);
        if (!ok || row.key.year < 1900 || row.key.year > 2200) {
            fail(QStringLiteral("year"), QStringLiteral("expected a year such as 2024, found \"%1\"")
                                             .arg(field(QStringLiteral("year"))));
            return result;
        }
        const auto measure = measureFromId(field(QStringLiteral("measure")));
        if (!measure) {
            fail(QStringLiteral("measure"),
                 QStringLiteral("expected real_patients, department_based or countries_of_origin, found \"%1\"")
                     .arg(field(QStringLiteral("measure"))));
            return result;
        }
        row.key.measure = *measure;
        row.isAggregate = field(QStringLiteral("is_aggregate")) == QLatin1String("1");
        int brokenDown = 0;
        for (Dimension d : kAllDimensions) {
            const QString id = field(dimensionId(d));
            brokenDown += (id.isEmpty() || id == kTotalId) ? 0 : 1;
        }
        for (Dimension d : kAllDimensions) {
            const QString id = field(dimensionId(d));
            const QString ko = field(dimensionId(d) + QStringLiteral("_ko"));
            const QString ja = field(dimensionId(d) + QStringLiteral("_ja"));
            // A combined row marks its category only when the row breaks down one dimension;
            // in a cross table the flag cannot tell which of the two categories is combined.
            row.key.codes[static_cast<int>(d)] =
                cube.dictionary(d).intern(id, ko, row.isAggregate && brokenDown == 1, ja);
        }
        const QString valueText = field(QStringLiteral("value"));
        if (!isMissingText(valueText)) {
            QString digits = valueText;
            digits.remove(QLatin1Char(','));
            const qint64 v = digits.toLongLong(&ok);
            if (!ok) {
                fail(QStringLiteral("value"), QStringLiteral("expected a whole number of patients, found \"%1\"")
                                                  .arg(valueText));
                return result;
            }
            if (v < 0)
                result.warnings << QStringLiteral("%1:%2: negative count %3").arg(fileName).arg(rec.line).arg(v);
            row.value = v;
        }
        const QString shareText = field(QStringLiteral("share_pct"));
        if (!isMissingText(shareText)) {
            QString s = shareText;
            s.remove(QLatin1Char('%'));
            const double v = s.toDouble(&ok);
            if (!ok || !std::isfinite(v)) {
                fail(QStringLiteral("share_pct"), QStringLiteral("expected a share in percent such as 37.7, found \"%1\"")
                                                      .arg(shareText));
                return result;
            }
            if (v > 100.0 || v < 0.0)
                result.warnings << QStringLiteral("%1:%2: share %3% outside 0..100").arg(fileName).arg(rec.line).arg(v);
            row.sharePct = v;
        }
        const QString baseText = field(QStringLiteral("share_base"));
        if (!baseText.isEmpty()) {
            row.shareBase = dimensionFromId(baseText);
            if (!row.shareBase) {
                fail(QStringLiteral("share_base"),
                     QStringLiteral("expected nationality, specialty, institution_type or region, found \"%1\"")
                         .arg(baseText));
                return result;
            }
        }
        const QString statusText = field(QStringLiteral("status"));
        if (statusText.isEmpty()) {
            row.status = row.value ? ObservationStatus::Exact : ObservationStatus::ShareOnly;
        } else if (auto s = statusFromId(statusText)) {
            row.status = *s;
        } else {
            fail(QStringLiteral("status"),
                 QStringLiteral("expected exact, rounded_100, rounded_1000, rounded_10000, approx, share_only or "
                                "derived, found \"%1\"").arg(statusText));
            return result;
        }
        const QString yoyText = field(QStringLiteral("reported_yoy_pct"));
        if (!isMissingText(yoyText)) {
            row.reportedYoyPct = QString(yoyText).remove(QLatin1Char('%')).toDouble(&ok);
            if (!ok) {
                fail(QStringLiteral("reported_yoy_pct"),
                     QStringLiteral("expected a growth in percent such as 93.2, found \"%1\"").arg(yoyText));
                return result;
            }
        }
        row.confidence = field(QStringLiteral("confidence"));
        const QString sources = field(QStringLiteral("source_ids"));
        if (!sources.isEmpty()) {
            for (const QString &s : sources.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                row.sourceIds << s.trimmed();
        }
        row.note = field(QStringLiteral("note"));
        if (!cube.append(row)) {
            result.error = Error{fileName, rec.line, 1,
                                 QStringLiteral("duplicate observation: year %1, %2 and these categories appear on an "
                                                "earlier line")
                                     .arg(row.key.year).arg(measureId(row.key.measure))};
            return result;
        }
    }
    if (cube.rowCount() == 0) {
        result.error = Error{fileName, header.line + 1, 1, QStringLiteral("expected at least one observation row")};
        return result;
    }
    result.cube = std::move(cube);
    return result;
}

QByteArray writeTidyCsv(const ObservationCube &cube)
{
    auto quote = [](const QString &s) {
        if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))
            || s.contains(QLatin1Char('\r')))
            return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return s;
    };
    // Shortest text that parses back to the same double (0.01 stays 0.01; never exponent form).
    auto number = [](double v) { return QString::number(v, 'f', QLocale::FloatingPointShortest); };
    QString out = kColumns.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int i = 0; i < cube.rowCount(); ++i) {
        const auto row = cube.row(i);
        QStringList f;
        f << QString::number(row.key.year) << measureId(row.key.measure);
        for (Dimension d : kAllDimensions) {
            const Category &c = cube.dictionary(d).category(row.key.codes[static_cast<int>(d)]);
            f << quote(c.id) << quote(c.nameKo) << quote(c.nameJa);
        }
        f << (row.value ? QString::number(*row.value) : QString())
          << (row.sharePct ? number(*row.sharePct) : QString())
          << (row.shareBase ? dimensionId(*row.shareBase) : QString())
          << statusId(row.status) << (row.isAggregate ? QStringLiteral("1") : QStringLiteral("0"))
          << (row.reportedYoyPct ? number(*row.reportedYoyPct) : QString())
          << quote(row.confidence) << quote(row.sourceIds.join(QLatin1Char(';'))) << quote(row.note);
        out += f.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

}  // namespace medtour
