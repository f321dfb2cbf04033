#include "chartviewoptions.h"

#include "growthchart.h"
#include "nationalitysharechart.h"
#include "specialtybreakdownchart.h"

namespace medtour {

namespace {

ValueKind valueKind(ChartValueKind k)
{
    return k == ChartValueKind::Share ? ValueKind::Share : ValueKind::Count;
}

SpecialtyBreakdownChart::Mode specialtyMode(SpecialtyChartMode m)
{
    switch (m) {
    case SpecialtyChartMode::StackedYears: return SpecialtyBreakdownChart::Mode::StackedYears;
    case SpecialtyChartMode::PercentYears: return SpecialtyBreakdownChart::Mode::PercentYears;
    case SpecialtyChartMode::GroupedYears: return SpecialtyBreakdownChart::Mode::GroupedYears;
    case SpecialtyChartMode::FocusYearBars: break;
    }
    return SpecialtyBreakdownChart::Mode::FocusYearBars;
}

}  // namespace

void applyViewToCharts(const ViewState &view, NationalityShareChart *shares, GrowthChart *growth,
                       SpecialtyBreakdownChart *specialties)
{
    if (shares) {
        shares->setMode(view.nationalityMode == ShareChartMode::RankedBars ? NationalityShareChart::Mode::RankedBars
                                                                           : NationalityShareChart::Mode::Donut);
        shares->setValueKind(valueKind(view.nationalityValueKind));
        shares->setKoreanUnits(view.koreanUnits);
    }
    if (growth) {
        growth->setLogScale(view.growthLogScale);
        growth->setKoreanUnits(view.koreanUnits);
    }
    if (specialties) {
        specialties->setMode(specialtyMode(view.specialtyMode));
        specialties->setValueKind(valueKind(view.specialtyValueKind));
        specialties->setKoreanUnits(view.koreanUnits);
    }
}

}  // namespace medtour
