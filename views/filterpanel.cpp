#include "filterpanel.h"

#include "categorychecklist.h"

#include <model/observationcube.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace medtour {

namespace {
QSpinBox *makeYearSpin(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setRange(2009, 2024);
    // Typing "2015" must not emit 2, 20, 201 on the way: commit on Enter or focus loss.
    spin->setKeyboardTracking(false);
    return spin;
}

// The categories of `d` worth offering as a filter: those used by at least one observation that
// is not a combined row. Combined categories ("Japan+Taiwan (combined)") are not flagged in the
// dictionary when they occur in cross tables, so the rows decide; each row is read only while
// one of its categories is still unconfirmed, which keeps large cubes cheap.
QList<Category> offeredCategories(const ObservationCube &cube, Dimension d)
{
    const CategoryDictionary &dict = cube.dictionary(d);
    const int dim = static_cast<int>(d);
    std::vector<bool> offered(static_cast<size_t>(dict.size()), false);
    for (int i = 0; i < cube.rowCount(); ++i) {
        const std::uint16_t code = cube.key(i).codes[dim];
        if (code != kTotalCode && !offered[code] && !cube.row(i).isAggregate)
            offered[code] = true;
    }
    QList<Category> categories;
    for (int code = 1; code < dict.size(); ++code) {
        const Category &c = dict.category(static_cast<std::uint16_t>(code));
        if (offered[static_cast<size_t>(code)] && !c.isAggregate)
            categories << c;
    }
    return categories;
}
}  // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent),
      m_focusYear(new QComboBox(this)),
      m_fromYear(makeYearSpin(QStringLiteral("fromYear"), QStringLiteral("Year range from"), this)),
      m_toYear(makeYearSpin(QStringLiteral("toYear"), QStringLiteral("Year range to"), this)),
      m_topN(new QSpinBox(this)),
      m_reset(new QPushButton(QStringLiteral("&Reset filters"), this))
{
    setAccessibleName(QStringLiteral("Filters"));
    m_focusYear->setObjectName(QStringLiteral("focusYear"));
    m_focusYear->setAccessibleName(QStringLiteral("Focus year"));
    m_focusYear->setToolTip(QStringLiteral("Year of the KPIs, shares and specialty breakdown"));
    m_topN->setObjectName(QStringLiteral("topN"));
    m_topN->setAccessibleName(QStringLiteral("Top N categories"));
    m_topN->setToolTip(QStringLiteral("Categories shown before \"Other\" in ranked charts"));
    m_topN->setRange(1, kMaxTopN);
    m_topN->setKeyboardTracking(false);
    m_reset->setObjectName(QStringLiteral("resetFilters"));
    m_reset->setAccessibleName(QStringLiteral("Reset filters"));
    m_reset->setToolTip(QStringLiteral("All years, all categories, top 5"));

    auto *range = new QHBoxLayout;
    range->addWidget(m_fromYear, 1);
    auto *dash = new QLabel(QStringLiteral("to"), this);
    range->addWidget(dash);
    range->addWidget(m_toYear, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(QStringLiteral("&Focus year"), m_focusYear);
    form->addRow(QStringLiteral("&Years"), range);
    form->addRow(QStringLiteral("&Top N"), m_topN);
    if (auto *yearsLabel = qobject_cast<QLabel *>(form->labelForField(range)))
        yearsLabel->setBuddy(m_fromYear);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    for (Dimension d : kAllDimensions) {
        auto *list = new CategoryChecklist(d, d == Dimension::Nationality, this);
        m_lists[static_cast<int>(d)] = list;
        layout->addWidget(list, d == Dimension::Nationality ? 3 : 2);
        connect(list, &CategoryChecklist::selectionChanged, this, &FilterPanel::emitFromWidgets);
    }
    layout->addWidget(m_reset);

    connect(m_focusYear, &QComboBox::currentIndexChanged, this, &FilterPanel::emitFromWidgets);
    connect(m_fromYear, &QSpinBox::valueChanged, this, &FilterPanel::onFromYearEdited);
    connect(m_toYear, &QSpinBox::valueChanged, this, &FilterPanel::onToYearEdited);
    connect(m_topN, &QSpinBox::valueChanged, this, &FilterPanel::emitFromWidgets);
    connect(m_reset, &QPushButton::clicked, this, &FilterPanel::resetFilters);
}

void FilterPanel::setCube(const ObservationCube &cube)
{
    const std::vector<int> years = cube.years();
    if (!years.empty()) {
        m_minYear = years.front();
        m_maxYear = years.back();
    }
    {
        const QSignalBlocker b1(m_focusYear), b2(m_fromYear), b3(m_toYear);
        m_focusYear->clear();
        for (auto it = years.rbegin(); it != years.rend(); ++it)
            m_focusYear->addItem(QString::number(*it), *it);
        m_fromYear->setRange(m_minYear, m_maxYear);
        m_toYear->setRange(m_minYear, m_maxYear);
    }
    for (Dimension d : kAllDimensions) {
        const QSignalBlocker block(checklist(d));
        checklist(d)->setCategories(offeredCategories(cube, d));
    }
}

void FilterPanel::setFilter(const FilterState &filter)
{
    const QSignalBlocker b1(m_focusYear), b2(m_fromYear), b3(m_toYear), b4(m_topN);
    const int focusIndex = m_focusYear->findData(filter.focusYear);
    if (focusIndex >= 0)
        m_focusYear->setCurrentIndex(focusIndex);
    m_fromYear->setValue(filter.fromYear);
    m_toYear->setValue(filter.toYear);
    m_topN->setValue(filter.topN);
    for (Dimension d : kAllDimensions) {
        CategoryChecklist *list = checklist(d);
        const QSignalBlocker block(list);
        list->setSelection(filter.selection(d));
    }
}

FilterState FilterPanel::currentFilter() const
{
    FilterState f;
    f.focusYear = m_focusYear->currentIndex() >= 0 ? m_focusYear->currentData().toInt() : m_maxYear;
    f.fromYear = m_fromYear->value();
    f.toYear = m_toYear->value();
    f.topN = m_topN->value();
    for (Dimension d : kAllDimensions)
        f.selection(d) = checklist(d)->selection();
    return f;
}

FilterState FilterPanel::defaultFilter() const
{
    FilterState f;
    f.fromYear = m_minYear;
    f.toYear = m_maxYear;
    f.focusYear = m_maxYear;
    return f;
}

void FilterPanel::emitFromWidgets()
{
    emit filterChanged(currentFilter());
}

void FilterPanel::onFromYearEdited(int year)
{
    if (year > m_toYear->value()) {
        const QSignalBlocker block(m_toYear);
        m_toYear->setValue(year);  // keep from <= to: the range follows the edited end
    }
    emitFromWidgets();
}

void FilterPanel::onToYearEdited(int year)
{
    if (year < m_fromYear->value()) {
        const QSignalBlocker block(m_fromYear);
        m_fromYear->setValue(year);
    }
    emitFromWidgets();
}

void FilterPanel::resetFilters()
{
    checklist(Dimension::Nationality)->clearSearch();
    emit filterChanged(defaultFilter());
}

}  // namespace medtour
