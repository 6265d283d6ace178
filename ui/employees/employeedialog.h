#pragma once

#include "domain/employee.h"

#include <QDialog>
#include <QHash>
#include <QSet>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

class AtasanChooser;
class FieldMessage;
class UnitComboBox;

// Adds or edits one employee. Validates as you type and says next to each
// field what is wrong; Save stays disabled while anything is. Saving goes
// through EmployeeRepository; a refusal (duplicate NIP, atasan cycle...)
// is shown at the field its Status names, and the dialog stays open.
class EmployeeDialog : public QDialog {
    Q_OBJECT
public:
    // employeeId 0 adds a new employee.
    EmployeeDialog(Database &db, qint64 employeeId, QWidget *parent = nullptr);

    // For a new employee: the unit preselected (e.g. the one selected in the tree).
    void setDefaultUnit(qint64 unitId);
    bool isNew() const { return !m_original.has_value(); }
    // The stored employee's id after a successful save.
    qint64 savedId() const { return m_savedId; }
    // The employee as currently entered.
    Employee currentEmployee() const;
    bool canSave() const;

private:
    void buildUi();
    QWidget *buildIdentityGroup();
    QWidget *buildPositionGroup();
    QWidget *buildEmploymentGroup();
    void load(const Employee &e);
    void fillGrades();
    void fillJenjangs();
    void fieldEdited(const QString &field);
    void revalidate();
    void addFieldMessage(const QString &field, FieldMessage *message);
    void showFieldMessages(const QHash<QString, QString> &errors);
    bool positionChanged() const;
    void save();
    // Someone else saved the employee first: reload it, or keep the edits unsaved.
    void resolveConflict(const QString &message);
    QWidget *widgetForField(const QString &field) const;

    Database &m_db;
    std::optional<Employee> m_original;
    QDate m_lastHistoryDate;
    qint64 m_savedId = 0;
    bool m_showAll = false;
    bool m_loading = false;
    QSet<QString> m_touched;
    QHash<QString, QString> m_storageErrors;
    QHash<QString, FieldMessage *> m_messages;
    QStringList m_messageOrder; // the fields top to bottom: "Still needed" names the first

    QLineEdit *m_nip = nullptr;
    FieldMessage *m_nipInfo = nullptr;
    QLineEdit *m_gelarDepan = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_gelarBelakang = nullptr;
    FieldMessage *m_fullName = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_grade = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_jenjang = nullptr;
    QLineEdit *m_jabatan = nullptr;
    UnitComboBox *m_unit = nullptr;
    AtasanChooser *m_atasan = nullptr;
    QComboBox *m_state = nullptr;
    QDateEdit *m_stateDate = nullptr;
    QWidget *m_validFromRow = nullptr;
    QDateEdit *m_validFrom = nullptr;
    QLineEdit *m_note = nullptr;
    FieldMessage *m_formMessage = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace kinerja::ui
