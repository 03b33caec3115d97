// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoIntakes.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/ModelTestWarnings.h"
#include "ui/intake/IntakeDifferenceModel.h"
#include "ui/intake/IntakeHistoryModel.h"
#include "ui/intake/QuestionnaireScoreModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QTimeZone>

using namespace stillpoint;
using ui::IntakeDifferenceModel;
using Change = IntakeDifferenceModel::Change;

namespace {

core::IntakeSummary summary(qint64 id, int version, core::IntakeStatus status, int redFlags)
{
    core::IntakeSummary row;
    row.id = id;
    row.version = version;
    row.status = status;
    row.intakeDate = QDate(2026, 3, version);
    row.redFlagCount = redFlags;
    if (status == core::IntakeStatus::Signed) {
        row.signedBy = QStringLiteral("Theo Therapist");
        row.signedAtUtc = QDateTime(QDate(2026, 3, version), QTime(12, 0), QTimeZone::utc());
    }
    return row;
}

core::QuestionnaireAdministration given(const QString &id, QDate date,
                                        std::optional<core::QuestionnaireScore> score)
{
    core::QuestionnaireAdministration administration;
    administration.questionnaireId = id;
    administration.date = date;
    administration.score = std::move(score);
    return administration;
}

} // namespace

TEST_CASE("the intake history model passes QAbstractItemModelTester and marks red flags",
          "[ui][intake][model]")
{
    const test::ModelTestWarnings warnings;
    ui::IntakeHistoryModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setIntakes({ summary(3, 3, core::IntakeStatus::Draft, 0),
                       summary(2, 2, core::IntakeStatus::Discarded, 0),
                       summary(1, 1, core::IntakeStatus::Signed, 2) });
    REQUIRE(model.rowCount() == 3);
    CHECK(model.rowOf(1) == 2);
    CHECK(model.rowOf(99) == -1);
    CHECK(model.index(2, ui::IntakeHistoryModel::RedFlagsColumn).data().toString()
          == QStringLiteral("2"));
    CHECK(model.index(0, ui::IntakeHistoryModel::RedFlagsColumn).data().toString()
          == QStringLiteral("None"));
    CHECK(model.index(2, ui::IntakeHistoryModel::RedFlagsColumn)
                  .data(Qt::ForegroundRole)
                  .isValid());
    CHECK(model.index(1, ui::IntakeHistoryModel::StatusColumn).data().toString()
          == QStringLiteral("Discarded"));
    model.setIntakes({});
    CHECK(model.rowCount() == 0);
    CHECK(warnings.messages().isEmpty());
}

TEST_CASE("the questionnaire score model shows the newest first with grades or incomplete",
          "[ui][intake][model]")
{
    const test::ModelTestWarnings warnings;
    ui::QuestionnaireScoreModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    core::QuestionnaireScore midas;
    midas.total = 21;
    midas.grade = QStringLiteral("IV");
    midas.gradeLabel = QStringLiteral("Severe disability");
    core::QuestionnaireScore hit6;
    hit6.total = 58;
    hit6.gradeLabel = QStringLiteral("Substantial impact");
    model.setAdministrations({ given(QStringLiteral("midas"), QDate(2026, 1, 5), midas),
                               given(QStringLiteral("hit6"), QDate(2026, 2, 5), hit6),
                               given(QStringLiteral("hit6"), QDate(2026, 3, 5), std::nullopt) });
    REQUIRE(model.rowCount() == 3);
    using M = ui::QuestionnaireScoreModel;
    CHECK(model.index(0, M::GradeColumn).data().toString() == QStringLiteral("Incomplete"));
    CHECK(model.index(0, M::TotalColumn).data().toString() == QStringLiteral("—"));
    CHECK(model.index(1, M::QuestionnaireColumn).data().toString() == QStringLiteral("HIT-6"));
    CHECK(model.index(1, M::GradeColumn).data().toString() == QStringLiteral("Substantial impact"));
    CHECK(model.index(2, M::GradeColumn).data().toString()
          == QStringLiteral("IV · Severe disability"));
    CHECK(warnings.messages().isEmpty());
}

TEST_CASE("the difference model puts changes among the unchanged fields and a removed field at "
          "the end of its section",
          "[ui][intake][model][compare]")
{
    const QList<core::IntakeLine> after{
        { QStringLiteral("Health history"), QStringLiteral("Conditions"),
          QStringLiteral("Asthma") },
        { QStringLiteral("Health history"), QStringLiteral("Allergies"), QStringLiteral("Nuts") },
        { QStringLiteral("Triggers"), QStringLiteral("Stress"), QStringLiteral("Trigger") },
        { QStringLiteral("Triggers"), QStringLiteral("Heat"), QStringLiteral("Trigger") },
    };
    const QList<core::IntakeDifference> differences{
        { QStringLiteral("Health history"), QStringLiteral("Allergies"), QStringLiteral("—"),
          QStringLiteral("Nuts") },
        { QStringLiteral("Triggers"), QStringLiteral("Alcohol"), QStringLiteral("Trigger"),
          QString() },
        { QStringLiteral("Triggers"), QStringLiteral("Heat"), QString(),
          QStringLiteral("Trigger") },
    };
    const auto rows = IntakeDifferenceModel::merge(after, differences);
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(0).change == Change::Unchanged);
    CHECK(rows.at(0).before == QStringLiteral("Asthma"));
    CHECK(rows.at(1).change == Change::Changed);
    CHECK(rows.at(1).before == QStringLiteral("—"));
    CHECK(rows.at(3).label == QStringLiteral("Heat"));
    CHECK(rows.at(3).change == Change::Added);
    CHECK(rows.at(4).label == QStringLiteral("Alcohol"));
    CHECK(rows.at(4).change == Change::Removed);
}

TEST_CASE("the difference model passes QAbstractItemModelTester while switching to changes only",
          "[ui][intake][model][compare]")
{
    const test::ModelTestWarnings warnings;
    core::Intake before = core::DemoIntakes::sample(0, 1, QDate(2026, 3, 3));
    core::Intake after = before;
    after.migraine.attacksPerMonth = before.migraine.attacksPerMonth.value_or(0) + 3;
    IntakeDifferenceModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setVersions(before, after);
    const int all = model.rowCount();
    CHECK(model.changeCount() == 1);
    model.setChangedOnly(true);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.row(0).change == Change::Changed);
    CHECK(model.index(0, IntakeDifferenceModel::ChangeColumn).data().toString()
          == QStringLiteral("Changed"));
    model.setChangedOnly(false);
    CHECK(model.rowCount() == all);
    CHECK(warnings.messages().isEmpty());
}
