#include "pngexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace medtour {

namespace {
struct Preset {
    const char *name;
    int w;
    int h;
    int dpi;
};
const Preset kPresets[] = {
    {QT_TRANSLATE_NOOP("medtour::PngExportDialog", "Default (1600 × 1000, 144 dpi)"), 1600, 1000, 144},
    {QT_TRANSLATE_NOOP("medtour::PngExportDialog", "Slide 16:9 (1920 × 1080, 144 dpi)"), 1920, 1080, 144},
    {QT_TRANSLATE_NOOP("medtour::PngExportDialog", "Print, half A4 (2480 × 1754, 300 dpi)"), 2480, 1754, 300},
    {QT_TRANSLATE_NOOP("medtour::PngExportDialog", "Square (1200 × 1200, 144 dpi)"), 1200, 1200, 144},
};

void setLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}
}  // namespace

PngExportDialog::PngExportDialog(QWidget *parent)
    : QDialog(parent), m_preset(new QComboBox(this)), m_width(new QSpinBox(this)), m_height(new QSpinBox(this)),
      m_dpi(new QSpinBox(this)), m_background(new QComboBox(this))
{
    for (const Preset &p : kPresets)
        m_preset->addItem(QString(), QList<QVariant>{p.w, p.h, p.dpi});
    for (QSpinBox *box : {m_width, m_height})
        box->setRange(100, 20000);
    m_dpi->setRange(36, 1200);
    QSettings settings;
    m_width->setValue(settings.value(QStringLiteral("png/width"), 1600).toInt());
    m_height->setValue(settings.value(QStringLiteral("png/height"), 1000).toInt());
    m_dpi->setValue(settings.value(QStringLiteral("png/dpi"), 144).toInt());
    m_background->addItem(QString(), false);
    m_background->addItem(QString(), true);
    m_background->setCurrentIndex(settings.value(QStringLiteral("png/transparent"), false).toBool() ? 1 : 0);
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        const QList<QVariant> v = m_preset->itemData(index).toList();
        m_width->setValue(v.at(0).toInt());
        m_height->setValue(v.at(1).toInt());
        m_dpi->setValue(v.at(2).toInt());
    });
    m_form = new QFormLayout(this);
    for (QWidget *field : {static_cast<QWidget *>(m_preset), static_cast<QWidget *>(m_width),
                           static_cast<QWidget *>(m_height), static_cast<QWidget *>(m_dpi),
                           static_cast<QWidget *>(m_background)})
        m_form->addRow(QStringLiteral("-"), field);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_form->addRow(buttons);
    retranslateUi();
}

void PngExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export chart as PNG"));
    for (int i = 0; i < int(std::size(kPresets)); ++i)
        m_preset->setItemText(i, tr(kPresets[i].name));
    for (QSpinBox *box : {m_width, m_height})
        box->setSuffix(tr(" px"));
    m_dpi->setSuffix(tr(" dpi"));
    m_background->setItemText(0, tr("Solid white"));
    m_background->setItemText(1, tr("Transparent"));
    setLabel(m_form, m_preset, tr("Preset"));
    setLabel(m_form, m_width, tr("Width"));
    setLabel(m_form, m_height, tr("Height"));
    setLabel(m_form, m_dpi, tr("Resolution"));
    setLabel(m_form, m_background, tr("Background"));
}

void PngExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
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
