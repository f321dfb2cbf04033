#include "categoryresolver.h"

#include "headersynonyms.h"

#include <model/builtindataset.h>

#include <QHash>

namespace medtour {

namespace {

const ObservationCube &builtinCube()
{
    static const ObservationCube cube = [] {
        auto r = loadBuiltinDataset();
        return r.cube ? std::move(*r.cube) : ObservationCube{};
    }();
    return cube;
}

// Other spellings of the built-in categories seen in public tables.
const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("usa"), QStringLiteral("United States")},
        {QStringLiteral("us"), QStringLiteral("United States")},
        {QStringLiteral("u.s."), QStringLiteral("United States")},
        {QStringLiteral("united states of america"), QStringLiteral("United States")},
        {QStringLiteral("uae"), QStringLiteral("United Arab Emirates")},
        {QStringLiteral("아랍에미리트연합"), QStringLiteral("United Arab Emirates")},
        {QStringLiteral("viet nam"), QStringLiteral("Vietnam")},
        {QStringLiteral("russian federation"), QStringLiteral("Russia")},
        {QStringLiteral("중국(대만)"), QStringLiteral("Taiwan")},
        {QStringLiteral("성형"), QStringLiteral("Plastic surgery")},
        {QStringLiteral("피부"), QStringLiteral("Dermatology")},
    };
    return table;
}

}  // namespace

CategoryResolver::CategoryResolver()
    : m_builtin(builtinCube())
{
}

bool CategoryResolver::isKorean(const QString &text)
{
    int hangul = 0;
    int letters = 0;
    for (QChar c : text) {
        if (!c.isLetter())
            continue;
        ++letters;
        const ushort u = c.unicode();
        if ((u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F))
            ++hangul;
    }
    return letters > 0 && hangul * 2 > letters;
}

bool CategoryResolver::hasKana(const QString &text)
{
    for (QChar c : text) {
        const ushort u = c.unicode();
        if ((u >= 0x3041 && u <= 0x30FF) || (u >= 0x31F0 && u <= 0x31FF) || (u >= 0xFF66 && u <= 0xFF9D))
            return true;
    }
    return false;
}

CategoryResolver::Resolved CategoryResolver::resolve(Dimension d, const QString &text, const QString &koText,
                                                     const QString &jaText) const
{
    Resolved out;
    const QString t = text.trimmed();
    const QString ko = koText.trimmed();
    const QString ja = jaText.trimmed();
    if ((t.isEmpty() && ko.isEmpty()) || isTotalLabel(t) || (t.isEmpty() && isTotalLabel(ko))) {
        out.total = true;
        return out;
    }
    const CategoryDictionary &dict = m_builtin.dictionary(d);
    auto code = dict.find(t.isEmpty() ? ko : t);
    if (!code) {
        const QString alias = aliases().value((t.isEmpty() ? ko : t).toLower());
        if (!alias.isEmpty())
            code = dict.find(alias);
    }
    if (!code && !ko.isEmpty())
        code = dict.find(ko);
    if (!code && !ja.isEmpty())
        code = dict.find(ja);
    if (code && *code != kTotalCode) {
        const Category &c = dict.category(*code);
        out.id = c.id;
        out.nameKo = c.nameKo.isEmpty() ? ko : c.nameKo;
        out.nameJa = c.nameJa.isEmpty() ? ja : c.nameJa;
        out.isAggregate = c.isAggregate;
        out.known = true;
        return out;
    }
    if (t.isEmpty()) {
        out.id = ko;
        out.nameKo = ko;
    } else {
        out.id = t;
        out.nameKo = !ko.isEmpty() ? ko : (isKorean(t) ? t : QString());
    }
    out.nameJa = !ja.isEmpty() ? ja : (hasKana(out.id) ? out.id : QString());
    return out;
}

int CategoryResolver::knownCount(Dimension d, const QStringList &values) const
{
    int n = 0;
    for (const QString &v : values) {
        if (isTotalLabel(v) || v.trimmed().isEmpty())
            continue;
        if (resolve(d, v).known)
            ++n;
    }
    return n;
}

}  // namespace medtour
