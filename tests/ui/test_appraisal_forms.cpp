// The numeric and weighted appraisal forms driven through their widgets: a PP 46
// form gives the worked-example score, a PP 30 form its weighting, and a weighted
// form takes peer ratings (one colleague chosen in the picker, one anonymous),
// keeps the hidden name out of every list and drops a removed colleague.
#include "appraisals/appraisaldialog.h"
#include "appraisals/peerratingstable.h"
#include "common/messagebox.h"
#include "employees/employeepickerdialog.h"
#include "storage/appraisalbulk.h"
#include "storage/appraisalcontent.h"
#include "storage/appraisalquery.h"
#include "storage/appraisalrepository.h"
#include "storage/appraisalworkflow.h"
#include "storage/periodrepository.h"
#include "storage/schemerepository.h"
#include "support/find.h"
#include "support/tempdatabase.h"
#include "support/uifixture.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace kinerja;
using kinerja::ui::AppraisalDialog;
using kinerja::ui::MessageBox;
using support::find;

class TestAppraisalForms : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pp46FormGivesTheWorkedExampleScore();
    void resultAndLogInTheUiNotation();
    void typedNumbersFollowTheUiNotation();
    void pp30FormUsesItsWeighting();
    void weightedFormTakesPeerRatings();
    void unitHeadRatingFollowsTheUnitsAchievement();

private:
    // The appraisals of the fixture's BKPSDM under a new period with `schemeCode`.
    QVector<AppraisalRow> appraisalsUnder(const QString &schemeCode, const QString &period);
    static void setCell(QTableWidget *t, int row, int column, const QString &text)
    {
        QTableWidgetItem *item = t->item(row, column);
        QVERIFY2(item, qPrintable(QStringLiteral("cell %1,%2").arg(row).arg(column)));
        item->setText(text);
    }
    static int rowOf(QTableWidget *t, int column, const QString &startsWith)
    {
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, column) && t->item(r, column)->text().startsWith(startsWith))
                return r;
        return -1;
    }

    QTemporaryDir m_settings;
    std::unique_ptr<TempDatabase> m_temp;
    uifixture::Fixture m_f;
    Database *m_db = nullptr;
};

void TestAppraisalForms::initTestCase()
{
    uifixture::isolateSettings(m_settings.path());
    QApplication::setApplicationName(QStringLiteral("test_appraisal_forms"));
    // The English UI's notation whatever LANG is; Indonesian where named.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestAppraisalForms::init()
{
    m_temp = std::make_unique<TempDatabase>();
    m_db = &m_temp->open();
    m_f = uifixture::build(*m_db);
    MessageBox::resetLog();
    MessageBox::clearNextAnswer();
    MessageBox::setDefaultAnswer(QMessageBox::Cancel);
}

void TestAppraisalForms::cleanup()
{
    m_temp.reset();
    m_db = nullptr;
}

QVector<AppraisalRow> TestAppraisalForms::appraisalsUnder(const QString &schemeCode,
                                                          const QString &periodName)
{
    const auto scheme = SchemeRepository(*m_db).findByCode(schemeCode);
    Period period;
    if (!scheme || !Period::parse(periodName, &period))
        return {};
    qint64 periodId = 0;
    if (!PeriodRepository(*m_db).create(period, scheme->latestVersionId, &periodId))
        return {};
    BulkReport report;
    if (!AppraisalBulk(*m_db, QStringLiteral("test"))
             .createForUnit(periodId, m_f.bkpsdm, true, &report))
        return {};
    AppraisalFilter filter;
    filter.periodId = periodId;
    return AppraisalQuery(*m_db).rows(filter);
}

void TestAppraisalForms::pp46FormGivesTheWorkedExampleScore()
{
    const QVector<AppraisalRow> rows =
        appraisalsUnder(QStringLiteral("pp46"), QStringLiteral("2026-Q1"));
    QVERIFY(rows.size() > 1);
    AppraisalDialog dialog(*m_db, rows.first().id);
    dialog.show();
    auto *kegiatan = find<QTableWidget>(&dialog, "kegiatanTable");
    QTest::mouseClick(find<QPushButton>(&dialog, "addKegiatanButton"), Qt::LeftButton);
    QCOMPARE(kegiatan->rowCount(), 1);
    // TO 10 RO 10, TK 100 RK 100, TW 5 RW 4 (efisiensi 20% → Waktu 96), no cost.
    const QStringList cells =
        QStringLiteral("Menyusun laporan|10|10|100|100|5|4|hari").split(QLatin1Char('|'));
    for (int c = 0; c < cells.size(); ++c)
        setCell(kegiatan, 0, c, cells.at(c));
    auto *aspects = find<QTableWidget>(&dialog, "aspectTable");
    QVERIFY(aspects->rowCount() >= 5);
    for (int r = 0; r < aspects->rowCount(); ++r)
        setCell(aspects, r, 1, QStringLiteral("80"));
    QVERIFY(dialog.isDirty());
    QVERIFY(dialog.save());

    // (100 + 100 + 96) / 3 = 98.67; 60% × 98.67 + 40% × 80 = 91.2 → Sangat Baik.
    const auto a = AppraisalRepository(*m_db).find(rows.first().id);
    QVERIFY(a && a->score);
    QVERIFY(qAbs(*a->score - 91.2) < 1e-9);
    QCOMPARE(a->predikat, QStringLiteral("Sangat Baik"));
    QVERIFY2(find<QLabel>(&dialog, "scoreLabel")->text().contains(QStringLiteral("91")),
             qPrintable(find<QLabel>(&dialog, "scoreLabel")->text()));

    // A negative realisation is refused at the field and nothing is saved.
    setCell(kegiatan, 0, 2, QStringLiteral("-3"));
    MessageBox::resetLog();
    QVERIFY(!dialog.save());
    QVERIFY(MessageBox::shownCount() > 0);
    const auto again = AppraisalRepository(*m_db).find(rows.first().id);
    QVERIFY(qAbs(*again->score - 91.2) < 1e-9);
    QCOMPARE(AppraisalContent(*m_db)
                 .kegiatan(rows.first().id)
                 .first()
                 .kegiatan.realKuantitas.value_or(-1),
             10.0);
    MessageBox::setDefaultAnswer(QMessageBox::Discard);
}

void TestAppraisalForms::resultAndLogInTheUiNotation()
{
    // The worked example (91.2) under the Indonesian UI: the score, the unrounded value,
    // the explanation's formulas and the history's timestamps are in its notation.
    const QVector<AppraisalRow> rows =
        appraisalsUnder(QStringLiteral("pp46"), QStringLiteral("2026-Q2"));
    QVERIFY(!rows.isEmpty());
    const qint64 id = rows.first().id;
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    MessageBox::setDefaultAnswer(QMessageBox::Discard);
    {
        AppraisalDialog dialog(*m_db, id);
        dialog.show();
        QTest::mouseClick(find<QPushButton>(&dialog, "addKegiatanButton"), Qt::LeftButton);
        const QStringList cells =
            QStringLiteral("Menyusun laporan|10|10|100|100|5|4|hari").split(QLatin1Char('|'));
        for (int c = 0; c < cells.size(); ++c)
            setCell(find<QTableWidget>(&dialog, "kegiatanTable"), 0, c, cells.at(c));
        auto *aspects = find<QTableWidget>(&dialog, "aspectTable");
        for (int r = 0; r < aspects->rowCount(); ++r)
            setCell(aspects, r, 1, QStringLiteral("80"));
        QVERIFY2(dialog.save(), qPrintable(MessageBox::lastText()));
    }
    QVERIFY(AppraisalWorkflow(*m_db, QStringLiteral("operator")).submit(id));
    const auto texts = [](QTableWidget *t) {
        QStringList all;
        for (int r = 0; r < t->rowCount(); ++r)
            for (int c = 0; c < t->columnCount(); ++c)
                all << (t->item(r, c) ? t->item(r, c)->text() : QString());
        return all.join(QLatin1Char('\n'));
    };
    {
        AppraisalDialog dialog(*m_db, id);
        dialog.show();
        const QString score = find<QLabel>(&dialog, "scoreLabel")->text();
        QVERIFY2(score.contains(QStringLiteral("<b>91,20</b>")) &&
                     score.contains(QStringLiteral("91,2)")),
                 qPrintable(score));
        const QString steps = texts(find<QTableWidget>(&dialog, "explanationTable"));
        QVERIFY2(steps.contains(QStringLiteral("98,6666666666667")), qPrintable(steps));
        QVERIFY2(steps.contains(QStringLiteral("1,76 × 5")), qPrintable(steps));
        QVERIFY2(steps.contains(QStringLiteral("91,20")), qPrintable(steps)); // rounded step
        QVERIFY2(!steps.contains(QRegularExpression(QStringLiteral("\\d\\.\\d"))),
                 qPrintable(steps));
        // The kegiatan's fields show what they read back; the aspects stay as typed.
        QCOMPARE(find<QTableWidget>(&dialog, "kegiatanTable")->item(0, 5)->text(),
                 QStringLiteral("5"));
        auto *log = find<QListWidget>(&dialog, "appraisalLogList");
        QVERIFY(log->count() > 0);
        // One timestamp format: "7 Des 2026 06.05", not the short "07/12/26 06.05".
        const QRegularExpression stamp(
            QStringLiteral("^\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}\\.\\d{2} · "));
        const QString last = log->item(log->count() - 1)->text();
        QVERIFY2(stamp.match(last).hasMatch(), qPrintable(last));
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    AppraisalDialog dialog(*m_db, id);
    dialog.show();
    const QString score = find<QLabel>(&dialog, "scoreLabel")->text();
    QVERIFY2(score.contains(QStringLiteral("<b>91.20</b>")), qPrintable(score));
    const QString steps = texts(find<QTableWidget>(&dialog, "explanationTable"));
    QVERIFY2(steps.contains(QStringLiteral("98.6666666666667")), qPrintable(steps));
    auto *log = find<QListWidget>(&dialog, "appraisalLogList");
    const QString last = log->item(log->count() - 1)->text();
    const QRegularExpression stamp(
        QStringLiteral("^\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{1,2}:\\d{2}\\s?[AP]M · "));
    QVERIFY2(stamp.match(last).hasMatch(), qPrintable(last));
}

// A kegiatan amount typed as "2.125" is 2.125 in the English UI and 2125 in the
// Indonesian one (where 2.125 is written "2,125"); either way the form shows it back as
// typed, so saving again keeps the value.
void TestAppraisalForms::typedNumbersFollowTheUiNotation()
{
    const QVector<AppraisalRow> rows =
        appraisalsUnder(QStringLiteral("pp46"), QStringLiteral("2026-Q1"));
    QVERIFY(rows.size() > 1);
    struct Case {
        QLocale locale;
        qint64 id;
        QString typed;
        double stored;
        QString shown;
    };
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    const Case cases[] = {
        {english, rows.at(0).id, QStringLiteral("2.125"), 2.125, QStringLiteral("2.125")},
        {indonesian, rows.at(1).id, QStringLiteral("2.125"), 2125, QStringLiteral("2125")},
        {indonesian, rows.at(1).id, QStringLiteral("2,125"), 2.125, QStringLiteral("2,125")}};
    for (const Case &c : cases) {
        QLocale::setDefault(c.locale);
        {
            AppraisalDialog dialog(*m_db, c.id);
            dialog.show();
            auto *kegiatan = find<QTableWidget>(&dialog, "kegiatanTable");
            if (kegiatan->rowCount() == 0)
                QTest::mouseClick(find<QPushButton>(&dialog, "addKegiatanButton"), Qt::LeftButton);
            const QStringList cells{QStringLiteral("Menyusun laporan"),
                                    c.typed,
                                    c.typed,
                                    QStringLiteral("100"),
                                    QStringLiteral("100"),
                                    QStringLiteral("5"),
                                    QStringLiteral("5"),
                                    QStringLiteral("hari")};
            for (int col = 0; col < cells.size(); ++col)
                setCell(kegiatan, 0, col, cells.at(col));
            auto *aspects = find<QTableWidget>(&dialog, "aspectTable");
            for (int r = 0; r < aspects->rowCount(); ++r)
                setCell(aspects, r, 1, QStringLiteral("80"));
            QVERIFY2(dialog.save(), qPrintable(c.typed));
        }
        const Kegiatan k = AppraisalContent(*m_db).kegiatan(c.id).first().kegiatan;
        QCOMPARE(k.targetKuantitas, c.stored);
        QCOMPARE(k.realKuantitas.value_or(-1), c.stored);

        AppraisalDialog again(*m_db, c.id);
        again.show();
        auto *kegiatan = find<QTableWidget>(&again, "kegiatanTable");
        QCOMPARE(kegiatan->item(0, 1)->text(), c.shown);
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestAppraisalForms::pp30FormUsesItsWeighting()
{
    const QVector<AppraisalRow> rows =
        appraisalsUnder(QStringLiteral("pp30"), QStringLiteral("2026-Q2"));
    QVERIFY(!rows.isEmpty());
    AppraisalDialog dialog(*m_db, rows.first().id);
    dialog.show();
    auto *capaian = find<QLineEdit>(&dialog, "capaianSkpEdit");
    QVERIFY(capaian->isVisible());
    QVERIFY(!find<QTableWidget>(&dialog, "kegiatanTable")->isVisible());
    capaian->setFocus();
    QTest::keyClicks(capaian, QStringLiteral("100"));
    auto *aspects = find<QTableWidget>(&dialog, "aspectTable");
    for (int r = 0; r < aspects->rowCount(); ++r)
        setCell(aspects, r, 1, QStringLiteral("90"));
    QVERIFY(dialog.save());
    // 70% × 100 + 30% × 90 = 97 → Baik (90 ≤ x ≤ 120).
    const auto a = AppraisalRepository(*m_db).find(rows.first().id);
    QVERIFY(a && a->score);
    QVERIFY(qAbs(*a->score - 97.0) < 1e-9);
    QCOMPARE(a->predikat, QStringLiteral("Baik"));
}

void TestAppraisalForms::weightedFormTakesPeerRatings()
{
    const QVector<AppraisalRow> rows =
        appraisalsUnder(QStringLiteral("weighted-default"), QStringLiteral("2026-Q3"));
    QVERIFY(rows.size() >= 3);
    const AppraisalRow &me = rows.at(0);
    const AppraisalRow &open = rows.at(1);   // chosen in the picker
    const AppraisalRow &hidden = rows.at(2); // added anonymous
    MessageBox::setDefaultAnswer(QMessageBox::Discard);
    {
        AppraisalDialog dialog(*m_db, me.id);
        dialog.show();
        auto *peers = find<QTableWidget>(&dialog, "peerRatingTable");
        QCOMPARE(peers->rowCount(), 0);
        QCOMPARE(peers->columnCount(), 3); // colleague, hide name, "kualitas layanan"

        // "Add colleague…" opens the picker; choose `open` by NIP.
        bool picked = false;
        QTimer::singleShot(0, this, [&] {
            auto *picker =
                qobject_cast<ui::EmployeePickerDialog *>(QApplication::activeModalWidget());
            if (!picker)
                return;
            QTest::keyClicks(find<QLineEdit>(picker, "pickerFilterEdit"), open.nip);
            picked = picker->selectedId() == open.employeeId;
            picker->accept();
        });
        QTest::mouseClick(find<QPushButton>(&dialog, "addPeerButton"), Qt::LeftButton);
        QVERIFY(picked);
        QCOMPARE(peers->rowCount(), 1);
        QCOMPARE(peers->item(0, 0)->text(), open.name);
        setCell(peers, 0, 2, QStringLiteral("4"));

        dialog.findChild<ui::PeerRatingsTable *>()->addPeer(hidden.employeeId, hidden.name);
        QCOMPARE(peers->rowCount(), 2);
        peers->item(1, 1)->setCheckState(Qt::Checked);
        QCOMPARE(peers->item(1, 0)->text(), QStringLiteral("(name hidden)"));
        setCell(peers, 1, 2, QStringLiteral("5"));

        auto *main = find<QTableWidget>(&dialog, "weightedRatingTable");
        QCOMPARE(rowOf(main, 3, QStringLiteral("Peers")), -1); // peers have their own table
        for (int r = 0; r < main->rowCount(); ++r) {
            const QString scale = main->item(r, 2)->text();
            setCell(main, r, 4,
                    scale.startsWith(QStringLiteral("Scale 1"))   ? QStringLiteral("4")
                    : scale.contains(QStringLiteral("target 3"))  ? QStringLiteral("2")
                    : scale.contains(QStringLiteral("target 20")) ? QStringLiteral("24")
                                                                  : QStringLiteral("85"));
        }
        QVERIFY2(dialog.save(), qPrintable(MessageBox::lastText()));
        QVERIFY(find<QLabel>(&dialog, "scoreLabel")
                    ->text()
                    .contains(QRegularExpression(QStringLiteral("\\d"))));
    }
    const AppraisalContent content(*m_db);
    QVector<WeightedEntry> stored;
    for (const WeightedEntry &e : content.weightedRatings(me.id))
        if (e.source == RaterSource::Peers)
            stored << e;
    QCOMPARE(stored.size(), 2);
    int anonymous = 0;
    for (const WeightedEntry &e : stored) {
        if (e.hideName) {
            ++anonymous;
            QVERIFY(e.raterName.isEmpty());
            QCOMPARE(e.raterId, 0);
            QCOMPARE(e.value, 5.0);
        } else {
            QCOMPARE(e.raterName, open.name);
            QCOMPARE(e.value, 4.0);
        }
    }
    QCOMPARE(anonymous, 1);
    const auto scored = AppraisalRepository(*m_db).find(me.id);
    QVERIFY(scored && scored->score);

    // Reopened: the anonymous colleague still shows without a name; removing the
    // named one drops their rating and changes the score (peer average 4.5 → 5).
    {
        AppraisalDialog dialog(*m_db, me.id);
        dialog.show();
        auto *peers = find<QTableWidget>(&dialog, "peerRatingTable");
        QCOMPARE(peers->rowCount(), 2);
        const int anonRow = rowOf(peers, 0, QStringLiteral("(name hidden)"));
        QVERIFY(anonRow >= 0);
        QCOMPARE(peers->item(anonRow, 1)->checkState(), Qt::Checked);
        const int namedRow = rowOf(peers, 0, open.name);
        QVERIFY(namedRow >= 0);
        peers->setCurrentCell(namedRow, 0);
        QTest::mouseClick(find<QPushButton>(&dialog, "removePeerButton"), Qt::LeftButton);
        QCOMPARE(peers->rowCount(), 1);
        QVERIFY(dialog.save());
    }
    QVector<WeightedEntry> left;
    for (const WeightedEntry &e : content.weightedRatings(me.id, true))
        if (e.source == RaterSource::Peers)
            left << e;
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().raterId, hidden.employeeId);
    const auto rescored = AppraisalRepository(*m_db).find(me.id);
    QVERIFY(rescored && rescored->score);
    QVERIFY(*rescored->score > *scored->score);
}

void TestAppraisalForms::unitHeadRatingFollowsTheUnitsAchievement()
{
    const QVector<AppraisalRow> rows =
        appraisalsUnder(QStringLiteral("permenpan2022"), QStringLiteral("2026-Q4"));
    const qint64 headId = m_f.employees.at(0); // heads BKPSDM
    qint64 headAppraisal = 0;
    qint64 staffAppraisal = 0;
    for (const AppraisalRow &r : rows) {
        if (r.employeeId == headId)
            headAppraisal = r.id;
        else if (r.unitId == m_f.bkpsdm)
            staffAppraisal = r.id;
    }
    QVERIFY(headAppraisal && staffAppraisal);
    {
        // No capaian recorded yet: no rule shown.
        AppraisalDialog dialog(*m_db, headAppraisal);
        dialog.show();
        QVERIFY(!find<QLabel>(&dialog, "unitHeadRuleLabel")->isVisible());
    }
    OrganisationAchievement org;
    org.periodId = AppraisalRepository(*m_db).find(headAppraisal)->periodId;
    org.unitId = m_f.bkpsdm;
    org.predikat = OrganisationPredikat::Istimewa;
    QVERIFY(PeriodRepository(*m_db).setOrganisationAchievement(org));

    AppraisalDialog dialog(*m_db, headAppraisal);
    dialog.show();
    dialog.findChild<QTabWidget *>(QStringLiteral("appraisalTabs"))
        ->setCurrentWidget(find<QWidget>(&dialog, "feedbackEditor"));
    auto *rule = find<QLabel>(&dialog, "unitHeadRuleLabel");
    QVERIFY(rule->isVisible());
    QVERIFY2(rule->text().contains(QStringLiteral("Istimewa")) &&
                 rule->text().contains(QStringLiteral("Di Atas Ekspektasi")),
             qPrintable(rule->text()));
    auto *use = find<QPushButton>(&dialog, "useUnitHeadRatingButton");
    QVERIFY(use->isEnabled());
    QTest::mouseClick(use, Qt::LeftButton);
    QVERIFY(!use->isEnabled()); // the rating now follows the rule
    QVERIFY(dialog.save());
    QCOMPARE(AppraisalRepository(*m_db).find(headAppraisal)->ratingHasil,
             std::optional<Rating>(Rating::DiAtasEkspektasi));

    AppraisalDialog staff(*m_db, staffAppraisal);
    staff.show();
    QVERIFY(!find<QLabel>(&staff, "unitHeadRuleLabel")->isVisible());
    QVERIFY(!find<QPushButton>(&staff, "useUnitHeadRatingButton")->isVisible());
}

QTEST_MAIN(TestAppraisalForms)
#include "test_appraisal_forms.moc"
