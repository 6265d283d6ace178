#pragma once

#include "appraisal/schemedefinition.h"
#include "domain/status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>

#include <optional>

namespace kinerja {

class Database;

struct SchemeInfo {
    qint64 id = 0;
    QString code; // "permenpan2022", "pp46", "pp30", "weighted-default", "custom-5"
    SchemeKind kind = SchemeKind::PermenPan2022;
    QString name;
    bool builtin = false;
    qint64 latestVersionId = 0;
    int latestVersion = 0;
    int rowVersion = 0; // of the scheme row: what save() must be given (RowVersion)
};

struct SchemeVersionInfo {
    qint64 id = 0;
    qint64 schemeId = 0;
    int version = 0;
    QString note;
    QDateTime createdAt;
    int appraisals = 0; // appraisals that use it; more than 0 = frozen
    bool isFrozen() const { return appraisals > 0; }
};

// Schemes and their versions. A version used by an appraisal is frozen: saving a
// changed definition then writes a new version, so results already given never change
// (the database refuses an update of a used version, too). A version nobody uses yet
// is updated in place.
class SchemeRepository {
    Q_DECLARE_TR_FUNCTIONS(kinerja::SchemeRepository)
public:
    explicit SchemeRepository(Database &db) : m_db(db) {}

    QVector<SchemeInfo> all() const; // built-in first, then by name
    std::optional<SchemeInfo> find(qint64 schemeId) const;
    std::optional<SchemeInfo> findByCode(const QString &code) const;
    QVector<SchemeVersionInfo> versions(qint64 schemeId) const; // oldest first
    std::optional<SchemeVersionInfo> version(qint64 versionId) const;

    // Reads a version's definition; an error when it is unknown or unreadable.
    Status load(qint64 versionId, SchemeDefinition *out) const;
    // The latest version of PermenPANRB 6/2022, the default for new periods.
    qint64 defaultVersionId() const;
    bool isFrozen(qint64 versionId) const;

    // A new scheme with version 1. Refuses an invalid definition (e.g. weights that do
    // not total exactly 100%). `code` empty: "custom-<id>".
    Status create(const SchemeDefinition &definition, qint64 *schemeId, qint64 *versionId,
                  const QString &code = {});
    // Stores a changed definition of `schemeId`: in place while its latest version is
    // unused, else as a new version (*newVersion true). The kind cannot change.
    // `rowVersion` is SchemeInfo::rowVersion as read before the definition was loaded: a
    // scheme saved by someone else since is a conflict (RowVersion) and nothing is written.
    Status save(qint64 schemeId, int rowVersion, const SchemeDefinition &definition,
                const QString &note, qint64 *versionId, bool *newVersion = nullptr);
    // Refused for a built-in scheme or one that a period or appraisal uses.
    Status remove(qint64 schemeId);

private:
    Database &m_db;
};

} // namespace kinerja
