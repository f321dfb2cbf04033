#include <model/dashboardmodel.h>
#include <views/appfonts.h>
#include <views/kpistrip.h>

#include <QDir>
#include <QFontMetrics>
#include <QImage>
#include <QLabel>
#include <QLayout>

#include <gtest/gtest.h>

using namespace medtour;
using Kpi = KpiStrip::Kpi;

namespace {

class KpiStripTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        installApplicationFonts();
        ASSERT_FALSE(model.loadBuiltin().has_value());
        strip.setSummary(model.summary());
    }

    void applyFilter(Dimension d, const QString &id)
    {
        FilterState f = model.filter();
        f.selection(d) = QStringList{id};
        model.setFilter(f);
        strip.setSummary(model.summary());
    }

    DashboardModel model{nullptr};
    KpiStrip strip{nullptr};
};

}  // namespace

TEST_F(KpiStripTest, showsOfficialTotalAndGrowthFor2024)
{
    EXPECT_EQ(strip.titleText(Kpi::Total), QStringLiteral("Foreign patients 2024"));
    EXPECT_EQ(strip.valueText(Kpi::Total), QStringLiteral("1,170,467"));
    EXPECT_EQ(strip.valueText(Kpi::Growth), QStringLiteral("+93.2%"));
    EXPECT_TRUE(strip.detailText(Kpi::Growth).contains(QStringLiteral("2023")));
}

TEST_F(KpiStripTest, showsTopNationalityWithShareAndCount)
{
    const QString value = strip.valueText(Kpi::TopNationality);
    EXPECT_TRUE(value.contains(QStringLiteral("Japan"))) << qPrintable(value);
    EXPECT_TRUE(value.contains(QStringLiteral("37.7%"))) << qPrintable(value);
    EXPECT_TRUE(strip.detailText(Kpi::TopNationality).contains(QStringLiteral("441,112")));
    EXPECT_TRUE(strip.detailText(Kpi::TopNationality).contains(QStringLiteral("patients")));
}

TEST_F(KpiStripTest, labelsTopSpecialtyShareAsDepartmentBased)
{
    const QString value = strip.valueText(Kpi::TopSpecialty);
    EXPECT_TRUE(value.contains(QStringLiteral("Dermatology"))) << qPrintable(value);
    EXPECT_TRUE(value.contains(QStringLiteral("56.6%"))) << qPrintable(value);
    EXPECT_TRUE(strip.detailText(Kpi::TopSpecialty).contains(QStringLiteral("of department-based counts")));
    EXPECT_TRUE(strip.detailText(Kpi::TopSpecialty).contains(QStringLiteral("705,044")));
}

TEST_F(KpiStripTest, showsCountriesOfOriginUnfilteredAndNaWhenFiltered)
{
    EXPECT_EQ(strip.valueText(Kpi::CountriesOfOrigin), QStringLiteral("202"));
    applyFilter(Dimension::Nationality, QStringLiteral("Japan"));
    EXPECT_EQ(strip.valueText(Kpi::CountriesOfOrigin), QStringLiteral("n/a"));
    EXPECT_EQ(strip.detailText(Kpi::CountriesOfOrigin), QStringLiteral("Published only for all patients, unfiltered"));
    // Unfiltered data without the figure (a user's file) does not blame a filter.
    Summary unfiltered = model.summary();
    unfiltered.filtered = false;
    strip.setSummary(unfiltered);
    EXPECT_EQ(strip.detailText(Kpi::CountriesOfOrigin), QStringLiteral("Not in this dataset"));
}

TEST_F(KpiStripTest, namesDepartmentBasedTotalWhenASpecialtyIsSelected)
{
    applyFilter(Dimension::Specialty, QStringLiteral("Dermatology"));
    ASSERT_EQ(model.summary().totalMeasure, Measure::DepartmentBased);
    EXPECT_EQ(strip.titleText(Kpi::Total), QStringLiteral("Department-based count 2024"));
    EXPECT_EQ(strip.valueText(Kpi::Total), QStringLiteral("705,044"));
}

TEST_F(KpiStripTest, tooltipsGiveStatusAndSource)
{
    const QString tip = strip.toolTipText(Kpi::Total);
    EXPECT_TRUE(tip.contains(QStringLiteral("Status: exact"))) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(QStringLiteral("KHIDI"))) << qPrintable(tip);
}

TEST_F(KpiStripTest, missingValuesShowNaNeverZero)
{
    strip.setSummary(Summary{});
    for (Kpi k : {Kpi::Total, Kpi::Growth, Kpi::TopNationality, Kpi::TopSpecialty, Kpi::CountriesOfOrigin})
        EXPECT_EQ(strip.valueText(k), QStringLiteral("n/a"));
}

// A top nationality whose share is not known (a file without totals) reads "China", not
// "China n/a", which would say China had no data; the count stays in the detail.
TEST_F(KpiStripTest, aTopCategoryWithoutAShareShowsItsNameAlone)
{
    Summary s = model.summary();
    ASSERT_TRUE(s.topNationality.has_value());
    s.topNationality->cell.sharePct.reset();
    strip.setSummary(s);
    EXPECT_EQ(strip.valueText(Kpi::TopNationality), QStringLiteral("Japan"));
    EXPECT_TRUE(strip.detailText(Kpi::TopNationality).contains(QStringLiteral("441,112")));
}

TEST_F(KpiStripTest, fitsFiveCardsWithoutElisionAt1440Pixels)
{
    strip.resize(1440 - 2 * 12, strip.sizeHint().height());
    strip.show();
    strip.layout()->activate();
    const QList<QLabel *> labels = strip.findChildren<QLabel *>();
    ASSERT_EQ(labels.size(), 3 * KpiStrip::kCount);
    for (const QLabel *label : labels) {
        if (label->wordWrap())
            continue;  // titles and details wrap
        const int needed = label->fontMetrics().horizontalAdvance(label->text());
        EXPECT_LE(needed, label->contentsRect().width()) << qPrintable(label->text());
    }
    for (const QLabel *label : labels)
        EXPECT_GE(label->height(), label->heightForWidth(label->width())) << qPrintable(label->text());

    const QImage image = strip.grab().toImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), strip.width());
    if (qEnvironmentVariableIsSet("MEDTOUR_VIEW_PNG_DIR"))
        image.save(QDir(qEnvironmentVariable("MEDTOUR_VIEW_PNG_DIR")).filePath(QStringLiteral("kpistrip.png")));
}
