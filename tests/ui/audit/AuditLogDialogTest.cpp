// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/AuditLogDialog.h"

#include "tests/support/QtStringMakers.h"
#include "tests/ui/WindowFixture.h"
#include "ui/PracticeMenu.h"
#include "ui/audit/AuditLogModel.h"
#include "ui/clients/ClientEditor.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace stillpoint;
using ui::AuditLogModel;

namespace {

// An owner's window on a practice where Ann Lee's record was read once, with the audit viewer
// open.
struct AuditFixture : test::WindowFixture
{
    core::Client ann;
    ui::AuditLogDialog *dialog = nullptr;

    AuditFixture()
    {
        ann = test::addClient(database.db(),
                              test::makeClient(QStringLiteral("Ann"), QStringLiteral("Lee")));
        open(core::Role::Owner);
        REQUIRE(window->clientEditor()->openClient(ann.id));
        window->practiceMenu()->auditAction()->trigger();
        dialog = window->findChild<ui::AuditLogDialog *>();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
    }

    QStringList column(int column) const
    {
        QStringList values;
        const AuditLogModel *model = dialog->model();
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, column).data().toString();
        return values;
    }

    void chooseOperation(const QString &key) const
    {
        auto *combo = test::child<QComboBox>(*dialog, "operationFilterCombo");
        const int index = combo->findData(key);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
    }

    QLabel *result() const { return test::child<QLabel>(*dialog, "auditResultLabel"); }
};

} // namespace

TEST_CASE("the owner opens the audit viewer and filters it by operation", "[ui][audit][dialog]")
{
    AuditFixture f;
    CHECK(f.column(AuditLogModel::OperationColumn).contains(QStringLiteral("session.sign-in")));

    f.chooseOperation(QStringLiteral("client.read"));
    const QStringList operations = f.column(AuditLogModel::OperationColumn);
    REQUIRE(operations.size() == 1);
    CHECK(operations.at(0) == QStringLiteral("client.read"));
    CHECK(f.column(AuditLogModel::ClientColumn) == QStringList({ QString::number(f.ann.id) }));
    CHECK(f.dialog->windowTitle() == QStringLiteral("Audit Trail"));
}

TEST_CASE("the audit viewer filters by user and client and dates", "[ui][audit][dialog]")
{
    AuditFixture f;
    auto *users = test::child<QComboBox>(*f.dialog, "userFilterCombo");
    users->setCurrentIndex(users->findText(QStringLiteral("owner")));
    for (const QString &user : f.column(AuditLogModel::UserColumn))
        CHECK(user == QStringLiteral("owner"));

    test::type(test::child<QLineEdit>(*f.dialog, "clientFilterEdit"), QString::number(f.ann.id));
    CHECK(f.column(AuditLogModel::OperationColumn)
          == QStringList({ QStringLiteral("client.read") }));

    // The fixed clock says 2026-11-24: nothing happened in October.
    f.dialog->setDateRange(ui::AuditLogDialog::DateRange::Between, QDate(2026, 10, 1),
                           QDate(2026, 10, 31));
    CHECK(f.dialog->model()->rowCount() == 0);
    f.dialog->setDateRange(ui::AuditLogDialog::DateRange::Today);
    CHECK(f.dialog->model()->rowCount() == 1);
}

TEST_CASE("Verify in the audit viewer shows OK for an intact trail", "[ui][audit][dialog]")
{
    AuditFixture f;
    QTest::mouseClick(test::child<QPushButton>(*f.dialog, "verifyAuditButton"), Qt::LeftButton);
    CHECK(f.result()->isVisible());
    CHECK(f.result()->text().startsWith(QStringLiteral("OK")));
}

TEST_CASE("Export CSV in the audit viewer writes the filtered entries to the chosen file",
          "[ui][audit][dialog]")
{
    AuditFixture f;
    f.chooseOperation(QStringLiteral("client.read"));
    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("audit.csv"));
    f.files.enqueue(path);

    QTest::mouseClick(test::child<QPushButton>(*f.dialog, "exportAuditButton"), Qt::LeftButton);

    REQUIRE(f.files.suggested().size() == 1);
    CHECK(f.files.suggested().at(0).endsWith(QStringLiteral("stillpoint-audit-2026-11-24.csv")));
    QFile csv(path);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines =
            QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(QStringLiteral("id,time_utc,user,operation")));
    CHECK(lines.at(1).contains(QStringLiteral("\"client.read\"")));
    CHECK(f.result()->text().startsWith(QStringLiteral("Exported 1 entries")));
}

TEST_CASE("cancelling the export file dialog writes nothing", "[ui][audit][dialog]")
{
    AuditFixture f;
    CHECK_FALSE(f.dialog->exportCsv());
    CHECK(f.files.suggested().size() == 1);
    CHECK_FALSE(f.result()->isVisible());
}
