#include "breadcrumb.h"

#include <model/language.h>
#include <model/observationcube.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <algorithm>

namespace medtour {

namespace {
const QString kRemoveMark = QStringLiteral(" ✕");
}

Breadcrumb::Breadcrumb(QWidget *parent)
    : QWidget(parent),
      m_layout(new QHBoxLayout(this)),
      m_root(new QToolButton(this)),
      m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("breadcrumb"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_root->setObjectName(QStringLiteral("breadcrumbRoot"));
    m_root->setAutoRaise(true);
    m_root->setFocusPolicy(Qt::StrongFocus);
    m_hint->setEnabled(false);
    m_layout->addWidget(m_root);
    m_layout->addWidget(m_hint);
    m_layout->addStretch(1);
    connect(m_root, &QToolButton::clicked, this, &Breadcrumb::clearAllRequested);
    retranslateUi();
    setFilter(FilterState{});
}

void Breadcrumb::retranslateUi()
{
    setAccessibleName(tr("Active filters"));
    m_root->setText(tr("All data ›"));
    m_root->setAccessibleName(tr("Clear every filter"));
    m_root->setToolTip(tr("Remove every filter and show all data"));
    m_hint->setText(tr("Click a slice or bar to filter every view to it; Esc goes back."));
}

void Breadcrumb::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        setFilter(m_filter);  // the chips in the new language
    }
}

void Breadcrumb::setCube(const ObservationCube &cube)
{
    m_names.clear();
    for (Dimension d : kAllDimensions) {
        const CategoryDictionary &dict = cube.dictionary(d);
        QHash<QString, Category> &names = m_names[static_cast<int>(d)];
        for (int code = 1; code < dict.size(); ++code) {
            const Category &c = dict.category(static_cast<std::uint16_t>(code));
            names.insert(c.id, c);
        }
    }
    setFilter(m_filter);
}

QString Breadcrumb::displayName(Dimension d, const QString &id) const
{
    const auto names = m_names.constFind(static_cast<int>(d));
    if (names == m_names.cend())
        return id;
    const auto found = names->constFind(id);
    return found == names->cend() ? id : localizedName(*found);
}

QToolButton *Breadcrumb::addChip(const QString &text, const QString &accessibleName)
{
    auto *chip = new QToolButton(this);
    chip->setText(text + kRemoveMark);
    chip->setAccessibleName(accessibleName);
    chip->setToolTip(accessibleName);
    chip->setFocusPolicy(Qt::StrongFocus);
    chip->setProperty("chip", true);
    chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 10px;"
                                       " padding: 2px 8px; background: palette(alternate-base); }"
                                       "QToolButton:focus { border: 2px solid palette(highlight); }"));
    m_layout->insertWidget(m_layout->indexOf(m_hint), chip);
    m_chips.append(chip);
    return chip;
}

void Breadcrumb::setFilter(const FilterState &filter)
{
    // Rebuilding keeps the code simple; the chips are a handful of buttons. A chip that had
    // the keyboard focus hands it to the root button so focus is never lost.
    m_filter = filter;
    const bool hadFocus = std::any_of(m_chips.cbegin(), m_chips.cend(), [](QToolButton *c) { return c->hasFocus(); });
    for (QToolButton *chip : std::as_const(m_chips))
        chip->deleteLater();
    for (QToolButton *chip : std::as_const(m_chips))
        chip->hide();
    m_chips.clear();
    for (Dimension d : kAllDimensions) {
        const QString label = dimensionLabel(d);
        if (filter.hasSelection(d)) {
            QStringList names;
            for (const QString &id : filter.selection(d))
                names.append(displayName(d, id));
            const QString values = names.join(tr(", ", "between the selected categories"));
            QToolButton *chip = addChip(tr("%1: %2", "chip: dimension: selected categories").arg(label, values),
                                        tr("Remove filter %1: %2").arg(label, values));
            connect(chip, &QToolButton::clicked, this, [this, d] { emit selectionRemoved(d); });
        }
        if (filter.isOtherExpanded(d)) {
            QToolButton *chip = addChip(tr("%1: Other expanded").arg(label),
                                        tr("Fold %1 back into top %2 and Other").arg(label.toLower()).arg(filter.topN));
            connect(chip, &QToolButton::clicked, this, [this, d] { emit expansionRemoved(d); });
        }
    }
    QWidget *previous = m_root;  // chips follow "All data" in the tab order, left to right
    for (QToolButton *chip : std::as_const(m_chips)) {
        setTabOrder(previous, chip);
        previous = chip;
    }
    m_hint->setVisible(m_chips.isEmpty());
    m_root->setEnabled(!m_chips.isEmpty());
    if (hadFocus)
        (m_chips.isEmpty() ? static_cast<QWidget *>(m_root) : m_chips.last())->setFocus();
}

QStringList Breadcrumb::chipTexts() const
{
    QStringList texts;
    for (const QToolButton *chip : m_chips)
        texts << chip->text();
    return texts;
}

}  // namespace medtour
