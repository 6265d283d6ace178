#pragma once

#include "domain/status.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressDialog;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// Exports the Appraisals page's recap (its period, unit and sub-units), the employees
// of the unit, or an entry template of the unit's appraisals (XLSX) to fill in and
// import back, with progress and cancel; nothing is left on cancel.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Content { Recap, Employees, Template };
    struct Scope {
        qint64 periodId = 0; // the recap's period; 0 = no recap possible
        qint64 unitId = 0;   // 0 = the whole agency
        bool includeSubunits = true;
        QString description; // "Dinas Sosial and its sub-units, 2025-Q4"
        QString periodCode;  // for the file name
    };

    ExportDialog(Database &db, Scope scope, QWidget *parent = nullptr);

    // Writes to `path` (XLSX or CSV by the chosen format). Public for tests, which cannot
    // drive the file dialog; shows progress, and a cancel returns an error.
    Status exportTo(const QString &path);
    void chooseFileAndExport();

private:
    void updateState();
    bool isXlsx() const;
    Content content() const;
    QString suggestedFileName() const;

    Database &m_db;
    Scope m_scope;
    QComboBox *m_content;
    QComboBox *m_format;
    QCheckBox *m_detail;
    QCheckBox *m_summary;
    QCheckBox *m_perUnit;
    QCheckBox *m_inactive;
    QComboBox *m_delimiter;
    QCheckBox *m_bom;
    QLabel *m_result;
};

} // namespace kinerja::ui
