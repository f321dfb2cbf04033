#include "reportsetupdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

#include <algorithm>

namespace medtour {

namespace {
const QString kPaperKey = QStringLiteral("report/paper");
const QString kOrientationKey = QStringLiteral("report/orientation");
const QString kMarginKey = QStringLiteral("report/margin_mm");
const QString kObservationsKey = QStringLiteral("report/observations");

void setLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}
}  // namespace

ReportSetupDialog::ReportSetupDialog(QWidget *parent)
    : QDialog(parent), m_paper(new QComboBox(this)), m_orientation(new QComboBox(this)),
      m_margin(new QDoubleSpinBox(this)), m_observations(new QCheckBox(this))
{
    m_paper->addItem(QString(), QStringLiteral("A4"));
    m_paper->addItem(QString(), QStringLiteral("Letter"));
    m_orientation->addItem(QString(), QStringLiteral("portrait"));
    m_orientation->addItem(QString(), QStringLiteral("landscape"));
    m_margin->setRange(5.0, 40.0);
    m_margin->setDecimals(1);

    const ReportPageSetup setup = rememberedPageSetup();
    m_paper->setCurrentIndex(setup.paper == ReportPageSetup::Paper::Letter ? 1 : 0);
    m_orientation->setCurrentIndex(setup.orientation == QPageLayout::Landscape ? 1 : 0);
    m_margin->setValue(setup.marginsMm.left());
    m_observations->setChecked(rememberedIncludeObservations());

    m_form = new QFormLayout(this);
    m_form->addRow(QStringLiteral("-"), m_paper);
    m_form->addRow(QStringLiteral("-"), m_orientation);
    m_form->addRow(QStringLiteral("-"), m_margin);
    m_form->addRow(QString(), m_observations);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_form->addRow(buttons);
    retranslateUi();
}

void ReportSetupDialog::retranslateUi()
{
    setWindowTitle(tr("Report page setup"));
    m_paper->setItemText(0, tr("A4 (210 × 297 mm)"));
    m_paper->setItemText(1, tr("US Letter (8.5 × 11 in)"));
    m_orientation->setItemText(0, tr("Portrait"));
    m_orientation->setItemText(1, tr("Landscape"));
    m_margin->setSuffix(tr(" mm"));
    m_observations->setText(tr("Append the observations table"));
    m_observations->setToolTip(tr("The filtered data table, continued over as many pages as it needs"));
    setLabel(m_form, m_paper, tr("Paper"));
    setLabel(m_form, m_orientation, tr("Orientation"));
    setLabel(m_form, m_margin, tr("Margins"));
}

void ReportSetupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
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
