#include "common/messagebox.h"
#include "shell/databasefiles.h"
#include "storage/database.h"
#include "support/files.h"
#include "support/uifixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kinerja;
using kinerja::ui::DatabaseFiles;
using kinerja::ui::MessageBox;

class TestDatabaseFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensOrCreatesTheGivenFile();
    void refusedFileIsLeftAloneOnQuit();
    void refusedFileOffersANewDatabase();
    void refusedFileOffersAnotherFile();
    void newDatabaseNeverReusesAnExistingFile();

private:
    QByteArray writeForeignFile(const QString &path);
    QByteArray contents(const QString &path);

    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
};

void TestDatabaseFiles::initTestCase()
{
    uifixture::isolateSettings(m_settings.path());
    QVERIFY(m_dir.isValid());
}

void TestDatabaseFiles::init()
{
    MessageBox::resetLog();
    MessageBox::clearNextAnswer();
    MessageBox::setDefaultAnswer(QMessageBox::Cancel);
}

QByteArray TestDatabaseFiles::writeForeignFile(const QString &path)
{
    const QByteArray bytes("name;nip\nBudi;19930121\n");
    support::writeFile(path, bytes);
    return bytes;
}

QByteArray TestDatabaseFiles::contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestDatabaseFiles::opensOrCreatesTheGivenFile()
{
    const QString path = m_dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
    std::unique_ptr<Database> db = DatabaseFiles::openAtStartup(path);
    QVERIFY(db);
    QVERIFY(db->isOpen());
    QCOMPARE(MessageBox::shownCount(), 0);
    QCOMPARE(DatabaseFiles::lastPath(), path);
}

void TestDatabaseFiles::refusedFileIsLeftAloneOnQuit()
{
    const QString path = m_dir.filePath(QStringLiteral("foreign.csv"));
    const QByteArray bytes = writeForeignFile(path);
    MessageBox::setNextAnswer(2); // Quit
    QVERIFY(!DatabaseFiles::openAtStartup(path));
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("foreign.csv")));
    QCOMPARE(contents(path), bytes);
}

void TestDatabaseFiles::refusedFileOffersANewDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("foreign2.csv"));
    const QByteArray bytes = writeForeignFile(path);
    const QString fresh = m_dir.filePath(QStringLiteral("fresh"));
    MessageBox::setNextAnswer(1); // Create new database…
    DatabaseFiles::setNextPath(fresh);
    std::unique_ptr<Database> db = DatabaseFiles::openAtStartup(path);
    QVERIFY(db);
    QCOMPARE(db->path(), fresh + QStringLiteral(".sqlite"));
    QCOMPARE(contents(path), bytes);
}

void TestDatabaseFiles::refusedFileOffersAnotherFile()
{
    const QString good = m_dir.filePath(QStringLiteral("good.sqlite"));
    {
        Database db;
        QVERIFY(db.open(good));
    }
    const QString path = m_dir.filePath(QStringLiteral("foreign3.csv"));
    writeForeignFile(path);
    MessageBox::setNextAnswer(0); // Open another file…
    DatabaseFiles::setNextPath(good);
    std::unique_ptr<Database> db = DatabaseFiles::openAtStartup(path);
    QVERIFY(db);
    QCOMPARE(db->path(), good);
}

void TestDatabaseFiles::newDatabaseNeverReusesAnExistingFile()
{
    const QString taken = m_dir.filePath(QStringLiteral("taken.sqlite"));
    writeForeignFile(taken);
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    DatabaseFiles::setNextPath(taken);
    DatabaseFiles::setNextPath(other);
    QCOMPARE(DatabaseFiles::askNewPath(nullptr), other);
    QCOMPARE(MessageBox::shownCount(), 1); // "already exists"
}

QTEST_MAIN(TestDatabaseFiles)
#include "test_database_files.moc"
