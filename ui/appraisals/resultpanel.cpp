#include "resultpanel.h"

#include "common/appraisaltext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kinerja::ui {

ResultPanel::ResultPanel(QWidget *parent)
    : QWidget(parent), m_predikat(new QLabel(this)), m_score(new QLabel(this)),
      m_scheme(new QLabel(this)), m_stale(new QLabel(this)), m_steps(new QTableWidget(this)),
      m_missingTitle(new QLabel(this)), m_missing(new QListWidget(this))
{
    setObjectName(QStringLiteral("resultPanel"));
    m_predikat->setObjectName(QStringLiteral("predikatLabel"));
    m_score->setObjectName(QStringLiteral("scoreLabel"));
    m_scheme->setObjectName(QStringLiteral("resultSchemeLabel"));
    m_stale->setObjectName(QStringLiteral("resultStaleLabel"));
    m_steps->setObjectName(QStringLiteral("explanationTable"));
    m_missing->setObjectName(QStringLiteral("missingList"));

    QFont big = m_predikat->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_predikat->setFont(big);
    m_predikat->setMargin(8);
    m_predikat->setAutoFillBackground(true);
    m_stale->setText(tr("Unsaved changes are not in this result yet: save to see their effect."));
    m_stale->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_stale->hide();
    m_steps->setColumnCount(4);
    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("Formula"), tr("Value"), tr("Source")});
    m_steps->verticalHeader()->hide();
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setWordWrap(true);
    m_steps->setAlternatingRowColors(true);
    m_steps->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_steps->setColumnWidth(0, 220);
    m_steps->setColumnWidth(2, 190);
    m_steps->setColumnWidth(3, 230);
    m_missing->setMaximumHeight(110);
    m_missingTitle->setText(tr("<b>Missing — no score until these are given:</b>"));

    auto *head = new QHBoxLayout;
    head->addWidget(m_predikat);
    auto *side = new QVBoxLayout;
    side->addWidget(m_score);
    side->addWidget(m_scheme);
    head->addLayout(side, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_stale);
    layout->addWidget(new QLabel(tr("<b>Explain this score</b>"), this));
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_missingTitle);
    layout->addWidget(m_missing);
}

void ResultPanel::setResult(const AppraisalResult &result, const QString &schemeText)
{
    QPalette p = palette();
    if (result.isComplete()) {
        m_predikat->setText(result.predikat);
        p.setColor(QPalette::Window, AppraisalText::predikatColor(result.level));
    } else {
        m_predikat->setText(tr("Incomplete"));
        p.setColor(QPalette::Window, QColor(0xee, 0xee, 0xee));
    }
    m_predikat->setPalette(p);
    if (result.score)
        m_score->setText(
            tr("Score: <b>%1</b> (unrounded %2)")
                .arg(AppraisalText::score(result.score), Explanation::number(*result.score)));
    else if (result.isComplete())
        m_score->setText(tr("No numeric score: PermenPANRB 6/2022 gives a predikat from the two "
                            "ratings."));
    else
        m_score->setText(tr("No score while the appraisal is incomplete."));
    m_scheme->setText(schemeText);

    const Explanation &e = result.explanation;
    m_steps->setRowCount(static_cast<int>(e.steps().size()));
    for (int r = 0; r < e.steps().size(); ++r) {
        const ExplanationStep &s = e.steps().at(r);
        const QStringList cells = {s.label, s.formula, s.value, s.source};
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_steps->setItem(r, c, item);
        }
    }
    m_steps->resizeRowsToContents();
    m_missing->clear();
    for (const QString &m : e.missing())
        m_missing->addItem(tr("Missing: %1").arg(m));
    for (const QString &err : e.errors()) {
        auto *item = new QListWidgetItem(tr("Invalid: %1").arg(err), m_missing);
        item->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    const bool anything = m_missing->count() > 0;
    m_missing->setVisible(anything);
    m_missingTitle->setVisible(anything);
}

void ResultPanel::setStale(bool stale)
{
    m_stale->setVisible(stale);
}

} // namespace kinerja::ui
