#pragma once

#include <QDialog>

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// Help → About: version, purpose, the open database and the Qt version.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const Database *db, QWidget *parent = nullptr);
};

} // namespace kinerja::ui
