#include "pngexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>

namespace medtour {

PngExportDialog::PngExportDialog(QWidget *parent)
    : QDialog(parent), m_preset(new QComboBox(this)), m_width(new QSpinBox(this)), m_height(new QSpinBox(this)),
      m_dpi(new QSpinBox(this)), m_background(new QComboBox(this))
{
    setWindowTitle(tr("Export chart as PNG"));
    struct Preset { QString name; int w; int h; int dpi; };
    const QList<Preset> presets = {{tr("Default (1600 × 1000, 144 dpi)"), 1600, 1000, 144},
                                   {tr("Slide 16:9 (1920 × 1080, 144 dpi)"), 1920, 1080, 144},
                                   {tr("Print, half A4 (2480 × 1754, 300 dpi)"), 2480, 1754, 300},
                                   {tr("Square (1200 × 1200, 144 dpi)"), 1200, 1200, 144}};
    for (const Preset &p : presets)
        m_preset->addItem(p.name, QList<QVariant>{p.w, p.h, p.dpi});
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(100, 20000);
        box->setSuffix(tr(" px"));
    }
    m_dpi->setRange(36, 1200);
    m_dpi->setSuffix(tr(" dpi"));
    QSettings settings;
    m_width->setValue(settings.value(QStringLiteral("png/width"), 1600).toInt());
    m_height->setValue(settings.value(QStringLiteral("png/height"), 1000).toInt());
    m_dpi->setValue(settings.value(QStringLiteral("png/dpi"), 144).toInt());
    m_background->addItem(tr("Solid white"), false);
    m_background->addItem(tr("Transparent"), true);
    m_background->setCurrentIndex(settings.value(QStringLiteral("png/transparent"), false).toBool() ? 1 : 0);
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        const QList<QVariant> v = m_preset->itemData(index).toList();
        m_width->setValue(v.at(0).toInt());
        m_height->setValue(v.at(1).toInt());
        m_dpi->setValue(v.at(2).toInt());
    });
    auto *form = new QFormLayout(this);
    form->addRow(tr("Preset"), m_preset);
    form->addRow(tr("Width"), m_width);
    form->addRow(tr("Height"), m_height);
    form->addRow(tr("Resolution"), m_dpi);
    form->addRow(tr("Background"), m_background);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

PngOptions PngExportDialog::options() const
{
    return PngOptions{QSize(m_width->value(), m_height->value()), m_dpi->value(), m_background->currentData().toBool()};
}

void PngExportDialog::accept()
{
    QSettings settings;
    settings.setValue(QStringLiteral("png/width"), m_width->value());
    settings.setValue(QStringLiteral("png/height"), m_height->value());
    settings.setValue(QStringLiteral("png/dpi"), m_dpi->value());
    settings.setValue(QStringLiteral("png/transparent"), m_background->currentData().toBool());
    QDialog::accept();
}

}  // namespace medtour
