#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace kinerja::ui {

// Preferences: the interface language (used from the next start) and the idle lock.
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
    QSpinBox *m_idleLock;
    QString m_initialLanguage;
};

} // namespace kinerja::ui
