// Walks the GUI under the Indonesian translation (every page of the main window,
// every dialog its menus and pages open, Qt's own file dialog, print dialog and
// print preview) and fails on a visible English word.
//
// What counts as English: the words of the English source texts in
// translations/kinerja_id.ts (Kinerja's and the Qt contexts of qtstrings.cpp)
// plus a list of common English words, minus every word that also occurs in an
// Indonesian translation (acronyms, proper nouns and words both languages share:
// NIP, PDF, unit, data, status, target, final...). Entries whose translation
// equals the source teach nothing either way: an untranslated "Draft" left as
// "Draft" does not make "draft" Indonesian.
#include "appraisals/appraisalspage.h"
#include "charts/chartspage.h"
#include "common/messagebox.h"
#include "demo/demogenerator.h"
#include "employees/employeelistpanel.h"
#include "i18n.h"
#include "periods/periodspage.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "support/tempdatabase.h"
#include "support/uifixture.h"
#include "units/unittreepanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTimer>
#include <QValueAxis>
#include <QXmlStreamReader>
#include <functional>

using namespace kinerja;
using kinerja::ui::MainWindow;
using kinerja::ui::MessageBox;

namespace {

// Common English words that Kinerja's own source texts may lack but Qt's
// dialogs use; anything here that Indonesian also uses is removed again.
const char *const kCommonEnglish[] = {
    "about",     "all",      "and",         "are",      "back",      "bottom",    "cancel",
    "close",     "collate",  "color",       "computer", "copies",    "copy",      "create",
    "current",   "cut",      "date",        "delete",   "detail",    "directory", "draft",
    "edge",      "export",   "facing",      "file",     "files",     "first",     "fit",
    "folder",    "for",      "forward",     "from",     "grayscale", "help",      "hidden",
    "landscape", "last",     "layout",      "left",     "list",      "location",  "look",
    "margins",   "modified", "name",        "new",      "next",      "of",        "off",
    "open",      "options",  "orientation", "output",   "overview",  "page",      "pages",
    "paper",     "parent",   "paste",       "places",   "portrait",  "preview",   "previous",
    "print",     "printer",  "properties",  "range",    "recent",    "redo",      "remove",
    "rename",    "reverse",  "right",       "save",     "select",    "selection", "settings",
    "show",      "side",     "single",      "size",     "source",    "the",       "this",
    "top",       "type",     "undo",        "view",     "width",     "with",      "zoom",
};

// English words that an Indonesian translation let slip in once ("Hanya draft
// yang dapat dihapus", "sheet %1, baris %2") must not become Indonesian by that:
// these stay English whatever the translations hold (KBBI: draf, lembar, opsi).
const char *const kAlwaysEnglish[] = {
    "draft",   "seed",    "sheet",    "options",    "look",        "modified", "directory",
    "preview", "printer", "settings", "properties", "proprietary", "the",      "of",
};

// Words that may appear in English-looking form although Indonesian UI text is
// right: proper nouns and names of things, the program's own name.
const char *const kAllowed[] = {
    "qt",      // "Tentang Qt"
    "kinerja", // the program
};

QString clean(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    static const QRegularExpression noise(QStringLiteral(
        // command-line options, <placeholders>, paths, file names and URLs
        R"((?<!\S)--?[\w-]+|<[^>]*>|\S*[/\\]\S*|\S+\.\w{2,6}\b|The Qt Company Ltd|)"
        // codes such as the scheme code "weighted-default"
        R"(\b[a-z0-9]+(?:-[a-z0-9]+)+\b)"));
    text.replace(noise, QStringLiteral(" "));
    return text;
}

QStringList words(const QString &text)
{
    static const QRegularExpression word(QStringLiteral(R"(\p{L}{2,})"));
    QStringList out;
    for (auto it = word.globalMatch(clean(text)); it.hasNext();)
        out << it.next().captured().toLower();
    return out;
}

struct Finding {
    QString where;
    QString text;
    QStringList english;
};

} // namespace

class TestIndonesianUi : public QObject, uifixture::MainWindowTest {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void vocabularyKnowsEnglish();
    void mainWindowPages();
    void menuDialogs();
    void pageDialogs();
    void commandLineHelp();
    void textFieldMenus();

private:
    void loadVocabulary();
    QStringList englishWords(const QString &text) const;
    void check(const QString &where, const QString &text);
    void collect(QWidget *root, const QString &where);
    void collectChart(QChartView *view, const QString &where);
    // Runs `trigger`; every modal dialog that opens meanwhile, and every new
    // window left open afterwards, is collected, explored and closed.
    void whileDialogs(const std::function<void()> &trigger, const QString &where);
    void visitDialog(QWidget *dialog, const QString &where);
    void click(QWidget *dialog, const char *name, const QString &where);
    void visitFileDialog(QFileDialog *dialog);
    void triggerAction(const QString &name);
    QString describe(const QWidget *w) const;
    void report();

    QSet<QString> m_english;
    QVector<Finding> m_findings;
    QSet<QString> m_seen;
    QSet<QString> m_shown; // every text checked
    QTemporaryDir m_files;
    int m_dialogs = 0;
};

void TestIndonesianUi::loadVocabulary()
{
    QFile file(QStringLiteral(KINERJA_TS_ID));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QSet<QString> english;
    QSet<QString> indonesian;
    QXmlStreamReader xml(&file);
    QString source;
    QString translation;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            source.clear();
            translation.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && (xml.name() == QLatin1String("translation") ||
                                            xml.name() == QLatin1String("numerusform"))) {
            if (xml.name() == QLatin1String("translation") &&
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished")) {
                xml.skipCurrentElement();
                continue;
            }
            // <translation> of a plural holds <numerusform> elements.
            const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            translation += QLatin1Char(' ') + t;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (translation.trimmed() == source)
                continue;
            for (const QString &w : words(source))
                english.insert(w);
            for (const QString &w : words(translation))
                indonesian.insert(w);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (const char *w : kCommonEnglish)
        english.insert(QLatin1String(w));
    for (const QString &w : std::as_const(indonesian))
        english.remove(w);
    for (const char *w : kAlwaysEnglish)
        english.insert(QLatin1String(w));
    for (const char *w : kAllowed)
        english.remove(QLatin1String(w));
    m_english = english;
}

QStringList TestIndonesianUi::englishWords(const QString &text) const
{
    QStringList found;
    for (const QString &w : words(text)) {
        if (m_english.contains(w) && !found.contains(w))
            found << w;
    }
    return found;
}

void TestIndonesianUi::check(const QString &where, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    const QString key = where + QLatin1Char('\x02') + text;
    if (m_seen.contains(key))
        return;
    m_seen.insert(key);
    m_shown.insert(text);
    const QStringList english = englishWords(text);
    if (!english.isEmpty())
        m_findings.append({where, text, english});
}

QString TestIndonesianUi::describe(const QWidget *w) const
{
    QString name = w->objectName();
    for (const QWidget *p = w->parentWidget(); name.isEmpty() && p; p = p->parentWidget())
        name = p->objectName().isEmpty() ? QString() : p->objectName() + QStringLiteral("/…");
    return QLatin1String(w->metaObject()->className()) + QLatin1Char(' ') + name;
}

void TestIndonesianUi::collectChart(QChartView *view, const QString &where)
{
    QChart *chart = view->chart();
    if (!chart)
        return;
    check(where, chart->title());
    for (QAbstractSeries *series : chart->series()) {
        check(where, series->name());
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                check(where, set->label());
        }
    }
    for (QAbstractAxis *axis : chart->axes()) {
        check(where, axis->titleText());
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            for (const QString &c : categories->categories())
                check(where, c);
        }
    }
    for (QLegendMarker *marker : chart->legend()->markers())
        check(where, marker->label());
}

void TestIndonesianUi::collect(QWidget *root, const QString &where)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        const QString at = where + QStringLiteral(": ") + describe(w);
        if (w->isWindow())
            check(at, w->windowTitle());
        check(at, w->toolTip());
        check(at, w->whatsThis());
        for (QAction *a : w->actions()) {
            check(at, a->text());
            check(at, a->toolTip());
        }
        if (auto *label = qobject_cast<QLabel *>(w)) {
            check(at, label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            check(at, button->text());
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            check(at, box->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                check(at, tabs->tabText(i));
                check(at, tabs->tabToolTip(i));
            }
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                // Each language is offered in its own name, and paper sizes keep
                // the names of their standards (Letter, Legal, Note, Executive).
                if (combo->objectName() == QLatin1String("languageCombo") &&
                    combo->itemText(i) == QLatin1String("English"))
                    continue;
                if (combo->objectName() == QLatin1String("pageSizeCombo"))
                    continue;
                check(at, combo->itemText(i));
            }
            if (combo->lineEdit())
                check(at, combo->lineEdit()->placeholderText());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            check(at, edit->placeholderText());
        } else if (auto *text = qobject_cast<QTextEdit *>(w)) {
            check(at, text->placeholderText());
            if (text->isReadOnly())
                check(at, text->toPlainText());
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            check(at, plain->placeholderText());
            if (plain->isReadOnly())
                check(at, plain->toPlainText());
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (QAbstractItemModel *model = header->model()) {
                const int n = header->orientation() == Qt::Horizontal ? model->columnCount()
                                                                      : model->rowCount();
                for (int i = 0; i < n && i < 60; ++i) {
                    if (header->isSectionHidden(i))
                        continue;
                    check(at, model->headerData(i, header->orientation()).toString());
                    check(at,
                          model->headerData(i, header->orientation(), Qt::ToolTipRole).toString());
                }
            }
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            // The first rows of every list, table and tree: state names, built-in data.
            // Not the file dialog's places: the home folder has the user's name.
            QAbstractItemModel *model = view->model();
            if (model && qstrcmp(view->metaObject()->className(), "QSidebar") != 0) {
                const QModelIndex rootIndex = view->rootIndex();
                for (int r = 0; r < model->rowCount(rootIndex) && r < 40; ++r) {
                    for (int c = 0; c < model->columnCount(rootIndex) && c < 30; ++c) {
                        const QModelIndex index = model->index(r, c, rootIndex);
                        check(at, index.data(Qt::DisplayRole).toString());
                        check(at, index.data(Qt::ToolTipRole).toString());
                    }
                }
            }
        } else if (auto *chart = qobject_cast<QChartView *>(w)) {
            collectChart(chart, at);
        }
    }
}

void TestIndonesianUi::whileDialogs(const std::function<void()> &trigger, const QString &where)
{
    QSet<QWidget *> before;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible())
            before.insert(w);
    }
    QSet<QWidget *> handled;
    QTimer timer;
    timer.setInterval(20);
    connect(&timer, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || handled.contains(modal) || before.contains(modal))
            return;
        handled.insert(modal);
        QPointer<QWidget> guard(modal);
        visitDialog(modal, where);
        if (auto *dialog = qobject_cast<QDialog *>(guard.data()))
            dialog->reject();
        else if (guard)
            guard->close();
    });
    timer.start();
    trigger();
    timer.stop();
    QApplication::processEvents();
    // Dialogs shown with open() or show() are still there.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (!w->isVisible() || before.contains(w) || handled.contains(w) ||
            qobject_cast<QMenu *>(w))
            continue;
        QPointer<QWidget> guard(w);
        handled.insert(w);
        visitDialog(w, where);
        if (auto *dialog = qobject_cast<QDialog *>(guard.data()))
            dialog->reject();
        if (guard)
            guard->close();
    }
    QApplication::processEvents();
}

void TestIndonesianUi::click(QWidget *dialog, const char *name, const QString &where)
{
    auto *button = dialog->findChild<QAbstractButton *>(QLatin1String(name));
    if (!button || !button->isEnabled())
        return;
    whileDialogs([button] { button->click(); }, where + QLatin1String(" → ") + button->text());
}

void TestIndonesianUi::visitFileDialog(QFileDialog *dialog)
{
    // The files of an empty folder of the test, in the detail view with its headers.
    dialog->setDirectory(m_files.path());
    dialog->setViewMode(QFileDialog::Detail);
    QTest::qWait(150);
}

void TestIndonesianUi::visitDialog(QWidget *dialog, const QString &where)
{
    ++m_dialogs;
    const QString at = where + QStringLiteral(" [") +
                       QLatin1String(dialog->metaObject()->className()) + QLatin1Char(' ') +
                       dialog->objectName() + QLatin1Char(']');
    if (auto *files = qobject_cast<QFileDialog *>(dialog))
        visitFileDialog(files);
    QTest::qWait(30);
    // KINERJA_UI_SHOTS=<folder> saves a picture of every dialog, to look at.
    const QString shots = qEnvironmentVariable("KINERJA_UI_SHOTS");
    if (!shots.isEmpty()) {
        dialog->grab().save(QStringLiteral("%1/%2-%3.png")
                                .arg(shots)
                                .arg(m_dialogs, 2, 10, QLatin1Char('0'))
                                .arg(QLatin1String(dialog->metaObject()->className())));
    }
    collect(dialog, at);
    // Every tab of every tab widget.
    for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            collect(dialog, at);
        }
    }
    // The dialogs these dialogs open in turn.
    const QString name = dialog->objectName();
    if (name == QLatin1String("printDialog")) {
        click(dialog, "printPreviewButton", at);
        click(dialog, "printPrintButton", at);
        click(dialog, "printSaveButton", at);
    } else if (name == QLatin1String("importDialog")) {
        click(dialog, "importFileButton", at);
    } else if (name == QLatin1String("agencyDialog")) {
        click(dialog, "agencyChooseLogo", at);
    } else if (auto *print = qobject_cast<QPrintDialog *>(dialog)) {
        // Its options (copies, page range, colour, duplex), then the printer properties.
        for (QPushButton *button : print->findChildren<QPushButton *>()) {
            if (button->isVisible() && button->text().endsWith(QLatin1String(">>"))) {
                button->click();
                QApplication::processEvents();
                if (!shots.isEmpty())
                    print->grab().save(shots + QLatin1String("/print-options.png"));
                collect(print, at);
                for (QTabWidget *tabs : print->findChildren<QTabWidget *>()) {
                    for (int i = 0; i < tabs->count(); ++i) {
                        tabs->setCurrentIndex(i);
                        collect(print, at);
                    }
                }
            }
        }
        click(print, "properties", at);
    }
}

void TestIndonesianUi::triggerAction(const QString &name)
{
    QAction *action = m_window->action(name);
    QVERIFY2(action, qPrintable(name));
    if (!action->isEnabled())
        return;
    whileDialogs([action] { action->trigger(); }, QStringLiteral("menu ") + name);
}

void TestIndonesianUi::report()
{
    QStringList lines;
    for (const Finding &f : std::as_const(m_findings)) {
        lines << QStringLiteral("%1: “%2” (English: %3)")
                     .arg(f.where, f.text.simplified().left(160),
                          f.english.join(QLatin1String(", ")));
    }
    m_findings.clear();
    if (!lines.isEmpty())
        QFAIL(qPrintable(
            QStringLiteral("%1 visible text(s) with English words:\n").arg(lines.size()) +
            lines.join(QLatin1Char('\n'))));
}

void TestIndonesianUi::initTestCase()
{
    isolateApplication(QStringLiteral("test_indonesian_ui"));
    QCOMPARE(i18n::install(QStringLiteral("id")), QStringLiteral("id"));
    loadVocabulary();
    QVERIFY(QDir(m_files.path()).mkdir(QStringLiteral("Arsip")));

    // A small demo agency with a year of appraisal history.
    m_temp = std::make_unique<TempDatabase>();
    DemoGenerator::Options options;
    options.employees = 60;
    options.years = 1;
    DemoGenerator generator(options);
    const Status s = generator.run(m_temp->open());
    QVERIFY2(s, qPrintable(s.message()));
    m_window = uifixture::showMainWindow(m_temp->path(), QSize(1200, 800));
    QVERIFY(m_window);
    watchModels();
}

void TestIndonesianUi::cleanupTestCase()
{
    closeWindow();
}

void TestIndonesianUi::vocabularyKnowsEnglish()
{
    // The check itself: English is caught, Indonesian and shared words pass.
    QVERIFY(m_english.size() > 500);
    QVERIFY(englishWords(QStringLiteral("Look in:")).contains(QStringLiteral("look")));
    QCOMPARE(englishWords(QStringLiteral("Draft")), QStringList{QStringLiteral("draft")});
    QCOMPARE(englishWords(QStringLiteral("Date Modified")),
             (QStringList{QStringLiteral("date"), QStringLiteral("modified")}));
    QVERIFY(
        englishWords(QStringLiteral("Draf · Final · NIP 19850101 · Unit kerja · PDF")).isEmpty());
    QVERIFY(englishWords(QStringLiteral("Simpan ke /tmp/report-file.pdf dengan --out")).isEmpty());
}

void TestIndonesianUi::mainWindowPages()
{
    // Menus and their actions, the toolbar, and each page.
    for (QAction *menu : m_window->menuBar()->actions()) {
        check(QStringLiteral("menu bar"), menu->text());
        if (menu->menu()) {
            for (QAction *a : menu->menu()->actions()) {
                check(QStringLiteral("menu ") + menu->text(), a->text());
                check(QStringLiteral("menu ") + menu->text(), a->toolTip());
                check(QStringLiteral("menu ") + menu->text(), a->statusTip());
            }
        }
    }
    for (auto page :
         {MainWindow::EmployeesPage, MainWindow::PeriodsPageIndex, MainWindow::AppraisalsPageIndex,
          MainWindow::SchemesPageIndex, MainWindow::ChartsPageIndex}) {
        m_window->showPage(page);
        QTest::qWait(50);
        collect(m_window, QStringLiteral("page %1").arg(static_cast<int>(page)));
    }
    // The employee record and a unit with staff.
    m_window->showPage(MainWindow::EmployeesPage);
    m_window->listPanel()->selectFirst();
    QTest::qWait(20);
    collect(m_window, QStringLiteral("employee record"));
    // Every view of the charts page.
    m_window->showPage(MainWindow::ChartsPageIndex);
    for (auto view :
         {ui::ChartsPage::EmployeeView, ui::ChartsPage::UnitView, ui::ChartsPage::SubunitView,
          ui::ChartsPage::PatternView, ui::ChartsPage::AgencyView}) {
        m_window->chartsPage()->showView(view);
        QTest::qWait(50);
        collect(m_window, QStringLiteral("charts view %1").arg(static_cast<int>(view)));
    }
    // The appraisals of the last period of the history, and the scheme versions.
    m_window->showPage(MainWindow::AppraisalsPageIndex);
    QTest::qWait(50);
    collect(m_window, QStringLiteral("appraisals page"));
    // The walk reached the texts of the issue: the state name in the appraisals
    // summary and in the chart legend, the note of the built-in schemes.
    for (const QString &expected :
         {QCoreApplication::translate("kinerja::ui::AppraisalsPage", "Draft"),
          QCoreApplication::translate("kinerja::ui::DashboardCharts", "Draft"),
          QCoreApplication::translate("kinerja::ui::SchemesPage",
                                      "Ready-made version, installed with Kinerja")})
        QVERIFY2(m_shown.contains(expected), qPrintable(expected));
    report();
}

void TestIndonesianUi::menuDialogs()
{
    m_window->showPage(MainWindow::EmployeesPage);
    m_window->listPanel()->selectFirst();
    QApplication::processEvents();
    const char *const skip[] = {"actionQuit", "actionRefresh", "actionFind", "actionShowInactive",
                                "actionIncludeSubunits"};
    QStringList names;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->isSeparator() || a->objectName().isEmpty())
                continue;
            if (std::find_if(std::begin(skip), std::end(skip), [a](const char *s) {
                    return a->objectName() == QLatin1String(s);
                }) != std::end(skip))
                continue;
            names << a->objectName();
        }
    }
    QVERIFY(names.size() > 25);
    for (const QString &name : std::as_const(names)) {
        // The employee actions need an employee, the appraisal actions an appraisal.
        if (name.contains(QLatin1String("Employee")) || name.contains(QLatin1String("Unit"))) {
            m_window->showPage(MainWindow::EmployeesPage);
            if (m_window->listPanel()->currentEmployeeId() == 0)
                m_window->listPanel()->selectFirst();
        }
        const int shown = MessageBox::shownCount();
        triggerAction(name);
        if (MessageBox::shownCount() != shown) {
            check(QStringLiteral("message after ") + name, MessageBox::lastTitle());
            check(QStringLiteral("message after ") + name, MessageBox::lastText());
        }
    }
    QVERIFY2(m_dialogs > 15, qPrintable(QString::number(m_dialogs)));
    report();
}

void TestIndonesianUi::pageDialogs()
{
    // The appraisal dialog of an appraisal in the list (opened with show()).
    m_window->showPage(MainWindow::AppraisalsPageIndex);
    QTest::qWait(50);
    QAbstractItemView *table = m_window->appraisalsPage()->view();
    if (table->model()->rowCount() > 0) {
        table->setCurrentIndex(table->model()->index(0, 0));
        triggerAction(QStringLiteral("actionOpenAppraisal"));
    }
    // The scheme editor from the schemes page.
    m_window->showPage(MainWindow::SchemesPageIndex);
    QTest::qWait(20);
    for (const char *name : {"newSchemeButton", "editSchemeButton"}) {
        auto *button = m_window->findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(button, name);
        if (button->isEnabled())
            whileDialogs([button] { button->click(); }, QLatin1String(name));
    }
    report();
}

void TestIndonesianUi::commandLineHelp()
{
    // Qt's parts of the command-line help come from kinerja_id.ts as well.
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kinerja"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("berkas"), QStringLiteral("Berkas"));
    const QString help = parser.helpText();
    check(QStringLiteral("command-line help"), help);
    QVERIFY2(help.contains(QLatin1String("Opsi:")), qPrintable(help));
    QVERIFY(!parser.parse({QStringLiteral("kinerja"), QStringLiteral("--tidak-ada")}));
    check(QStringLiteral("command-line error"), parser.errorText());
    report();
}

void TestIndonesianUi::textFieldMenus()
{
    // The right-click menus Qt builds for text fields.
    QLineEdit line;
    line.setText(QStringLiteral("Budi"));
    std::unique_ptr<QMenu> lineMenu(line.createStandardContextMenu());
    QTextEdit text;
    text.setPlainText(QStringLiteral("Budi"));
    std::unique_ptr<QMenu> textMenu(text.createStandardContextMenu());
    for (QMenu *menu : {lineMenu.get(), textMenu.get()}) {
        QVERIFY(menu->actions().size() > 5);
        for (QAction *a : menu->actions())
            check(QStringLiteral("context menu"), a->text());
    }
    report();
}

QTEST_MAIN(TestIndonesianUi)
#include "test_indonesian_ui.moc"
