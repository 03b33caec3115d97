// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;

namespace stillpoint::ui {

// The bottom row of the note editor: whether the draft is saved, then the buttons that make sense
// for the note shown. A draft has Templates, Discard Draft, Save and Sign…; a signed note has Add
// Addendum…; both have Print…, Save PDF… and Close. The editor does the work.
class NoteEditorButtons final : public QWidget
{
    Q_OBJECT

public:
    NoteEditorButtons(QMenu *templateMenu, QWidget *parent = nullptr);

    // Which buttons show: none but Close until a note is shown.
    void setState(bool loaded, bool draft, bool isSigned);
    void setStatus(const QString &text);

    QLabel *statusLabel() const { return m_status; }
    QPushButton *printButton() const { return m_print; }

Q_SIGNALS:
    void printClicked();
    void pdfClicked();
    void discardClicked();
    void addendumClicked();
    void saveClicked();
    void signClicked();
    void closeClicked();

private:
    QLabel *m_status;
    QPushButton *m_templates;
    QPushButton *m_discard;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_addendum;
    QPushButton *m_save;
    QPushButton *m_sign;
    QPushButton *m_close;
};

} // namespace stillpoint::ui
