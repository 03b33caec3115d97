// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace stillpoint::ui {

class FieldErrorLabel;

// The validation messages of one form: a FieldErrorLabel under each field, found by the stable
// field key core puts in Error::field, and the fields' order so that the first bad one can be
// focused. Owns no widgets; the labels belong to the form.
class FieldErrors final
{
public:
    // Puts `field` (and an optional widget to its right) above a hidden error label in a new
    // container, registers them under `key` in form order and returns the container.
    QWidget *wrap(QWidget *parent, QWidget *field, const QString &key, QWidget *trailing = nullptr);
    // The widget to focus for `key`, when it is not the wrapped one (a section's first field).
    void setFocusTarget(const QString &key, QWidget *target);

    void setError(const QString &key, const QString &message);
    QString error(const QString &key) const;
    QWidget *focusTarget(const QString &key) const;
    bool contains(const QString &key) const { return m_labels.contains(key); }

    // Shows each error at its field (the first per field); returns those about no known field.
    QList<core::Error> show(const QList<core::Error> &errors);
    void clear();
    // The key of the first field, in form order, that shows a message; empty when none does.
    QString firstKeyWithError() const;

private:
    QHash<QString, FieldErrorLabel *> m_labels;
    QHash<QString, QWidget *> m_targets;
    QStringList m_order;
};

} // namespace stillpoint::ui
