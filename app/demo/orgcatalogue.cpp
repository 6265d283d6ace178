// Perangkat daerah of a kabupaten after the usual SOTK (demo data: Indonesian
// proper names, not translated).
#include "orgplan.h"

namespace kinerja::demo {

// clang-format off
const std::vector<PdTemplate> &corePerangkatDaerah()
{
    static const std::vector<PdTemplate> list = {
        {"Dinas Pendidikan", "Kepala Dinas Pendidikan", Domain::Education, Profile::EducationOffice, true,
         {{"Bidang Pembinaan Sekolah Dasar", nullptr, {"Seksi Kurikulum dan Penilaian SD", "Seksi Peserta Didik dan Pembangunan Karakter SD", "Seksi Sarana dan Prasarana SD"}},
          {"Bidang Pembinaan Sekolah Menengah Pertama", nullptr, {"Seksi Kurikulum dan Penilaian SMP", "Seksi Peserta Didik dan Pembangunan Karakter SMP", "Seksi Sarana dan Prasarana SMP"}},
          {"Bidang Pembinaan PAUD dan Pendidikan Nonformal", nullptr, {"Seksi Kelembagaan PAUD", "Seksi Pendidikan Masyarakat"}},
          {"Bidang Guru dan Tenaga Kependidikan", nullptr, {"Seksi Guru dan Tenaga Kependidikan SD", "Seksi Guru dan Tenaga Kependidikan SMP"}}}},
        {"Dinas Kesehatan", "Kepala Dinas Kesehatan", Domain::Health, Profile::HealthOffice, true,
         {{"Bidang Kesehatan Masyarakat", nullptr, {"Seksi Kesehatan Keluarga dan Gizi", "Seksi Promosi dan Pemberdayaan Masyarakat", "Seksi Kesehatan Lingkungan"}},
          {"Bidang Pencegahan dan Pengendalian Penyakit", nullptr, {"Seksi Surveilans dan Imunisasi", "Seksi Pencegahan dan Pengendalian Penyakit Menular", "Seksi Penyakit Tidak Menular dan Kesehatan Jiwa"}},
          {"Bidang Pelayanan dan Sumber Daya Kesehatan", nullptr, {"Seksi Pelayanan Kesehatan Primer", "Seksi Kefarmasian dan Alat Kesehatan", "Seksi Sumber Daya Manusia Kesehatan"}}}},
        // The Sekda heads the whole Pemerintah Kabupaten (the root unit), so the
        // Sekretariat Daerah itself is led by the Asisten who coordinates its bagian.
        {"Sekretariat Daerah", "Asisten Administrasi Umum", Domain::Government, Profile::Setda, false,
         {{"Bagian Umum", nullptr, {"Subbagian Tata Usaha Pimpinan", "Subbagian Rumah Tangga", "Subbagian Keuangan"}},
          {"Bagian Hukum", nullptr, {"Subbagian Perundang-undangan", "Subbagian Bantuan Hukum", "Subbagian Dokumentasi dan Informasi Hukum"}},
          {"Bagian Organisasi", nullptr, {"Subbagian Kelembagaan dan Analisis Jabatan", "Subbagian Reformasi Birokrasi dan Akuntabilitas Kinerja", "Subbagian Tata Laksana"}},
          {"Bagian Tata Pemerintahan", nullptr, {"Subbagian Administrasi Pemerintahan", "Subbagian Otonomi Daerah", "Subbagian Kerja Sama"}},
          {"Bagian Kesejahteraan Rakyat", nullptr, {"Subbagian Bina Mental Spiritual", "Subbagian Kesejahteraan Sosial"}},
          {"Bagian Perekonomian dan Sumber Daya Alam", nullptr, {"Subbagian Perekonomian", "Subbagian Sumber Daya Alam"}},
          {"Bagian Pengadaan Barang dan Jasa", nullptr, {"Subbagian Pengelolaan Pengadaan", "Subbagian Pembinaan dan Advokasi"}},
          {"Bagian Protokol dan Komunikasi Pimpinan", nullptr, {"Subbagian Protokol", "Subbagian Komunikasi Pimpinan"}}}},
        {"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", Domain::Government, Profile::Personnel, true,
         {{"Bidang Pengadaan, Pemberhentian dan Informasi", nullptr, {"Subbidang Pengadaan dan Pemberhentian", "Subbidang Data dan Informasi Kepegawaian"}},
          {"Bidang Mutasi dan Promosi", nullptr, {"Subbidang Mutasi", "Subbidang Promosi dan Kepangkatan"}},
          {"Bidang Pengembangan Kompetensi Aparatur", nullptr, {"Subbidang Pendidikan dan Pelatihan", "Subbidang Sertifikasi dan Uji Kompetensi"}},
          {"Bidang Penilaian Kinerja Aparatur dan Penghargaan", nullptr, {"Subbidang Penilaian Kinerja", "Subbidang Disiplin dan Penghargaan"}}}},
        {"Badan Pengelolaan Keuangan dan Aset Daerah", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah", Domain::Finance, Profile::Finance, true,
         {{"Bidang Anggaran", nullptr, {"Subbidang Anggaran Belanja", "Subbidang Anggaran Pendapatan dan Pembiayaan"}},
          {"Bidang Perbendaharaan", nullptr, {"Subbidang Pengelolaan Kas", "Subbidang Verifikasi"}},
          {"Bidang Akuntansi", nullptr, {"Subbidang Akuntansi", "Subbidang Pelaporan"}},
          {"Bidang Aset", nullptr, {"Subbidang Penatausahaan Aset", "Subbidang Pemanfaatan Aset"}}}},
        {"Badan Perencanaan Pembangunan Daerah", "Kepala Badan Perencanaan Pembangunan Daerah", Domain::Government, Profile::Planning, true,
         {{"Bidang Pemerintahan dan Pembangunan Manusia", nullptr, {"Subbidang Pemerintahan", "Subbidang Pembangunan Manusia"}},
          {"Bidang Perekonomian dan Sumber Daya Alam", nullptr, {"Subbidang Perekonomian", "Subbidang Sumber Daya Alam"}},
          {"Bidang Infrastruktur dan Kewilayahan", nullptr, {"Subbidang Infrastruktur", "Subbidang Kewilayahan"}},
          {"Bidang Perencanaan, Pengendalian dan Evaluasi", nullptr, {"Subbidang Perencanaan dan Pendanaan", "Subbidang Pengendalian dan Evaluasi"}}}},
        {"Inspektorat Daerah", "Inspektur", Domain::Finance, Profile::Inspectorate, true,
         {{"Inspektorat Pembantu Wilayah I", "Inspektur Pembantu Wilayah I", {}},
          {"Inspektorat Pembantu Wilayah II", "Inspektur Pembantu Wilayah II", {}},
          {"Inspektorat Pembantu Wilayah III", "Inspektur Pembantu Wilayah III", {}},
          {"Inspektorat Pembantu Wilayah IV", "Inspektur Pembantu Wilayah IV", {}}}},
        {"Sekretariat Dewan Perwakilan Rakyat Daerah", "Sekretaris Dewan Perwakilan Rakyat Daerah", Domain::Government, Profile::Setwan, false,
         {{"Bagian Umum dan Keuangan", nullptr, {"Subbagian Tata Usaha dan Kepegawaian", "Subbagian Keuangan", "Subbagian Rumah Tangga"}},
          {"Bagian Persidangan dan Perundang-undangan", nullptr, {"Subbagian Persidangan dan Risalah", "Subbagian Perundang-undangan"}},
          {"Bagian Fasilitasi Penganggaran dan Pengawasan", nullptr, {"Subbagian Fasilitasi Penganggaran", "Subbagian Fasilitasi Pengawasan"}}}},
        {"Dinas Pekerjaan Umum dan Penataan Ruang", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", Domain::Engineering, Profile::PublicWorks, true,
         {{"Bidang Bina Marga", nullptr, {"Seksi Pembangunan Jalan dan Jembatan", "Seksi Preservasi Jalan dan Jembatan"}},
          {"Bidang Sumber Daya Air", nullptr, {"Seksi Irigasi", "Seksi Sungai dan Air Baku"}},
          {"Bidang Cipta Karya", nullptr, {"Seksi Air Minum dan Sanitasi", "Seksi Bangunan Gedung"}},
          {"Bidang Penataan Ruang", nullptr, {"Seksi Perencanaan Tata Ruang", "Seksi Pengendalian Pemanfaatan Ruang"}}}},
        {"Badan Pendapatan Daerah", "Kepala Badan Pendapatan Daerah", Domain::Finance, Profile::Revenue, true,
         {{"Bidang Pendataan dan Penetapan", nullptr, {"Subbidang Pendataan", "Subbidang Penetapan"}},
          {"Bidang Penagihan dan Keberatan", nullptr, {"Subbidang Penagihan", "Subbidang Keberatan"}},
          {"Bidang Pajak Bumi dan Bangunan", nullptr, {"Subbidang Pendataan dan Penilaian", "Subbidang Pelayanan"}}}},
        {"Dinas Sosial", "Kepala Dinas Sosial", Domain::Social, Profile::Social, true,
         {{"Bidang Perlindungan dan Jaminan Sosial", nullptr, {"Seksi Perlindungan Sosial Korban Bencana", "Seksi Jaminan Sosial Keluarga"}},
          {"Bidang Rehabilitasi Sosial", nullptr, {"Seksi Rehabilitasi Sosial Penyandang Disabilitas", "Seksi Rehabilitasi Sosial Anak dan Lanjut Usia"}},
          {"Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin", nullptr, {"Seksi Pemberdayaan Sosial", "Seksi Penanganan Fakir Miskin"}}}},
        {"Dinas Kependudukan dan Pencatatan Sipil", "Kepala Dinas Kependudukan dan Pencatatan Sipil", Domain::It, Profile::CivilRegistry, true,
         {{"Bidang Pelayanan Pendaftaran Penduduk", nullptr, {"Seksi Identitas Penduduk", "Seksi Pindah Datang Penduduk"}},
          {"Bidang Pelayanan Pencatatan Sipil", nullptr, {"Seksi Kelahiran dan Kematian", "Seksi Perkawinan dan Perceraian"}},
          {"Bidang Pengelolaan Informasi Administrasi Kependudukan", nullptr, {"Seksi Sistem Informasi Administrasi Kependudukan", "Seksi Pengolahan dan Penyajian Data"}}}},
        {"Dinas Pertanian", "Kepala Dinas Pertanian", Domain::Agriculture, Profile::Agriculture, true,
         {{"Bidang Tanaman Pangan", nullptr, {"Seksi Produksi Tanaman Pangan", "Seksi Perlindungan Tanaman Pangan"}},
          {"Bidang Hortikultura dan Perkebunan", nullptr, {"Seksi Produksi Hortikultura", "Seksi Produksi Perkebunan"}},
          {"Bidang Peternakan dan Kesehatan Hewan", nullptr, {"Seksi Produksi Peternakan", "Seksi Kesehatan Hewan dan Kesehatan Masyarakat Veteriner"}},
          {"Bidang Penyuluhan", nullptr, {"Seksi Kelembagaan dan Ketenagaan Penyuluhan", "Seksi Metode dan Informasi Penyuluhan"}}}},
        {"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", Domain::Government, Profile::Licensing, true,
         {{"Bidang Penanaman Modal", nullptr, {"Seksi Promosi Penanaman Modal", "Seksi Pengendalian Pelaksanaan Penanaman Modal"}},
          {"Bidang Pelayanan Perizinan", nullptr, {"Seksi Perizinan Usaha", "Seksi Perizinan Non Usaha"}},
          {"Bidang Pengaduan dan Data", nullptr, {"Seksi Pengaduan dan Informasi", "Seksi Data dan Sistem Informasi"}}}},
        {"Satuan Polisi Pamong Praja", "Kepala Satuan Polisi Pamong Praja", Domain::Law, Profile::PublicOrder, true,
         {{"Bidang Penegakan Peraturan Daerah", nullptr, {"Seksi Pembinaan, Pengawasan dan Penyuluhan", "Seksi Penyelidikan dan Penyidikan"}},
          {"Bidang Ketertiban Umum dan Ketenteraman Masyarakat", nullptr, {"Seksi Operasi dan Pengendalian", "Seksi Kerja Sama"}},
          {"Bidang Perlindungan Masyarakat", nullptr, {"Seksi Satuan Perlindungan Masyarakat", "Seksi Bina Potensi Masyarakat"}},
          {"Bidang Pemadam Kebakaran", nullptr, {"Seksi Pencegahan Kebakaran", "Seksi Pemadaman dan Penyelamatan"}}}},
    };
    return list;
}

const std::vector<PdTemplate> &extraPerangkatDaerah()
{
    static const std::vector<PdTemplate> list = {
        {"Dinas Komunikasi dan Informatika", "Kepala Dinas Komunikasi dan Informatika", Domain::It, Profile::Communication, true,
         {{"Bidang Aplikasi Informatika", nullptr, {"Seksi Layanan Aplikasi", "Seksi Tata Kelola E-Government"}},
          {"Bidang Informasi dan Komunikasi Publik", nullptr, {"Seksi Pengelolaan Informasi Publik", "Seksi Kemitraan Media"}},
          {"Bidang Statistik dan Persandian", nullptr, {"Seksi Statistik Sektoral", "Seksi Persandian"}}}},
        {"Dinas Lingkungan Hidup", "Kepala Dinas Lingkungan Hidup", Domain::Engineering, Profile::Environment, true,
         {{"Bidang Tata Lingkungan", nullptr, {"Seksi Kajian Dampak Lingkungan", "Seksi Pemeliharaan Lingkungan"}},
          {"Bidang Pengelolaan Sampah", nullptr, {"Seksi Pengurangan Sampah", "Seksi Penanganan Sampah"}},
          {"Bidang Penaatan Hukum Lingkungan", nullptr, {"Seksi Pengaduan dan Penyelesaian Sengketa", "Seksi Penegakan Hukum Lingkungan"}}}},
        {"Dinas Perhubungan", "Kepala Dinas Perhubungan", Domain::Engineering, Profile::Transport, true,
         {{"Bidang Lalu Lintas dan Angkutan", nullptr, {"Seksi Manajemen Lalu Lintas", "Seksi Angkutan"}},
          {"Bidang Sarana dan Prasarana", nullptr, {"Seksi Pengujian Kendaraan Bermotor", "Seksi Prasarana Perhubungan"}}}},
        {"Badan Penanggulangan Bencana Daerah", "Kepala Pelaksana Badan Penanggulangan Bencana Daerah", Domain::Government, Profile::Disaster, true,
         {{"Bidang Pencegahan dan Kesiapsiagaan", nullptr, {"Seksi Pencegahan", "Seksi Kesiapsiagaan"}},
          {"Bidang Kedaruratan dan Logistik", nullptr, {"Seksi Kedaruratan", "Seksi Logistik"}},
          {"Bidang Rehabilitasi dan Rekonstruksi", nullptr, {"Seksi Rehabilitasi", "Seksi Rekonstruksi"}}}},
        {"Dinas Pengendalian Penduduk dan Keluarga Berencana", "Kepala Dinas Pengendalian Penduduk dan Keluarga Berencana", Domain::Health, Profile::FamilyPlanning, true,
         {{"Bidang Pengendalian Penduduk", nullptr, {"Seksi Pemaduan Kebijakan", "Seksi Data dan Informasi Keluarga"}},
          {"Bidang Keluarga Berencana", nullptr, {"Seksi Pelayanan Keluarga Berencana", "Seksi Penyuluhan dan Penggerakan"}}}},
        {"Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak", Domain::Social, Profile::Social, true,
         {{"Bidang Pemberdayaan Perempuan", nullptr, {"Seksi Kualitas Hidup Perempuan", "Seksi Pengarusutamaan Gender"}},
          {"Bidang Perlindungan Anak", nullptr, {"Seksi Pemenuhan Hak Anak", "Seksi Perlindungan Khusus Anak"}}}},
        {"Dinas Pemberdayaan Masyarakat dan Desa", "Kepala Dinas Pemberdayaan Masyarakat dan Desa", Domain::Government, Profile::GeneralOffice, true,
         {{"Bidang Pemerintahan Desa", nullptr, {"Seksi Administrasi Pemerintahan Desa", "Seksi Keuangan dan Aset Desa"}},
          {"Bidang Pemberdayaan Masyarakat", nullptr, {"Seksi Kelembagaan Masyarakat", "Seksi Pemberdayaan Ekonomi Masyarakat"}}}},
        {"Dinas Perikanan", "Kepala Dinas Perikanan", Domain::Agriculture, Profile::Fisheries, true,
         {{"Bidang Perikanan Tangkap", nullptr, {"Seksi Sarana dan Prasarana Perikanan Tangkap", "Seksi Pengelolaan Nelayan"}},
          {"Bidang Perikanan Budidaya", nullptr, {"Seksi Produksi Perikanan Budidaya", "Seksi Kesehatan Ikan dan Lingkungan"}}}},
        {"Dinas Koperasi, Usaha Kecil dan Menengah", "Kepala Dinas Koperasi, Usaha Kecil dan Menengah", Domain::Finance, Profile::GeneralOffice, true,
         {{"Bidang Kelembagaan dan Pengawasan Koperasi", nullptr, {"Seksi Kelembagaan Koperasi", "Seksi Pengawasan Koperasi"}},
          {"Bidang Usaha Mikro", nullptr, {"Seksi Pemberdayaan Usaha Mikro", "Seksi Pengembangan Usaha Mikro"}}}},
        {"Dinas Perdagangan dan Perindustrian", "Kepala Dinas Perdagangan dan Perindustrian", Domain::Finance, Profile::GeneralOffice, true,
         {{"Bidang Perdagangan", nullptr, {"Seksi Pengembangan Perdagangan", "Seksi Pengelolaan Pasar"}},
          {"Bidang Perindustrian", nullptr, {"Seksi Industri Kecil dan Menengah", "Seksi Standardisasi Industri"}}}},
        {"Dinas Pariwisata dan Kebudayaan", "Kepala Dinas Pariwisata dan Kebudayaan", Domain::Social, Profile::Culture, true,
         {{"Bidang Destinasi Pariwisata", nullptr, {"Seksi Pengembangan Destinasi", "Seksi Pemasaran Pariwisata"}},
          {"Bidang Kebudayaan", nullptr, {"Seksi Cagar Budaya dan Permuseuman", "Seksi Kesenian dan Tradisi"}}}},
        {"Dinas Pemuda dan Olahraga", "Kepala Dinas Pemuda dan Olahraga", Domain::Education, Profile::GeneralOffice, true,
         {{"Bidang Kepemudaan", nullptr, {"Seksi Pemberdayaan Pemuda", "Seksi Kewirausahaan Pemuda"}},
          {"Bidang Keolahragaan", nullptr, {"Seksi Pembudayaan Olahraga", "Seksi Prestasi Olahraga"}}}},
        {"Dinas Ketahanan Pangan", "Kepala Dinas Ketahanan Pangan", Domain::Agriculture, Profile::Agriculture, true,
         {{"Bidang Ketersediaan dan Kerawanan Pangan", nullptr, {"Seksi Ketersediaan Pangan", "Seksi Kerawanan Pangan"}},
          {"Bidang Konsumsi dan Keamanan Pangan", nullptr, {"Seksi Konsumsi Pangan", "Seksi Keamanan Pangan"}}}},
        {"Dinas Perpustakaan dan Kearsipan", "Kepala Dinas Perpustakaan dan Kearsipan", Domain::Social, Profile::Library, true,
         {{"Bidang Perpustakaan", nullptr, {"Seksi Layanan Perpustakaan", "Seksi Pengembangan Koleksi"}},
          {"Bidang Kearsipan", nullptr, {"Seksi Pengelolaan Arsip", "Seksi Pembinaan Kearsipan"}}}},
        {"Dinas Perumahan Rakyat dan Kawasan Permukiman", "Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman", Domain::Engineering, Profile::PublicWorks, true,
         {{"Bidang Perumahan", nullptr, {"Seksi Penyediaan Perumahan", "Seksi Rumah Tidak Layak Huni"}},
          {"Bidang Kawasan Permukiman", nullptr, {"Seksi Penataan Kawasan Permukiman", "Seksi Prasarana Permukiman"}}}},
        {"Dinas Tenaga Kerja dan Transmigrasi", "Kepala Dinas Tenaga Kerja dan Transmigrasi", Domain::Government, Profile::GeneralOffice, true,
         {{"Bidang Penempatan dan Pelatihan Tenaga Kerja", nullptr, {"Seksi Penempatan Tenaga Kerja", "Seksi Pelatihan dan Produktivitas"}},
          {"Bidang Hubungan Industrial", nullptr, {"Seksi Persyaratan Kerja", "Seksi Penyelesaian Perselisihan"}}}},
        {"Badan Kesatuan Bangsa dan Politik", "Kepala Badan Kesatuan Bangsa dan Politik", Domain::Social, Profile::GeneralOffice, true,
         {{"Bidang Ideologi dan Wawasan Kebangsaan", nullptr, {"Subbidang Ideologi", "Subbidang Wawasan Kebangsaan"}},
          {"Bidang Politik Dalam Negeri", nullptr, {"Subbidang Fasilitasi Partai Politik", "Subbidang Kewaspadaan Nasional"}}}},
    };
    return list;
}

const std::vector<const char *> &secretariatSubUnits()
{
    static const std::vector<const char *> list = {
        "Subbagian Umum dan Kepegawaian", "Subbagian Keuangan", "Subbagian Perencanaan"};
    return list;
}

const std::vector<const char *> &kecamatanSeksi()
{
    static const std::vector<const char *> list = {
        "Seksi Pemerintahan", "Seksi Ketenteraman dan Ketertiban Umum",
        "Seksi Pemberdayaan Masyarakat dan Desa", "Seksi Pelayanan Umum"};
    return list;
}

const std::vector<SubUnitTemplate> &hospitalSubUnits()
{
    static const std::vector<SubUnitTemplate> list = {
        {"Bagian Tata Usaha", nullptr, {"Subbagian Umum dan Kepegawaian", "Subbagian Keuangan", "Subbagian Perencanaan dan Rekam Medis"}},
        {"Bidang Pelayanan Medik", nullptr, {"Seksi Pelayanan Medik", "Seksi Penunjang Medik"}},
        {"Bidang Keperawatan", nullptr, {"Seksi Asuhan Keperawatan", "Seksi Etika dan Mutu Keperawatan"}},
        {"Bidang Sarana dan Prasarana", nullptr, {"Seksi Sarana Medik", "Seksi Prasarana Non Medik"}},
    };
    return list;
}
// clang-format on

} // namespace kinerja::demo
