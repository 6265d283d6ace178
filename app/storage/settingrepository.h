#pragma once

#include "domain/status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kinerja {

class Database;

// The agency as printed on every sheet: kept in the database (not in the user's
// QSettings) so that every computer working on the same file prints the same header.
struct AgencySettings {
    QString name;    // instansi: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
    QString parent;  // the line above it: "PEMERINTAH KABUPATEN SLEMAN"
    QString place;   // tempat on the signature blocks: "Sleman"
    QByteArray logo; // PNG/JPEG/SVG bytes; empty = no logo
    bool operator==(const AgencySettings &o) const
    {
        return name == o.name && parent == o.parent && place == o.place && logo == o.logo;
    }
};

// Agency-wide key/value settings (the `setting` table).
class SettingRepository {
    Q_DECLARE_TR_FUNCTIONS(kinerja::SettingRepository)
public:
    explicit SettingRepository(Database &db) : m_db(db) {}

    QString value(const QString &key, const QString &fallback = {}) const;
    // An empty value removes the key.
    Status setValue(const QString &key, const QString &value);

    AgencySettings agency() const;
    // All four in one transaction. Refuses a logo over 2 MB (it is stored in the database
    // and drawn on every sheet).
    Status setAgency(const AgencySettings &agency);

    static constexpr int kMaxLogoBytes = 2 * 1024 * 1024;

private:
    Database &m_db;
};

} // namespace kinerja
