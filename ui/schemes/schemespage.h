#pragma once

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// The "Schemes" page: the appraisal schemes (PermenPANRB 6/2022, PP 46/2011,
// PP 30/2019, weighted indicators) with their versions; a new weighted scheme from
// the ready template; the scheme editor.
class SchemesPage : public QWidget {
    Q_OBJECT
public:
    explicit SchemesPage(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void reload();
    qint64 currentSchemeId() const;
    void selectScheme(qint64 id);

    void newWeightedScheme();
    void editScheme();

signals:
    void schemesChanged();

private:
    void showVersions();
    void openEditor(qint64 schemeId, qint64 versionId, int rowVersion);

    Database *m_db = nullptr;
    QTableWidget *m_schemes;
    QTableWidget *m_versions;
    QPushButton *m_new;
    QPushButton *m_edit;
};

} // namespace kinerja::ui
