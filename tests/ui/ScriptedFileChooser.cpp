// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/ScriptedFileChooser.h"

namespace stillpoint::test {

QString ScriptedFileChooser::saveFileName(QWidget *, const QString &, const QString &suggestedPath,
                                          const QString &)
{
    m_suggested.append(suggestedPath);
    return m_answers.isEmpty() ? QString() : m_answers.takeFirst();
}

QString ScriptedFileChooser::openFileName(QWidget *, const QString &, const QString &folder,
                                          const QString &)
{
    m_suggested.append(folder);
    return m_answers.isEmpty() ? QString() : m_answers.takeFirst();
}

QString ScriptedFileChooser::existingFolder(QWidget *, const QString &, const QString &folder)
{
    m_suggested.append(folder);
    return m_answers.isEmpty() ? QString() : m_answers.takeFirst();
}

} // namespace stillpoint::test
