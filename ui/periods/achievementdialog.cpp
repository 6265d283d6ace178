#include "achievementdialog.h"

#include "common/appraisaltext.h"
#include "common/messagebox.h"
#include "storage/periodrepository.h"
#include "storage/unitrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {
enum Column { UnitColumn, PredikatColumn, IkmColumn, NoteColumn, ColumnCount };
}

AchievementDialog::AchievementDialog(Database &db, qint64 periodId, QWidget *parent)
    : QDialog(parent), m_db(db), m_periodId(periodId), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("achievementDialog"));
    const auto period = PeriodRepository(m_db).find(periodId);
    setWindowTitle(tr("Capaian kinerja organisasi — %1")
                       .arg(period ? period->code() : QString::number(periodId)));
    m_table->setObjectName(QStringLiteral("achievementTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Unit"), tr("Capaian kinerja organisasi"), tr("IKM"), tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(UnitColumn, QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    auto *hint = new QLabel(tr("A unit without its own capaian takes that of its nearest parent "
                               "unit. The capaian sets the distribution pattern (SE MenPANRB "
                               "3/2023) that the unit's predikat are checked against."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveAchievementButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AchievementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
    resize(820, 560);
}

void AchievementDialog::load()
{
    const QVector<Unit> units = UnitRepository(m_db).all();
    const PeriodRepository periods(m_db);
    QHash<qint64, OrganisationAchievement> set;
    for (const OrganisationAchievement &a : periods.organisationAchievements(m_periodId))
        set.insert(a.unitId, a);
    QHash<qint64, int> depth;
    m_table->setRowCount(static_cast<int>(units.size()));
    for (int row = 0; row < units.size(); ++row) {
        const Unit &u = units.at(row);
        const int d = u.parentId ? depth.value(u.parentId) + 1 : 0;
        depth.insert(u.id, d);
        m_unitOfRow.insert(row, u.id);
        auto *name = new QTableWidgetItem(QString(d * 4, QLatin1Char(' ')) + u.name);
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, UnitColumn, name);
        const OrganisationAchievement a = set.value(u.id);
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("achievementCombo_%1").arg(row));
        combo->addItem(tr("(as parent unit)"), -1);
        const QVector<OrganisationPredikat> all = allOrganisationPredikats();
        for (auto it = all.crbegin(); it != all.crend(); ++it)
            combo->addItem(organisationPredikatName(*it), static_cast<int>(*it));
        if (a.predikat)
            combo->setCurrentIndex(combo->findData(static_cast<int>(*a.predikat)));
        m_table->setCellWidget(row, PredikatColumn, combo);
        auto *ikm = new QDoubleSpinBox;
        ikm->setRange(-1, 100);
        ikm->setDecimals(2);
        ikm->setSpecialValueText(tr("—"));
        ikm->setValue(a.ikm.value_or(-1));
        m_table->setCellWidget(row, IkmColumn, ikm);
        auto *note = new QLineEdit(a.note);
        m_table->setCellWidget(row, NoteColumn, note);
    }
    m_table->resizeColumnToContents(PredikatColumn);
}

void AchievementDialog::accept()
{
    const PeriodRepository periods(m_db);
    QHash<qint64, OrganisationAchievement> before;
    for (const OrganisationAchievement &a : periods.organisationAchievements(m_periodId))
        before.insert(a.unitId, a);
    PeriodRepository repo(m_db);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        OrganisationAchievement a;
        a.periodId = m_periodId;
        a.unitId = m_unitOfRow.value(row);
        const int p = qobject_cast<QComboBox *>(m_table->cellWidget(row, PredikatColumn))
                          ->currentData()
                          .toInt();
        if (p >= 0)
            a.predikat = static_cast<OrganisationPredikat>(p);
        const double ikm =
            qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, IkmColumn))->value();
        if (ikm >= 0)
            a.ikm = ikm;
        a.note = qobject_cast<QLineEdit *>(m_table->cellWidget(row, NoteColumn))->text().trimmed();
        const bool had = before.contains(a.unitId);
        const OrganisationAchievement old = before.value(a.unitId);
        if (!had && !a.predikat && !a.ikm && a.note.isEmpty())
            continue;
        if (had && old.predikat == a.predikat && old.ikm == a.ikm && old.note == a.note)
            continue;
        const Status s = repo.setOrganisationAchievement(a);
        if (!s) {
            MessageBox::warning(this, tr("Cannot save the capaian"), s.message());
            return;
        }
    }
    QDialog::accept();
}

} // namespace kinerja::ui
