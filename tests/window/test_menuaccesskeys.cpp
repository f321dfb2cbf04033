// Access keys of the menus: no two entries of one menu share a letter, in English, Korean
// ("파일(&F)") and Japanese ("ファイル(&F)").
#include "builtinwindow.h"

#include <model/language.h>
#include <views/translations.h>

#include <QAction>
#include <QHash>
#include <QMenu>
#include <QMenuBar>

#include <gtest/gtest.h>

#include <functional>

using namespace medtour;

namespace {
// The mnemonic letter of a menu text ("&Open" → 'O', "열기(&O)" → 'O'); null without one.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// "File: Open view… and Print preview… share V" for every menu (recursively) of `bar`.
QStringList mnemonicClashes(QMenuBar *bar)
{
    QStringList clashes;
    std::function<void(QMenu *)> check = [&](QMenu *menu) {
        QHash<QChar, QString> seen;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QChar m = mnemonicOf(action->text());
            if (!m.isNull()) {
                if (seen.contains(m))
                    clashes << QStringLiteral("%1: \"%2\" and \"%3\" share %4").arg(menu->title(), seen.value(m), action->text(), m);
                seen.insert(m, action->text());
            }
            if (action->menu())
                check(action->menu());
        }
    };
    QHash<QChar, QString> top;
    for (QAction *action : bar->actions()) {
        const QChar m = mnemonicOf(action->text());
        if (!m.isNull() && top.contains(m))
            clashes << QStringLiteral("menu bar: \"%1\" and \"%2\" share %3").arg(top.value(m), action->text(), m);
        top.insert(m, action->text());
        if (action->menu())
            check(action->menu());
    }
    return clashes;
}
}  // namespace

TEST(MenuAccessKeys, noTwoEntriesOfAMenuShareOneInAnyLanguage)
{
    test::BuiltinWindow f;
    for (Language lang : {Language::English, Language::Korean, Language::Japanese}) {
        applyLanguage(lang);
        const QStringList clashes = mnemonicClashes(f.window->menuBar());
        EXPECT_TRUE(clashes.isEmpty()) << languageId(lang).toStdString() << ":\n" << clashes.join(u'\n').toStdString();
    }
    applyLanguage(Language::English);
}
