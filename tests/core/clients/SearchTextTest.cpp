// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/SearchText.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace stillpoint::core;

TEST_CASE("folding removes case and accents", "[clients][search]")
{
    CHECK(SearchText::fold(QStringLiteral("Zoë")) == QLatin1String("zoe"));
    CHECK(SearchText::fold(QStringLiteral("CHLOÉ")) == QLatin1String("chloe"));
    CHECK(SearchText::fold(QStringLiteral("Łukasz")) == QLatin1String("lukasz"));
    CHECK(SearchText::fold(QStringLiteral("Weiß")) == QLatin1String("weiss"));
    CHECK(SearchText::fold(QStringLiteral("Østergaard")) == QLatin1String("ostergaard"));
    CHECK(SearchText::fold(QStringLiteral("Nguyễn")) == QLatin1String("nguyen"));
    // decomposed input (e + combining diaeresis) folds the same as the composed form
    CHECK(SearchText::fold(QStringLiteral("Zoe\u0308")) == QLatin1String("zoe"));
}

TEST_CASE("folding collapses and trims white space", "[clients][search]")
{
    CHECK(SearchText::fold(QStringLiteral("  Anne   Marie\t")) == QLatin1String("anne marie"));
    CHECK(SearchText::terms(QStringLiteral("  Zoë  MAR "))
          == QStringList{ QStringLiteral("zoe"), QStringLiteral("mar") });
}

TEST_CASE("a search has at most six words", "[clients][search]")
{
    CHECK(SearchText::terms(QStringLiteral("a b c d e f g h")).size() == 6);
}

TEST_CASE("phone digits ignore formatting", "[clients][search]")
{
    CHECK(SearchText::digits(QStringLiteral("+1 (541) 555-0123")) == QLatin1String("15415550123"));
    CHECK(SearchText::digits(QStringLiteral("no digits")).isEmpty());
}
