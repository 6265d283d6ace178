#include "common/fieldmessage.h"
#include "employees/atasanchooser.h"
#include "employees/employeedialog.h"
#include "support/find.h"
#include "support/tempdatabase.h"
#include "support/uifixture.h"
#include "units/unitcombobox.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTest>

using namespace kinerja;
using kinerja::ui::EmployeeDialog;
using kinerja::ui::FieldMessage;
using support::find;

class TestEmployeeDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void invalidNipIsExplainedAtTheField();
    void stillNeededNamesTheFirstFieldOfTheForm();
    void validNipShowsWhatItSays();
    void savesANewEmployee();
    void duplicateNipIsShownAtTheNipField();
    void nipKindChoosesTheStatus();
    void statusSwitchesTheGradeList();
    void jenisJabatanSwitchesTheJenjangList();
    void emptyNameIsExplained();
    void severalFieldsAreExplainedAtOnce();
    void storageRefusalIsShownAtItsField();
    void editRecordsTheRiwayatFromValidFrom();
    void atasanDefaultsToTheUnitHead();

private:
    void openDialog(qint64 employeeId);
    void fillValidNewEmployee(const QString &nip);
    int employeeCount() { return EmployeeRepository(m_temp.db()).count(); }

    QTemporaryDir m_settings;
    TempDatabase m_temp;
    uifixture::Fixture m_f;
    EmployeeDialog *m_dialog = nullptr;
};

void TestEmployeeDialog::initTestCase()
{
    // The English UI's dates ("TMT Dec 2020") whatever LANG is.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    uifixture::isolateSettings(m_settings.path());
    m_f = uifixture::build(m_temp.open());
}

void TestEmployeeDialog::init()
{
    m_dialog = nullptr;
}

void TestEmployeeDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
}

void TestEmployeeDialog::openDialog(qint64 employeeId)
{
    m_dialog = new EmployeeDialog(m_temp.db(), employeeId);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

// An empty form: the quiet summary names the top field (the NIP), not whichever field a
// hash happened to list first.
void TestEmployeeDialog::stillNeededNamesTheFirstFieldOfTheForm()
{
    openDialog(0);
    const QVector<FieldProblem> problems = EmployeeRules::problems(Employee());
    QVERIFY(problems.size() > 2);
    QCOMPARE(problems.first().field, QStringLiteral("nip"));
    QCOMPARE(find<FieldMessage>(m_dialog, "formError")->text(),
             QStringLiteral("Still needed: %1").arg(problems.first().message));
}

void TestEmployeeDialog::fillValidNewEmployee(const QString &nip)
{
    auto *nipEdit = find<QLineEdit>(m_dialog, "nipEdit");
    nipEdit->clear();
    QTest::keyClicks(nipEdit, nip);
    QTest::keyClicks(find<QLineEdit>(m_dialog, "nameEdit"), QStringLiteral("Rina Marlina"));
    QTest::keyClicks(find<QLineEdit>(m_dialog, "gelarBelakangEdit"), QStringLiteral("S.E."));
    auto *grade = find<QComboBox>(m_dialog, "gradeCombo");
    grade->setCurrentIndex(grade->findData(32));
    QTest::keyClicks(find<QLineEdit>(m_dialog, "jabatanEdit"),
                     QStringLiteral("Pengelola Keuangan"));
    auto *unit = find<ui::UnitComboBox>(m_dialog, "unitCombo");
    unit->setUnitId(m_f.dinas);
}

void TestEmployeeDialog::invalidNipIsExplainedAtTheField()
{
    openDialog(0);
    auto *save = find<QPushButton>(m_dialog, "saveButton");
    QVERIFY(!save->isEnabled()); // nothing entered yet
    auto *error = find<FieldMessage>(m_dialog, "nipError");
    QVERIFY(!error->isVisible()); // untouched fields are not scolded

    // Month 13 in the TMT part of a PNS NIP.
    QTest::keyClicks(find<QLineEdit>(m_dialog, "nipEdit"), QStringLiteral("199301212020131001"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), Nip::errorMessage(NipError::StartMonth));
    QVERIFY(!find<FieldMessage>(m_dialog, "nipInfo")->isVisible());
    QVERIFY(!save->isEnabled());

    // Too short.
    find<QLineEdit>(m_dialog, "nipEdit")->clear();
    QTest::keyClicks(find<QLineEdit>(m_dialog, "nipEdit"), QStringLiteral("19930121"));
    QCOMPARE(error->text(), Nip::errorMessage(NipError::Length));
    QVERIFY(!save->isEnabled());
}

void TestEmployeeDialog::validNipShowsWhatItSays()
{
    openDialog(0);
    QTest::keyClicks(find<QLineEdit>(m_dialog, "nipEdit"), QStringLiteral("19930121 202012 1 001"));
    QVERIFY(!find<FieldMessage>(m_dialog, "nipError")->isVisible());
    auto *info = find<FieldMessage>(m_dialog, "nipInfo");
    QVERIFY(info->isVisible());
    QCOMPARE(info->text(), QStringLiteral("Born 21 Jan 1993 · male · TMT Dec 2020"));
}

void TestEmployeeDialog::savesANewEmployee()
{
    openDialog(0);
    const int before = employeeCount();
    fillValidNewEmployee(QStringLiteral("199301212020122001"));
    auto *save = find<QPushButton>(m_dialog, "saveButton");
    QVERIFY2(save->isEnabled(), qPrintable(find<FieldMessage>(m_dialog, "formError")->text()));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(employeeCount(), before + 1);
    const std::optional<Employee> e =
        EmployeeRepository(m_temp.db()).findByNip(QStringLiteral("199301212020122001"));
    QVERIFY(e.has_value());
    QCOMPARE(e->id, m_dialog->savedId());
    QCOMPARE(e->name, QStringLiteral("Rina Marlina"));
    QCOMPARE(e->fullName(), QStringLiteral("Rina Marlina, S.E."));
    QCOMPARE(e->grade, 32);
    QCOMPARE(e->status, EmployeeStatus::Pns);
    QCOMPARE(e->unitId, m_f.dinas);
    QCOMPARE(e->jabatan, QStringLiteral("Pengelola Keuangan"));
    QCOMPARE(e->jabatanKind, JabatanKind::Pelaksana);
    QCOMPARE(e->state, EmploymentState::Aktif);
    // Riwayat starts at the TMT in the NIP.
    const QVector<PositionRecord> history = EmployeeRepository(m_temp.db()).history(e->id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().validFrom, QDate(2020, 12, 1));
}

void TestEmployeeDialog::duplicateNipIsShownAtTheNipField()
{
    openDialog(0);
    const int before = employeeCount();
    const QString taken = uifixture::nipFor(1, false); // Siti Rahmawati
    fillValidNewEmployee(taken);
    auto *error = find<FieldMessage>(m_dialog, "nipError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Siti Rahmawati")), qPrintable(error->text()));
    auto *save = find<QPushButton>(m_dialog, "saveButton");
    QVERIFY(!save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(employeeCount(), before);
}

void TestEmployeeDialog::nipKindChoosesTheStatus()
{
    openDialog(0);
    auto *status = find<QComboBox>(m_dialog, "statusCombo");
    QCOMPARE(status->currentData().toInt(), int(EmployeeStatus::Pns));
    QTest::keyClicks(find<QLineEdit>(m_dialog, "nipEdit"), QStringLiteral("199001012021211001"));
    QCOMPARE(status->currentData().toInt(), int(EmployeeStatus::Pppk));
    QVERIFY(find<FieldMessage>(m_dialog, "nipInfo")->text().contains(QStringLiteral("2021")));
    QVERIFY(!find<FieldMessage>(m_dialog, "nipError")->isVisible());
}

void TestEmployeeDialog::statusSwitchesTheGradeList()
{
    openDialog(0);
    auto *status = find<QComboBox>(m_dialog, "statusCombo");
    auto *grade = find<QComboBox>(m_dialog, "gradeCombo");
    QCOMPARE(grade->count(), 1 + 17); // "(choose)", I/a .. IV/e
    QVERIFY(grade->itemText(grade->findData(32)).contains(QStringLiteral("Penata Muda Tingkat I")));
    grade->setCurrentIndex(grade->findData(32));
    status->setCurrentIndex(status->findData(int(EmployeeStatus::Cpns)));
    QCOMPARE(grade->currentData().toInt(), 32); // same scale: kept
    status->setCurrentIndex(status->findData(int(EmployeeStatus::Pppk)));
    QCOMPARE(grade->count(), 1 + 17); // "(choose)", I .. XVII
    QCOMPARE(grade->itemText(9), QStringLiteral("Golongan IX"));
    QCOMPARE(grade->currentData().toInt(), 0);
    QCOMPARE(grade->findData(45), -1);
}

void TestEmployeeDialog::jenisJabatanSwitchesTheJenjangList()
{
    openDialog(0);
    auto *kind = find<QComboBox>(m_dialog, "jabatanKindCombo");
    auto *jenjang = find<QComboBox>(m_dialog, "jenjangCombo");
    QCOMPARE(kind->currentData().toInt(), int(JabatanKind::Pelaksana));
    QVERIFY(!jenjang->isEnabled());
    kind->setCurrentIndex(kind->findData(int(JabatanKind::Fungsional)));
    QVERIFY(jenjang->isEnabled());
    QCOMPARE(jenjang->count(), 1 + 8);
    QVERIFY(jenjang->findText(QStringLiteral("Ahli Muda")) > 0);
    // A fungsional needs its jenjang: said at the jenjang.
    auto *error = find<FieldMessage>(m_dialog, "jenjangError");
    QVERIFY(error->isVisible());
    jenjang->setCurrentIndex(jenjang->findText(QStringLiteral("Ahli Muda")));
    QVERIFY(!error->isVisible());
    kind->setCurrentIndex(kind->findData(int(JabatanKind::Jpt)));
    QCOMPARE(jenjang->count(), 1 + 3);
    QVERIFY(jenjang->findText(QStringLiteral("JPT Pratama")) > 0);
}

void TestEmployeeDialog::emptyNameIsExplained()
{
    openDialog(0);
    auto *name = find<QLineEdit>(m_dialog, "nameEdit");
    QTest::keyClicks(name, QStringLiteral("A"));
    QTest::keyClick(name, Qt::Key_Backspace);
    auto *error = find<FieldMessage>(m_dialog, "nameError");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QTest::keyClicks(name, QStringLiteral("Ani"));
    QVERIFY(!error->isVisible());
}

void TestEmployeeDialog::severalFieldsAreExplainedAtOnce()
{
    openDialog(0);
    QTest::keyClicks(find<QLineEdit>(m_dialog, "nipEdit"), QStringLiteral("199301212020131001"));
    QTest::keyClicks(find<QLineEdit>(m_dialog, "nameEdit"), QStringLiteral("123"));
    auto *jabatan = find<QLineEdit>(m_dialog, "jabatanEdit");
    QTest::keyClicks(jabatan, QStringLiteral("A"));
    QTest::keyClick(jabatan, Qt::Key_Backspace);

    // The domain's words for each field, as if it were the only one wrong.
    Employee e;
    e.nip = QStringLiteral("199301212020131001");
    e.name = QStringLiteral("123");
    const auto domainMessage = [&e](const QString &field) {
        for (const FieldProblem &p : EmployeeRules::problems(e)) {
            if (p.field == field)
                return p.message;
        }
        return QString();
    };
    auto *nipError = find<FieldMessage>(m_dialog, "nipError");
    auto *nameError = find<FieldMessage>(m_dialog, "nameError");
    auto *jabatanError = find<FieldMessage>(m_dialog, "jabatanError");
    QVERIFY(nipError->isVisible());
    QVERIFY(nameError->isVisible());
    QVERIFY(jabatanError->isVisible());
    QCOMPARE(nipError->text(), Nip::errorMessage(NipError::StartMonth));
    QCOMPARE(nameError->text(), domainMessage(QStringLiteral("name")));
    QCOMPARE(jabatanError->text(), domainMessage(QStringLiteral("jabatan")));
    QVERIFY(!nameError->text().isEmpty());
    QVERIFY(!jabatanError->text().isEmpty());
    QVERIFY(nameError->text() != jabatanError->text());
    // Untouched fields are not scolded, only summed up.
    QVERIFY(!find<FieldMessage>(m_dialog, "unitError")->isVisible());
    QVERIFY(find<FieldMessage>(m_dialog, "formError")->isVisible());
    QVERIFY(!find<QPushButton>(m_dialog, "saveButton")->isEnabled());

    // Mending one field leaves the others' messages.
    auto *name = find<QLineEdit>(m_dialog, "nameEdit");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Ani"));
    QVERIFY(!nameError->isVisible());
    QVERIFY(nipError->isVisible());
    QVERIFY(jabatanError->isVisible());
}

void TestEmployeeDialog::storageRefusalIsShownAtItsField()
{
    // Budi (employee 0) is the atasan of Siti (1): Siti as Budi's atasan is a cycle,
    // which only the repository can see.
    const qint64 budi = m_f.employees.at(0);
    openDialog(budi);
    QVERIFY(find<QPushButton>(m_dialog, "saveButton")->isEnabled());
    find<QCheckBox>(m_dialog, "atasanUnitHeadCheck")->setChecked(false);
    auto *atasan = find<QLineEdit>(m_dialog, "atasanEdit");
    QVERIFY(atasan->isEnabled());
    QTest::keyClicks(atasan, QStringLiteral("Siti Rahma"));
    auto *chooser = find<ui::AtasanChooser>(m_dialog, "atasanChooser");
    QCompleter *completer = chooser->findChild<QCompleter *>();
    QVERIFY(completer);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->popup()->model()->rowCount(), 1);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(chooser->atasanId(), m_f.employees.at(1));
    QVERIFY(atasan->text().contains(QStringLiteral("Siti Rahmawati")));

    auto *save = find<QPushButton>(m_dialog, "saveButton");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    auto *error = find<FieldMessage>(m_dialog, "atasanError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Siti")), qPrintable(error->text()));
    QVERIFY(!save->isEnabled());
    QCOMPARE(EmployeeRepository(m_temp.db()).find(budi)->atasanId, qint64(0));
    // Choosing someone else clears the refusal.
    find<QCheckBox>(m_dialog, "atasanUnitHeadCheck")->setChecked(true);
    QVERIFY(!error->isVisible());
    QVERIFY(save->isEnabled());
}

void TestEmployeeDialog::editRecordsTheRiwayatFromValidFrom()
{
    const qint64 id = m_f.employees.at(7);
    openDialog(id);
    auto *validFrom = find<QDateEdit>(m_dialog, "validFromEdit");
    QVERIFY(validFrom->isVisible());
    QVERIFY(!validFrom->isEnabled()); // nothing in the position changed yet
    auto *jabatan = find<QLineEdit>(m_dialog, "jabatanEdit");
    jabatan->selectAll();
    QTest::keyClicks(jabatan, QStringLiteral("Analis SDM Aparatur"));
    QVERIFY(validFrom->isEnabled());
    validFrom->setDate(QDate(2024, 7, 1));
    QTest::keyClicks(find<QLineEdit>(m_dialog, "noteEdit"), QStringLiteral("SK 800/123/2024"));
    QTest::mouseClick(find<QPushButton>(m_dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const QVector<PositionRecord> history = EmployeeRepository(m_temp.db()).history(id);
    QVERIFY(history.size() >= 2);
    QCOMPARE(history.last().validFrom, QDate(2024, 7, 1));
    QCOMPARE(history.last().jabatan, QStringLiteral("Analis SDM Aparatur"));
    QCOMPARE(history.last().note, QStringLiteral("SK 800/123/2024"));
}

void TestEmployeeDialog::atasanDefaultsToTheUnitHead()
{
    openDialog(0);
    auto *chooser = find<ui::AtasanChooser>(m_dialog, "atasanChooser");
    QVERIFY(chooser->usesUnitHead());
    find<ui::UnitComboBox>(m_dialog, "unitCombo")->setUnitId(m_f.bkpsdm);
    QCOMPARE(chooser->atasanId(), m_f.employees.at(0));
    QVERIFY(
        find<QLineEdit>(m_dialog, "atasanEdit")->text().contains(QStringLiteral("Budi Santoso")));
    // A unit without a head: the head of the nearest unit above (BKPSDM).
    find<ui::UnitComboBox>(m_dialog, "unitCombo")->setUnitId(m_f.mutasi);
    QCOMPARE(chooser->atasanId(), m_f.employees.at(0));
    // No head anywhere above: no atasan.
    find<ui::UnitComboBox>(m_dialog, "unitCombo")->setUnitId(m_f.kelurahan);
    QCOMPARE(chooser->atasanId(), qint64(0));
}

QTEST_MAIN(TestEmployeeDialog)
#include "test_employee_dialog.moc"
