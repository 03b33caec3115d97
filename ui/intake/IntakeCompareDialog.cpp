// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeCompareDialog.h"

#include "ui/common/Styles.h"
#include "ui/intake/IntakeDifferenceModel.h"
#include "ui/intake/IntakeHistoryModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

QString describe(const core::Intake &intake)
{
    const QString date = QLocale().toString(intake.intakeDate, QStringLiteral("d MMMM yyyy"));
    return IntakeCompareDialog::tr("version %1 (%2, %3)")
            .arg(QString::number(intake.version),
                 IntakeHistoryModel::statusLabel(intake.status).toLower(), date);
}

} // namespace

IntakeCompareDialog::IntakeCompareDialog(const core::Intake &before, const core::Intake &after,
                                         QWidget *parent)
    : QDialog(parent), m_model(new IntakeDifferenceModel(this)), m_view(new QTableView(this)),
      m_changedOnly(new QCheckBox(tr("Show &changed fields only"), this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("intakeCompareDialog"));
    setWindowTitle(tr("Compare Intake Versions"));
    m_model->setVersions(before, after);

    auto *title = Styles::titleLabel(tr("What changed"), this);
    auto *subtitle = Styles::subtitleLabel(
            tr("From %1 to %2.").arg(describe(before), describe(after)), this);
    subtitle->setObjectName(QStringLiteral("compareVersionsLabel"));

    m_summary->setObjectName(QStringLiteral("compareSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    const int changes = m_model->changeCount();
    m_summary->setText(changes == 0 ? tr("No field changed.")
                               : changes == 1
                               ? tr("1 field changed, highlighted below.")
                               : tr("%1 fields changed, highlighted below.").arg(changes));
    m_summary->setStyleSheet(changes == 0 ? Styles::successBannerStyle()
                                          : Styles::infoBannerStyle());

    m_changedOnly->setObjectName(QStringLiteral("changedOnlyCheckBox"));
    m_changedOnly->setEnabled(changes > 0);
    connect(m_changedOnly, &QCheckBox::toggled, m_model, &IntakeDifferenceModel::setChangedOnly);

    m_view->setObjectName(QStringLiteral("compareTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(IntakeDifferenceModel::ChangeColumn,
                          metrics.horizontalAdvance(tr("Removed")) + 28);
    header->resizeSection(IntakeDifferenceModel::SectionColumn,
                          metrics.horizontalAdvance(QStringLiteral("Migraine history")) + 24);
    header->resizeSection(IntakeDifferenceModel::FieldColumn,
                          metrics.horizontalAdvance(QStringLiteral("Headache days per month"))
                                  + 24);
    header->setSectionResizeMode(IntakeDifferenceModel::BeforeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(IntakeDifferenceModel::AfterColumn, QHeaderView::Stretch);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeRowsToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *options = new QHBoxLayout;
    options->addWidget(m_summary, 1);
    options->addSpacing(12);
    options->addWidget(m_changedOnly);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(6);
    layout->addLayout(options);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(980, 640);
    // With changes, start with them alone: that is what the comparison is for.
    m_changedOnly->setChecked(changes > 0);
    m_view->resizeRowsToContents();
}

IntakeCompareDialog::~IntakeCompareDialog() = default;

} // namespace stillpoint::ui
