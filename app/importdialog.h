#pragma once

#include <model/import/importer.h>

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QTableWidget;
QT_END_NAMESPACE

namespace medtour {

// Asks how to read one file when the import is ambiguous (or on File > Import with preview…):
// shows the first 20 rows as read with the chosen encoding, delimiter (or XLSX sheet), and lets
// the user set the number locale, shape, measure and each column's role. The mapping is
// remembered per header (QSettings, key = SHA-1 of the header cells) and pre-selected the next
// time a file with the same header is opened. Reads only the file's first 2 MiB, on the UI thread.
// Retranslates on a language switch (role combos keep their choice).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 20;

    /// `initial`: the options tried so far (encoding/delimiter/sheet empty = detected);
    /// `suggested`: the importer's guess of the mapping (used when none is remembered).
    ImportDialog(const QString &path, const ImportOptions &initial, const std::optional<ImportSpec> &suggested,
                 QWidget *parent);

    /// The options to import with: encoding, delimiter or sheet, number locale and the spec.
    ImportOptions options() const;
    /// The header of the file as last read (empty when it could not be read).
    QStringList header() const;

    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QComboBox *numberLocaleCombo() const { return m_numberLocale; }
    QComboBox *shapeCombo() const { return m_shape; }
    QTableWidget *previewTable() const { return m_preview; }
    /// The role combo of column `column` (0-based), or nullptr.
    QComboBox *roleCombo(int column) const;
    /// The error of the last preview read, empty when it worked.
    QString previewError() const;

    /// The mapping remembered for a header, if any.
    static std::optional<ImportSpec> rememberedSpec(const QStringList &header);
    static void rememberSpec(const QStringList &header, const ImportSpec &spec);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reread();
    void showTable(const RawTable &table);
    void applySpec(const ImportSpec &spec);
    ImportSpec spec() const;

    QString m_path;
    QByteArray m_bytes;
    bool m_xlsx = false;
    std::optional<ImportSpec> m_suggested;
    QStringList m_header;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_sheet;
    QComboBox *m_numberLocale;
    QComboBox *m_shape;
    QComboBox *m_measure;
    QTableWidget *m_preview;
    QLabel *m_detected;
    QLabel *m_notes;
    QLabel *m_error;
    QLabel *m_rolesCaption = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFormLayout *m_form = nullptr;
    QHBoxLayout *m_encodingRow = nullptr;
    QString m_detectedEncoding;
    const char *m_note = nullptr;  // untranslated text of the note shown, null for the guesser's notes
};

}  // namespace medtour
