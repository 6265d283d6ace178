#include "importactions.h"

#include "common/displaytext.h"
#include "exchange/appraisalimport.h"
#include "exchange/employeeimport.h"
#include "exchange/ikmimport.h"
#include "exchange/importdialog.h"
#include "storage/periodrepository.h"
#include "units/unitcombobox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>

namespace kinerja::ui {

namespace {

// Every period, newest first, open ones marked; `current` is selected.
QComboBox *periodCombo(Database &db, qint64 current, const QString &firstItem, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    if (!firstItem.isEmpty())
        combo->addItem(firstItem, qint64(0));
    QVector<PeriodInfo> periods = PeriodRepository(db).all();
    std::reverse(periods.begin(), periods.end());
    for (const PeriodInfo &p : std::as_const(periods))
        combo->addItem(p.closed ? ImportActions::tr("%1 (closed)").arg(p.code()) : p.code(), p.id);
    const int index = combo->findData(current);
    if (index >= 0)
        combo->setCurrentIndex(index);
    return combo;
}

QFormLayout *optionsForm(QWidget *options)
{
    auto *form = new QFormLayout(options);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    return form;
}

} // namespace

void ImportActions::importEmployees()
{
    if (!m_db)
        return;
    auto import = std::make_unique<exchange::EmployeeImport>(*m_db);
    exchange::EmployeeImport *importer = import.get();
    // The option: when changes to stored employees take effect in their riwayat.
    auto *options = new QWidget;
    auto *effective = new QDateEdit(QDate::currentDate(), options);
    effective->setObjectName(QStringLiteral("importEffective"));
    effective->setCalendarPopup(true);
    effective->setDisplayFormat(DisplayText::dateFormat());
    effective->setToolTip(tr("Changes to stored employees (jabatan, golongan, unit, …) enter "
                             "their history on this date; new employees start at the TMT in "
                             "their NIP."));
    optionsForm(options)->addRow(tr("Changes take &effect on:"), effective);
    ImportDialog dialog(*m_db, std::move(import), tr("Import employees"), options, m_window);
    dialog.setBeforeCommit([importer, effective] {
        importer->setEffective(effective->date());
        return Status::ok();
    });
    QObject::connect(&dialog, &ImportDialog::imported, &dialog, [this](const QString &summary) {
        m_imported(tr("Employees imported: %1.").arg(summary));
    });
    dialog.exec();
}

void ImportActions::importAppraisals()
{
    if (!m_db)
        return;
    auto import = std::make_unique<exchange::AppraisalImport>(*m_db);
    exchange::AppraisalImport *importer = import.get();
    auto *options = new QWidget;
    QComboBox *period = periodCombo(*m_db, 0, tr("(from the Periode column)"), options);
    period->setObjectName(QStringLiteral("importPeriod"));
    period->setToolTip(tr("The period of rows in a file without a Periode column. An entry "
                          "template carries its period."));
    optionsForm(options)->addRow(tr("&Period:"), period);
    ImportDialog dialog(*m_db, std::move(import), tr("Import appraisal data"), options, m_window);
    dialog.setBeforeRead([importer, period] {
        importer->setDefaultPeriod(period->currentData().toLongLong());
        return Status::ok();
    });
    QObject::connect(period, &QComboBox::currentIndexChanged, &dialog,
                     &ImportDialog::optionsChanged);
    QObject::connect(&dialog, &ImportDialog::imported, &dialog, [this](const QString &summary) {
        m_imported(tr("Appraisal data imported: %1.").arg(summary));
    });
    dialog.exec();
}

void ImportActions::importIkm(qint64 periodId, qint64 unitId)
{
    if (!m_db)
        return;
    auto import = std::make_unique<exchange::IkmImport>(*m_db);
    exchange::IkmImport *importer = import.get();
    auto *options = new QWidget;
    QComboBox *period = periodCombo(*m_db, periodId, tr("(choose the period)"), options);
    period->setObjectName(QStringLiteral("importPeriod"));
    auto *unit = new UnitComboBox(options);
    unit->setObjectName(QStringLiteral("importUnit"));
    unit->setPlaceholderItem(tr("(choose the surveyed unit)"));
    unit->setDatabase(m_db);
    if (unitId != 0)
        unit->setUnitId(unitId);
    QFormLayout *form = optionsForm(options);
    form->addRow(tr("Surveyed &unit:"), unit);
    form->addRow(tr("&Period:"), period);
    ImportDialog dialog(*m_db, std::move(import), tr("Import IKM survey responses"), options,
                        m_window);
    const auto apply = [importer, period, unit] {
        const qint64 chosenPeriod = period->currentData().toLongLong();
        if (unit->unitId() == 0 || chosenPeriod == 0)
            return Status::error(tr("Choose the surveyed unit and the period first."));
        importer->setTarget(chosenPeriod, unit->unitId());
        return Status::ok();
    };
    dialog.setBeforeRead(apply);
    dialog.setBeforeCommit(apply);
    QObject::connect(period, &QComboBox::currentIndexChanged, &dialog,
                     &ImportDialog::optionsChanged);
    QObject::connect(unit, &UnitComboBox::unitChanged, &dialog, &ImportDialog::optionsChanged);
    // The importer's summary is a whole sentence: "Survei IKM … disimpan: …."
    QObject::connect(&dialog, &ImportDialog::imported, &dialog, m_imported);
    dialog.exec();
}

} // namespace kinerja::ui
