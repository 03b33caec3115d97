// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/outcomes/DiaryFixture.h"

#include "core/outcomes/DiaryService.h"
#include "tests/ui/UiTestHelpers.h"

#include <QDir>
#include <QFile>

#include <stdexcept>

namespace stillpoint::test {

DiaryFixture::DiaryFixture(core::Role role)
    : clock(fixedClock()), session(currentSession(signIn(database.db(), role, clock)))
{
    clientId =
            addClient(database.db(),
                      makeClient(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1985, 4, 12)))
                    .id;
}

ui::DiaryMonthDialog::Services DiaryFixture::monthServices()
{
    return { database.db(), *session, prompter, clock };
}

ui::ExchangeServices DiaryFixture::importServices()
{
    return { database.db(), *session, prompter, files, clock };
}

QString DiaryFixture::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = QDir(folder.path()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw std::runtime_error("could not write the test file");
    return path;
}

QList<core::DiaryEntry> DiaryFixture::month(const QDate &anyDay)
{
    const auto rows =
            core::DiaryService(database.db(), clock).month(session->session(), clientId, anyDay);
    if (!rows)
        throw std::runtime_error(rows.error().message.toStdString());
    return rows.value();
}

QList<core::DiaryEntry> DiaryFixture::diary()
{
    const auto rows =
            core::DiaryService(database.db(), clock).entries(session->session(), clientId);
    if (!rows)
        throw std::runtime_error(rows.error().message.toStdString());
    return rows.value();
}

void DiaryFixture::store(const QDate &month, const QList<core::DiaryEntry> &rows)
{
    const auto saved = core::DiaryService(database.db(), clock)
                               .replaceMonth(session->session(), clientId, month, rows);
    if (!saved)
        throw std::runtime_error(saved.error().message.toStdString());
}

} // namespace stillpoint::test
