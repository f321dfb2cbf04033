#include "categorychecklist.h"

#include <model/modelroles.h>

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
// Distinct Alt+letter mnemonics across the filter panel.
QString mnemonicLabel(Dimension d)
{
    switch (d) {
    case Dimension::Nationality: return QStringLiteral("&Nationality");
    case Dimension::Specialty: return QStringLiteral("&Specialty");
    case Dimension::InstitutionType: return QStringLiteral("&Institution type");
    case Dimension::Region: return QStringLiteral("Re&gion");
    }
    return dimensionLabel(d);
}
}  // namespace

CategoryChecklist::CategoryChecklist(Dimension dimension, bool withSearch, QWidget *parent)
    : QWidget(parent),
      m_dimension(dimension),
      m_header(new QLabel(this)),
      m_items(new QStandardItemModel(this)),
      m_filtered(new QSortFilterProxyModel(this)),
      m_view(new QListView(this))
{
    const QString label = dimensionLabel(dimension);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_header);

    if (withSearch) {
        m_search = new QLineEdit(this);
        m_search->setObjectName(dimensionId(dimension) + QStringLiteral("Search"));
        m_search->setPlaceholderText(QStringLiteral("Search %1 (English or 한국어)").arg(label.toLower()));
        m_search->setClearButtonEnabled(true);
        m_search->setAccessibleName(QStringLiteral("Search %1").arg(label.toLower()));
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
    m_view->setModel(m_filtered);
    m_view->setObjectName(dimensionId(dimension) + QStringLiteral("List"));
    m_view->setAccessibleName(QStringLiteral("%1 filter").arg(label));
    m_view->setAccessibleDescription(QStringLiteral("Check categories to filter; none checked means all"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_header->setBuddy(m_search ? static_cast<QWidget *>(m_search) : m_view);
    layout->addWidget(m_view, 1);

    connect(m_items, &QStandardItemModel::itemChanged, this, [this](QStandardItem *) {
        updateHeader();
        emit selectionChanged();
    });
    updateHeader();
}

void CategoryChecklist::setCategories(QList<Category> categories)
{
    m_items->clear();
    std::sort(categories.begin(), categories.end(),
              [](const Category &a, const Category &b) { return a.id.localeAwareCompare(b.id) < 0; });
    for (const Category &c : categories) {
        const QString text = c.nameKo.isEmpty() ? c.id : QStringLiteral("%1 · %2").arg(c.id, c.nameKo);
        auto *item = new QStandardItem(text);
        item->setData(c.id, CategoryIdRole);
        item->setToolTip(text);
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
    const QString state = checked == 0 ? QStringLiteral("all")
                                       : QStringLiteral("%1 of %2").arg(checked).arg(m_items->rowCount());
    m_header->setText(QStringLiteral("%1 (%2)").arg(mnemonicLabel(m_dimension), state));
}

}  // namespace medtour
