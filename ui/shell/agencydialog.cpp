#include "agencydialog.h"

#include "common/messagebox.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace kinerja::ui {

AgencyDialog::AgencyDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_parent(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_place(new QLineEdit(this)), m_logo(new QLabel(this)),
      m_removeLogo(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("agencyDialog"));
    setWindowTitle(tr("Agency"));
    m_parent->setObjectName(QStringLiteral("agencyParent"));
    m_name->setObjectName(QStringLiteral("agencyName"));
    m_place->setObjectName(QStringLiteral("agencyPlace"));
    m_logo->setObjectName(QStringLiteral("agencyLogo"));
    m_removeLogo->setObjectName(QStringLiteral("agencyRemoveLogo"));
    m_parent->setPlaceholderText(tr("e.g. PEMERINTAH KABUPATEN SLEMAN"));
    m_name->setPlaceholderText(tr("e.g. Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"));
    m_place->setPlaceholderText(tr("e.g. Sleman"));
    m_logo->setFixedSize(96, 96);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setFrameShape(QFrame::StyledPanel);

    const AgencySettings a = SettingRepository(m_db).agency();
    m_parent->setText(a.parent);
    m_name->setText(a.name);
    m_place->setText(a.place);
    m_logoBytes = a.logo;

    auto *choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("agencyChooseLogo"));
    connect(choose, &QPushButton::clicked, this, &AgencyDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logoBytes.clear();
        showLogo();
    });
    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(choose);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch(1);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addLayout(logoButtons);
    logoRow->addStretch(1);

    auto *note = new QLabel(tr("Printed at the head of every appraisal sheet and report. The "
                               "place is written before the date on the signature blocks."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Government:"), m_parent);
    form->addRow(tr("&Agency (instansi):"), m_name);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("Logo:"), logoRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AgencyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, 300);
    showLogo();
}

AgencySettings AgencyDialog::agency() const
{
    AgencySettings a;
    a.parent = m_parent->text().trimmed();
    a.name = m_name->text().trimmed();
    a.place = m_place->text().trimmed();
    a.logo = m_logoBytes;
    return a;
}

bool AgencyDialog::loadLogo(const QString &path)
{
    QFile f(path);
    const QString name = QFileInfo(path).fileName();
    if (f.size() > SettingRepository::kMaxLogoBytes) {
        MessageBox::warning(this, windowTitle(),
                            tr("“%1” is %2 KB; a logo can be at most %3 KB.")
                                .arg(name)
                                .arg(f.size() / 1024)
                                .arg(SettingRepository::kMaxLogoBytes / 1024));
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, windowTitle(),
                            tr("“%1” could not be read: %2").arg(name, f.errorString()));
        return false;
    }
    const QByteArray bytes = f.readAll();
    if (QImage::fromData(bytes).isNull()) {
        MessageBox::warning(
            this, windowTitle(),
            tr("“%1” is not an image Kinerja can read (use PNG, JPEG or SVG).").arg(name));
        return false;
    }
    m_logoBytes = bytes;
    showLogo();
    return true;
}

void AgencyDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the logo"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!path.isEmpty())
        loadLogo(path);
}

void AgencyDialog::showLogo()
{
    const QImage image = QImage::fromData(m_logoBytes);
    if (image.isNull()) {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
    } else {
        m_logo->setPixmap(QPixmap::fromImage(image.scaled(
            m_logo->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_removeLogo->setEnabled(!m_logoBytes.isEmpty());
}

void AgencyDialog::accept()
{
    const AgencySettings a = agency();
    if (a.name.isEmpty() &&
        MessageBox::question(this, windowTitle(),
                             tr("Without the agency's name the sheets print a marked blank "
                                "where it belongs. Save anyway?")) != QMessageBox::Yes)
        return;
    if (const Status s = SettingRepository(m_db).setAgency(a); !s) {
        MessageBox::critical(this, windowTitle(), s.message());
        return;
    }
    QDialog::accept();
}

} // namespace kinerja::ui
