// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/SeriesBox.h"

#include "ui/common/Styles.h"
#include "ui/schedule/ScheduleSource.h"
#include "ui/security/CurrentSession.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

// The width the state column has at least in the booking and change dialogs.
constexpr int StateColumnWidth = 400;

const QColor conflictBackground(0xfd, 0xe2, 0xe1);
const QColor conflictText(0x8c, 0x1d, 0x18);
const QColor warningBackground(0xff, 0xf4, 0xe6);
const QColor warningText(0x6b, 0x3a, 0x00);

const QString warningBannerStyle =
        QStringLiteral("QLabel { background: #fff4e6; color: #6b3a00; border: 1px solid #f5c58a;"
                       " border-radius: 4px; padding: 6px 8px; }");

} // namespace

SeriesBox::SeriesBox(const ScheduleSource &source, QWidget *parent)
    : QWidget(parent), m_source(source), m_interval(new QSpinBox(this)),
      m_byCount(new QRadioButton(tr("Number of ti&mes"), this)), m_count(new QSpinBox(this)),
      m_byUntil(new QRadioButton(tr("Unti&l"), this)), m_until(new QDateEdit(this)),
      m_list(makeList(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("seriesBox"));
    m_interval->setObjectName(QStringLiteral("repeatIntervalSpin"));
    m_interval->setRange(1, core::RecurrenceRule::MaxIntervalWeeks);
    m_interval->setSuffix(tr(" week(s)"));
    m_interval->setAccessibleName(tr("Repeat every how many weeks"));
    m_byCount->setObjectName(QStringLiteral("repeatCountButton"));
    m_byUntil->setObjectName(QStringLiteral("repeatUntilButton"));
    auto *ends = new QButtonGroup(this);
    ends->addButton(m_byCount);
    ends->addButton(m_byUntil);
    m_byCount->setChecked(true);
    m_count->setObjectName(QStringLiteral("repeatCountSpin"));
    m_count->setRange(2, core::RecurrenceRule::MaxOccurrences);
    m_count->setValue(6);
    m_count->setAccessibleName(tr("Number of appointments"));
    m_until->setObjectName(QStringLiteral("repeatUntilEdit"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_until->setAccessibleName(tr("Last possible date"));

    m_summary->setObjectName(QStringLiteral("seriesSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    auto *rule = new QGridLayout;
    rule->setContentsMargins(0, 0, 0, 0);
    auto *repeatLabel = new QLabel(tr("E&very"), this);
    repeatLabel->setBuddy(m_interval);
    rule->addWidget(repeatLabel, 0, 0);
    rule->addWidget(m_interval, 0, 1);
    rule->addWidget(m_byCount, 0, 2);
    rule->addWidget(m_count, 0, 3);
    rule->addWidget(m_byUntil, 1, 2);
    rule->addWidget(m_until, 1, 3);
    rule->setColumnStretch(4, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(rule);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    // Tab goes through the rule in reading order, then the list.
    setTabOrder(m_interval, m_byCount);
    setTabOrder(m_byCount, m_count);
    setTabOrder(m_count, m_byUntil);
    setTabOrder(m_byUntil, m_until);
    setTabOrder(m_until, m_list);

    connect(m_interval, &QSpinBox::valueChanged, this, &SeriesBox::ruleChanged);
    connect(m_count, &QSpinBox::valueChanged, this, &SeriesBox::ruleChanged);
    connect(m_until, &QDateEdit::dateChanged, this, &SeriesBox::ruleChanged);
    connect(m_byCount, &QRadioButton::toggled, this, [this] {
        updateState();
        Q_EMIT ruleChanged();
    });
    updateState();
}

SeriesBox::~SeriesBox() = default;

void SeriesBox::updateState()
{
    m_count->setEnabled(m_byCount->isChecked());
    m_until->setEnabled(m_byUntil->isChecked());
}

void SeriesBox::setFirstDate(const QDate &first)
{
    const QSignalBlocker quiet(m_until);
    m_until->setMinimumDate(first);
    if (!m_until->date().isValid() || m_until->date() <= first
        || m_until->date() == m_until->minimumDate())
        m_until->setDate(first.addDays(7 * 12));
}

core::RecurrenceRule SeriesBox::rule(const QDate &first, const QTime &time) const
{
    core::RecurrenceRule rule;
    rule.intervalWeeks = m_interval->value();
    rule.firstDate = first;
    rule.localTime = QTime(time.hour(), time.minute());
    if (m_byCount->isChecked())
        rule.count = m_count->value();
    else
        rule.untilDate = m_until->date();
    return rule;
}

QTreeWidget *SeriesBox::makeList(QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(QStringLiteral("seriesPreviewList"));
    list->setAccessibleName(tr("The appointments of the series"));
    list->setColumnCount(ColumnCount);
    list->setHeaderLabels({ tr("#"), tr("Date"), tr("Time"), tr("Free?") });
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(false);
    list->setWordWrap(true);
    list->setTextElideMode(Qt::ElideNone); // a conflict's message is read in full
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->header()->setStretchLastSection(true);
    list->header()->setSectionResizeMode(IndexColumn, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    list->setMinimumHeight(list->fontMetrics().lineSpacing() * 9);

    return list;
}

void SeriesBox::list(QTreeWidget *list, const core::SeriesPreview &preview)
{
    list->clear();
    const QLocale locale;
    for (const core::SeriesOccurrence &occurrence : preview.occurrences) {
        auto *row = new QTreeWidgetItem(list);
        row->setText(IndexColumn, QString::number(occurrence.index));
        row->setText(DateColumn,
                     locale.toString(occurrence.localDate, QStringLiteral("ddd d MMM yyyy")));
        row->setText(TimeColumn, occurrence.localTime.toString(QStringLiteral("HH:mm")));
        row->setTextAlignment(IndexColumn, Qt::AlignRight | Qt::AlignVCenter);
        QStringList state;
        QColor background;
        QColor text;
        if (!occurrence.isFree()) {
            // A symbol and words as well as the colour: the mark must not rely on colour alone.
            // One line per appointment in the way: the same one often takes both the
            // therapist and the room.
            QList<qint64> named;
            for (const core::ScheduleConflict &conflict : occurrence.conflicts) {
                if (named.contains(conflict.appointmentId))
                    continue;
                named << conflict.appointmentId;
                state << tr("✖ Conflict: %1").arg(conflict.message);
            }
            background = conflictBackground;
            text = conflictText;
            QFont bold = row->font(StateColumn);
            bold.setBold(true);
            for (int column = 0; column < ColumnCount; ++column)
                row->setFont(column, bold);
        } else if (!occurrence.warnings.isEmpty()) {
            for (const core::ScheduleWarning &warning : occurrence.warnings)
                state << tr("⚠ %1").arg(warning.message);
            background = warningBackground;
            text = warningText;
        } else {
            state << tr("✔ Free");
        }
        row->setText(StateColumn, state.join(u'\n'));
        if (!occurrence.isFree() || !occurrence.warnings.isEmpty()) {
            // A tree does not grow a row for wrapped text by itself: give it room for the lines
            // the message takes in a column of about StateColumnWidth pixels.
            const QFontMetrics metrics(row->font(StateColumn));
            int lines = 0;
            for (const QString &line : std::as_const(state))
                lines += 1 + metrics.horizontalAdvance(line) / StateColumnWidth;
            row->setSizeHint(StateColumn,
                             QSize(StateColumnWidth, lines * metrics.lineSpacing() + 4));
        }
        row->setToolTip(StateColumn, state.join(u'\n'));
        row->setData(IndexColumn, Qt::UserRole, occurrence.isFree());
        if (background.isValid()) {
            for (int column = 0; column < ColumnCount; ++column) {
                row->setBackground(column, background);
                row->setForeground(column, text);
            }
        }
    }
}

std::pair<QString, QString> SeriesBox::summaryOf(const core::SeriesPreview &preview)
{
    const int total = int(preview.occurrences.size());
    const int conflicting = preview.conflicting();
    const int warned = preview.withWarnings();
    QString summary;
    QString style;
    if (conflicting > 0) {
        summary = tr("%1 of %2 appointments collide with others (marked ✖): leave them out "
                     "and go ahead with the %3 free ones, or choose another time, therapist or "
                     "room.")
                          .arg(conflicting)
                          .arg(total)
                          .arg(total - conflicting);
        style = Styles::problemBannerStyle();
    } else if (warned > 0) {
        summary = tr("All %1 appointments are free; %2 need your confirmation (marked ⚠).")
                          .arg(total)
                          .arg(warned);
        style = warningBannerStyle;
    } else {
        summary = tr("All %1 appointments are free.").arg(total);
        style = Styles::successBannerStyle();
    }
    return { summary, style };
}

void SeriesBox::showWaiting(const QString &message)
{
    m_preview.reset();
    m_list->clear();
    m_summary->setText(message);
    m_summary->setStyleSheet(Styles::infoBannerStyle());
}

const std::optional<core::SeriesPreview> &SeriesBox::showPreview(const core::SeriesRequest &request)
{
    m_list->clear();
    const ScheduleServices &services = m_source.services();
    const auto previewed = services.series.preview(services.session.session(), request);
    if (!previewed) {
        m_preview.reset();
        m_summary->setText(previewed.error().message);
        m_summary->setStyleSheet(Styles::problemBannerStyle());
        return m_preview;
    }
    m_preview = previewed.value();
    list(m_list, m_preview.value());
    const auto [summary, style] = summaryOf(m_preview.value());
    m_summary->setStyleSheet(style);
    m_summary->setText(summary);
    return m_preview;
}

} // namespace stillpoint::ui
