// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/BackupCipher.h"
#include "core/exchange/BackupSchedule.h"
#include "core/exchange/BackupService.h"
#include "core/security/AuditTrail.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/WindowFixture.h"
#include "ui/PracticeMenu.h"
#include "ui/backup/BackupController.h"
#include "ui/backup/BackupDialog.h"
#include "ui/backup/BackupSettingsDialog.h"
#include "ui/backup/RestoreDialog.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace stillpoint;
using Choice = ui::Prompter::Choice;

namespace {

const QString Passphrase = QStringLiteral("lavender towels at dawn");

// A window signed in as the owner, with a folder apart from the practice file's for backups.
struct BackupWindow : test::WindowFixture
{
    QTemporaryDir folder;

    explicit BackupWindow(core::Role role = core::Role::Owner)
    {
        REQUIRE(folder.isValid());
        open(role);
        window->backupController()->setKeyDerivation(core::BackupKdf::interactive());
    }
    QString inFolder(const QString &name) const { return folder.filePath(name); }
    core::Session owner() { return test::signIn(database.db(), core::Role::Owner, clock); }
    // A backup made through core, as another computer or the command line would.
    QString backUpThroughCore(const QString &name, const QString &passphrase = {})
    {
        core::BackupRequest request;
        request.targetPath = inFolder(name);
        if (!passphrase.isEmpty())
            request.passphrase = passphrase;
        request.kdf = core::BackupKdf::interactive();
        auto made = core::BackupService(database.db(), clock).create(owner(), request);
        REQUIRE(made.ok());
        return made->path;
    }
    template<typename Dialog>
    Dialog *shown(Dialog *dialog)
    {
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        return dialog;
    }
};

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

TEST_CASE("the owner's Practice menu offers backups and the front desk's does not", "[ui][backup]")
{
    {
        BackupWindow owner;
        ui::PracticeMenu *menu = owner.window->practiceMenu();
        CHECK(menu->backUpAction()->isVisible());
        CHECK(menu->restoreBackupAction()->isVisible());
        CHECK(menu->backupSettingsAction()->isVisible());
        CHECK(menu->backUpAction()->text() == QStringLiteral("&Back Up Now…"));
    }
    BackupWindow desk(core::Role::FrontDesk);
    ui::PracticeMenu *menu = desk.window->practiceMenu();
    CHECK_FALSE(menu->backUpAction()->isVisible());
    CHECK_FALSE(menu->backUpAction()->isEnabled());
    CHECK_FALSE(menu->restoreBackupAction()->isVisible());
    CHECK(desk.window->backupWarningLabel()->isHidden());
}

TEST_CASE("Back Up Now writes an encrypted verified backup where the owner chose", "[ui][backup]")
{
    BackupWindow f;
    CHECK(f.window->backupWarningLabel()->text() == QStringLiteral("No backup yet — back up now"));
    CHECK(f.window->backupWarningLabel()->isVisible());

    f.window->practiceMenu()->backUpAction()->trigger();
    ui::BackupDialog *dialog = f.shown(f.window->backupController()->backupDialog());
    CHECK(dialog->encryptCheckBox()->isChecked());
    CHECK(dialog->pathEdit()->text().endsWith(QLatin1String(".stillpoint-backup")));

    const QString target = f.inFolder(QStringLiteral("monday.stillpoint-backup"));
    f.files.enqueue(target);
    QTest::mouseClick(test::child<QPushButton>(*dialog, "chooseBackupPathButton"), Qt::LeftButton);
    CHECK(QDir::fromNativeSeparators(dialog->pathEdit()->text()) == target);
    test::type(dialog->passphraseEdit(), Passphrase);
    test::type(dialog->passphraseAgainEdit(), Passphrase);
    f.prompter.enqueue(Choice::Ok); // "Backup made"
    QTest::mouseClick(dialog->backUpButton(), Qt::LeftButton);

    REQUIRE(test::waitUntil([&] { return QFileInfo::exists(target); }));
    CHECK(core::BackupCipher::isEncryptedBackup(target));
    CHECK(filesIn(f.folder.path()) == QStringList{ QStringLiteral("monday.stillpoint-backup") });
    REQUIRE(f.prompter.asked().size() == 1);
    CHECK(f.prompter.asked().constFirst().prompt.title == QLatin1String("Backup made"));
    CHECK(f.prompter.unexpectedPrompts() == 0);
    CHECK(test::waitUntil([&] { return f.window->backupWarningLabel()->isHidden(); }));
}

TEST_CASE("the backup dialog refuses passphrases that differ and writes nothing", "[ui][backup]")
{
    BackupWindow f;
    f.window->practiceMenu()->backUpAction()->trigger();
    ui::BackupDialog *dialog = f.shown(f.window->backupController()->backupDialog());
    dialog->pathEdit()->setText(f.inFolder(QStringLiteral("b.stillpoint-backup")));
    test::type(dialog->passphraseEdit(), Passphrase);
    test::type(dialog->passphraseAgainEdit(), QStringLiteral("lavender towels at dusk"));
    QTest::mouseClick(dialog->backUpButton(), Qt::LeftButton);
    CHECK(dialog->problemLabel()->isVisible());
    CHECK(dialog->problemLabel()->text().contains(QLatin1String("not the same")));
    CHECK(dialog->isVisible());

    // Unticking encryption needs no passphrase and names the file as a practice file.
    dialog->encryptCheckBox()->setChecked(false);
    CHECK_FALSE(dialog->passphraseEdit()->isEnabled());
    CHECK(dialog->pathEdit()->text().endsWith(QLatin1String("b.stillpoint")));
    f.prompter.enqueue(Choice::Ok);
    QTest::mouseClick(dialog->backUpButton(), Qt::LeftButton);
    CHECK(filesIn(f.folder.path()) == QStringList{ QStringLiteral("b.stillpoint") });
}

TEST_CASE("a backup that cannot be written is explained in the dialog", "[ui][backup]")
{
    BackupWindow f;
    f.window->practiceMenu()->backUpAction()->trigger();
    ui::BackupDialog *dialog = f.shown(f.window->backupController()->backupDialog());
    dialog->encryptCheckBox()->setChecked(false);
    dialog->pathEdit()->setText(f.inFolder(QStringLiteral("missing/b.stillpoint")));
    QTest::mouseClick(dialog->backUpButton(), Qt::LeftButton);
    CHECK(dialog->problemLabel()->isVisible());
    CHECK(dialog->problemLabel()->text().contains(QLatin1String("does not exist")));
    CHECK(filesIn(f.folder.path()).isEmpty());
    CHECK(f.prompter.asked().isEmpty());
}

TEST_CASE("a confirmed restore leaves the window with the replacement pending", "[ui][backup]")
{
    BackupWindow f;
    const QString backup = f.backUpThroughCore(QStringLiteral("b.stillpoint-backup"), Passphrase);
    f.window->practiceMenu()->restoreBackupAction()->trigger();
    ui::RestoreDialog *dialog = f.shown(f.window->backupController()->restoreDialog());
    CHECK_FALSE(dialog->restoreButton()->isEnabled());

    f.files.enqueue(backup);
    QTest::mouseClick(test::child<QPushButton>(*dialog, "chooseRestoreBackupButton"),
                      Qt::LeftButton);
    CHECK(dialog->kindLabel()->text().contains(QLatin1String("encrypted")));
    CHECK(dialog->passphraseEdit()->isEnabled());
    test::type(dialog->passphraseEdit(), Passphrase);
    f.prompter.enqueue(Choice::Yes); // replace the practice file
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);

    REQUIRE(test::waitUntil([&] { return !f.window->isVisible(); }));
    REQUIRE(f.window->pendingRestore().has_value());
    const core::RestoreSwap &swap = *f.window->pendingRestore();
    CHECK(swap.practicePath == f.database.path());
    CHECK(QFileInfo(swap.restoredPath).isFile());
    CHECK(QFileInfo(swap.restoredPath).absolutePath()
          == QFileInfo(f.database.path()).absolutePath());
    CHECK(swap.keptPath.startsWith(f.database.path() + QStringLiteral(".before-restore-")));
    REQUIRE(f.prompter.asked().size() == 1);
    CHECK(f.prompter.asked().constFirst().prompt.title
          == QLatin1String("Replace the practice file?"));
    CHECK(f.prompter.asked().constFirst().prompt.text.contains(QLatin1String("passed its checks")));
}

TEST_CASE("declining the replacement keeps the restored copy and the practice", "[ui][backup]")
{
    BackupWindow f;
    const QString backup = f.backUpThroughCore(QStringLiteral("b.stillpoint"));
    f.window->practiceMenu()->restoreBackupAction()->trigger();
    ui::RestoreDialog *dialog = f.shown(f.window->backupController()->restoreDialog());
    dialog->backupEdit()->setText(backup);
    CHECK_FALSE(dialog->passphraseEdit()->isEnabled());
    f.prompter.enqueue(Choice::No);
    f.prompter.enqueue(Choice::Ok); // "Restored copy kept"
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);

    REQUIRE(dialog->report().has_value());
    CHECK(QFileInfo(dialog->report()->path).isFile());
    CHECK(f.window->isVisible());
    CHECK_FALSE(f.window->pendingRestore().has_value());
    CHECK(f.prompter.unexpectedPrompts() == 0);
}

TEST_CASE("a wrong passphrase is shown in the restore dialog and nothing is restored",
          "[ui][backup]")
{
    BackupWindow f;
    const QString backup = f.backUpThroughCore(QStringLiteral("b.stillpoint-backup"), Passphrase);
    f.window->practiceMenu()->restoreBackupAction()->trigger();
    ui::RestoreDialog *dialog = f.shown(f.window->backupController()->restoreDialog());
    dialog->backupEdit()->setText(backup);
    test::type(dialog->passphraseEdit(), QStringLiteral("not the passphrase"));
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    CHECK(dialog->problemLabel()->isVisible());
    CHECK(dialog->problemLabel()->text().contains(QLatin1String("passphrase is wrong")));
    CHECK_FALSE(dialog->report().has_value());
    CHECK(filesIn(f.database.dirPath()).filter(QStringLiteral("restored")).isEmpty());
    CHECK(f.prompter.asked().isEmpty());
}

TEST_CASE("the backup settings store the folder the owner chose", "[ui][backup]")
{
    BackupWindow f;
    f.window->practiceMenu()->backupSettingsAction()->trigger();
    ui::BackupSettingsDialog *dialog = f.shown(f.window->backupController()->settingsDialog());
    CHECK(dialog->lastBackupLabel()->text() == QLatin1String("None yet"));
    f.files.enqueue(f.folder.path());
    QTest::mouseClick(test::child<QPushButton>(*dialog, "chooseBackupFolderButton"),
                      Qt::LeftButton);
    QTest::mouseClick(test::child<QPushButton>(*dialog, "saveBackupSettingsButton"),
                      Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());
    CHECK(core::BackupSchedule(f.database.db(), f.clock).status()->folder == f.folder.path());
}

TEST_CASE("the status bar warns the owner when the last backup is too old", "[ui][backup]")
{
    test::WindowFixture f;
    QTemporaryDir folder;
    core::BackupRequest request;
    request.targetPath = folder.filePath(QStringLiteral("b.stillpoint"));
    REQUIRE(core::BackupService(f.database.db(), f.clock)
                    .create(test::signIn(f.database.db(), core::Role::Owner, f.clock), request)
                    .ok());
    f.clock.advanceSeconds(9 * core::BackupSchedule::IntervalSeconds);
    f.open(core::Role::Owner);
    CHECK(f.window->backupWarningLabel()->isVisible());
    CHECK(f.window->backupWarningLabel()->text()
          == QStringLiteral("Last backup 9 days ago — back up now"));
}

TEST_CASE("an automatic backup runs when one is due and when the window closes", "[ui][backup]")
{
    BackupWindow f;
    REQUIRE(core::BackupSchedule(f.database.db(), f.clock)
                    .setFolder(f.owner(), f.folder.path())
                    .ok());
    ui::BackupController *backup = f.window->backupController();
    CHECK(backup->runIfDue());
    CHECK(filesIn(f.folder.path()).size() == 1);
    CHECK_FALSE(backup->runIfDue()); // one a day
    // Nothing runs behind the lock screen.
    f.clock.advanceSeconds(core::BackupSchedule::IntervalSeconds);
    f.window->lock();
    CHECK_FALSE(backup->runIfDue());
    CHECK(filesIn(f.folder.path()).size() == 1);

    f.clock.advanceSeconds(60);
    f.window->close(); // locked: no backup on the way out either
    CHECK(filesIn(f.folder.path()).size() == 1);
}

TEST_CASE("closing the window makes a backup into the folder", "[ui][backup]")
{
    BackupWindow f;
    REQUIRE(core::BackupSchedule(f.database.db(), f.clock)
                    .setFolder(f.owner(), f.folder.path())
                    .ok());
    f.window->close();
    REQUIRE(filesIn(f.folder.path()).size() == 1);
    CHECK(filesIn(f.folder.path()).constFirst().startsWith(QLatin1String("practice-backup-")));
    CHECK(f.prompter.asked().isEmpty());
}
