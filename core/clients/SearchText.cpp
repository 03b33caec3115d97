// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/SearchText.h"

namespace stillpoint::core::SearchText {

namespace {

// Letters that Unicode does not decompose into a base letter plus an accent.
QString foldSpecial(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF:
        return QStringLiteral("ss"); // ß
    case 0x00E6:
        return QStringLiteral("ae"); // æ
    case 0x0153:
        return QStringLiteral("oe"); // œ
    case 0x00F8:
        return QStringLiteral("o"); // ø
    case 0x0142:
        return QStringLiteral("l"); // ł
    case 0x0111:
        return QStringLiteral("d"); // đ
    case 0x00F0:
        return QStringLiteral("d"); // ð
    case 0x00FE:
        return QStringLiteral("th"); // þ
    case 0x0131:
        return QStringLiteral("i"); // dotless ı
    default:
        return {};
    }
}

} // namespace

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    bool lastWasSpace = true;
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace()) {
            if (!lastWasSpace)
                out += QLatin1Char(' ');
            lastWasSpace = true;
            continue;
        }
        lastWasSpace = false;
        const QString special = foldSpecial(c);
        if (special.isEmpty())
            out += c;
        else
            out += special;
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QString digits(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out += QChar(QLatin1Char('0').unicode() + static_cast<char16_t>(c.digitValue()));
    }
    return out;
}

QStringList terms(const QString &query, int maxTerms)
{
    QStringList words = fold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > maxTerms)
        words = words.mid(0, maxTerms);
    return words;
}

} // namespace stillpoint::core::SearchText
