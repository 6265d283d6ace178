#include "perilakueditor.h"

#include "common/appraisaltext.h"
#include "scoring/berakhlak.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kinerja::ui {

PerilakuEditor::PerilakuEditor(QWidget *parent) : QWidget(parent), m_suggestion(new QLabel(this))
{
    setObjectName(QStringLiteral("perilakuEditor"));
    m_suggestion->setObjectName(QStringLiteral("perilakuSuggestionLabel"));
    m_suggestion->setWordWrap(true);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    const QVector<CoreValueInfo> &values = berakhlakValues();
    for (int i = 0; i < values.size(); ++i) {
        const CoreValueInfo &info = values.at(i);
        auto *box = new QGroupBox(tr("%1. %2").arg(i + 1).arg(info.name), content);
        box->setObjectName(QStringLiteral("perilakuBox_%1").arg(i));
        auto *indicators =
            new QLabel(QStringLiteral("• ") + info.indicators.join(QStringLiteral("\n• ")), box);
        indicators->setWordWrap(true);
        QPalette p = indicators->palette();
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        indicators->setPalette(p);
        Row row{new QLineEdit(box), new QLineEdit(box), new QComboBox(box)};
        row.ekspektasi->setObjectName(QStringLiteral("ekspektasiEdit_%1").arg(i));
        row.umpanBalik->setObjectName(QStringLiteral("perilakuUmpanBalikEdit_%1").arg(i));
        row.assessment->setObjectName(QStringLiteral("valueAssessmentCombo_%1").arg(i));
        AppraisalText::fillRatingCombo(row.assessment, tr("(no view)"));
        auto *form = new QFormLayout(box);
        form->addRow(indicators);
        form->addRow(ekspektasiKhususPimpinanLabel() + QLatin1Char(':'), row.ekspektasi);
        form->addRow(tr("Umpan balik:"), row.umpanBalik);
        form->addRow(tr("Rater's view:"), row.assessment);
        connect(row.ekspektasi, &QLineEdit::textEdited, this, &PerilakuEditor::changed);
        connect(row.umpanBalik, &QLineEdit::textEdited, this, &PerilakuEditor::changed);
        connect(row.assessment, &QComboBox::activated, this, &PerilakuEditor::changed);
        contentLayout->addWidget(box);
        m_rows << row;
    }
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_suggestion);
    layout->addWidget(scroll, 1);
}

void PerilakuEditor::setEntries(const QVector<PerilakuEntry> &entries)
{
    for (const PerilakuEntry &e : entries) {
        const int i = static_cast<int>(e.value);
        if (i < 0 || i >= m_rows.size())
            continue;
        m_rows[i].ekspektasi->setText(e.ekspektasi);
        m_rows[i].umpanBalik->setText(e.umpanBalik);
        AppraisalText::setRating(m_rows[i].assessment, e.assessment);
    }
}

QVector<PerilakuEntry> PerilakuEditor::entries() const
{
    QVector<PerilakuEntry> list;
    for (int i = 0; i < m_rows.size(); ++i) {
        PerilakuEntry e;
        e.value = static_cast<CoreValue>(i);
        e.ekspektasi = m_rows.at(i).ekspektasi->text().trimmed();
        e.umpanBalik = m_rows.at(i).umpanBalik->text().trimmed();
        e.assessment = AppraisalText::rating(m_rows.at(i).assessment);
        list << e;
    }
    return list;
}

void PerilakuEditor::setReadOnly(bool on)
{
    for (const Row &r : m_rows) {
        r.ekspektasi->setReadOnly(on);
        r.umpanBalik->setReadOnly(on);
        r.assessment->setEnabled(!on);
    }
}

void PerilakuEditor::setSuggestion(const QString &text)
{
    m_suggestion->setText(text);
    m_suggestion->setVisible(!text.isEmpty());
}

} // namespace kinerja::ui
