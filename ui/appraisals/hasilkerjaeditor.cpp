#include "hasilkerjaeditor.h"

#include "common/appraisaltext.h"
#include "common/fieldmessage.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {
enum RhkColumn { KindColumn, TextColumn, IntervensiColumn, RhkColumnCount };
enum IndicatorColumn {
    AspekColumn,
    IndikatorColumn,
    TargetColumn,
    SatuanColumn,
    RealisasiColumn,
    BuktiColumn,
    UmpanBalikColumn,
    IndicatorColumnCount
};

QLineEdit *edit(QTableWidget *table, int row, int column)
{
    return qobject_cast<QLineEdit *>(table->cellWidget(row, column));
}

// Empties a table of cell widgets. Qt deletes them later: their names go now, so
// that a lookup by object name finds the new rows' widgets only.
void clearRows(QTableWidget *table)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        for (int c = 0; c < table->columnCount(); ++c) {
            if (QWidget *w = table->cellWidget(r, c))
                w->setObjectName(QString());
        }
    }
    table->setRowCount(0);
}

QComboBox *combo(QTableWidget *table, int row, int column)
{
    return qobject_cast<QComboBox *>(table->cellWidget(row, column));
}

QString aspekName(IndicatorAspect a)
{
    switch (a) {
    case IndicatorAspect::Kuantitas:
        return QStringLiteral("Kuantitas");
    case IndicatorAspect::Kualitas:
        return QStringLiteral("Kualitas");
    case IndicatorAspect::Waktu:
        return QStringLiteral("Waktu");
    }
    return {};
}
} // namespace

HasilKerjaEditor::HasilKerjaEditor(QWidget *parent)
    : QWidget(parent), m_rhk(new QTableWidget(this)), m_indicators(new QTableWidget(this)),
      m_indicatorTitle(new QLabel(this)),
      m_message(new FieldMessage(QStringLiteral("indicatorMessage"), this)),
      m_addRhk(new QPushButton(tr("Add RHK"), this)),
      m_removeRhk(new QPushButton(tr("Remove RHK"), this)),
      m_addIndicator(new QPushButton(tr("Add indicator"), this)),
      m_removeIndicator(new QPushButton(tr("Remove indicator"), this))
{
    setObjectName(QStringLiteral("hasilKerjaEditor"));
    m_rhk->setObjectName(QStringLiteral("rhkTable"));
    m_indicators->setObjectName(QStringLiteral("indicatorTable"));
    m_indicatorTitle->setObjectName(QStringLiteral("indicatorTitle"));
    m_addRhk->setObjectName(QStringLiteral("addRhkButton"));
    m_removeRhk->setObjectName(QStringLiteral("removeRhkButton"));
    m_addIndicator->setObjectName(QStringLiteral("addIndicatorButton"));
    m_removeIndicator->setObjectName(QStringLiteral("removeIndicatorButton"));

    m_rhk->setColumnCount(RhkColumnCount);
    m_rhk->setHorizontalHeaderLabels(
        {tr("Jenis"), tr("Rencana Hasil Kerja"), tr("RHK pimpinan yang diintervensi")});
    m_rhk->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_rhk->horizontalHeader()->setSectionResizeMode(IntervensiColumn, QHeaderView::Stretch);
    m_indicators->setColumnCount(IndicatorColumnCount);
    m_indicators->setHorizontalHeaderLabels({tr("Aspek"), tr("Indikator Kinerja Individu"),
                                             tr("Target"), tr("Satuan"), tr("Realisasi"),
                                             tr("Bukti dukung"), tr("Umpan balik")});
    m_indicators->horizontalHeader()->setSectionResizeMode(IndikatorColumn, QHeaderView::Stretch);
    m_indicators->horizontalHeader()->setSectionResizeMode(BuktiColumn, QHeaderView::Stretch);
    m_indicators->horizontalHeader()->setSectionResizeMode(UmpanBalikColumn, QHeaderView::Stretch);
    for (QTableWidget *t : {m_rhk, m_indicators}) {
        t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 14);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
    }
    m_indicators->setColumnWidth(AspekColumn, 110);
    m_indicators->setColumnWidth(TargetColumn, 80);
    m_indicators->setColumnWidth(SatuanColumn, 90);
    m_indicators->setColumnWidth(RealisasiColumn, 90);
    m_rhk->setColumnWidth(KindColumn, 110);

    auto *rhkButtons = new QHBoxLayout;
    rhkButtons->addWidget(
        new QLabel(tr("<b>Rencana Hasil Kerja</b> (A. Utama, B. Tambahan)"), this));
    rhkButtons->addStretch(1);
    rhkButtons->addWidget(m_addRhk);
    rhkButtons->addWidget(m_removeRhk);
    auto *indicatorButtons = new QHBoxLayout;
    indicatorButtons->addWidget(m_indicatorTitle, 1);
    indicatorButtons->addWidget(m_addIndicator);
    indicatorButtons->addWidget(m_removeIndicator);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(rhkButtons);
    topLayout->addWidget(m_rhk);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(indicatorButtons);
    bottomLayout->addWidget(m_indicators, 1);
    bottomLayout->addWidget(m_message);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_rhk, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous) {
        if (row != previous && !m_filling)
            showIndicators(row);
    });
    connect(m_addRhk, &QPushButton::clicked, this, &HasilKerjaEditor::addRhk);
    connect(m_removeRhk, &QPushButton::clicked, this, &HasilKerjaEditor::removeRhk);
    connect(m_addIndicator, &QPushButton::clicked, this, &HasilKerjaEditor::addIndicator);
    connect(m_removeIndicator, &QPushButton::clicked, this, &HasilKerjaEditor::removeIndicator);
    showIndicators(-1);
}

bool HasilKerjaEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Focus in an RHK cell widget makes its row the current RHK.
    if (event->type() == QEvent::FocusIn) {
        for (int r = 0; r < m_rhk->rowCount(); ++r) {
            for (int c = 0; c < RhkColumnCount; ++c) {
                if (m_rhk->cellWidget(r, c) == watched && r != m_rhk->currentRow())
                    m_rhk->setCurrentCell(r, c);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HasilKerjaEditor::setPlan(const QVector<Rhk> &plan)
{
    m_filling = true;
    m_plan = plan;
    m_current = -1;
    clearRows(m_rhk);
    for (const Rhk &r : plan)
        addRhkRow(r);
    m_filling = false;
    showIndicators(plan.isEmpty() ? -1 : 0);
    if (!plan.isEmpty())
        m_rhk->setCurrentCell(0, TextColumn);
}

void HasilKerjaEditor::addRhkRow(const Rhk &rhk)
{
    const int row = m_rhk->rowCount();
    m_rhk->insertRow(row);
    auto *kind = new QComboBox;
    kind->setObjectName(QStringLiteral("rhkKindCombo_%1").arg(row));
    kind->addItem(tr("A. Utama"), static_cast<int>(RhkKind::Utama));
    kind->addItem(tr("B. Tambahan"), static_cast<int>(RhkKind::Tambahan));
    kind->setCurrentIndex(rhk.kind == RhkKind::Tambahan ? 1 : 0);
    auto *text = new QLineEdit(rhk.text);
    text->setObjectName(QStringLiteral("rhkTextEdit_%1").arg(row));
    text->setPlaceholderText(tr("What the employee will deliver"));
    auto *intervensi = new QLineEdit(rhk.intervensi);
    intervensi->setObjectName(QStringLiteral("intervensiEdit_%1").arg(row));
    m_rhk->setCellWidget(row, KindColumn, kind);
    m_rhk->setCellWidget(row, TextColumn, text);
    m_rhk->setCellWidget(row, IntervensiColumn, intervensi);
    for (QWidget *w : {static_cast<QWidget *>(kind), static_cast<QWidget *>(text),
                       static_cast<QWidget *>(intervensi)}) {
        w->setEnabled(!m_readOnly);
        w->installEventFilter(this);
    }
    connect(text, &QLineEdit::textEdited, this, &HasilKerjaEditor::changed);
    connect(intervensi, &QLineEdit::textEdited, this, &HasilKerjaEditor::changed);
    connect(kind, &QComboBox::activated, this, &HasilKerjaEditor::changed);
}

void HasilKerjaEditor::addIndicatorRow(const RhkIndicator &ind)
{
    const int row = m_indicators->rowCount();
    m_indicators->insertRow(row);
    auto *aspek = new QComboBox;
    aspek->setObjectName(QStringLiteral("aspekCombo_%1").arg(row));
    for (const IndicatorAspect a :
         {IndicatorAspect::Kuantitas, IndicatorAspect::Kualitas, IndicatorAspect::Waktu})
        aspek->addItem(aspekName(a), static_cast<int>(a));
    aspek->setCurrentIndex(static_cast<int>(ind.aspek));
    aspek->setEnabled(!m_readOnly);
    m_indicators->setCellWidget(row, AspekColumn, aspek);
    connect(aspek, &QComboBox::activated, this, &HasilKerjaEditor::changed);
    const std::pair<int, const char *> fields[] = {
        {IndikatorColumn, "indikatorEdit_%1"}, {TargetColumn, "targetEdit_%1"},
        {SatuanColumn, "satuanEdit_%1"},       {RealisasiColumn, "realisasiEdit_%1"},
        {BuktiColumn, "buktiEdit_%1"},         {UmpanBalikColumn, "umpanBalikEdit_%1"}};
    const QStringList values = {ind.indikator, ind.target,      ind.satuan,
                                ind.realisasi, ind.buktiDukung, ind.umpanBalik};
    for (int i = 0; i < 6; ++i) {
        auto *e = new QLineEdit(values.at(i));
        e->setObjectName(QString::fromLatin1(fields[i].second).arg(row));
        e->setReadOnly(m_readOnly);
        m_indicators->setCellWidget(row, fields[i].first, e);
        connect(e, &QLineEdit::textEdited, this, [this, e] {
            for (int r = 0; r < m_indicators->rowCount(); ++r) {
                if (m_indicators->cellWidget(r, TargetColumn) == e ||
                    m_indicators->cellWidget(r, RealisasiColumn) == e)
                    checkRow(r);
            }
            emit changed();
        });
    }
    checkRow(row);
}

void HasilKerjaEditor::checkRow(int row)
{
    QStringList errors;
    const QString label = tr("Indicator %1").arg(row + 1);
    QLineEdit *target = edit(m_indicators, row, TargetColumn);
    QLineEdit *real = edit(m_indicators, row, RealisasiColumn);
    bool ok = true;
    QString error;
    AppraisalText::amount(target->text(), tr("%1, target").arg(label), &ok, &error, true);
    markInvalid(target, !ok);
    if (!ok)
        errors << error;
    AppraisalText::amount(real->text(), tr("%1, realisasi").arg(label), &ok, &error);
    markInvalid(real, !ok);
    if (!ok)
        errors << error;
    // The message shows the errors of every row of the RHK shown.
    QStringList all;
    for (int r = 0; r < m_indicators->rowCount(); ++r) {
        if (r == row) {
            all << errors;
            continue;
        }
        for (const int c : {TargetColumn, RealisasiColumn}) {
            QLineEdit *e = edit(m_indicators, r, c);
            if (e && e->property("invalid").toBool())
                all << (c == TargetColumn
                            ? tr("Indicator %1, target: not a number more than 0.").arg(r + 1)
                            : tr("Indicator %1, realisasi: not a number of 0 or more.").arg(r + 1));
        }
    }
    if (all.isEmpty())
        m_message->clearMessage();
    else
        m_message->showError(all.join(QLatin1Char('\n')));
}

void HasilKerjaEditor::sync()
{
    for (int r = 0; r < m_rhk->rowCount() && r < m_plan.size(); ++r) {
        Rhk &rhk = m_plan[r];
        rhk.kind = static_cast<RhkKind>(combo(m_rhk, r, KindColumn)->currentData().toInt());
        rhk.text = edit(m_rhk, r, TextColumn)->text().trimmed();
        rhk.intervensi = edit(m_rhk, r, IntervensiColumn)->text().trimmed();
    }
    if (m_current < 0 || m_current >= m_plan.size())
        return;
    QVector<RhkIndicator> &list = m_plan[m_current].indicators;
    for (int r = 0; r < m_indicators->rowCount() && r < list.size(); ++r) {
        RhkIndicator &ind = list[r];
        ind.aspek = static_cast<IndicatorAspect>(
            combo(m_indicators, r, AspekColumn)->currentData().toInt());
        ind.indikator = edit(m_indicators, r, IndikatorColumn)->text().trimmed();
        ind.target = edit(m_indicators, r, TargetColumn)->text().trimmed();
        ind.satuan = edit(m_indicators, r, SatuanColumn)->text().trimmed();
        ind.realisasi = edit(m_indicators, r, RealisasiColumn)->text().trimmed();
        ind.buktiDukung = edit(m_indicators, r, BuktiColumn)->text().trimmed();
        ind.umpanBalik = edit(m_indicators, r, UmpanBalikColumn)->text().trimmed();
    }
}

void HasilKerjaEditor::showIndicators(int rhkRow)
{
    sync();
    m_current = rhkRow;
    clearRows(m_indicators);
    m_message->clearMessage();
    if (rhkRow >= 0 && rhkRow < m_plan.size()) {
        const Rhk &rhk = m_plan.at(rhkRow);
        m_indicatorTitle->setText(
            tr("<b>Indicators of RHK %1</b> %2")
                .arg(rhkRow + 1)
                .arg(rhk.text.isEmpty() ? QString() : tr("— %1").arg(rhk.text.toHtmlEscaped())));
        for (const RhkIndicator &ind : rhk.indicators)
            addIndicatorRow(ind);
    } else {
        m_indicatorTitle->setText(tr("<b>Indicators</b> — add an RHK first"));
    }
    updateButtons();
}

QVector<Rhk> HasilKerjaEditor::plan()
{
    sync();
    return m_plan;
}

void HasilKerjaEditor::selectRhk(int row)
{
    m_rhk->setCurrentCell(row, TextColumn);
}

QString HasilKerjaEditor::validate()
{
    sync();
    for (int r = 0; r < m_plan.size(); ++r) {
        const Rhk &rhk = m_plan.at(r);
        for (int i = 0; i < rhk.indicators.size(); ++i) {
            const RhkIndicator &ind = rhk.indicators.at(i);
            const QString where = tr("RHK %1, indicator %2").arg(r + 1).arg(i + 1);
            bool ok = true;
            QString error;
            AppraisalText::amount(ind.target, tr("%1, target").arg(where), &ok, &error, true);
            if (ok)
                AppraisalText::amount(ind.realisasi, tr("%1, realisasi").arg(where), &ok, &error);
            if (!ok) {
                selectRhk(r);
                checkRow(i);
                return error;
            }
        }
    }
    return {};
}

void HasilKerjaEditor::setReadOnly(bool on)
{
    m_readOnly = on;
    setPlan(plan());
}

void HasilKerjaEditor::addRhk()
{
    sync();
    Rhk rhk;
    rhk.kind = m_plan.isEmpty() ? RhkKind::Utama : m_plan.last().kind;
    m_plan << rhk;
    addRhkRow(rhk);
    m_rhk->setCurrentCell(m_rhk->rowCount() - 1, TextColumn);
    edit(m_rhk, m_rhk->rowCount() - 1, TextColumn)->setFocus();
    emit changed();
}

void HasilKerjaEditor::removeRhk()
{
    const int row = m_rhk->currentRow();
    if (row < 0 || row >= m_plan.size())
        return;
    sync();
    m_plan.removeAt(row);
    setPlan(m_plan);
    emit changed();
}

void HasilKerjaEditor::addIndicator()
{
    if (m_current < 0 || m_current >= m_plan.size())
        return;
    sync();
    RhkIndicator ind;
    const int n = static_cast<int>(m_plan[m_current].indicators.size());
    ind.aspek = static_cast<IndicatorAspect>(qMin(n, 2));
    m_plan[m_current].indicators << ind;
    addIndicatorRow(ind);
    edit(m_indicators, m_indicators->rowCount() - 1, IndikatorColumn)->setFocus();
    updateButtons();
    emit changed();
}

void HasilKerjaEditor::removeIndicator()
{
    const int row = m_indicators->currentRow();
    if (m_current < 0 || row < 0 || row >= m_plan[m_current].indicators.size())
        return;
    sync();
    m_plan[m_current].indicators.removeAt(row);
    const int keep = m_current;
    m_current = -1; // already synced
    showIndicators(keep);
    emit changed();
}

void HasilKerjaEditor::updateButtons()
{
    m_addRhk->setEnabled(!m_readOnly);
    m_removeRhk->setEnabled(!m_readOnly && !m_plan.isEmpty());
    m_addIndicator->setEnabled(!m_readOnly && m_current >= 0);
    m_removeIndicator->setEnabled(!m_readOnly && m_indicators->rowCount() > 0);
}

} // namespace kinerja::ui
