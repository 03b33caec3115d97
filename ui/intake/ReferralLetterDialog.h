// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/DocumentPrinter.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace stillpoint::ui {

class IntakePrintouts;

// A referral letter to the client's physician, shown before it leaves the practice, with Print…
// and Save as PDF…. It shows the letter it is given (built by IntakePrintouts, which read it for
// the signed-in therapist) and keeps nothing else.
class ReferralLetterDialog final : public QDialog
{
    Q_OBJECT

public:
    ReferralLetterDialog(const IntakePrintouts &printouts, const PrintableDocument &letter,
                         QWidget *parent = nullptr);
    ~ReferralLetterDialog() override;

    QTextBrowser *preview() const { return m_preview; }
    QPushButton *printButton() const { return m_printButton; }
    QPushButton *savePdfButton() const { return m_savePdfButton; }

    // The buttons' work, callable from tests.
    bool print();
    bool saveAsPdf();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    const IntakePrintouts &m_printouts;
    PrintableDocument m_letter;
    QTextBrowser *m_preview;
    QLabel *m_result;
    QPushButton *m_printButton;
    QPushButton *m_savePdfButton;
};

} // namespace stillpoint::ui
