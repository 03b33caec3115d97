// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/ReferralLetterDialog.h"

#include "ui/common/Styles.h"
#include "ui/intake/IntakePrintouts.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace stillpoint::ui {

ReferralLetterDialog::ReferralLetterDialog(const IntakePrintouts &printouts,
                                           const PrintableDocument &letter, QWidget *parent)
    : QDialog(parent), m_printouts(printouts), m_letter(letter), m_preview(new QTextBrowser(this)),
      m_result(new QLabel(this)), m_printButton(new QPushButton(tr("&Print…"), this)),
      m_savePdfButton(new QPushButton(tr("Save as P&DF…"), this))
{
    setObjectName(QStringLiteral("referralLetterDialog"));
    setWindowTitle(tr("Referral Letter"));

    auto *subtitle = Styles::subtitleLabel(
            tr("Check the letter, then print it or save it as a PDF to send to the client's "
               "physician."),
            this);
    m_preview->setObjectName(QStringLiteral("referralPreview"));
    m_preview->setOpenLinks(false);
    // The letter wraps to the preview's width; a sideways scroll bar would only show slack.
    m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_preview->setHtml(m_letter.html);
    DocumentPrinter::tidyTables(*m_preview->document());
    m_result->setObjectName(QStringLiteral("referralResultLabel"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setStyleSheet(Styles::successBannerStyle());
    m_result->hide();

    m_printButton->setObjectName(QStringLiteral("printReferralButton"));
    m_savePdfButton->setObjectName(QStringLiteral("saveReferralPdfButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_printButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_savePdfButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_printButton, &QPushButton::clicked, this, [this] { print(); });
    connect(m_savePdfButton, &QPushButton::clicked, this, [this] { saveAsPdf(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->addWidget(Styles::titleLabel(tr("Referral letter"), this));
    layout->addWidget(subtitle);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(760, 720);
}

ReferralLetterDialog::~ReferralLetterDialog() = default;

bool ReferralLetterDialog::print()
{
    if (!m_printouts.print(this, m_letter))
        return false;
    m_result->setText(tr("Sent to the printer."));
    m_result->show();
    Q_EMIT statusMessage(tr("Referral letter sent to the printer."));
    return true;
}

bool ReferralLetterDialog::saveAsPdf()
{
    QString path;
    if (!m_printouts.saveAsPdf(this, m_letter, &path))
        return false;
    m_result->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    m_result->show();
    Q_EMIT statusMessage(tr("Referral letter saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace stillpoint::ui
