#include "schemeeditordialog.h"

#include "common/displaytext.h"
#include "schemes/distributioneditor.h"

#include "common/conflictprompt.h"
#include "common/fieldmessage.h"
#include "common/messagebox.h"
#include "domain/numbertext.h"
#include "storage/rowversion.h"
#include "storage/schemerepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {
enum Column {
    IdC,
    NameC,
    WeightC,
    ScaleC,
    DirectionC,
    TargetC,
    UnitC,
    SourceC, // four columns: self, supervisor, peers, public
    ColumnCount = SourceC + 4
};

QString percent(int bp)
{
    return bp == 0 ? QString() : DisplayText::weight(bp).remove(QLocale().percent());
}
} // namespace

SchemeEditorDialog::SchemeEditorDialog(Database &db, qint64 schemeId, int rowVersion,
                                       const SchemeDefinition &definition, QWidget *parent)
    : QDialog(parent), m_db(db), m_schemeId(schemeId), m_rowVersion(rowVersion),
      m_original(definition), m_name(new QLineEdit(definition.name, this)),
      m_frozen(new QLabel(this)), m_bands(new QTableWidget(this)), m_note(new QLineEdit(this)),
      m_message(new FieldMessage(QStringLiteral("schemeMessage"), this)),
      m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("schemeEditorDialog"));
    setWindowTitle(schemeId ? tr("Edit scheme — %1").arg(definition.name) : tr("New scheme"));
    m_name->setObjectName(QStringLiteral("schemeNameEdit"));
    m_frozen->setObjectName(QStringLiteral("frozenNoteLabel"));
    m_bands->setObjectName(QStringLiteral("bandTable"));
    m_note->setObjectName(QStringLiteral("versionNoteEdit"));
    m_save->setObjectName(QStringLiteral("saveSchemeButton"));
    m_frozen->setWordWrap(true);
    m_note->setPlaceholderText(tr("What changed (kept with the version)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Kind:"), new QLabel(SchemeDefinition::kindName(definition.kind), this));
    switch (definition.kind) {
    case SchemeKind::PermenPan2022:
        m_minDiAtas = new QSpinBox(this);
        m_minDiAtas->setObjectName(QStringLiteral("perilakuMinDiAtasSpin"));
        m_minDiAtas->setRange(1, 7);
        m_minDiAtas->setValue(definition.perilakuMinDiAtas);
        form->addRow(tr("Suggest “Di Atas” perilaku from this many values Di Atas:"), m_minDiAtas);
        connect(m_minDiAtas, &QSpinBox::valueChanged, this, &SchemeEditorDialog::revalidate);
        break;
    case SchemeKind::Pp30:
        m_pp30Weighting = new QComboBox(this);
        m_pp30Weighting->setObjectName(QStringLiteral("pp30WeightingCombo"));
        for (const Pp30Weighting w :
             {Pp30Weighting::Skp70Perilaku30, Pp30Weighting::Skp60Perilaku40})
            m_pp30Weighting->addItem(Pp30::weightingName(w), static_cast<int>(w));
        m_pp30Weighting->setCurrentIndex(
            definition.pp30Weighting == Pp30Weighting::Skp60Perilaku40 ? 1 : 0);
        form->addRow(tr("Weighting:"), m_pp30Weighting);
        connect(m_pp30Weighting, &QComboBox::currentIndexChanged, this,
                &SchemeEditorDialog::revalidate);
        break;
    case SchemeKind::Pp46:
        break;
    case SchemeKind::Weighted:
        m_policy = new QComboBox(this);
        m_policy->setObjectName(QStringLiteral("missingPolicyCombo"));
        m_policy->addItem(tr("Re-weight the parts that are present"),
                          static_cast<int>(MissingPolicy::Reweight));
        m_policy->addItem(tr("Count a missing part as zero"),
                          static_cast<int>(MissingPolicy::CountAsZero));
        m_policy->setCurrentIndex(definition.weighted.missingPolicy == MissingPolicy::CountAsZero);
        form->addRow(tr("A missing part:"), m_policy);
        connect(m_policy, &QComboBox::currentIndexChanged, this, &SchemeEditorDialog::revalidate);
        break;
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (definition.kind == SchemeKind::PermenPan2022) {
        m_distribution = new DistributionEditor(this);
        m_distribution->setPatterns(definition.distribution);
        layout->addWidget(m_distribution, 2);
        connect(m_distribution, &DistributionEditor::changed, this,
                &SchemeEditorDialog::revalidate);
    }
    if (definition.kind == SchemeKind::Weighted) {
        m_indicators = new QTableWidget(this);
        m_indicators->setObjectName(QStringLiteral("schemeIndicatorTable"));
        m_indicators->setColumnCount(ColumnCount);
        m_indicators->setHorizontalHeaderLabels(
            {tr("Id"), tr("Indicator"), tr("Weight %"), tr("Scale"), tr("Direction"), tr("Target"),
             tr("Unit"), tr("Self %"), tr("Supervisor %"), tr("Peers %"), tr("Public %")});
        m_indicators->horizontalHeader()->setSectionResizeMode(NameC, QHeaderView::Stretch);
        m_indicators->verticalHeader()->setDefaultSectionSize(m_indicators->fontMetrics().height() +
                                                              14);
        m_sum = new QLabel(this);
        m_sum->setObjectName(QStringLiteral("weightSumLabel"));
        auto *add = new QPushButton(tr("Add indicator"), this);
        add->setObjectName(QStringLiteral("addSchemeIndicatorButton"));
        auto *remove = new QPushButton(tr("Remove indicator"), this);
        remove->setObjectName(QStringLiteral("removeSchemeIndicatorButton"));
        auto *row = new QHBoxLayout;
        row->addWidget(m_sum, 1);
        row->addWidget(add);
        row->addWidget(remove);
        layout->addWidget(new QLabel(tr("<b>Indicators</b> — weights in percent, up to 2 decimals "
                                        "(%1 is %2); they must total exactly 100%, and so "
                                        "must each indicator's rater weights.")
                                         .arg(percent(75), DisplayText::weight(75)),
                                     this));
        layout->addWidget(m_indicators, 2);
        layout->addLayout(row);
        for (const WeightedIndicator &ind : definition.weighted.indicators)
            addIndicatorRow(ind);
        m_indicators->resizeColumnsToContents();
        m_indicators->horizontalHeader()->setSectionResizeMode(NameC, QHeaderView::Stretch);
        connect(add, &QPushButton::clicked, this, [this] {
            WeightedIndicator ind;
            ind.id = QStringLiteral("indicator-%1").arg(m_indicators->rowCount() + 1);
            ind.sourceWeightsBp.insert(RaterSource::Supervisor, WeightedScoring::FullWeight);
            addIndicatorRow(ind);
            revalidate();
        });
        connect(remove, &QPushButton::clicked, this, [this] {
            if (m_indicators->currentRow() >= 0)
                m_indicators->removeRow(m_indicators->currentRow());
            revalidate();
        });
    }
    const BandSet &bands = definition.effectiveBands();
    m_bands->setColumnCount(3);
    m_bands->setHorizontalHeaderLabels({tr("Predikat"), tr("Band as written"), tr("Applied as")});
    m_bands->setRowCount(static_cast<int>(bands.size()));
    for (int r = 0; r < bands.size(); ++r) {
        const ScoreBand &b = bands.at(r);
        QString applied = b.condition();
        if (b.requiresInnovation)
            applied += tr(" and a new idea");
        if (!b.confirmed)
            applied += tr(" (unconfirmed)");
        const QStringList cells = {b.name, b.written, applied};
        for (int c = 0; c < 3; ++c)
            m_bands->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_bands->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bands->horizontalHeader()->setStretchLastSection(true);
    m_bands->verticalHeader()->hide();
    m_bands->setVisible(!bands.isEmpty());
    if (!bands.isEmpty()) {
        layout->addWidget(new QLabel(tr("<b>Predikat bands</b> (data of the rule)"), this));
        layout->addWidget(m_bands, 1);
    }
    layout->addWidget(m_message);
    layout->addWidget(m_frozen);
    auto *noteForm = new QFormLayout;
    noteForm->addRow(tr("Version &note:"), m_note);
    layout->addLayout(noteForm);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SchemeEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textEdited, this, &SchemeEditorDialog::revalidate);

    if (schemeId) {
        const SchemeRepository repo(m_db);
        const auto info = repo.find(schemeId);
        const auto version = info ? repo.version(info->latestVersionId) : std::nullopt;
        if (version && version->isFrozen())
            m_frozen->setText(
                tr("Version %1 is used by %2 appraisals and is frozen: saving creates "
                   "version %3; results already given keep version %1.")
                    .arg(version->version)
                    .arg(version->appraisals)
                    .arg(version->version + 1));
        else if (version)
            m_frozen->setText(
                tr("Version %1 is not used by any appraisal yet: saving changes it in "
                   "place.")
                    .arg(version->version));
    } else {
        m_frozen->setText(tr("A new scheme starts at version 1."));
    }
    revalidate();
    resize(definition.kind == SchemeKind::Weighted ? 1250 : 1040, 700);
}

QLineEdit *SchemeEditorDialog::cellEdit(int row, int column) const
{
    return qobject_cast<QLineEdit *>(m_indicators->cellWidget(row, column));
}

void SchemeEditorDialog::addIndicatorRow(const WeightedIndicator &ind)
{
    const int row = m_indicators->rowCount();
    m_indicators->insertRow(row);
    const auto line = [this, row](int column, const QString &text, const QString &name) {
        auto *e = new QLineEdit(text);
        e->setObjectName(name);
        m_indicators->setCellWidget(row, column, e);
        connect(e, &QLineEdit::textEdited, this, &SchemeEditorDialog::revalidate);
        return e;
    };
    line(IdC, ind.id, QStringLiteral("indicatorIdEdit_%1").arg(row));
    line(NameC, ind.name, QStringLiteral("indicatorNameEdit_%1").arg(row));
    line(WeightC, percent(ind.weightBp), QStringLiteral("weightEdit_%1").arg(row));
    auto *scale = new QComboBox;
    scale->setObjectName(QStringLiteral("scaleCombo_%1").arg(row));
    for (const IndicatorScale s : {IndicatorScale::Likert1to5, IndicatorScale::Percent0to100,
                                   IndicatorScale::TargetRealisation})
        scale->addItem(WeightedScoring::scaleName(s), static_cast<int>(s));
    scale->setCurrentIndex(scale->findData(static_cast<int>(ind.scale)));
    m_indicators->setCellWidget(row, ScaleC, scale);
    auto *direction = new QComboBox;
    direction->setObjectName(QStringLiteral("directionCombo_%1").arg(row));
    direction->addItem(tr("Higher is better"), static_cast<int>(Direction::HigherIsBetter));
    direction->addItem(tr("Lower is better"), static_cast<int>(Direction::LowerIsBetter));
    direction->setCurrentIndex(ind.direction == Direction::LowerIsBetter ? 1 : 0);
    m_indicators->setCellWidget(row, DirectionC, direction);
    connect(scale, &QComboBox::currentIndexChanged, this, &SchemeEditorDialog::revalidate);
    connect(direction, &QComboBox::currentIndexChanged, this, &SchemeEditorDialog::revalidate);
    line(TargetC, ind.target > 0 ? DisplayText::editable(ind.target) : QString(),
         QStringLiteral("targetValueEdit_%1").arg(row));
    line(UnitC, ind.unit, QStringLiteral("unitEdit_%1").arg(row));
    const QVector<RaterSource> sources = WeightedScoring::allSources();
    for (int i = 0; i < sources.size() && i < 4; ++i)
        line(SourceC + i, percent(ind.sourceWeightsBp.value(sources.at(i))),
             QStringLiteral("sourceWeightEdit_%1_%2").arg(row).arg(i));
}

Status SchemeEditorDialog::definition(SchemeDefinition *out) const
{
    SchemeDefinition d = m_original;
    d.name = m_name->text().trimmed();
    if (m_minDiAtas)
        d.perilakuMinDiAtas = m_minDiAtas->value();
    if (m_distribution) {
        QString error;
        d.distribution = m_distribution->patterns(&error);
        if (!error.isEmpty())
            return Status::error(error, QStringLiteral("distribution"));
    }
    if (m_pp30Weighting)
        d.pp30Weighting = static_cast<Pp30Weighting>(m_pp30Weighting->currentData().toInt());
    if (m_indicators) {
        d.weighted.name = d.name;
        d.weighted.missingPolicy = static_cast<MissingPolicy>(m_policy->currentData().toInt());
        d.weighted.indicators.clear();
        const QVector<RaterSource> sources = WeightedScoring::allSources();
        for (int r = 0; r < m_indicators->rowCount(); ++r) {
            WeightedIndicator ind;
            ind.id = cellEdit(r, IdC)->text().trimmed();
            ind.name = cellEdit(r, NameC)->text().trimmed();
            const QString where = tr("Indicator %1").arg(r + 1);
            const QString w = cellEdit(r, WeightC)->text().trimmed();
            if (!WeightedScoring::parseBasisPoints(w, &ind.weightBp))
                return Status::error(tr("%1: the weight “%2” is not a percentage from 0 to 100 "
                                        "with at most 2 decimals.")
                                         .arg(where, w),
                                     QStringLiteral("weightEdit_%1").arg(r));
            ind.scale = static_cast<IndicatorScale>(
                qobject_cast<QComboBox *>(m_indicators->cellWidget(r, ScaleC))
                    ->currentData()
                    .toInt());
            ind.direction = static_cast<Direction>(
                qobject_cast<QComboBox *>(m_indicators->cellWidget(r, DirectionC))
                    ->currentData()
                    .toInt());
            const QString target = cellEdit(r, TargetC)->text().trimmed();
            if (ind.scale == IndicatorScale::TargetRealisation) {
                // "5.000" is five thousand, as everywhere Kinerja reads a typed number.
                const std::optional<double> value = NumberText::parse(target);
                ind.target = value.value_or(0);
                if (!value || ind.target <= 0)
                    return Status::error(
                        tr("%1: the target must be a number more than 0.").arg(where),
                        QStringLiteral("targetValueEdit_%1").arg(r));
            }
            ind.unit = cellEdit(r, UnitC)->text().trimmed();
            for (int i = 0; i < sources.size() && i < 4; ++i) {
                const QString text = cellEdit(r, SourceC + i)->text().trimmed();
                int bp = 0;
                if (!text.isEmpty() && !WeightedScoring::parseBasisPoints(text, &bp))
                    return Status::error(
                        tr("%1: the %2 weight “%3” is not a percentage.")
                            .arg(where, WeightedScoring::sourceName(sources.at(i)), text),
                        QStringLiteral("sourceWeightEdit_%1_%2").arg(r).arg(i));
                if (bp > 0)
                    ind.sourceWeightsBp.insert(sources.at(i), bp);
            }
            d.weighted.indicators << ind;
        }
    }
    const Status s = d.validate();
    if (!s)
        return s;
    *out = d;
    return Status::ok();
}

void SchemeEditorDialog::revalidate()
{
    if (m_indicators) {
        int total = 0;
        bool parsed = true;
        for (int r = 0; r < m_indicators->rowCount(); ++r) {
            int bp = 0;
            QLineEdit *e = cellEdit(r, WeightC);
            const bool ok = WeightedScoring::parseBasisPoints(e->text().trimmed(), &bp);
            e->setStyleSheet(
                ok ? QString() : QStringLiteral("border: 1px solid #c62828; background: #fdecea;"));
            parsed = parsed && ok;
            total += bp;
        }
        const bool exact = parsed && total == WeightedScoring::FullWeight;
        m_sum->setText(tr("Total of the weights: <b>%1</b> %2")
                           .arg(DisplayText::weight(total),
                                exact ? tr("<span style='color:#2e7d32'>✔ exactly 100%</span>")
                                      : tr("<span style='color:#c62828'>must be exactly "
                                           "100%</span>")));
    }
    SchemeDefinition d;
    const Status s = definition(&d);
    if (s)
        m_message->clearMessage();
    else
        m_message->showError(s.message());
    m_save->setEnabled(s.isOk());
}

void SchemeEditorDialog::accept()
{
    SchemeDefinition d;
    const Status valid = definition(&d);
    if (!valid) {
        m_message->showError(valid.message());
        return;
    }
    SchemeRepository repo(m_db);
    Status s;
    bool newVersion = false;
    if (m_schemeId == 0) {
        s = repo.create(d, &m_schemeId, &m_savedVersionId);
        newVersion = true;
    } else {
        s = repo.save(m_schemeId, m_rowVersion, d, m_note->text().trimmed(), &m_savedVersionId,
                      &newVersion);
    }
    if (RowVersion::isConflict(s)) {
        m_message->showError(s.message());
        // Reload: the opener shows the scheme as it is now. Kept: refused until reloaded.
        if (ConflictPrompt::ask(this, tr("Cannot save the scheme"), s.message(),
                                repo.find(m_schemeId).has_value()) == ConflictPrompt::Reload)
            done(ReloadRequested);
        return;
    }
    if (!s) {
        m_message->showError(s.message());
        MessageBox::warning(this, tr("Cannot save the scheme"), s.message());
        return;
    }
    if (newVersion && m_schemeId != 0) {
        if (const auto v = repo.version(m_savedVersionId); v && v->version > 1)
            MessageBox::information(this, tr("New version"),
                                    tr("The scheme was used by appraisals, so the changes were "
                                       "saved as version %1. Appraisals already made keep their "
                                       "version; periods choose the version for new ones.")
                                        .arg(v->version));
    }
    QDialog::accept();
}

} // namespace kinerja::ui
