#pragma once

#include <QWidget>

class QCheckBox;
class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QToolButton;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

class FieldMessage;

// Chooses the atasan langsung without loading every employee into a combo:
// "Use the unit head" (the default), or a name/NIP line edit that suggests
// matches as you type, plus a search dialog.
class AtasanChooser : public QWidget {
    Q_OBJECT
public:
    explicit AtasanChooser(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // The employee being edited (0 when new) and their unit: the default
    // atasan is the head of that unit, or of the nearest unit above it with a
    // head when the employee heads the unit or the unit is vacant.
    void setContext(qint64 employeeId, qint64 unitId);
    // Loads a stored atasan; "use the unit head" is on when it is the default.
    void setAtasanId(qint64 id);
    void setUseUnitHead(bool on);

    qint64 atasanId() const;
    bool usesUnitHead() const;
    // Non-empty when the text names nobody that was chosen.
    QString problem() const;
    QLineEdit *lineEdit() const { return m_edit; }
    FieldMessage *infoLabel() const { return m_info; }

signals:
    void changed();

private:
    void lookup(const QString &text);
    void choose(qint64 id);
    void openSearch();
    void updateState();
    void resolveUnitHead();
    QString describe(qint64 id) const;

    Database *m_db = nullptr;
    QCheckBox *m_useHead;
    QLineEdit *m_edit;
    QToolButton *m_search;
    FieldMessage *m_info;
    QCompleter *m_completer;
    QStandardItemModel *m_suggestions;
    qint64 m_employeeId = 0;
    qint64 m_unitId = 0;
    qint64 m_chosenId = 0;
    qint64 m_headId = 0;
    QString m_headUnitName;
};

} // namespace kinerja::ui
