#pragma once

#include <views/chartrender.h>

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QFormLayout;
class QSpinBox;
QT_END_NAMESPACE

namespace medtour {

// Asks for the PNG's pixel size and DPI (default 1600×1000 at 144 dpi) with presets (slide
// 16:9, half A4 page at 300 dpi, square) and the background (solid white or transparent); the
// choice is remembered in QSettings. Retranslates on a language switch. Owned by its parent window.
class PngExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PngExportDialog(QWidget *parent);

    /// The chosen size in pixels, DPI and background.
    PngOptions options() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QFormLayout *m_form = nullptr;
    QComboBox *m_preset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
    QComboBox *m_background;
};

}  // namespace medtour
