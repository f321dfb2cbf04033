#include "importdialog.h"

#include "importoptionsjson.h"

#include <model/import/delimitedtext.h>
#include <model/import/headersynonyms.h>
#include <model/import/textdecoding.h>
#include <model/import/xlsxreader.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace medtour {

namespace {

constexpr qint64 kPreviewBytes = 2 * 1024 * 1024;

// The roles offered per column, in menu order.
struct RoleChoice {
    const char *label;
    ColumnRole role;
    std::optional<Dimension> dimension;
};
const RoleChoice kRoles[] = {
    {QT_TRANSLATE_NOOP("medtour::ImportDialog", "Ignore"), ColumnRole::Ignore, {}},
    {QT_TRANSLATE_NOOP("medtour::ImportDialog", "Year"), ColumnRole::Year, {}},
    {QT_TRANSLATE_NOOP("medtour::ImportDialog", "Date"), ColumnRole::Date, {}},
    {QT_TRANSLATE_NOOP("medtour::ImportDialog", "Nationality"), ColumnRole::Category, Dimension::Nationality},
    {QT_TRANSLATE_NOOP("medtour::ImportDialog", "Specialty"), ColumnRole::Category, Dimension::Specialty},
    {QT_TRANSLATE_NOOP("medtour::ImportDialog", "Institution type"), ColumnRole::Category, Dimension::InstitutionType},
    {QT_TRANSLATE_NOOP("medtour::ImportDialog", "Region"), ColumnRole::Category, Dimension::Region},
    {QT_TRANSLATE_NOOP("medtour::ImportDialog", "Patients (count)"), ColumnRole::Patients, {}},
    {QT_TRANSLATE_NOOP("medtour::ImportDialog", "Share (%)"), ColumnRole::Share, {}},
    {QT_TRANSLATE_NOOP("medtour::ImportDialog", "Year value (wide)"), ColumnRole::YearValue, {}},
    {QT_TRANSLATE_NOOP("medtour::ImportDialog", "Measure"), ColumnRole::Measure, {}},
    {QT_TRANSLATE_NOOP("medtour::ImportDialog", "Status"), ColumnRole::Status, {}},
    {QT_TRANSLATE_NOOP("medtour::ImportDialog", "Nationality, Korean name"), ColumnRole::CategoryKo, Dimension::Nationality},
    {QT_TRANSLATE_NOOP("medtour::ImportDialog", "Specialty, Korean name"), ColumnRole::CategoryKo, Dimension::Specialty},
    {QT_TRANSLATE_NOOP("medtour::ImportDialog", "Institution type, Korean name"), ColumnRole::CategoryKo, Dimension::InstitutionType},
    {QT_TRANSLATE_NOOP("medtour::ImportDialog", "Region, Korean name"), ColumnRole::CategoryKo, Dimension::Region},
    {QT_TRANSLATE_NOOP("medtour::ImportDialog", "Other (kept as attribute)"), ColumnRole::Other, {}},
};

int roleIndex(const ColumnMapping &m)
{
    for (int i = 0; i < int(std::size(kRoles)); ++i) {
        if (kRoles[i].role == m.role && (kRoles[i].dimension == m.dimension || !kRoles[i].dimension))
            return i;
    }
    return 0;
}

// The first 2 MiB of a text file, cut after its last complete line; a whole XLSX file.
QByteArray previewBytes(const QString &path, bool *xlsx)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.peek(4);
    *xlsx = head.startsWith("PK\x03\x04") || path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
    if (*xlsx || file.size() <= kPreviewBytes)
        return file.readAll();
    QByteArray bytes = file.read(kPreviewBytes);
    const int lastLf = bytes.lastIndexOf('\n');
    const bool utf16le = bytes.startsWith("\xFF\xFE");
    if (lastLf > 0)
        bytes.truncate(lastLf + (utf16le ? 2 : 1));
    return bytes;
}

QString plainEncoding(const QString &encoding)
{
    QString e = encoding;
    e.remove(QStringLiteral(" with BOM"));
    return e;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

// Row labels (QWidget or QLayout fields) and item texts re-set on a language switch.
template<typename Field>
void setLabel(QFormLayout *form, Field *field, const QString &text)
{
    if (auto *label = field ? qobject_cast<QLabel *>(form->labelForField(field)) : nullptr)
        label->setText(text);
}

void setItemTexts(QComboBox *combo, std::initializer_list<const char *> texts)
{
    int i = 0;
    for (const char *text : texts)
        combo->setItemText(i++, ImportDialog::tr(text));
}

}  // namespace

ImportDialog::ImportDialog(const QString &path, const ImportOptions &initial, const std::optional<ImportSpec> &suggested,
                           QWidget *parent)
    : QDialog(parent),
      m_path(path),
      m_suggested(initial.spec ? initial.spec : suggested),
      m_encoding(new QComboBox(this)),
      m_delimiter(new QComboBox(this)),
      m_sheet(new QComboBox(this)),
      m_numberLocale(new QComboBox(this)),
      m_shape(new QComboBox(this)),
      m_measure(new QComboBox(this)),
      m_preview(new QTableWidget(this)),
      m_detected(new QLabel(this)),
      m_notes(new QLabel(this)),
      m_error(new QLabel(this))
{
    m_bytes = previewBytes(path, &m_xlsx);
    for (const char *e : {"UTF-8", "UTF-16LE", "UTF-16BE", "CP949"})
        m_encoding->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    // Item texts are set by retranslateUi(); the data are the stable values.
    m_delimiter->addItem(QString(), QChar(QLatin1Char(',')));
    m_delimiter->addItem(QString(), QChar(QLatin1Char('\t')));
    m_delimiter->addItem(QString(), QChar(QLatin1Char(';')));
    m_numberLocale->addItem(QString(), int(NumberLocale::Auto));
    m_numberLocale->addItem(QStringLiteral("1,234.5"), int(NumberLocale::Dot));
    m_numberLocale->addItem(QStringLiteral("1.234,5"), int(NumberLocale::Comma));
    for (Shape shape : {Shape::Long, Shape::Wide, Shape::RecordLevel, Shape::Tidy})
        m_shape->addItem(QString(), int(shape));
    for (Measure measure : {Measure::RealPatients, Measure::DepartmentBased, Measure::CountriesOfOrigin})
        m_measure->addItem(QString(), int(measure));
    selectData(m_numberLocale, int(initial.numberLocale));

    auto *form = new QFormLayout;
    m_form = form;
    const QString placeholder = QStringLiteral("-");  // row labels: retranslateUi()
    form->addRow(placeholder, new QLabel(QFileInfo(path).fileName(), this));
    if (m_xlsx) {
        Error error;
        m_sheet->addItems(xlsxSheetNames(m_bytes, &error, path));
        if (!initial.sheet.isEmpty())
            m_sheet->setCurrentText(initial.sheet);
        form->addRow(placeholder, m_sheet);
        for (QWidget *unused : {static_cast<QWidget *>(m_encoding), static_cast<QWidget *>(m_delimiter),
                                static_cast<QWidget *>(m_detected)})
            unused->hide();
    } else {
        m_sheet->hide();
        m_encodingRow = new QHBoxLayout;
        m_encodingRow->addWidget(m_encoding);
        m_encodingRow->addWidget(m_detected, 1);
        form->addRow(placeholder, m_encodingRow);
        form->addRow(placeholder, m_delimiter);
    }
    form->addRow(placeholder, m_numberLocale);
    form->addRow(placeholder, m_shape);
    form->addRow(placeholder, m_measure);

    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    m_rolesCaption = new QLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_rolesCaption);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    // First read with the given options (empty = detect), then show what was detected.
    const QString detected = m_xlsx ? QString() : detectEncoding(m_bytes);
    m_detectedEncoding = detected;
    retranslateUi();
    const QString encoding = initial.encoding.isEmpty() ? plainEncoding(detected) : plainEncoding(initial.encoding);
    if (!encoding.isEmpty() && m_encoding->findData(encoding) < 0)
        m_encoding->addItem(encoding, encoding);
    selectData(m_encoding, encoding);
    if (!initial.delimiter.isNull())
        selectData(m_delimiter, initial.delimiter);
    else if (!m_xlsx) {
        TextReadOptions probe;
        probe.encoding = encoding;
        Error ignored;
        if (auto t = readDelimitedText(m_bytes, probe, path, &ignored))
            selectData(m_delimiter, t->delimiter);
    }
    reread();
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    resize(900, 620);
}

void ImportDialog::reread()
{
    Error error;
    std::optional<RawTable> table;
    if (m_xlsx) {
        table = readXlsx(m_bytes, m_sheet->currentText(), m_path, &error);
    } else {
        TextReadOptions text;
        text.encoding = m_encoding->currentData().toString();
        text.delimiter = m_delimiter->currentData().toChar();
        table = readDelimitedText(m_bytes, text, m_path, &error);
    }
    m_error->setText(table ? QString() : error.toString());
    m_error->setVisible(!table);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(table.has_value());
    if (!table) {
        m_header.clear();
        m_preview->clear();
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    const bool sameHeader = table->header == m_header;
    showTable(*table);
    if (sameHeader)
        return;
    m_note = nullptr;
    if (auto remembered = rememberedSpec(m_header)) {
        applySpec(*remembered);
        m_note = QT_TR_NOOP("Using the mapping remembered for this header.");
    } else if (m_suggested && m_suggested->columns.size() == m_header.size()) {
        applySpec(*m_suggested);
        m_note = QT_TR_NOOP("The importer's guess; check the roles marked below.");
    } else {
        bool ambiguous = false;
        QStringList notes;
        applySpec(guessSpec(*table, &ambiguous, &notes));
        m_notes->setText(notes.join(QLatin1Char('\n')));  // the guesser's own notes stay as they came
    }
    if (m_note)
        m_notes->setText(tr(m_note));
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(m_path).fileName()));
    setItemTexts(m_delimiter, {QT_TR_NOOP("Comma ,"), QT_TR_NOOP("Tab"), QT_TR_NOOP("Semicolon ;")});
    setItemTexts(m_numberLocale, {QT_TR_NOOP("Detect")});
    setItemTexts(m_shape, {QT_TR_NOOP("Long: one row per observation"), QT_TR_NOOP("Wide: one column per year"),
                           QT_TR_NOOP("Record-level: one row per patient or visit"),
                           QT_TR_NOOP("Tidy: MedTour observation layout")});
    setItemTexts(m_measure, {QT_TR_NOOP("Real patients"), QT_TR_NOOP("Department-based counts"),
                             QT_TR_NOOP("Countries of origin")});
    setLabel(m_form, m_form->itemAt(0, QFormLayout::FieldRole)->widget(), tr("File:"));
    setLabel(m_form, m_sheet, tr("Sheet:"));
    setLabel(m_form, m_encodingRow, tr("Encoding:"));
    setLabel(m_form, m_delimiter, tr("Delimiter:"));
    setLabel(m_form, m_numberLocale, tr("Numbers are written:"));
    setLabel(m_form, m_shape, tr("Shape:"));
    setLabel(m_form, m_measure, tr("Counts are:"));
    m_detected->setText(m_detectedEncoding.isEmpty() ? tr("(not detected)") : tr("(detected: %1)").arg(m_detectedEncoding));
    m_rolesCaption->setText(tr("Column roles and the first %1 rows:").arg(kPreviewRows));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    for (int c = 0; c < m_header.size(); ++c) {
        for (int i = 0; i < int(std::size(kRoles)); ++i)
            roleCombo(c)->setItemText(i, tr(kRoles[i].label));
    }
    if (m_preview->rowCount() > 0)
        m_preview->setVerticalHeaderItem(0, new QTableWidgetItem(tr("Role")));
    if (m_note)
        m_notes->setText(tr(m_note));
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportDialog::showTable(const RawTable &table)
{
    m_header = table.header;
    const int rows = std::min(kPreviewRows, int(table.rows.size()));
    m_preview->clear();
    m_preview->setColumnCount(int(m_header.size()));
    m_preview->setRowCount(rows + 1);
    m_preview->setHorizontalHeaderLabels(m_header);
    QStringList lines{tr("Role")};
    for (int c = 0; c < m_header.size(); ++c) {
        auto *combo = new QComboBox(m_preview);
        for (const RoleChoice &choice : kRoles)
            combo->addItem(tr(choice.label));
        m_preview->setCellWidget(0, c, combo);
    }
    for (int r = 0; r < rows; ++r) {
        const RawTable::Row &row = table.rows.at(r);
        lines << QString::number(row.line);
        for (int c = 0; c < std::min(int(row.cells.size()), int(m_header.size())); ++c)
            m_preview->setItem(r + 1, c, new QTableWidgetItem(row.cells.at(c)));
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_header.size(); ++c)
        m_preview->setColumnWidth(c, std::clamp(m_preview->columnWidth(c), 90, 240));
}

void ImportDialog::applySpec(const ImportSpec &spec)
{
    selectData(m_shape, int(spec.shape));
    selectData(m_measure, int(spec.measure));
    if (spec.numberLocale != NumberLocale::Auto)
        selectData(m_numberLocale, int(spec.numberLocale));
    for (int c = 0; c < m_header.size(); ++c) {
        if (QComboBox *combo = roleCombo(c))
            combo->setCurrentIndex(c < spec.columns.size() ? roleIndex(spec.columns.at(c)) : 0);
    }
}

ImportSpec ImportDialog::spec() const
{
    ImportSpec s;
    s.shape = Shape(m_shape->currentData().toInt());
    s.measure = Measure(m_measure->currentData().toInt());
    s.numberLocale = NumberLocale(m_numberLocale->currentData().toInt());
    for (int c = 0; c < m_header.size(); ++c) {
        const RoleChoice &choice = kRoles[std::max(0, roleCombo(c)->currentIndex())];
        ColumnMapping m;
        m.role = choice.role;
        m.dimension = choice.dimension;
        if (m.role == ColumnRole::YearValue)
            m.year = yearOfHeader(m_header.at(c)).value_or(0);
        s.columns << m;
    }
    return s;
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    if (m_xlsx) {
        o.sheet = m_sheet->currentText();
    } else {
        o.encoding = m_encoding->currentData().toString();
        o.delimiter = m_delimiter->currentData().toChar();
    }
    o.numberLocale = NumberLocale(m_numberLocale->currentData().toInt());
    o.spec = spec();
    return o;
}

QStringList ImportDialog::header() const
{
    return m_header;
}

QComboBox *ImportDialog::roleCombo(int column) const
{
    return qobject_cast<QComboBox *>(m_preview->cellWidget(0, column));
}

QString ImportDialog::previewError() const
{
    return m_error->text();
}

void ImportDialog::accept()
{
    if (m_header.isEmpty())
        return;
    rememberSpec(m_header, spec());
    QDialog::accept();
}

std::optional<ImportSpec> ImportDialog::rememberedSpec(const QStringList &header)
{
    return rememberedImportSpec(header);
}

void ImportDialog::rememberSpec(const QStringList &header, const ImportSpec &spec)
{
    rememberImportSpec(header, spec);
}

}  // namespace medtour
