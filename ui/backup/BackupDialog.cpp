// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/BackupDialog.h"

#include "core/exchange/BackupService.h"
#include "ui/backup/BackupProgressDialog.h"
#include "ui/common/FileChooser.h"
#include "ui/common/Styles.h"
#include "ui/security/CurrentSession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {
const auto EncryptedSuffix = QStringLiteral(".stillpoint-backup");
const auto PlainSuffix = QStringLiteral(".stillpoint");
} // namespace

BackupDialog::BackupDialog(core::BackupService &service, const CurrentSession &session,
                           FileChooser &files, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent), m_service(service), m_session(session), m_files(files),
      m_path(new QLineEdit(QDir::toNativeSeparators(suggestedPath), this)),
      m_encrypt(new QCheckBox(tr("&Encrypt with a passphrase"), this)),
      m_passphrase(new QLineEdit(this)), m_passphraseAgain(new QLineEdit(this)),
      m_passphraseNote(new QLabel(this)), m_problem(new QLabel(this)),
      m_backUp(new QPushButton(tr("&Back Up"), this))
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Back Up Now"));

    m_path->setObjectName(QStringLiteral("backupPathEdit"));
    auto *choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseBackupPathButton"));
    connect(choose, &QPushButton::clicked, this, &BackupDialog::choosePath);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);

    m_encrypt->setObjectName(QStringLiteral("encryptBackupCheckBox"));
    m_encrypt->setChecked(true);
    connect(m_encrypt, &QCheckBox::toggled, this, &BackupDialog::encryptionToggled);
    Styles::makePasswordField(m_passphrase, QStringLiteral("backupPassphraseEdit"));
    Styles::makePasswordField(m_passphraseAgain, QStringLiteral("backupPassphraseAgainEdit"));
    m_passphraseNote->setObjectName(QStringLiteral("backupPassphraseNote"));
    m_passphraseNote->setTextFormat(Qt::PlainText);
    m_passphraseNote->setWordWrap(true);
    m_passphraseNote->setText(tr("At least %1 characters. Without the passphrase this backup "
                                 "cannot be restored: keep it somewhere safe, apart from the "
                                 "backup.")
                                      .arg(core::BackupCipher::MinimumPassphraseLength));
    Styles::makeProblemBanner(m_problem, QStringLiteral("backupProblemLabel"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Back up &to"), pathRow);
    form->addRow(QString(), m_encrypt);
    form->addRow(tr("&Passphrase"), m_passphrase);
    form->addRow(tr("&Again"), m_passphraseAgain);
    form->addRow(QString(), m_passphraseNote);

    auto *buttons = new QDialogButtonBox(this);
    m_backUp->setObjectName(QStringLiteral("startBackupButton"));
    m_backUp->setDefault(true);
    buttons->addButton(m_backUp, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_backUp, &QPushButton::clicked, this, [this] { start(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

BackupDialog::~BackupDialog() = default;

void BackupDialog::choosePath()
{
    const QString filter = m_encrypt->isChecked()
            ? tr("Encrypted Stillpoint backups (*.stillpoint-backup)")
            : tr("Stillpoint practice files (*.stillpoint)");
    const QString chosen = m_files.saveFileName(this, tr("Back Up To"),
                                                QDir::fromNativeSeparators(m_path->text()), filter);
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void BackupDialog::encryptionToggled(bool encrypt)
{
    m_passphrase->setEnabled(encrypt);
    m_passphraseAgain->setEnabled(encrypt);
    m_passphraseNote->setEnabled(encrypt);
    // Follow the suggested name's ending, so the file says what it is.
    QString path = m_path->text();
    if (encrypt && path.endsWith(PlainSuffix))
        path = path.left(path.size() - PlainSuffix.size()) + EncryptedSuffix;
    else if (!encrypt && path.endsWith(EncryptedSuffix))
        path = path.left(path.size() - EncryptedSuffix.size()) + PlainSuffix;
    m_path->setText(path);
}

void BackupDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
    Styles::fitHeight(this);
}

bool BackupDialog::start()
{
    m_problem->hide();
    core::BackupRequest request;
    request.targetPath = QDir::fromNativeSeparators(m_path->text().trimmed());
    request.kdf = m_kdf;
    if (m_encrypt->isChecked()) {
        if (m_passphrase->text() != m_passphraseAgain->text()) {
            showProblem(tr("The two passphrases are not the same. Type the passphrase again in "
                           "both fields."));
            m_passphraseAgain->setFocus(Qt::OtherFocusReason);
            return false;
        }
        if (const core::Status strong = core::BackupCipher::checkPassphrase(m_passphrase->text());
            !strong) {
            showProblem(strong.error().message);
            m_passphrase->setFocus(Qt::OtherFocusReason);
            return false;
        }
        request.passphrase = m_passphrase->text();
    }
    setEnabled(false);
    core::Result<core::BackupReport> made = core::makeError(core::ErrorCode::Io, QString());
    {
        BackupProgressDialog progress(this, tr("Backing up and checking the copy…"));
        made = m_service.create(m_session.session(), request, progress.callback());
    }
    setEnabled(true);
    if (!made) {
        showProblem(made.error().message);
        return false;
    }
    m_passphrase->clear();
    m_passphraseAgain->clear();
    m_report = made.value();
    Q_EMIT backedUp(*m_report);
    accept();
    return true;
}

} // namespace stillpoint::ui
