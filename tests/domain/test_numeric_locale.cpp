// Every Kinerja executable writes and reads numbers in the C library with a decimal
// point, whatever the desktop's locale (app/locale/numericlocale.cpp). This test is
// such an executable: it asks for id_ID.UTF-8 before its QCoreApplication exists.
#include <QCoreApplication>
#include <QLocale>
#include <QTest>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <langinfo.h>

class TestNumericLocale : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Without the locale the process would be in "C" anyway and prove nothing.
        QVERIFY2(std::setlocale(LC_MONETARY, "id_ID.UTF-8") != nullptr,
                 "the id_ID.UTF-8 locale is missing: run scripts/install-deps.sh");
    }

    void printfWritesADecimalPoint()
    {
        char text[32];
        std::snprintf(text, sizeof text, "%.2f|%g", 10.71, 0.0588);
        QCOMPARE(QByteArray(text), QByteArray("10.71|0.0588"));
        QCOMPARE(QByteArray(std::localeconv()->decimal_point), QByteArray("."));
    }

    void strtodReadsADecimalPoint() { QCOMPARE(std::strtod("0.7", nullptr), 0.7); }

    // Only the numbers: text stays UTF-8, and Qt still sees the user's locale.
    void theRestOfTheLocaleStays()
    {
        QCOMPARE(QByteArray(nl_langinfo(CODESET)), QByteArray("UTF-8"));
        QCOMPARE(QLocale::system().name(), QStringLiteral("id_ID"));
        QCOMPARE(QLocale::system().toString(87.43, 'f', 2), QStringLiteral("87,43"));
    }
};

int main(int argc, char *argv[])
{
    // As on an office PC: the whole locale Indonesian when the application starts.
    qputenv("LC_ALL", "id_ID.UTF-8");
    qputenv("LANG", "id_ID.UTF-8");
    QCoreApplication app(argc, argv);
    TestNumericLocale test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_numeric_locale.moc"
