#include "categorychecklist.h"

#include <model/language.h>
#include <model/modelroles.h>

#include <QCollator>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace medtour {

namespace {
// Every name of an item, for the search: id, Korean and Japanese name (one per line).
constexpr int kSearchTextRole = Qt::UserRole + 40;
}  // namespace

// Distinct Alt+letter mnemonics across the filter panel.
QString CategoryChecklist::mnemonicLabel(Dimension d)
{
    switch (d) {
    case Dimension::Nationality: return tr("&Nationality");
    case Dimension::Specialty: return tr("&Specialty");
    case Dimension::InstitutionType: return tr("&Institution type");
    case Dimension::Region: return tr("Re&gion");
    }
    return dimensionLabel(d);
}

CategoryChecklist::CategoryChecklist(Dimension dimension, bool withSearch, QWidget *parent)
    : QWidget(parent),
      m_dimension(dimension),
      m_header(new QLabel(this)),
      m_items(new QStandardItemModel(this)),
      m_filtered(new QSortFilterProxyModel(this)),
      m_view(new QListView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_header);

    if (withSearch) {
        m_search = new QLineEdit(this);
        m_search->setObjectName(dimensionId(dimension) + QStringLiteral("Search"));
        m_search->setClearButtonEnabled(true);
        m_debounce = new QTimer(this);
        m_debounce->setObjectName(dimensionId(dimension) + QStringLiteral("SearchDebounce"));
        m_debounce->setSingleShot(true);
        m_debounce->setInterval(kSearchDebounceMs);
        connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
        connect(m_debounce, &QTimer::timeout, this, &CategoryChecklist::applySearch);
        layout->addWidget(m_search);
    }

    m_filtered->setSourceModel(m_items);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->setFilterRole(kSearchTextRole);
    m_view->setModel(m_filtered);
    m_view->setObjectName(dimensionId(dimension) + QStringLiteral("List"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_header->setBuddy(m_search ? static_cast<QWidget *>(m_search) : m_view);
    layout->addWidget(m_view, 1);

    connect(m_items, &QStandardItemModel::itemChanged, this, [this](QStandardItem *) {
        updateHeader();
        emit selectionChanged();
    });
    retranslateUi();
}

void CategoryChecklist::retranslateUi()
{
    const QString label = dimensionLabel(m_dimension);
    if (m_search) {
        m_search->setPlaceholderText(tr("Search %1 (English, 한국어, 日本語)", "%1 = dimension name").arg(label.toLower()));
        m_search->setAccessibleName(tr("Search %1", "%1 = dimension name").arg(label.toLower()));
    }
    m_view->setAccessibleName(tr("%1 filter", "%1 = dimension name").arg(label));
    m_view->setAccessibleDescription(tr("Check categories to filter; none checked means all"));
    updateHeader();
}

void CategoryChecklist::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    // Names in the new language, sorted in its order; the checked ids stay checked.
    const QStringList checked = selection();
    fillItems();
    setSelection(checked);
    retranslateUi();
}

void CategoryChecklist::setCategories(QList<Category> categories)
{
    m_categories = std::move(categories);
    fillItems();
}

void CategoryChecklist::fillItems()
{
    m_items->clear();
    QList<Category> categories = m_categories;
    QCollator collator(localeFor(currentLanguage()));
    collator.setNumericMode(true);
    std::sort(categories.begin(), categories.end(), [&collator](const Category &a, const Category &b) {
        return collator.compare(localizedName(a), localizedName(b)) < 0;
    });
    for (const Category &c : categories) {
        const QString text = localizedName(c);
        auto *item = new QStandardItem(text);
        item->setData(c.id, CategoryIdRole);
        item->setData(QStringList{c.id, c.nameKo, c.nameJa}.join(QLatin1Char('\n')), kSearchTextRole);
        // The English id too, when the name shown differs (it is what filters and the command
        // line use).
        item->setToolTip(text == c.id ? text : tr("%1 (%2)", "category name (its English id)").arg(text, c.id));
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(Qt::Unchecked);
        m_items->appendRow(item);
    }
    updateHeader();
}

void CategoryChecklist::setSelection(const QStringList &ids)
{
    {
        const QSignalBlocker block(this);
        for (int row = 0; row < m_items->rowCount(); ++row) {
            QStandardItem *item = m_items->item(row);
            const Qt::CheckState want = ids.contains(item->data(CategoryIdRole).toString()) ? Qt::Checked
                                                                                             : Qt::Unchecked;
            if (item->checkState() != want)
                item->setCheckState(want);
        }
    }
    updateHeader();
}

QStringList CategoryChecklist::selection() const
{
    QStringList ids;
    for (int row = 0; row < m_items->rowCount(); ++row) {
        const QStandardItem *item = m_items->item(row);
        if (item->checkState() == Qt::Checked)
            ids << item->data(CategoryIdRole).toString();
    }
    ids.sort();
    return ids;
}

void CategoryChecklist::applySearch()
{
    if (m_debounce)
        m_debounce->stop();
    m_filtered->setFilterFixedString(m_search ? m_search->text().trimmed() : QString());
}

bool CategoryChecklist::isSearchPending() const
{
    return m_debounce && m_debounce->isActive();
}

void CategoryChecklist::clearSearch()
{
    if (!m_search)
        return;
    m_search->clear();
    applySearch();
}

int CategoryChecklist::visibleCount() const
{
    return m_filtered->rowCount();
}

void CategoryChecklist::updateHeader()
{
    const int checked = static_cast<int>(selection().size());
    const QString state = checked == 0 ? tr("all", "no category checked: all are included")
                                       : tr("%1 of %2", "checked categories of all").arg(checked).arg(m_items->rowCount());
    m_header->setText(tr("%1 (%2)", "dimension (how many are checked)").arg(mnemonicLabel(m_dimension), state));
}

}  // namespace medtour
