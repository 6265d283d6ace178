#include "domain/employee.h"
#include "domain/nip.h"

#include <QSet>
#include <QTest>

using namespace kinerja;

namespace {

// A complete, valid PNS employee; each test row breaks one thing.
Employee validPns()
{
    Employee e;
    e.nip = QStringLiteral("199301212020121001");
    e.name = QStringLiteral("Budi Santoso");
    e.gelarBelakang = QStringLiteral("S.Kom.");
    e.status = EmployeeStatus::Pns;
    e.grade = 32;
    e.jabatan = QStringLiteral("Analis Kepegawaian Ahli Pertama");
    e.jabatanKind = JabatanKind::Fungsional;
    e.jenjang = Jenjang::AhliPertama;
    e.unitId = 7;
    return e;
}

Employee validPppk()
{
    Employee e;
    e.nip = QStringLiteral("199001012021211001");
    e.name = QStringLiteral("Siti Aminah");
    e.status = EmployeeStatus::Pppk;
    e.grade = 9;
    e.jabatan = QStringLiteral("Guru Ahli Pertama");
    e.jabatanKind = JabatanKind::Fungsional;
    e.jenjang = Jenjang::AhliPertama;
    e.unitId = 3;
    return e;
}

} // namespace

class TestEmployeeRules : public QObject {
    Q_OBJECT

private slots:
    void fullName_data();
    void fullName();
    void validEmployees_data();
    void validEmployees();
    void invalidEmployees_data();
    void invalidEmployees();
    void nipErrorMessageIsPassedOn();
    void problemsOfAValidEmployee();
    void everyFaultyFieldIsReported();
    void problemsKeepFormOrder();
    void unreadableNipGivesOneMessage();
    void checkNipMatchesStatus_data();
    void checkNipMatchesStatus();
    void jenjangFits_data();
    void jenjangFits();
    void jenjangsForAgreesWithFits();
    void names();
};

void TestEmployeeRules::fullName_data()
{
    QTest::addColumn<QString>("depan");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("belakang");
    QTest::addColumn<QString>("expected");

    QTest::newRow("both gelar") << QStringLiteral("Dr.") << QStringLiteral("Budi Santoso")
                                << QStringLiteral("S.Kom., M.M.")
                                << QStringLiteral("Dr. Budi Santoso, S.Kom., M.M.");
    QTest::newRow("no gelar") << QString() << QStringLiteral("Budi Santoso") << QString()
                              << QStringLiteral("Budi Santoso");
    QTest::newRow("only depan") << QStringLiteral("drg.") << QStringLiteral("Ani") << QString()
                                << QStringLiteral("drg. Ani");
    QTest::newRow("only belakang") << QString() << QStringLiteral("Ani") << QStringLiteral("S.E.")
                                   << QStringLiteral("Ani, S.E.");
    QTest::newRow("untrimmed parts")
        << QStringLiteral(" Ir. ") << QStringLiteral("  Budi  ") << QStringLiteral(" M.T. ")
        << QStringLiteral("Ir. Budi, M.T.");
    QTest::newRow("blank gelar") << QStringLiteral("   ") << QStringLiteral("Budi")
                                 << QStringLiteral("  ") << QStringLiteral("Budi");
    QTest::newRow("belakang typed with comma")
        << QString() << QStringLiteral("Budi") << QStringLiteral(", S.Kom.")
        << QStringLiteral("Budi, S.Kom.");
    QTest::newRow("inner spaces collapsed") << QString() << QStringLiteral("Budi   Santoso")
                                            << QString() << QStringLiteral("Budi Santoso");
}

void TestEmployeeRules::fullName()
{
    QFETCH(QString, depan);
    QFETCH(QString, name);
    QFETCH(QString, belakang);
    QFETCH(QString, expected);

    Employee e;
    e.gelarDepan = depan;
    e.name = name;
    e.gelarBelakang = belakang;
    QCOMPARE(e.fullName(), expected);
}

void TestEmployeeRules::validEmployees_data()
{
    QTest::addColumn<Employee>("employee");

    QTest::newRow("pns fungsional") << validPns();
    QTest::newRow("pppk fungsional") << validPppk();
    {
        Employee e = validPns();
        e.status = EmployeeStatus::Cpns;
        e.grade = 31;
        QTest::newRow("cpns") << e;
    }
    {
        Employee e = validPns();
        e.nip = QStringLiteral("19930121 202012 1 001");
        QTest::newRow("nip with spaces") << e;
    }
    {
        Employee e = validPns();
        e.grade = 45;
        e.jabatan = QStringLiteral("Sekretaris Daerah");
        e.jabatanKind = JabatanKind::Jpt;
        e.jenjang = Jenjang::JptMadya;
        QTest::newRow("jpt") << e;
    }
    for (const JabatanKind kind :
         {JabatanKind::Administrator, JabatanKind::Pengawas, JabatanKind::Pelaksana}) {
        Employee e = validPns();
        e.jabatan = QStringLiteral("Kepala Seksi");
        e.jabatanKind = kind;
        e.jenjang = Jenjang::None;
        QTest::newRow(qPrintable(jabatanKindName(kind))) << e;
    }
    {
        Employee e = validPns();
        e.state = EmploymentState::Pensiun;
        e.stateDate = QDate(2024, 2, 1);
        QTest::newRow("pensiun with date") << e;
    }
    {
        Employee e = validPns();
        e.stateDate = QDate();
        QTest::newRow("aktif needs no date") << e;
    }
}

void TestEmployeeRules::validEmployees()
{
    QFETCH(Employee, employee);
    const Status s = EmployeeRules::validate(employee);
    QVERIFY2(s.isOk(), qPrintable(s.field() + QLatin1String(": ") + s.message()));
    QVERIFY(s.message().isEmpty());
    QVERIFY(s.field().isEmpty());
}

void TestEmployeeRules::invalidEmployees_data()
{
    QTest::addColumn<Employee>("employee");
    QTest::addColumn<QString>("field");

    const auto row = [](const char *tag, const Employee &e, const char *field) {
        QTest::newRow(tag) << e << QString::fromLatin1(field);
    };
    Employee e;

    e = validPns();
    e.nip.clear();
    row("nip empty", e, "nip");
    e = validPns();
    e.nip = QStringLiteral("199302302020121001");
    row("nip bad birth date", e, "nip");
    e = validPns();
    e.nip = QStringLiteral("19930121202012100");
    row("nip 17 digits", e, "nip");
    e = validPns();
    e.nip = validPppk().nip;
    row("pns with pppk nip", e, "nip");
    e = validPns();
    e.status = EmployeeStatus::Cpns;
    e.nip = validPppk().nip;
    row("cpns with pppk nip", e, "nip");
    e = validPppk();
    e.nip = validPns().nip;
    row("pppk with pns nip", e, "nip");

    e = validPns();
    e.name.clear();
    row("name empty", e, "name");
    e = validPns();
    e.name = QStringLiteral("   ");
    row("name blank", e, "name");
    e = validPns();
    e.name = QStringLiteral("123 .");
    row("name without letters", e, "name");

    e = validPns();
    e.grade = 0;
    row("no grade", e, "grade");
    e = validPns();
    e.grade = 35;
    row("III/e", e, "grade");
    e = validPns();
    e.grade = 9;
    row("pns with pppk golongan", e, "grade");
    e = validPns();
    e.status = EmployeeStatus::Cpns;
    e.grade = 9;
    row("cpns with pppk golongan", e, "grade");
    e = validPppk();
    e.grade = 32;
    row("pppk with pns grade", e, "grade");
    e = validPppk();
    e.grade = 18;
    row("pppk golongan 18", e, "grade");

    e = validPns();
    e.jabatan = QStringLiteral("  ");
    row("jabatan blank", e, "jabatan");

    e = validPns();
    e.jenjang = Jenjang::None;
    row("fungsional without jenjang", e, "jenjang");
    e = validPns();
    e.jenjang = Jenjang::JptPratama;
    row("fungsional with jpt level", e, "jenjang");
    e = validPns();
    e.jabatanKind = JabatanKind::Jpt;
    e.jenjang = Jenjang::None;
    row("jpt without level", e, "jenjang");
    e = validPns();
    e.jabatanKind = JabatanKind::Jpt;
    e.jenjang = Jenjang::AhliUtama;
    row("jpt with fungsional jenjang", e, "jenjang");
    e = validPns();
    e.jabatanKind = JabatanKind::Pelaksana;
    e.jenjang = Jenjang::Terampil;
    row("pelaksana with jenjang", e, "jenjang");
    e = validPns();
    e.jabatanKind = JabatanKind::Administrator;
    e.jenjang = Jenjang::JptPratama;
    row("administrator with jpt level", e, "jenjang");

    e = validPns();
    e.unitId = 0;
    row("no unit", e, "unit");

    for (const EmploymentState state :
         {EmploymentState::Pensiun, EmploymentState::MutasiKeluar, EmploymentState::Meninggal}) {
        e = validPns();
        e.state = state;
        QTest::newRow(qPrintable(QLatin1String("no date: ") + employmentStateName(state)))
            << e << QStringLiteral("stateDate");
    }

    // Several faults: the first field in form order is reported.
    e = validPns();
    e.nip = QStringLiteral("1");
    e.name.clear();
    e.unitId = 0;
    row("nip before name", e, "nip");
    e = validPns();
    e.name.clear();
    e.grade = 0;
    row("name before grade", e, "name");
    e = validPns();
    e.grade = 0;
    e.jabatan.clear();
    row("grade before jabatan", e, "grade");
    e = validPns();
    e.unitId = 0;
    e.state = EmploymentState::Meninggal;
    row("unit before state date", e, "unit");
}

void TestEmployeeRules::invalidEmployees()
{
    QFETCH(Employee, employee);
    QFETCH(QString, field);

    const Status s = EmployeeRules::validate(employee);
    QVERIFY(!s.isOk());
    QVERIFY(!s);
    QCOMPARE(s.field(), field);
    QVERIFY(!s.message().isEmpty());
    // validate() reports the first of all the problems.
    const QVector<FieldProblem> problems = EmployeeRules::problems(employee);
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().field, s.field());
    QCOMPARE(problems.first().message, s.message());
}

void TestEmployeeRules::nipErrorMessageIsPassedOn()
{
    Employee e = validPns();
    e.nip = QStringLiteral("199301212020131001");
    const Status s = EmployeeRules::validate(e);
    QCOMPARE(s.field(), QStringLiteral("nip"));
    QCOMPARE(s.message(), Nip::errorMessage(NipError::StartMonth));

    e.nip = QStringLiteral("199301212020121000");
    QCOMPARE(EmployeeRules::validate(e).message(), Nip::errorMessage(NipError::Serial));
}

void TestEmployeeRules::problemsOfAValidEmployee()
{
    QVERIFY(EmployeeRules::problems(validPns()).isEmpty());
    QVERIFY(EmployeeRules::problems(validPppk()).isEmpty());
}

void TestEmployeeRules::everyFaultyFieldIsReported()
{
    // Each field broken alone, then all of them at once.
    Employee badNip = validPns();
    badNip.nip = QStringLiteral("1993");
    Employee badName = validPns();
    badName.name = QStringLiteral("123 .");
    Employee badGrade = validPns();
    badGrade.grade = 9;
    Employee badJabatan = validPns();
    badJabatan.jabatan.clear();
    Employee badJenjang = validPns();
    badJenjang.jenjang = Jenjang::None;
    Employee badUnit = validPns();
    badUnit.unitId = 0;
    Employee badStateDate = validPns();
    badStateDate.state = EmploymentState::MutasiKeluar;

    Employee all = validPns();
    all.nip = badNip.nip;
    all.name = badName.name;
    all.grade = badGrade.grade;
    all.jabatan = badJabatan.jabatan;
    all.jenjang = badJenjang.jenjang;
    all.unitId = badUnit.unitId;
    all.state = badStateDate.state;

    const QVector<Employee> alone = {badNip,     badName, badGrade,    badJabatan,
                                     badJenjang, badUnit, badStateDate};
    const QVector<FieldProblem> problems = EmployeeRules::problems(all);
    QCOMPARE(problems.size(), alone.size());
    for (int i = 0; i < alone.size(); ++i) {
        const QVector<FieldProblem> single = EmployeeRules::problems(alone.at(i));
        QCOMPARE(single.size(), 1);
        const Status s = EmployeeRules::validate(alone.at(i));
        QVERIFY(!s);
        QCOMPARE(single.first().field, s.field());
        QCOMPARE(single.first().message, s.message());
        // The same field and the same words when every other field is wrong too.
        QCOMPARE(problems.at(i).field, s.field());
        QCOMPARE(problems.at(i).message, s.message());
    }
    QCOMPARE(problems.at(0).message, Nip::errorMessage(NipError::Length));

    const Status first = EmployeeRules::validate(all);
    QCOMPARE(first.field(), QStringLiteral("nip"));
    QCOMPARE(first.message(), problems.first().message);
}

void TestEmployeeRules::problemsKeepFormOrder()
{
    // A PPPK with a PNS grade, no jabatan and a JPT level on a pelaksana: the grade, then
    // the jabatan, then the jenjang, each with its own message.
    Employee e = validPppk();
    e.grade = 32;
    e.jabatan = QStringLiteral("  ");
    e.jabatanKind = JabatanKind::Pelaksana;
    e.jenjang = Jenjang::JptPratama;
    const QVector<FieldProblem> problems = EmployeeRules::problems(e);
    QStringList fields;
    for (const FieldProblem &p : problems)
        fields.append(p.field);
    QCOMPARE(fields, (QStringList{QStringLiteral("grade"), QStringLiteral("jabatan"),
                                  QStringLiteral("jenjang")}));
    QVERIFY(problems.at(0).message.contains(QStringLiteral("PPPK golongan")));
    QVERIFY(problems.at(2).message.contains(QStringLiteral("Pelaksana")));
    for (const FieldProblem &p : problems)
        QVERIFY(!p.message.isEmpty());
}

void TestEmployeeRules::unreadableNipGivesOneMessage()
{
    // A PPPK whose NIP cannot be read: the reading error alone, no word about PNS or PPPK.
    Employee e = validPppk();
    e.nip = QStringLiteral("199301212020131001");
    e.name.clear();
    const QVector<FieldProblem> problems = EmployeeRules::problems(e);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).field, QStringLiteral("nip"));
    QCOMPARE(problems.at(0).message, Nip::errorMessage(NipError::StartMonth));
    QCOMPARE(problems.at(1).field, QStringLiteral("name"));

    // A readable NIP of the wrong kind: the mismatch, once.
    e.nip = validPns().nip;
    const QVector<FieldProblem> mismatch = EmployeeRules::problems(e);
    QCOMPARE(mismatch.size(), 2);
    QCOMPARE(mismatch.at(0).field, QStringLiteral("nip"));
    QCOMPARE(mismatch.at(0).message,
             EmployeeRules::checkNipMatchesStatus(e.nip, e.status).message());
}

void TestEmployeeRules::checkNipMatchesStatus_data()
{
    QTest::addColumn<QString>("nip");
    QTest::addColumn<EmployeeStatus>("status");
    QTest::addColumn<bool>("ok");

    const QString pns = QStringLiteral("199301212020121001");
    const QString pppk = QStringLiteral("199001012021211001");
    QTest::newRow("pns/pns") << pns << EmployeeStatus::Pns << true;
    QTest::newRow("pns/cpns") << pns << EmployeeStatus::Cpns << true;
    QTest::newRow("pns/pppk") << pns << EmployeeStatus::Pppk << false;
    QTest::newRow("pppk/pppk") << pppk << EmployeeStatus::Pppk << true;
    QTest::newRow("pppk/pns") << pppk << EmployeeStatus::Pns << false;
    QTest::newRow("pppk/cpns") << pppk << EmployeeStatus::Cpns << false;
    QTest::newRow("invalid nip") << QStringLiteral("123") << EmployeeStatus::Pns << false;
}

void TestEmployeeRules::checkNipMatchesStatus()
{
    QFETCH(QString, nip);
    QFETCH(EmployeeStatus, status);
    QFETCH(bool, ok);

    const Status s = EmployeeRules::checkNipMatchesStatus(nip, status);
    QCOMPARE(s.isOk(), ok);
    if (!ok) {
        QCOMPARE(s.field(), QStringLiteral("nip"));
        QVERIFY(!s.message().isEmpty());
    }
}

void TestEmployeeRules::jenjangFits_data()
{
    QTest::addColumn<JabatanKind>("kind");
    QTest::addColumn<Jenjang>("jenjang");
    QTest::addColumn<bool>("fits");

    QTest::newRow("jpt utama") << JabatanKind::Jpt << Jenjang::JptUtama << true;
    QTest::newRow("jpt madya") << JabatanKind::Jpt << Jenjang::JptMadya << true;
    QTest::newRow("jpt pratama") << JabatanKind::Jpt << Jenjang::JptPratama << true;
    QTest::newRow("jpt none") << JabatanKind::Jpt << Jenjang::None << false;
    QTest::newRow("jpt ahli utama") << JabatanKind::Jpt << Jenjang::AhliUtama << false;
    for (const Jenjang j :
         {Jenjang::AhliPertama, Jenjang::AhliMuda, Jenjang::AhliMadya, Jenjang::AhliUtama,
          Jenjang::Pemula, Jenjang::Terampil, Jenjang::Mahir, Jenjang::Penyelia}) {
        QTest::addRow("fungsional %s", qPrintable(jenjangName(j)))
            << JabatanKind::Fungsional << j << true;
        QTest::addRow("pelaksana %s", qPrintable(jenjangName(j)))
            << JabatanKind::Pelaksana << j << false;
    }
    QTest::newRow("fungsional none") << JabatanKind::Fungsional << Jenjang::None << false;
    QTest::newRow("fungsional jpt") << JabatanKind::Fungsional << Jenjang::JptMadya << false;
    QTest::newRow("administrator none") << JabatanKind::Administrator << Jenjang::None << true;
    QTest::newRow("pengawas none") << JabatanKind::Pengawas << Jenjang::None << true;
    QTest::newRow("pelaksana none") << JabatanKind::Pelaksana << Jenjang::None << true;
    QTest::newRow("pengawas jpt") << JabatanKind::Pengawas << Jenjang::JptPratama << false;
}

void TestEmployeeRules::jenjangFits()
{
    QFETCH(JabatanKind, kind);
    QFETCH(Jenjang, jenjang);
    QFETCH(bool, fits);
    QCOMPARE(EmployeeRules::jenjangFits(kind, jenjang), fits);
}

void TestEmployeeRules::jenjangsForAgreesWithFits()
{
    QCOMPARE(EmployeeRules::jenjangsFor(JabatanKind::Jpt),
             (QVector<Jenjang>{Jenjang::JptUtama, Jenjang::JptMadya, Jenjang::JptPratama}));
    QCOMPARE(EmployeeRules::jenjangsFor(JabatanKind::Fungsional).size(), 8);
    QCOMPARE(EmployeeRules::jenjangsFor(JabatanKind::Pelaksana), QVector<Jenjang>{Jenjang::None});

    const QVector<Jenjang> all = {
        Jenjang::None,        Jenjang::JptUtama, Jenjang::JptMadya,  Jenjang::JptPratama,
        Jenjang::AhliPertama, Jenjang::AhliMuda, Jenjang::AhliMadya, Jenjang::AhliUtama,
        Jenjang::Pemula,      Jenjang::Terampil, Jenjang::Mahir,     Jenjang::Penyelia,
    };
    for (const JabatanKind kind : allJabatanKinds()) {
        const QVector<Jenjang> fitting = EmployeeRules::jenjangsFor(kind);
        QVERIFY(!fitting.isEmpty());
        for (const Jenjang j : all)
            QCOMPARE(EmployeeRules::jenjangFits(kind, j), fitting.contains(j));
    }
}

void TestEmployeeRules::names()
{
    QCOMPARE(allJabatanKinds().size(), 5);
    QCOMPARE(jabatanKindName(JabatanKind::Jpt), QStringLiteral("JPT"));
    QCOMPARE(jabatanKindName(JabatanKind::Administrator), QStringLiteral("Administrator"));
    QCOMPARE(jabatanKindName(JabatanKind::Pengawas), QStringLiteral("Pengawas"));
    QCOMPARE(jabatanKindName(JabatanKind::Pelaksana), QStringLiteral("Pelaksana"));
    QCOMPARE(jabatanKindName(JabatanKind::Fungsional), QStringLiteral("Fungsional"));

    QCOMPARE(jenjangName(Jenjang::None), QString());
    QCOMPARE(jenjangName(Jenjang::JptUtama), QStringLiteral("JPT Utama"));
    QCOMPARE(jenjangName(Jenjang::JptMadya), QStringLiteral("JPT Madya"));
    QCOMPARE(jenjangName(Jenjang::JptPratama), QStringLiteral("JPT Pratama"));
    QCOMPARE(jenjangName(Jenjang::AhliPertama), QStringLiteral("Ahli Pertama"));
    QCOMPARE(jenjangName(Jenjang::AhliMuda), QStringLiteral("Ahli Muda"));
    QCOMPARE(jenjangName(Jenjang::AhliMadya), QStringLiteral("Ahli Madya"));
    QCOMPARE(jenjangName(Jenjang::AhliUtama), QStringLiteral("Ahli Utama"));
    QCOMPARE(jenjangName(Jenjang::Pemula), QStringLiteral("Pemula"));
    QCOMPARE(jenjangName(Jenjang::Terampil), QStringLiteral("Terampil"));
    QCOMPARE(jenjangName(Jenjang::Mahir), QStringLiteral("Mahir"));
    QCOMPARE(jenjangName(Jenjang::Penyelia), QStringLiteral("Penyelia"));

    const QVector<EmploymentState> states = allEmploymentStates();
    QCOMPARE(states.size(), 4);
    QCOMPARE(states.first(), EmploymentState::Aktif);
    QCOMPARE(employmentStateName(EmploymentState::Aktif), QStringLiteral("Active"));
    QCOMPARE(employmentStateName(EmploymentState::Pensiun), QStringLiteral("Retired (pensiun)"));
    QCOMPARE(employmentStateName(EmploymentState::MutasiKeluar),
             QStringLiteral("Transferred out (mutasi keluar)"));
    QCOMPARE(employmentStateName(EmploymentState::Meninggal),
             QStringLiteral("Deceased (meninggal)"));
}

QTEST_GUILESS_MAIN(TestEmployeeRules)
#include "test_employee_rules.moc"
