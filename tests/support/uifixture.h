#pragma once

// A small personnel database for the UI tests: a unit tree of eight units and
// 30 employees (27 active, 3 inactive), built through the repositories.

#include "common/messagebox.h"
#include "domain/nip.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "storage/employeerepository.h"
#include "storage/unitrepository.h"
#include "support/check.h"
#include "support/tempdatabase.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace uifixture {

using namespace kinerja;

struct Fixture {
    qint64 root = 0;
    qint64 bkpsdm = 0; // Badan Kepegawaian ..., with two bidang
    qint64 mutasi = 0;
    qint64 pengembangan = 0;
    qint64 dinas = 0; // Dinas Pendidikan, with one bidang
    qint64 bidangSd = 0;
    qint64 kecamatan = 0; // Kecamatan Sukamaju, with one kelurahan
    qint64 kelurahan = 0;
    QVector<qint64> employees; // in creation order
    QVector<qint64> inactive;  // the three who left
    int activeCount = 27;
    int inactiveCount = 3;
};

inline const QStringList &names()
{
    static const QStringList n = {
        QStringLiteral("Budi Santoso"),     QStringLiteral("Siti Rahmawati"),
        QStringLiteral("Agus Salim"),       QStringLiteral("Dewi Lestari"),
        QStringLiteral("Eko Prasetyo"),     QStringLiteral("Fitri Handayani"),
        QStringLiteral("Gunawan Wibisono"), QStringLiteral("Hana Pertiwi"),
        QStringLiteral("Indra Kusuma"),     QStringLiteral("Joko Susilo"),
        QStringLiteral("Kartika Sari"),     QStringLiteral("Lukman Hakim"),
        QStringLiteral("Maya Anggraini"),   QStringLiteral("Nanda Saputra"),
        QStringLiteral("Oktaviani Putri"),  QStringLiteral("Putu Wirawan"),
        QStringLiteral("Qori Amalia"),      QStringLiteral("Rudi Hartono"),
        QStringLiteral("Sri Wahyuni"),      QStringLiteral("Taufik Hidayat"),
        QStringLiteral("Umi Kalsum"),       QStringLiteral("Vina Melati"),
        QStringLiteral("Wahyu Santoso"),    QStringLiteral("Yanti Susanti"),
        QStringLiteral("Zainal Arifin"),    QStringLiteral("Ahmad Fauzi"),
        QStringLiteral("Bambang Irawan"),   QStringLiteral("Citra Dewanti"),
        QStringLiteral("Dedi Mulyadi"),     QStringLiteral("Endang Susilawati"),
    };
    return n;
}

// A valid NIP for employee number i (PNS, or PPPK when `pppk`).
inline QString nipFor(int i, bool pppk)
{
    const int birthYear = 1965 + (i * 7) % 30;
    const QString birth = QStringLiteral("%1%2%3")
                              .arg(birthYear)
                              .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                              .arg(1 + (i * 3) % 28, 2, 10, QLatin1Char('0'));
    const int startYear = birthYear + 24;
    const int gender = 1 + i % 2;
    const QString serial = QStringLiteral("%1").arg(i + 1, 3, 10, QLatin1Char('0'));
    if (pppk)
        return birth + QString::number(startYear) + QStringLiteral("21") + QString::number(gender) +
               serial;
    return birth + QString::number(startYear) +
           QStringLiteral("%1").arg(1 + (i * 5) % 12, 2, 10, QLatin1Char('0')) +
           QString::number(gender) + serial;
}

inline qint64 addUnit(UnitRepository &units, qint64 parent, const QString &name, UnitKind kind)
{
    Unit u;
    u.parentId = parent;
    u.name = name;
    u.kind = kind;
    FIXTURE_OK(units.create(u));
    return u.id;
}

inline Fixture build(Database &db)
{
    Fixture f;
    UnitRepository units(db);
    f.root = addUnit(units, 0, QStringLiteral("Pemerintah Kabupaten Contoh"), UnitKind::Pemerintah);
    f.bkpsdm = addUnit(units, f.root, QStringLiteral("Badan Kepegawaian dan Pengembangan SDM"),
                       UnitKind::PerangkatDaerah);
    f.mutasi = addUnit(units, f.bkpsdm, QStringLiteral("Bidang Mutasi"), UnitKind::Bidang);
    f.pengembangan =
        addUnit(units, f.bkpsdm, QStringLiteral("Bidang Pengembangan"), UnitKind::Bidang);
    f.dinas = addUnit(units, f.root, QStringLiteral("Dinas Pendidikan"), UnitKind::PerangkatDaerah);
    f.bidangSd = addUnit(units, f.dinas, QStringLiteral("Bidang SD"), UnitKind::Bidang);
    f.kecamatan = addUnit(units, f.root, QStringLiteral("Kecamatan Sukamaju"), UnitKind::Kecamatan);
    f.kelurahan =
        addUnit(units, f.kecamatan, QStringLiteral("Kelurahan Mekar"), UnitKind::Kelurahan);

    // 30 employees: 6 in BKPSDM itself, 5 + 5 in its bidang, 4 in Dinas, 4 in
    // Bidang SD, 3 in the kecamatan, 3 in the kelurahan.
    const QVector<qint64> unitOf = {
        f.bkpsdm,       f.bkpsdm,       f.bkpsdm,       f.bkpsdm,       f.bkpsdm,    f.bkpsdm,
        f.mutasi,       f.mutasi,       f.mutasi,       f.mutasi,       f.mutasi,    f.pengembangan,
        f.pengembangan, f.pengembangan, f.pengembangan, f.pengembangan, f.dinas,     f.dinas,
        f.dinas,        f.dinas,        f.bidangSd,     f.bidangSd,     f.bidangSd,  f.bidangSd,
        f.kecamatan,    f.kecamatan,    f.kecamatan,    f.kelurahan,    f.kelurahan, f.kelurahan};
    EmployeeRepository repo(db);
    for (int i = 0; i < 30; ++i) {
        Employee e;
        const bool pppk = i % 5 == 4;
        e.status = pppk ? EmployeeStatus::Pppk : EmployeeStatus::Pns;
        e.nip = nipFor(i, pppk);
        e.name = names().at(i);
        if (i % 7 == 0)
            e.gelarBelakang = QStringLiteral("S.Kom.");
        e.grade = pppk ? 5 + i % 9 : (i % 3 + 2) * 10 + 1 + i % 4;
        if (i % 3 == 0) {
            e.jabatanKind = JabatanKind::Fungsional;
            e.jenjang = Jenjang::AhliMuda;
            e.jabatan = QStringLiteral("Analis Kepegawaian Ahli Muda");
        } else {
            e.jabatanKind = JabatanKind::Pelaksana;
            e.jabatan = i % 2 ? QStringLiteral("Pengadministrasi Umum")
                              : QStringLiteral("Pengelola Data Kepegawaian");
        }
        e.unitId = unitOf.at(i);
        FIXTURE_OK(repo.create(e));
        f.employees << e.id;
    }
    // Heads: the first of BKPSDM heads it; staff of BKPSDM report to them.
    FIXTURE_OK(units.setHead(f.bkpsdm, f.employees.at(0)));
    for (int i = 1; i < 6; ++i) {
        Employee e = *repo.find(f.employees.at(i));
        e.atasanId = f.employees.at(0);
        FIXTURE_OK(repo.update(e));
    }
    // Three left: 29 retired, 28 moved, 27 died.
    const EmploymentState states[] = {EmploymentState::Pensiun, EmploymentState::MutasiKeluar,
                                      EmploymentState::Meninggal};
    for (int k = 0; k < 3; ++k) {
        Employee e = *repo.find(f.employees.at(29 - k));
        e.state = states[k];
        e.stateDate = QDate(2024, 3, 1);
        FIXTURE_OK(repo.update(e));
        f.inactive << e.id;
    }
    return f;
}

// Keeps QSettings of a GUI test away from the user's own settings.
inline void isolateSettings(const QString &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
}

// The main window on its own connection to the database at `path`, shown at `size` (its
// own size when empty), message boxes answering Cancel unless the test says otherwise.
// Stops the test program when the database does not open or the window is never exposed.
inline ui::MainWindow *showMainWindow(const QString &path, QSize size = {})
{
    auto db = std::make_unique<Database>();
    FIXTURE_OK(db->open(path));
    ui::MessageBox::resetLog();
    ui::MessageBox::clearNextAnswer();
    ui::MessageBox::setDefaultAnswer(QMessageBox::Cancel);
    auto window = std::make_unique<ui::MainWindow>(std::move(db));
    if (size.isValid())
        window->resize(size);
    window->show();
    FIXTURE_CHECK(QTest::qWaitForWindowExposed(window.get()),
                  QStringLiteral("the main window is never shown"));
    return window.release();
}

// What a test of the main window stands on, for its test class to inherit (after QObject):
// settings in a temporary folder, and for each test function a fresh database with build()'s
// content and the main window on it (the tests change both).
class MainWindowTest {
protected:
    // In initTestCase: the settings of `application` (organisation KinerjaTest) kept apart.
    void isolateApplication(const QString &application)
    {
        isolateSettings(m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("KinerjaTest"));
        QCoreApplication::setApplicationName(application);
    }
    // In init.
    void openWindow(QSize size = {})
    {
        m_temp = std::make_unique<TempDatabase>();
        m_f = build(m_temp->open());
        m_window = showMainWindow(m_temp->path(), size);
        watchModels();
    }
    // Puts the window's own item models (employees, units, appraisals) under
    // QAbstractItemModelTester for as long as the window lives: whatever the test does
    // through the screens, a model breaking its contract stops the test.
    void watchModels()
    {
        const auto models = m_window->findChildren<QAbstractItemModel *>();
        for (QAbstractItemModel *model : models) {
            if (QLatin1String(model->metaObject()->className()).startsWith(u"kinerja::"))
                m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                    model, QAbstractItemModelTester::FailureReportingMode::Fatal));
        }
        FIXTURE_CHECK(!m_testers.empty(), QStringLiteral("the main window has no models"));
    }
    // In cleanup.
    void closeWindow()
    {
        m_testers.clear();
        delete m_window;
        m_window = nullptr;
        m_temp.reset();
    }

    QTemporaryDir m_settings;
    std::unique_ptr<TempDatabase> m_temp;
    Fixture m_f;
    ui::MainWindow *m_window = nullptr;

private:
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

} // namespace uifixture
