// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientEditor.h"

#include "core/clients/ClientService.h"
#include "core/clients/ClientValidator.h"
#include "ui/clients/ClientForm.h"
#include "ui/common/Prompter.h"
#include "ui/security/CurrentSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

// How many possible duplicates the question lists before "and N more".
constexpr qsizetype MaxListedDuplicates = 8;

QWidget *createEmptyPage(QWidget *parent, QPushButton *newClientButton)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("noClientPage"));
    auto *title = new QLabel(ClientEditor::tr("No client open"), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    auto *hint =
            new QLabel(ClientEditor::tr("Choose a client from the list, or add a new one."), page);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(hint, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(newClientButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

} // namespace

ClientEditor::ClientEditor(core::ClientService &clients, const CurrentSession &session,
                           Prompter &prompter, const core::Clock &clock, QWidget *parent)
    : QWidget(parent), m_clients(clients), m_session(session), m_prompter(prompter), m_clock(clock),
      m_undoStack(new QUndoStack(this)), m_pages(new QStackedWidget(this)),
      m_form(new ClientForm(m_undoStack, clock, this)), m_titleLabel(new QLabel(this)),
      m_subtitleLabel(new QLabel(this)), m_archivedBanner(new QLabel(this)),
      m_saveButton(new QPushButton(tr("Save"), this)),
      m_revertButton(new QPushButton(tr("Revert"), this)),
      m_archiveButton(new QPushButton(tr("Archive Client"), this))
{
    m_form->setObjectName(QStringLiteral("clientForm"));
    m_titleLabel->setObjectName(QStringLiteral("clientTitleLabel"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_subtitleLabel->setObjectName(QStringLiteral("clientSubtitleLabel"));
    m_subtitleLabel->setTextFormat(Qt::PlainText);
    m_subtitleLabel->setForegroundRole(QPalette::PlaceholderText);
    m_archivedBanner->setObjectName(QStringLiteral("archivedBanner"));
    m_archivedBanner->setTextFormat(Qt::PlainText);
    m_archivedBanner->setWordWrap(true);
    m_archivedBanner->setText(tr("Archived: this record is kept but hidden from the client list. "
                                 "Restore it to make it active again."));
    m_archivedBanner->setStyleSheet(QStringLiteral(
            "QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid #e6cf7a;"
            " border-radius: 4px; padding: 6px 8px; }"));
    m_archivedBanner->hide();

    m_saveButton->setObjectName(QStringLiteral("saveClientButton"));
    m_saveButton->setToolTip(tr("Save this client (Ctrl+S)"));
    m_saveButton->setDefault(true);
    m_revertButton->setObjectName(QStringLiteral("revertClientButton"));
    m_revertButton->setToolTip(tr("Discard the changes made since the last save"));
    m_archiveButton->setObjectName(QStringLiteral("archiveClientButton"));
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        revert();
        Q_EMIT statusMessage(tr("Changes reverted."));
    });
    connect(m_archiveButton, &QPushButton::clicked, this, [this] { setArchived(!isArchived()); });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        updateButtons();
        Q_EMIT modifiedChanged(!clean);
    });

    auto *emptyNewButton = new QPushButton(tr("New Client"), this);
    emptyNewButton->setObjectName(QStringLiteral("emptyNewClientButton"));
    connect(emptyNewButton, &QPushButton::clicked, this, [this] { newClient(); });

    auto *editorPage = new QWidget(m_pages);
    editorPage->setObjectName(QStringLiteral("clientEditorPage"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_archiveButton);
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    auto *editorLayout = new QVBoxLayout(editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_titleLabel);
    editorLayout->addWidget(m_subtitleLabel);
    editorLayout->addWidget(m_archivedBanner);
    editorLayout->addSpacing(4);
    editorLayout->addWidget(m_form, 1);
    editorLayout->addLayout(buttons);

    m_pages->addWidget(createEmptyPage(m_pages, emptyNewButton));
    m_pages->addWidget(editorPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    connect(&m_session, &CurrentSession::sessionChanged, this, &ClientEditor::applyRole);
    applyRole();
    updateButtons();
}

ClientEditor::~ClientEditor() = default;

bool ClientEditor::isModified() const
{
    return m_hasClient && !m_undoStack->isClean();
}

bool ClientEditor::openClient(qint64 id)
{
    if (m_hasClient && id != 0 && id == m_client.id)
        return true;
    if (!confirmDiscard())
        return false;
    auto found = m_clients.find(m_session.session(), id);
    if (!found) {
        m_prompter.warning(this, tr("Could not open client"), found.error().message,
                           { Prompter::Choice::Ok }, Prompter::Choice::Ok, Prompter::Choice::Ok);
        return false;
    }
    load(found.value());
    Q_EMIT currentClientChanged(id);
    return true;
}

bool ClientEditor::newClient()
{
    if (!confirmDiscard())
        return false;
    load(core::Client{});
    m_form->focusFirstField();
    Q_EMIT currentClientChanged(0);
    return true;
}

bool ClientEditor::setArchived(bool archived)
{
    if (!m_hasClient || isNewClient() || m_client.archived == archived)
        return false;
    if (!confirmDiscard())
        return false;
    auto stored =
            m_clients.setArchived(m_session.session(), m_client.id, archived, m_client.rowVersion);
    if (!stored) {
        reportFailure(stored.error());
        return false;
    }
    load(stored.value());
    Q_EMIT clientSaved(m_client.id);
    Q_EMIT statusMessage(archived ? tr("Client archived.") : tr("Client restored."));
    return true;
}

bool ClientEditor::confirmDiscard()
{
    if (!isModified())
        return true;
    const QString text = isNewClient()
            ? tr("Save the new client before moving on?")
            : tr("Save your changes to %1 before moving on?").arg(m_client.displayName());
    const auto choice = m_prompter.question(
            this, tr("Unsaved changes"), text,
            { Prompter::Choice::Save, Prompter::Choice::Discard, Prompter::Choice::Cancel },
            Prompter::Choice::Save, Prompter::Choice::Cancel,
            tr("If you don't save, your changes will be lost."));
    switch (choice) {
    case Prompter::Choice::Save:
        return save();
    case Prompter::Choice::Discard:
        revert();
        return true;
    default:
        return false;
    }
}

bool ClientEditor::save()
{
    if (!m_hasClient)
        return false;
    if (!isNewClient() && !isModified()) {
        Q_EMIT statusMessage(tr("No changes to save."));
        return true;
    }
    core::Client edited = m_client;
    m_form->clearErrors();
    QList<core::Error> errors = m_form->read(edited);
    errors += core::ClientValidator::validate(edited, m_clock.today());
    if (!errors.isEmpty()) {
        const QList<core::Error> elsewhere = m_form->showErrors(errors);
        m_form->focusFirstError();
        if (!elsewhere.isEmpty())
            reportFailure(elsewhere.first());
        Q_EMIT statusMessage(tr("Not saved: please correct the marked fields."));
        return false;
    }
    if (isNewClient() && !confirmNotDuplicate(edited))
        return false;
    return store(edited);
}

void ClientEditor::revert()
{
    if (m_hasClient)
        load(m_client);
}

void ClientEditor::closeClient()
{
    const bool wasOpen = m_hasClient;
    m_client = core::Client{};
    m_hasClient = false;
    m_form->setClient(m_client);
    m_undoStack->clear();
    m_pages->setCurrentIndex(0);
    updateHeader();
    updateButtons();
    if (wasOpen)
        Q_EMIT currentClientChanged(0);
    Q_EMIT stateChanged();
}

void ClientEditor::load(const core::Client &client)
{
    m_client = client;
    m_hasClient = true;
    m_form->setClient(client);
    m_undoStack->clear();
    m_pages->setCurrentIndex(1);
    updateHeader();
    updateButtons();
    Q_EMIT stateChanged();
}

bool ClientEditor::store(const core::Client &client)
{
    const bool isNew = client.id == 0;
    auto stored = isNew ? m_clients.create(m_session.session(), client)
                        : m_clients.update(m_session.session(), client);
    if (!stored) {
        reportFailure(stored.error());
        return false;
    }
    load(stored.value());
    if (isNew)
        Q_EMIT currentClientChanged(m_client.id);
    Q_EMIT clientSaved(m_client.id);
    Q_EMIT statusMessage(isNew ? tr("Client added.") : tr("Changes saved."));
    return true;
}

bool ClientEditor::confirmNotDuplicate(const core::Client &client)
{
    auto duplicates = m_clients.possibleDuplicates(m_session.session(), client);
    if (!duplicates) {
        reportFailure(duplicates.error());
        return false;
    }
    if (duplicates->isEmpty())
        return true;
    QStringList lines;
    for (const core::ClientSummary &match :
         duplicates->first(std::min(duplicates->size(), MaxListedDuplicates))) {
        const QString born = match.dateOfBirth.isValid()
                ? tr("born %1").arg(match.dateOfBirth.toString(Qt::ISODate))
                : tr("date of birth not recorded");
        lines.append(QStringLiteral("• %1, %2").arg(match.displayName(), born));
    }
    if (duplicates->size() > MaxListedDuplicates)
        lines.append(tr("…and %1 more").arg(duplicates->size() - MaxListedDuplicates));
    const QString intro = duplicates->size() == 1
            ? tr("A client who may be the same person is already on file:")
            : tr("Clients who may be the same person are already on file:");
    const auto choice = m_prompter.warning(
            this, tr("Possible duplicate"), intro + QStringLiteral("\n\n") + lines.join(u'\n'),
            { Prompter::Choice::SaveAnyway, Prompter::Choice::Cancel }, Prompter::Choice::Cancel,
            Prompter::Choice::Cancel,
            tr("Two records for one person split their history. Save a new record anyway?"));
    return choice == Prompter::Choice::SaveAnyway;
}

void ClientEditor::reportFailure(const core::Error &error)
{
    if (error.code == core::ErrorCode::InvalidInput && !error.field.isEmpty()
        && m_form->showErrors({ error }).isEmpty()) {
        m_form->focusFirstError();
        Q_EMIT statusMessage(tr("Not saved: please correct the marked fields."));
        return;
    }
    if (error.code == core::ErrorCode::Conflict && !isNewClient()) {
        const auto choice = m_prompter.warning(
                this, tr("Changed elsewhere"),
                tr("Someone else changed this client's record after you opened it, so "
                   "this change was not saved."),
                { Prompter::Choice::Reload, Prompter::Choice::Cancel }, Prompter::Choice::Reload,
                Prompter::Choice::Cancel,
                tr("Reload shows the current record; your unsaved changes will be lost. Cancel "
                   "keeps your changes on screen so you can copy them."));
        if (choice == Prompter::Choice::Reload)
            reloadFromDatabase();
        return;
    }
    m_prompter.warning(this, tr("Not saved"), error.message, { Prompter::Choice::Ok },
                       Prompter::Choice::Ok, Prompter::Choice::Ok);
}

void ClientEditor::reloadFromDatabase()
{
    auto found = m_clients.find(m_session.session(), m_client.id);
    if (!found) {
        m_prompter.warning(this, tr("Could not reload"), found.error().message,
                           { Prompter::Choice::Ok }, Prompter::Choice::Ok, Prompter::Choice::Ok);
        return;
    }
    load(found.value());
    Q_EMIT clientSaved(m_client.id); // the list shows the other change too
    Q_EMIT statusMessage(tr("Reloaded the current record."));
}

void ClientEditor::updateHeader()
{
    if (isNewClient()) {
        m_titleLabel->setText(tr("New client"));
        m_subtitleLabel->setText(tr("Not saved yet"));
    } else {
        m_titleLabel->setText(m_client.displayName());
        const QLocale locale;
        // Minutes are enough here; seconds would be noise.
        QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
        timeFormat.remove(QStringLiteral(":ss"));
        const QDateTime updated = m_client.updatedAt.toLocalTime();
        m_subtitleLabel->setText(
                tr("Client since %1  ·  last updated %2 %3")
                        .arg(locale.toString(m_client.createdAt.toLocalTime().date(),
                                             QLocale::ShortFormat),
                             locale.toString(updated.date(), QLocale::ShortFormat),
                             locale.toString(updated.time(), timeFormat)));
    }
    m_archivedBanner->setVisible(m_client.archived);
}

void ClientEditor::applyRole()
{
    m_form->setFrontDeskAlertsOnly(m_session.isSignedIn()
                                   && !m_session.allows(core::Operation::ClientReadAllAlerts));
}

void ClientEditor::updateButtons()
{
    m_saveButton->setEnabled(m_hasClient);
    m_revertButton->setEnabled(isModified());
    m_archiveButton->setVisible(m_hasClient && !isNewClient());
    m_archiveButton->setText(isArchived() ? tr("Restore Client") : tr("Archive Client"));
    m_archiveButton->setToolTip(isArchived()
                                        ? tr("Make this client active again")
                                        : tr("Hide this client from the list; the record is kept"));
}

} // namespace stillpoint::ui
