#include "appfonts.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace medtour {

QString dashboardFontFamily()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const char *candidate : {"Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Source Han Sans KR"}) {
            const QString name = QString::fromLatin1(candidate);
            if (families.contains(name))
                return name;
        }
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

void installApplicationFonts()
{
    const QString family = dashboardFontFamily();
    for (const char *generic : {"Sans Serif", "sans-serif", "Helvetica", "Arial", "DejaVu Sans"})
        QFont::insertSubstitution(QString::fromLatin1(generic), family);
    QFont font = QApplication::font();
    font.setFamily(family);
    QApplication::setFont(font);
}

}  // namespace medtour
