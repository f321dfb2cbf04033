#include "appfonts.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace medtour {

QString dashboardFontFamily(Language lang)
{
    static const QStringList families = QFontDatabase::families();
    static const QStringList korean{QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans KR"),
                                    QStringLiteral("NanumGothic"), QStringLiteral("Source Han Sans KR")};
    static const QStringList japanese{QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Sans JP"),
                                      QStringLiteral("IPAexGothic"), QStringLiteral("Source Han Sans JP")};
    const QStringList &preferred = lang == Language::Japanese ? japanese : korean;
    const QStringList &second = lang == Language::Japanese ? korean : japanese;
    for (const QStringList *list : {&preferred, &second}) {
        for (const QString &name : *list) {
            if (families.contains(name))
                return name;
        }
    }
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

void installApplicationFonts()
{
    const QString family = dashboardFontFamily();
    for (const char *generic : {"Sans Serif", "sans-serif", "Helvetica", "Arial", "DejaVu Sans"})
        QFont::removeSubstitutions(QString::fromLatin1(generic));
    for (const char *generic : {"Sans Serif", "sans-serif", "Helvetica", "Arial", "DejaVu Sans"})
        QFont::insertSubstitution(QString::fromLatin1(generic), family);
    QFont font = QApplication::font();
    font.setFamily(family);
    QApplication::setFont(font);
}

}  // namespace medtour
