#include "aboutdialog.h"

#include "common/icons.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kinerja::ui {

AboutDialog::AboutDialog(const Database *db, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Kinerja"));

    auto *logo = new QLabel(this);
    const QIcon icon = Icons::application();
    if (!icon.isNull())
        logo->setPixmap(icon.pixmap(96, 96));
    logo->setAlignment(Qt::AlignTop);

    QString database = tr("No database is open.");
    if (db && db->isOpen())
        database = tr("Database: %1 (schema version %2)")
                       .arg(QDir::toNativeSeparators(db->path()).toHtmlEscaped())
                       .arg(db->schemaVersion());
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(
        tr("<h2>Kinerja %1</h2>"
           "<p>Employee records and performance appraisal for the civil servants (ASN: PNS and "
           "PPPK) of a district government, for the personnel office (BKPSDM).</p>"
           "<p>%2</p>"
           "<p><small>Built with Qt %3, running on Qt %4.</small></p>")
            .arg(QStringLiteral(KINERJA_VERSION), database, QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));

    auto *top = new QHBoxLayout;
    top->addWidget(logo);
    top->addWidget(text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    resize(540, 260);
}

} // namespace kinerja::ui
