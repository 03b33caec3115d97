// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>
#include <QVariant>

#include <functional>

namespace stillpoint::ui {

// One change to one form field, as an undo step. The change has already happened in the widget
// when the command is pushed, so the first redo() does nothing. Consecutive typing in the same
// field merges into one step; a step that ends where it began disappears.
class FieldEditCommand final : public QUndoCommand
{
public:
    using Apply = std::function<void(const QVariant &)>;

    // `field` identifies the field; `mergeKey` is -1 for changes that never merge (a tick, a
    // removed row) and otherwise says which part of the field was typed into.
    FieldEditCommand(const void *field, int mergeKey, const QString &text, QVariant before,
                     QVariant after, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    const void *m_field;
    int m_mergeKey;
    QVariant m_before;
    QVariant m_after;
    Apply m_apply;
    bool m_skipFirstRedo = true; // the widget already shows m_after when pushed
};

} // namespace stillpoint::ui
