// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/ClientRepository.h"
#include "core/clients/ClientService.h"
#include "core/demo/DemoPractice.h"
#include "core/exchange/BackupWriter.h"
#include "core/exchange/ClientRecordExport.h"
#include "core/exchange/PracticeExport.h"
#include "core/security/AuditTrail.h"
#include "core/storage/Database.h"
#include "tests/core/exchange/BackupFixture.h"
#include "tests/core/exchange/ExportFixture.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <csignal>

#include <sys/resource.h>

using namespace stillpoint;
using namespace stillpoint::core;

namespace {

// While it lives, no file of this process may grow past `bytes`: a write beyond fails as on a
// full disk (EFBIG instead of ENOSPC), which needs neither root nor a small file system.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes)
    {
        REQUIRE(getrlimit(RLIMIT_FSIZE, &m_saved) == 0);
        m_previous = std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails, not the process
        rlimit limited = m_saved;
        limited.rlim_cur = static_cast<rlim_t>(bytes);
        REQUIRE(setrlimit(RLIMIT_FSIZE, &limited) == 0);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_previous);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved{};
    void (*m_previous)(int) = nullptr;
};

qint64 pragma(Database &database, const QString &statement)
{
    QSqlQuery q(database.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + statement));
    return q.next() ? q.value(0).toLongLong() : 0;
}

// Leftovers of a backup in a folder: temporary files and copies.
QStringList leftovers(const QString &folder)
{
    QStringList files = test::filesIn(folder);
    files.removeAll(QStringLiteral("practice.stillpoint"));
    files.removeAll(QStringLiteral("practice.stillpoint-wal"));
    files.removeAll(QStringLiteral("practice.stillpoint-shm"));
    return files;
}

} // namespace

TEST_CASE("a save on a full disk fails with a clear message and the practice stays intact",
          "[diskfull]")
{
    test::BackupFixture f(5);
    ClientService clients(f.practice.db(), f.clock);
    const qint64 pages = pragma(f.practice.db(), QStringLiteral("page_count"));
    // The file may not grow by more than three pages: as if the disk were nearly full.
    pragma(f.practice.db(), QStringLiteral("max_page_count = %1").arg(pages + 3));

    QList<qint64> saved;
    std::optional<Error> failure;
    for (const Client &client : DemoPractice::makeClients(300, f.clock.today(), 7)) {
        auto created = clients.create(f.owner, client);
        if (!created) {
            failure = created.error();
            break;
        }
        saved << created->id;
    }
    REQUIRE(failure.has_value());
    INFO(failure->message.toStdString());
    CHECK(failure->message.contains(QLatin1String("the disk is full")));
    CHECK(failure->message.contains(QLatin1String("nothing was saved")));

    pragma(f.practice.db(), QStringLiteral("max_page_count = 1073741823"));
    CHECK(f.practice.db().check().ok());
    CHECK(AuditTrail(f.practice.db()).verify()->ok());
    for (const qint64 id : std::as_const(saved))
        CHECK(clients.find(f.owner, id).ok());
    ClientQuery everyone;
    everyone.includeArchived = true;
    CHECK(clients.count(f.owner, everyone).value() == 5 + saved.size());
    // With room again, saving works.
    CHECK(clients.create(f.owner, DemoPractice::makeClients(1, f.clock.today(), 8).constFirst())
                  .ok());
}

TEST_CASE("a plain backup that cannot be completed leaves no file behind", "[diskfull][backup]")
{
    test::BackupFixture f(60);
    REQUIRE(pragma(f.practice.db(), QStringLiteral("page_count"))
                    * pragma(f.practice.db(), QStringLiteral("page_size"))
            > 256 * 1024);
    const QString target = f.elsewherePath(QStringLiteral("b.stillpoint"));
    Result<BackupReport> made = makeError(ErrorCode::Io, QString());
    {
        const FileSizeLimit full(64 * 1024);
        made = BackupWriter::write(f.practice.path(), test::BackupFixture::request(target),
                                   f.clock.nowUtc());
    }
    REQUIRE_FALSE(made.ok());
    INFO(made.error().message.toStdString());
    CHECK(made.error().message.contains(QLatin1String("could not be made")));
    CHECK(made.error().message.contains(QLatin1String("full")));
    CHECK(made.error().message.contains(QLatin1String("the practice file is unchanged")));
    CHECK(test::filesIn(f.elsewhere.path()).isEmpty());
    CHECK(leftovers(f.practice.dirPath()).isEmpty());
    CHECK(f.practice.db().check().ok());
}

TEST_CASE("an encrypted backup that runs out of room half-way leaves no file behind",
          "[diskfull][backup]")
{
    test::BackupFixture f(60);
    // How big the plain copy is: the encrypted file is a little bigger than that.
    const QString probe = f.elsewherePath(QStringLiteral("probe.stillpoint"));
    auto plain = BackupWriter::write(f.practice.path(), test::BackupFixture::request(probe),
                                     f.clock.nowUtc());
    REQUIRE(plain.ok());
    const qint64 copySize = plain->bytes;
    REQUIRE(QFile::remove(probe));

    const QString target = f.elsewherePath(QStringLiteral("b.stillpoint-backup"));
    Result<BackupReport> made = makeError(ErrorCode::Io, QString());
    {
        // Room for the plain copy, not for the encrypted file's headers and tags on top.
        const FileSizeLimit full(copySize + 64);
        made = BackupWriter::write(
                f.practice.path(),
                test::BackupFixture::request(target, QStringLiteral("correct horse")),
                f.clock.nowUtc());
    }
    REQUIRE_FALSE(made.ok());
    INFO(made.error().message.toStdString());
    CHECK(made.error().message.contains(
            QLatin1String("could not be written: the disk may be full")));
    CHECK(test::filesIn(f.elsewhere.path()).isEmpty());
    CHECK(leftovers(f.practice.dirPath()).isEmpty());
}

TEST_CASE("a failed backup is audited and the practice stays intact", "[diskfull][backup]")
{
    test::BackupFixture f(60);
    // An empty write-ahead log, so that the audit row still fits under the limit below.
    pragma(f.practice.db(), QStringLiteral("wal_checkpoint(TRUNCATE)"));
    const QString target = f.elsewherePath(QStringLiteral("b.stillpoint"));
    Result<BackupReport> made = makeError(ErrorCode::Io, QString());
    {
        const FileSizeLimit full(128 * 1024);
        made = f.service().create(f.owner, test::BackupFixture::request(target));
    }
    REQUIRE_FALSE(made.ok());
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(test::filesIn(f.elsewhere.path()).isEmpty());
    AuditFilter newest;
    newest.limit = 1;
    const AuditEntry entry = AuditTrail(f.practice.db()).entries(newest)->constFirst();
    CHECK(entry.event.operation == QLatin1String("backup.create"));
    CHECK(entry.event.outcome == AuditOutcome::Failed);
    CHECK(f.practice.db().check().ok());
    CHECK(AuditTrail(f.practice.db()).verify()->ok());
}

TEST_CASE("a whole-practice export or a client's record that runs out of room leaves no file "
          "behind and no audit row",
          "[diskfull][export]")
{
    test::BackupFixture f(60);
    const QString target = f.elsewherePath(QStringLiteral("practice.json"));
    Result<PracticeExportSummary> exported = makeError(ErrorCode::Io, QString());
    {
        const FileSizeLimit full(16 * 1024);
        exported = PracticeExport(f.practice.db(), f.clock).write(f.owner, target);
    }
    REQUIRE_FALSE(exported.ok());
    INFO(exported.error().message.toStdString());
    CHECK(exported.error().message.contains(QLatin1String("the disk may be full")));

    const qint64 clientId = ClientRepository(f.practice.db()).all()->constFirst().id;
    test::FakePdfWriter pdf;
    Result<ClientRecordFiles> record = makeError(ErrorCode::Io, QString());
    {
        const FileSizeLimit full(1024);
        record = ClientRecordExport(f.practice.db(), f.clock)
                         .write(f.owner, clientId, f.elsewhere.path(), pdf.writer());
    }
    REQUIRE_FALSE(record.ok());
    CHECK(record.error().message.contains(QLatin1String("the disk may be full")));

    CHECK(test::filesIn(f.elsewhere.path()).isEmpty());
    AuditFilter exports;
    exports.operation = QStringLiteral("data.export");
    CHECK(AuditTrail(f.practice.db()).entries(exports)->isEmpty());
    CHECK(f.practice.db().check().ok());
}
