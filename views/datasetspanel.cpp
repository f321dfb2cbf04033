#include "datasetspanel.h"

#include <model/datasetregistry.h>

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace medtour {

namespace {

constexpr int kPad = 6;
constexpr int kMarker = 4;  // width of the bar marking the active dataset

// Paints one registry entry: a bold name (with "active" after it), grey provenance lines and,
// when there are warnings, an amber "⚠ N warnings" line.
class DatasetDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);

        p->save();
        const bool active = index.data(DatasetRegistry::IsActiveRole).toBool();
        const bool selected = opt.state & QStyle::State_Selected;
        if (active)
            p->fillRect(QRect(opt.rect.left(), opt.rect.top() + 2, kMarker, opt.rect.height() - 4), QColor(0x2e7d32));
        const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
        QRect r = opt.rect.adjusted(kPad + kMarker, kPad / 2, -kPad, -kPad / 2);
        QFont bold = opt.font;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(opt.palette.color(textRole));
        const QFontMetrics boldMetrics(bold);
        QString name = index.data(DatasetRegistry::NameRole).toString();
        const QString marker = active ? QStringLiteral("  ✓ ") + DatasetsPanel::tr("active") : QString();
        name = boldMetrics.elidedText(name, Qt::ElideMiddle, r.width() - boldMetrics.horizontalAdvance(marker));
        p->drawText(r, Qt::AlignLeft | Qt::AlignTop, name + marker);
        r.setTop(r.top() + boldMetrics.height());

        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        p->setFont(small);
        const QFontMetrics smallMetrics(small);
        p->setPen(selected ? opt.palette.color(textRole) : opt.palette.color(QPalette::Disabled, QPalette::Text));
        for (const QString &line : index.data(DatasetRegistry::ProvenanceRole).toStringList()) {
            p->drawText(r, Qt::AlignLeft | Qt::AlignTop, smallMetrics.elidedText(line, Qt::ElideRight, r.width()));
            r.setTop(r.top() + smallMetrics.height());
        }
        const int warnings = index.data(DatasetRegistry::WarningCountRole).toInt();
        if (warnings > 0) {
            p->setPen(selected ? opt.palette.color(textRole) : QColor(0xb26a00));
            p->drawText(r, Qt::AlignLeft | Qt::AlignTop, DatasetsPanel::tr("⚠ %1 warning(s) — hover for details").arg(warnings));
        }
        p->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        QFont bold = option.font;
        bold.setBold(true);
        int lines = static_cast<int>(index.data(DatasetRegistry::ProvenanceRole).toStringList().size());
        if (index.data(DatasetRegistry::WarningCountRole).toInt() > 0)
            ++lines;
        const int h = QFontMetrics(bold).height() + lines * QFontMetrics(small).height() + kPad;
        return {200, h + kPad / 2};
    }
};

}  // namespace

DatasetsPanel::DatasetsPanel(DatasetRegistry *registry, QWidget *parent)
    : QWidget(parent),
      m_registry(registry),
      m_list(new QListView(this)),
      m_activate(new QPushButton(this)),
      m_reload(new QPushButton(this)),
      m_remove(new QPushButton(this))
{
    m_list->setModel(registry);
    m_list->setItemDelegate(new DatasetDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    retranslateUi();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_activate);
    buttons->addWidget(m_reload);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_activate, &QPushButton::clicked, this, [this] { emit activateRequested(currentRow()); });
    connect(m_reload, &QPushButton::clicked, this, [this] { emit reloadRequested(currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(currentRow()); });
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex &i) { emit activateRequested(i.row()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &DatasetsPanel::updateButtons);
    connect(registry, &QAbstractItemModel::modelReset, this, &DatasetsPanel::updateButtons);
    connect(registry, &QAbstractItemModel::rowsInserted, this, &DatasetsPanel::updateButtons);
    connect(registry, &QAbstractItemModel::rowsRemoved, this, &DatasetsPanel::updateButtons);
    connect(registry, &QAbstractItemModel::dataChanged, this, &DatasetsPanel::updateButtons);
    if (registry->activeRow() >= 0)
        setCurrentRow(registry->activeRow());
    updateButtons();
}

void DatasetsPanel::retranslateUi()
{
    setAccessibleName(tr("Datasets"));
    m_list->setAccessibleName(tr("Loaded datasets"));
    m_activate->setText(tr("Make active"));
    m_reload->setText(tr("Reload"));
    m_remove->setText(tr("Remove"));
    m_activate->setToolTip(tr("Drive the dashboard with the selected dataset"));
    m_reload->setToolTip(tr("Read the selected file again with the same encoding and column mapping"));
    m_remove->setToolTip(tr("Forget the selected file (the built-in dataset stays)"));
}

void DatasetsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_list->doItemsLayout();  // "active" and the warning line are painted in the new language
        m_list->viewport()->update();
    }
}

int DatasetsPanel::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void DatasetsPanel::setCurrentRow(int row)
{
    m_list->setCurrentIndex(m_registry->index(row));
}

void DatasetsPanel::updateButtons()
{
    const int row = currentRow();
    const bool valid = row >= 0 && row < m_registry->rowCount();
    const bool builtin = valid && m_registry->entry(row).builtin;
    m_activate->setEnabled(valid && row != m_registry->activeRow());
    m_reload->setEnabled(valid && !builtin);
    m_remove->setEnabled(valid && !builtin);
}

}  // namespace medtour
