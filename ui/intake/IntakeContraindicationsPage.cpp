// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeContraindicationsPage.h"

#include "core/intake/IntakeCatalog.h"
#include "ui/common/FieldUndoRecorder.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace stillpoint::ui {

IntakeContraindicationsPage::IntakeContraindicationsPage(FieldUndoRecorder *recorder,
                                                         QWidget *parent)
    : IntakePage(tr("Contraindications"), QStringLiteral("contraindicationsPage"), recorder, parent)
{
    addIntro(tr("Tick what applies now and note the details (where, since when, the "
                "physician's approval). These are re-confirmed at every visit."));

    using Group = core::ContraindicationGroup;
    for (Group group : { Group::DeferSession, Group::AvoidArea, Group::Caution }) {
        auto *box = new QGroupBox(core::IntakeCatalog::groupLabel(group), content());
        box->setObjectName(QStringLiteral("contraindicationGroup%1").arg(static_cast<int>(group)));
        auto *grid = new QGridLayout(box);
        grid->setHorizontalSpacing(12);
        grid->setVerticalSpacing(2);
        grid->setColumnStretch(1, 1);
        int row = 0;
        for (const core::ContraindicationItem &entry : core::IntakeCatalog::contraindications()) {
            if (entry.group != group)
                continue;
            Item item;
            item.key = entry.key;
            item.box = new QCheckBox(entry.label, box);
            item.box->setObjectName(QStringLiteral("contraindication_%1").arg(entry.key));
            item.note = new QLineEdit(box);
            item.note->setObjectName(QStringLiteral("contraindicationNote_%1").arg(entry.key));
            item.note->setAccessibleName(tr("Note on %1").arg(entry.label));
            item.note->setPlaceholderText(tr("Note"));
            const QString key = QStringLiteral("contraindications.") + entry.key;
            grid->addWidget(item.box, row, 0, Qt::AlignTop);
            grid->addWidget(m_errors.wrap(box, item.note, key), row, 1);
            ++row;

            recorder->track(item.box, entry.label.toLower());
            recorder->track(item.note, tr("note on %1").arg(entry.label.toLower()));
            connect(item.box, &QCheckBox::toggled, this, [this] { updateEnabled(); });
            connect(item.box, &QCheckBox::clicked, this, &IntakeContraindicationsPage::changed);
            connect(item.note, &QLineEdit::textEdited, this, &IntakeContraindicationsPage::changed);
            m_items.append(item);
        }
        contentLayout()->addWidget(box);
    }
    // Messages about the list as a whole (an unknown key) show under the last group.
    auto *general = new QWidget(content());
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout()->addWidget(
            m_errors.wrap(content(), general, QStringLiteral("contraindications")));
    contentLayout()->addStretch();
}

void IntakeContraindicationsPage::fill(const core::Intake &intake)
{
    m_unknown.clear();
    for (Item &item : m_items) {
        item.box->setChecked(false);
        item.note->clear();
    }
    for (const core::ContraindicationEntry &entry : intake.contraindications) {
        auto it = std::find_if(m_items.begin(), m_items.end(),
                               [&entry](const Item &item) { return item.key == entry.key; });
        if (it == m_items.end()) {
            m_unknown.append(entry);
            continue;
        }
        it->box->setChecked(true);
        it->note->setText(entry.note);
    }
}

void IntakeContraindicationsPage::read(core::Intake &intake) const
{
    intake.contraindications.clear();
    for (const Item &item : m_items) {
        if (item.box->isChecked())
            intake.contraindications.append({ item.key, item.note->text().trimmed() });
    }
    intake.contraindications += m_unknown;
}

void IntakeContraindicationsPage::updateEnabled()
{
    if (isReadOnly())
        return;
    // A note stays open while it holds text, so nothing typed is hidden away.
    for (const Item &item : std::as_const(m_items))
        item.note->setEnabled(item.box->isChecked() || !item.note->text().isEmpty());
}

} // namespace stillpoint::ui
