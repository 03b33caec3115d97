// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/Styles.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace stillpoint::ui::Styles {

QString logoPath()
{
    return QStringLiteral(":/stillpoint/icons/stillpoint.svg");
}

QLabel *logoLabel(int size, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("logoLabel"));
    label->setPixmap(QIcon(logoPath()).pixmap(size, size));
    label->setFixedSize(size, size);
    label->setAccessibleName(QStringLiteral("Stillpoint"));
    return label;
}

QLabel *titleLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.55);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *subtitleLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QWidget *headerRow(QLabel *title, QLabel *subtitle, QWidget *parent)
{
    auto *row = new QWidget(parent);
    title->setParent(row);
    subtitle->setParent(row);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addStretch();
    texts->addWidget(title);
    texts->addWidget(subtitle);
    texts->addStretch();
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(logoLabel(52, row), 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    return row;
}

QString infoBannerStyle()
{
    return QStringLiteral("QLabel { background: #e8f1fb; color: #123a63; border: 1px solid #b6d0ee;"
                          " border-radius: 4px; padding: 6px 8px; }");
}

QString successBannerStyle()
{
    return QStringLiteral("QLabel { background: #e7f5ea; color: #1d4d2a; border: 1px solid #a9d8b4;"
                          " border-radius: 4px; padding: 6px 8px; }");
}

QString problemBannerStyle()
{
    return QStringLiteral("QLabel { background: #fdecee; color: #7a0b1c; border: 1px solid #eeb3bb;"
                          " border-radius: 4px; padding: 6px 8px; }");
}

QWidget *withFocusProxy(QWidget *container, QWidget *field)
{
    container->setFocusProxy(field);
    return container;
}

void fitHeight(QWidget *dialog)
{
    QLayout *layout = dialog->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

void makeProblemBanner(QLabel *label, const QString &objectName)
{
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(problemBannerStyle());
    label->hide();
}

void makePasswordField(QLineEdit *edit, const QString &objectName)
{
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(1024);
}

} // namespace stillpoint::ui::Styles
