// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/FileChooser.h"

#include <QStringList>

namespace stillpoint::test {

// A FileChooser for tests: answers with the paths queued (cancels when none is left) and
// remembers the suggested paths it was shown.
class ScriptedFileChooser final : public ui::FileChooser
{
public:
    void enqueue(const QString &path) { m_answers.append(path); }
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                         const QString &filter) override;
    const QStringList &suggested() const { return m_suggested; }

private:
    QStringList m_answers;
    QStringList m_suggested;
};

} // namespace stillpoint::test
