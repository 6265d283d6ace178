#include "appraisaldialog.h"

#include "appraisals/feedbackeditor.h"
#include "appraisals/hasilkerjaeditor.h"
#include "appraisals/numericeditor.h"
#include "appraisals/perilakueditor.h"
#include "appraisals/resultpanel.h"
#include "appraisals/weightededitor.h"
#include "common/appraisaltext.h"
#include "common/displaytext.h"
#include "common/messagebox.h"
#include "domain/nip.h"
#include "storage/appraisalcontent.h"
#include "storage/appraisalquery.h"
#include "storage/appraisalrepository.h"
#include "storage/appraisalresults.h"
#include "storage/appraisalworkflow.h"
#include "storage/database.h"
#include "storage/schemerepository.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kinerja::ui {

AppraisalDialog::AppraisalDialog(Database &db, qint64 appraisalId, QWidget *parent)
    : QDialog(parent), m_db(db), m_id(appraisalId), m_header(new QLabel(this)),
      m_banner(new QLabel(this)), m_tabs(new QTabWidget(this)), m_state(new QLabel(this)),
      m_save(new QPushButton(tr("&Save"), this)),
      m_submit(new QPushButton(tr("Su&bmit (diajukan)"), this)),
      m_rate(new QPushButton(tr("&Rate (dinilai)"), this)),
      m_finalize(new QPushButton(tr("&Finalize…"), this)),
      m_reopen(new QPushButton(tr("Re&open…"), this)), m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("appraisalDialog"));
    m_header->setObjectName(QStringLiteral("appraisalHeader"));
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_tabs->setObjectName(QStringLiteral("appraisalTabs"));
    m_state->setObjectName(QStringLiteral("appraisalStateLabel"));
    m_save->setObjectName(QStringLiteral("saveAppraisalButton"));
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_rate->setObjectName(QStringLiteral("rateButton"));
    m_finalize->setObjectName(QStringLiteral("finalizeAppraisalButton"));
    m_reopen->setObjectName(QStringLiteral("reopenAppraisalButton"));
    m_close->setObjectName(QStringLiteral("closeAppraisalButton"));
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);

    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setStyleSheet(QStringLiteral(
        "background: #fff4ce; color: #5c4400; border: 1px solid #e0c060; border-radius: 3px;"));
    m_banner->hide();
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);

    const auto found = AppraisalRepository(m_db).find(m_id);
    if (found) {
        m_appraisal = *found;
        const Status s = SchemeRepository(m_db).load(m_appraisal.schemeVersionId, &m_scheme);
        if (!s)
            m_scheme = SchemeDefinition::builtin(m_appraisal.schemeKind);
    }
    buildTabs();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state);
    buttons->addStretch(1);
    // No default button: Enter in a field must never submit or finalize.
    for (QPushButton *b : {m_save, m_submit, m_rate, m_finalize, m_reopen, m_close}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            load();
    });
    connect(m_submit, &QPushButton::clicked, this, &AppraisalDialog::submit);
    connect(m_rate, &QPushButton::clicked, this, &AppraisalDialog::rate);
    connect(m_finalize, &QPushButton::clicked, this, &AppraisalDialog::finalize);
    connect(m_reopen, &QPushButton::clicked, this, &AppraisalDialog::reopen);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_result)
            m_result->setStale(m_dirty);
    });
    load();
    resize(1180, 760);
}

void AppraisalDialog::buildTabs()
{
    const auto markDirty = [this] {
        if (!m_loading)
            setDirty(true);
    };
    switch (m_appraisal.schemeKind) {
    case SchemeKind::PermenPan2022:
        m_hasil = new HasilKerjaEditor(this);
        m_perilaku = new PerilakuEditor(this);
        m_tabs->addTab(m_hasil, tr("Hasil Kerja"));
        m_tabs->addTab(m_perilaku, tr("Perilaku"));
        connect(m_hasil, &HasilKerjaEditor::changed, this, markDirty);
        connect(m_perilaku, &PerilakuEditor::changed, this, markDirty);
        break;
    case SchemeKind::Pp46:
    case SchemeKind::Pp30:
        m_numeric = new NumericEditor(this);
        m_tabs->addTab(m_numeric, m_appraisal.schemeKind == SchemeKind::Pp46
                                      ? tr("Kegiatan && Perilaku")
                                      : tr("Capaian && Perilaku"));
        connect(m_numeric, &NumericEditor::changed, this, markDirty);
        break;
    case SchemeKind::Weighted:
        m_weighted = new WeightedEditor(this);
        m_tabs->addTab(m_weighted, tr("Ratings"));
        connect(m_weighted, &WeightedEditor::changed, this, markDirty);
        break;
    }
    m_feedback = new FeedbackEditor(this);
    m_result = new ResultPanel(this);
    m_log = new QListWidget(this);
    m_log->setObjectName(QStringLiteral("appraisalLogList"));
    m_tabs->addTab(m_feedback, tr("Umpan Balik"));
    m_tabs->addTab(m_result, tr("Hasil && Penjelasan"));
    m_tabs->addTab(m_log, tr("Riwayat"));
    connect(m_feedback, &FeedbackEditor::changed, this, markDirty);
    const QString user = m_db.userName();
    connect(m_feedback, &FeedbackEditor::fileObjection, this, [this, user](const QString &text) {
        objectionStep(tr("File keberatan"), [this, user, text] {
            return AppraisalWorkflow(m_db, user).fileObjection(m_id, text, QDate::currentDate());
        });
    });
    connect(m_feedback, &FeedbackEditor::explainObjection, this, [this, user](const QString &text) {
        objectionStep(tr("Explain keberatan"), [this, user, text] {
            return AppraisalWorkflow(m_db, user).explainObjection(m_id, text, QDate::currentDate());
        });
    });
    connect(m_feedback, &FeedbackEditor::decideObjection, this,
            [this, user](ObjectionDecision d, const QString &text) {
                objectionStep(tr("Decide keberatan"), [this, user, d, text] {
                    return AppraisalWorkflow(m_db, user)
                        .decideObjection(m_id, d, text, QDate::currentDate());
                });
            });
}

void AppraisalDialog::load()
{
    m_loading = true;
    if (const auto a = AppraisalRepository(m_db).find(m_id))
        m_appraisal = *a;
    const Appraisal &a = m_appraisal;
    setWindowTitle(tr("Appraisal of %1 — %2").arg(a.employee.name, a.period.toString()));
    const auto person = [](const PersonSnapshot &p) {
        if (p.isEmpty())
            return tr("<i>nobody recorded</i>");
        return tr("%1 · %2").arg(DisplayText::nameWithNip(p.name, p.nip).toHtmlEscaped(),
                                 p.jabatan.toHtmlEscaped());
    };
    m_header->setText(
        tr("<span style='font-size:large'><b>%1</b></span> &nbsp; NIP %2<br>%3 · %4<br>"
           "Pejabat penilai: %5<br>Atasan pejabat penilai: %6<br>"
           "Period <b>%7</b> (%8) · scheme %9, version %10")
            .arg(a.employee.name.toHtmlEscaped(), Nip::format(a.employee.nip),
                 a.employee.jabatan.toHtmlEscaped(), a.employee.unitName.toHtmlEscaped(),
                 person(a.rater), person(a.atasan), a.period.toString(),
                 AppraisalText::periodRange(a.period), a.schemeName.toHtmlEscaped())
            .arg(a.schemeVersion));

    m_readOnly = a.state == AppraisalState::Final || a.periodClosed;
    if (a.periodClosed)
        m_banner->setText(tr("Period %1 is closed: this appraisal is read-only. Reopen the period "
                             "(Periods page) to change it.")
                              .arg(a.period.toString()));
    else if (a.state == AppraisalState::Final)
        m_banner->setText(tr("This appraisal is Final (finalized %1): it is locked and read-only. "
                             "“Reopen…” with a reason to change it; the reopening is recorded.")
                              .arg(DisplayText::date(a.finalizedAt.toLocalTime().date())));
    m_banner->setVisible(m_readOnly);

    const AppraisalContent content(m_db);
    if (m_hasil) {
        m_hasil->setPlan(content.rhk(m_id));
        m_hasil->setReadOnly(m_readOnly);
        m_perilaku->setEntries(content.perilaku(m_id));
        m_perilaku->setReadOnly(m_readOnly);
    }
    if (m_numeric) {
        m_numeric->setAppraisal(a, content.kegiatan(m_id), content.aspectScores(m_id));
        m_numeric->setReadOnly(m_readOnly);
    }
    if (m_weighted) {
        // Hidden peers keep their id here so their ratings stay editable; the
        // table shows them as "(name hidden)".
        m_weighted->setDatabase(&m_db, a.employee.employeeId);
        m_weighted->setContent(m_scheme.weighted, content.weightedRatings(m_id, true));
        m_weighted->setReadOnly(m_readOnly);
    }
    m_feedback->setAppraisal(a);
    m_feedback->setReadOnly(m_readOnly);
    const std::optional<UnitHeadRule> head = a.schemeKind == SchemeKind::PermenPan2022
                                                 ? AppraisalQuery(m_db).unitHeadRule(m_id)
                                                 : std::nullopt;
    if (head)
        m_feedback->setUnitHeadRule(
            tr("%1 heads %2. The capaian kinerja organisasi of %3 for %4 is <b>%5</b>, so the "
               "rating hasil kerja is <b>%6</b> (SE MenPANRB 3/2023: for the head of a unit, "
               "the unit's achievement is that person's rating hasil kerja).")
                .arg(a.employee.name.toHtmlEscaped(), head->unitName.toHtmlEscaped(),
                     head->achievementUnitName.toHtmlEscaped(), a.period.toString(),
                     organisationPredikatName(*head->achievement.predikat),
                     ratingName(head->ratingHasil)),
            head->ratingHasil);
    else
        m_feedback->setUnitHeadRule(QString(), std::nullopt);
    m_feedback->setObjection(AppraisalWorkflow(m_db, QString()).objection(m_id),
                             a.state == AppraisalState::Dinilai && !a.periodClosed);
    loadResult();
    m_log->clear();
    for (const AppraisalLogEntry &e : AppraisalRepository(m_db).log(m_id)) {
        QString line =
            tr("%1 · %2 · %3")
                .arg(DisplayText::timestamp(e.at), e.user, appraisalActionName(e.action));
        if (e.from && e.to)
            line += tr(" · %1 → %2").arg(appraisalStateName(*e.from), appraisalStateName(*e.to));
        if (!e.reason.isEmpty())
            line += tr(" · reason: %1").arg(e.reason);
        m_log->addItem(line);
    }
    m_loading = false;
    setDirty(false);
}

void AppraisalDialog::loadResult()
{
    const AppraisalResult r = AppraisalResults(m_db).explain(m_id);
    m_result->setResult(r, tr("%1 (version %2), rules from %3")
                               .arg(m_appraisal.schemeName)
                               .arg(m_appraisal.schemeVersion)
                               .arg(SchemeDefinition::ruleSource(m_appraisal.schemeKind)));
    if (m_perilaku) {
        QMap<CoreValue, Rating> views;
        for (const PerilakuEntry &e : AppraisalContent(m_db).perilaku(m_id)) {
            if (e.assessment)
                views.insert(e.value, *e.assessment);
        }
        const Result<Rating> s =
            suggestedPerilakuRating(views, PerilakuSuggestionRule{m_scheme.perilakuMinDiAtas});
        m_perilaku->setSuggestion(
            s.value ? tr("Suggested rating perilaku from the rater's views of the seven values: "
                         "<b>%1</b> (a suggestion only; the rating is the rater's choice).")
                          .arg(ratingName(*s.value))
                    : tr("Give a view of each of the seven values to see a suggested rating "
                         "perilaku (optional)."));
    }
}

void AppraisalDialog::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_result->setStale(dirty);
    updateWorkflow();
}

void AppraisalDialog::updateWorkflow()
{
    const Appraisal &a = m_appraisal;
    const AppraisalState s = a.state;
    m_state->setText(
        tr("State: %1%2")
            .arg(appraisalStateName(s), m_dirty ? tr(" · unsaved changes") : QString()));
    const bool open = !a.periodClosed;
    m_save->setEnabled(!m_readOnly && m_dirty);
    m_submit->setEnabled(open && s == AppraisalState::Draft);
    m_rate->setEnabled(open && s == AppraisalState::Diajukan);
    m_finalize->setEnabled(open && s == AppraisalState::Dinilai);
    m_reopen->setEnabled(open && s == AppraisalState::Final);
}

void AppraisalDialog::reject()
{
    if (m_dirty && !m_readOnly) {
        const auto answer = MessageBox::question(
            this, tr("Unsaved changes"), tr("Save the changes to this appraisal?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !save())
            return;
    }
    QDialog::reject();
}

} // namespace kinerja::ui
