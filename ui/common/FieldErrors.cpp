// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/FieldErrors.h"

#include "ui/common/FieldErrorLabel.h"

#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QWidget>

namespace stillpoint::ui {

QWidget *FieldErrors::wrap(QWidget *parent, QWidget *field, const QString &key, QWidget *trailing)
{
    auto *container = new QWidget(parent);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (trailing) {
        auto *row = new QHBoxLayout;
        row->addWidget(field);
        row->addWidget(trailing);
        row->addStretch();
        layout->addLayout(row);
    } else {
        layout->addWidget(field);
    }
    auto *label = new FieldErrorLabel(container);
    label->setObjectName(key + QStringLiteral("ErrorLabel"));
    layout->addWidget(label);
    m_labels.insert(key, label);
    m_targets.insert(key, field);
    m_order.append(key);
    return container;
}

void FieldErrors::setFocusTarget(const QString &key, QWidget *target)
{
    m_targets.insert(key, target);
}

void FieldErrors::setError(const QString &key, const QString &message)
{
    FieldErrorLabel *label = m_labels.value(key);
    if (!label)
        return;
    label->showMessage(message);
    // Screen readers announce the message with the field.
    if (QWidget *target = m_targets.value(key))
        target->setAccessibleDescription(message);
}

QString FieldErrors::error(const QString &key) const
{
    const FieldErrorLabel *label = m_labels.value(key);
    return label ? label->text() : QString();
}

QWidget *FieldErrors::focusTarget(const QString &key) const
{
    return m_targets.value(key);
}

QList<core::Error> FieldErrors::show(const QList<core::Error> &errors)
{
    QList<core::Error> unplaced;
    for (const core::Error &problem : errors) {
        if (!m_labels.contains(problem.field))
            unplaced.append(problem);
        else if (error(problem.field).isEmpty()) // the first message for a field is the basic one
            setError(problem.field, problem.message);
    }
    return unplaced;
}

void FieldErrors::clear()
{
    for (const QString &key : std::as_const(m_order))
        setError(key, {});
}

QString FieldErrors::firstKeyWithError() const
{
    for (const QString &key : m_order)
        if (!error(key).isEmpty())
            return key;
    return {};
}

} // namespace stillpoint::ui
