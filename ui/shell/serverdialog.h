#pragma once

#include "storage/serveraddress.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kinerja::ui {

// File → Connect to Office Server…: the address of an office's Kinerja server (host,
// port, database, user), its password, whether to remember it, the recently used
// servers and a Test connection button. Accepting only closes the dialog with the
// address; ServerConnect opens it.
class ServerDialog : public QDialog {
    Q_OBJECT
public:
    explicit ServerDialog(QWidget *parent = nullptr);

    // The address typed, with the password.
    ServerAddress address() const;
    void setAddress(const ServerAddress &address);
    bool rememberPassword() const;

    // Connects with the fields' address and shows the outcome under the button.
    void testConnection();

private:
    void recentChosen(int index);
    void updateButtons();

    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_testResult;
    QPushButton *m_test;
    QPushButton *m_connect;
};

} // namespace kinerja::ui
