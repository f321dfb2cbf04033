#pragma once

#include <model/observationcube.h>

#include <QString>
#include <QStringList>

namespace medtour {

// Maps the category names of an imported file onto the ids of the built-in MOHW / KHIDI
// dataset (resources/data/FORMAT.md), so that a Korean file ("일본"), an English file
// ("Japan") and a Japanese one ("日本") give the same category id and the built-in Korean and
// Japanese names. Names the built-in dataset does not know are kept as written (a Korean name
// is then both id and Korean name; one with kana both id and Japanese name). Read-only after
// construction; the built-in dictionaries are loaded once per process (thread-safe).
class CategoryResolver
{
public:
    struct Resolved {
        bool total = false;        // 합계 / Total / _T / empty: the dimension is not broken down
        QString id;                // English id where known, else the text as written
        QString nameKo;            // Korean name where known
        bool isAggregate = false;  // combined category of the built-in dataset
        bool known = false;        // found in the built-in dataset
        QString nameJa;            // Japanese name where known
    };

    CategoryResolver();

    /// Resolves the category of dimension `d` written as `text` (English, Korean or Japanese)
    /// and, when the file has them, `koText` / `jaText` (the Korean and Japanese name columns
    /// of the tidy layout; used where the built-in dataset has no name).
    Resolved resolve(Dimension d, const QString &text, const QString &koText = {}, const QString &jaText = {}) const;

    /// How many of `values` are names the built-in dataset knows for `d` (totals excluded).
    int knownCount(Dimension d, const QStringList &values) const;

    /// True when most letters of `text` are Hangul.
    static bool isKorean(const QString &text);
    /// True when `text` has Hiragana or Katakana (Kanji alone may be Chinese).
    static bool hasKana(const QString &text);

private:
    const ObservationCube &m_builtin;
};

}  // namespace medtour
