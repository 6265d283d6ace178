#pragma once

#include "domain/status.h"
#include "reports/documents.h"
#include "reports/paper.h"
#include "reports/recaps.h"

#include <QDialog>
#include <QVector>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPagedPaintDevice;
class QPrinter;
class QProgressDialog;
class QPushButton;
class QRadioButton;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// What the Appraisals page prints: the appraisal sheets of the selected or of all listed
// appraisals, or a recap of the page's unit and period. Preview, print, or save as PDF
// (sheets: one PDF or one per employee); long jobs show progress and can be cancelled.
class PrintDialog : public QDialog {
    Q_OBJECT
public:
    struct Scope {
        qint64 periodId = 0;
        qint64 unitId = 0; // 0 = the whole agency
        bool includeSubunits = true;
        QString description;         // "Dinas Sosial and its sub-units, 2025-Q4"
        QVector<qint64> selectedIds; // in the page's order
        QVector<qint64> listedIds;
    };
    enum class Content { SelectedSheets, ListedSheets, PredikatRecap, PendingRecap, TrainingNeeds };

    PrintDialog(Database &db, Scope scope, QWidget *parent = nullptr);

    Content content() const;
    void setContent(Content content);
    reports::Paper paper() const;
    QVector<reports::DocumentKind> documents() const; // sheets: the ticked ones

    // Paints the chosen content onto a device (a QPrinter, a QPdfWriter) already set up
    // with preparePagedDevice(); shows progress, false when cancelled. Public for tests.
    Status paint(QPagedPaintDevice &device, int *pages = nullptr);
    // Saves to `path` (sheets per employee: `path` is a folder). Public for tests, which
    // cannot drive the file dialog.
    Status save(const QString &path, bool perEmployee);

    void preview();
    void print();
    void saveAs();

private:
    QVector<qint64> sheetIds() const;
    reports::RecapKind recapKind() const;
    QString suggestedFileName() const; // "Appraisal sheets 2025-Q4.pdf"
    reports::RecapScope recapScope() const;
    reports::RecapOptions recapOptions() const;
    void updateState();
    bool isSheets() const;
    void setUpPrinter(QPrinter &printer) const;
    // Whether to go on; pumps events so Cancel can be pressed.
    bool progress(int done, int total);

    Database &m_db;
    Scope m_scope;
    QButtonGroup *m_contentGroup;
    QVector<QCheckBox *> m_documentChecks;
    QComboBox *m_paper;
    QCheckBox *m_ownDate;
    QDateEdit *m_signDate;
    QRadioButton *m_onePdf;
    QRadioButton *m_perEmployee;
    QLabel *m_summary;
    QProgressDialog *m_progress = nullptr;
    QPushButton *m_previewButton;
    QPushButton *m_printButton;
    QPushButton *m_saveButton;
};

} // namespace kinerja::ui
