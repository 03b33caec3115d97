// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/SetupDialog.h"

#include "core/security/Authenticator.h"
#include "core/security/PasswordHasher.h"
#include "ui/common/Styles.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {
const auto PracticeNameKey = QStringLiteral("practiceName");
const auto TimeZoneKey = QStringLiteral("timeZone");
const auto UsernameKey = QStringLiteral("username");
const auto DisplayNameKey = QStringLiteral("displayName");
const auto PasswordKey = QStringLiteral("password");
const auto ConfirmationKey = QStringLiteral("passwordConfirmation");

QComboBox *createTimeZoneCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMaxVisibleItems(16);
    QStringList ids;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        ids << QString::fromLatin1(id);
    combo->addItems(ids);
    // Typing any part of a name ("york", "berlin") narrows the list.
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    const QString system = QString::fromLatin1(QTimeZone::systemTimeZoneId());
    const int index = combo->findText(system);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(system.isEmpty() ? QStringLiteral("UTC") : system);
    return combo;
}

QLineEdit *passwordEdit(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    Styles::makePasswordField(edit, objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

SetupDialog::SetupDialog(core::Authenticator &authenticator, QWidget *parent)
    : QDialog(parent), m_authenticator(authenticator), m_practiceName(new QLineEdit(this)),
      m_timeZone(createTimeZoneCombo(this)), m_username(new QLineEdit(this)),
      m_displayName(new QLineEdit(this)),
      m_password(passwordEdit(this, QStringLiteral("passwordEdit"), tr("Password"))),
      m_confirmation(
              passwordEdit(this, QStringLiteral("confirmPasswordEdit"), tr("Password again"))),
      m_problem(new QLabel(this)), m_createButton(new QPushButton(tr("Create Practice"), this))
{
    setObjectName(QStringLiteral("setupDialog"));
    setWindowTitle(tr("New Practice"));

    auto *title = Styles::titleLabel(tr("Welcome to Stillpoint"), this);
    auto *intro = Styles::subtitleLabel(
            tr("This practice file is new. Name the practice and create your own account: you "
               "will be its owner, the one who adds users, changes settings and reads the audit "
               "trail."),
            this);

    m_practiceName->setObjectName(QStringLiteral("practiceNameEdit"));
    m_practiceName->setPlaceholderText(tr("For example: Harbour Massage Therapy"));
    m_practiceName->setMaxLength(200);
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setToolTip(tr("Appointments and the audit trail are shown in this time zone. "
                              "Type part of a city's name to find it."));
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setPlaceholderText(tr("For example: dana"));
    m_username->setMaxLength(32);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setPlaceholderText(tr("For example: Dana Rivers"));
    m_displayName->setMaxLength(100);
    m_password->setPlaceholderText(
            tr("At least %1 characters").arg(core::PasswordHasher::MinimumLength));

    auto *practice = new QGroupBox(tr("Practice"), this);
    auto *practiceForm = new QFormLayout(practice);
    practiceForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    practiceForm->addRow(
            tr("&Name"),
            Styles::withFocusProxy(m_errors.wrap(practice, m_practiceName, PracticeNameKey),
                                   m_practiceName));
    practiceForm->addRow(
            tr("&Time zone"),
            Styles::withFocusProxy(m_errors.wrap(practice, m_timeZone, TimeZoneKey), m_timeZone));

    auto *owner = new QGroupBox(tr("Your account"), this);
    auto *ownerForm = new QFormLayout(owner);
    ownerForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    ownerForm->addRow(
            tr("&User name"),
            Styles::withFocusProxy(m_errors.wrap(owner, m_username, UsernameKey), m_username));
    ownerForm->addRow(tr("&Display name"),
                      Styles::withFocusProxy(m_errors.wrap(owner, m_displayName, DisplayNameKey),
                                             m_displayName));
    ownerForm->addRow(
            tr("&Password"),
            Styles::withFocusProxy(m_errors.wrap(owner, m_password, PasswordKey), m_password));
    ownerForm->addRow(tr("&Confirm"),
                      Styles::withFocusProxy(m_errors.wrap(owner, m_confirmation, ConfirmationKey),
                                             m_confirmation));

    for (QLineEdit *edit : { m_practiceName, m_username, m_displayName }) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            for (const QString &key : { PracticeNameKey, UsernameKey, DisplayNameKey })
                if (m_errors.focusTarget(key) == edit)
                    m_errors.setError(key, {});
        });
    }
    connect(m_timeZone, &QComboBox::editTextChanged, this,
            [this] { m_errors.setError(TimeZoneKey, {}); });
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        m_errors.setError(PasswordKey, {});
        m_errors.setError(ConfirmationKey, {});
    });
    connect(m_confirmation, &QLineEdit::textEdited, this,
            [this] { m_errors.setError(ConfirmationKey, {}); });
    // The password rule is checked when the user leaves the field, not only at the end.
    connect(m_password, &QLineEdit::editingFinished, this, [this] {
        if (!m_password->text().isEmpty())
            checkPassword();
    });
    connect(m_confirmation, &QLineEdit::editingFinished, this, [this] {
        if (!m_confirmation->text().isEmpty())
            checkConfirmation();
    });

    Styles::makeProblemBanner(m_problem, QStringLiteral("setupProblemLabel"));

    m_createButton->setObjectName(QStringLiteral("createPracticeButton"));
    m_createButton->setDefault(true);
    auto *quit = new QPushButton(tr("Quit"), this);
    quit->setObjectName(QStringLiteral("quitSetupButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_createButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(quit, QDialogButtonBox::RejectRole);
    connect(m_createButton, &QPushButton::clicked, this, [this] { tryCreate(); });
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->addWidget(Styles::headerRow(title, intro, this));
    layout->addSpacing(12);
    layout->addWidget(practice);
    layout->addWidget(owner);
    layout->addWidget(m_problem);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_practiceName->setFocus(Qt::OtherFocusReason);
}

SetupDialog::~SetupDialog()
{
    // Closing moves the focus, which would check a field against members already gone.
    m_password->disconnect(this);
    m_confirmation->disconnect(this);
}

bool SetupDialog::checkPassword()
{
    const core::Status strong = core::PasswordHasher::checkStrength(m_password->text());
    m_errors.setError(PasswordKey, strong ? QString() : strong.error().message);
    Styles::fitHeight(this);
    return strong.ok();
}

bool SetupDialog::checkConfirmation()
{
    const bool same = m_confirmation->text() == m_password->text();
    m_errors.setError(ConfirmationKey,
                      same ? QString() : tr("The two passwords are not the same."));
    return same;
}

bool SetupDialog::tryCreate()
{
    m_errors.clear();
    m_problem->hide();
    bool ok = true;
    if (m_practiceName->text().trimmed().isEmpty()) {
        m_errors.setError(PracticeNameKey, tr("Practice name is required."));
        ok = false;
    }
    if (m_username->text().trimmed().isEmpty()) {
        m_errors.setError(UsernameKey, tr("Choose a user name to sign in with."));
        ok = false;
    }
    ok = checkPassword() && ok;
    ok = checkConfirmation() && ok;
    if (ok) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor); // protecting a password takes a moment
        auto created = m_authenticator.initializePractice(
                m_practiceName->text(), m_timeZone->currentText().trimmed(), m_username->text(),
                m_displayName->text(), m_password->text());
        QGuiApplication::restoreOverrideCursor();
        if (created) {
            m_password->clear();
            m_confirmation->clear();
            m_session = created.value();
            accept();
            return true;
        }
        const core::Error &error = created.error();
        if (m_errors.contains(error.field)) {
            m_errors.setError(error.field, error.message);
        } else {
            m_problem->setText(error.message);
            m_problem->show();
        }
    }
    if (QWidget *first = m_errors.focusTarget(m_errors.firstKeyWithError()))
        first->setFocus(Qt::OtherFocusReason);
    Styles::fitHeight(this);
    return false;
}

} // namespace stillpoint::ui
