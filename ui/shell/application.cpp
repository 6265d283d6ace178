#include "application.h"

#include "common/icons.h"
#include "employees/employeedialog.h"
#include "employees/employeelistpanel.h"
#include "shell/databasefiles.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/serverconnect.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QPalette>
#include <QTimer>

namespace kinerja::ui {

namespace {

// Hidden options for documentation and visual checks: show the window (or
// the employee dialog for the first listed employee), save a PNG, quit.
void scheduleScreenshot(MainWindow &window, const QString &file, const QString &dialogFile)
{
    QTimer::singleShot(400, &window, [&window, file, dialogFile] {
        window.listPanel()->selectFirst();
        QApplication::processEvents();
        int status = 0;
        if (!file.isEmpty() && !window.grab().save(file))
            status = 1;
        const qint64 id = window.listPanel()->currentEmployeeId();
        if (!dialogFile.isEmpty() && window.database()) {
            auto *dialog = new EmployeeDialog(*window.database(), id, &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            QTimer::singleShot(300, dialog, [dialog, dialogFile, status] {
                const int result = dialog->grab().save(dialogFile) ? status : 1;
                dialog->close();
                QApplication::exit(result);
            });
            return;
        }
        QApplication::exit(status);
    });
}

} // namespace

int runApplication(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kinerja"));
    QApplication::setApplicationName(QStringLiteral("Kinerja"));
    QApplication::setApplicationVersion(QStringLiteral(KINERJA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("id.kinerja.Kinerja"));
    const QIcon appIcon = Icons::application();
    if (!appIcon.isNull())
        QApplication::setWindowIcon(appIcon);

    // Selections in the application's teal instead of the style's blue.
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Active, QPalette::Highlight, QColor(0x16, 0x7d, 0x78));
    palette.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x8c, 0xbf, 0xbb));
    palette.setColor(QPalette::Inactive, QPalette::HighlightedText, Qt::black);
    QApplication::setPalette(palette);

    Language::install(Language::configured());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "kinerja::ui::Application", "Employee records and performance appraisal for ASN."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringList{QStringLiteral("db")},
        QApplication::translate("kinerja::ui::Application",
                                "Open the database <file>, or the office server's database "
                                "postgresql://user@host:port/dbname."),
        QApplication::translate("kinerja::ui::Application", "file"));
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("kinerja::ui::Application",
                                "Save the main window as <png> and quit."),
        QApplication::translate("kinerja::ui::Application", "png"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption dialogShotOption(
        QStringLiteral("screenshot-dialog"),
        QApplication::translate("kinerja::ui::Application",
                                "Also save the employee dialog as <png>."),
        QApplication::translate("kinerja::ui::Application", "png"));
    dialogShotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(dbOption);
    parser.addOption(screenshotOption);
    parser.addOption(dialogShotOption);
    parser.process(app);

    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        path = DatabaseFiles::lastPath();
        if (path.isEmpty() || (!ServerAddress::isServerLocation(path) && !QFileInfo::exists(path)))
            path = Database::defaultPath();
    }
    std::unique_ptr<Database> db = ServerAddress::isServerLocation(path)
                                       ? ServerConnect::openAtStartup(path)
                                       : DatabaseFiles::openAtStartup(path);
    if (!db)
        return 1;

    MainWindow window(std::move(db));
    window.show();
    const QString shot = parser.value(screenshotOption);
    const QString dialogShot = parser.value(dialogShotOption);
    if (!shot.isEmpty() || !dialogShot.isEmpty())
        scheduleScreenshot(window, shot, dialogShot);
    return QApplication::exec();
}

} // namespace kinerja::ui
