#include "comparisonview.h"

#include "chartfit.h"
#include "comparisonpalette.h"
#include "charttheme.h"

#include <model/language.h>
#include <model/observationcube.h>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace medtour {

ComparisonView::ComparisonView(ComparisonTableModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_kind(new QComboBox(this)),
      m_dimension(new QComboBox(this)),
      m_a(new QComboBox(this)),
      m_b(new QComboBox(this)),
      m_table(new QTableView(this)),
      m_unavailable(new QLabel(this)),
      m_chart(new QChart),
      m_bars(new QHorizontalBarSeries(m_chart)),
      m_names(new QBarCategoryAxis(m_chart)),
      m_values(new QCategoryAxis(m_chart)),
      m_kindLabel(new QLabel(this)),
      m_dimensionLabel(new QLabel(this)),
      m_aLabel(new QLabel(this)),
      m_bLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("comparisonView"));
    m_kind->addItem(QString(), static_cast<int>(ComparisonSpec::Kind::Years));
    m_kind->addItem(QString(), static_cast<int>(ComparisonSpec::Kind::Categories));
    for (Dimension d : kAllDimensions)
        m_dimension->addItem(QString(), static_cast<int>(d));
    for (QComboBox *combo : {m_kind, m_dimension, m_a, m_b})
        connect(combo, &QComboBox::activated, this, &ComparisonView::emitSpec);
    m_a->setObjectName(QStringLiteral("comparisonA"));
    m_b->setObjectName(QStringLiteral("comparisonB"));
    connect(m_kind, &QComboBox::activated, this, [this] { fillChoices(); emitSpec(); });
    connect(m_dimension, &QComboBox::activated, this, [this] { fillChoices(); emitSpec(); });

    auto *pickers = new QHBoxLayout;
    auto *form = new QFormLayout;
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_dimensionLabel, m_dimension);
    auto *ab = new QFormLayout;
    ab->addRow(m_aLabel, m_a);
    ab->addRow(m_bLabel, m_b);
    m_kindLabel->setBuddy(m_kind);
    m_dimensionLabel->setBuddy(m_dimension);
    m_aLabel->setBuddy(m_a);
    m_bLabel->setBuddy(m_b);
    pickers->addLayout(form);
    pickers->addLayout(ab);
    pickers->addStretch(1);

    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);

    m_chart->addSeries(m_bars);
    m_chart->addAxis(m_names, Qt::AlignLeft);
    m_chart->addAxis(m_values, Qt::AlignBottom);
    m_bars->attachAxis(m_names);
    m_bars->attachAxis(m_values);
    m_values->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    applyChartTheme(*m_chart);
    QMargins margins = m_chart->margins();
    margins.setRight(margins.right() + 24);  // room for the last value tick, centred on the axis end
    m_chart->setMargins(margins);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    auto *chartView = new QChartView(m_chart, this);  // takes the chart
    chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView = chartView;
    chartView->setMinimumSize(360, 220);

    m_unavailable->setWordWrap(true);
    m_unavailable->hide();
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(chartView);
    split->setChildrenCollapsible(false);
    split->setSizes({420, 700});  // proportions: the chart gets the larger part
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_unavailable);
    layout->addWidget(split, 1);
    setTabOrder(m_kind, m_dimension);
    setTabOrder(m_dimension, m_a);
    setTabOrder(m_a, m_b);
    setTabOrder(m_b, m_table);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ComparisonView::refreshChart);
    retranslateUi();
    refreshChart();
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::retranslateUi()
{
    m_kind->setItemText(0, tr("Two years"));
    m_kind->setItemText(1, tr("Two categories"));
    for (int i = 0; i < m_dimension->count(); ++i)
        m_dimension->setItemText(i, dimensionLabel(static_cast<Dimension>(m_dimension->itemData(i).toInt())));
    m_kind->setAccessibleName(tr("Compare what"));
    m_dimension->setAccessibleName(tr("Comparison dimension"));
    m_a->setAccessibleName(tr("Comparison A"));
    m_b->setAccessibleName(tr("Comparison B"));
    m_kindLabel->setText(tr("&Compare"));
    m_dimensionLabel->setText(tr("&Of"));
    m_aLabel->setText(tr("&A"));
    m_bLabel->setText(tr("&B"));
    m_table->setAccessibleName(tr("Comparison table"));
    m_chartView->setAccessibleName(tr("Comparison chart"));
}

void ComparisonView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    retranslateUi();
    fillChoices();  // names and years in the new language; the picked ids stay
    if (m_chart)
        applyChartFonts(*m_chart);
    refreshChart();
}

QChart *ComparisonView::chart() const
{
    return m_chart;
}

void ComparisonView::setCube(const ObservationCube &cube)
{
    m_cube = &cube;
    fillChoices();
}

void ComparisonView::fillChoices()
{
    if (!m_cube)
        return;
    const QSignalBlocker ba(m_a), bb(m_b);
    const QString oldA = m_a->currentData().toString();
    const QString oldB = m_b->currentData().toString();
    m_a->clear();
    m_b->clear();
    const bool years = m_kind->currentData().toInt() == static_cast<int>(ComparisonSpec::Kind::Years);
    if (years) {
        for (int y : m_cube->years()) {
            m_a->addItem(formatYear(y), QString::number(y));
            m_b->addItem(formatYear(y), QString::number(y));
        }
    } else {
        const auto &dict = m_cube->dictionary(static_cast<Dimension>(m_dimension->currentData().toInt()));
        for (int c = 1; c < dict.size(); ++c) {
            const Category &cat = dict.category(static_cast<std::uint16_t>(c));
            if (cat.isAggregate)
                continue;
            const QString text = localizedName(cat);
            m_a->addItem(text, cat.id);
            m_b->addItem(text, cat.id);
        }
    }
    auto pick = [](QComboBox *combo, const QString &wanted, int fallback) {
        const int i = combo->findData(wanted);
        combo->setCurrentIndex(i >= 0 ? i : std::clamp(fallback, 0, combo->count() - 1));
    };
    pick(m_a, oldA, m_a->count() - 2);
    pick(m_b, oldB, m_b->count() - 1);
}

void ComparisonView::setSpec(const ComparisonSpec &spec)
{
    const QSignalBlocker bk(m_kind), bd(m_dimension);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(spec.kind)));
    m_dimension->setCurrentIndex(m_dimension->findData(static_cast<int>(spec.dimension)));
    fillChoices();
    const bool years = spec.kind == ComparisonSpec::Kind::Years;
    const QSignalBlocker ba(m_a), bb(m_b);
    m_a->setCurrentIndex(m_a->findData(years ? QString::number(spec.yearA) : spec.categoryA));
    m_b->setCurrentIndex(m_b->findData(years ? QString::number(spec.yearB) : spec.categoryB));
}

ComparisonSpec ComparisonView::currentSpec() const
{
    ComparisonSpec s;
    s.kind = static_cast<ComparisonSpec::Kind>(m_kind->currentData().toInt());
    s.dimension = static_cast<Dimension>(m_dimension->currentData().toInt());
    if (s.kind == ComparisonSpec::Kind::Years) {
        s.yearA = m_a->currentData().toString().toInt();
        s.yearB = m_b->currentData().toString().toInt();
    } else {
        s.categoryA = m_a->currentData().toString();
        s.categoryB = m_b->currentData().toString();
    }
    return s;
}

void ComparisonView::emitSpec()
{
    emit specChanged(currentSpec());
}

void ComparisonView::refreshChart()
{
    if (!m_chart)
        return;
    m_unavailable->setText(m_model->unavailableReason());
    m_unavailable->setVisible(!m_model->unavailableReason().isEmpty());
    QList<const ComparisonTableModel::Row *> rows;
    for (const auto &r : m_model->rows()) {
        if (!r.isTotal && rows.size() < kMaxBars)
            rows.append(&r);
    }
    m_bars->clear();  // deletes the old sets (owned by the series)
    auto *a = new QBarSet(m_model->labelA());
    auto *b = new QBarSet(m_model->labelB());
    a->setColor(chartColor(1));
    b->setColor(chartColor(0));
    QStringList names;
    double high = 0;
    // Horizontal bars are drawn bottom-up: append in reverse so the first row is on top.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const auto *r = *it;
        *a << static_cast<double>(r->a.value.value_or(0));
        *b << static_cast<double>(r->b.value.value_or(0));
        high = std::max({high, static_cast<double>(r->a.value.value_or(0)), static_cast<double>(r->b.value.value_or(0))});
        names << r->displayName();
    }
    m_bars->append(a);
    m_bars->append(b);
    setNameLabels(*m_chart, *m_names, names);
    setValueTicks(*m_chart, *m_values, m_koreanUnits ? TickFormat::KoreanCount : TickFormat::Count, 0, std::max(high, 1.0));
    const QString title = m_model->spec().kind == ComparisonSpec::Kind::Years
        ? tr("%1: %2 vs %3").arg(dimensionLabel(m_model->spec().dimension), m_model->labelA(), m_model->labelB())
        : tr("%1 vs %2 by year").arg(m_model->labelA(), m_model->labelB());
    setChartTitle(*m_chart, title);
    setDarkMode(m_dark);
}

void ComparisonView::setKoreanUnits(bool on)
{
    if (on == m_koreanUnits)
        return;
    m_koreanUnits = on;
    refreshChart();
}

void ComparisonView::setDarkMode(bool dark)
{
    m_dark = dark;
    if (m_chart)
        setChartDarkMode(*m_chart, dark);
}

}  // namespace medtour
