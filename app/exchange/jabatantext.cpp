#include "jabatantext.h"

#include "tablecolumns.h"

namespace kinerja::exchange {

namespace {

struct JenjangName {
    const char *normalised;
    Jenjang jenjang;
};

} // namespace

Jenjang findJenjang(const QString &text, bool jpt)
{
    static const JenjangName Fungsional[] = {
        {"ahlipertama", Jenjang::AhliPertama},
        {"ahlimuda", Jenjang::AhliMuda},
        {"ahlimadya", Jenjang::AhliMadya},
        {"ahliutama", Jenjang::AhliUtama},
        {"pemula", Jenjang::Pemula},
        {"terampil", Jenjang::Terampil},
        {"mahir", Jenjang::Mahir},
        {"penyelia", Jenjang::Penyelia},
    };
    static const JenjangName Jpt[] = {
        {"pratama", Jenjang::JptPratama},
        {"madya", Jenjang::JptMadya},
        {"utama", Jenjang::JptUtama},
    };
    const QString t = TableColumns::normalise(text);
    if (jpt) {
        for (const JenjangName &j : Jpt) {
            if (t.contains(QLatin1String(j.normalised)))
                return j.jenjang;
        }
        return Jenjang::None;
    }
    for (const JenjangName &j : Fungsional) {
        if (t.contains(QLatin1String(j.normalised)))
            return j.jenjang;
    }
    return Jenjang::None;
}

bool parseJabatanKind(const QString &text, JabatanKind *kind, Jenjang *jenjang)
{
    QString t = TableColumns::normalise(text);
    if (t.isEmpty())
        return false;
    auto set = [&](JabatanKind k, Jenjang j) {
        *kind = k;
        *jenjang = j;
        return true;
    };
    // Old eselon: I.a JPT Utama, I.b JPT Madya, II.a/b JPT Pratama, III.a/b Administrator,
    // IV.a/b Pengawas.
    QString eselon = t;
    if (eselon.startsWith(QLatin1String("eselon")))
        eselon = eselon.mid(6);
    if (eselon == u"ia")
        return set(JabatanKind::Jpt, Jenjang::JptUtama);
    if (eselon == u"ib")
        return set(JabatanKind::Jpt, Jenjang::JptMadya);
    if (eselon == u"iia" || eselon == u"iib")
        return set(JabatanKind::Jpt, Jenjang::JptPratama);
    if (eselon == u"iiia" || eselon == u"iiib")
        return set(JabatanKind::Administrator, Jenjang::None);
    if (eselon == u"iva" || eselon == u"ivb")
        return set(JabatanKind::Pengawas, Jenjang::None);

    if (t.startsWith(QLatin1String("jabatan")))
        t = t.mid(7);
    auto starts = [&t](std::initializer_list<const char *> prefixes) {
        for (const char *p : prefixes) {
            if (t.startsWith(QLatin1String(p)))
                return true;
        }
        return false;
    };
    if (starts({"jpt", "pimpinantinggi", "seniorexecutive"}))
        return set(JabatanKind::Jpt, findJenjang(t, true));
    if (starts({"administrator", "administrasi"}))
        return set(JabatanKind::Administrator, Jenjang::None);
    if (starts({"pengawas", "supervisor", "supervisory"}))
        return set(JabatanKind::Pengawas, Jenjang::None);
    if (starts({"pelaksana", "staff", "executor"}))
        return set(JabatanKind::Pelaksana, Jenjang::None);
    if (starts({"fungsional", "functional", "jf"}))
        return set(JabatanKind::Fungsional, findJenjang(t, false));
    if (const Jenjang j = findJenjang(t, false); j != Jenjang::None)
        return set(JabatanKind::Fungsional, j);
    return false;
}

} // namespace kinerja::exchange
