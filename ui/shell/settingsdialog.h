#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace kinerja::ui {

// Preferences: the interface language (used from the next start).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    // Writes the chosen settings; called on OK.
    void apply();
    void accept() override;

private:
    QComboBox *m_language;
    QLabel *m_restartNote;
    QString m_initialLanguage;
};

} // namespace kinerja::ui
