#include "filterpanel.h"

#include "categorychecklist.h"

#include <model/language.h>
#include <model/observationcube.h>

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace medtour {

namespace {
QSpinBox *makeYearSpin(const QString &objectName, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
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
      m_fromYear(makeYearSpin(QStringLiteral("fromYear"), this)),
      m_toYear(makeYearSpin(QStringLiteral("toYear"), this)),
      m_topN(new QSpinBox(this)),
      m_reset(new QPushButton(this)),
      m_focusLabel(new QLabel(this)),
      m_yearsLabel(new QLabel(this)),
      m_toLabel(new QLabel(this)),
      m_topNLabel(new QLabel(this))
{
    m_focusYear->setObjectName(QStringLiteral("focusYear"));
    m_topN->setObjectName(QStringLiteral("topN"));
    m_topN->setRange(1, kMaxTopN);
    m_topN->setKeyboardTracking(false);
    m_reset->setObjectName(QStringLiteral("resetFilters"));
    m_focusLabel->setBuddy(m_focusYear);
    m_yearsLabel->setBuddy(m_fromYear);
    m_topNLabel->setBuddy(m_topN);

    auto *range = new QHBoxLayout;
    range->addWidget(m_fromYear, 1);
    range->addWidget(m_toLabel);
    range->addWidget(m_toYear, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_focusLabel, m_focusYear);
    form->addRow(m_yearsLabel, range);
    form->addRow(m_topNLabel, m_topN);

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
    retranslateUi();
}

void FilterPanel::retranslateUi()
{
    setAccessibleName(tr("Filters"));
    m_focusLabel->setText(tr("&Focus year"));
    m_yearsLabel->setText(tr("&Years"));
    m_toLabel->setText(tr("to", "year range: from … to …"));
    m_topNLabel->setText(tr("&Top N"));
    m_focusYear->setAccessibleName(tr("Focus year"));
    m_focusYear->setToolTip(tr("Year of the KPIs, shares and specialty breakdown"));
    // The combo box keeps its years as item data; only the shown texts change.
    for (int i = 0; i < m_focusYear->count(); ++i)
        m_focusYear->setItemText(i, formatYear(m_focusYear->itemData(i).toInt()));
    // "2024년" / "2024年": the spin boxes show the year's suffix of the language.
    const QString suffix = formatYear(2000).remove(QStringLiteral("2000"));
    m_fromYear->setAccessibleName(tr("Year range from"));
    m_toYear->setAccessibleName(tr("Year range to"));
    for (QSpinBox *spin : {m_fromYear, m_toYear}) {
        const QSignalBlocker block(spin);
        spin->setSuffix(suffix);
    }
    m_topN->setAccessibleName(tr("Top N categories"));
    m_topN->setToolTip(tr("Categories shown before \"Other\" in ranked charts"));
    m_reset->setText(tr("&Reset filters"));
    m_reset->setAccessibleName(tr("Reset filters"));
    m_reset->setToolTip(tr("All years, all categories, top 5"));
}

void FilterPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
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
            m_focusYear->addItem(formatYear(*it), *it);
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
