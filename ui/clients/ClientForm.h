// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "ui/common/FieldErrors.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QUndoStack;

namespace stillpoint::ui {

class AlertListEditor;
class FieldUndoRecorder;

// The fields of one client record, in sections (who, contact, alerts, address, emergency contact,
// physician, front-desk notes). It shows a record, reads the fields back into one, and shows
// validation messages beside the fields they are about (keyed by core::ClientField). Every user
// edit becomes an undo step on the given stack. It never stores anything itself.
class ClientForm final : public QWidget
{
    Q_OBJECT

public:
    ClientForm(QUndoStack *undoStack, const core::Clock &clock, QWidget *parent = nullptr);
    ~ClientForm() override;

    // Shows `client` and clears messages; the shown values become the undo history's start.
    void setClient(const core::Client &client);
    // Copies the fields into `client`, keeping what the form does not show (id, version, times).
    // Returns what cannot even be held in a record, such as a date of birth that is not a date.
    QList<core::Error> read(core::Client &client) const;

    // Shows each error beside its field; returns the errors that are about no field on the form.
    QList<core::Error> showErrors(const QList<core::Error> &errors);
    void clearErrors();
    // The message shown for a field (a ClientField key), empty when none.
    QString errorText(const QString &fieldKey) const;
    QWidget *fieldWidget(const QString &fieldKey) const;

    // For the front desk: every alert is one the front desk sees, so the choice is not offered.
    void setFrontDeskAlertsOnly(bool only);

    // Focuses the first field, in form order, that shows a message. False if none does.
    bool focusFirstError();
    void focusFirstField();
    void revealField(QWidget *field);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QGroupBox *createIdentitySection();
    QGroupBox *createContactSection();
    QGroupBox *createAlertsSection();
    QGroupBox *createAddressSection();
    QGroupBox *createEmergencySection();
    QGroupBox *createPhysicianSection();
    QGroupBox *createNotesSection();

    // A labelled line edit in `layout`; with a field key it gets an error label of its own.
    QLineEdit *addLineEdit(QWidget *parent, QFormLayout *layout, const QString &label,
                           const QString &objectName, const QString &fieldKey,
                           QWidget *trailing = nullptr);
    QCheckBox *addCheckBox(QWidget *parent, const QString &text, const QString &objectName,
                           const QString &undoLabel);
    void checkWhenLeft(QLineEdit *edit, const QString &fieldKey);
    void arrangeSections(bool twoColumns);
    void updateAge();

    const core::Clock &m_clock;
    FieldUndoRecorder *m_recorder;
    QScrollArea *m_scrollArea;
    QGridLayout *m_grid = nullptr;
    bool m_twoColumns = false;
    QList<QWidget *> m_sections; // in the order arrangeSections() places them

    QLineEdit *m_givenName = nullptr;
    QLineEdit *m_familyName = nullptr;
    QLineEdit *m_preferredName = nullptr;
    QLineEdit *m_pronouns = nullptr;
    QLineEdit *m_dateOfBirth = nullptr;
    QLabel *m_ageLabel = nullptr;
    QLineEdit *m_mobilePhone = nullptr;
    QLineEdit *m_homePhone = nullptr;
    QLineEdit *m_workPhone = nullptr;
    QLineEdit *m_email = nullptr;
    QCheckBox *m_consentPhone = nullptr;
    QCheckBox *m_consentSms = nullptr;
    QCheckBox *m_consentEmail = nullptr;
    AlertListEditor *m_alerts = nullptr;
    QLineEdit *m_addressLine1 = nullptr;
    QLineEdit *m_addressLine2 = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_emergencyName = nullptr;
    QLineEdit *m_emergencyRelation = nullptr;
    QLineEdit *m_emergencyPhone = nullptr;
    QLineEdit *m_physicianName = nullptr;
    QLineEdit *m_physicianPractice = nullptr;
    QLineEdit *m_physicianPhone = nullptr;
    QPlainTextEdit *m_frontDeskNotes = nullptr;

    FieldErrors m_errors;
};

} // namespace stillpoint::ui
