// Where the export, print and import file dialogs start (FileFolders).
#include "common/filefolders.h"
#include "support/uifixture.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace kinerja::ui;

class TestFileFolders : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_settings;

    QString home(const QString &sub = QString()) const
    {
        return sub.isEmpty() ? QDir(m_home.path()).absolutePath()
                             : QDir(m_home.path()).absoluteFilePath(sub);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_settings.isValid());
        // A home of our own: Documents is $HOME/Documents when it exists.
        qputenv("HOME", m_home.path().toLocal8Bit());
        qunsetenv("XDG_DOCUMENTS_DIR");
        qputenv("XDG_CONFIG_HOME", home(QStringLiteral(".config")).toLocal8Bit());
        uifixture::isolateSettings(m_settings.path());
    }

    void init() { QSettings().clear(); }

    void homeWithoutDocumentsThenDocuments()
    {
        QCOMPARE(FileFolders::start(QStringLiteral("export")), home());
        QVERIFY(QDir().mkpath(home(QStringLiteral("Documents"))));
        QCOMPARE(FileFolders::start(QStringLiteral("export")), home(QStringLiteral("Documents")));
        QCOMPARE(
            FileFolders::suggest(QStringLiteral("export"), QStringLiteral("Rekap 2025-Q4.xlsx")),
            home(QStringLiteral("Documents/Rekap 2025-Q4.xlsx")));
    }

    void theLastFolderOfEachKindIsKept()
    {
        QVERIFY(QDir().mkpath(home(QStringLiteral("arsip/2025"))));
        QVERIFY(QDir().mkpath(home(QStringLiteral("cetak"))));
        // A chosen file's folder (the file need not exist yet: a save dialog names it).
        FileFolders::remember(QStringLiteral("export"), home(QStringLiteral("arsip/2025/r.xlsx")));
        // A chosen folder itself (one PDF per employee).
        FileFolders::remember(QStringLiteral("print"), home(QStringLiteral("cetak")));
        QCOMPARE(FileFolders::start(QStringLiteral("export")), home(QStringLiteral("arsip/2025")));
        QCOMPARE(FileFolders::start(QStringLiteral("print")), home(QStringLiteral("cetak")));
        QCOMPARE(FileFolders::suggest(QStringLiteral("export"), QStringLiteral("r2.xlsx")),
                 home(QStringLiteral("arsip/2025/r2.xlsx")));
        // Other kinds are not affected; an empty choice (cancelled dialog) changes nothing.
        QVERIFY(FileFolders::start(QStringLiteral("import")) != home(QStringLiteral("cetak")));
        FileFolders::remember(QStringLiteral("print"), QString());
        QCOMPARE(FileFolders::start(QStringLiteral("print")), home(QStringLiteral("cetak")));
    }

    void aRemovedFolderFallsBack()
    {
        QVERIFY(QDir().mkpath(home(QStringLiteral("Documents"))));
        QVERIFY(QDir().mkpath(home(QStringLiteral("flashdisk"))));
        FileFolders::remember(QStringLiteral("import"),
                              home(QStringLiteral("flashdisk/isian.xlsx")));
        QCOMPARE(FileFolders::start(QStringLiteral("import")), home(QStringLiteral("flashdisk")));
        QVERIFY(QDir(home(QStringLiteral("flashdisk"))).removeRecursively());
        QCOMPARE(FileFolders::start(QStringLiteral("import")), home(QStringLiteral("Documents")));
    }
};

QTEST_MAIN(TestFileFolders)
#include "test_file_folders.moc"
