#pragma once

#include "storage/settingrepository.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kinerja::ui {

// The agency printed at the head of every sheet (instansi, the line above it, the place
// on the signature blocks, the logo). Kept in the database, so every computer working
// on the file prints the same.
class AgencyDialog : public QDialog {
    Q_OBJECT
public:
    explicit AgencyDialog(Database &db, QWidget *parent = nullptr);

    AgencySettings agency() const;
    // Loads a logo file; false (with a message shown) when it is not a readable image or
    // too large. Public for tests, which cannot drive the file dialog.
    bool loadLogo(const QString &path);
    void accept() override;

private:
    void chooseLogo();
    void showLogo();

    Database &m_db;
    QLineEdit *m_parent;
    QLineEdit *m_name;
    QLineEdit *m_place;
    QLabel *m_logo;
    QPushButton *m_removeLogo;
    QByteArray m_logoBytes;
};

} // namespace kinerja::ui
