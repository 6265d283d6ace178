#include "auditview.h"

#include "audit/audittablemodel.h"
#include "common/displaytext.h"
#include "reports/auditdescription.h"
#include "units/unitcombobox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {
// A date edit's lowest date stands for "no bound" and shows as "(any)".
const QDate kOpen(2000, 1, 1);

QDateEdit *dateFilter(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(DisplayText::dateFormat());
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kOpen);
    edit->setSpecialValueText(AuditView::tr("(any)"));
    edit->setDate(kOpen);
    return edit;
}
} // namespace

AuditView::AuditView(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_login(new QLineEdit(this)), m_unit(new UnitComboBox(this)),
      m_from(dateFilter(this, QStringLiteral("auditFromDate"))),
      m_to(dateFilter(this, QStringLiteral("auditToDate"))), m_table(new QComboBox(this)),
      m_view(new QTableView(this)), m_model(new AuditTableModel(this)),
      m_detail(new QPlainTextEdit(this)), m_status(new QLabel(this)),
      m_verifyResult(new QLabel(this)), m_verify(new QPushButton(tr("Check &integrity…"), this))
{
    setObjectName(QStringLiteral("auditView"));
    setWindowTitle(tr("Audit trail"));
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    m_login->setObjectName(QStringLiteral("auditLoginFilter"));
    m_unit->setObjectName(QStringLiteral("auditUnitFilter"));
    m_table->setObjectName(QStringLiteral("auditTableFilter"));
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_verifyResult->setObjectName(QStringLiteral("auditVerifyResult"));
    m_verify->setObjectName(QStringLiteral("auditVerifyButton"));

    m_login->setPlaceholderText(tr("Any person"));
    m_login->setClearButtonEnabled(true);
    m_unit->setPlaceholderItem(tr("(all units)"));
    m_unit->setDatabase(&m_db);
    m_table->addItem(tr("(all tables)"), QString());
    for (const char *table : {"employee", "unit", "position_history", "period", "org_achievement",
                              "scheme", "scheme_version", "appraisal", "rhk", "rhk_indicator",
                              "perilaku", "kegiatan", "aspect_score", "weighted_rating",
                              "objection", "ikm_survey", "period_log", "appraisal_log", "setting"})
        m_table->addItem(reports::AuditDescription::tableName(QLatin1String(table)),
                         QLatin1String(table));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(AuditTableModel::TimeColumn, 140);
    m_view->setColumnWidth(AuditTableModel::LoginColumn, 100);
    m_view->setColumnWidth(AuditTableModel::WhatColumn, 150);
    m_view->setColumnWidth(AuditTableModel::RowColumn, 60);
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyResult->hide();

    // Two rows of filters, so the dialog fits 1366×768 at 150% scaling.
    auto *filters = new QFormLayout;
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_login, 1);
    row1->addWidget(new QLabel(tr("Unit:"), this));
    row1->addWidget(m_unit, 2);
    filters->addRow(tr("&Person:"), row1);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_from);
    row2->addWidget(new QLabel(tr("to"), this));
    row2->addWidget(m_to);
    row2->addSpacing(12);
    row2->addWidget(new QLabel(tr("Table:"), this));
    row2->addWidget(m_table, 1);
    filters->addRow(tr("&From:"), row2);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_verify, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_verifyResult);
    layout->addWidget(buttons);

    connect(m_login, &QLineEdit::editingFinished, this, &AuditView::refresh);
    connect(m_unit, &UnitComboBox::unitChanged, this, &AuditView::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditView::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditView::refresh);
    connect(m_table, &QComboBox::currentIndexChanged, this, &AuditView::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditView::showDetail);
    connect(m_verify, &QPushButton::clicked, this, &AuditView::verifyIntegrity);

    refresh();
    resize(900, 520);
}

AuditFilter AuditView::filter() const
{
    AuditFilter f;
    f.login = m_login->text().trimmed();
    f.unitId = m_unit->unitId();
    f.table = m_table->currentData().toString();
    if (m_from->date() > kOpen)
        f.from = m_from->date();
    if (m_to->date() > kOpen)
        f.to = m_to->date();
    return f;
}

void AuditView::refresh()
{
    const Status s = m_model->setSource(&m_db, filter());
    m_status->setText(s ? QString() : s.message());
    m_status->setVisible(!s);
    m_detail->clear();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

bool AuditView::selectEntry(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entry(row)->id == id) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
            return true;
        }
    }
    return false;
}

void AuditView::showDetail()
{
    const AuditEntry *e = m_model->entry(m_view->currentIndex().row());
    if (!e) {
        m_detail->clear();
        return;
    }
    QStringList text = m_model->lines(*e);
    text << QString()
         << tr("Entry %1 · %2 #%3")
                .arg(e->id)
                .arg(reports::AuditDescription::tableName(e->table))
                .arg(e->rowId);
    // Every stored field of the row (what the hash covers), named and shown for a reader.
    const auto values = [this, e](const QJsonObject &o) {
        QStringList fields;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            fields << QStringLiteral("    %1 = %2")
                          .arg(reports::AuditDescription::fieldName(e->table, it.key()),
                               m_model->value(*e, it.key(), o));
        return fields;
    };
    if (!e->oldValues.isEmpty())
        text << tr("Before:") << values(e->oldValues);
    if (!e->newValues.isEmpty())
        text << tr("After:") << values(e->newValues);
    text << tr("Hash: %1").arg(e->hash);
    m_detail->setPlainText(text.join(QLatin1Char('\n')));
}

} // namespace kinerja::ui
