// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeEditor.h"

#include "core/assess/HeadacheHistoryChecklist.h"
#include "core/intake/IntakeValidator.h"
#include "ui/common/FieldUndoRecorder.h"
#include "ui/common/Prompter.h"
#include "ui/common/Styles.h"
#include "ui/intake/IntakeConsentPage.h"
#include "ui/intake/IntakeContraindicationsPage.h"
#include "ui/intake/IntakeHealthPage.h"
#include "ui/intake/IntakeMigrainePage.h"
#include "ui/intake/IntakeQuestionnairesPage.h"
#include "ui/intake/IntakeRedFlagsPage.h"
#include "ui/intake/IntakeReviewPage.h"
#include "ui/intake/IntakeTriggersPage.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

constexpr int DefaultAutosaveMs = 2000;
const QString GeometryKey = QStringLiteral("IntakeEditor/geometry");

QString timeOf(const QDateTime &utc, const char *format)
{
    return utc.toLocalTime().toString(QLatin1String(format));
}

} // namespace

IntakeEditor::IntakeEditor(const Services &services, const core::Session &session, QWidget *parent)
    : QWidget(parent, Qt::Window), m_intakes(services.intakes), m_prompter(services.prompter),
      m_clock(services.clock), m_session(session), m_autosave(new QTimer(this)),
      m_undoStack(new QUndoStack(this)), m_recorder(new FieldUndoRecorder(m_undoStack, this))
{
    setObjectName(QStringLiteral("intakeEditor"));
    setWindowTitle(tr("Intake"));
    setWindowIcon(QIcon(Styles::logoPath()));
    m_autosave->setObjectName(QStringLiteral("intakeAutosaveTimer"));
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(DefaultAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, [this] { saveNow(); });

    // Creation order is the tab order: the section list, the page's fields, then the buttons.
    QWidget *header = buildHeader();
    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("intakeSectionList"));
    m_sections->setAccessibleName(tr("Intake sections"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("intakePages"));
    buildPages();
    QWidget *buttons = buildButtons();

    auto *body = new QHBoxLayout;
    body->setSpacing(12);
    body->addWidget(m_sections);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(8);
    layout->addWidget(header);
    layout->addWidget(m_lockedBanner);
    layout->addWidget(m_redFlagBanner);
    layout->addWidget(m_problemBanner);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(m_sections, &QListWidget::currentRowChanged, m_stack, [this](int row) {
        if (row >= 0)
            m_stack->setCurrentIndex(row);
        m_previousButton->setEnabled(row > 0);
        m_nextButton->setEnabled(row + 1 < m_pages.size());
    });
    connect(m_recorder, &FieldUndoRecorder::fieldRestored, this, [this](QWidget *field) {
        revealField(field);
        formEdited();
    });
    createShortcuts();
    m_sections->setCurrentRow(0);
    restoreWindowGeometry();
    updateHeader();
}

IntakeEditor::~IntakeEditor() = default;

QWidget *IntakeEditor::buildHeader()
{
    auto *header = new QWidget(this);
    m_clientLabel = Styles::titleLabel({}, header);
    m_clientLabel->setObjectName(QStringLiteral("intakeClientLabel"));
    m_detailLabel = Styles::subtitleLabel({}, header);
    m_detailLabel->setObjectName(QStringLiteral("intakeDetailLabel"));
    auto *texts = new QVBoxLayout(header);
    texts->setContentsMargins(0, 0, 0, 0);
    texts->setSpacing(2);
    texts->addWidget(m_clientLabel);
    texts->addWidget(m_detailLabel);

    m_lockedBanner = new QLabel(this);
    m_lockedBanner->setObjectName(QStringLiteral("intakeLockedBanner"));
    m_lockedBanner->setTextFormat(Qt::PlainText);
    m_lockedBanner->setWordWrap(true);
    m_lockedBanner->setStyleSheet(Styles::infoBannerStyle());
    m_lockedBanner->hide();
    m_redFlagBanner = new QLabel(this);
    Styles::makeProblemBanner(m_redFlagBanner, QStringLiteral("redFlagBanner"));
    m_problemBanner = new QLabel(this);
    Styles::makeProblemBanner(m_problemBanner, QStringLiteral("intakeProblemBanner"));
    return header;
}

void IntakeEditor::buildPages()
{
    m_health = new IntakeHealthPage(m_recorder, m_stack);
    m_triggers = new IntakeTriggersPage(m_recorder, m_stack);
    m_questionnaires = new IntakeQuestionnairesPage(m_recorder, m_stack);
    m_redFlags = new IntakeRedFlagsPage(m_recorder, m_stack);
    m_consent = new IntakeConsentPage(m_recorder, m_clock, m_stack);
    m_review = new IntakeReviewPage(m_recorder, m_stack);
    m_pages = { m_health,
                new IntakeContraindicationsPage(m_recorder, m_stack),
                new IntakeMigrainePage(m_recorder, m_stack),
                m_triggers,
                m_questionnaires,
                m_redFlags,
                m_consent,
                m_review };
    int widest = 0;
    for (int i = 0; i < m_pages.size(); ++i) {
        IntakePage *page = m_pages[i];
        m_stack->addWidget(page);
        auto *item = new QListWidgetItem(page->title(), m_sections);
        item->setToolTip(tr("Alt+%1").arg(i + 1));
        item->setSizeHint(QSize(0, m_sections->fontMetrics().height() + 14));
        widest = std::max(widest, m_sections->fontMetrics().horizontalAdvance(page->title()));
        connect(page, &IntakePage::edited, this, &IntakeEditor::formEdited);
        connect(page, &IntakePage::problemsChanged, this, &IntakeEditor::refreshValidation);
    }
    // Room for the longest title and a problem count.
    m_sections->setFixedWidth(
            widest + m_sections->fontMetrics().horizontalAdvance(QStringLiteral(" (99)")) + 36);

    m_triggers->setPracticeTriggerAdder([this](const QString &label) {
        return m_intakes.addPracticeTrigger(m_session, label);
    });
    connect(m_review, &IntakeReviewPage::jumpRequested, this, &IntakeEditor::jumpToField);
    connect(m_review, &IntakeReviewPage::signRequested, this, [this] { sign(); });
}

QWidget *IntakeEditor::buildButtons()
{
    auto *row = new QWidget(this);
    m_saveStatus = new QLabel(row);
    m_saveStatus->setObjectName(QStringLiteral("autosaveStatusLabel"));
    m_saveStatus->setTextFormat(Qt::PlainText);
    m_saveStatus->setForegroundRole(QPalette::PlaceholderText);
    m_previousButton = new QPushButton(tr("‹ Previous"), row);
    m_previousButton->setObjectName(QStringLiteral("previousSectionButton"));
    m_previousButton->setToolTip(tr("Previous section (Ctrl+Page Up)"));
    m_nextButton = new QPushButton(tr("Next ›"), row);
    m_nextButton->setObjectName(QStringLiteral("nextSectionButton"));
    m_nextButton->setToolTip(tr("Next section (Ctrl+Page Down)"));
    m_printButton = new QPushButton(tr("Print…"), row);
    m_printButton->setObjectName(QStringLiteral("printIntakeButton"));
    m_printButton->setToolTip(tr("Print this intake (Ctrl+P)"));
    m_saveButton = new QPushButton(tr("Save Draft"), row);
    m_saveButton->setObjectName(QStringLiteral("saveIntakeButton"));
    m_saveButton->setToolTip(tr("Drafts save by themselves; this saves now (Ctrl+S)"));
    m_closeButton = new QPushButton(tr("Close"), row);
    m_closeButton->setObjectName(QStringLiteral("closeIntakeButton"));
    connect(m_previousButton, &QPushButton::clicked, this,
            [this] { setCurrentSection(currentSection() - 1); });
    connect(m_nextButton, &QPushButton::clicked, this,
            [this] { setCurrentSection(currentSection() + 1); });
    connect(m_printButton, &QPushButton::clicked, this, [this] {
        if (!m_loaded)
            return;
        if (!m_readOnly)
            saveNow();
        Q_EMIT printRequested(m_intake.id);
    });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveNow(); });
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_saveStatus, 1);
    layout->addWidget(m_previousButton);
    layout->addWidget(m_nextButton);
    layout->addSpacing(16);
    layout->addWidget(m_printButton);
    layout->addWidget(m_saveButton);
    layout->addWidget(m_closeButton);
    return row;
}

void IntakeEditor::createShortcuts()
{
    const auto add = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, slot);
        return shortcut;
    };
    add(QKeySequence(Qt::CTRL | Qt::Key_PageDown),
        [this] { setCurrentSection(currentSection() + 1, true); });
    add(QKeySequence(Qt::CTRL | Qt::Key_PageUp),
        [this] { setCurrentSection(currentSection() - 1, true); });
    for (int i = 0; i < m_pages.size() && i < 9; ++i)
        add(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)),
            [this, i] { setCurrentSection(i, true); });
    add(QKeySequence::Save, [this] { saveNow(); });
    add(QKeySequence::Print, [this] { m_printButton->click(); });
    const auto signFromReview = [this] {
        if (m_stack->currentWidget() == m_review)
            sign();
    };
    add(QKeySequence(Qt::CTRL | Qt::Key_Return), signFromReview);
    add(QKeySequence(Qt::CTRL | Qt::Key_Enter), signFromReview);
    add(QKeySequence::Undo, [this] {
        if (!m_readOnly)
            m_undoStack->undo();
    });
    add(QKeySequence::Redo, [this] {
        if (!m_readOnly)
            m_undoStack->redo();
    });
}

int IntakeEditor::currentSection() const
{
    return m_sections->currentRow();
}

void IntakeEditor::setCurrentSection(int index, bool focusFirstField)
{
    if (index < 0 || index >= m_pages.size())
        return;
    m_sections->setCurrentRow(index);
    if (!focusFirstField)
        return;
    if (QWidget *field = m_pages[index]->firstField())
        m_pages[index]->focusField(field);
    else
        m_sections->setFocus(Qt::OtherFocusReason);
}

IntakePage *IntakeEditor::page(int index) const
{
    return m_pages.value(index);
}

bool IntakeEditor::openIntake(qint64 intakeId)
{
    if (m_loaded && m_dirty)
        saveNow();
    auto found = m_intakes.find(m_session, intakeId);
    if (!found) {
        refuse(tr("Intake not opened"), found.error());
        return false;
    }
    load(found.value());
    setCurrentSection(0, true);
    return true;
}

bool IntakeEditor::openForClient(qint64 clientId, const QString &clientName)
{
    if (m_loaded && m_dirty)
        saveNow();
    auto draft = m_intakes.draft(m_session, clientId);
    if (!draft) {
        refuse(tr("Intake not opened"), draft.error());
        return false;
    }
    m_clientName = clientName;
    if (draft->has_value()) {
        const core::Intake existing = **draft;
        const QDateTime saved = existing.updatedAtUtc.toLocalTime();
        const QString when = saved.date() == m_clock.nowUtc().toLocalTime().date()
                ? tr("Continue the draft saved at %1?").arg(timeOf(existing.updatedAtUtc, "HH:mm"))
                : tr("Continue the draft saved on %1 at %2?")
                          .arg(saved.date().toString(Qt::ISODate),
                               timeOf(existing.updatedAtUtc, "HH:mm"));
        const auto choice = m_prompter.question(
                this, tr("Draft in progress"), when,
                { Prompter::Choice::Continue, Prompter::Choice::StartOver,
                  Prompter::Choice::Cancel },
                Prompter::Choice::Continue, Prompter::Choice::Cancel,
                tr("Start Over sets that draft aside (it is kept, marked discarded) and starts a "
                   "fresh copy of the last signed intake."));
        if (choice == Prompter::Choice::Continue) {
            load(existing);
            setCurrentSection(0, true);
            return true;
        }
        if (choice != Prompter::Choice::StartOver)
            return false;
        auto discarded = m_intakes.discard(m_session, existing.id, existing.rowVersion);
        if (!discarded) {
            refuse(tr("Draft not set aside"), discarded.error());
            return false;
        }
    }
    auto started = m_intakes.startNew(m_session, clientId, m_clock.today());
    if (!started) {
        refuse(tr("Intake not started"), started.error());
        return false;
    }
    load(started.value());
    setCurrentSection(0, true);
    Q_EMIT intakeSaved(clientId);
    return true;
}

void IntakeEditor::setClientName(const QString &clientName)
{
    m_clientName = clientName;
    updateHeader();
}

const core::Intake &IntakeEditor::intake() const
{
    m_shown = m_loaded ? readForm() : core::Intake{};
    return m_shown;
}

void IntakeEditor::setAutosaveDelay(int milliseconds)
{
    m_autosave->setInterval(milliseconds);
}

void IntakeEditor::load(const core::Intake &intake)
{
    m_autosave->stop();
    m_intake = intake;
    m_loaded = true;
    m_dirty = false;
    m_readOnly = intake.isLocked();
    m_showSigningProblems = false;
    if (auto practice = m_intakes.practiceTriggers(m_session))
        m_triggers->setPracticeTriggers(practice.value());
    m_recorder->setPaused(true);
    for (IntakePage *page : std::as_const(m_pages))
        page->load(intake);
    for (IntakePage *page : std::as_const(m_pages))
        page->setReadOnly(m_readOnly);
    m_recorder->snapshot();
    m_recorder->setPaused(false);
    m_undoStack->clear();
    m_problemBanner->hide();
    m_saveButton->setEnabled(!m_readOnly);
    switch (intake.status) {
    case core::IntakeStatus::Draft:
        m_saveStatus->setText(
                intake.updatedAtUtc.isValid()
                        ? tr("Draft saved %1").arg(timeOf(intake.updatedAtUtc, "HH:mm:ss"))
                        : tr("Draft"));
        break;
    case core::IntakeStatus::Signed:
        m_saveStatus->setText(tr("Signed: read only"));
        break;
    case core::IntakeStatus::Discarded:
        m_saveStatus->setText(tr("Discarded: read only"));
        break;
    }
    updateHeader();
    updateRedFlagBanner();
    refreshValidation();
}

core::Intake IntakeEditor::readForm() const
{
    core::Intake intake = m_intake;
    for (const IntakePage *page : m_pages)
        page->read(intake);
    return intake;
}

void IntakeEditor::formEdited()
{
    if (!m_loaded || m_readOnly)
        return;
    m_dirty = true;
    m_autosave->start();
    m_saveStatus->setText(tr("Editing…"));
    updateRedFlagBanner();
    refreshValidation();
}

QList<core::Error> IntakeEditor::localProblems() const
{
    QList<core::Error> problems;
    for (const IntakePage *page : m_pages)
        problems += page->localProblems();
    return problems;
}

void IntakeEditor::refreshValidation()
{
    if (!m_loaded)
        return;
    const core::Intake current = readForm();
    m_questionnaires->setIntakeDate(current.intakeDate);
    const QList<core::Error> local = localProblems();
    const QList<core::Error> forSigning =
            local + core::IntakeValidator::problemsForSigning(current);
    const QList<core::Error> shown = m_readOnly ? QList<core::Error>()
            : m_showSigningProblems             ? forSigning
                                                : local + core::IntakeValidator::problems(current);

    QList<int> counts(m_pages.size(), 0);
    for (IntakePage *page : std::as_const(m_pages))
        page->errors().clear();
    for (const core::Error &problem : shown) {
        for (int i = 0; i < m_pages.size(); ++i) {
            const QString key = m_pages[i]->fieldKeyFor(problem.field);
            if (key.isEmpty())
                continue;
            // The first message for a field is the basic one.
            if (m_pages[i]->errors().error(key).isEmpty()) {
                m_pages[i]->errors().setError(key, problem.message);
                ++counts[i];
            }
            break;
        }
    }
    for (int i = 0; i < m_pages.size(); ++i) {
        QListWidgetItem *item = m_sections->item(i);
        item->setText(counts[i] > 0
                              ? QStringLiteral("%1 (%2)").arg(m_pages[i]->title()).arg(counts[i])
                              : m_pages[i]->title());
        item->setForeground(counts[i] > 0 ? QBrush(QColor(0xb0, 0x00, 0x20)) : QBrush());
    }

    QList<IntakeReviewPage::Problem> review;
    for (const core::Error &problem : forSigning) {
        QString section = tr("Intake");
        for (const IntakePage *page : std::as_const(m_pages)) {
            if (!page->fieldKeyFor(problem.field).isEmpty()) {
                section = page->title();
                break;
            }
        }
        review.append({ section, problem.field, problem.message });
    }
    m_review->setProblems(m_readOnly ? QList<IntakeReviewPage::Problem>() : review);
    m_review->setChecklist(core::HeadacheHistoryChecklist::evaluate(current.migraine));
}

bool IntakeEditor::jumpToField(const QString &fieldKey)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString key = m_pages[i]->fieldKeyFor(fieldKey);
        if (key.isEmpty())
            continue;
        setCurrentSection(i);
        m_pages[i]->focusField(m_pages[i]->errors().focusTarget(key));
        return true;
    }
    return false;
}

void IntakeEditor::revealField(QWidget *field)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->isAncestorOf(field)) {
            setCurrentSection(i);
            m_pages[i]->focusField(field);
            return;
        }
    }
}

bool IntakeEditor::saveNow()
{
    m_autosave->stop();
    if (!m_loaded || m_readOnly || !m_dirty)
        return true;
    auto saved = m_intakes.saveDraft(m_session, readForm());
    if (!saved) {
        // What was typed stays on screen; the next change (or Ctrl+S) tries again.
        showProblem(tr("Draft not saved: %1 What you typed is still here and is saved again "
                       "with your next change (or Ctrl+S).")
                            .arg(saved.error().message));
        m_saveStatus->setText(tr("Not saved"));
        return false;
    }
    m_intake = saved.value();
    m_dirty = false;
    m_problemBanner->hide();
    m_saveStatus->setText(tr("Draft saved %1").arg(timeOf(m_intake.updatedAtUtc, "HH:mm:ss")));
    updateHeader();
    Q_EMIT intakeSaved(m_intake.clientId);
    return true;
}

bool IntakeEditor::sign()
{
    if (!m_loaded || m_readOnly)
        return false;
    const core::Intake current = readForm();
    const QList<core::Error> problems =
            localProblems() + core::IntakeValidator::problemsForSigning(current);
    if (!problems.isEmpty()) {
        m_showSigningProblems = true;
        refreshValidation();
        showProblem(tr("Not signed: %1").arg(problems.first().message));
        jumpToField(problems.first().field);
        return false;
    }
    const bool redFlag = !current.redFlagsRaised().isEmpty();
    const auto choice = m_prompter.question(
            this, tr("Sign Intake"),
            tr("Sign version %1 of this intake now? Once signed it is locked; later changes need "
               "a new version.")
                    .arg(current.version),
            { Prompter::Choice::Yes, Prompter::Choice::Cancel }, Prompter::Choice::Yes,
            Prompter::Choice::Cancel,
            redFlag ? tr("A red flag is answered Yes: signing raises a blocking alert on the "
                         "client until a reason to proceed is recorded.")
                    : QString());
    if (choice != Prompter::Choice::Yes)
        return false;
    m_autosave->stop();
    auto signedIntake = m_intakes.sign(m_session, current);
    if (!signedIntake) {
        const core::Error &error = signedIntake.error();
        if (!error.field.isEmpty()) {
            m_showSigningProblems = true;
            refreshValidation();
            for (IntakePage *page : std::as_const(m_pages)) {
                const QString key = page->fieldKeyFor(error.field);
                if (!key.isEmpty() && page->errors().error(key).isEmpty())
                    page->errors().setError(key, error.message);
            }
            jumpToField(error.field);
        }
        showProblem(tr("Not signed: %1").arg(error.message));
        return false;
    }
    const int section = currentSection();
    load(signedIntake.value());
    setCurrentSection(section);
    Q_EMIT intakeSaved(m_intake.clientId);
    Q_EMIT intakeSigned(m_intake.clientId, m_intake.id);
    return true;
}

void IntakeEditor::updateHeader()
{
    const QString status = core::IntakeStatuses::key(m_intake.status);
    setWindowTitle(m_loaded ? tr("Intake — version %1 (%2)").arg(m_intake.version).arg(status)
                            : tr("Intake"));
    m_clientLabel->setText(m_clientName.isEmpty() ? tr("Intake") : m_clientName);
    QStringList details;
    if (m_loaded) {
        details << tr("Intake version %1, %2").arg(m_intake.version).arg(status);
        if (m_intake.intakeDate.isValid())
            details << tr("filled in %1").arg(m_intake.intakeDate.toString(Qt::ISODate));
        if (!m_intake.createdBy.isEmpty())
            details << tr("started by %1").arg(m_intake.createdBy);
        if (m_intake.basedOnId != 0)
            details << tr("copied from the last signed version");
    }
    m_detailLabel->setText(details.join(QStringLiteral("  ·  ")));

    QString locked;
    if (m_intake.status == core::IntakeStatus::Signed) {
        locked = tr("Signed by %1 on %2 — locked")
                         .arg(m_intake.signedBy, timeOf(m_intake.signedAtUtc, "yyyy-MM-dd HH:mm"));
    } else if (m_intake.status == core::IntakeStatus::Discarded) {
        locked = tr("Discarded draft, kept for the record; it is not the client's current intake "
                    "— locked");
    }
    m_lockedBanner->setText(locked);
    m_lockedBanner->setVisible(m_loaded && !locked.isEmpty());
    m_review->setLockedText(locked);
}

void IntakeEditor::updateRedFlagBanner()
{
    const bool raised = m_loaded && m_redFlags->anyYes();
    m_redFlagBanner->setText(m_intake.status == core::IntakeStatus::Draft
                                     ? tr("Red flag: refer before treating — signing will raise "
                                          "a blocking alert")
                                     : tr("Red flag reported: refer before treating"));
    m_redFlagBanner->setVisible(raised);
}

void IntakeEditor::showProblem(const QString &text)
{
    m_problemBanner->setText(text);
    m_problemBanner->show();
}

void IntakeEditor::refuse(const QString &title, const core::Error &error)
{
    m_prompter.warning(this, title, error.message, { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                       Prompter::Choice::Ok);
}

void IntakeEditor::closeEvent(QCloseEvent *event)
{
    if (m_loaded && !m_readOnly && m_dirty && !saveNow()) {
        const auto choice = m_prompter.warning(
                this, tr("Draft not saved"),
                tr("The latest changes to this draft could not be saved."),
                { Prompter::Choice::Discard, Prompter::Choice::Cancel }, Prompter::Choice::Cancel,
                Prompter::Choice::Cancel,
                tr("Discard closes the window and loses the changes since the last save. Cancel "
                   "keeps it open so you can try again or copy what you typed."));
        if (choice != Prompter::Choice::Discard) {
            event->ignore();
            return;
        }
    }
    saveWindowGeometry();
    event->accept();
}

void IntakeEditor::restoreWindowGeometry()
{
    const QSettings settings;
    if (restoreGeometry(settings.value(GeometryKey).toByteArray()))
        return;
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(1240, available.width()), std::min(820, available.height() - 40));
}

void IntakeEditor::saveWindowGeometry() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
}

} // namespace stillpoint::ui
