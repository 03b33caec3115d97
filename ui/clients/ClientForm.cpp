// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientForm.h"

#include "core/clients/ClientValidator.h"
#include "ui/clients/AlertListEditor.h"
#include "ui/common/FieldUndoRecorder.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace Field = core::ClientField;

namespace {

QString key(const char *fieldKey)
{
    return QString::fromLatin1(fieldKey);
}

} // namespace

ClientForm::ClientForm(QUndoStack *undoStack, const core::Clock &clock, QWidget *parent)
    : QWidget(parent), m_clock(clock), m_recorder(new FieldUndoRecorder(undoStack, this)),
      m_scrollArea(new QScrollArea(this))
{
    m_scrollArea->setObjectName(QStringLiteral("clientFormScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(m_scrollArea);
    content->setObjectName(QStringLiteral("clientFormContent"));
    m_grid = new QGridLayout(content);
    m_grid->setContentsMargins(0, 0, 4, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(10);

    // Creation order is the tab order: each section's fields, then the next section's.
    QGroupBox *identity = createIdentitySection();
    QGroupBox *contact = createContactSection();
    QGroupBox *alerts = createAlertsSection();
    QGroupBox *address = createAddressSection();
    auto *people = new QWidget(content);
    auto *peopleLayout = new QVBoxLayout(people);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    peopleLayout->setSpacing(10);
    peopleLayout->addWidget(createEmergencySection());
    peopleLayout->addWidget(createPhysicianSection());
    peopleLayout->addStretch();
    QGroupBox *notes = createNotesSection();
    for (QWidget *section : { static_cast<QWidget *>(identity), static_cast<QWidget *>(contact),
                              static_cast<QWidget *>(alerts), static_cast<QWidget *>(address),
                              people, static_cast<QWidget *>(notes) }) {
        section->setParent(content);
        m_sections.append(section);
    }
    arrangeSections(true);
    m_scrollArea->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scrollArea);

    connect(m_recorder, &FieldUndoRecorder::fieldRestored, this, [this](QWidget *field) {
        revealField(field);
        if (field != m_alerts)
            field->setFocus(Qt::OtherFocusReason);
    });
}

ClientForm::~ClientForm() = default;

QGroupBox *ClientForm::createIdentitySection()
{
    auto *group = new QGroupBox(tr("Personal details"), this);
    group->setObjectName(QStringLiteral("identityGroup"));
    auto *form = new QFormLayout(group);
    m_givenName = addLineEdit(group, form, tr("Given name"), QStringLiteral("givenNameEdit"),
                              key(Field::GivenName));
    m_familyName = addLineEdit(group, form, tr("Family name"), QStringLiteral("familyNameEdit"),
                               key(Field::FamilyName));
    m_preferredName = addLineEdit(group, form, tr("Preferred name"),
                                  QStringLiteral("preferredNameEdit"), key(Field::PreferredName));
    m_preferredName->setPlaceholderText(tr("What they like to be called"));
    m_pronouns = addLineEdit(group, form, tr("Pronouns"), QStringLiteral("pronounsEdit"),
                             key(Field::Pronouns));
    m_pronouns->setPlaceholderText(tr("For example: she/her"));

    m_ageLabel = new QLabel(group);
    m_ageLabel->setObjectName(QStringLiteral("ageLabel"));
    m_ageLabel->setTextFormat(Qt::PlainText);
    m_ageLabel->setForegroundRole(QPalette::PlaceholderText);
    m_dateOfBirth = addLineEdit(group, form, tr("Date of birth"), QStringLiteral("dateOfBirthEdit"),
                                key(Field::DateOfBirth), m_ageLabel);
    m_dateOfBirth->setPlaceholderText(tr("YYYY-MM-DD"));
    m_dateOfBirth->setMaxLength(10);
    const int dateWidth =
            m_dateOfBirth->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00__")) + 24;
    m_dateOfBirth->setMaximumWidth(dateWidth);
    connect(m_dateOfBirth, &QLineEdit::textChanged, this, &ClientForm::updateAge);
    checkWhenLeft(m_dateOfBirth, key(Field::DateOfBirth));
    return group;
}

QGroupBox *ClientForm::createContactSection()
{
    auto *group = new QGroupBox(tr("Contact"), this);
    group->setObjectName(QStringLiteral("contactGroup"));
    auto *form = new QFormLayout(group);
    m_mobilePhone = addLineEdit(group, form, tr("Mobile phone"), QStringLiteral("mobilePhoneEdit"),
                                key(Field::MobilePhone));
    checkWhenLeft(m_mobilePhone, key(Field::MobilePhone));
    m_homePhone = addLineEdit(group, form, tr("Home phone"), QStringLiteral("homePhoneEdit"),
                              key(Field::HomePhone));
    checkWhenLeft(m_homePhone, key(Field::HomePhone));
    m_workPhone = addLineEdit(group, form, tr("Work phone"), QStringLiteral("workPhoneEdit"),
                              key(Field::WorkPhone));
    checkWhenLeft(m_workPhone, key(Field::WorkPhone));
    m_email = addLineEdit(group, form, tr("Email"), QStringLiteral("emailEdit"), key(Field::Email));
    m_email->setPlaceholderText(tr("name@example.com"));
    checkWhenLeft(m_email, key(Field::Email));

    auto *consent = new QWidget(group);
    auto *consentLayout = new QHBoxLayout(consent);
    consentLayout->setContentsMargins(0, 0, 0, 0);
    m_consentPhone = addCheckBox(consent, tr("Phone"), QStringLiteral("phoneConsentCheckBox"),
                                 tr("phone consent"));
    m_consentSms = addCheckBox(consent, tr("Text message"), QStringLiteral("smsConsentCheckBox"),
                               tr("text message consent"));
    m_consentEmail = addCheckBox(consent, tr("Email"), QStringLiteral("emailConsentCheckBox"),
                                 tr("email consent"));
    for (QCheckBox *box : { m_consentPhone, m_consentSms, m_consentEmail })
        consentLayout->addWidget(box);
    consentLayout->addStretch();
    auto *consentLabel = new QLabel(tr("May contact by"), group);
    consentLabel->setToolTip(tr("The ways the client agreed to be contacted"));
    form->addRow(consentLabel, consent);
    return group;
}

QGroupBox *ClientForm::createAlertsSection()
{
    auto *group = new QGroupBox(tr("Alerts"), this);
    group->setObjectName(QStringLiteral("alertsGroup"));
    auto *layout = new QVBoxLayout(group);
    m_alerts = new AlertListEditor(group);
    m_alerts->setObjectName(QStringLiteral("alertsEditor"));
    layout->addWidget(m_errors.wrap(group, m_alerts, key(Field::Alerts)));
    m_recorder->trackValue(
            m_alerts, tr("alerts"), [this] { return QVariant::fromValue(m_alerts->alerts()); },
            [this](const QVariant &value) {
                m_alerts->setAlerts(value.value<QList<core::ClientAlert>>());
            });
    connect(m_alerts, &AlertListEditor::rowCreated, m_recorder, &FieldUndoRecorder::routeUndoKeys);
    connect(m_alerts, &AlertListEditor::edited, this, [this](int mergeKey) {
        m_errors.setError(key(Field::Alerts), {});
        m_recorder->valueEdited(m_alerts, mergeKey);
    });
    return group;
}

void ClientForm::setFrontDeskAlertsOnly(bool only)
{
    m_alerts->setFrontDeskOnly(only);
}

QGroupBox *ClientForm::createAddressSection()
{
    auto *group = new QGroupBox(tr("Address"), this);
    group->setObjectName(QStringLiteral("addressGroup"));
    // The record has one rule for the whole address, so its message sits under the section.
    auto *fields = new QWidget(group);
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_addressLine1 =
            addLineEdit(fields, form, tr("Street"), QStringLiteral("addressLine1Edit"), {});
    m_addressLine2 =
            addLineEdit(fields, form, tr("Line 2"), QStringLiteral("addressLine2Edit"), {});
    m_addressLine2->setPlaceholderText(tr("Apartment, suite, unit (optional)"));
    m_city = addLineEdit(fields, form, tr("City"), QStringLiteral("cityEdit"), {});
    m_region = addLineEdit(fields, form, tr("Region"), QStringLiteral("regionEdit"), {});
    m_region->setPlaceholderText(tr("State, province or county"));
    m_postalCode =
            addLineEdit(fields, form, tr("Postal code"), QStringLiteral("postalCodeEdit"), {});
    m_country = addLineEdit(fields, form, tr("Country"), QStringLiteral("countryEdit"), {});
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_errors.wrap(group, fields, key(Field::Address)));
    m_errors.setFocusTarget(key(Field::Address), m_addressLine1);
    for (QLineEdit *edit :
         { m_addressLine1, m_addressLine2, m_city, m_region, m_postalCode, m_country })
        connect(edit, &QLineEdit::textEdited, this,
                [this] { m_errors.setError(key(Field::Address), {}); });
    return group;
}

QGroupBox *ClientForm::createEmergencySection()
{
    auto *group = new QGroupBox(tr("Emergency contact"), this);
    group->setObjectName(QStringLiteral("emergencyContactGroup"));
    auto *form = new QFormLayout(group);
    m_emergencyName = addLineEdit(group, form, tr("Name"), QStringLiteral("emergencyNameEdit"),
                                  key(Field::EmergencyName));
    m_emergencyRelation =
            addLineEdit(group, form, tr("Relationship"), QStringLiteral("emergencyRelationEdit"),
                        key(Field::EmergencyRelation));
    m_emergencyRelation->setPlaceholderText(tr("For example: partner, parent"));
    m_emergencyPhone = addLineEdit(group, form, tr("Phone"), QStringLiteral("emergencyPhoneEdit"),
                                   key(Field::EmergencyPhone));
    checkWhenLeft(m_emergencyPhone, key(Field::EmergencyPhone));
    return group;
}

QGroupBox *ClientForm::createPhysicianSection()
{
    auto *group = new QGroupBox(tr("Physician"), this);
    group->setObjectName(QStringLiteral("physicianGroup"));
    auto *form = new QFormLayout(group);
    m_physicianName = addLineEdit(group, form, tr("Name"), QStringLiteral("physicianNameEdit"),
                                  key(Field::PhysicianName));
    m_physicianPractice =
            addLineEdit(group, form, tr("Practice"), QStringLiteral("physicianPracticeEdit"),
                        key(Field::PhysicianPractice));
    m_physicianPhone = addLineEdit(group, form, tr("Phone"), QStringLiteral("physicianPhoneEdit"),
                                   key(Field::PhysicianPhone));
    checkWhenLeft(m_physicianPhone, key(Field::PhysicianPhone));
    return group;
}

QGroupBox *ClientForm::createNotesSection()
{
    auto *group = new QGroupBox(tr("Front-desk notes"), this);
    group->setObjectName(QStringLiteral("frontDeskNotesGroup"));
    auto *layout = new QVBoxLayout(group);
    m_frontDeskNotes = new QPlainTextEdit(group);
    m_frontDeskNotes->setObjectName(QStringLiteral("frontDeskNotesEdit"));
    m_frontDeskNotes->setAccessibleName(tr("Front-desk notes"));
    m_frontDeskNotes->setPlaceholderText(
            tr("For reception: preferred times, parking, how they pay. Clinical notes belong in "
               "session notes."));
    m_frontDeskNotes->setTabChangesFocus(true);
    m_frontDeskNotes->setFixedHeight(m_frontDeskNotes->fontMetrics().lineSpacing() * 5 + 12);
    layout->addWidget(m_errors.wrap(group, m_frontDeskNotes, key(Field::FrontDeskNotes)));
    m_recorder->track(m_frontDeskNotes, tr("front-desk notes"));
    connect(m_frontDeskNotes, &QPlainTextEdit::textChanged, this,
            [this] { m_errors.setError(key(Field::FrontDeskNotes), {}); });
    return group;
}

QLineEdit *ClientForm::addLineEdit(QWidget *parent, QFormLayout *layout, const QString &label,
                                   const QString &objectName, const QString &fieldKey,
                                   QWidget *trailing)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(label);
    m_recorder->track(edit, label.toLower());
    QWidget *field = edit;
    if (!fieldKey.isEmpty()) {
        field = m_errors.wrap(parent, edit, fieldKey, trailing);
        connect(edit, &QLineEdit::textEdited, this,
                [this, fieldKey] { m_errors.setError(fieldKey, {}); });
    }
    // Labels line up with the first line of their field, also when a message shows below it.
    auto *rowLabel = new QLabel(label, parent);
    rowLabel->setBuddy(edit);
    rowLabel->setFixedHeight(edit->sizeHint().height());
    rowLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(rowLabel, field);
    return edit;
}

QCheckBox *ClientForm::addCheckBox(QWidget *parent, const QString &text, const QString &objectName,
                                   const QString &undoLabel)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(objectName);
    m_recorder->track(box, undoLabel);
    return box;
}

void ClientForm::checkWhenLeft(QLineEdit *edit, const QString &fieldKey)
{
    // Checked when the user leaves the field rather than on every key, so that a half-typed
    // value is not flagged. The rules and messages are core's, the same as on saving.
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, fieldKey] {
        if (edit->text().trimmed().isEmpty())
            return;
        core::Client client;
        QList<core::Error> problems = read(client);
        problems += core::ClientValidator::validate(client, m_clock.today());
        for (const core::Error &problem : std::as_const(problems)) {
            if (problem.field == fieldKey) {
                m_errors.setError(fieldKey, problem.message);
                return;
            }
        }
        m_errors.setError(fieldKey, {});
    });
}

void ClientForm::setClient(const core::Client &client)
{
    m_recorder->setPaused(true);
    m_givenName->setText(client.givenName);
    m_familyName->setText(client.familyName);
    m_preferredName->setText(client.preferredName);
    m_pronouns->setText(client.pronouns);
    m_dateOfBirth->setText(client.dateOfBirth.isValid() ? client.dateOfBirth.toString(Qt::ISODate)
                                                        : QString());
    m_mobilePhone->setText(client.mobilePhone);
    m_homePhone->setText(client.homePhone);
    m_workPhone->setText(client.workPhone);
    m_email->setText(client.email);
    m_consentPhone->setChecked(client.consent.phone);
    m_consentSms->setChecked(client.consent.sms);
    m_consentEmail->setChecked(client.consent.email);
    m_alerts->setAlerts(client.alerts);
    m_addressLine1->setText(client.address.line1);
    m_addressLine2->setText(client.address.line2);
    m_city->setText(client.address.city);
    m_region->setText(client.address.region);
    m_postalCode->setText(client.address.postalCode);
    m_country->setText(client.address.country);
    m_emergencyName->setText(client.emergencyContact.name);
    m_emergencyRelation->setText(client.emergencyContact.relation);
    m_emergencyPhone->setText(client.emergencyContact.phone);
    m_physicianName->setText(client.physician.name);
    m_physicianPractice->setText(client.physician.practice);
    m_physicianPhone->setText(client.physician.phone);
    m_frontDeskNotes->setPlainText(client.frontDeskNotes);
    m_recorder->snapshot();
    m_recorder->setPaused(false);
    clearErrors();
    m_scrollArea->ensureVisible(0, 0);
}

QList<core::Error> ClientForm::read(core::Client &client) const
{
    QList<core::Error> problems;
    client.givenName = m_givenName->text().trimmed();
    client.familyName = m_familyName->text().trimmed();
    client.preferredName = m_preferredName->text().trimmed();
    client.pronouns = m_pronouns->text().trimmed();
    client.dateOfBirth = QDate();
    const QString dateText = m_dateOfBirth->text().trimmed();
    if (!dateText.isEmpty()) {
        auto parsed = core::ClientValidator::parseDate(dateText, tr("Date of birth"));
        if (parsed) {
            client.dateOfBirth = parsed.value();
        } else {
            core::Error error = parsed.error();
            error.field = key(Field::DateOfBirth);
            problems.append(error);
        }
    }
    client.mobilePhone = m_mobilePhone->text().trimmed();
    client.homePhone = m_homePhone->text().trimmed();
    client.workPhone = m_workPhone->text().trimmed();
    client.email = m_email->text().trimmed();
    client.consent = { m_consentPhone->isChecked(), m_consentSms->isChecked(),
                       m_consentEmail->isChecked() };
    client.alerts.clear();
    for (core::ClientAlert alert : m_alerts->alerts()) {
        alert.text = alert.text.trimmed();
        if (!alert.text.isEmpty()) // an added row left empty is not an alert
            client.alerts.append(alert);
    }
    client.address = { m_addressLine1->text().trimmed(), m_addressLine2->text().trimmed(),
                       m_city->text().trimmed(),         m_region->text().trimmed(),
                       m_postalCode->text().trimmed(),   m_country->text().trimmed() };
    client.emergencyContact = { m_emergencyName->text().trimmed(),
                                m_emergencyRelation->text().trimmed(),
                                m_emergencyPhone->text().trimmed() };
    client.physician = { m_physicianName->text().trimmed(), m_physicianPractice->text().trimmed(),
                         m_physicianPhone->text().trimmed() };
    client.frontDeskNotes = m_frontDeskNotes->toPlainText().trimmed();
    return problems;
}

QList<core::Error> ClientForm::showErrors(const QList<core::Error> &errors)
{
    return m_errors.show(errors);
}

void ClientForm::clearErrors()
{
    m_errors.clear();
}

QString ClientForm::errorText(const QString &fieldKey) const
{
    return m_errors.error(fieldKey);
}

QWidget *ClientForm::fieldWidget(const QString &fieldKey) const
{
    return m_errors.focusTarget(fieldKey);
}

bool ClientForm::focusFirstError()
{
    const QString fieldKey = m_errors.firstKeyWithError();
    if (fieldKey.isEmpty())
        return false;
    QWidget *field = m_errors.focusTarget(fieldKey);
    if (field == m_alerts)
        field = m_alerts->count() > 0 ? static_cast<QWidget *>(m_alerts->textEdit(0))
                                      : m_alerts->addButton();
    revealField(field);
    field->setFocus(Qt::OtherFocusReason);
    return true;
}

void ClientForm::focusFirstField()
{
    m_scrollArea->ensureVisible(0, 0);
    m_givenName->setFocus(Qt::OtherFocusReason);
}

void ClientForm::revealField(QWidget *field)
{
    if (field && m_scrollArea->widget()->isAncestorOf(field))
        m_scrollArea->ensureWidgetVisible(field, 20, 40);
}

void ClientForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Two columns where there is room for two readable forms side by side, one otherwise.
    const bool twoColumns = event->size().width() >= fontMetrics().averageCharWidth() * 100;
    if (twoColumns != m_twoColumns)
        arrangeSections(twoColumns);
}

void ClientForm::arrangeSections(bool twoColumns)
{
    m_twoColumns = twoColumns;
    for (QWidget *section : std::as_const(m_sections))
        m_grid->removeWidget(section);
    // identity, contact, alerts, address, people (emergency contact and physician), notes
    if (twoColumns) {
        m_grid->addWidget(m_sections[0], 0, 0);
        m_grid->addWidget(m_sections[1], 0, 1);
        m_grid->addWidget(m_sections[2], 1, 0, 1, 2);
        m_grid->addWidget(m_sections[3], 2, 0);
        m_grid->addWidget(m_sections[4], 2, 1);
        m_grid->addWidget(m_sections[5], 3, 0, 1, 2);
        m_grid->setColumnStretch(1, 1);
    } else {
        for (int i = 0; i < m_sections.size(); ++i)
            m_grid->addWidget(m_sections[i], i, 0, 1, 2);
        m_grid->setColumnStretch(1, 0);
    }
    m_grid->setColumnStretch(0, 1);
    m_grid->setRowStretch(static_cast<int>(m_sections.size()), 1);
}

void ClientForm::updateAge()
{
    const QString text = m_dateOfBirth->text().trimmed();
    const auto parsed = text.size() == 10 ? core::ClientValidator::parseDate(text, {})
                                          : core::Result<QDate>(core::Error{});
    const QDate today = m_clock.today();
    if (!parsed || !parsed->isValid() || parsed.value() > today) {
        m_ageLabel->clear();
        return;
    }
    const QDate born = parsed.value();
    int age = today.year() - born.year();
    if (today.month() < born.month() || (today.month() == born.month() && today.day() < born.day()))
        --age;
    m_ageLabel->setText(tr("age %1").arg(age));
}

} // namespace stillpoint::ui
