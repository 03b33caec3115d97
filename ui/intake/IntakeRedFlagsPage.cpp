// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeRedFlagsPage.h"

#include "core/intake/IntakeCatalog.h"
#include "ui/common/FieldUndoRecorder.h"
#include "ui/intake/IntakeChoiceGroup.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

IntakeRedFlagsPage::IntakeRedFlagsPage(FieldUndoRecorder *recorder, QWidget *parent)
    : IntakePage(tr("Red flags"), QStringLiteral("redFlagsPage"), recorder, parent)
{
    addIntro(tr("Ask every question. Any Yes means the client should see a physician before "
                "treatment: signing raises a blocking alert, and a referral letter can be "
                "printed."));

    auto *box = new QGroupBox(tr("Screening questions (SNOOP4)"), content());
    box->setObjectName(QStringLiteral("redFlagsGroup"));
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    const QString headers[] = { QString(), tr("Question"), tr("Answer"), tr("Note") };
    for (int column = 0; column < 4; ++column) {
        auto *header = new QLabel(headers[column], box);
        header->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(header, 0, column);
    }
    int row = 1;
    for (const core::RedFlagItem &item : core::IntakeCatalog::redFlags()) {
        auto *letter = new QLabel(item.letter.isEmpty() ? QStringLiteral("+") : item.letter, box);
        letter->setObjectName(QStringLiteral("redFlagLetter_%1").arg(item.key));
        letter->setAlignment(Qt::AlignCenter);
        letter->setFixedSize(26, 26);
        letter->setStyleSheet(QStringLiteral("QLabel { background: #eef1f5; color: #2c3e50; "
                                             "border-radius: 13px; font-weight: bold; }"));
        letter->setToolTip(item.letter.isEmpty() ? tr("Also screened: head or neck injury")
                                                 : tr("SNOOP4: %1").arg(item.letter));

        auto *text = new QWidget(box);
        auto *textLayout = new QVBoxLayout(text);
        textLayout->setContentsMargins(0, 0, 0, 0);
        textLayout->setSpacing(0);
        auto *label = new QLabel(item.label, text);
        label->setTextFormat(Qt::PlainText);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        auto *hint = new QLabel(item.hint, text);
        hint->setTextFormat(Qt::PlainText);
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
        textLayout->addWidget(label);
        textLayout->addWidget(hint);
        text->setToolTip(item.hint);

        Question question;
        question.key = item.key;
        question.answer =
                new IntakeChoiceGroup({ core::IntakeCatalog::answerLabel(core::Answer::No),
                                        core::IntakeCatalog::answerLabel(core::Answer::Yes) },
                                      item.label, QStringLiteral("redFlag_%1_").arg(item.key), box);
        question.answer->setObjectName(QStringLiteral("redFlagAnswer_%1").arg(item.key));
        question.answer->setToolTip(item.hint);
        for (int i = 0; i < question.answer->count(); ++i) {
            question.answer->button(i)->setAccessibleDescription(item.hint);
            question.answer->button(i)->setToolTip(item.hint);
        }
        question.note = new QLineEdit(box);
        question.note->setObjectName(QStringLiteral("redFlagNote_%1").arg(item.key));
        question.note->setAccessibleName(tr("Note on %1").arg(item.label));
        question.note->setPlaceholderText(tr("What, since when"));
        label->setBuddy(question.answer->button(0));

        const QString key = QStringLiteral("redFlags.") + item.key;
        grid->addWidget(letter, row, 0, Qt::AlignTop);
        grid->addWidget(text, row, 1, Qt::AlignTop);
        grid->addWidget(m_errors.wrap(box, question.answer, key), row, 2, Qt::AlignTop);
        grid->addWidget(question.note, row, 3, Qt::AlignTop);
        m_errors.setFocusTarget(key, question.answer);
        ++row;

        IntakeChoiceGroup *answer = question.answer;
        recorder->trackValue(
                answer, item.label.toLower(), [answer] { return QVariant(answer->value()); },
                [answer](const QVariant &value) { answer->setValue(value.toInt()); });
        for (int i = 0; i < answer->count(); ++i)
            recorder->routeUndoKeys(answer->button(i));
        recorder->track(question.note, tr("note on %1").arg(item.label.toLower()));
        connect(answer, &IntakeChoiceGroup::userChanged, this, [this, recorder, answer] {
            recorder->valueEdited(answer, -1);
            Q_EMIT answersChanged();
            changed();
        });
        connect(question.note, &QLineEdit::textEdited, this, &IntakeRedFlagsPage::changed);
        m_questions.append(question);
    }
    contentLayout()->addWidget(box);
    contentLayout()->addStretch();
}

void IntakeRedFlagsPage::fill(const core::Intake &intake)
{
    m_unknown.clear();
    for (const Question &question : std::as_const(m_questions)) {
        question.answer->setAnswer(core::Answer::Unknown);
        question.note->clear();
    }
    for (const core::RedFlagAnswer &stored : intake.redFlags) {
        auto it = std::find_if(
                m_questions.cbegin(), m_questions.cend(),
                [&stored](const Question &question) { return question.key == stored.key; });
        if (it == m_questions.cend()) {
            m_unknown.append(stored);
            continue;
        }
        it->answer->setAnswer(stored.answer);
        it->note->setText(stored.note);
    }
    Q_EMIT answersChanged();
}

void IntakeRedFlagsPage::read(core::Intake &intake) const
{
    intake.redFlags.clear();
    for (const Question &question : m_questions) {
        const core::Answer answer = question.answer->answer();
        const QString note = question.note->text().trimmed();
        // A question neither answered nor noted is simply not asked yet.
        if (answer != core::Answer::Unknown || !note.isEmpty())
            intake.redFlags.append({ question.key, answer, note });
    }
    intake.redFlags += m_unknown;
}

bool IntakeRedFlagsPage::anyYes() const
{
    return std::any_of(m_questions.cbegin(), m_questions.cend(), [](const Question &question) {
        return question.answer->answer() == core::Answer::Yes;
    });
}

} // namespace stillpoint::ui
