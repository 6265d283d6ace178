#include "reports/auditdescription.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace kinerja;
using reports::AuditDescription;

namespace {

// 14:05 local time on 7 December 2026, as the trail stores it (UTC).
QDateTime fivepast2()
{
    return QDateTime(QDate(2026, 12, 7), QTime(14, 5)).toUTC();
}

AuditEntry entry(const QString &table, AuditEntry::Action action, const QJsonObject &before,
                 const QJsonObject &after)
{
    AuditEntry e;
    e.id = 42;
    e.at = fivepast2();
    e.login = QStringLiteral("ani");
    e.table = table;
    e.rowId = 7;
    e.action = action;
    e.oldValues = before;
    e.newValues = after;
    return e;
}

QJsonObject employee(const QString &jabatan, qint64 unitId, int version)
{
    return {{QStringLiteral("id"), 7},
            {QStringLiteral("name"), QStringLiteral("Ani Lestari")},
            {QStringLiteral("jabatan"), jabatan},
            {QStringLiteral("unit_id"), unitId},
            {QStringLiteral("status"), 0},
            {QStringLiteral("grade"), 32},
            {QStringLiteral("row_version"), version},
            {QStringLiteral("search_text"),
             QString(QStringLiteral("ani lestari ") + jabatan.toLower())}};
}

QString unitNames(const QString &column, qint64 id)
{
    if (column != QLatin1String("unit_id"))
        return {};
    return id == 1 ? QStringLiteral("Bagian Umum") : QString();
}

} // namespace

class TestAuditDescription : public QObject {
    Q_OBJECT
    QLocale m_previous;

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup() { QLocale::setDefault(m_previous); }

    void updateNamesEachChangedFieldOnly()
    {
        const AuditDescription describe(unitNames);
        // The jabatan changed; row_version and search_text follow every save and are not
        // news; the unchanged name and unit are left out.
        const AuditEntry e = entry(QStringLiteral("employee"), AuditEntry::Action::Update,
                                   employee(QStringLiteral("Analis"), 1, 3),
                                   employee(QStringLiteral("Analis Kebijakan"), 1, 4));
        QCOMPARE(describe.lines(e),
                 QStringList{QStringLiteral(
                     "14:05 7 Dec 2026 — ani changed Jabatan: 'Analis' → 'Analis Kebijakan'")});
        QCOMPARE(describe.summary(e), QStringLiteral("Jabatan: 'Analis' → 'Analis Kebijakan'"));
    }

    void valuesByTheirNames()
    {
        const AuditDescription describe(unitNames);
        QJsonObject before = employee(QStringLiteral("Analis"), 1, 1);
        QJsonObject after = employee(QStringLiteral("Analis"), 2, 2);
        after.insert(QStringLiteral("grade"), 33);
        after.insert(QStringLiteral("custom_flag"), 1);
        const QStringList lines = describe.lines(
            entry(QStringLiteral("employee"), AuditEntry::Action::Update, before, after));
        // By column name: custom_flag (unknown, shown as it is), grade, unit_id.
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0),
                 QStringLiteral("14:05 7 Dec 2026 — ani changed custom_flag: (none) → '1'"));
        QCOMPARE(lines.at(1),
                 QStringLiteral("14:05 7 Dec 2026 — ani changed Rank/grade: 'III/b' → 'III/c'"));
        // Unit 2 has no name here: its number.
        QCOMPARE(lines.at(2),
                 QStringLiteral("14:05 7 Dec 2026 — ani changed Unit: 'Bagian Umum' → '#2'"));

        const QJsonObject rated{{QStringLiteral("state"), 2},
                                {QStringLiteral("rating_hasil"), 2},
                                {QStringLiteral("score"), 87.5},
                                {QStringLiteral("predikat"), QStringLiteral("Baik")}};
        const QJsonObject submitted{{QStringLiteral("state"), 1},
                                    {QStringLiteral("rating_hasil"), QJsonValue::Null},
                                    {QStringLiteral("score"), QJsonValue::Null},
                                    {QStringLiteral("predikat"), QJsonValue::Null}};
        QCOMPARE(describe.summary(entry(QStringLiteral("appraisal"), AuditEntry::Action::Update,
                                        submitted, rated)),
                 QStringLiteral("Predikat: (none) → 'Baik'; "
                                "Rating hasil kerja: (none) → 'Di Atas Ekspektasi'; "
                                "Score: (none) → '87.5'; "
                                "Appraisal state: 'Submitted (diajukan)' → 'Rated (dinilai)'"));
    }

    void insertAndDeleteAreOneLine()
    {
        const AuditDescription describe;
        const AuditEntry added = entry(QStringLiteral("employee"), AuditEntry::Action::Insert, {},
                                       employee(QStringLiteral("Analis"), 1, 1));
        QCOMPARE(
            describe.lines(added),
            QStringList{QStringLiteral("14:05 7 Dec 2026 — ani added Employee 'Ani Lestari'")});
        const AuditEntry removed =
            entry(QStringLiteral("rhk_indicator"), AuditEntry::Action::Delete,
                  {{QStringLiteral("indikator"), QStringLiteral("Jumlah laporan")},
                   {QStringLiteral("target"), QStringLiteral("4")}},
                  {});
        QCOMPARE(describe.lines(removed),
                 QStringList{QStringLiteral(
                     "14:05 7 Dec 2026 — ani deleted RHK indicator 'Jumlah laporan'")});
        QCOMPARE(describe.summary(removed),
                 QStringLiteral("Deleted RHK indicator 'Jumlah laporan'"));
        // A row without a name, in a table Kinerja does not know: by table and number.
        const AuditEntry other = entry(QStringLiteral("x_table"), AuditEntry::Action::Insert, {},
                                       {{QStringLiteral("v"), 1}});
        QCOMPARE(describe.summary(other), QStringLiteral("Added x_table #7"));
        // An update that touched only bookkeeping is no line of a history; the admin
        // view's summary still says which row was saved.
        const AuditEntry touched = entry(QStringLiteral("employee"), AuditEntry::Action::Update,
                                         employee(QStringLiteral("Analis"), 1, 1),
                                         employee(QStringLiteral("Analis"), 1, 2));
        QCOMPARE(describe.lines(touched), QStringList());
        QCOMPARE(describe.summary(touched), QStringLiteral("Changed Employee 'Ani Lestari'"));
    }

    void indonesian()
    {
        // The UI language's notation (i18n::install sets QLocale() with the translation):
        // "7 Des 2026", a decimal comma. The wording comes from kinerja_id.ts.
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/kinerja_id")));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        const AuditDescription describe(unitNames);
        const QStringList lines =
            describe.lines(entry(QStringLiteral("employee"), AuditEntry::Action::Update,
                                 employee(QStringLiteral("Analis"), 1, 3),
                                 employee(QStringLiteral("Analis Kebijakan"), 1, 4)));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QStringLiteral("14:05 7 Des 2026 — ani ")),
                 qPrintable(lines.first()));
        QVERIFY2(lines.first().endsWith(QStringLiteral(": 'Analis' → 'Analis Kebijakan'")),
                 qPrintable(lines.first()));
        const QString score =
            describe.value(QStringLiteral("appraisal"), QStringLiteral("score"), 87.5, {});
        QCOMPARE(score, QStringLiteral("87,5"));
        const QString date =
            describe.value(QStringLiteral("employee"), QStringLiteral("state_date"),
                           QStringLiteral("2026-12-07"), {});
        QCOMPARE(date, QStringLiteral("7 Des 2026"));
        // Once kinerja_id.ts has the audit wording, the whole line is Indonesian.
        const QString changed =
            QCoreApplication::translate("kinerja::reports::AuditDescription", "%1 — %2 changed %3");
        if (changed != QString::fromUtf8("%1 — %2 changed %3"))
            QCOMPARE(lines.first(),
                     QStringLiteral(
                         "14:05 7 Des 2026 — ani mengubah Jabatan: 'Analis' → 'Analis Kebijakan'"));
        else
            qWarning("kinerja_id.ts does not translate the audit descriptions yet");
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_GUILESS_MAIN(TestAuditDescription)
#include "test_audit_description.moc"
