// The appraisal screens driven through their widgets: a period is created, the
// appraisals of a unit are created in bulk, one is filled in, rated, explained,
// finalized (read-only afterwards, Final in the database) and reopened with a
// reason; cancelling a bulk run leaves nothing behind.
#include "appraisals/appraisaldialog.h"
#include "appraisals/appraisalspage.h"
#include "appraisals/appraisaltablemodel.h"
#include "common/messagebox.h"
#include "common/reasonprompt.h"
#include "periods/perioddialog.h"
#include "shell/mainwindow.h"
#include "storage/appraisalbulk.h"
#include "storage/appraisalcontent.h"
#include "storage/appraisalquery.h"
#include "storage/appraisalrepository.h"
#include "storage/periodrepository.h"
#include "support/find.h"
#include "support/uifixture.h"
#include "units/unitcombobox.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace kinerja;
using kinerja::ui::MainWindow;
using kinerja::ui::MessageBox;
using support::find;

class TestAppraisalScreens : public QObject, uifixture::MainWindowTest {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void wholeQuarterForOneEmployee();
    void badRealisasiIsRefusedAtTheField();
    void cancelInBulkProgressLeavesNoAppraisals();
    void finalizeManyReportsTheSkipped();
    void copyForwardFromTheLatestEarlierPeriod();
    void periodsPageIsFilledWhenFirstShown();

private:
    void click(QObject *parent, const char *button)
    {
        auto *b = find<QPushButton>(parent, button);
        QVERIFY2(b->isEnabled(), button);
        QTest::mouseClick(b, Qt::LeftButton);
    }
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    qint64 createPeriodThroughDialog();
    void createForUnit(qint64 unitId);
    ui::AppraisalDialog *openAppraisalOf(qint64 employeeId);
    int storedAppraisals(qint64 periodId) const;
};

void TestAppraisalScreens::initTestCase()
{
    isolateApplication(QStringLiteral("test_appraisal_screens"));
}

void TestAppraisalScreens::init()
{
    openWindow();
    QVERIFY(m_window);
}

void TestAppraisalScreens::cleanup()
{
    closeWindow();
}

int TestAppraisalScreens::storedAppraisals(qint64 periodId) const
{
    AppraisalFilter filter;
    filter.periodId = periodId;
    return AppraisalQuery(*m_window->database()).count(filter);
}

qint64 TestAppraisalScreens::createPeriodThroughDialog()
{
    m_window->showPage(MainWindow::PeriodsPageIndex);
    click(m_window, "newPeriodButton");
    auto *dialog = find<ui::PeriodDialog>(m_window, "periodDialog");
    auto *kind = find<QComboBox>(dialog, "periodKindCombo");
    kind->setCurrentIndex(kind->findData(static_cast<int>(Period::Kind::Quarterly)));
    auto *year = find<QSpinBox>(dialog, "periodYearSpin");
    year->setFocus();
    year->selectAll();
    QTest::keyClicks(year, QStringLiteral("2026"));
    auto *number = find<QSpinBox>(dialog, "periodNumberSpin");
    number->setFocus();
    number->selectAll();
    QTest::keyClicks(number, QStringLiteral("1"));
    const QString code = find<QLabel>(dialog, "periodCodeLabel")->text();
    if (!code.contains(QStringLiteral("2026-Q1")) || !code.contains(QStringLiteral("Quarter I")))
        qWarning("code label: %s", qPrintable(code));
    click(dialog, "createPeriodButton");
    const auto p = PeriodRepository(*m_window->database()).findByCode(QStringLiteral("2026-Q1"));
    if (!p)
        return 0;
    // The periods table lists it, open.
    auto *table = find<QTableWidget>(m_window, "periodTable");
    bool listed = false;
    for (int r = 0; r < table->rowCount(); ++r)
        listed = listed || table->item(r, 0)->text() == QStringLiteral("2026-Q1");
    return listed ? p->id : 0;
}

void TestAppraisalScreens::createForUnit(qint64 unitId)
{
    m_window->showPage(MainWindow::AppraisalsPageIndex);
    auto *unit = find<ui::UnitComboBox>(m_window, "appraisalUnitCombo");
    unit->setCurrentIndex(unit->findData(unitId));
    MessageBox::setNextAnswer(QMessageBox::Yes); // "Create the appraisals …?"
    click(m_window, "createAppraisalsButton");
}

ui::AppraisalDialog *TestAppraisalScreens::openAppraisalOf(qint64 employeeId)
{
    auto *table = find<QTableView>(m_window, "appraisalTable");
    auto *model = m_window->appraisalsPage()->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->row(r)->employeeId == employeeId)
            row = r;
    }
    if (row < 0)
        return nullptr;
    const QModelIndex index = model->index(row, ui::AppraisalTableModel::NameColumn);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QTest::mouseClick(find<QPushButton>(m_window, "openAppraisalButton"), Qt::LeftButton);
    return m_window->findChild<ui::AppraisalDialog *>(QStringLiteral("appraisalDialog"));
}

// The window opens on the employees page and leaves the periods table empty (counting a
// province's appraisals per period is most of a cold start); showing the page fills it.
void TestAppraisalScreens::periodsPageIsFilledWhenFirstShown()
{
    qint64 id = 0;
    VERIFY_OK(PeriodRepository(*m_window->database()).create(Period::quarter(2026, 2), 0, &id));
    auto *table = find<QTableWidget>(m_window, "periodTable");
    QCOMPARE(table->rowCount(), 0);
    m_window->showPage(MainWindow::PeriodsPageIndex);
    QStringList codes;
    for (int r = 0; r < table->rowCount(); ++r)
        codes << table->item(r, 0)->text();
    QVERIFY2(codes.contains(QStringLiteral("2026-Q2")), qPrintable(codes.join(u' ')));
}

void TestAppraisalScreens::wholeQuarterForOneEmployee()
{
    const qint64 periodId = createPeriodThroughDialog();
    QVERIFY(periodId != 0);

    // The appraisals page follows the new period; create those of BKPSDM and its bidang.
    createForUnit(m_f.bkpsdm);
    QCOMPARE(find<QComboBox>(m_window, "appraisalPeriodCombo")->currentData().toLongLong(),
             periodId);
    QCOMPARE(storedAppraisals(periodId), 16);
    QCOMPARE(m_window->appraisalsPage()->model()->rowCount(), 16);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("16 appraisals created")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(find<QTableWidget>(m_window, "pendingTable")->rowCount() > 0);

    const qint64 siti = m_f.employees.at(1);
    ui::AppraisalDialog *dialog = openAppraisalOf(siti);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->isReadOnly());
    QVERIFY(find<QLabel>(dialog, "appraisalHeader")->text().contains(QStringLiteral("Siti")));

    // Hasil Kerja: one RHK with one indicator, realised in full.
    click(dialog, "addRhkButton");
    type(find<QLineEdit>(dialog, "rhkTextEdit_0"),
         QStringLiteral("Tersusunnya data kepegawaian yang mutakhir"));
    click(dialog, "addIndicatorButton");
    type(find<QLineEdit>(dialog, "indikatorEdit_0"),
         QStringLiteral("Jumlah dokumen data kepegawaian"));
    type(find<QLineEdit>(dialog, "targetEdit_0"), QStringLiteral("12"));
    type(find<QLineEdit>(dialog, "satuanEdit_0"), QStringLiteral("Dokumen"));
    type(find<QLineEdit>(dialog, "realisasiEdit_0"), QStringLiteral("12"));
    type(find<QLineEdit>(dialog, "buktiEdit_0"), QStringLiteral("Laporan bulanan"));
    QVERIFY(!find<QLabel>(dialog, "indicatorMessage")->isVisible());

    // Umpan Balik: both ratings Di Atas Ekspektasi.
    auto *tabs = find<QTabWidget>(dialog, "appraisalTabs");
    tabs->setCurrentWidget(find<QWidget>(dialog, "feedbackEditor"));
    for (const char *name : {"ratingHasilCombo", "ratingPerilakuCombo"}) {
        auto *combo = find<QComboBox>(dialog, name);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentText(), QStringLiteral("Di Atas Ekspektasi"));
    }
    QCOMPARE(find<QLabel>(dialog, "predikatPreviewLabel")->text(), QStringLiteral("Sangat Baik"));
    QVERIFY(dialog->isDirty());
    click(dialog, "saveAppraisalButton");
    QVERIFY(!dialog->isDirty());

    // Hasil & Penjelasan: the predikat and every step with its source.
    tabs->setCurrentWidget(find<QWidget>(dialog, "resultPanel"));
    QCOMPARE(find<QLabel>(dialog, "predikatLabel")->text(), QStringLiteral("Sangat Baik"));
    auto *steps = find<QTableWidget>(dialog, "explanationTable");
    QVERIFY(steps->rowCount() > 0);
    bool sourced = false;
    for (int r = 0; r < steps->rowCount(); ++r)
        sourced = sourced || steps->item(r, 3)->text().contains(QStringLiteral("PermenPANRB"));
    QVERIFY(sourced);
    QVERIFY(!find<QListWidget>(dialog, "missingList")->isVisible());
    const auto stored = AppraisalContent(*m_window->database()).rhk(dialog->appraisalId());
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().indicators.first().realisasi, QStringLiteral("12"));

    // Workflow: submit, rate, finalize (asks).
    click(dialog, "submitButton");
    QCOMPARE(dialog->appraisal().state, AppraisalState::Diajukan);
    click(dialog, "rateButton");
    QCOMPARE(dialog->appraisal().state, AppraisalState::Dinilai);
    const int shown = MessageBox::shownCount();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(dialog, "finalizeAppraisalButton");
    QCOMPARE(MessageBox::shownCount(), shown + 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Siti Rahmawati")));
    QCOMPARE(dialog->appraisal().state, AppraisalState::Final);

    // Read-only now, with a banner; stored Final in the database.
    QVERIFY(dialog->isReadOnly());
    QVERIFY(find<QLabel>(dialog, "readOnlyBanner")->isVisible());
    QVERIFY(find<QLabel>(dialog, "readOnlyBanner")->text().contains(QStringLiteral("Final")));
    QVERIFY(!find<QLineEdit>(dialog, "rhkTextEdit_0")->isEnabled());
    QVERIFY(find<QLineEdit>(dialog, "realisasiEdit_0")->isReadOnly());
    QVERIFY(!find<QComboBox>(dialog, "ratingHasilCombo")->isEnabled());
    QVERIFY(!find<QPushButton>(dialog, "addRhkButton")->isEnabled());
    QVERIFY(!find<QPushButton>(dialog, "saveAppraisalButton")->isEnabled());
    const auto a = AppraisalRepository(*m_window->database()).find(dialog->appraisalId());
    QVERIFY(a.has_value());
    QCOMPARE(a->state, AppraisalState::Final);
    QCOMPARE(a->predikat, QStringLiteral("Sangat Baik"));
    QCOMPARE(a->employeeId, siti);

    // Reopening asks for a reason, which is logged.
    ui::ReasonPrompt::setNextReason(QStringLiteral("Bukti dukung belum lengkap"));
    click(dialog, "reopenAppraisalButton");
    QCOMPARE(dialog->appraisal().state, AppraisalState::Dinilai);
    QVERIFY(!dialog->isReadOnly());
    auto *log = find<QListWidget>(dialog, "appraisalLogList");
    QVERIFY(log->item(log->count() - 1)->text().contains(QStringLiteral("Bukti dukung")));

    find<QPushButton>(dialog, "closeAppraisalButton")->click();
    // The list shows the rated appraisal with its predikat.
    auto *model = m_window->appraisalsPage()->model();
    const int row = model->rowOfAppraisal(a->id);
    QCOMPARE(model->index(row, ui::AppraisalTableModel::PredikatColumn).data().toString(),
             QStringLiteral("Sangat Baik"));
}

void TestAppraisalScreens::badRealisasiIsRefusedAtTheField()
{
    qint64 periodId = 0;
    QVERIFY(PeriodRepository(*m_window->database()).create(Period::quarter(2026, 2), 0, &periodId));
    m_window->appraisalsPage()->reloadPeriods(periodId);
    createForUnit(m_f.mutasi);
    QCOMPARE(storedAppraisals(periodId), 5);
    ui::AppraisalDialog *dialog = openAppraisalOf(m_f.employees.at(6));
    QVERIFY(dialog);
    click(dialog, "addRhkButton");
    type(find<QLineEdit>(dialog, "rhkTextEdit_0"), QStringLiteral("Terlaksananya mutasi"));
    click(dialog, "addIndicatorButton");
    type(find<QLineEdit>(dialog, "indikatorEdit_0"), QStringLiteral("Jumlah SK"));
    auto *message = find<QLabel>(dialog, "indicatorMessage");
    type(find<QLineEdit>(dialog, "targetEdit_0"), QStringLiteral("0"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("more than 0")), qPrintable(message->text()));
    type(find<QLineEdit>(dialog, "targetEdit_0"), QStringLiteral("10"));
    QVERIFY(!message->isVisible());
    type(find<QLineEdit>(dialog, "realisasiEdit_0"), QStringLiteral("sepuluh"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("not a number")), qPrintable(message->text()));
    type(find<QLineEdit>(dialog, "realisasiEdit_0"), QStringLiteral("-2"));
    QVERIFY2(message->text().contains(QStringLiteral("negative")), qPrintable(message->text()));

    // Saving is refused with the reason; nothing is stored.
    const int shown = MessageBox::shownCount();
    click(dialog, "saveAppraisalButton");
    QCOMPARE(MessageBox::shownCount(), shown + 1);
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Cannot save the appraisal"));
    QVERIFY(AppraisalContent(*m_window->database()).rhk(dialog->appraisalId()).isEmpty());
    QVERIFY(dialog->isDirty());

    type(find<QLineEdit>(dialog, "realisasiEdit_0"), QStringLiteral("9,5"));
    QVERIFY(!message->isVisible());
    click(dialog, "saveAppraisalButton");
    QCOMPARE(AppraisalContent(*m_window->database()).rhk(dialog->appraisalId()).size(), 1);
    // Incomplete (no ratings): no score, and what is missing is listed.
    QCOMPARE(find<QLabel>(dialog, "predikatLabel")->text(), QStringLiteral("Incomplete"));
    QVERIFY(find<QListWidget>(dialog, "missingList")->count() > 0);
    find<QPushButton>(dialog, "closeAppraisalButton")->click();
}

void TestAppraisalScreens::cancelInBulkProgressLeavesNoAppraisals()
{
    qint64 periodId = 0;
    QVERIFY(PeriodRepository(*m_window->database()).create(Period::quarter(2026, 3), 0, &periodId));
    m_window->appraisalsPage()->reloadPeriods(periodId);
    bool cancelled = false;
    // Presses Cancel on the progress dialog as soon as it shows.
    QTimer::singleShot(0, this, [this, &cancelled] {
        auto *progress =
            m_window->findChild<QProgressDialog *>(QStringLiteral("bulkProgressDialog"));
        if (!progress)
            return;
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        cancelled = true;
    });
    createForUnit(m_f.root);
    QVERIFY(cancelled);
    QCOMPARE(storedAppraisals(periodId), 0);
    QCOMPARE(m_window->appraisalsPage()->model()->rowCount(), 0);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Cancelled")),
             qPrintable(MessageBox::lastText()));

    // Without cancel the same run creates them all.
    createForUnit(m_f.root);
    QCOMPARE(storedAppraisals(periodId), 27);
}

void TestAppraisalScreens::finalizeManyReportsTheSkipped()
{
    qint64 periodId = 0;
    QVERIFY(PeriodRepository(*m_window->database()).create(Period::quarter(2026, 4), 0, &periodId));
    m_window->appraisalsPage()->reloadPeriods(periodId);
    createForUnit(m_f.kecamatan);
    QVERIFY(storedAppraisals(periodId) > 0);
    auto *table = find<QTableView>(m_window, "appraisalTable");
    table->selectAll();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(m_window, "finalizeManyButton");
    // None is rated: all skipped, each with its reason.
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Skipped")),
             qPrintable(MessageBox::lastText()));
    AppraisalFilter filter;
    filter.periodId = periodId;
    filter.states = {AppraisalState::Final};
    QCOMPARE(AppraisalQuery(*m_window->database()).count(filter), 0);
}

void TestAppraisalScreens::copyForwardFromTheLatestEarlierPeriod()
{
    // 2026-Q1 has a plan for Siti; 2026-Q2 was skipped; 2026-Q3 is new.
    Database &db = *m_window->database();
    Period q1, q3;
    QVERIFY(Period::parse(QStringLiteral("2026-Q1"), &q1));
    QVERIFY(Period::parse(QStringLiteral("2026-Q3"), &q3));
    qint64 q1Id = 0, q3Id = 0;
    QVERIFY(PeriodRepository(db).create(q1, 0, &q1Id));
    QVERIFY(PeriodRepository(db).create(q3, 0, &q3Id));
    BulkReport report;
    QVERIFY(
        AppraisalBulk(db, QStringLiteral("test")).createForUnit(q1Id, m_f.bkpsdm, true, &report));
    const qint64 siti = m_f.employees.at(1);
    const auto appraisalOf = [&db, siti](qint64 periodId) {
        AppraisalFilter f;
        f.periodId = periodId;
        for (const AppraisalRow &r : AppraisalQuery(db).rows(f))
            if (r.employeeId == siti)
                return r.id;
        return qint64(0);
    };
    Rhk rhk;
    rhk.text = QStringLiteral("Tersusunnya data kepegawaian yang mutakhir");
    RhkIndicator ind;
    ind.indikator = QStringLiteral("Data pegawai yang dimutakhirkan");
    ind.target = QStringLiteral("100");
    ind.satuan = QStringLiteral("%");
    ind.realisasi = QStringLiteral("95");
    rhk.indicators << ind;
    QVERIFY(AppraisalContent(db).setRhk(appraisalOf(q1Id), {rhk}));

    m_window->appraisalsPage()->reloadPeriods(q3Id);
    createForUnit(m_f.bkpsdm);
    const qint64 target = appraisalOf(q3Id);
    QVERIFY(target != 0);
    QVERIFY(AppraisalContent(db).rhk(target).isEmpty());

    // The choice offers 2026-Q1 first (no 2026-Q2 exists); "Cancel" copies nothing.
    MessageBox::setNextAnswer(1); // the last choice: Cancel
    click(m_window, "copyForwardButton");
    QVERIFY(AppraisalContent(db).rhk(target).isEmpty());
    MessageBox::resetLog();
    MessageBox::setNextAnswer(0); // "From 2026-Q1"
    click(m_window, "copyForwardButton");
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("copied")),
             qPrintable(MessageBox::lastText()));
    const QVector<Rhk> copied = AppraisalContent(db).rhk(target);
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.first().text, rhk.text);
    QCOMPARE(copied.first().indicators.size(), 1);
    QCOMPARE(copied.first().indicators.first().target, QStringLiteral("100"));
    QVERIFY(copied.first().indicators.first().realisasi.isEmpty()); // targets, not results
}

QTEST_MAIN(TestAppraisalScreens)
#include "test_appraisal_screens.moc"
