#pragma once

#include <model/observationcube.h>

#include <QString>
#include <QStringList>

namespace medtour {

// Maps the category names of an imported file onto the ids of the built-in MOHW / KHIDI
// dataset (resources/data/FORMAT.md), so that a Korean file ("일본") and an English file
// ("Japan") give the same category ids. Names the built-in dataset does not know are kept as
// written (a Korean name is then both id and Korean name). Read-only after construction;
// the built-in dictionaries are loaded once per process (thread-safe).
class CategoryResolver
{
public:
    struct Resolved {
        bool total = false;        // 합계 / Total / _T / empty: the dimension is not broken down
        QString id;                // English id where known, else the text as written
        QString nameKo;            // Korean name where known
        bool isAggregate = false;  // combined category of the built-in dataset
        bool known = false;        // found in the built-in dataset
    };

    CategoryResolver();

    /// Resolves the category of dimension `d` written as `text` (English or Korean) and, when
    /// the file has one, `koText` (the Korean name column of the tidy layout).
    Resolved resolve(Dimension d, const QString &text, const QString &koText = {}) const;

    /// How many of `values` are names the built-in dataset knows for `d` (totals excluded).
    int knownCount(Dimension d, const QStringList &values) const;

    /// True when most letters of `text` are Hangul.
    static bool isKorean(const QString &text);

private:
    const ObservationCube &m_builtin;
};

}  // namespace medtour
