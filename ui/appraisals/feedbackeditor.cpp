#include "feedbackeditor.h"

#include "common/appraisaltext.h"
#include "common/displaytext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {
QPlainTextEdit *textBox(const QString &name, QWidget *parent, int lines = 3)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * lines + 14);
    return e;
}
} // namespace

FeedbackEditor::FeedbackEditor(QWidget *parent)
    : QWidget(parent), m_ratingsBox(new QGroupBox(tr("Rating by the pejabat penilai"), this)),
      m_hasil(new QComboBox(this)), m_perilaku(new QComboBox(this)), m_preview(new QLabel(this)),
      m_headRule(new QLabel(this)), m_useHeadRule(new QPushButton(tr("Use it"), this)),
      m_selfBox(new QGroupBox(tr("Self-assessment by the employee"), this)),
      m_selfHasil(new QComboBox(this)), m_selfPerilaku(new QComboBox(this)),
      m_rekomendasi(textBox(QStringLiteral("rekomendasiEdit"), this)),
      m_competency(new QComboBox(this)), m_objectionState(new QLabel(this)),
      m_objection(textBox(QStringLiteral("objectionEdit"), this, 2)),
      m_explanation(textBox(QStringLiteral("objectionExplanationEdit"), this, 2)),
      m_decision(new QComboBox(this)),
      m_decisionText(textBox(QStringLiteral("objectionDecisionEdit"), this, 2)),
      m_file(new QPushButton(tr("File keberatan"), this)),
      m_explain(new QPushButton(tr("Record explanation"), this)),
      m_decide(new QPushButton(tr("Record decision"), this))
{
    setObjectName(QStringLiteral("feedbackEditor"));
    m_hasil->setObjectName(QStringLiteral("ratingHasilCombo"));
    m_perilaku->setObjectName(QStringLiteral("ratingPerilakuCombo"));
    m_preview->setObjectName(QStringLiteral("predikatPreviewLabel"));
    m_headRule->setObjectName(QStringLiteral("unitHeadRuleLabel"));
    m_headRule->setWordWrap(true);
    m_useHeadRule->setObjectName(QStringLiteral("useUnitHeadRatingButton"));
    m_selfHasil->setObjectName(QStringLiteral("selfHasilCombo"));
    m_selfPerilaku->setObjectName(QStringLiteral("selfPerilakuCombo"));
    m_competency->setObjectName(QStringLiteral("competencyCombo"));
    m_objectionState->setObjectName(QStringLiteral("objectionStateLabel"));
    m_decision->setObjectName(QStringLiteral("objectionDecisionCombo"));
    m_file->setObjectName(QStringLiteral("fileObjectionButton"));
    m_explain->setObjectName(QStringLiteral("explainObjectionButton"));
    m_decide->setObjectName(QStringLiteral("decideObjectionButton"));

    for (QComboBox *c : {m_hasil, m_perilaku, m_selfHasil, m_selfPerilaku})
        AppraisalText::fillRatingCombo(c);
    for (const CompetencyCategory c :
         {CompetencyCategory::None, CompetencyCategory::Teknis, CompetencyCategory::Manajerial,
          CompetencyCategory::SosialKultural})
        m_competency->addItem(competencyCategoryName(c), static_cast<int>(c));
    m_decision->addItem(tr("Rejected"), static_cast<int>(ObjectionDecision::Rejected));
    m_decision->addItem(tr("Granted"), static_cast<int>(ObjectionDecision::Granted));
    m_decision->addItem(tr("Partly granted"), static_cast<int>(ObjectionDecision::PartlyGranted));
    m_rekomendasi->setPlaceholderText(
        tr("Which training or development follows from this result (diklat, coaching, …)"));

    QFont big = m_preview->font();
    big.setBold(true);
    m_preview->setFont(big);
    auto *ratings = new QFormLayout(m_ratingsBox);
    ratings->addRow(tr("Rating &hasil kerja:"), m_hasil);
    ratings->addRow(tr("Rating &perilaku kerja:"), m_perilaku);
    ratings->addRow(tr("Predikat (matrix):"), m_preview);
    auto *headRow = new QHBoxLayout;
    headRow->addWidget(m_headRule, 1);
    headRow->addWidget(m_useHeadRule, 0, Qt::AlignTop);
    ratings->addRow(headRow);
    auto *self = new QFormLayout(m_selfBox);
    self->addRow(tr("Own view of hasil kerja:"), m_selfHasil);
    self->addRow(tr("Own view of perilaku:"), m_selfPerilaku);
    auto *rekBox = new QGroupBox(tr("Rekomendasi pengembangan kompetensi"), this);
    auto *rek = new QFormLayout(rekBox);
    rek->addRow(tr("Competence:"), m_competency);
    rek->addRow(tr("Recommendation:"), m_rekomendasi);
    auto *objBox = new QGroupBox(tr("Keberatan (objection)"), this);
    auto *obj = new QGridLayout(objBox);
    obj->addWidget(m_objectionState, 0, 0, 1, 3);
    obj->addWidget(new QLabel(tr("Keberatan of the employee:"), objBox), 1, 0);
    obj->addWidget(m_objection, 1, 1);
    obj->addWidget(m_file, 1, 2, Qt::AlignTop);
    obj->addWidget(new QLabel(tr("Penjelasan pejabat penilai:"), objBox), 2, 0);
    obj->addWidget(m_explanation, 2, 1);
    obj->addWidget(m_explain, 2, 2, Qt::AlignTop);
    obj->addWidget(new QLabel(tr("Keputusan atasan pejabat penilai:"), objBox), 3, 0);
    auto *decision = new QVBoxLayout;
    decision->addWidget(m_decision);
    decision->addWidget(m_decisionText);
    obj->addLayout(decision, 3, 1);
    obj->addWidget(m_decide, 3, 2, Qt::AlignTop);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    auto *top = new QHBoxLayout;
    top->addWidget(m_ratingsBox, 1);
    top->addWidget(m_selfBox, 1);
    contentLayout->addLayout(top);
    contentLayout->addWidget(rekBox);
    contentLayout->addWidget(objBox);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    for (QComboBox *c : {m_hasil, m_perilaku, m_selfHasil, m_selfPerilaku, m_competency})
        connect(c, &QComboBox::currentIndexChanged, this, &FeedbackEditor::changed);
    connect(m_hasil, &QComboBox::currentIndexChanged, this, &FeedbackEditor::updatePreview);
    connect(m_perilaku, &QComboBox::currentIndexChanged, this, &FeedbackEditor::updatePreview);
    connect(m_hasil, &QComboBox::currentIndexChanged, this, &FeedbackEditor::updateHeadRule);
    connect(m_useHeadRule, &QPushButton::clicked, this,
            [this] { AppraisalText::setRating(m_hasil, m_headRating); });
    connect(m_rekomendasi, &QPlainTextEdit::textChanged, this, &FeedbackEditor::changed);
    connect(m_file, &QPushButton::clicked, this,
            [this] { emit fileObjection(m_objection->toPlainText().trimmed()); });
    connect(m_explain, &QPushButton::clicked, this,
            [this] { emit explainObjection(m_explanation->toPlainText().trimmed()); });
    connect(m_decide, &QPushButton::clicked, this, [this] {
        emit decideObjection(static_cast<ObjectionDecision>(m_decision->currentData().toInt()),
                             m_decisionText->toPlainText().trimmed());
    });
    updatePreview();
    setUnitHeadRule(QString(), std::nullopt);
}

void FeedbackEditor::setUnitHeadRule(const QString &text, std::optional<Rating> rating)
{
    m_headRule->setText(text);
    m_headRating = rating;
    m_headRule->setVisible(!text.isEmpty());
    updateHeadRule();
}

void FeedbackEditor::updateHeadRule()
{
    const bool differs = m_headRating && ratingHasil() != m_headRating;
    m_useHeadRule->setVisible(m_headRating.has_value());
    m_useHeadRule->setEnabled(differs && m_hasil->isEnabled()); // disabled when read-only
    m_headRule->setStyleSheet(differs ? QStringLiteral("color: #b26a00;") : QString());
}

void FeedbackEditor::setAppraisal(const Appraisal &a)
{
    const QSignalBlocker b1(m_rekomendasi);
    const bool permenpan = a.schemeKind == SchemeKind::PermenPan2022;
    m_ratingsBox->setVisible(permenpan);
    m_selfBox->setVisible(permenpan);
    AppraisalText::setRating(m_hasil, a.ratingHasil);
    AppraisalText::setRating(m_perilaku, a.ratingPerilaku);
    AppraisalText::setRating(m_selfHasil, a.selfHasil);
    AppraisalText::setRating(m_selfPerilaku, a.selfPerilaku);
    m_rekomendasi->setPlainText(a.rekomendasi);
    m_competency->setCurrentIndex(qMax(0, m_competency->findData(static_cast<int>(a.competency))));
    updatePreview();
}

void FeedbackEditor::setObjection(const std::optional<Objection> &o, bool canAct)
{
    m_objection->setPlainText(o ? o->text : QString());
    m_explanation->setPlainText(o ? o->explanation : QString());
    m_decisionText->setPlainText(o ? o->decisionText : QString());
    if (o && o->decision)
        m_decision->setCurrentIndex(m_decision->findData(static_cast<int>(*o->decision)));
    QString state;
    if (!o)
        state = tr("No keberatan filed. It can be filed while the appraisal is rated (Dinilai).");
    else if (o->decision)
        state = tr("Filed %1 · decided %2.")
                    .arg(DisplayText::date(o->filedOn), DisplayText::date(o->decidedOn));
    else if (!o->explanation.isEmpty())
        state = tr("Filed %1 · explained %2 · awaiting the atasan's decision (blocks "
                   "finalizing).")
                    .arg(DisplayText::date(o->filedOn), DisplayText::date(o->explainedOn));
    else
        state = tr("Filed %1 · awaiting the pejabat penilai's explanation (blocks finalizing).")
                    .arg(DisplayText::date(o->filedOn));
    m_objectionState->setText(state);
    m_file->setEnabled(canAct && !o);
    m_objection->setReadOnly(!canAct || o.has_value());
    m_explain->setEnabled(canAct && o && !o->decision);
    m_explanation->setReadOnly(!(canAct && o && !o->decision));
    m_decide->setEnabled(canAct && o && !o->explanation.isEmpty() && !o->decision);
    m_decisionText->setReadOnly(!m_decide->isEnabled());
    m_decision->setEnabled(m_decide->isEnabled());
}

void FeedbackEditor::setReadOnly(bool on)
{
    for (QComboBox *c : {m_hasil, m_perilaku, m_selfHasil, m_selfPerilaku, m_competency})
        c->setEnabled(!on);
    m_rekomendasi->setReadOnly(on);
    updateHeadRule();
}

void FeedbackEditor::updatePreview()
{
    const Result<Predikat> p = explainPredikat(ratingHasil(), ratingPerilaku());
    if (p.value)
        m_preview->setText(predikatName(*p.value));
    else
        m_preview->setText(tr("— (both ratings are needed)"));
}

std::optional<Rating> FeedbackEditor::ratingHasil() const
{
    return AppraisalText::rating(m_hasil);
}

std::optional<Rating> FeedbackEditor::ratingPerilaku() const
{
    return AppraisalText::rating(m_perilaku);
}

std::optional<Rating> FeedbackEditor::selfHasil() const
{
    return AppraisalText::rating(m_selfHasil);
}

std::optional<Rating> FeedbackEditor::selfPerilaku() const
{
    return AppraisalText::rating(m_selfPerilaku);
}

QString FeedbackEditor::rekomendasi() const
{
    return m_rekomendasi->toPlainText().trimmed();
}

CompetencyCategory FeedbackEditor::competency() const
{
    return static_cast<CompetencyCategory>(m_competency->currentData().toInt());
}

} // namespace kinerja::ui
