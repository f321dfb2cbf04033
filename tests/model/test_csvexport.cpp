// CSV export for spreadsheets: BOM, CRLF, RFC 4180 quoting, formula-injection guard that
// leaves plain (negative) numbers alone, raw vs displayed numbers, atomic file write.
#include <model/csvexport.h>

#include <model/modelroles.h>

#include <QDir>
#include <QFile>
#include <QAbstractTableModel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

// A Qt::Core-only table: cells show `display` and hold `raw` under RawValueRole; optional
// text row headers.
class Table : public QAbstractTableModel
{
public:
    QStringList header;
    QStringList rowHeaders;
    QList<QStringList> display;
    QList<QVariantList> raw;
    int rowCount(const QModelIndex &p = {}) const override { return p.isValid() ? 0 : int(display.size()); }
    int columnCount(const QModelIndex &p = {}) const override { return p.isValid() ? 0 : int(header.size()); }
    QVariant data(const QModelIndex &i, int role) const override
    {
        if (role == Qt::DisplayRole)
            return display.at(i.row()).at(i.column());
        if (role == RawValueRole)
            return raw.at(i.row()).at(i.column());
        return {};
    }
    QVariant headerData(int s, Qt::Orientation o, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        if (o == Qt::Horizontal)
            return header.at(s);
        return rowHeaders.isEmpty() ? QVariant(s + 1) : QVariant(rowHeaders.at(s));
    }
};

struct OneColumn {
    Table model;
    explicit OneColumn(const QString &header) { model.header = {header}; }
    void add(const QString &display, const QVariant &raw = {})
    {
        model.display.append({display});
        model.raw.append({raw});
    }
    QStringList lines(bool raw = false) const
    {
        QString text = QString::fromUtf8(tableToCsv(model, raw).mid(3));
        QStringList out = text.split(QStringLiteral("\r\n"));
        EXPECT_EQ(out.takeLast(), QString()) << "the file ends with CRLF";
        return out;
    }
};

}  // namespace

TEST(CsvExport, startsWithUtf8BomAndKeepsKorean)
{
    OneColumn t(QStringLiteral("국적"));
    t.add(QStringLiteral("일본"));
    const QByteArray csv = tableToCsv(t.model, false);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(csv.mid(3), QStringLiteral("국적\r\n일본\r\n").toUtf8());
}

TEST(CsvExport, quotesDelimitersQuotesAndLineBreaks)
{
    OneColumn t(QStringLiteral("note, with comma"));
    t.add(QStringLiteral("say \"hi\""));
    t.add(QStringLiteral("two\nlines"));
    t.add(QStringLiteral("plain"));
    const QString text = QString::fromUtf8(tableToCsv(t.model, false).mid(3));
    EXPECT_EQ(text, QStringLiteral("\"note, with comma\"\r\n\"say \"\"hi\"\"\"\r\n\"two\nlines\"\r\nplain\r\n"));
}

TEST(CsvExport, guardsFormulaLikeText)
{
    OneColumn t(QStringLiteral("cell"));
    for (const char *s : {"=SUM(A1:A9)", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\tx", "-"})
        t.add(QString::fromUtf8(s));
    const QStringList lines = t.lines();
    ASSERT_EQ(lines.size(), 7);
    EXPECT_EQ(lines.at(1), QStringLiteral("'=SUM(A1:A9)"));
    EXPECT_EQ(lines.at(2), QStringLiteral("'+cmd|' /C calc'!A0"));
    EXPECT_EQ(lines.at(3), QStringLiteral("'-2+3"));
    EXPECT_EQ(lines.at(4), QStringLiteral("'@SUM(1)"));
    EXPECT_EQ(lines.at(5), QStringLiteral("'\tx"));
    EXPECT_EQ(lines.at(6), QStringLiteral("'-"));
}

TEST(CsvExport, leavesPlainNumbersUnguarded)
{
    OneColumn t(QStringLiteral("value"));
    for (const char *s : {"-12.5", "-441112", "+93.2%", "1,170,467", "-76.5%"})
        t.add(QString::fromUtf8(s));
    EXPECT_EQ(t.lines(), (QStringList{QStringLiteral("value"), QStringLiteral("-12.5"), QStringLiteral("-441112"),
                                      QStringLiteral("+93.2%"), QStringLiteral("\"1,170,467\""),
                                      QStringLiteral("-76.5%")}));
}

TEST(CsvExport, writesRawNumbersOrDisplayedText)
{
    OneColumn t(QStringLiteral("patients"));
    t.add(QStringLiteral("1,170,467"), qint64(1170467));
    t.add(QStringLiteral("≈37.7%"), 37.687);
    t.add(QStringLiteral("n/a"));
    t.add(QStringLiteral("Japan"));
    EXPECT_EQ(t.lines(true), (QStringList{QStringLiteral("patients"), QStringLiteral("1170467"),
                                          QStringLiteral("37.687"), QString(), QStringLiteral("Japan")}));
    EXPECT_EQ(t.lines(false), (QStringList{QStringLiteral("patients"), QStringLiteral("\"1,170,467\""),
                                           QStringLiteral("≈37.7%"), QStringLiteral("n/a"), QStringLiteral("Japan")}));
}

TEST(CsvExport, addsTextRowHeadersAsFirstColumn)
{
    Table model;
    model.header = {QStringLiteral("2024")};
    model.rowHeaders = {QStringLiteral("Dermatology"), QStringLiteral("=evil")};
    model.display = {{QStringLiteral("705,044")}, {QStringLiteral("1")}};
    model.raw = {{QVariant()}, {QVariant()}};
    const QString text = QString::fromUtf8(tableToCsv(model, false).mid(3));
    EXPECT_EQ(text, QStringLiteral(",2024\r\nDermatology,\"705,044\"\r\n'=evil,1\r\n"));
}

TEST(CsvExport, writesTheFileAtomically)
{
    QTemporaryDir dir;
    OneColumn t(QStringLiteral("국적"));
    t.add(QStringLiteral("일본"));
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    EXPECT_FALSE(writeCsvFile(t.model, path, false).has_value());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), tableToCsv(t.model, false));
    const auto error = writeCsvFile(t.model, dir.filePath(QStringLiteral("no/such/dir/out.csv")), false);
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->toString().contains(QStringLiteral("out.csv")));
}
