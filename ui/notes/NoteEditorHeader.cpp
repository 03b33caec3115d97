// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteEditorHeader.h"

#include "ui/common/Styles.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

QString badgeStyle(const char *background, const char *foreground)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 10px; "
                          "padding: 3px 12px; font-weight: bold; }")
            .arg(QLatin1String(background), QLatin1String(foreground));
}

} // namespace

NoteEditorHeader::NoteEditorHeader(QWidget *parent)
    : QWidget(parent), m_client(Styles::titleLabel({}, this)),
      m_detail(Styles::subtitleLabel({}, this)), m_status(new QLabel(this)),
      m_locked(new QLabel(this))
{
    m_client->setObjectName(QStringLiteral("noteClientLabel"));
    m_detail->setObjectName(QStringLiteral("noteDetailLabel"));
    m_status->setObjectName(QStringLiteral("noteStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_locked->setObjectName(QStringLiteral("noteLockedBanner"));
    m_locked->setTextFormat(Qt::PlainText);
    m_locked->setWordWrap(true);
    m_locked->setStyleSheet(Styles::infoBannerStyle());
    m_locked->hide();

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_client);
    texts->addWidget(m_detail);
    auto *top = new QHBoxLayout;
    top->addLayout(texts, 1);
    top->addWidget(m_status, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_locked);
}

void NoteEditorHeader::showNote(const core::SessionNote *note, const QString &clientName,
                                const QDate &carriedFrom)
{
    const QLocale locale;
    m_client->setText(clientName.isEmpty() ? tr("Session note") : clientName);
    if (!note) {
        m_detail->clear();
        m_status->hide();
        m_locked->hide();
        return;
    }
    QStringList details;
    details << tr("Session of %1")
                       .arg(locale.toString(note->sessionDate, QStringLiteral("dddd d MMMM yyyy")));
    if (note->appointmentId != 0)
        details << tr("from the appointment");
    if (!note->createdBy.isEmpty())
        details << tr("started by %1").arg(note->createdBy);
    if (note->carriedForwardFrom != 0)
        details << (carriedFrom.isValid()
                            ? tr("plan and marks carried forward from %1")
                                      .arg(locale.toString(carriedFrom,
                                                           QStringLiteral("d MMM yyyy")))
                            : tr("plan and marks carried forward from an earlier note"));
    m_detail->setText(details.join(QStringLiteral("  ·  ")));

    switch (note->status) {
    case core::NoteStatus::Draft:
        m_status->setText(tr("Draft"));
        m_status->setStyleSheet(badgeStyle("#fff3cd", "#6b4e00"));
        break;
    case core::NoteStatus::Signed:
        m_status->setText(tr("Signed"));
        m_status->setStyleSheet(badgeStyle("#dff3e4", "#1d4d2a"));
        break;
    case core::NoteStatus::Discarded:
        m_status->setText(tr("Discarded"));
        m_status->setStyleSheet(badgeStyle("#eeeeee", "#555555"));
        break;
    }
    m_status->show();

    QString locked;
    if (note->status == core::NoteStatus::Signed) {
        locked = tr("Signed by %1 on %2 — locked. Corrections go in an addendum under the note.")
                         .arg(note->signedBy,
                              locale.toString(note->signedAtUtc.toLocalTime(),
                                              QStringLiteral("d MMM yyyy HH:mm")));
        if (!note->addenda.isEmpty())
            locked += u' '
                    + (note->addenda.size() == 1
                               ? tr("1 addendum under it (Alt+6).")
                               : tr("%1 addenda under it (Alt+6).").arg(note->addenda.size()));
    } else if (note->status == core::NoteStatus::Discarded) {
        locked = tr("A draft set aside, kept for the record — locked.");
    }
    m_locked->setText(locked);
    m_locked->setVisible(!locked.isEmpty());
}

} // namespace stillpoint::ui
