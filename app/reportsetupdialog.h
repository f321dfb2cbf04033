#pragma once

#include <views/reportpagesetup.h>

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
QT_END_NAMESPACE

namespace medtour {

// Page setup of the summary report (File > Page setup…): paper (A4 / Letter), orientation,
// margins in millimetres (one value for all sides) and whether to append the observations
// table. The choice is remembered in QSettings ("report/..."); print preview, Print… and the
// PDF export all read it through remembered(). Retranslates on a language switch. Owned by
// its parent window.
class ReportSetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportSetupDialog(QWidget *parent);

    ReportPageSetup pageSetup() const;
    bool includeObservations() const;

    /// Stores the dialog's choice in QSettings.
    void accept() override;

    /// The page setup last accepted (default A4 portrait, 15 mm margins).
    static ReportPageSetup rememberedPageSetup();
    /// Whether the observations table was last asked for (default false).
    static bool rememberedIncludeObservations();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QFormLayout *m_form = nullptr;
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QDoubleSpinBox *m_margin;
    QCheckBox *m_observations;
};

}  // namespace medtour
