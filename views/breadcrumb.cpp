#include "breadcrumb.h"

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
    setAccessibleName(QStringLiteral("Active filters"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_root->setText(QStringLiteral("All data ›"));
    m_root->setObjectName(QStringLiteral("breadcrumbRoot"));
    m_root->setAccessibleName(QStringLiteral("Clear every filter"));
    m_root->setToolTip(QStringLiteral("Remove every filter and show all data"));
    m_root->setAutoRaise(true);
    m_root->setFocusPolicy(Qt::StrongFocus);
    m_hint->setText(QStringLiteral("Click a slice or bar to filter every view to it; Esc goes back."));
    m_hint->setEnabled(false);
    m_layout->addWidget(m_root);
    m_layout->addWidget(m_hint);
    m_layout->addStretch(1);
    connect(m_root, &QToolButton::clicked, this, &Breadcrumb::clearAllRequested);
    setFilter(FilterState{});
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
    const bool hadFocus = std::any_of(m_chips.cbegin(), m_chips.cend(), [](QToolButton *c) { return c->hasFocus(); });
    for (QToolButton *chip : std::as_const(m_chips))
        chip->deleteLater();
    for (QToolButton *chip : std::as_const(m_chips))
        chip->hide();
    m_chips.clear();
    for (Dimension d : kAllDimensions) {
        const QString label = dimensionLabel(d);
        if (filter.hasSelection(d)) {
            const QString values = filter.selection(d).join(QStringLiteral(", "));
            QToolButton *chip = addChip(QStringLiteral("%1: %2").arg(label, values),
                                        QStringLiteral("Remove filter %1: %2").arg(label, values));
            connect(chip, &QToolButton::clicked, this, [this, d] { emit selectionRemoved(d); });
        }
        if (filter.isOtherExpanded(d)) {
            QToolButton *chip = addChip(QStringLiteral("%1: Other expanded").arg(label),
                                        QStringLiteral("Fold %1 back into top %2 and Other").arg(label.toLower()).arg(filter.topN));
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
