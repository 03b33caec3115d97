// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QLineEdit;
class QWidget;

namespace stillpoint::ui {

// The few looks shared by the sign-in, setup, lock and administration screens, so that they read
// as one application: a large title, a muted subtitle and coloured banners. Labels are plain text.
namespace Styles {
// The application's icon as a picture `size` pixels square (empty when it cannot be drawn).
QLabel *logoLabel(int size, QWidget *parent);
// The application's icon, for windows.
QString logoPath();
QLabel *titleLabel(const QString &text, QWidget *parent);
QLabel *subtitleLabel(const QString &text, QWidget *parent);
// The icon beside a title and its subtitle, as the top of a sign-in or setup dialog.
QWidget *headerRow(QLabel *title, QLabel *subtitle, QWidget *parent);
// Style sheets for a QLabel used as a banner.
QString infoBannerStyle();
QString successBannerStyle();
QString problemBannerStyle();
// Turns a label into the hidden, word-wrapped, plain-text problem banner of a dialog.
void makeProblemBanner(QLabel *label, const QString &objectName);
// Turns a line edit into a password field (hidden echo, generous length limit).
void makePasswordField(QLineEdit *edit, const QString &objectName);
// Makes a field's container (from FieldErrors::wrap) pass focus to the field, so a form label's
// mnemonic lands in the field; returns the container.
QWidget *withFocusProxy(QWidget *container, QWidget *field);
// Grows a dialog when a message that wraps over several lines appeared in it, so nothing is cut.
void fitHeight(QWidget *dialog);
} // namespace Styles

} // namespace stillpoint::ui
