#pragma once

#include <model/observation.h>

#include <QList>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTimer;
QT_END_NAMESPACE

namespace medtour {

// A multi-select list of the categories of one dimension, each a checkable item shown by its
// name in the current language ("Japan", "일본", "日本"; localizedName()) whose key is the
// English id (CategoryIdRole). Nothing checked means "all". Optionally has a search field
// (matching the id, the Korean and the Japanese name) whose filtering is debounced (200 ms).
// On a language switch the names are shown and sorted anew; the checked ids stay. Part of
// FilterPanel; owns its models and widgets. Emits selectionChanged() only for user edits.
class CategoryChecklist : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchDebounceMs = 200;

    CategoryChecklist(Dimension dimension, bool withSearch, QWidget *parent);

    /// Replaces the items with `categories` (sorted by their names in the current language).
    /// Clears the selection.
    void setCategories(QList<Category> categories);
    /// Checks exactly the items whose English id is in `ids` (unknown ids are ignored).
    void setSelection(const QStringList &ids);
    /// English ids of the checked items, sorted; empty = all.
    QStringList selection() const;

    /// Applies the search text now (the debounce timer's slot); clears a pending timer.
    void applySearch();
    bool isSearchPending() const;
    /// Clears the search field and shows every item.
    void clearSearch();
    /// Number of items visible under the current search.
    int visibleCount() const;

    QListView *listView() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

signals:
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHeader();
    void fillItems();
    void retranslateUi();
    static QString mnemonicLabel(Dimension d);

    Dimension m_dimension;
    QList<Category> m_categories;
    QLabel *m_header;
    QLineEdit *m_search = nullptr;
    QTimer *m_debounce = nullptr;
    QStandardItemModel *m_items;
    QSortFilterProxyModel *m_filtered;
    QListView *m_view;
};

}  // namespace medtour
