// Jabatan fungsional and pelaksana of a district government, and the staff mix
// of each kind of unit (demo data: Indonesian names, not translated).
#include "professions.h"

#include <QtGlobal>
#include <cstring>
#include <utility>

namespace kinerja::demo {

namespace {

// clang-format off
const std::vector<Profession> kProfessions = {
    // name, ahli, terampil, ahliDepan, ahliGelar, masterGelar, terampilGelar
    {"Guru", true, false, "", "S.Pd.|S.Pd.|S.Pd.|S.Pd.|S.Pd.SD.|S.Pd.I.|S.Ag.|S.Si.", "M.Pd.|M.Pd.|M.Si.", ""},
    {"Pengawas Sekolah", true, false, "", "S.Pd.|S.Pd.|S.Ag.", "M.Pd.", ""},
    {"Penilik", true, false, "", "S.Pd.|S.Sos.", "M.Pd.", ""},
    {"Pamong Belajar", true, false, "", "S.Pd.", "M.Pd.", ""},
    {"Pustakawan", true, true, "", "S.IP.|S.Hum.", "M.Hum.", "A.Md."},
    {"Perawat", true, true, "Ns.", "S.Kep.", "M.Kep.", "A.Md.Kep."},
    {"Bidan", true, true, "", "S.Tr.Keb.|S.Keb.", "M.Keb.", "A.Md.Keb."},
    {"Dokter", true, false, "dr.", "", "M.Kes.|Sp.PD.|Sp.OG.|Sp.A.|Sp.B.", ""},
    {"Dokter Gigi", true, false, "drg.", "", "M.Kes.", ""},
    {"Apoteker", true, false, "apt.", "S.Farm.", "M.Farm.", ""},
    {"Asisten Apoteker", false, true, "", "", "", "A.Md.Farm."},
    {"Pranata Laboratorium Kesehatan", true, true, "", "S.Tr.AK.|S.Si.", "M.Si.", "A.Md.AK."},
    {"Sanitarian", true, true, "", "S.K.M.|S.Tr.KL.", "M.K.M.", "A.Md.KL."},
    {"Nutrisionis", true, true, "", "S.Gz.", "M.Gz.", "A.Md.Gz."},
    {"Perekam Medis", false, true, "", "", "", "A.Md.RMIK."},
    {"Radiografer", true, true, "", "S.Tr.Rad.", "M.Si.", "A.Md.Rad."},
    {"Fisioterapis", true, true, "", "S.Ft.", "M.Fis.", "A.Md.Ftr."},
    {"Penyuluh Kesehatan Masyarakat", true, false, "", "S.K.M.", "M.Kes.", ""},
    {"Epidemiolog Kesehatan", true, true, "", "S.K.M.", "M.Epid.|M.Kes.", "A.Md.Kes."},
    {"Administrator Kesehatan", true, false, "", "S.K.M.|S.Kep.|S.E.", "M.Kes.|M.K.M.|M.M.", ""},
    {"Analis Kepegawaian", true, true, "", "S.Sos.|S.AP.|S.IP.|S.E.|S.Psi.", "M.Si.|M.AP.|M.M.", "A.Md."},
    {"Asesor Sumber Daya Manusia Aparatur", true, false, "", "S.Psi.|S.Sos.", "M.Psi.|M.Si.", ""},
    {"Analis Sumber Daya Manusia Aparatur", true, false, "", "S.Sos.|S.AP.|S.IP.", "M.Si.|M.AP.", ""},
    {"Widyaiswara", true, false, "", "S.Sos.|S.Pd.", "M.Si.|M.Pd.", ""},
    {"Perencana", true, false, "", "S.E.|S.T.|S.Si.|S.P.|S.Sos.", "M.Si.|M.E.|M.T.", ""},
    {"Arsiparis", true, true, "", "S.Sos.|S.IP.|S.Hum.", "M.Si.", "A.Md.Ars."},
    {"Pranata Komputer", true, true, "", "S.Kom.|S.T.", "M.Kom.|M.T.I.", "A.Md.Kom."},
    {"Analis Keuangan Pusat dan Daerah", true, false, "", "S.E.|S.Ak.", "M.Ak.|M.M.|M.Si.", ""},
    {"Pengelola Pengadaan Barang/Jasa", true, false, "", "S.E.|S.T.|S.H.", "M.M.", ""},
    {"Pranata Hubungan Masyarakat", true, true, "", "S.I.Kom.|S.Sos.", "M.I.Kom.", "A.Md."},
    {"Analis Kebijakan", true, false, "", "S.IP.|S.Sos.|S.AP.|S.E.", "M.Si.|M.AP.", ""},
    {"Perancang Peraturan Perundang-undangan", true, false, "", "S.H.", "M.H.|M.Kn.", ""},
    {"Analis Hukum", true, false, "", "S.H.", "M.H.", ""},
    {"Auditor", true, true, "", "S.E.|S.Ak.|S.T.", "M.Ak.|M.Si.", "A.Md.Ak."},
    {"Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", true, false, "", "S.IP.|S.Sos.|S.H.|S.STP.", "M.Si.|M.AP.", ""},
    {"Teknik Jalan dan Jembatan", true, true, "", "S.T.", "M.T.", "A.Md.T."},
    {"Teknik Pengairan", true, true, "", "S.T.", "M.T.", "A.Md.T."},
    {"Penata Ruang", true, false, "", "S.T.|S.PWK.", "M.T.", ""},
    {"Teknik Tata Bangunan dan Perumahan", true, true, "", "S.T.|S.Ars.", "M.T.", "A.Md.T."},
    {"Pekerja Sosial", true, true, "", "S.Sos.|S.Tr.Sos.", "M.Si.", "A.Md."},
    {"Penyuluh Sosial", true, false, "", "S.Sos.", "M.Si.", ""},
    {"Administrator Database Kependudukan", true, false, "", "S.Kom.|S.T.", "M.Kom.", ""},
    {"Penyuluh Pertanian", true, true, "", "S.P.|S.ST.|S.Tr.P.", "M.P.|M.Si.", "A.Md.P."},
    {"Pengawas Benih Tanaman", true, true, "", "S.P.", "M.P.", "A.Md.P."},
    {"Pengendali Organisme Pengganggu Tumbuh-Tumbuhan", true, true, "", "S.P.", "M.P.|M.Si.", "A.Md.P."},
    {"Medik Veteriner", true, false, "drh.", "", "M.Si.", ""},
    {"Paramedik Veteriner", false, true, "", "", "", "A.Md.Vet."},
    {"Polisi Pamong Praja", true, true, "", "S.H.|S.Sos.|S.STP.", "M.H.|M.Si.", ""},
    {"Pemadam Kebakaran", false, true, "", "", "", ""},
    {"Penggerak Swadaya Masyarakat", true, true, "", "S.Sos.|S.IP.", "M.Si.", ""},
    {"Pengendali Dampak Lingkungan", true, false, "", "S.T.|S.Si.|S.Hut.", "M.Si.|M.T.", ""},
    {"Pengawas Lingkungan Hidup", true, false, "", "S.T.|S.Si.", "M.Si.", ""},
    {"Penguji Kendaraan Bermotor", true, true, "", "S.T.|S.ST.", "M.T.", "A.Md.T."},
    {"Penata Penanggulangan Bencana", true, true, "", "S.Sos.|S.T.|S.Si.", "M.Si.", ""},
    {"Penyuluh Keluarga Berencana", true, false, "", "S.Sos.|S.K.M.|S.Pd.", "M.Si.", ""},
    {"Penyuluh Perikanan", true, true, "", "S.Pi.", "M.Si.", "A.Md.Pi."},
    {"Pamong Budaya", true, false, "", "S.S.|S.Sn.", "M.Hum.", ""},
    // Jabatan pelaksana: ahliGelar lists the S1, terampilGelar the D3 gelar of holders.
    {"Pengadministrasi Perkantoran", false, false, "", "", "", ""},
    {"Pengadministrasi Umum", false, false, "", "", "", ""},
    {"Pengelola Keuangan", false, false, "", "S.E.|S.Ak.", "", "A.Md.Ak."},
    {"Bendahara", false, false, "", "S.E.|S.Ak.", "", "A.Md.Ak."},
    {"Pengelola Barang Milik Daerah", false, false, "", "S.E.", "", ""},
    {"Pengolah Data dan Informasi", false, false, "", "S.Kom.|S.Si.", "", "A.Md.Kom."},
    {"Penata Layanan Operasional", false, false, "", "S.E.|S.Sos.|S.AP.|S.Kom.", "", ""},
    {"Pengelola Layanan Operasional", false, false, "", "", "", "A.Md.|A.Md.Kom."},
    {"Operator Layanan Operasional", false, false, "", "", "", ""},
    {"Pengemudi", false, false, "", "", "", ""},
    {"Pengadministrasi Kepegawaian", false, false, "", "S.Sos.|S.AP.", "", "A.Md."},
    {"Pengadministrasi Registrasi Kependudukan", false, false, "", "", "", ""},
    {"Pengelola Data Kependudukan", false, false, "", "S.Kom.", "", "A.Md.Kom."},
    {"Pengadministrasi Persidangan", false, false, "", "S.H.|S.Sos.", "", ""},
    {"Pengelola Perizinan", false, false, "", "S.E.|S.H.", "", ""},
    {"Pengelola Pajak dan Retribusi Daerah", false, false, "", "S.E.|S.Ak.", "", ""},
    {"Penagih Pajak Daerah", false, false, "", "", "", ""},
    {"Pengelola Sarana dan Prasarana", false, false, "", "S.T.|S.E.", "", ""},
    {"Petugas Keamanan", false, false, "", "", "", ""},
};

using Mix = std::vector<std::pair<const char *, int>>;

// Every office also has general administrative staff.
const Mix kOfficeBase = {
    {"Pengadministrasi Perkantoran", 3}, {"Penata Layanan Operasional", 2},
    {"Pengelola Layanan Operasional", 2}, {"Operator Layanan Operasional", 1},
    {"Pengolah Data dan Informasi", 1},
};

struct ProfileMix {
    Profile profile;
    bool officeBase;
    Mix mix;
};

const std::vector<ProfileMix> kProfiles = {
    {Profile::Secretariat, true, {{"Pengelola Keuangan", 4}, {"Bendahara", 2}, {"Pengelola Barang Milik Daerah", 2}, {"Pengadministrasi Kepegawaian", 3}, {"Analis Kepegawaian", 2}, {"Perencana", 2}, {"Arsiparis", 2}, {"Pranata Komputer", 1}, {"Pengemudi", 1}, {"Analis Keuangan Pusat dan Daerah", 1}}},
    {Profile::Setda, true, {{"Analis Kebijakan", 4}, {"Perancang Peraturan Perundang-undangan", 2}, {"Analis Hukum", 2}, {"Pengelola Pengadaan Barang/Jasa", 2}, {"Pranata Hubungan Masyarakat", 2}, {"Analis Sumber Daya Manusia Aparatur", 2}, {"Pengemudi", 2}}},
    {Profile::Setwan, true, {{"Pengadministrasi Persidangan", 4}, {"Analis Kebijakan", 2}, {"Pranata Hubungan Masyarakat", 2}, {"Pengemudi", 1}}},
    {Profile::Inspectorate, true, {{"Auditor", 8}, {"Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", 5}}},
    {Profile::Planning, true, {{"Perencana", 8}, {"Analis Kebijakan", 2}}},
    {Profile::Personnel, true, {{"Analis Kepegawaian", 7}, {"Asesor Sumber Daya Manusia Aparatur", 2}, {"Pranata Komputer", 2}, {"Pengadministrasi Kepegawaian", 4}, {"Widyaiswara", 1}}},
    {Profile::Finance, true, {{"Analis Keuangan Pusat dan Daerah", 6}, {"Pengelola Keuangan", 4}, {"Bendahara", 2}, {"Pengelola Barang Milik Daerah", 3}}},
    {Profile::Revenue, true, {{"Pengelola Pajak dan Retribusi Daerah", 6}, {"Penagih Pajak Daerah", 3}, {"Analis Keuangan Pusat dan Daerah", 2}}},
    {Profile::EducationOffice, true, {{"Pengawas Sekolah", 5}, {"Penilik", 2}, {"Pamong Belajar", 1}, {"Analis Kebijakan", 1}, {"Pengadministrasi Kepegawaian", 2}}},
    {Profile::HealthOffice, true, {{"Administrator Kesehatan", 3}, {"Epidemiolog Kesehatan", 2}, {"Sanitarian", 2}, {"Penyuluh Kesehatan Masyarakat", 2}, {"Nutrisionis", 1}, {"Apoteker", 1}}},
    {Profile::PublicWorks, true, {{"Teknik Jalan dan Jembatan", 4}, {"Teknik Pengairan", 3}, {"Penata Ruang", 2}, {"Teknik Tata Bangunan dan Perumahan", 2}, {"Pengelola Sarana dan Prasarana", 2}}},
    {Profile::Social, true, {{"Pekerja Sosial", 5}, {"Penyuluh Sosial", 2}}},
    {Profile::CivilRegistry, true, {{"Administrator Database Kependudukan", 3}, {"Pengadministrasi Registrasi Kependudukan", 5}, {"Pengelola Data Kependudukan", 3}}},
    {Profile::Agriculture, true, {{"Penyuluh Pertanian", 8}, {"Pengawas Benih Tanaman", 1}, {"Pengendali Organisme Pengganggu Tumbuh-Tumbuhan", 2}, {"Medik Veteriner", 1}, {"Paramedik Veteriner", 2}}},
    {Profile::Licensing, true, {{"Pengelola Perizinan", 5}, {"Analis Kebijakan", 2}}},
    {Profile::PublicOrder, true, {{"Polisi Pamong Praja", 10}, {"Pemadam Kebakaran", 5}, {"Petugas Keamanan", 1}}},
    {Profile::Communication, true, {{"Pranata Komputer", 6}, {"Pranata Hubungan Masyarakat", 4}}},
    {Profile::Environment, true, {{"Pengendali Dampak Lingkungan", 3}, {"Pengawas Lingkungan Hidup", 2}}},
    {Profile::Transport, true, {{"Penguji Kendaraan Bermotor", 4}}},
    {Profile::Disaster, true, {{"Penata Penanggulangan Bencana", 4}}},
    {Profile::FamilyPlanning, true, {{"Penyuluh Keluarga Berencana", 6}}},
    {Profile::Fisheries, true, {{"Penyuluh Perikanan", 5}}},
    {Profile::Culture, true, {{"Pamong Budaya", 3}}},
    {Profile::Library, true, {{"Pustakawan", 5}, {"Arsiparis", 4}}},
    {Profile::GeneralOffice, true, {{"Analis Kebijakan", 1}}},
    {Profile::Kecamatan, true, {{"Pengadministrasi Umum", 4}, {"Polisi Pamong Praja", 2}, {"Penggerak Swadaya Masyarakat", 2}, {"Analis Kebijakan", 1}, {"Pengadministrasi Registrasi Kependudukan", 2}}},
    {Profile::Kelurahan, false, {{"Pengadministrasi Umum", 4}, {"Operator Layanan Operasional", 3}, {"Penggerak Swadaya Masyarakat", 1}, {"Pengelola Layanan Operasional", 2}}},
    {Profile::School, false, {{"Guru", 88}, {"Pengadministrasi Perkantoran", 5}, {"Pustakawan", 2}, {"Operator Layanan Operasional", 3}, {"Petugas Keamanan", 1}}},
    {Profile::Puskesmas, false, {{"Perawat", 25}, {"Bidan", 22}, {"Dokter", 6}, {"Dokter Gigi", 2}, {"Apoteker", 2}, {"Asisten Apoteker", 2}, {"Pranata Laboratorium Kesehatan", 3}, {"Sanitarian", 3}, {"Nutrisionis", 3}, {"Perekam Medis", 2}, {"Penyuluh Kesehatan Masyarakat", 2}, {"Epidemiolog Kesehatan", 1}, {"Pengadministrasi Perkantoran", 4}, {"Operator Layanan Operasional", 2}}},
    {Profile::Hospital, false, {{"Perawat", 40}, {"Bidan", 10}, {"Dokter", 7}, {"Dokter Gigi", 1}, {"Apoteker", 3}, {"Asisten Apoteker", 3}, {"Radiografer", 2}, {"Fisioterapis", 2}, {"Pranata Laboratorium Kesehatan", 4}, {"Perekam Medis", 3}, {"Nutrisionis", 2}, {"Administrator Kesehatan", 1}, {"Pengadministrasi Perkantoran", 4}, {"Pengelola Keuangan", 2}, {"Operator Layanan Operasional", 3}, {"Pengemudi", 1}}},
};
// clang-format on

void appendMix(std::vector<ProfileSlot> &slotList, const Mix &mix)
{
    for (const auto &[name, weight] : mix) {
        const int index = professionIndex(name);
        Q_ASSERT_X(index >= 0, "kinerja::demo::profileSlots", name);
        if (index >= 0)
            slotList.push_back({index, weight});
    }
}

std::vector<std::vector<ProfileSlot>> buildSlots()
{
    std::vector<std::vector<ProfileSlot>> all(kProfileCount);
    for (const ProfileMix &p : kProfiles) {
        std::vector<ProfileSlot> &slotList = all.at(static_cast<size_t>(p.profile));
        appendMix(slotList, p.mix);
        if (p.officeBase)
            appendMix(slotList, kOfficeBase);
    }
    return all;
}

} // namespace

const std::vector<Profession> &professions()
{
    return kProfessions;
}

const std::vector<ProfileSlot> &profileSlots(Profile profile)
{
    static const std::vector<std::vector<ProfileSlot>> slotList = buildSlots();
    return slotList.at(static_cast<size_t>(profile));
}

int professionIndex(const char *name)
{
    for (size_t i = 0; i < kProfessions.size(); ++i) {
        if (std::strcmp(kProfessions[i].name, name) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace kinerja::demo
