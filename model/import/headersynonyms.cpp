#include "headersynonyms.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

namespace medtour {

namespace {

using Table = QHash<QString, HeaderMeaning>;

void add(Table &t, const QStringList &names, ColumnRole role, std::optional<Dimension> d = std::nullopt,
         const QString &key = {})
{
    for (const QString &n : names) {
        HeaderMeaning m;
        m.role = role;
        m.dimension = d;
        m.key = key;
        m.realPatients = n.contains(QStringLiteral("실환자")) || n.contains(QStringLiteral("realpatient"));
        m.departmentBased = n.contains(QStringLiteral("진료과기준")) || n.contains(QStringLiteral("departmentbased"));
        t.insert(n, m);
    }
}

QStringList words(const char *utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const Table &synonyms()
{
    static const Table table = [] {
        Table t;
        add(t, words("연도 년도 year 연 년 기준연도 기준년도 해당연도 통계연도 yr"), ColumnRole::Year);
        add(t, words("방문일자 진료일자 date visitdate 방문일 진료일 내원일 내원일자 일자 날짜 진료일시 방문일시 "
                     "treatmentdate"),
            ColumnRole::Date);
        add(t, words("measure 측정항목"), ColumnRole::Measure);
        add(t, words("국적 nationality country 국가 국가명 국적명 국적별 출신국 countryoforigin"),
            ColumnRole::Category, Dimension::Nationality);
        add(t, words("진료과 specialty department 진료과목 진료과명 진료과별 과목 dept medicaldepartment"),
            ColumnRole::Category, Dimension::Specialty);
        add(t, words("종별 institutiontype 의료기관종별 기관종별 종별구분 의료기관유형 기관유형 institution 종별명"),
            ColumnRole::Category, Dimension::InstitutionType);
        add(t, words("시도 지역 region 시도명 지역명 지역별 시도별 소재지 province"), ColumnRole::Category,
            Dimension::Region);
        add(t, words("nationalityko"), ColumnRole::CategoryKo, Dimension::Nationality);
        add(t, words("specialtyko"), ColumnRole::CategoryKo, Dimension::Specialty);
        add(t, words("institutiontypeko"), ColumnRole::CategoryKo, Dimension::InstitutionType);
        add(t, words("regionko"), ColumnRole::CategoryKo, Dimension::Region);
        // The Japanese names of the tidy layout: kept for categories the built-in data lacks.
        for (Dimension d : kAllDimensions)
            add(t, {normalizeHeader(dimensionId(d) + QStringLiteral("_ja"))}, ColumnRole::Other, std::nullopt,
                dimensionId(d) + QStringLiteral("_ja"));
        add(t, words("환자수 실환자수 patients count value 외국인환자수 인원 인원수 환자 number n 유치실적 "
                     "유치환자수 실인원 realpatients 진료과기준환자수 departmentbased patientcount"),
            ColumnRole::Patients);
        add(t, words("비중 점유율 share sharepct 비율 구성비 구성비율 percent pct %"), ColumnRole::Share);
        add(t, words("status"), ColumnRole::Status);
        add(t, words("sharebase"), ColumnRole::Other, std::nullopt, QStringLiteral("share_base"));
        add(t, words("isaggregate"), ColumnRole::Other, std::nullopt, QStringLiteral("is_aggregate"));
        add(t, words("reportedyoypct"), ColumnRole::Other, std::nullopt, QStringLiteral("reported_yoy_pct"));
        add(t, words("confidence"), ColumnRole::Other, std::nullopt, QStringLiteral("confidence"));
        add(t, words("sourceids"), ColumnRole::Other, std::nullopt, QStringLiteral("source_ids"));
        add(t, words("note notes 비고"), ColumnRole::Other, std::nullopt, QStringLiteral("note"));
        return t;
    }();
    return table;
}

}  // namespace

QString normalizeHeader(const QString &header)
{
    static const QRegularExpression brackets(QStringLiteral("[\\(\\[（［][^\\)\\]）］]*[\\)\\]）］]"));
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-\\.·/]+"));
    QString h = header.toLower();
    const QString withoutBrackets = QString(h).remove(brackets);
    if (!withoutBrackets.trimmed().isEmpty())
        h = withoutBrackets;
    return h.remove(separators);
}

std::optional<HeaderMeaning> headerMeaning(const QString &header)
{
    const QString key = normalizeHeader(header);
    const auto &t = synonyms();
    if (auto it = t.constFind(key); it != t.constEnd())
        return it.value();
    return std::nullopt;
}

std::optional<int> yearOfHeader(const QString &header)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{4})\\s*(년|年)?\\s*([\\(\\[（].*[\\)\\]）])?\\s*$"));
    const auto m = re.match(header);
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt();
    return (y >= 1900 && y <= 2200) ? std::optional<int>(y) : std::nullopt;
}

std::optional<int> parseYear(const QString &text)
{
    if (text.size() == 4) {
        bool ok = false;
        const int y = text.toInt(&ok);
        if (ok)
            return (y >= 1900 && y <= 2200) ? std::optional<int>(y) : std::nullopt;
    }
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{4})(\\.0+)?\\s*(년|年)?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt();
    return (y >= 1900 && y <= 2200) ? std::optional<int>(y) : std::nullopt;
}

std::optional<int> yearOfDate(const QString &text)
{
    static const QRegularExpression dated(
        QStringLiteral("^\\s*(\\d{4})\\s*(?:[-./년]\\s*(\\d{1,2})\\s*(?:[-./월]\\s*(\\d{1,2})\\s*일?)?)?"
                       "(?:[ T].*)?$"));
    static const QRegularExpression compact(QStringLiteral("^\\s*(\\d{4})(\\d{2})(\\d{2})\\s*$"));
    static const QRegularExpression serial(QStringLiteral("^\\s*(\\d{4,5})(\\.\\d+)?\\s*$"));
    auto checked = [](int y, int m, int d) -> std::optional<int> {
        if (y < 1900 || y > 2200 || m < 0 || m > 12 || d < 0 || d > 31)
            return std::nullopt;
        return y;
    };
    if (auto m = compact.match(text); m.hasMatch())
        return checked(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = serial.match(text); m.hasMatch() && m.captured(1).size() == 5) {
        const QDate d = QDate(1899, 12, 30).addDays(m.captured(1).toInt());
        return checked(d.year(), 1, 1);
    }
    if (auto m = dated.match(text); m.hasMatch())
        return checked(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return std::nullopt;
}

bool isTotalLabel(const QString &text)
{
    static const QStringList labels = words("합계 계 총계 전체 total all grandtotal _t 총합계");
    QString t = text.trimmed().toLower();
    t.remove(QLatin1Char(' '));
    return labels.contains(t);
}

std::optional<Measure> measureFromText(const QString &text)
{
    if (auto m = measureFromId(text.trimmed()))
        return m;
    const QString t = normalizeHeader(text);
    if (t == QStringLiteral("실환자") || t == QStringLiteral("실환자수") || t == QStringLiteral("realpatients"))
        return Measure::RealPatients;
    if (t == QStringLiteral("진료과기준") || t == QStringLiteral("진료과기준환자수") || t == QStringLiteral("departmentbased"))
        return Measure::DepartmentBased;
    if (t == QStringLiteral("국가수") || t == QStringLiteral("countriesoforigin") || t == QStringLiteral("유치국가수"))
        return Measure::CountriesOfOrigin;
    return std::nullopt;
}

}  // namespace medtour
