#include "reportsetupdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSettings>

#include <algorithm>

namespace medtour {

namespace {
const QString kPaperKey = QStringLiteral("report/paper");
const QString kOrientationKey = QStringLiteral("report/orientation");
const QString kMarginKey = QStringLiteral("report/margin_mm");
const QString kObservationsKey = QStringLiteral("report/observations");
}  // namespace

ReportSetupDialog::ReportSetupDialog(QWidget *parent)
    : QDialog(parent), m_paper(new QComboBox(this)), m_orientation(new QComboBox(this)),
      m_margin(new QDoubleSpinBox(this)), m_observations(new QCheckBox(tr("Append the observations table"), this))
{
    setWindowTitle(tr("Report page setup"));
    m_paper->addItem(tr("A4 (210 × 297 mm)"), QStringLiteral("A4"));
    m_paper->addItem(tr("US Letter (8.5 × 11 in)"), QStringLiteral("Letter"));
    m_orientation->addItem(tr("Portrait"), QStringLiteral("portrait"));
    m_orientation->addItem(tr("Landscape"), QStringLiteral("landscape"));
    m_margin->setRange(5.0, 40.0);
    m_margin->setDecimals(1);
    m_margin->setSuffix(tr(" mm"));

    const ReportPageSetup setup = rememberedPageSetup();
    m_paper->setCurrentIndex(setup.paper == ReportPageSetup::Paper::Letter ? 1 : 0);
    m_orientation->setCurrentIndex(setup.orientation == QPageLayout::Landscape ? 1 : 0);
    m_margin->setValue(setup.marginsMm.left());
    m_observations->setChecked(rememberedIncludeObservations());
    m_observations->setToolTip(tr("The filtered data table, continued over as many pages as it needs"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Paper"), m_paper);
    form->addRow(tr("Orientation"), m_orientation);
    form->addRow(tr("Margins"), m_margin);
    form->addRow(QString(), m_observations);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

ReportPageSetup ReportSetupDialog::pageSetup() const
{
    ReportPageSetup setup;
    setup.paper = ReportPageSetup::paperFromName(m_paper->currentData().toString()).value_or(ReportPageSetup::Paper::A4);
    setup.orientation = ReportPageSetup::orientationFromName(m_orientation->currentData().toString())
                            .value_or(QPageLayout::Portrait);
    const qreal m = m_margin->value();
    setup.marginsMm = QMarginsF(m, m, m, m);
    return setup;
}

bool ReportSetupDialog::includeObservations() const
{
    return m_observations->isChecked();
}

void ReportSetupDialog::accept()
{
    const ReportPageSetup setup = pageSetup();
    QSettings settings;
    settings.setValue(kPaperKey, ReportPageSetup::paperName(setup.paper));
    settings.setValue(kOrientationKey, ReportPageSetup::orientationName(setup.orientation));
    settings.setValue(kMarginKey, setup.marginsMm.left());
    settings.setValue(kObservationsKey, includeObservations());
    QDialog::accept();
}

ReportPageSetup ReportSetupDialog::rememberedPageSetup()
{
    QSettings settings;
    ReportPageSetup setup;
    setup.paper = ReportPageSetup::paperFromName(settings.value(kPaperKey).toString()).value_or(setup.paper);
    setup.orientation = ReportPageSetup::orientationFromName(settings.value(kOrientationKey).toString())
                            .value_or(setup.orientation);
    const qreal m = std::clamp(settings.value(kMarginKey, 15.0).toDouble(), 5.0, 40.0);
    setup.marginsMm = QMarginsF(m, m, m, m);
    return setup;
}

bool ReportSetupDialog::rememberedIncludeObservations()
{
    return QSettings().value(kObservationsKey, false).toBool();
}

}  // namespace medtour
