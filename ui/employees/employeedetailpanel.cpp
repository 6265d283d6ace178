#include "employeedetailpanel.h"

#include "audit/audithistoryview.h"
#include "common/displaytext.h"
#include "storage/database.h"
#include "storage/employeerepository.h"
#include "storage/unitrepository.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(3);
    return form;
}

} // namespace

EmployeeDetailPanel::EmployeeDetailPanel(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_name(new QLabel(this)),
      m_subtitle(new QLabel(this)), m_history(new QTableWidget(this)),
      m_historyTabs(new QTabWidget(this)), m_changes(new AuditHistoryView(this))
{
    setObjectName(QStringLiteral("employeeDetailPanel"));

    auto *placeholder = new QLabel(tr("Select an employee to see the details."), this);
    placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *page = new QWidget(this);
    m_name->setObjectName(QStringLiteral("detailName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.35);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("detailSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    QFormLayout *personal = newForm();
    addValue(personal, QStringLiteral("nip"), tr("NIP:"));
    addValue(personal, QStringLiteral("birth"), tr("Born:"));
    addValue(personal, QStringLiteral("gender"), tr("Gender:"));
    addValue(personal, QStringLiteral("tmt"), tr("TMT (from NIP):"));
    addValue(personal, QStringLiteral("status"), tr("Status:"));
    addValue(personal, QStringLiteral("state"), tr("Employment:"));
    QFormLayout *position = newForm();
    addValue(position, QStringLiteral("grade"), tr("Pangkat/golongan:"));
    addValue(position, QStringLiteral("jabatanKind"), tr("Jenis jabatan:"));
    addValue(position, QStringLiteral("jabatan"), tr("Jabatan:"));
    addValue(position, QStringLiteral("unit"), tr("Unit:"));
    addValue(position, QStringLiteral("atasan"), tr("Atasan langsung:"));

    auto *columns = new QHBoxLayout;
    columns->addLayout(personal, 2);
    columns->addSpacing(24);
    columns->addLayout(position, 3);

    m_historyTitle = sectionTitle(tr("Riwayat jabatan"), page);
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setColumnCount(7);
    m_history->setHorizontalHeaderLabels({tr("From"), tr("Until"), tr("Unit"), tr("Jabatan"),
                                          tr("Jenis / jenjang"), tr("Pangkat/gol."), tr("Note")});
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setAlternatingRowColors(true);
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setWordWrap(false);
    m_history->horizontalHeader()->setStretchLastSection(false);
    m_history->horizontalHeader()->setHighlightSections(false);
    m_history->verticalHeader()->setDefaultSectionSize(m_history->fontMetrics().height() + 8);
    // Dates and codes by content; unit, jabatan and note share the rest.
    const QHeaderView::ResizeMode modes[] = {
        QHeaderView::ResizeToContents, QHeaderView::ResizeToContents, QHeaderView::Stretch,
        QHeaderView::Stretch,          QHeaderView::ResizeToContents, QHeaderView::ResizeToContents,
        QHeaderView::Stretch};
    for (int c = 0; c < 7; ++c)
        m_history->horizontalHeader()->setSectionResizeMode(c, modes[c]);

    auto *line = new QFrame(page);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(4, 4, 4, 0);
    pageLayout->addWidget(m_name);
    pageLayout->addWidget(m_subtitle);
    pageLayout->addWidget(line);
    pageLayout->addLayout(columns);
    pageLayout->addSpacing(6);
    pageLayout->addWidget(m_historyTitle);
    // The position history and the audit trail's changes share the space below.
    m_historyTabs->setObjectName(QStringLiteral("employeeHistoryTabs"));
    m_historyTabs->setDocumentMode(true);
    m_historyTabs->addTab(m_history, tr("Jabatan"));
    m_historyTabs->addTab(m_changes, tr("Riwayat perubahan"));
    pageLayout->addWidget(m_historyTabs, 1);
    connect(m_historyTabs, &QTabWidget::currentChanged, this, &EmployeeDetailPanel::fillChanges);

    m_stack->addWidget(placeholder);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QLabel *EmployeeDetailPanel::addValue(QFormLayout *form, const QString &key, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(QStringLiteral("detail_") + key);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    auto *caption = new QLabel(label, this);
    caption->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(caption, value);
    m_values.insert(key, value);
    return value;
}

QString EmployeeDetailPanel::valueText(const QString &key) const
{
    const QLabel *label = m_values.value(key);
    return label ? label->text() : QString();
}

void EmployeeDetailPanel::setDatabase(Database *db)
{
    m_db = db;
    showEmployee(0);
}

void EmployeeDetailPanel::refresh()
{
    showEmployee(m_id);
}

void EmployeeDetailPanel::showEmployee(qint64 id)
{
    std::optional<Employee> e;
    if (id != 0 && m_db && m_db->isOpen())
        e = EmployeeRepository(*m_db).find(id);
    if (!e) {
        m_id = 0;
        m_stack->setCurrentIndex(0);
        return;
    }
    m_id = id;
    const NipParseResult nip = Nip::parse(e->nip);
    const QString nipText = Nip::format(e->nip);
    m_name->setText(e->fullName());
    m_subtitle->setText(tr("%1 · %2 · %3").arg(nipText, statusName(e->status), e->jabatan));

    m_values.value(QStringLiteral("nip"))->setText(nipText);
    if (nip.isValid()) {
        m_values.value(QStringLiteral("birth"))
            ->setText(tr("%1 (%2)").arg(DisplayText::date(nip.info.birthDate),
                                        DisplayText::age(nip.info.birthDate)));
        m_values.value(QStringLiteral("gender"))->setText(genderName(nip.info.gender));
        m_values.value(QStringLiteral("tmt"))
            ->setText(nip.info.kind == NipKind::Pppk
                          ? tr("%1 (PPPK)").arg(nip.info.startDate.year())
                          : DisplayText::month(nip.info.startDate));
    } else {
        for (const char *key : {"birth", "gender", "tmt"})
            m_values.value(QLatin1String(key))->setText(tr("(the NIP cannot be read)"));
    }
    m_values.value(QStringLiteral("status"))->setText(statusName(e->status));
    m_values.value(QStringLiteral("state"))
        ->setText(e->isActive()
                      ? employmentStateName(e->state)
                      : tr("%1 since %2")
                            .arg(employmentStateName(e->state), DisplayText::date(e->stateDate)));
    m_values.value(QStringLiteral("grade"))->setText(Grade::display(e->status, e->grade));
    m_values.value(QStringLiteral("jabatanKind"))
        ->setText(DisplayText::jabatanKind(e->jabatanKind, e->jenjang));
    m_values.value(QStringLiteral("jabatan"))->setText(e->jabatan);

    const std::optional<Unit> unit = UnitRepository(*m_db).find(e->unitId);
    QString unitText = unit ? unit->name : QString();
    if (unit && unit->headId == e->id)
        unitText = tr("%1 (head of the unit)").arg(unitText);
    m_values.value(QStringLiteral("unit"))->setText(unitText);

    QString atasanText = tr("None");
    if (e->atasanId != 0) {
        if (const std::optional<Employee> a = EmployeeRepository(*m_db).find(e->atasanId))
            atasanText = DisplayText::nameWithNip(a->fullName(), a->nip);
    }
    m_values.value(QStringLiteral("atasan"))->setText(atasanText);

    fillHistory(e->isActive() ? QDate() : e->stateDate);
    fillChanges();
    m_stack->setCurrentIndex(1);
}

void EmployeeDetailPanel::fillChanges()
{
    // Read only when shown: the selection moves through the list far more often.
    if (m_historyTabs->currentWidget() != m_changes)
        return;
    AuditFilter filter;
    filter.employeeId = m_id;
    m_changes->setSource(m_id != 0 ? m_db : nullptr, filter);
}

void EmployeeDetailPanel::fillHistory(const QDate &leftOn)
{
    const QVector<PositionRecord> records = EmployeeRepository(*m_db).history(m_id);
    m_history->setRowCount(static_cast<int>(records.size()));
    m_historyTitle->setText(tr("Riwayat jabatan (%1)").arg(records.size()));
    // Newest first: the current position is on top.
    for (int i = 0; i < records.size(); ++i) {
        const PositionRecord &r = records.at(records.size() - 1 - i);
        const bool current = i == 0;
        QString until;
        if (!current)
            until = DisplayText::date(records.at(records.size() - i).validFrom.addDays(-1));
        else if (leftOn.isValid())
            until = DisplayText::date(leftOn.addDays(-1));
        else
            until = tr("now");
        const QStringList cells = {DisplayText::date(r.validFrom),
                                   until,
                                   r.unitName,
                                   r.jabatan,
                                   DisplayText::jabatanKind(r.jabatanKind, r.jenjang),
                                   Grade::golonganLabel(r.status, r.grade) +
                                       (r.status == EmployeeStatus::Pns
                                            ? QString()
                                            : QStringLiteral(" · ") + statusName(r.status)),
                                   r.note};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (current && c == 1) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_history->setItem(i, c, item);
        }
    }
}

} // namespace kinerja::ui
