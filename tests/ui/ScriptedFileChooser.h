// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/FileChooser.h"

#include <QStringList>

namespace stillpoint::test {

// A FileChooser for tests: answers every question (save, open, folder) with the next path queued
// (cancels when none is left) and remembers the suggested paths and folders it was shown.
class ScriptedFileChooser final : public ui::FileChooser
{
public:
    void enqueue(const QString &path) { m_answers.append(path); }
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                         const QString &filter) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &folder,
                         const QString &filter) override;
    QString existingFolder(QWidget *parent, const QString &title, const QString &folder) override;
    const QStringList &suggested() const { return m_suggested; }

private:
    QStringList m_answers;
    QStringList m_suggested;
};

} // namespace stillpoint::test
