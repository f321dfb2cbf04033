#include "datatableview.h"

#include <model/datasetmodel.h>

#include <QAbstractProxyModel>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace medtour {

namespace {
using Column = DatasetModel::Column;

// A typical long cell per column: widths follow the font, not the data (cheap for big data).
QString sampleText(Column c)
{
    switch (c) {
    case Column::Year: return QStringLiteral("2024");
    case Column::Measure: return QStringLiteral("department_based");
    case Column::Nationality: return QStringLiteral("United States (미국)");
    case Column::Specialty: return QStringLiteral("Health screening center (검진센터)");
    case Column::InstitutionType: return QStringLiteral("General hospital (종합병원)");
    case Column::Region: return QStringLiteral("Gyeonggi (경기)");
    case Column::Value: return QStringLiteral("≈1,170,467");
    case Column::Share: return QStringLiteral("≈100.0%");
    case Column::Status: return statusLabel(ObservationStatus::Rounded10000);
    case Column::Sources: return QStringLiteral("S100; S78");
    default: return {};
    }
}
}  // namespace

DataTableView::DataTableView(QWidget *parent)
    : QWidget(parent), m_table(new QTableView(this)), m_rowCount(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("observationsTable"));
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);  // long notes are elided; the tooltip has the text
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_rowCount->setObjectName(QStringLiteral("rowCount"));
    m_rowCount->setTextFormat(Qt::PlainText);
    m_rowCount->setContentsMargins(4, 0, 4, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_rowCount);
    setFocusProxy(m_table);
    retranslateUi();
}

void DataTableView::retranslateUi()
{
    m_table->setAccessibleName(tr("Observations"));
    m_rowCount->setAccessibleName(tr("Observation count"));
    updateRowCount();
}

void DataTableView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_model)
            applyColumnWidths();  // the headers have new texts (the model retranslates them)
    }
}

void DataTableView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_table->setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &DataTableView::updateRowCount);
        connect(model, &QAbstractItemModel::layoutChanged, this, &DataTableView::updateRowCount);
        connect(model, &QAbstractItemModel::rowsInserted, this, &DataTableView::updateRowCount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &DataTableView::updateRowCount);
        applyColumnWidths();
        m_table->sortByColumn(static_cast<int>(Column::Year), Qt::AscendingOrder);
    }
    updateRowCount();
}

QString DataTableView::rowCountText() const
{
    return m_rowCount->text();
}

void DataTableView::updateRowCount()
{
    if (!m_model) {
        m_rowCount->setText(tr("No data"));
        return;
    }
    const int shown = m_model->rowCount();
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_model);
    const int total = proxy && proxy->sourceModel() ? proxy->sourceModel()->rowCount() : shown;
    const QLocale locale(QLocale::English);
    // Digits grouped as everywhere in the dashboard ("1,170,467"), whatever the language.
    m_rowCount->setText(shown == total ? tr("%1 observations").arg(locale.toString(total))
                                       : tr("%1 of %2 observations").arg(locale.toString(shown), locale.toString(total)));
}

void DataTableView::applyColumnWidths()
{
    const QFontMetrics cell = m_table->fontMetrics();
    const QFontMetrics header = m_table->horizontalHeader()->fontMetrics();
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_HeaderMargin) + 24;  // sort arrow
    for (int c = 0; c < static_cast<int>(Column::Note) && c < m_model->columnCount(); ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        const int width = std::max(cell.horizontalAdvance(sampleText(static_cast<Column>(c))),
                                   header.horizontalAdvance(title));
        m_table->horizontalHeader()->resizeSection(c, width + padding);
    }
}

}  // namespace medtour
