#include "schemespage.h"

#include "common/displaytext.h"
#include "common/messagebox.h"
#include "schemes/schemeeditordialog.h"
#include "storage/schemerepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

void setupTable(QTableWidget *t, const QStringList &headers)
{
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

SchemesPage::SchemesPage(QWidget *parent)
    : QWidget(parent), m_schemes(new QTableWidget(this)), m_versions(new QTableWidget(this)),
      m_new(new QPushButton(tr("&New weighted scheme…"), this)),
      m_edit(new QPushButton(tr("&Edit scheme…"), this))
{
    setObjectName(QStringLiteral("schemesPage"));
    m_schemes->setObjectName(QStringLiteral("schemeTable"));
    m_versions->setObjectName(QStringLiteral("schemeVersionTable"));
    m_new->setObjectName(QStringLiteral("newSchemeButton"));
    m_edit->setObjectName(QStringLiteral("editSchemeButton"));
    setupTable(m_schemes, {tr("Scheme"), tr("Kind"), tr("Code"), tr("Built in"), tr("Latest")});
    setupTable(m_versions,
               {tr("Version"), tr("Created"), tr("Appraisals"), tr("State"), tr("Note")});

    auto *title = new QLabel(tr("Appraisal schemes"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    title->setFont(f);
    auto *hint = new QLabel(tr("A version used by an appraisal is frozen: editing the scheme then "
                               "creates a new version, so results already given never change."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_schemes);
    auto *versions = new QWidget(this);
    auto *vLayout = new QVBoxLayout(versions);
    vLayout->setContentsMargins(0, 0, 0, 0);
    vLayout->addWidget(new QLabel(tr("<b>Versions of the selected scheme</b>"), versions));
    vLayout->addWidget(m_versions);
    splitter->addWidget(versions);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &SchemesPage::newWeightedScheme);
    connect(m_edit, &QPushButton::clicked, this, &SchemesPage::editScheme);
    connect(m_schemes, &QTableWidget::itemSelectionChanged, this, &SchemesPage::showVersions);
    connect(m_schemes, &QTableWidget::cellDoubleClicked, this, &SchemesPage::editScheme);
}

void SchemesPage::setDatabase(Database *db)
{
    m_db = db;
    reload();
}

void SchemesPage::reload()
{
    const qint64 keep = currentSchemeId();
    m_schemes->setRowCount(0);
    if (m_db) {
        const QVector<SchemeInfo> all = SchemeRepository(*m_db).all();
        m_schemes->setRowCount(static_cast<int>(all.size()));
        for (int r = 0; r < all.size(); ++r) {
            const SchemeInfo &s = all.at(r);
            const QStringList cells = {s.name, SchemeDefinition::kindName(s.kind), s.code,
                                       s.builtin ? tr("yes") : tr("no"),
                                       tr("version %1").arg(s.latestVersion)};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                item->setData(IdRole, s.id);
                m_schemes->setItem(r, c, item);
            }
        }
        m_schemes->resizeColumnsToContents();
    }
    selectScheme(keep);
    if (currentSchemeId() == 0 && m_schemes->rowCount() > 0)
        m_schemes->selectRow(0);
    showVersions();
}

qint64 SchemesPage::currentSchemeId() const
{
    const QList<QTableWidgetItem *> items = m_schemes->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(IdRole).toLongLong();
}

void SchemesPage::selectScheme(qint64 id)
{
    for (int r = 0; r < m_schemes->rowCount(); ++r) {
        if (m_schemes->item(r, 0)->data(IdRole).toLongLong() == id)
            m_schemes->selectRow(r);
    }
}

void SchemesPage::showVersions()
{
    m_versions->setRowCount(0);
    const qint64 id = currentSchemeId();
    m_edit->setEnabled(id != 0);
    m_new->setEnabled(m_db != nullptr);
    if (!m_db || id == 0)
        return;
    const QVector<SchemeVersionInfo> versions = SchemeRepository(*m_db).versions(id);
    m_versions->setRowCount(static_cast<int>(versions.size()));
    for (int r = 0; r < versions.size(); ++r) {
        const SchemeVersionInfo &v = versions.at(r);
        // Migration 3 writes the ready-made versions with the note "Seed": a
        // marker, shown in the user's language.
        const QString note = v.version == 1 && v.note == QLatin1String("Seed")
                                 ? tr("Ready-made version, installed with Kinerja")
                                 : v.note;
        const QStringList cells = {QString::number(v.version),
                                   DisplayText::date(v.createdAt.toLocalTime().date()),
                                   DisplayText::number(v.appraisals),
                                   v.isFrozen() ? tr("frozen (in use)") : tr("editable"), note};
        for (int c = 0; c < cells.size(); ++c)
            m_versions->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_versions->resizeColumnsToContents();
}

void SchemesPage::newWeightedScheme()
{
    if (!m_db)
        return;
    SchemeDefinition d = SchemeDefinition::builtin(SchemeKind::Weighted);
    d.name = tr("%1 (copy)").arg(d.name);
    auto *dialog = new SchemeEditorDialog(*m_db, 0, 0, d, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        selectScheme(dialog->savedSchemeId());
        emit schemesChanged();
    });
    dialog->open();
}

void SchemesPage::editScheme()
{
    const qint64 id = currentSchemeId();
    if (!m_db || id == 0)
        return;
    const SchemeRepository repo(*m_db);
    const auto info = repo.find(id);
    if (!info)
        return;
    openEditor(id, info->latestVersionId, info->rowVersion);
}

void SchemesPage::openEditor(qint64 schemeId, qint64 versionId, int rowVersion)
{
    SchemeDefinition d;
    const Status s = SchemeRepository(*m_db).load(versionId, &d);
    if (!s) {
        MessageBox::warning(this, tr("Cannot open the scheme"), s.message());
        return;
    }
    auto *dialog = new SchemeEditorDialog(*m_db, schemeId, rowVersion, d, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit schemesChanged();
    });
    connect(dialog, &QDialog::finished, this, [this, schemeId](int result) {
        if (result != SchemeEditorDialog::ReloadRequested)
            return;
        reload();
        emit schemesChanged();
        // The row version first, then the definition: a save in between is a conflict.
        if (const auto info = SchemeRepository(*m_db).find(schemeId))
            QTimer::singleShot(0, this,
                               [this, schemeId, id = info->latestVersionId, v = info->rowVersion] {
                                   openEditor(schemeId, id, v);
                               });
    });
    dialog->open();
}

} // namespace kinerja::ui
