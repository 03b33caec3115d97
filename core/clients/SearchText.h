// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace stillpoint::core {

// Folding used by client search and duplicate detection: case-folded, accents removed
// ("Zoë" -> "zoe", "Łukasz" -> "lukasz", "Straße" -> "strasse"), runs of spaces collapsed.
namespace SearchText {
QString fold(const QString &text);
// Only the digits of a phone number ("+1 (555) 010-2233" -> "15550102233").
QString digits(const QString &text);
// A search query split into folded words, at most `maxTerms` of them.
QStringList terms(const QString &query, int maxTerms = 6);
} // namespace SearchText

} // namespace stillpoint::core
