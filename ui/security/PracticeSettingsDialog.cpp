// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/PracticeSettingsDialog.h"

#include "core/security/PracticeSettings.h"
#include "ui/common/Styles.h"
#include "ui/security/CurrentSession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {
const auto PracticeNameKey = QStringLiteral("practiceName");
const auto IdleLockKey = QStringLiteral("idleLockMinutes");
} // namespace

PracticeSettingsDialog::PracticeSettingsDialog(core::PracticeSettings &settings,
                                               const CurrentSession &session, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_session(session),
      m_practiceName(new QLineEdit(this)), m_idleMinutes(new QSpinBox(this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("practiceSettingsDialog"));
    setWindowTitle(tr("Practice Settings"));

    const auto name = m_settings.practiceName();
    const auto minutes = m_settings.idleLockMinutes();
    m_storedName = name ? name.value() : QString();
    m_storedMinutes = minutes ? minutes.value() : core::PracticeSettings::DefaultIdleLockMinutes;

    m_practiceName->setObjectName(QStringLiteral("practiceNameEdit"));
    m_practiceName->setMaxLength(200);
    m_practiceName->setText(m_storedName);
    m_idleMinutes->setObjectName(QStringLiteral("idleLockMinutesSpinBox"));
    m_idleMinutes->setRange(1, 240);
    m_idleMinutes->setSuffix(tr(" minutes"));
    m_idleMinutes->setValue(m_storedMinutes);
    m_idleMinutes->setToolTip(tr("After this long without keyboard or mouse input, Stillpoint "
                                 "hides client details and asks for the password again."));
    Styles::makeProblemBanner(m_problem, QStringLiteral("settingsProblemLabel"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Practice &name"),
                 Styles::withFocusProxy(m_errors.wrap(this, m_practiceName, PracticeNameKey),
                                        m_practiceName));
    form->addRow(
            tr("&Lock when idle for"),
            Styles::withFocusProxy(m_errors.wrap(this, m_idleMinutes, IdleLockKey), m_idleMinutes));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSettingsButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { trySave(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

PracticeSettingsDialog::~PracticeSettingsDialog() = default;

bool PracticeSettingsDialog::trySave()
{
    m_errors.clear();
    m_problem->hide();
    const auto show = [this](const core::Error &error) {
        if (m_errors.contains(error.field)) {
            m_errors.setError(error.field, error.message);
        } else {
            m_problem->setText(error.message);
            m_problem->show();
        }
        Styles::fitHeight(this);
    };
    if (m_practiceName->text().trimmed() != m_storedName) {
        const core::Status renamed =
                m_settings.setPracticeName(m_session.session(), m_practiceName->text());
        if (!renamed) {
            show(renamed.error());
            return false;
        }
        m_storedName = m_practiceName->text().trimmed();
    }
    if (m_idleMinutes->value() != m_storedMinutes) {
        const core::Status changed =
                m_settings.setIdleLockMinutes(m_session.session(), m_idleMinutes->value());
        if (!changed) {
            show(changed.error());
            return false;
        }
        m_storedMinutes = m_idleMinutes->value();
    }
    accept();
    return true;
}

} // namespace stillpoint::ui
