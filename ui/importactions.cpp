// MainWindow: importing appraisal data and IKM survey responses (issue 6). The
// employee import is in mainwindowactions.cpp.
#include "mainwindow.h"

#include "appraisalspage.h"
#include "exchange/appraisalimport.h"
#include "exchange/ikmimport.h"
#include "importdialog.h"
#include "storage/periodrepository.h"
#include "unitcombobox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QStatusBar>

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
        combo->addItem(p.closed ? MainWindow::tr("%1 (closed)").arg(p.code()) : p.code(), p.id);
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

void MainWindow::importAppraisals()
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
    ImportDialog dialog(*m_db, std::move(import), tr("Import appraisal data"), options, this);
    dialog.setBeforeRead([importer, period] {
        importer->setDefaultPeriod(period->currentData().toLongLong());
        return Status::ok();
    });
    connect(period, &QComboBox::currentIndexChanged, &dialog, [&dialog] {
        if (!dialog.path().isEmpty())
            dialog.readAgain();
    });
    connect(&dialog, &ImportDialog::imported, this, [this](const QString &summary) {
        refreshAll();
        statusBar()->showMessage(tr("Appraisal data imported: %1.").arg(summary), 8000);
    });
    dialog.exec();
}

void MainWindow::importIkm()
{
    if (!m_db)
        return;
    auto import = std::make_unique<exchange::IkmImport>(*m_db);
    exchange::IkmImport *importer = import.get();
    auto *options = new QWidget;
    QComboBox *period = periodCombo(*m_db, m_appraisals ? m_appraisals->periodId() : 0,
                                    tr("(choose the period)"), options);
    period->setObjectName(QStringLiteral("importPeriod"));
    auto *unit = new UnitComboBox(options);
    unit->setObjectName(QStringLiteral("importUnit"));
    unit->setPlaceholderItem(tr("(choose the surveyed unit)"));
    unit->setDatabase(m_db.get());
    if (m_appraisals)
        unit->setUnitId(m_appraisals->unitId());
    QFormLayout *form = optionsForm(options);
    form->addRow(tr("Surveyed &unit:"), unit);
    form->addRow(tr("&Period:"), period);
    ImportDialog dialog(*m_db, std::move(import), tr("Import IKM survey responses"), options, this);
    const auto apply = [importer, period, unit] {
        const qint64 periodId = period->currentData().toLongLong();
        if (unit->unitId() == 0 || periodId == 0)
            return Status::error(tr("Choose the surveyed unit and the period first."));
        importer->setTarget(periodId, unit->unitId());
        return Status::ok();
    };
    dialog.setBeforeRead(apply);
    dialog.setBeforeCommit(apply);
    const auto reread = [&dialog] {
        if (!dialog.path().isEmpty())
            dialog.readAgain();
    };
    connect(period, &QComboBox::currentIndexChanged, &dialog, reread);
    connect(unit, &UnitComboBox::unitChanged, &dialog, reread);
    connect(&dialog, &ImportDialog::imported, this, [this](const QString &summary) {
        refreshAll();
        statusBar()->showMessage(summary, 8000); // a sentence: "Survei IKM … disimpan: …."
    });
    dialog.exec();
}

} // namespace kinerja::ui
