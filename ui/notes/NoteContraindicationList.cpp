// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteContraindicationList.h"

#include "core/intake/IntakeCatalog.h"
#include "ui/intake/IntakeChoiceGroup.h"
#include "ui/intake/IntakeTabOrder.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

NoteContraindicationList::NoteContraindicationList(QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout),
      m_emptyLabel(new QLabel(tr("The client's signed intake lists no contraindications."), this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(2, 1);
    m_emptyLabel->setObjectName(QStringLiteral("contraindicationChecksEmptyLabel"));
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addWidget(m_emptyLabel);
}

QString NoteContraindicationList::label(const QString &key)
{
    const core::ContraindicationItem *item = core::IntakeCatalog::contraindication(key);
    return item ? item->label : key;
}

QList<core::ContraindicationCheck> NoteContraindicationList::checks() const
{
    QList<core::ContraindicationCheck> result;
    for (const Row &row : m_rows)
        result.append({ row.key, row.answer->answer(), row.note->text().trimmed() });
    return result;
}

void NoteContraindicationList::setChecks(const QList<core::ContraindicationCheck> &checks)
{
    bool sameKeys = checks.size() == m_rows.size();
    for (qsizetype i = 0; sameKeys && i < checks.size(); ++i)
        sameKeys = checks[i].key == m_rows[i].key;
    if (!sameKeys) {
        clearRows();
        for (const core::ContraindicationCheck &check : checks) {
            Row row;
            row.key = check.key;
            const int index = static_cast<int>(m_rows.size());
            const QString name = label(check.key);
            row.label = new QLabel(name, this);
            row.label->setTextFormat(Qt::PlainText);
            row.label->setWordWrap(true);
            row.answer = new IntakeChoiceGroup(
                    { tr("Not asked"), tr("No"), tr("Yes") }, tr("%1 still applies").arg(name),
                    QStringLiteral("contraindicationCheck%1_").arg(index), this);
            row.answer->setObjectName(QStringLiteral("contraindicationCheck_%1").arg(check.key));
            row.note = new QLineEdit(this);
            row.note->setObjectName(QStringLiteral("contraindicationCheckNote_%1").arg(check.key));
            row.note->setAccessibleName(tr("Note on %1").arg(name));
            row.note->setPlaceholderText(tr("Note (what changed, physician's approval)"));
            row.note->setReadOnly(m_readOnly);
            row.answer->setEnabled(!m_readOnly);
            m_grid->addWidget(row.label, index, 0);
            m_grid->addWidget(row.answer, index, 1);
            m_grid->addWidget(row.note, index, 2);
            connect(row.answer, &IntakeChoiceGroup::userChanged, this,
                    [this] { Q_EMIT edited(-1); });
            QLineEdit *note = row.note;
            connect(note, &QLineEdit::textEdited, this, [this, note] {
                for (int i = 0; i < count(); ++i)
                    if (m_rows[i].note == note)
                        Q_EMIT edited(i * 2 + 1);
            });
            m_rows.append(row);
            // Rows made after the window was built would otherwise come last in the tab order.
            QList<QWidget *> order;
            for (int i = 0; i < row.answer->count(); ++i)
                order << row.answer->button(i);
            order << row.note;
            IntakeTabOrder::insertBefore(m_emptyLabel, order);
        }
    }
    for (qsizetype i = 0; i < checks.size(); ++i) {
        m_rows[i].answer->setAnswer(checks[i].stillApplies);
        if (m_rows[i].note->text() != checks[i].note)
            m_rows[i].note->setText(checks[i].note);
    }
    m_emptyLabel->setVisible(m_rows.isEmpty());
}

IntakeChoiceGroup *NoteContraindicationList::answerGroup(int row) const
{
    return row >= 0 && row < count() ? m_rows[row].answer : nullptr;
}

QLineEdit *NoteContraindicationList::noteEdit(int row) const
{
    return row >= 0 && row < count() ? m_rows[row].note : nullptr;
}

QVariant NoteContraindicationList::value() const
{
    QStringList values;
    for (const Row &row : m_rows)
        values << QString::number(row.answer->value()) << row.note->text();
    return values;
}

void NoteContraindicationList::setValue(const QVariant &value)
{
    const QStringList values = value.toStringList();
    for (int i = 0; i < count() && 2 * i + 1 < values.size(); ++i) {
        m_rows[i].answer->setValue(values[2 * i].toInt());
        if (m_rows[i].note->text() != values[2 * i + 1])
            m_rows[i].note->setText(values[2 * i + 1]);
    }
}

void NoteContraindicationList::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Row &row : std::as_const(m_rows)) {
        row.answer->setEnabled(!readOnly);
        row.note->setReadOnly(readOnly);
    }
}

void NoteContraindicationList::clearRows()
{
    for (const Row &row : std::as_const(m_rows)) {
        for (QWidget *widget :
             { static_cast<QWidget *>(row.label), static_cast<QWidget *>(row.answer),
               static_cast<QWidget *>(row.note) }) {
            m_grid->removeWidget(widget);
            widget->hide();
            widget->deleteLater();
        }
    }
    m_rows.clear();
}

} // namespace stillpoint::ui
