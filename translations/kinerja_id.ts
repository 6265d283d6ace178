<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en_US">
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>Tutup Tab</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Folder Berkas</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Kandar</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Pilih Semua</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Turunkan</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Penggunaan: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opsi]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opsi:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumen:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Tampilkan bantuan tentang opsi baris perintah.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Tampilkan bantuan, termasuk opsi khusus Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Tampilkan informasi versi.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Opsi &apos;%1&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Opsi tidak dikenal: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Nilai setelah &apos;%1&apos; tidak ada.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Nilai setelah &apos;%1&apos; tidak diharapkan.</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Pekerjaan cetak</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Kendali Pekerjaan Cetak</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Jadwal cetak:</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Cetak Segera</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Tahan Tanpa Batas Waktu</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Siang (06.00 sampai 17.59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Malam (18.00 sampai 05.59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Giliran Kedua (16.00 sampai 23.59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Giliran Ketiga (00.00 sampai 07.59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Akhir Pekan (Sabtu sampai Minggu)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Waktu Tertentu</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Informasi tagihan:</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Prioritas pekerjaan:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Halaman Sampul</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Awal:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Akhir:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standar</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Terbatas</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Terklasifikasi</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Sangat Rahasia</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>Apa Ini?</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Cari di:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder Induk</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan Daftar</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Beralih ke tampilan daftar</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan Rinci</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Beralih ke tampilan rinci</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bilah samping</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan markah</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Simpan Sebagai</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Pilih Folder</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua Berkas (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folder Baru</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;Baru</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Singkirkan</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Tampilkan </translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Tempat Terakhir</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Yakin ingin menghapus &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; dilindungi dari penulisan.
Tetap hapus?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Folder tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Ganti berkas itu?</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Periksa apakah nama folder sudah benar.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Periksa apakah nama berkas sudah benar.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal Diubah</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Komputer Saya</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Masukkan nilai:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan rincian...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Tentang Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tentang Qt&lt;/h3&gt;&lt;p&gt;Program ini menggunakan Qt versi %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt adalah perangkat pustaka C++ untuk mengembangkan aplikasi lintas platform.&lt;/p&gt;&lt;p&gt;Dengan Qt, satu kode sumber dapat berjalan di semua sistem operasi desktop utama. Qt juga tersedia untuk Linux tertanam serta sistem operasi tertanam dan seluler lainnya.&lt;/p&gt;&lt;p&gt;Qt tersedia dengan beberapa pilihan lisensi untuk memenuhi kebutuhan penggunanya yang beragam.&lt;/p&gt;&lt;p&gt;Qt dengan perjanjian lisensi komersial kami cocok untuk mengembangkan perangkat lunak berpemilik/komersial bila Anda tidak ingin membagikan kode sumber kepada pihak ketiga atau tidak dapat memenuhi ketentuan GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt dengan lisensi GNU (L)GPL cocok untuk mengembangkan aplikasi Qt&amp;nbsp;selama Anda dapat memenuhi syarat dan ketentuan lisensi tersebut.&lt;/p&gt;&lt;p&gt;Lihat &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; untuk ikhtisar lisensi Qt.&lt;/p&gt;&lt;p&gt;Hak cipta (C) %1 The Qt Company Ltd dan para kontributor.&lt;/p&gt;&lt;p&gt;Qt dan logo Qt adalah merek dagang The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt adalah produk The Qt Company Ltd yang dikembangkan sebagai proyek sumber terbuka. Lihat &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt; untuk informasi lebih lanjut.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Ukuran halaman:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Lebar:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Tinggi:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Sumber kertas:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientasi</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Tegak</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Mendatar</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Mendatar terbalik</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Tegak terbalik</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>margin atas</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>margin kiri</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>margin kanan</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>margin bawah</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Tata Letak Halaman</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Urutan halaman:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Halaman per lembar:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Ukuran sendiri</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimeter (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Poin (pt)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inci (in)</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>Custom</source>
        <translation>Ukuran sendiri</translation>
    </message>
    <message>
        <source>Custom (%1mm x %2mm)</source>
        <translation>Ukuran sendiri (%1mm x %2mm)</translation>
    </message>
    <message>
        <source>Custom (%1pt x %2pt)</source>
        <translation>Ukuran sendiri (%1pt x %2pt)</translation>
    </message>
    <message>
        <source>Custom (%1in x %2in)</source>
        <translation>Ukuran sendiri (%1in x %2in)</translation>
    </message>
    <message>
        <source>Custom (%1pc x %2pc)</source>
        <translation>Ukuran sendiri (%1pc x %2pc)</translation>
    </message>
    <message>
        <source>Custom (%1DD x %2DD)</source>
        <translation>Ukuran sendiri (%1DD x %2DD)</translation>
    </message>
    <message>
        <source>Custom (%1CC x %2CC)</source>
        <translation>Ukuran sendiri (%1CC x %2CC)</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Amplop Monarch</translation>
    </message>
    <message>
        <source>Envelope You 4</source>
        <translation>Amplop You 4</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Amplop US 10</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Amplop US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Amplop US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Amplop US 14</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Amplop US 9</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Amplop PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Amplop PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Amplop PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Amplop PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Amplop PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Amplop PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Amplop PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Amplop PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Amplop PRC 9</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Amplop PRC 10</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Amplop C65</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Amplop DL</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Amplop B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Amplop B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Amplop B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Amplop C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Amplop C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Amplop C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Amplop C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Amplop C4</translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation>Amplop C5</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Amplop C6</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Amplop C7</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Amplop Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Amplop Chou 4</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Amplop Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Amplop Kaku 3</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Amplop Undangan</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Amplop Italia</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Amplop Pribadi</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Kartu Pos</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Kartu Pos Ganda</translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Kertas Sambung Jerman (8.5 x 12 in)</translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Kertas Sambung Jerman Legal (8.5 x 13 in)</translation>
    </message>
    <message>
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translation>Kertas Sambung AS (14.875 x 11 in)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk semua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Opsi &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Opsi &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Cetak ke Berkas (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Cetak ke Berkas ...</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Tulis berkas PDF</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Berkas lokal</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Semua Halaman</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Halaman Ganjil</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Halaman Genap</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Kiri ke Kanan, Atas ke Bawah</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Kiri ke Kanan, Bawah ke Atas</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Kanan ke Kiri, Bawah ke Atas</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Kanan ke Kiri, Atas ke Bawah</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Bawah ke Atas, Kiri ke Kanan</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Bawah ke Atas, Kanan ke Kiri</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Atas ke Bawah, Kiri ke Kanan</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Atas ke Bawah, Kanan ke Kiri</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 sudah ada.
Timpa berkas itu?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 adalah folder.
Pilih nama berkas lain.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Berkas %1 tidak dapat ditulis.
Pilih nama berkas lain.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Halaman Tidak Valid</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 tidak mengikuti penulisan yang benar. Gunakan &apos;,&apos; untuk memisahkan rentang dan halaman, &apos;-&apos; untuk menyatakan rentang, dan pastikan rentang tidak saling tumpang tindih.</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Nilai &apos;Dari&apos; tidak boleh lebih besar daripada nilai &apos;Sampai&apos;.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Konflik Pengaturan Cetak Bolak-balik</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Ada konflik dalam pengaturan cetak bolak-balik. Perbaiki sekarang?</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Opsi &apos;Halaman per lembar&apos; dan &apos;Set halaman&apos; tidak dapat dipakai bersamaan.
Matikan salah satunya.</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Pratinjau Cetak</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Halaman berikutnya</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Halaman pertama</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Halaman terakhir</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Muat lebar</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Muat halaman</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Tegak</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Mendatar</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Tampilkan satu halaman</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Tampilkan halaman berhadapan</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Tampilkan ikhtisar semua halaman</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Pengaturan halaman</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Pengaturan Halaman</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Ekspor ke PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Properti Pencetak</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Opsi Pekerjaan Cetak</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Konflik Pengaturan Halaman</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Ada konflik pada opsi pengaturan halaman. Perbaiki sekarang?</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Konflik Opsi Lanjutan</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Ada konflik pada beberapa opsi lanjutan. Perbaiki sekarang?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Lanjutan</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Ada konflik pada beberapa opsi. Perbaiki dahulu.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Salinan</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Salinan:</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Rentang cetak</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Cetak semua</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Halaman dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Halaman Ini</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Tuliskan halaman atau rentang, dipisahkan koma. Rentang ditulis sebagai dua angka yang dipisahkan tanda hubung. Misalnya: 3,5-7,9 mencetak halaman 3, 5, 6, 7, dan 9.</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Susun per salinan</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Urutan terbalik</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opsi</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Pengaturan Keluaran</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Mode Warna</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Berwarna</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Skala abu-abu</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Cetak Bolak-balik</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Jilid sisi panjang</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Jilid sisi pendek</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Set halaman:</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Pencetak</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;roperti</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lokasi:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Berkas keluaran:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Gulir ke sini</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Tepi kiri</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Paling atas</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Tepi kanan</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Paling bawah</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Satu halaman ke kiri</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Satu halaman ke atas</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Satu halaman ke kanan</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Satu halaman ke bawah</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Gulir ke kiri</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Gulir ke atas</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Gulir ke kanan</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Gulir ke bawah</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Gulir ke Kiri</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Gulir ke Kanan</translation>
    </message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>Apa Ini?</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Lokasi Tautan</translation>
    </message>
</context>
<context>
    <name>kinerja::AccountRepository</name>
    <message>
        <source>Cannot set the account&apos;s roles: %1</source>
        <translation>Tidak dapat menetapkan peran akun: %1</translation>
    </message>
    <message>
        <source>Accounts need an office server: on a file the person working is the computer&apos;s user.</source>
        <translation>Akun memerlukan server kantor: pada berkas basis data, yang bekerja adalah pengguna komputer ini.</translation>
    </message>
    <message>
        <source>Cannot read who is logged in: %1</source>
        <translation>Tidak dapat membaca pengguna yang sedang masuk: %1</translation>
    </message>
    <message>
        <source>Cannot read the account of %1: %2</source>
        <translation>Tidak dapat membaca akun %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the roles of %1: %2</source>
        <translation>Tidak dapat membaca peran %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>Tidak dapat membaca daftar akun: %1</translation>
    </message>
    <message>
        <source>Cannot read the accounts&apos; roles: %1</source>
        <translation>Tidak dapat membaca peran akun: %1</translation>
    </message>
    <message>
        <source>There is no account “%1”.</source>
        <translation>Tidak ada akun “%1”.</translation>
    </message>
    <message>
        <source>The new account needs a password.</source>
        <translation>Akun baru memerlukan kata sandi.</translation>
    </message>
    <message>
        <source>Cannot create the account “%1”: %2</source>
        <translation>Tidak dapat membuat akun “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot link the account to the employee: %1</source>
        <translation>Tidak dapat menautkan akun ke pegawai: %1</translation>
    </message>
    <message>
        <source>The new password is empty.</source>
        <translation>Kata sandi baru kosong.</translation>
    </message>
    <message>
        <source>Cannot set the password: %1</source>
        <translation>Tidak dapat menetapkan kata sandi: %1</translation>
    </message>
    <message>
        <source>Cannot disable the account: %1</source>
        <translation>Tidak dapat menonaktifkan akun: %1</translation>
    </message>
    <message>
        <source>Cannot enable the account: %1</source>
        <translation>Tidak dapat mengaktifkan akun: %1</translation>
    </message>
    <message>
        <source>that login already exists on the server.</source>
        <translation>nama login itu sudah ada di server.</translation>
    </message>
    <message>
        <source>a login is up to 63 lower-case letters, digits, “_” and “.”, starting with a letter, and not a name the server reserves.</source>
        <translation>nama login paling banyak 63 huruf kecil, angka, “_” dan “.”, diawali huruf, dan bukan nama yang dicadangkan server.</translation>
    </message>
    <message>
        <source>there is no such account.</source>
        <translation>akun itu tidak ada.</translation>
    </message>
</context>
<context>
    <name>kinerja::Appraisal</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Submitted (diajukan)</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Rated (dinilai)</source>
        <translation>Dinilai</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Belum ditentukan</translation>
    </message>
    <message>
        <source>Technical (teknis)</source>
        <translation>Teknis</translation>
    </message>
    <message>
        <source>Managerial (manajerial)</source>
        <translation>Manajerial</translation>
    </message>
    <message>
        <source>Socio-cultural (sosial kultural)</source>
        <translation>Sosial kultural</translation>
    </message>
    <message>
        <source>rated afresh</source>
        <translation>dinilai tersendiri</translation>
    </message>
    <message>
        <source>mean of the sub-periods</source>
        <translation>rata-rata subperiode</translation>
    </message>
    <message>
        <source>result of the last sub-period</source>
        <translation>hasil subperiode terakhir</translation>
    </message>
    <message>
        <source>a missing sub-period is left out</source>
        <translation>subperiode yang tidak ada diabaikan</translation>
    </message>
    <message>
        <source>a missing sub-period counts as the lowest result</source>
        <translation>subperiode yang tidak ada dihitung sebagai hasil terendah</translation>
    </message>
    <message>
        <source>no result while a sub-period is missing</source>
        <translation>tidak ada hasil selama masih ada subperiode yang tidak ada</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>diajukan</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>dikembalikan</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>dinilai</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>difinalkan</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>dibuka kembali</translation>
    </message>
    <message>
        <source>keberatan filed</source>
        <translation>keberatan diajukan</translation>
    </message>
    <message>
        <source>keberatan explained</source>
        <translation>keberatan dijelaskan</translation>
    </message>
    <message>
        <source>keberatan decided</source>
        <translation>keberatan diputuskan</translation>
    </message>
    <message>
        <source>rolled up</source>
        <translation>direkapitulasi</translation>
    </message>
</context>
<context>
    <name>kinerja::AppraisalBulk</name>
    <message>
        <source>The period no longer exists.</source>
        <translation>Periode tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>Period %1 is closed; no appraisal can be added to it.</source>
        <translation>Periode %1 sudah ditutup; tidak ada penilaian kinerja yang dapat ditambahkan ke periode ini.</translation>
    </message>
    <message>
        <source>no position recorded by the end of %1</source>
        <translation>tidak ada jabatan yang tercatat sampai akhir %1</translation>
    </message>
    <message>
        <source>Choose another period to copy to.</source>
        <translation>Pilih periode lain sebagai tujuan penyalinan.</translation>
    </message>
    <message>
        <source>Period %1 is closed; nothing can be copied into it.</source>
        <translation>Periode %1 sudah ditutup; tidak ada yang dapat disalin ke periode ini.</translation>
    </message>
    <message>
        <source>no appraisal for %1 yet; create it first</source>
        <translation>belum ada penilaian kinerja untuk %1; buat terlebih dahulu</translation>
    </message>
    <message>
        <source>the appraisal for %1 is final</source>
        <translation>penilaian kinerja untuk %1 sudah final</translation>
    </message>
    <message>
        <source>the two periods use different kinds of scheme</source>
        <translation>kedua periode menggunakan jenis skema penilaian yang berbeda</translation>
    </message>
    <message>
        <source>the appraisal for %1 has an SKP plan already</source>
        <translation>penilaian kinerja untuk %1 sudah memiliki rencana SKP</translation>
    </message>
    <message>
        <source>the appraisal for %1 has no plan to copy</source>
        <translation>penilaian kinerja untuk %1 tidak memiliki rencana untuk disalin</translation>
    </message>
    <message>
        <source>Period %1 is closed and cannot change.</source>
        <translation>Periode %1 sudah ditutup dan tidak dapat diubah.</translation>
    </message>
    <message>
        <source>No IKM is recorded for this unit in %1.</source>
        <translation>Tidak ada IKM yang tercatat untuk unit kerja ini pada %1.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>sudah final</translation>
    </message>
    <message>
        <source>its scheme has no indicator “%1” rated by the public</source>
        <translation>skema penilaiannya tidak memiliki indikator “%1” yang dinilai oleh masyarakat</translation>
    </message>
    <message>
        <source>Say who rates the appraisals.</source>
        <translation>Sebutkan siapa yang menilai penilaian ini.</translation>
    </message>
    <message>
        <source>The appraisal no longer exists.</source>
        <translation>Penilaian kinerja tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 tercantum dua kali.</translation>
    </message>
</context>
<context>
    <name>kinerja::AppraisalContent</name>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: “%2” bukan angka.</translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1 tidak boleh negatif (%2).</translation>
    </message>
    <message>
        <source>RHK %1</source>
        <translation>RHK %1</translation>
    </message>
    <message>
        <source>%1: the Rencana Hasil Kerja is empty.</source>
        <translation>%1: Rencana Hasil Kerja kosong.</translation>
    </message>
    <message>
        <source>%1, indicator %2</source>
        <translation>%1, indikator %2</translation>
    </message>
    <message>
        <source>%1: the indicator text is empty.</source>
        <translation>%1: teks indikator kosong.</translation>
    </message>
    <message>
        <source>%1: the target must be more than 0, not %2.</source>
        <translation>%1: target harus lebih dari 0, bukan %2.</translation>
    </message>
    <message>
        <source>%1: the realisasi cannot be negative (%2).</source>
        <translation>%1: realisasi tidak boleh negatif (%2).</translation>
    </message>
    <message>
        <source>The indicator no longer exists.</source>
        <translation>Indikator tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>“%1”: the realisasi cannot be negative (%2).</source>
        <translation>“%1”: realisasi tidak boleh negatif (%2).</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 bukan angka.</translation>
    </message>
    <message>
        <source>%1 must be more than 0, not %2.</source>
        <translation>%1 harus lebih dari 0, bukan %2.</translation>
    </message>
    <message>
        <source>Kegiatan %1</source>
        <translation>Kegiatan %1</translation>
    </message>
    <message>
        <source>Kegiatan “%1”: </source>
        <translation>Kegiatan “%1”: </translation>
    </message>
    <message>
        <source>the quantity target (TO)</source>
        <translation>target kuantitas (TO)</translation>
    </message>
    <message>
        <source>the quality target (TK)</source>
        <translation>target kualitas (TK)</translation>
    </message>
    <message>
        <source>the time target (TW)</source>
        <translation>target waktu (TW)</translation>
    </message>
    <message>
        <source>the cost target (TB)</source>
        <translation>target biaya (TB)</translation>
    </message>
    <message>
        <source>the quantity realised (RO)</source>
        <translation>realisasi kuantitas (RO)</translation>
    </message>
    <message>
        <source>the quality realised (RK)</source>
        <translation>realisasi kualitas (RK)</translation>
    </message>
    <message>
        <source>the time realised (RW)</source>
        <translation>realisasi waktu (RW)</translation>
    </message>
    <message>
        <source>the cost realised (RB)</source>
        <translation>realisasi biaya (RB)</translation>
    </message>
    <message>
        <source>a cost realised (RB) needs a cost target (TB).</source>
        <translation>realisasi biaya (RB) memerlukan target biaya (TB).</translation>
    </message>
    <message>
        <source>Unknown perilaku aspect %1.</source>
        <translation>Aspek perilaku %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>%1 must be a score from 0 to %2, not %3.</source>
        <translation>%1 harus berupa nilai dari 0 sampai %2, bukan %3.</translation>
    </message>
    <message>
        <source>The scheme of %1 has no indicator “%2”.</source>
        <translation>Skema penilaian %1 tidak memiliki indikator “%2”.</translation>
    </message>
    <message>
        <source>“%1” is not rated by %2 in this scheme.</source>
        <translation>“%1” tidak dinilai oleh %2 dalam skema penilaian ini.</translation>
    </message>
    <message>
        <source>“%1”, %2: %3</source>
        <translation>“%1”, %2: %3</translation>
    </message>
    <message>
        <source>not a number.</source>
        <translation>bukan angka.</translation>
    </message>
    <message>
        <source>“%1”: a peer rating needs the colleague who gives it.</source>
        <translation>“%1”: penilaian rekan kerja memerlukan rekan kerja yang memberikannya.</translation>
    </message>
    <message>
        <source>“%1”: %2 cannot be their own peer.</source>
        <translation>“%1”: %2 tidak dapat menjadi rekan kerja penilai bagi dirinya sendiri.</translation>
    </message>
    <message>
        <source>The colleague giving the peer rating does not exist.</source>
        <translation>Rekan kerja yang memberikan penilaian tidak ada.</translation>
    </message>
</context>
<context>
    <name>kinerja::AppraisalRepository</name>
    <message>
        <source>The period no longer exists.</source>
        <translation>Periode tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>Period %1 is closed; no appraisal can be added to it.</source>
        <translation>Periode %1 sudah ditutup; tidak ada penilaian kinerja yang dapat ditambahkan ke periode ini.</translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation>Pegawai tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 already has an appraisal for %2 (%3). There is one appraisal per employee and period.</source>
        <translation>%1 sudah memiliki penilaian kinerja untuk %2 (%3). Setiap pegawai hanya memiliki satu penilaian kinerja per periode.</translation>
    </message>
    <message>
        <source>%1 has no position recorded by the end of %2 (see the riwayat), so there is nothing to appraise in that period.</source>
        <translation>%1 tidak memiliki jabatan yang tercatat sampai akhir %2 (lihat riwayat), sehingga tidak ada yang dapat dinilai pada periode tersebut.</translation>
    </message>
    <message>
        <source>Only a draft can be deleted; %1 is %2 and is kept.</source>
        <translation>Hanya draf yang dapat dihapus; %1 berstatus %2 dan tetap disimpan.</translation>
    </message>
    <message>
        <source>The appraisal no longer exists.</source>
        <translation>Penilaian kinerja tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 cannot be their own pejabat penilai.</source>
        <translation>%1 tidak dapat menjadi pejabat penilai kinerja bagi dirinya sendiri.</translation>
    </message>
    <message>
        <source>The chosen pejabat penilai does not exist.</source>
        <translation>Pejabat penilai kinerja yang dipilih tidak ada.</translation>
    </message>
    <message>
        <source>Capaian SKP must be a number from 0 to 120, not %1.</source>
        <translation>Capaian SKP harus berupa angka dari 0 sampai 120, bukan %1.</translation>
    </message>
    <message>
        <source>Tugas tambahan points cannot be negative or empty (%1).</source>
        <translation>Nilai tugas tambahan tidak boleh negatif atau kosong (%1).</translation>
    </message>
    <message>
        <source>Kreativitas points cannot be negative or empty (%1).</source>
        <translation>Nilai kreativitas tidak boleh negatif atau kosong (%1).</translation>
    </message>
    <message>
        <source>%1 cannot be rolled up from %2 periods: they are not shorter than %1.</source>
        <translation>%1 tidak dapat direkapitulasi dari periode %2: periode tersebut tidak lebih pendek daripada %1.</translation>
    </message>
</context>
<context>
    <name>kinerja::AppraisalResults</name>
    <message>
        <source>The period no longer exists.</source>
        <translation>Periode tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>Period %1 is closed; its results cannot change.</source>
        <translation>Periode %1 sudah ditutup; hasilnya tidak dapat diubah.</translation>
    </message>
    <message>
        <source>The appraisal no longer exists.</source>
        <translation>Penilaian kinerja tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Skema penilaian</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versi %2</translation>
    </message>
    <message>
        <source>Stored final result</source>
        <translation>Hasil final yang tersimpan</translation>
    </message>
    <message>
        <source>differs from today&apos;s computation (%1); the final result stands</source>
        <translation>berbeda dari perhitungan hari ini (%1); hasil final tetap berlaku</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>belum lengkap</translation>
    </message>
</context>
<context>
    <name>kinerja::AppraisalScorer</name>
    <message>
        <source>Perilaku rating chosen by the pejabat penilai</source>
        <translation>Rating perilaku kerja yang dipilih pejabat penilai kinerja</translation>
    </message>
    <message>
        <source>not yet rated</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source>%1 falls in no predikat band of this scheme version.</source>
        <translation>%1 tidak masuk rentang predikat mana pun pada versi skema penilaian ini.</translation>
    </message>
    <message>
        <source>Predikat under this scheme version&apos;s bands</source>
        <translation>Predikat menurut rentang pada versi skema penilaian ini</translation>
    </message>
    <message>
        <source>roll-up policy stored on this appraisal</source>
        <translation>aturan rekapitulasi tahunan yang tersimpan pada penilaian kinerja ini</translation>
    </message>
    <message>
        <source>%1 has no sub-periods of the kind “%2” to roll up.</source>
        <translation>%1 tidak memiliki subperiode berjenis “%2” untuk direkapitulasi.</translation>
    </message>
    <message>
        <source>Roll-up from the sub-periods</source>
        <translation>Rekapitulasi dari subperiode</translation>
    </message>
    <message>
        <source>%1 was appraised under another kind of scheme (%2), so it cannot be rolled up into a %3 result.</source>
        <translation>%1 dinilai dengan jenis skema penilaian lain (%2), sehingga tidak dapat direkapitulasi menjadi hasil %3.</translation>
    </message>
    <message>
        <source>%1 (hasil %2, perilaku %3)</source>
        <translation>%1 (hasil %2, perilaku %3)</translation>
    </message>
    <message>
        <source>%1 has no result (left out)</source>
        <translation>%1 tidak memiliki hasil (diabaikan)</translation>
    </message>
    <message>
        <source>%1 has no result (counted as the lowest)</source>
        <translation>%1 tidak memiliki hasil (dihitung sebagai hasil terendah)</translation>
    </message>
    <message>
        <source>%1 has no result</source>
        <translation>%1 tidak memiliki hasil</translation>
    </message>
    <message>
        <source>no sub-period has a result</source>
        <translation>tidak ada subperiode yang memiliki hasil</translation>
    </message>
    <message>
        <source>Result of the last sub-period</source>
        <translation>Hasil subperiode terakhir</translation>
    </message>
    <message>
        <source>Di Bawah = 0, Sesuai = 1, Di Atas = 2</source>
        <translation>Di Bawah = 0, Sesuai = 1, Di Atas = 2</translation>
    </message>
    <message>
        <source>Mean rating hasil kerja (%1), rounded half up</source>
        <translation>Rata-rata rating hasil kerja (%1), dibulatkan setengah ke atas</translation>
    </message>
    <message>
        <source>Mean rating perilaku kerja (%1), rounded half up</source>
        <translation>Rata-rata rating perilaku kerja (%1), dibulatkan setengah ke atas</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Nilai rata-rata</translation>
    </message>
</context>
<context>
    <name>kinerja::AppraisalWorkflow</name>
    <message>
        <source>The appraisal no longer exists.</source>
        <translation>Penilaian kinerja tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>Say who takes this step on %1.</source>
        <translation>Sebutkan siapa yang melakukan langkah ini pada %1.</translation>
    </message>
    <message>
        <source>This step is for an appraisal that is %1, but %2 is %3.</source>
        <translation>Langkah ini untuk penilaian kinerja berstatus %1, tetapi %2 berstatus %3.</translation>
    </message>
    <message>
        <source>%1 cannot be submitted: the SKP has no RHK Utama.</source>
        <translation>%1 tidak dapat diajukan: SKP tidak memiliki RHK Utama.</translation>
    </message>
    <message>
        <source>%1 cannot be submitted: every RHK needs at least one indicator.</source>
        <translation>%1 tidak dapat diajukan: setiap RHK memerlukan paling sedikit satu indikator.</translation>
    </message>
    <message>
        <source>%1 cannot be submitted: the SKP has no kegiatan.</source>
        <translation>%1 tidak dapat diajukan: SKP tidak memiliki kegiatan.</translation>
    </message>
    <message>
        <source>%1 cannot be marked as rated yet: %2</source>
        <translation>%1 belum dapat ditandai sebagai dinilai: %2</translation>
    </message>
    <message>
        <source>the result is incomplete.</source>
        <translation>hasilnya belum lengkap.</translation>
    </message>
    <message>
        <source>%1 is %2; only a rated appraisal can be made final.</source>
        <translation>%1 berstatus %2; hanya penilaian kinerja yang sudah dinilai yang dapat difinalkan.</translation>
    </message>
    <message>
        <source>%1 is incomplete: %2</source>
        <translation>%1 belum lengkap: %2</translation>
    </message>
    <message>
        <source>no result.</source>
        <translation>tidak ada hasil.</translation>
    </message>
    <message>
        <source>%1 has a keberatan that the atasan pejabat penilai has not decided yet.</source>
        <translation>%1 memiliki keberatan yang belum diputuskan oleh atasan pejabat penilai kinerja.</translation>
    </message>
    <message>
        <source>Say who makes the appraisals final.</source>
        <translation>Sebutkan siapa yang memfinalkan penilaian kinerja.</translation>
    </message>
    <message>
        <source>Give the reason for reopening %1; it is recorded with your name.</source>
        <translation>Berikan alasan untuk membuka kembali %1; alasan dicatat bersama nama Anda.</translation>
    </message>
    <message>
        <source>A keberatan is recorded while the appraisal is rated and not final; %1 is %2.</source>
        <translation>Keberatan dicatat ketika penilaian kinerja sudah dinilai dan belum final; %1 berstatus %2.</translation>
    </message>
    <message>
        <source>%1 has no keberatan.</source>
        <translation>%1 tidak memiliki keberatan.</translation>
    </message>
    <message>
        <source>%1 already has a keberatan (filed %2).</source>
        <translation>%1 sudah memiliki keberatan (diajukan %2).</translation>
    </message>
    <message>
        <source>The keberatan on %1 is decided already.</source>
        <translation>Keberatan atas %1 sudah diputuskan.</translation>
    </message>
    <message>
        <source>The keberatan needs its text.</source>
        <translation>Keberatan memerlukan isinya.</translation>
    </message>
    <message>
        <source>The keberatan needs the date it was filed.</source>
        <translation>Keberatan memerlukan tanggal pengajuannya.</translation>
    </message>
    <message>
        <source>The explanation of the pejabat penilai needs its text and date.</source>
        <translation>Penjelasan pejabat penilai kinerja memerlukan isi dan tanggalnya.</translation>
    </message>
    <message>
        <source>The explanation cannot be dated before the keberatan (%1).</source>
        <translation>Tanggal penjelasan tidak boleh sebelum tanggal keberatan (%1).</translation>
    </message>
    <message>
        <source>The decision of the atasan pejabat penilai needs its text and date.</source>
        <translation>Keputusan atasan pejabat penilai kinerja memerlukan isi dan tanggalnya.</translation>
    </message>
    <message>
        <source>The decision cannot be dated before the keberatan (%1).</source>
        <translation>Tanggal keputusan tidak boleh sebelum tanggal keberatan (%1).</translation>
    </message>
</context>
<context>
    <name>kinerja::Appraisals</name>
    <message>
        <source>the appraisal of %1 for %2</source>
        <translation>penilaian kinerja %1 untuk %2</translation>
    </message>
    <message>
        <source>Period %1 is closed, so %2 cannot change. Reopen the period first (with a reason).</source>
        <translation>Periode %1 sudah ditutup, sehingga %2 tidak dapat diubah. Buka kembali periode tersebut terlebih dahulu (dengan alasan).</translation>
    </message>
    <message>
        <source>%1 is final and cannot change. Reopen it first (with a reason) if it must be corrected.</source>
        <translation>%1 sudah final dan tidak dapat diubah. Buka kembali terlebih dahulu (dengan alasan) jika perlu dikoreksi.</translation>
    </message>
    <message>
        <source>The appraisal no longer exists.</source>
        <translation>Penilaian kinerja tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 uses a %2 scheme; this belongs to %3.</source>
        <translation>%1 menggunakan skema penilaian %2; data ini milik skema penilaian %3.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>Basis data menolak perubahan: %1</translation>
    </message>
</context>
<context>
    <name>kinerja::AuditTrail</name>
    <message>
        <source>entry %1: its hash does not match its content (it was edited)</source>
        <translation>entri %1: hash-nya tidak cocok dengan isinya (entri telah diubah)</translation>
    </message>
    <message>
        <source>entry %1: it is the first entry but names one before it (earlier entries were removed)</source>
        <translation>entri %1: entri ini adalah entri pertama, tetapi merujuk ke entri sebelumnya (entri-entri sebelumnya telah dihapus)</translation>
    </message>
    <message>
        <source>entry %1: it does not follow entry %2 (an entry between them was removed or changed)</source>
        <translation>entri %1: entri ini tidak menyambung ke entri %2 (ada entri di antara keduanya yang dihapus atau diubah)</translation>
    </message>
    <message>
        <source>Cannot read the audit trail of %1: %2</source>
        <translation>Tidak dapat membaca jejak audit %1: %2</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>Pemeriksaan dibatalkan.</translation>
    </message>
    <message>
        <source>%1 has no audit entry: added outside Kinerja</source>
        <translation>%1 tidak memiliki entri audit: ditambahkan di luar Kinerja</translation>
    </message>
    <message>
        <source>%1 exists, but its last audit entry %2 deleted it: restored outside Kinerja</source>
        <translation>%1 ada, tetapi entri audit terakhirnya %2 menghapusnya: dipulihkan di luar Kinerja</translation>
    </message>
    <message>
        <source>%1 differs from its last audit entry %2: changed outside Kinerja</source>
        <translation>%1 berbeda dari entri audit terakhirnya %2: diubah di luar Kinerja</translation>
    </message>
    <message>
        <source>%1 no longer exists, but its last audit entry %2 does not delete it: removed outside Kinerja</source>
        <translation>%1 sudah tidak ada, tetapi entri audit terakhirnya %2 tidak menghapusnya: dihapus di luar Kinerja</translation>
    </message>
    <message>
        <source>trigger %1 is missing: changes to %2 are not recorded</source>
        <translation>trigger %1 tidak ada: perubahan pada %2 tidak tercatat</translation>
    </message>
    <message>
        <source>trigger %1 is disabled: changes to %2 are not recorded</source>
        <translation>trigger %1 dinonaktifkan: perubahan pada %2 tidak tercatat</translation>
    </message>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>Tidak dapat membaca jejak audit: %1</translation>
    </message>
</context>
<context>
    <name>kinerja::Bands</name>
    <message>
        <source>Rounded to 2 decimals (as printed)</source>
        <translation>Dibulatkan menjadi 2 desimal (seperti dicetak)</translation>
    </message>
    <message>
        <source>%1 falls in no predikat band.</source>
        <translation>%1 tidak masuk rentang predikat mana pun.</translation>
    </message>
    <message>
        <source>, with a new idea or way of working</source>
        <translation>, dengan gagasan baru atau cara kerja baru</translation>
    </message>
    <message>
        <source> — band not confirmed</source>
        <translation> — rentang belum dipastikan</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
</context>
<context>
    <name>kinerja::Berakhlak</name>
    <message numerus="yes">
        <source>%n value(s) Di Bawah Ekspektasi</source>
        <translation>
            <numerusform>%n nilai BerAKHLAK Di Bawah Ekspektasi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 7 values Di Atas Ekspektasi, at least %2 needed</source>
        <translation>%1 dari 7 nilai BerAKHLAK Di Atas Ekspektasi, paling sedikit %2 diperlukan</translation>
    </message>
    <message>
        <source>no value Di Bawah Ekspektasi; %1 of 7 Di Atas, fewer than %2</source>
        <translation>tidak ada nilai Di Bawah Ekspektasi; %1 dari 7 Di Atas, kurang dari %2</translation>
    </message>
    <message>
        <source>Suggested work behaviour rating (the rater decides)</source>
        <translation>Saran rating perilaku kerja (diputuskan oleh pejabat penilai)</translation>
    </message>
    <message>
        <source>suggestion of this application; PermenPANRB 6/2022 leaves the rating to the rater</source>
        <translation>saran dari aplikasi ini; menurut PermenPANRB 6/2022 rating ditetapkan oleh pejabat penilai</translation>
    </message>
</context>
<context>
    <name>kinerja::Database</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Tidak dapat membaca “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Kinerja database: it is not an SQLite database file at all.</source>
        <translation>“%1” bukan basis data Kinerja: berkas ini sama sekali bukan berkas basis data SQLite.</translation>
    </message>
    <message>
        <source>“%1” is damaged or unreadable and was not opened (%2). Restore it from a backup.</source>
        <translation>“%1” rusak atau tidak dapat dibaca sehingga tidak dibuka (%2). Pulihkan berkas ini dari cadangan.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Kinerja database. It was not changed.</source>
        <translation>“%1” adalah basis data SQLite milik program lain, bukan basis data Kinerja. Berkas ini tidak diubah.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Kinerja (database version %2; this Kinerja knows up to version %3). Update Kinerja to open it; the file was not changed.</source>
        <translation>“%1” ditulis oleh Kinerja versi yang lebih baru (versi basis data %2; Kinerja ini hanya mengenal sampai versi %3). Perbarui Kinerja untuk membukanya; berkas tidak diubah.</translation>
    </message>
    <message>
        <source>Cannot configure “%1”: %2</source>
        <translation>Tidak dapat mengonfigurasi “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup copy “%1” before upgrading the database: %2. The database was not changed.</source>
        <translation>Tidak dapat menulis salinan cadangan “%1” sebelum pembaruan basis data: %2. Basis data tidak diubah.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” adalah folder, bukan berkas basis data.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Tidak dapat membuat folder “%1”.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Tidak dapat membuka “%1”: %2</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Langkah pembaruan basis data %1 tidak tersedia dalam versi aplikasi ini.</translation>
    </message>
    <message>
        <source>Upgrading “%1” to version %2 failed: %3. The database was left at version %4.</source>
        <translation>Pembaruan “%1” ke versi %2 gagal: %3. Basis data tetap pada versi %4.</translation>
    </message>
    <message>
        <source>Upgrading “%1” failed: %2</source>
        <translation>Pembaruan “%1” gagal: %2</translation>
    </message>
    <message>
        <source>“%1” is not a database file.</source>
        <translation>“%1” bukan berkas basis data.</translation>
    </message>
    <message>
        <source>This installation cannot reach a PostgreSQL server: Qt&apos;s QPSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>Instalasi ini tidak dapat tersambung ke server PostgreSQL: driver QPSQL milik Qt tidak ada (paket Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the Kinerja server %1: %2</source>
        <translation>Tidak dapat tersambung ke server Kinerja %1: %2</translation>
    </message>
    <message>
        <source>Cannot configure the connection to %1: %2</source>
        <translation>Tidak dapat mengonfigurasi sambungan ke %1: %2</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost; your changes are still here. Save again when the server is back.

(%2)</source>
        <translation>Sambungan ke server %1 terputus; perubahan Anda masih ada di sini. Simpan lagi setelah server tersedia kembali.

(%2)</translation>
    </message>
    <message>
        <source>Cannot read the schema of %1: %2</source>
        <translation>Tidak dapat membaca skema basis data %1: %2</translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not a Kinerja database. It was not changed.</source>
        <translation>%1 berisi tabel milik program lain, bukan basis data Kinerja. Basis data tersebut tidak diubah.</translation>
    </message>
    <message>
        <source>Cannot read the Kinerja schema version of %1: %2</source>
        <translation>Tidak dapat membaca versi skema Kinerja pada %1: %2</translation>
    </message>
    <message>
        <source>Cannot lock the schema of %1: %2</source>
        <translation>Tidak dapat mengunci skema basis data %1: %2</translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of Kinerja (database version %2; this Kinerja knows up to version %3). Update Kinerja to use it; the database was not changed.</source>
        <translation>%1 disiapkan oleh Kinerja versi yang lebih baru (versi basis data %2; Kinerja ini hanya mengenal sampai versi %3). Perbarui Kinerja untuk menggunakannya; basis data tidak diubah.</translation>
    </message>
    <message>
        <source>%1 has no Kinerja schema yet. An administrator creates it with: kinerja-cli server init --db %2</source>
        <translation>%1 belum memiliki skema Kinerja. Administrator membuatnya dengan: kinerja-cli server init --db %2</translation>
    </message>
    <message>
        <source>%1 is at database version %2, and this Kinerja needs version %3. An administrator upgrades it with: kinerja-cli server upgrade --db %4. The database was not changed.</source>
        <translation>%1 berada pada versi basis data %2, sedangkan Kinerja ini memerlukan versi %3. Administrator memperbaruinya dengan: kinerja-cli server upgrade --db %4. Basis data tidak diubah.</translation>
    </message>
    <message>
        <source>%1 already holds a Kinerja database (version %2); it was not changed. Use server upgrade for a newer version.</source>
        <translation>%1 sudah berisi basis data Kinerja (versi %2); basis data tersebut tidak diubah. Gunakan server upgrade untuk versi yang lebih baru.</translation>
    </message>
    <message>
        <source>%1 has no Kinerja schema to upgrade. Create it with: kinerja-cli server init --db %2</source>
        <translation>%1 tidak memiliki skema Kinerja yang dapat diperbarui. Buat skema dengan: kinerja-cli server init --db %2</translation>
    </message>
    <message>
        <source>A database file has no password.</source>
        <translation>Berkas basis data tidak memiliki kata sandi.</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>Kata sandi salah.</translation>
    </message>
    <message>
        <source>Cannot reach the server %1 to check the password: %2</source>
        <translation>Tidak dapat menghubungi server %1 untuk memeriksa kata sandi: %2</translation>
    </message>
</context>
<context>
    <name>kinerja::DatabaseCopy</name>
    <message>
        <source>Cannot read table %1 of %2: %3</source>
        <translation>Tidak dapat membaca tabel %1 dari %2: %3</translation>
    </message>
    <message>
        <source>Table %1 of %2: %3</source>
        <translation>Tabel %1 pada %2: %3</translation>
    </message>
    <message>
        <source>Table %1 has different columns in %2 and in %3.</source>
        <translation>Tabel %1 memiliki kolom yang berbeda di %2 dan di %3.</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>Penyalinan dibatalkan.</translation>
    </message>
    <message>
        <source>Cannot write table %1 into %2: %3</source>
        <translation>Tidak dapat menulis tabel %1 ke %2: %3</translation>
    </message>
    <message>
        <source>%1 is not empty: table %2 holds %3 row(s). Copy only into a new, empty database; it was not changed.</source>
        <translation>%1 tidak kosong: tabel %2 berisi %3 baris. Salin hanya ke basis data baru yang kosong; basis data tersebut tidak diubah.</translation>
    </message>
    <message>
        <source>Table %1 has %2 rows in %3 but %4 in the copy; nothing was copied.</source>
        <translation>Tabel %1 berisi %2 baris di %3, tetapi %4 baris di salinannya; tidak ada yang disalin.</translation>
    </message>
    <message>
        <source>Both databases must be open to copy.</source>
        <translation>Kedua basis data harus terbuka untuk penyalinan.</translation>
    </message>
    <message>
        <source>%1 cannot be copied into itself.</source>
        <translation>%1 tidak dapat disalin ke dirinya sendiri.</translation>
    </message>
    <message>
        <source>%1 is at database version %2 and %3 at version %4: both must be at the same version.</source>
        <translation>%1 berada pada versi basis data %2, sedangkan %3 pada versi %4: keduanya harus berada pada versi yang sama.</translation>
    </message>
    <message>
        <source>%1 has tables this Kinerja cannot copy (%2) or lacks tables it expects (%3).</source>
        <translation>%1 memiliki tabel yang tidak dapat disalin oleh Kinerja ini (%2) atau tidak memiliki tabel yang diharapkan (%3).</translation>
    </message>
    <message>
        <source>Cannot start writing %1: %2</source>
        <translation>Tidak dapat mulai menulis ke %1: %2</translation>
    </message>
    <message>
        <source>Cannot commit the copy into %1: %2</source>
        <translation>Tidak dapat menuntaskan (commit) penyalinan ke %1: %2</translation>
    </message>
    <message>
        <source>%1 was copied, but updating its planner statistics (ANALYZE) failed: %2</source>
        <translation>%1 telah disalin, tetapi pembaruan statistik perencana kuerinya (ANALYZE) gagal: %2</translation>
    </message>
</context>
<context>
    <name>kinerja::DemoGenerator</name>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The demo unit “%1” was refused: %2</source>
        <translation>Unit kerja demo “%1” ditolak: %2</translation>
    </message>
    <message>
        <source>The demo employee %1 (NIP %2) was refused: %3</source>
        <translation>Pegawai demo %1 (NIP %2) ditolak: %3</translation>
    </message>
    <message>
        <source>The number of employees must be from 1 to %1.</source>
        <translation>Jumlah pegawai harus dari 1 sampai %1.</translation>
    </message>
    <message>
        <source>The reference date is not a valid date.</source>
        <translation>Tanggal acuan bukan tanggal yang valid.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Basis data belum dibuka.</translation>
    </message>
    <message>
        <source>The database already holds units or employees; demo data is only written into an empty database.</source>
        <translation>Basis data sudah berisi unit kerja atau pegawai; data demo hanya ditulis ke basis data yang kosong.</translation>
    </message>
    <message>
        <source>Could not start writing to the database: %1</source>
        <translation>Tidak dapat mulai menulis ke basis data: %1</translation>
    </message>
    <message>
        <source>Could not save the demo data: %1</source>
        <translation>Tidak dapat menyimpan data demo: %1</translation>
    </message>
    <message>
        <source>The years of appraisal history must be from 0 to %1.</source>
        <translation>Jumlah tahun riwayat penilaian kinerja harus dari 0 sampai %1.</translation>
    </message>
    <message>
        <source>The demo appraisal of %1 for %2 was refused: %3</source>
        <translation>Penilaian kinerja demo %1 untuk %2 ditolak: %3</translation>
    </message>
    <message>
        <source>The demo appraisal of %1 could not be made final: %2</source>
        <translation>Penilaian kinerja demo %1 tidak dapat difinalkan: %2</translation>
    </message>
    <message>
        <source>The demo appraisals for %1 were refused: %2</source>
        <translation>Penilaian demo untuk %1 ditolak: %2</translation>
    </message>
</context>
<context>
    <name>kinerja::Distribution</name>
    <message>
        <source>%1 and/or %2</source>
        <translation>%1 dan/atau %2</translation>
    </message>
    <message>
        <source>%1: %2% &gt; at most %3%</source>
        <translation>%1: %2% &gt; paling banyak %3%</translation>
    </message>
    <message>
        <source>%1: %2% &lt; at least %3%</source>
        <translation>%1: %2% &lt; paling sedikit %3%</translation>
    </message>
    <message>
        <source>%1: none, but the pattern must include some</source>
        <translation>%1: tidak ada, padahal pola distribusi harus memuatnya</translation>
    </message>
    <message>
        <source>Organisation predikat %1 has two patterns.</source>
        <translation>Predikat organisasi %1 memiliki dua pola.</translation>
    </message>
    <message>
        <source>Pattern %1, rule %2</source>
        <translation>Pola %1, aturan %2</translation>
    </message>
    <message>
        <source>%1 names no predikat.</source>
        <translation>%1 tidak menyebut predikat apa pun.</translation>
    </message>
    <message>
        <source>%1 names %2 twice.</source>
        <translation>%1 menyebut %2 dua kali.</translation>
    </message>
    <message>
        <source>%1: “at least %2%” and “at most %3%” must lie within 0–100% with at least ≤ at most.</source>
        <translation>%1: “paling sedikit %2%” dan “paling banyak %3%” harus di antara 0–100% dengan paling sedikit ≤ paling banyak.</translation>
    </message>
</context>
<context>
    <name>kinerja::Employee</name>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Retired (pensiun)</source>
        <translation>Pensiun</translation>
    </message>
    <message>
        <source>Transferred out (mutasi keluar)</source>
        <translation>Mutasi keluar</translation>
    </message>
    <message>
        <source>Deceased (meninggal)</source>
        <translation>Meninggal dunia</translation>
    </message>
</context>
<context>
    <name>kinerja::EmployeeRepository</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation>Basis data menolak perubahan: %1</translation>
    </message>
    <message>
        <source>An employee cannot be their own atasan.</source>
        <translation>Pegawai tidak dapat menjadi atasan langsung bagi dirinya sendiri.</translation>
    </message>
    <message>
        <source>The chosen atasan does not exist.</source>
        <translation>Atasan langsung yang dipilih tidak ada.</translation>
    </message>
    <message>
        <source>%1 cannot be the atasan: the chain of atasan would loop back (%2).</source>
        <translation>%1 tidak dapat menjadi atasan langsung: rantai atasan akan berputar kembali (%2).</translation>
    </message>
    <message>
        <source>The unit does not exist (any more).</source>
        <translation>Unit kerja tidak ada (lagi).</translation>
    </message>
    <message>
        <source>NIP %1 is already recorded for %2.</source>
        <translation>NIP %1 sudah tercatat atas nama %2.</translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation>Pegawai tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>The change must take effect on or after %1, the date of the last riwayat entry.</source>
        <translation>Perubahan harus berlaku pada atau sesudah %1, tanggal entri riwayat terakhir.</translation>
    </message>
    <message>
        <source>%1 heads “%2”. Choose another head for the unit first.</source>
        <translation>%1 adalah kepala “%2”. Pilih kepala unit yang lain terlebih dahulu.</translation>
    </message>
    <message>
        <source>%1 is the atasan of %2 employee(s) (%3). Give them another atasan first.</source>
        <translation>%1 adalah atasan langsung dari %2 pegawai (%3). Tetapkan atasan langsung lain bagi mereka terlebih dahulu.</translation>
    </message>
    <message>
        <source>%1 has %2 appraisal(s), which are kept, so the employee cannot be deleted. Record that they left (an employment state) instead.</source>
        <translation>%1 memiliki %2 penilaian kinerja yang tetap disimpan, sehingga pegawai tidak dapat dihapus. Sebagai gantinya, catat bahwa pegawai tersebut keluar (sebagai kedudukan pegawai).</translation>
    </message>
</context>
<context>
    <name>kinerja::EmployeeRules</name>
    <message>
        <source>A PPPK needs a Nomor Induk PPPK (digit 13 is 2), but this is a PNS NIP.</source>
        <translation>PPPK memerlukan Nomor Induk PPPK (digit ke-13 adalah 2), tetapi ini NIP PNS.</translation>
    </message>
    <message>
        <source>A PNS or CPNS needs a PNS NIP (digits 13–14 are the TMT month), but this is a Nomor Induk PPPK.</source>
        <translation>PNS atau CPNS memerlukan NIP PNS (digit ke-13–14 adalah bulan TMT), tetapi ini Nomor Induk PPPK.</translation>
    </message>
    <message>
        <source>Enter the employee&apos;s name, without academic titles.</source>
        <translation>Masukkan nama pegawai, tanpa gelar akademik.</translation>
    </message>
    <message>
        <source>The name must contain letters.</source>
        <translation>Nama harus mengandung huruf.</translation>
    </message>
    <message>
        <source>Choose the PPPK golongan, from I to XVII.</source>
        <translation>Pilih golongan PPPK, dari I sampai XVII.</translation>
    </message>
    <message>
        <source>Choose the pangkat and golongan ruang, from I/a to IV/e.</source>
        <translation>Pilih pangkat dan golongan ruang, dari I/a sampai IV/e.</translation>
    </message>
    <message>
        <source>Enter the name of the jabatan.</source>
        <translation>Masukkan nama jabatan.</translation>
    </message>
    <message>
        <source>A JPT needs its level: JPT Utama, JPT Madya or JPT Pratama.</source>
        <translation>JPT memerlukan tingkatannya: JPT Utama, JPT Madya, atau JPT Pratama.</translation>
    </message>
    <message>
        <source>A jabatan fungsional needs its jenjang: Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, Pemula, Terampil, Mahir or Penyelia.</source>
        <translation>Jabatan fungsional memerlukan jenjangnya: Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, Pemula, Terampil, Mahir, atau Penyelia.</translation>
    </message>
    <message>
        <source>A jabatan %1 has no jenjang; leave the jenjang empty.</source>
        <translation>Jabatan %1 tidak memiliki jenjang; kosongkan jenjang.</translation>
    </message>
    <message>
        <source>Choose the jenis jabatan.</source>
        <translation>Pilih jenis jabatan.</translation>
    </message>
    <message>
        <source>Choose the unit the employee works in.</source>
        <translation>Pilih unit kerja pegawai.</translation>
    </message>
    <message>
        <source>Choose the employment state.</source>
        <translation>Pilih kedudukan pegawai.</translation>
    </message>
    <message>
        <source>Enter the date on which the state “%1” began.</source>
        <translation>Masukkan tanggal mulai kedudukan “%1”.</translation>
    </message>
</context>
<context>
    <name>kinerja::Explanation</name>
    <message>
        <source>Missing: %1</source>
        <translation>Belum diisi: %1</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Tidak valid: %1</translation>
    </message>
</context>
<context>
    <name>kinerja::ExportQuery</name>
    <message>
        <source>The %1 cannot be read from the database: %2</source>
        <translation>%1 tidak dapat dibaca dari basis data: %2</translation>
    </message>
    <message>
        <source>appraisals of the export</source>
        <translation>penilaian untuk ekspor</translation>
    </message>
    <message>
        <source>indicators of the export</source>
        <translation>indikator untuk ekspor</translation>
    </message>
</context>
<context>
    <name>kinerja::Ikm</name>
    <message>
        <source>Row %1, %2 (%3): “%4” is not an answer 1–4.</source>
        <translation>Baris %1, %2 (%3): “%4” bukan jawaban 1–4.</translation>
    </message>
    <message>
        <source>%1: nobody answered</source>
        <translation>%1: tidak ada yang menjawab</translation>
    </message>
    <message>
        <source>IKM (sum of NRR tertimbang)</source>
        <translation>IKM (jumlah NRR tertimbang)</translation>
    </message>
    <message>
        <source>IKM unit pelayanan</source>
        <translation>IKM unit pelayanan</translation>
    </message>
</context>
<context>
    <name>kinerja::IkmSurveyRepository</name>
    <message>
        <source>The period no longer exists.</source>
        <translation>Periode sudah tidak ada.</translation>
    </message>
    <message>
        <source>Period %1 is closed; its IKM cannot change. Reopen it first (with a reason).</source>
        <translation>Periode %1 sudah ditutup; IKM-nya tidak dapat diubah. Buka kembali terlebih dahulu (dengan alasan).</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>Unit kerja sudah tidak ada.</translation>
    </message>
    <message>
        <source>A survey needs at least one respondent.</source>
        <translation>Survei memerlukan sedikitnya satu responden.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 answers totalling %4 cannot come from %5 respondents answering 1–4.</source>
        <translation>%1 (%2): %3 jawaban berjumlah %4 tidak mungkin berasal dari %5 responden yang menjawab 1–4.</translation>
    </message>
    <message>
        <source>The IKM must be 0–100, not %1.</source>
        <translation>IKM harus 0–100, bukan %1.</translation>
    </message>
</context>
<context>
    <name>kinerja::Nip</name>
    <message>
        <source>Enter the NIP: 18 digits.</source>
        <translation>Masukkan NIP: 18 digit.</translation>
    </message>
    <message>
        <source>The NIP may contain only digits; spaces, dots and dashes between the groups are ignored.</source>
        <translation>NIP hanya boleh berisi angka; spasi, titik, dan tanda hubung di antara kelompok angka diabaikan.</translation>
    </message>
    <message>
        <source>The NIP must have exactly 18 digits.</source>
        <translation>NIP harus tepat 18 digit.</translation>
    </message>
    <message>
        <source>Digits 1–8 of the NIP must be the birth date as YYYYMMDD: a real calendar date, in 1940 or later and not in the future.</source>
        <translation>Digit ke-1–8 NIP harus berupa tanggal lahir dengan format YYYYMMDD: tanggal kalender yang benar, tahun 1940 atau sesudahnya, dan bukan tanggal yang akan datang.</translation>
    </message>
    <message>
        <source>Digits 13–14 of a PNS NIP must be the month of the TMT CPNS (01–12); a Nomor Induk PPPK has 2 at digit 13.</source>
        <translation>Digit ke-13–14 NIP PNS harus berupa bulan TMT CPNS (01–12); Nomor Induk PPPK memiliki angka 2 pada digit ke-13.</translation>
    </message>
    <message>
        <source>Digits 9–12 of the NIP must be the year of the start date (TMT), from 1960 to next year.</source>
        <translation>Digit ke-9–12 NIP harus berupa tahun TMT, dari 1960 sampai tahun depan.</translation>
    </message>
    <message>
        <source>Digit 14 of a PPPK NIP (Nomor Induk PPPK) must be a digit from 1 to 9.</source>
        <translation>Digit ke-14 NIP PPPK (Nomor Induk PPPK) harus berupa angka 1 sampai 9.</translation>
    </message>
    <message>
        <source>Digit 15 of the NIP must be the gender: 1 (male) or 2 (female).</source>
        <translation>Digit ke-15 NIP harus berupa kode jenis kelamin: 1 (laki-laki) atau 2 (perempuan).</translation>
    </message>
    <message>
        <source>Digits 16–18 of the NIP must be a serial number from 001 to 999.</source>
        <translation>Digit ke-16–18 NIP harus berupa nomor urut dari 001 sampai 999.</translation>
    </message>
    <message>
        <source>The start date (TMT) in digits 9–14 of the NIP must be after the birth date in digits 1–8.</source>
        <translation>TMT pada digit ke-9–14 NIP harus sesudah tanggal lahir pada digit ke-1–8.</translation>
    </message>
    <message>
        <source>The birth date (digits 1–8) and the start date (TMT, digits 9–14) of the NIP give an age at start outside 18–60 years.</source>
        <translation>Tanggal lahir (digit ke-1–8) dan TMT (digit ke-9–14) pada NIP menghasilkan usia saat TMT di luar 18–60 tahun.</translation>
    </message>
    <message>
        <source>The NIP is not valid.</source>
        <translation>NIP tidak valid.</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
</context>
<context>
    <name>kinerja::PerilakuMean</name>
    <message>
        <source>Kepemimpinan not counted</source>
        <translation>Kepemimpinan tidak dihitung</translation>
    </message>
    <message>
        <source>not a structural position</source>
        <translation>bukan jabatan struktural</translation>
    </message>
    <message>
        <source>Nilai perilaku kerja (mean of the aspects)</source>
        <translation>Nilai perilaku kerja (rata-rata aspek)</translation>
    </message>
    <message>
        <source>%1 must be 0–%2, not %3.</source>
        <translation>%1 harus 0–%2, bukan %3.</translation>
    </message>
</context>
<context>
    <name>kinerja::Period</name>
    <message>
        <source>January</source>
        <translation>Januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Maret</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Desember</translation>
    </message>
    <message>
        <source>“%1” is not a period: write 2026, 2026-S1, 2026-Q1 or 2026-M03.</source>
        <translation>“%1” bukan periode: tulis 2026, 2026-S1, 2026-Q1, atau 2026-M03.</translation>
    </message>
    <message>
        <source>“%1”: the year must be 1900–9999.</source>
        <translation>“%1”: tahun harus 1900–9999.</translation>
    </message>
    <message>
        <source>“%1”: the month must be two digits 01–12, as in 2026-M03.</source>
        <translation>“%1”: bulan harus dua digit 01–12, seperti pada 2026-M03.</translation>
    </message>
    <message>
        <source>“%1”: the quarter must be 1–4.</source>
        <translation>“%1”: triwulan harus 1–4.</translation>
    </message>
    <message>
        <source>“%1”: the semester must be 1 or 2.</source>
        <translation>“%1”: semester harus 1 atau 2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Quarter %1 %2</source>
        <translation>Triwulan %1 %2</translation>
    </message>
    <message>
        <source>Semester %1 %2</source>
        <translation>Semester %1 %2</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Tahun %1</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Triwulanan</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Tahunan</translation>
    </message>
</context>
<context>
    <name>kinerja::PeriodRepository</name>
    <message>
        <source>The period is not valid.</source>
        <translation>Periode tidak valid.</translation>
    </message>
    <message>
        <source>Period %1 already exists.</source>
        <translation>Periode %1 sudah ada.</translation>
    </message>
    <message>
        <source>The chosen scheme version does not exist.</source>
        <translation>Versi skema penilaian yang dipilih tidak ada.</translation>
    </message>
    <message>
        <source>The period no longer exists.</source>
        <translation>Periode tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>Period %1 is closed and cannot change. Reopen it first (with a reason).</source>
        <translation>Periode %1 sudah ditutup dan tidak dapat diubah. Buka kembali terlebih dahulu (dengan alasan).</translation>
    </message>
    <message>
        <source>Say who closes period %1.</source>
        <translation>Sebutkan siapa yang menutup periode %1.</translation>
    </message>
    <message>
        <source>Period %1 is open already.</source>
        <translation>Periode %1 sudah terbuka.</translation>
    </message>
    <message>
        <source>Say who reopens period %1.</source>
        <translation>Sebutkan siapa yang membuka kembali periode %1.</translation>
    </message>
    <message>
        <source>Give the reason for reopening period %1.</source>
        <translation>Berikan alasan untuk membuka kembali periode %1.</translation>
    </message>
    <message>
        <source>Period %1 has %2 appraisal(s) and cannot be deleted.</source>
        <translation>Periode %1 memiliki %2 penilaian kinerja dan tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>The IKM must be 0–100, not %1.</source>
        <translation>IKM harus 0–100, bukan %1.</translation>
    </message>
</context>
<context>
    <name>kinerja::Pp30</name>
    <message>
        <source>SKP %1% + perilaku %2%</source>
        <translation>SKP %1% + perilaku %2%</translation>
    </message>
    <message>
        <source>Capaian SKP</source>
        <translation>Capaian SKP</translation>
    </message>
    <message>
        <source>Capaian SKP must be 0–120, not %1.</source>
        <translation>Capaian SKP harus 0–120, bukan %1.</translation>
    </message>
    <message>
        <source>Nilai kinerja (%1)</source>
        <translation>Nilai kinerja (%1)</translation>
    </message>
    <message>
        <source>New idea or way of working</source>
        <translation>Gagasan baru atau cara kerja baru</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>kinerja::Pp46</name>
    <message>
        <source>%1, efficiency ≤ 24%</source>
        <translation>%1, efisiensi ≤ 24%</translation>
    </message>
    <message>
        <source>%1, efficiency &gt; 24%</source>
        <translation>%1, efisiensi &gt; 24%</translation>
    </message>
    <message>
        <source>%1 must be more than 0, not %2.</source>
        <translation>%1 harus lebih dari 0, bukan %2.</translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1 tidak boleh negatif (%2).</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>quantity target (TO)</source>
        <translation>target kuantitas (TO)</translation>
    </message>
    <message>
        <source>quality target (TK)</source>
        <translation>target kualitas (TK)</translation>
    </message>
    <message>
        <source>time target (TW)</source>
        <translation>target waktu (TW)</translation>
    </message>
    <message>
        <source>cost target (TB)</source>
        <translation>target biaya (TB)</translation>
    </message>
    <message>
        <source>quantity realised (RO)</source>
        <translation>realisasi kuantitas (RO)</translation>
    </message>
    <message>
        <source>nothing realised</source>
        <translation>tidak ada realisasi</translation>
    </message>
    <message>
        <source>quality realised (RK)</source>
        <translation>realisasi kualitas (RK)</translation>
    </message>
    <message>
        <source>time realised (RW)</source>
        <translation>realisasi waktu (RW)</translation>
    </message>
    <message>
        <source>cost realised (RB)</source>
        <translation>realisasi biaya (RB)</translation>
    </message>
    <message>
        <source>Kuantitas</source>
        <translation>Kuantitas</translation>
    </message>
    <message>
        <source>Kualitas</source>
        <translation>Kualitas</translation>
    </message>
    <message>
        <source>time efficiency (efisiensi waktu, %)</source>
        <translation>efisiensi waktu (%)</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>cost efficiency (efisiensi biaya, %)</source>
        <translation>efisiensi biaya (%)</translation>
    </message>
    <message>
        <source>Biaya</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Perhitungan (sum of the aspects)</source>
        <translation>Perhitungan (jumlah aspek)</translation>
    </message>
    <message>
        <source>Nilai capaian</source>
        <translation>Nilai capaian</translation>
    </message>
    <message>
        <source>the tasks (kegiatan) of the SKP</source>
        <translation>kegiatan dalam SKP</translation>
    </message>
    <message>
        <source>Tugas tambahan points cannot be negative (%1).</source>
        <translation>Nilai tugas tambahan tidak boleh negatif (%1).</translation>
    </message>
    <message>
        <source>Kreativitas points cannot be negative (%1).</source>
        <translation>Nilai kreativitas tidak boleh negatif (%1).</translation>
    </message>
    <message>
        <source>Kegiatan %1</source>
        <translation>Kegiatan %1</translation>
    </message>
    <message>
        <source>Nilai capaian SKP</source>
        <translation>Nilai capaian SKP</translation>
    </message>
    <message>
        <source>Nilai prestasi kerja</source>
        <translation>Nilai prestasi kerja</translation>
    </message>
</context>
<context>
    <name>kinerja::Rating</name>
    <message>
        <source>Work results rating (rating hasil kerja)</source>
        <translation>Rating hasil kerja</translation>
    </message>
    <message>
        <source>Work behaviour rating (rating perilaku kerja)</source>
        <translation>Rating perilaku kerja</translation>
    </message>
    <message>
        <source>Employee predikat (predikat kinerja pegawai)</source>
        <translation>Predikat kinerja pegawai</translation>
    </message>
    <message>
        <source>matrix row: results “%1”; column: behaviour “%2”</source>
        <translation>baris matriks: hasil kerja “%1”; kolom: perilaku kerja “%2”</translation>
    </message>
</context>
<context>
    <name>kinerja::RecapQuery</name>
    <message>
        <source>The %1 cannot be read from the database: %2</source>
        <translation>Data %1 tidak dapat dibaca dari basis data: %2</translation>
    </message>
    <message>
        <source>appraisals of the recap</source>
        <translation>penilaian kinerja untuk rekapitulasi</translation>
    </message>
    <message>
        <source>predikat counts</source>
        <translation>jumlah predikat</translation>
    </message>
    <message>
        <source>training needs</source>
        <translation>kebutuhan pengembangan kompetensi</translation>
    </message>
    <message>
        <source>staff without an appraisal</source>
        <translation>pegawai tanpa penilaian kinerja</translation>
    </message>
</context>
<context>
    <name>kinerja::Refusal</name>
    <message>
        <source>You may not make this change: the roles of your account do not allow it, and the server refused it. If your work needs it, ask the personnel administrator (admin kepegawaian) to change your roles or their scope.</source>
        <translation>Anda tidak berwenang melakukan perubahan ini: peran akun Anda tidak mengizinkannya, dan server menolaknya. Jika pekerjaan Anda memerlukannya, mintalah admin kepegawaian untuk mengubah peran Anda atau cakupannya.</translation>
    </message>
</context>
<context>
    <name>kinerja::Role</name>
    <message>
        <source>Personnel administrator</source>
        <translation>Admin kepegawaian</translation>
    </message>
    <message>
        <source>Performance manager</source>
        <translation>Pengelola kinerja</translation>
    </message>
    <message>
        <source>Appraising official</source>
        <translation>Pejabat penilai kinerja</translation>
    </message>
    <message>
        <source>Superior of the appraising official</source>
        <translation>Atasan pejabat penilai kinerja</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Leadership (read only)</source>
        <translation>Pimpinan (hanya baca)</translation>
    </message>
</context>
<context>
    <name>kinerja::RowVersion</name>
    <message>
        <source>Your changes were not saved.</source>
        <translation>Perubahan Anda tidak disimpan.</translation>
    </message>
    <message>
        <source>This appraisal was deleted after you opened it.</source>
        <translation>Penilaian kinerja ini dihapus setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>This employee was deleted after you opened them.</source>
        <translation>Pegawai ini dihapus setelah Anda membuka datanya.</translation>
    </message>
    <message>
        <source>This scheme was deleted after you opened it.</source>
        <translation>Skema penilaian ini dihapus setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>This unit was deleted after you opened it.</source>
        <translation>Unit kerja ini dihapus setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>This period was deleted after you opened it.</source>
        <translation>Periode ini dihapus setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Seseorang</translation>
    </message>
    <message>
        <source>%1 changed this appraisal at %2 on %3 after you opened it.</source>
        <translation>%1 mengubah penilaian kinerja ini pada pukul %2 tanggal %3 setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>%1 changed this employee at %2 on %3 after you opened them.</source>
        <translation>%1 mengubah data pegawai ini pada pukul %2 tanggal %3 setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>%1 changed this scheme at %2 on %3 after you opened it.</source>
        <translation>%1 mengubah skema penilaian ini pada pukul %2 tanggal %3 setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>%1 changed this unit at %2 on %3 after you opened it.</source>
        <translation>%1 mengubah unit kerja ini pada pukul %2 tanggal %3 setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>%1 changed this period at %2 on %3 after you opened it.</source>
        <translation>%1 mengubah periode ini pada pukul %2 tanggal %3 setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>%1 changed this appraisal after you opened it.</source>
        <translation>%1 mengubah penilaian kinerja ini setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>%1 changed this employee after you opened them.</source>
        <translation>%1 mengubah data pegawai ini setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>%1 changed this scheme after you opened it.</source>
        <translation>%1 mengubah skema penilaian ini setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>%1 changed this unit after you opened it.</source>
        <translation>%1 mengubah unit kerja ini setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>%1 changed this period after you opened it.</source>
        <translation>%1 mengubah periode ini setelah Anda membukanya.</translation>
    </message>
</context>
<context>
    <name>kinerja::SchemeDefinition</name>
    <message>
        <source>The scheme definition is not valid: “%1” is missing or wrong.</source>
        <translation>Definisi skema penilaian tidak valid: “%1” tidak ada atau salah.</translation>
    </message>
    <message>
        <source>The scheme needs a name.</source>
        <translation>Skema penilaian memerlukan nama.</translation>
    </message>
    <message>
        <source>The perilaku suggestion needs 1 to 7 values “Di Atas Ekspektasi”, not %1.</source>
        <translation>Saran rating perilaku kerja memerlukan 1 sampai 7 nilai “Di Atas Ekspektasi”, bukan %1.</translation>
    </message>
    <message>
        <source>The scheme has no predikat bands.</source>
        <translation>Skema penilaian tidak memiliki rentang predikat.</translation>
    </message>
    <message>
        <source>The scheme definition is not valid JSON: %1.</source>
        <translation>Definisi skema penilaian bukan JSON yang valid: %1.</translation>
    </message>
    <message>
        <source>weighted indicators of this office</source>
        <translation>indikator berbobot instansi ini</translation>
    </message>
    <message>
        <source>PermenPANRB 6/2022 (ratings and predikat matrix)</source>
        <translation>PermenPANRB 6/2022 (rating dan matriks predikat)</translation>
    </message>
    <message>
        <source>PP 46/2011 (SKP 60% + perilaku 40%)</source>
        <translation>PP 46/2011 (SKP 60% + perilaku 40%)</translation>
    </message>
    <message>
        <source>PP 30/2019 (SKP and perilaku, 70/30 or 60/40)</source>
        <translation>PP 30/2019 (SKP dan perilaku, 70/30 atau 60/40)</translation>
    </message>
    <message>
        <source>Weighted indicators</source>
        <translation>Indikator berbobot</translation>
    </message>
</context>
<context>
    <name>kinerja::SchemeRepository</name>
    <message>
        <source>The scheme version no longer exists.</source>
        <translation>Versi skema penilaian tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>A scheme with the code “%1” already exists.</source>
        <translation>Skema penilaian dengan kode “%1” sudah ada.</translation>
    </message>
    <message>
        <source>The scheme no longer exists.</source>
        <translation>Skema penilaian tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>“%1” is a %2 scheme; its kind cannot change. Create a new scheme instead.</source>
        <translation>“%1” adalah skema penilaian %2; jenisnya tidak dapat diubah. Sebagai gantinya, buat skema penilaian baru.</translation>
    </message>
    <message>
        <source>“%1” is a ready-made scheme and cannot be deleted.</source>
        <translation>“%1” adalah skema penilaian bawaan dan tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>“%1” is used by %2 appraisal(s) and %3 period(s) and cannot be deleted.</source>
        <translation>“%1” digunakan oleh %2 penilaian kinerja dan %3 periode sehingga tidak dapat dihapus.</translation>
    </message>
</context>
<context>
    <name>kinerja::ScratchCopy</name>
    <message>
        <source>Cannot connect to the server of %1: %2</source>
        <translation>Tidak dapat tersambung ke server %1: %2</translation>
    </message>
    <message>
        <source>%1 failed on the server of %2: %3</source>
        <translation>%1 gagal di server %2: %3</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>Tidak dapat menyalin %1 ke %2.</translation>
    </message>
</context>
<context>
    <name>kinerja::ServerAddress</name>
    <message>
        <source>“%1” is not a server address: %2. Write it as postgresql://user@host:port/database.</source>
        <translation>“%1” bukan alamat server: %2. Tulis dalam bentuk postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>tidak diawali dengan postgresql://</translation>
    </message>
    <message>
        <source>the user name is missing</source>
        <translation>nama pengguna tidak ada</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>nama basis data tidak ada</translation>
    </message>
    <message>
        <source>the host is missing</source>
        <translation>host tidak ada</translation>
    </message>
    <message>
        <source>the port must be 1–65535</source>
        <translation>port harus 1–65535</translation>
    </message>
    <message>
        <source>%1 on %2 (user %3)</source>
        <translation>%1 di %2 (pengguna %3)</translation>
    </message>
</context>
<context>
    <name>kinerja::SettingRepository</name>
    <message>
        <source>The setting “%1” could not be saved: %2</source>
        <translation>Pengaturan “%1” tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>The logo is %1 KB; at most %2 KB can be stored.</source>
        <translation>Logo berukuran %1 KB; paling besar %2 KB yang dapat disimpan.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Pengaturan tidak dapat disimpan: %1</translation>
    </message>
</context>
<context>
    <name>kinerja::Unit</name>
    <message>
        <source>Regency government</source>
        <translation>Pemerintah Kabupaten</translation>
    </message>
    <message>
        <source>Regional agency (perangkat daerah)</source>
        <translation>Perangkat daerah</translation>
    </message>
    <message>
        <source>Division (bidang/bagian)</source>
        <translation>Bidang/bagian</translation>
    </message>
    <message>
        <source>Section (seksi/subbagian)</source>
        <translation>Seksi/subbagian</translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Village (kelurahan/desa)</source>
        <translation>Kelurahan/desa</translation>
    </message>
</context>
<context>
    <name>kinerja::UnitRepository</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation>Basis data menolak perubahan: %1</translation>
    </message>
    <message>
        <source>A unit named “%1” already exists at this place in the tree.</source>
        <translation>Unit kerja bernama “%1” sudah ada pada posisi ini dalam struktur unit kerja.</translation>
    </message>
    <message>
        <source>The unit name is empty.</source>
        <translation>Nama unit kerja kosong.</translation>
    </message>
    <message>
        <source>“%1” is already the top of the unit tree; choose a parent unit for “%2”.</source>
        <translation>“%1” sudah menjadi puncak struktur unit kerja; pilih unit induk untuk “%2”.</translation>
    </message>
    <message>
        <source>The parent unit does not exist.</source>
        <translation>Unit induk tidak ada.</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>Unit kerja tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>The chosen head does not exist.</source>
        <translation>Kepala unit yang dipilih tidak ada.</translation>
    </message>
    <message>
        <source>%1 does not work in “%2”; move them to the unit before making them its head.</source>
        <translation>%1 tidak bekerja di “%2”; pindahkan pegawai tersebut ke unit itu sebelum menjadikannya kepala unit.</translation>
    </message>
    <message>
        <source>%1 is no longer active and cannot head a unit.</source>
        <translation>%1 sudah tidak aktif dan tidak dapat menjadi kepala unit.</translation>
    </message>
    <message>
        <source>“%1” is the top of the unit tree and cannot be moved.</source>
        <translation>“%1” adalah puncak struktur unit kerja dan tidak dapat dipindahkan.</translation>
    </message>
    <message>
        <source>The new parent unit does not exist.</source>
        <translation>Unit induk yang baru tidak ada.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved under “%2”: that unit is part of “%1” itself.</source>
        <translation>“%1” tidak dapat dipindahkan ke bawah “%2”: unit tersebut merupakan bagian dari “%1” sendiri.</translation>
    </message>
    <message>
        <source>“%1” is the top of the unit tree and cannot be deleted.</source>
        <translation>“%1” adalah puncak struktur unit kerja dan tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it still has %2 staff member(s) (%3 inactive) and %4 sub-unit(s). Move them to another unit, or merge “%1” into another unit.</source>
        <translation>“%1” tidak dapat dihapus: unit ini masih memiliki %2 pegawai (%3 nonaktif) dan %4 subunit. Pindahkan mereka ke unit lain, atau gabungkan “%1” ke unit lain.</translation>
    </message>
    <message>
        <source>“%1” cannot be merged into “%2”, which is part of it.</source>
        <translation>“%1” tidak dapat digabungkan ke “%2”, yang merupakan bagian dari unit itu sendiri.</translation>
    </message>
    <message>
        <source>“%1” is the top of the unit tree and cannot be merged.</source>
        <translation>“%1” adalah puncak struktur unit kerja dan tidak dapat digabungkan.</translation>
    </message>
    <message>
        <source>Unit “%1” merged into “%2”</source>
        <translation>Unit “%1” digabungkan ke “%2”</translation>
    </message>
    <message>
        <source>%1 could not be moved: %2</source>
        <translation>%1 tidak dapat dipindahkan: %2</translation>
    </message>
</context>
<context>
    <name>kinerja::WeightedScoring</name>
    <message>
        <source>%1 is not on the scale 1–5.</source>
        <translation>%1 tidak berada pada skala 1–5.</translation>
    </message>
    <message>
        <source>%1 is not a percentage 0–100.</source>
        <translation>%1 bukan persentase 0–100.</translation>
    </message>
    <message>
        <source>the realisation cannot be negative (%1).</source>
        <translation>realisasi tidak boleh negatif (%1).</translation>
    </message>
    <message>
        <source>the target must be more than 0.</source>
        <translation>target harus lebih dari 0.</translation>
    </message>
    <message>
        <source>weighted template “%1”</source>
        <translation>templat berbobot “%1”</translation>
    </message>
    <message>
        <source>missing parts: weights renormalised</source>
        <translation>bagian yang belum diisi: bobot dinormalkan ulang</translation>
    </message>
    <message>
        <source>missing parts: counted as 0</source>
        <translation>bagian yang belum diisi: dihitung 0</translation>
    </message>
    <message numerus="yes">
        <source> (mean of %n rating(s))</source>
        <translation>
            <numerusform> (rata-rata dari %n penilaian)</numerusform>
        </translation>
    </message>
    <message>
        <source>every indicator is unrated</source>
        <translation>belum ada indikator yang dinilai</translation>
    </message>
    <message>
        <source>Weighted score (%1)</source>
        <translation>Nilai berbobot (%1)</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>penilaian diri</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>atasan langsung</translation>
    </message>
    <message>
        <source>peers</source>
        <translation>rekan kerja</translation>
    </message>
    <message>
        <source>public</source>
        <translation>masyarakat</translation>
    </message>
    <message>
        <source>Scale 1–5</source>
        <translation>Skala 1–5</translation>
    </message>
    <message>
        <source>Percentage 0–100</source>
        <translation>Persentase 0–100</translation>
    </message>
    <message>
        <source>Target and realisation</source>
        <translation>Target dan realisasi</translation>
    </message>
    <message>
        <source>The template has no indicators.</source>
        <translation>Templat tidak memiliki indikator.</translation>
    </message>
    <message>
        <source>The template has no predikat bands.</source>
        <translation>Templat tidak memiliki rentang predikat.</translation>
    </message>
    <message>
        <source>Indicator “%1” has no id.</source>
        <translation>Indikator “%1” tidak memiliki ID.</translation>
    </message>
    <message>
        <source>Two indicators have the id “%1”.</source>
        <translation>Dua indikator memiliki ID yang sama, “%1”.</translation>
    </message>
    <message>
        <source>“%1”: the weight cannot be negative (%2).</source>
        <translation>“%1”: bobot tidak boleh negatif (%2).</translation>
    </message>
    <message>
        <source>“%1”: the target must be more than 0.</source>
        <translation>“%1”: target harus lebih dari 0.</translation>
    </message>
    <message>
        <source>“%1”: no rater is chosen.</source>
        <translation>“%1”: belum ada penilai yang dipilih.</translation>
    </message>
    <message>
        <source>“%1”: the weight of %2 cannot be negative.</source>
        <translation>“%1”: bobot %2 tidak boleh negatif.</translation>
    </message>
    <message>
        <source>“%1”: rater weights total %2, not 100%.</source>
        <translation>“%1”: jumlah bobot penilai %2, bukan 100%.</translation>
    </message>
    <message>
        <source>Indicator weights total %1, not 100%.</source>
        <translation>Jumlah bobot indikator %1, bukan 100%.</translation>
    </message>
    <message>
        <source>District service staff (default)</source>
        <translation>Pegawai pelayanan kabupaten (bawaan)</translation>
    </message>
    <message>
        <source>Timeliness of task completion</source>
        <translation>Ketepatan waktu penyelesaian tugas</translation>
    </message>
    <message>
        <source>Quality of public service</source>
        <translation>Kualitas pelayanan publik</translation>
    </message>
    <message>
        <source>Speed of response to public complaints</source>
        <translation>Kecepatan tanggapan atas pengaduan masyarakat</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>hari kerja</translation>
    </message>
    <message>
        <source>Public satisfaction (the unit&apos;s IKM)</source>
        <translation>Kepuasan masyarakat (IKM unit kerja)</translation>
    </message>
    <message>
        <source>Participation in competence development</source>
        <translation>Keikutsertaan dalam pengembangan kompetensi</translation>
    </message>
    <message>
        <source>JP (lesson hours) a year</source>
        <translation>JP (jam pelajaran) per tahun</translation>
    </message>
</context>
<context>
    <name>kinerja::cli::AccountCommand</name>
    <message>
        <source>Manage the accounts of an office server: logins, employees, roles.</source>
        <translation>Mengelola akun pengguna server kantor: login, pegawai, dan peran.</translation>
    </message>
    <message>
        <source>The admin kepegawaian&apos;s (or the database owner&apos;s) commands for the accounts of an office server; each person logs in with a server login of their own, and the server enforces what each role may see and change.
  create LOGIN [--employee NIP] --role ROLE[:UNIT]...  creates the login and its account
  list                          lists the accounts with employee and roles
  link LOGIN NIP                links the account to an employee (NIP &quot;-&quot; unlinks)
  roles LOGIN --role ROLE[:UNIT]...  replaces the account&apos;s roles
  reset-password LOGIN          sets a new password
  disable LOGIN | enable LOGIN  the login cannot connect while disabled
Roles: admin, pengelola, penilai, atasan, pegawai, pimpinan. pengelola and pimpinan take a unit (its number or exact name; the unit and those below it), without one the whole agency. The password is asked twice without echo on a terminal, or read as one line from stdin with --password-stdin; it reaches the server only as a SCRAM-SHA-256 verifier. Exit code 0 on success, 1 on a failure, 2 for a wrong command line or a file instead of a server.</source>
        <translation>Perintah admin kepegawaian (atau pemilik basis data) untuk akun pengguna server kantor; setiap orang masuk dengan login server miliknya sendiri, dan server menegakkan apa yang boleh dilihat dan diubah oleh setiap peran.
  create LOGIN [--employee NIP] --role PERAN[:UNIT]...  membuat login beserta akunnya
  list                          menampilkan daftar akun beserta pegawai dan perannya
  link LOGIN NIP                menautkan akun ke pegawai (NIP &quot;-&quot; melepas tautan)
  roles LOGIN --role PERAN[:UNIT]...  mengganti peran akun
  reset-password LOGIN          menetapkan kata sandi baru
  disable LOGIN | enable LOGIN  login tidak dapat tersambung selama dinonaktifkan
Peran: admin, pengelola, penilai, atasan, pegawai, pimpinan. pengelola dan pimpinan disertai unit kerja (nomor atau nama persisnya; unit tersebut beserta unit di bawahnya); tanpa unit berarti seluruh instansi. Kata sandi ditanyakan dua kali tanpa ditampilkan di terminal, atau dibaca sebagai satu baris dari stdin dengan --password-stdin; kata sandi hanya sampai ke server dalam bentuk verifier SCRAM-SHA-256. Kode keluar 0 bila berhasil, 1 bila gagal, 2 untuk baris perintah yang salah atau berkas sebagai pengganti server.</translation>
    </message>
    <message>
        <source>The server database (required; accounts need an office server).</source>
        <translation>Basis data server (wajib; akun memerlukan server kantor).</translation>
    </message>
    <message>
        <source>create: the employee the account belongs to.</source>
        <translation>create: pegawai pemilik akun.</translation>
    </message>
    <message>
        <source>role[:unit]</source>
        <translation>peran[:unit]</translation>
    </message>
    <message>
        <source>create, roles: a role, with a unit for pengelola and pimpinan (repeat for more).</source>
        <translation>create, roles: satu peran, disertai unit kerja untuk pengelola dan pimpinan (ulangi untuk peran lainnya).</translation>
    </message>
    <message>
        <source>Read the password as one line from stdin.</source>
        <translation>Baca kata sandi sebagai satu baris dari stdin.</translation>
    </message>
    <message>
        <source>The account&apos;s login.</source>
        <translation>Login akun.</translation>
    </message>
    <message>
        <source>link: the employee&apos;s NIP.</source>
        <translation>link: NIP pegawai.</translation>
    </message>
    <message>
        <source>Unknown role “%1” in --role %2: use admin, pengelola, penilai, atasan, pegawai or pimpinan.</source>
        <translation>Peran “%1” pada --role %2 tidak dikenal: gunakan admin, pengelola, penilai, atasan, pegawai, atau pimpinan.</translation>
    </message>
    <message>
        <source>--role %1: only pengelola and pimpinan take a unit; the scope of %2 follows from the account&apos;s employee.</source>
        <translation>--role %1: hanya pengelola dan pimpinan yang disertai unit kerja; cakupan %2 mengikuti pegawai pemilik akun.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Kata sandi: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Ulangi: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Kedua kata sandi berbeda; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>No terminal to ask the password on: give it on stdin with --password-stdin.</source>
        <translation>Tidak ada terminal untuk menanyakan kata sandi: berikan kata sandi melalui stdin dengan --password-stdin.</translation>
    </message>
    <message>
        <source>The password is empty; nothing was changed.</source>
        <translation>Kata sandi kosong; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktif</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n akun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what to do: %1.</source>
        <translation>Sebutkan tindakannya: %1.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use %2.</source>
        <translation>Tindakan “%1” tidak dikenal: gunakan %2.</translation>
    </message>
    <message>
        <source>account link needs the login and the NIP.</source>
        <translation>account link memerlukan login dan NIP.</translation>
    </message>
    <message>
        <source>account %1 needs the login.</source>
        <translation>account %1 memerlukan login.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumen tidak terduga “%1”.</translation>
    </message>
    <message>
        <source>--role belongs to account create and account roles.</source>
        <translation>--role hanya berlaku untuk account create dan account roles.</translation>
    </message>
    <message>
        <source>--employee belongs to account create; use account link.</source>
        <translation>--employee hanya berlaku untuk account create; gunakan account link.</translation>
    </message>
    <message>
        <source>account roles needs at least one --role.</source>
        <translation>account roles memerlukan sedikitnya satu --role.</translation>
    </message>
    <message>
        <source>Accounts need an office server: --db postgresql://user@host:port/dbname, not the file “%1”. On a file the person working is the computer&apos;s user.</source>
        <translation>Akun memerlukan server kantor: --db postgresql://user@host:port/dbname, bukan berkas “%1”. Pada berkas basis data, yang bekerja adalah pengguna komputer.</translation>
    </message>
    <message>
        <source>There is no employee with NIP %1.</source>
        <translation>Tidak ada pegawai dengan NIP %1.</translation>
    </message>
    <message>
        <source>Created the account %1 with its server login.</source>
        <translation>Akun %1 telah dibuat beserta login servernya.</translation>
    </message>
    <message>
        <source>Linked %1 to the employee %2.</source>
        <translation>%1 telah ditautkan ke pegawai %2.</translation>
    </message>
    <message>
        <source>Unlinked %1 from its employee.</source>
        <translation>Tautan %1 ke pegawainya telah dilepas.</translation>
    </message>
    <message>
        <source>Set the roles of %1.</source>
        <translation>Peran %1 telah ditetapkan.</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>Kata sandi baru untuk %1 telah ditetapkan.</translation>
    </message>
    <message>
        <source>Disabled %1: the login cannot connect.</source>
        <translation>%1 telah dinonaktifkan: login tersebut tidak dapat tersambung.</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>%1 telah diaktifkan.</translation>
    </message>
</context>
<context>
    <name>kinerja::cli::AuditCommand</name>
    <message>
        <source>Check the audit trail: that no entry was changed or removed and that no row was changed outside Kinerja.</source>
        <translation>Memeriksa jejak audit: tidak ada entri yang diubah atau dihapus dan tidak ada baris yang diubah di luar Kinerja.</translation>
    </message>
    <message>
        <source>verify  walks the whole audit trail the database keeps of every change: each entry&apos;s hash and its link to the entry before it, the triggers that write it, and every employee, unit, period, scheme and appraisal row against its last entry. Prints the number of entries and OK, or the first broken entry and what is wrong there.
Exit code 0 when the trail holds, 1 when it is broken, 2 for a wrong command line or a database that cannot be opened.</source>
        <translation>verify  menelusuri seluruh jejak audit yang disimpan basis data atas setiap perubahan: hash setiap entri dan tautannya ke entri sebelumnya, trigger yang menuliskannya, serta setiap baris pegawai, unit kerja, periode, skema penilaian, dan penilaian kinerja terhadap entri terakhirnya. Menampilkan jumlah entri dan OK, atau entri rusak yang pertama beserta letak kesalahannya.
Kode keluar 0 bila jejak audit utuh, 1 bila rusak, 2 untuk baris perintah yang salah atau basis data yang tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>The database: a file or postgresql://user@host:port/dbname (default: %1).</source>
        <translation>Basis data: berkas atau postgresql://user@host:port/dbname (bawaan: %1).</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Tindakan yang dijalankan.</translation>
    </message>
    <message>
        <source>Say what to do: verify.</source>
        <translation>Sebutkan tindakannya: verify.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use verify.</source>
        <translation>Tindakan “%1” tidak dikenal: gunakan verify.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumen tidak terduga “%1”.</translation>
    </message>
    <message>
        <source>--db needs a file name or a server address.</source>
        <translation>--db memerlukan nama berkas atau alamat server.</translation>
    </message>
    <message>
        <source>Verifying the audit trail: %1%</source>
        <translation>Memeriksa jejak audit: %1%</translation>
    </message>
    <message>
        <source>Interrupted; nothing was changed.</source>
        <translation>Dihentikan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Audit trail of %1: BROKEN after checking %2 entries.</source>
        <translation>Jejak audit %1: RUSAK setelah memeriksa %2 entri.</translation>
    </message>
    <message>
        <source>First broken entry: %1</source>
        <translation>Entri rusak yang pertama: %1</translation>
    </message>
    <message>
        <source>Audit trail of %1: %2 entries, OK.</source>
        <translation>Jejak audit %1: %2 entri, OK.</translation>
    </message>
    <message>
        <source>The records were not compared with their entries: this login sees only part of them. Run the check as the database owner.</source>
        <translation>Data belum dicocokkan dengan entrinya: login ini hanya melihat sebagian data. Jalankan pemeriksaan sebagai pemilik basis data.</translation>
    </message>
</context>
<context>
    <name>kinerja::cli::Cli</name>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>Penggunaan: %1 &lt;perintah&gt; [opsi]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opsi:</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Tampilkan bantuan ini lalu keluar.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Tampilkan versi lalu keluar.</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Jalankan &apos;%1 &lt;perintah&gt; --help&apos; untuk melihat opsi suatu perintah.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 wrong command line.</source>
        <translation>Status keluar: 0 berhasil, 1 gagal, 2 baris perintah salah.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation>Penggunaan: %1 %2 [opsi]</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumen tidak terduga “%1”.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Perintah yang dijalankan.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Tidak ada perintah yang diberikan.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Perintah tidak dikenal “%1”.</translation>
    </message>
    <message>
        <source>Kinerja on the command line: demo data, database information, printing, export and import.</source>
        <translation>Kinerja di baris perintah: data demo, informasi basis data, pencetakan, ekspor, dan impor.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>Penggunaan: %1 %2 %3</translation>
    </message>
</context>
<context>
    <name>kinerja::cli::Console</name>
    <message>
        <source>Try &apos;%1&apos; for more information.</source>
        <translation>Coba &apos;%1&apos; untuk informasi lebih lanjut.</translation>
    </message>
</context>
<context>
    <name>kinerja::cli::Copy</name>
    <message>
        <source>Copying %1 (table %2 of %3, %4 rows): %5%</source>
        <translation>Menyalin %1 (tabel %2 dari %3, %4 baris): %5%</translation>
    </message>
    <message>
        <source>Copied %1 rows of %2 tables in %3 s (%4 rows a second).</source>
        <translation>Tersalin %1 baris dari %2 tabel dalam %3 detik (%4 baris per detik).</translation>
    </message>
</context>
<context>
    <name>kinerja::cli::DemoCommand</name>
    <message>
        <source>Creating demo data: %1%</source>
        <translation>Membuat data demo: %1%</translation>
    </message>
    <message>
        <source>The new database was not closed cleanly.</source>
        <translation>Basis data baru tidak ditutup dengan benar.</translation>
    </message>
    <message>
        <source>Create a database with demo data: a made-up district government.</source>
        <translation>Buat basis data berisi data demo: pemerintah kabupaten rekaan.</translation>
    </message>
    <message>
        <source>Creates a database filled with a believable, made-up district government: units, heads and staff with valid NIPs, atasan chains and riwayat. The same seed always gives the same data. The file appears only when it is complete: after an error or Ctrl-C no half-written database is left behind.</source>
        <translation>Membuat basis data berisi pemerintah kabupaten rekaan yang tampak nyata: unit kerja, kepala unit, dan pegawai dengan NIP yang valid, rantai atasan langsung, serta riwayat. Nilai awal (--seed) yang sama selalu menghasilkan data yang sama. Berkas baru muncul setelah lengkap: setelah terjadi galat atau Ctrl-C, tidak ada basis data setengah jadi yang tertinggal.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>Write the database to &lt;file&gt; (default: %1).</source>
        <translation>Tulis basis data ke &lt;berkas&gt; (bawaan: %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Number of employees, from 1 to %1 (default: %2).</source>
        <translation>Jumlah pegawai, dari 1 sampai %1 (bawaan: %2).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>Seed of the generator; the same seed gives the same data (default: %1).</source>
        <translation>Nilai awal pembangkit data acak; nilai awal yang sama menghasilkan data yang sama (bawaan: %1).</translation>
    </message>
    <message>
        <source>Replace &lt;file&gt; if it already exists.</source>
        <translation>Timpa &lt;berkas&gt; jika sudah ada.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db memerlukan nama berkas.</translation>
    </message>
    <message>
        <source>--employees must be a whole number from 1 to %1, not “%2”.</source>
        <translation>--employees harus berupa bilangan bulat dari 1 sampai %1, bukan “%2”.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615, not “%1”.</source>
        <translation>--seed harus berupa bilangan bulat dari 0 sampai 18446744073709551615, bukan “%1”.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Ini adalah folder, bukan berkas.</translation>
    </message>
    <message>
        <source>The file already exists. Use --force to replace it.</source>
        <translation>Berkas sudah ada. Gunakan --force untuk menimpanya.</translation>
    </message>
    <message>
        <source>Cannot remove this unfinished file of an earlier run.</source>
        <translation>Tidak dapat menghapus berkas yang belum selesai dari proses sebelumnya.</translation>
    </message>
    <message>
        <source>Interrupted; no database was written.</source>
        <translation>Dihentikan; tidak ada basis data yang ditulis.</translation>
    </message>
    <message>
        <source>Cannot put the new database in place: %1</source>
        <translation>Tidak dapat menempatkan basis data baru: %1</translation>
    </message>
    <message>
        <source>Created %1 employees in %2 units: %3</source>
        <translation>Berhasil membuat %1 pegawai dalam %2 unit kerja: %3</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Also create &lt;y&gt; years of appraisal history under PermenPANRB 6/2022, ending with %1: the quarters and the year, every appraisal final and every period closed; from 0 to %2 (default: %3).</source>
        <translation>Buat juga riwayat penilaian kinerja selama &lt;y&gt; tahun menurut PermenPANRB 6/2022, berakhir pada %1: triwulan-triwulan dan tahunnya, setiap penilaian kinerja final dan setiap periode ditutup; dari 0 sampai %2 (bawaan: %3).</translation>
    </message>
    <message>
        <source>--years must be a whole number from 0 to %1, not “%2”.</source>
        <translation>--years harus berupa bilangan bulat dari 0 sampai %1, bukan “%2”.</translation>
    </message>
    <message>
        <source>Appraisal history %1: %2 appraisals in %3 periods, all final and closed.</source>
        <translation>Riwayat penilaian kinerja %1: %2 penilaian kinerja dalam %3 periode, semuanya final dan ditutup.</translation>
    </message>
    <message>
        <source>--force replaces a file; a server database is never replaced. Use an empty database (kinerja-cli server init).</source>
        <translation>--force menimpa berkas; basis data server tidak pernah ditimpa. Gunakan basis data kosong (kinerja-cli server init).</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Tidak dapat membuat folder sementara: %1</translation>
    </message>
    <message>
        <source>Interrupted; nothing was written to the server.</source>
        <translation>Dihentikan; tidak ada yang ditulis ke server.</translation>
    </message>
</context>
<context>
    <name>kinerja::cli::ExportCommand</name>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>Export the appraisal recap of --period.</source>
        <translation>Ekspor rekap penilaian untuk --period.</translation>
    </message>
    <message>
        <source>Export the employees.</source>
        <translation>Ekspor data pegawai.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>The period of the recap: 2025-Q4, 2025-M03 or 2025.</source>
        <translation>Periode rekap: 2025-Q4, 2025-M03, atau 2025.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>Only this unit, by its exact name or its number (default: every unit).</source>
        <translation>Hanya unit ini, menurut nama persisnya atau nomornya (bawaan: semua unit).</translation>
    </message>
    <message>
        <source>Only the unit&apos;s own staff, not its sub-units&apos;.</source>
        <translation>Hanya pegawai unit itu sendiri, tanpa subunitnya.</translation>
    </message>
    <message>
        <source>Employees: include those no longer active.</source>
        <translation>Pegawai: sertakan yang sudah tidak aktif.</translation>
    </message>
    <message>
        <source>CSV: the delimiter; semicolon also writes decimal commas (default: comma).</source>
        <translation>CSV: pemisah kolom; semicolon juga menulis koma desimal (bawaan: comma).</translation>
    </message>
    <message>
        <source>CSV: without the UTF-8 byte order mark.</source>
        <translation>CSV: tanpa penanda urutan byte (BOM) UTF-8.</translation>
    </message>
    <message>
        <source>XLSX recap: one more sheet per unit.</source>
        <translation>Rekap XLSX: tambahan satu lembar kerja per unit.</translation>
    </message>
    <message>
        <source>XLSX recap: without the RHK detail sheet.</source>
        <translation>Rekap XLSX: tanpa lembar rincian RHK.</translation>
    </message>
    <message>
        <source>XLSX recap: without the summary per unit.</source>
        <translation>Rekap XLSX: tanpa ringkasan per unit.</translation>
    </message>
    <message>
        <source>The file to write: .xlsx or .csv (required).</source>
        <translation>Berkas yang ditulis: .xlsx atau .csv (wajib).</translation>
    </message>
    <message>
        <source>The language of the headers, sheet names and messages: id (the default) or en.</source>
        <translation>Bahasa judul kolom, nama lembar kerja, dan pesan: id (bawaan) atau en.</translation>
    </message>
    <message>
        <source>--recap needs --period (e.g. --period 2025-Q4).</source>
        <translation>--recap memerlukan --period (mis. --period 2025-Q4).</translation>
    </message>
    <message>
        <source>--out is required (a .xlsx or .csv file).</source>
        <translation>--out wajib diisi (berkas .xlsx atau .csv).</translation>
    </message>
    <message>
        <source>--out must end in .xlsx or .csv, not “%1”.</source>
        <translation>--out harus berakhiran .xlsx atau .csv, bukan “%1”.</translation>
    </message>
    <message>
        <source>--delimiter must be comma or semicolon, not “%1”.</source>
        <translation>--delimiter harus comma atau semicolon, bukan “%1”.</translation>
    </message>
    <message>
        <source>Exporting: %1%</source>
        <translation>Mengekspor: %1%</translation>
    </message>
    <message>
        <source>Interrupted; nothing was written.</source>
        <translation>Dihentikan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Exported %1 rows: %2</source>
        <translation>Terekspor %1 baris: %2</translation>
    </message>
    <message>
        <source>Export the appraisal recap of a period, the employees, or an entry template, to XLSX or CSV.</source>
        <translation>Mengekspor rekap penilaian suatu periode, data pegawai, atau templat isian ke XLSX atau CSV.</translation>
    </message>
    <message>
        <source>Write the entry template of --period (XLSX).</source>
        <translation>Menulis templat isian untuk --period (XLSX).</translation>
    </message>
    <message>
        <source>Give one of --recap, --employees and --template.</source>
        <translation>Berikan salah satu dari --recap, --employees, dan --template.</translation>
    </message>
    <message>
        <source>--template needs --period (e.g. --period 2025-Q4).</source>
        <translation>--template memerlukan --period (mis. --period 2025-Q4).</translation>
    </message>
    <message>
        <source>--template writes .xlsx only.</source>
        <translation>--template hanya menulis .xlsx.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the entry template for %n appraisal(s), %1 of them locked (final, or the period is closed): %2</source>
        <translation>
            <numerusform>Templat isian ditulis untuk %n penilaian, %1 di antaranya terkunci (final, atau periodenya sudah ditutup): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the appraisal recap of a period (--recap: one row per appraisal; in XLSX also the RHK details, a summary per unit and optionally a sheet per unit) or the employees (--employees) of a unit with its sub-units, or of the whole agency, to an XLSX or CSV file chosen by the extension of --out. CSV is UTF-8 with a BOM and commas, or with --delimiter semicolon and a decimal comma as Indonesian Excel expects. --template writes an XLSX entry workbook for --period (and --unit) that staff and supervisors fill in: identity columns locked, the ratings as dropdowns, an instructions sheet; kinerja-cli import --appraisals reads it back. The file appears only when complete; after an error or Ctrl-C nothing is left behind. --sqlite writes a consistent copy of the whole database, a server&apos;s too, to a new Kinerja file (an archive, or a copy for a laptop), readable by its owner only. Exit code 0 on success, 1 on a failure, 2 for a wrong command line.</source>
        <translation>Menulis rekap penilaian suatu periode (--recap: satu baris per penilaian; dalam XLSX juga rincian RHK, ringkasan per unit, dan bila diminta satu lembar kerja per unit) atau data pegawai (--employees) dari satu unit beserta subunitnya, atau dari seluruh instansi, ke berkas XLSX atau CSV sesuai ekstensi --out. CSV ditulis dalam UTF-8 dengan BOM dan koma, atau dengan --delimiter semicolon dan koma desimal seperti yang diharapkan Excel berbahasa Indonesia. --template menulis buku kerja isian XLSX untuk --period (dan --unit) yang diisi pegawai dan atasan: kolom identitas dikunci, rating sebagai daftar pilihan, dan lembar petunjuk; kinerja-cli import --appraisals membacanya kembali. Berkas baru muncul setelah selesai; setelah galat atau Ctrl-C tidak ada yang tertinggal. --sqlite menulis salinan yang konsisten dari seluruh basis data, termasuk basis data server, ke berkas Kinerja baru (sebagai arsip, atau salinan untuk laptop) yang hanya dapat dibaca oleh pemiliknya. Kode keluar 0 bila berhasil, 1 bila gagal, 2 untuk baris perintah yang salah.</translation>
    </message>
    <message>
        <source>The database to read: a file or a server address postgresql://user@host:port/dbname (default: %1).</source>
        <translation>Basis data yang dibaca: berkas atau alamat server postgresql://user@host:port/dbname (bawaan: %1).</translation>
    </message>
    <message>
        <source>Write the whole database, read in one snapshot, to a new Kinerja file (.sqlite).</source>
        <translation>Tulis seluruh basis data, yang dibaca dalam satu snapshot, ke berkas Kinerja baru (.sqlite).</translation>
    </message>
    <message>
        <source>--sqlite: replace the file if it already exists.</source>
        <translation>--sqlite: timpa berkas jika sudah ada.</translation>
    </message>
    <message>
        <source>--sqlite writes the whole database; it takes no --%1.</source>
        <translation>--sqlite menulis seluruh basis data; opsi ini tidak dapat digabung dengan --%1.</translation>
    </message>
    <message>
        <source>--sqlite needs a file name.</source>
        <translation>--sqlite memerlukan nama berkas.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Ini adalah folder, bukan berkas.</translation>
    </message>
    <message>
        <source>The file already exists. Use --force to replace it.</source>
        <translation>Berkas sudah ada. Gunakan --force untuk menimpanya.</translation>
    </message>
    <message>
        <source>This is the database being copied.</source>
        <translation>Ini adalah basis data yang sedang disalin.</translation>
    </message>
    <message>
        <source>Cannot remove this unfinished file of an earlier run.</source>
        <translation>Tidak dapat menghapus berkas yang belum selesai dari proses sebelumnya.</translation>
    </message>
    <message>
        <source>The new database was not closed cleanly.</source>
        <translation>Basis data baru tidak ditutup dengan benar.</translation>
    </message>
    <message>
        <source>Cannot put the new database in place: %1</source>
        <translation>Tidak dapat menempatkan basis data baru: %1</translation>
    </message>
    <message>
        <source>Wrote a copy of %1: %2</source>
        <translation>Salinan %1 telah ditulis: %2</translation>
    </message>
</context>
<context>
    <name>kinerja::cli::ImportCommand</name>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>The database to write (default: %1).</source>
        <translation>Basis data yang ditulis (bawaan: %1).</translation>
    </message>
    <message>
        <source>The employees to import: an .xlsx or .csv file.</source>
        <translation>Pegawai yang diimpor: berkas .xlsx atau .csv.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>XLSX: the sheet to read (default: the first).</source>
        <translation>XLSX: lembar kerja yang dibaca (bawaan: yang pertama).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>When the changes take effect in the riwayat, YYYY-MM-DD (default: today).</source>
        <translation>Tanggal berlakunya perubahan dalam riwayat, TTTT-BB-HH (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>Check the file and say what would change; write nothing.</source>
        <translation>Periksa berkas dan sebutkan apa yang akan berubah; tidak menulis apa pun.</translation>
    </message>
    <message>
        <source>The language of the messages: id (the default) or en.</source>
        <translation>Bahasa pesan: id (bawaan) atau en.</translation>
    </message>
    <message>
        <source>--effective must be a date as YYYY-MM-DD, not “%1”.</source>
        <translation>--effective harus tanggal berbentuk TTTT-BB-HH, bukan “%1”.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Berkas tidak ada.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%n masalah; tidak ada yang diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems; importing would give: %1</source>
        <translation>Tidak ada masalah; hasil impor akan: %1</translation>
    </message>
    <message>
        <source>Importing: %1%</source>
        <translation>Mengimpor: %1%</translation>
    </message>
    <message>
        <source>Interrupted; nothing was imported.</source>
        <translation>Dihentikan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Diimpor: %1</translation>
    </message>
    <message>
        <source>Import employees, appraisal data or IKM survey responses from an XLSX or CSV file, checking every row first.</source>
        <translation>Mengimpor pegawai, data penilaian, atau jawaban survei IKM dari berkas XLSX atau CSV, dengan memeriksa setiap baris lebih dulu.</translation>
    </message>
    <message>
        <source>Reads the employees of an XLSX or CSV file, finding the columns by their Indonesian or English names (NIP, Nama, Gelar Depan, Gelar Belakang, Status, Pangkat/Golongan, Jabatan, Jenis Jabatan, Jenjang, Unit Kerja, NIP Atasan; NIP, Nama, Jabatan and Unit Kerja are required). Every problem is listed with its row and column, and then nothing is written. A file without problems is imported in one step: employees are added or updated by NIP, and the changes take effect on --effective (default: today).

--appraisals reads appraisal data by NIP and period: a filled entry template (kinerja-cli export --template), or a sheet with the columns NIP, Periode and any of Rating Hasil Kerja, Rating Perilaku Kerja, Capaian SKP, Rekomendasi; or NIP, Periode, No. Indikator and Target, Realisasi, Bukti Dukung, Umpan Balik; or NIP, Periode, No. Kegiatan and the targets and realisations of a PP 46/2011 SKP. Without a Periode column, --period gives the period.

--ikm reads the answers of an IKM survey, one row per respondent with the columns U1 to U9 (answers 1 to 4), for --unit and --period, and records the unit&apos;s IKM, replacing an earlier survey of that unit and period.

Exit code 0 when imported (or, with --dry-run, when the file has no problem), 1 when it has problems or cannot be read, 2 for a wrong command line.</source>
        <translation>Membaca pegawai dari berkas XLSX atau CSV; kolom dikenali dari namanya dalam bahasa Indonesia atau Inggris (NIP, Nama, Gelar Depan, Gelar Belakang, Status, Pangkat/Golongan, Jabatan, Jenis Jabatan, Jenjang, Unit Kerja, NIP Atasan; NIP, Nama, Jabatan, dan Unit Kerja wajib ada). Setiap masalah dicantumkan dengan baris dan kolomnya, dan tidak ada yang ditulis. Berkas tanpa masalah diimpor dalam satu langkah: pegawai ditambahkan atau diperbarui menurut NIP, dan perubahan berlaku sejak --effective (bawaan: hari ini).

--appraisals membaca data penilaian menurut NIP dan periode: templat isian yang sudah diisi (kinerja-cli export --template), atau lembar dengan kolom NIP, Periode, dan salah satu dari Rating Hasil Kerja, Rating Perilaku Kerja, Capaian SKP, Rekomendasi; atau NIP, Periode, No. Indikator dan Target, Realisasi, Bukti Dukung, Umpan Balik; atau NIP, Periode, No. Kegiatan dan target serta realisasi SKP PP 46/2011. Tanpa kolom Periode, --period menentukan periodenya.

--ikm membaca jawaban survei IKM, satu baris per responden dengan kolom U1 sampai U9 (jawaban 1 sampai 4), untuk --unit dan --period, lalu mencatat IKM unit itu, menggantikan survei sebelumnya untuk unit dan periode yang sama.

Kode keluar 0 bila diimpor (atau, dengan --dry-run, bila berkas tidak bermasalah), 1 bila ada masalah atau berkas tidak terbaca, 2 untuk baris perintah yang salah.</translation>
    </message>
    <message>
        <source>Appraisal data to import (a filled entry template, or ratings, targets and realisations by NIP and period).</source>
        <translation>Data penilaian yang diimpor (templat isian yang sudah diisi, atau rating, target, dan realisasi menurut NIP dan periode).</translation>
    </message>
    <message>
        <source>IKM survey responses to import (U1–U9, one row per respondent), for --unit and --period.</source>
        <translation>Jawaban survei IKM yang diimpor (U1–U9, satu baris per responden), untuk --unit dan --period.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>The period, e.g. 2025-Q4: of --ikm, or of --appraisals rows without a Periode column.</source>
        <translation>Periode, mis. 2025-Q4: untuk --ikm, atau untuk baris --appraisals tanpa kolom Periode.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>--ikm: the surveyed unit, by name or number.</source>
        <translation>--ikm: unit kerja yang disurvei, menurut nama atau nomornya.</translation>
    </message>
    <message>
        <source>Give one of --employees, --appraisals and --ikm.</source>
        <translation>Berikan salah satu dari --employees, --appraisals, dan --ikm.</translation>
    </message>
    <message>
        <source>--ikm needs --unit and --period.</source>
        <translation>--ikm memerlukan --unit dan --period.</translation>
    </message>
</context>
<context>
    <name>kinerja::cli::InfoCommand</name>
    <message>
        <source>Show what a database holds: schema version, units and employees.</source>
        <translation>Tampilkan isi basis data: versi skema, unit kerja, dan pegawai.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>The database to read (default: %1).</source>
        <translation>Basis data yang dibaca (bawaan: %1).</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db memerlukan nama berkas.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Versi skema: %1 (program ini: %2)</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisasi: %1</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>Unit kerja: %1</translation>
    </message>
    <message>
        <source>Employees: %1 (active %2, inactive %3)</source>
        <translation>Pegawai: %1 (aktif %2, nonaktif %3)</translation>
    </message>
    <message>
        <source>The database was upgraded to the current schema; the previous version was saved as %1.</source>
        <translation>Basis data telah diperbarui ke skema terkini; versi sebelumnya disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Audit trail: cannot be checked: %1</source>
        <translation>Jejak audit: tidak dapat diperiksa: %1</translation>
    </message>
    <message>
        <source>Audit trail: the newest %1 entries hold (kinerja-cli audit verify checks them all)</source>
        <translation>Jejak audit: %1 entri terbaru utuh (kinerja-cli audit verify memeriksa seluruhnya)</translation>
    </message>
    <message>
        <source>Audit trail: BROKEN: %1</source>
        <translation>Jejak audit: RUSAK: %1</translation>
    </message>
</context>
<context>
    <name>kinerja::cli::Lookup</name>
    <message>
        <source>There is no period “%1” in this database.</source>
        <translation>Tidak ada periode “%1” di basis data ini.</translation>
    </message>
    <message>
        <source>There is no unit “%1”.</source>
        <translation>Tidak ada unit “%1”.</translation>
    </message>
    <message>
        <source>Several units are named “%1” (numbers %2); give the number.</source>
        <translation>Beberapa unit bernama “%1” (nomor %2); berikan nomornya.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Berkas tidak ada.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Ini sebuah folder, bukan berkas.</translation>
    </message>
    <message>
        <source>--lang must be id or en, not “%1”.</source>
        <translation>--lang harus id atau en, bukan “%1”.</translation>
    </message>
</context>
<context>
    <name>kinerja::cli::PrintCommand</name>
    <message>
        <source>Print appraisal sheets of a period to PDF, for a unit or for some employees.</source>
        <translation>Mencetak lembar penilaian suatu periode ke PDF, untuk satu unit atau beberapa pegawai.</translation>
    </message>
    <message>
        <source>Prints the appraisal sheets of a period into one PDF (--out) or one PDF per employee named by NIP and name (--per-employee), for a unit with its sub-units, for the employees given by --nip, or for the whole agency. The agency header comes from the database&apos;s settings. Sheets with something missing (no pejabat penilai, no agency name, an appraisal not final) are printed with the gap marked and listed on stderr. The output appears only when complete; after an error or Ctrl-C nothing is left behind. Exit code 0 when every sheet was printed, 1 when something failed or was skipped, 2 for a wrong command line.</source>
        <translation>Mencetak lembar penilaian suatu periode ke satu PDF (--out) atau satu PDF per pegawai yang dinamai menurut NIP dan nama (--per-employee), untuk satu unit beserta subunitnya, untuk pegawai yang diberikan dengan --nip, atau untuk seluruh instansi. Kop instansi diambil dari pengaturan basis data. Lembar yang kurang lengkap (tanpa pejabat penilai, tanpa nama instansi, penilaian belum final) dicetak dengan bagian yang kosong ditandai dan dicantumkan di stderr. Berkas baru muncul setelah selesai; setelah galat atau Ctrl-C tidak ada yang tertinggal. Kode keluar 0 bila semua lembar tercetak, 1 bila ada yang gagal atau dilewati, 2 untuk baris perintah yang salah.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>The database to read (default: %1).</source>
        <translation>Basis data yang dibaca (bawaan: %1).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>The period: 2025-Q4, 2025-M03 or 2025 (required).</source>
        <translation>Periode: 2025-Q4, 2025-M03, atau 2025 (wajib).</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>The unit, by its exact name or its number (default: every unit, unless --nip is given).</source>
        <translation>Unit, menurut nama persisnya atau nomornya (bawaan: semua unit, kecuali bila --nip diberikan).</translation>
    </message>
    <message>
        <source>Only the unit&apos;s own staff, not its sub-units&apos;.</source>
        <translation>Hanya pegawai unit itu sendiri, tanpa subunitnya.</translation>
    </message>
    <message>
        <source>nip</source>
        <translation>nip</translation>
    </message>
    <message>
        <source>Only this employee&apos;s appraisal; may be repeated.</source>
        <translation>Hanya penilaian pegawai ini; boleh diulang.</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>Comma-separated documents to print where they apply to the appraisal&apos;s scheme: %1 (default: every document of the scheme).</source>
        <translation>Dokumen yang dicetak, dipisah koma, bila berlaku untuk skema penilaian: %1 (bawaan: semua dokumen skema itu).</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>kertas</translation>
    </message>
    <message>
        <source>a4 or f4 (215 × 330 mm); default a4.</source>
        <translation>a4 atau f4 (215 × 330 mm); bawaan a4.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>The date by the signatures, YYYY-MM-DD (default: the date the appraisal was finalized or rated).</source>
        <translation>Tanggal pada tanda tangan, TTTT-BB-HH (bawaan: tanggal penilaian difinalkan atau dinilai).</translation>
    </message>
    <message>
        <source>Write everything into this PDF file.</source>
        <translation>Tulis semuanya ke berkas PDF ini.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Write one PDF per employee into this folder.</source>
        <translation>Tulis satu PDF per pegawai ke folder ini.</translation>
    </message>
    <message>
        <source>The language of the sheets and of the messages: id (the official forms, the default) or en.</source>
        <translation>Bahasa lembar dan pesan: id (formulir resmi, bawaan) atau en.</translation>
    </message>
    <message>
        <source>--period is required (e.g. --period 2025-Q4).</source>
        <translation>--period wajib diisi (mis. --period 2025-Q4).</translation>
    </message>
    <message>
        <source>Give either --out FILE or --per-employee FOLDER.</source>
        <translation>Berikan salah satu: --out BERKAS atau --per-employee FOLDER.</translation>
    </message>
    <message>
        <source>--paper must be a4 or f4, not “%1”.</source>
        <translation>--paper harus a4 atau f4, bukan “%1”.</translation>
    </message>
    <message>
        <source>Unknown document “%1”; known: %2.</source>
        <translation>Dokumen “%1” tidak dikenal; yang dikenal: %2.</translation>
    </message>
    <message>
        <source>--sign-date must be a date as YYYY-MM-DD, not “%1”.</source>
        <translation>--sign-date harus tanggal berbentuk TTTT-BB-HH, bukan “%1”.</translation>
    </message>
    <message>
        <source>NIP %1 has no appraisal for %2 here.</source>
        <translation>NIP %1 tidak mempunyai penilaian untuk %2 di sini.</translation>
    </message>
    <message>
        <source>There are no appraisals for %1 here.</source>
        <translation>Tidak ada penilaian untuk %1 di sini.</translation>
    </message>
    <message>
        <source>Printing: %1%</source>
        <translation>Mencetak: %1%</translation>
    </message>
    <message>
        <source>appraisal %1</source>
        <translation>penilaian %1</translation>
    </message>
    <message>
        <source>%1: not printed: %2</source>
        <translation>%1: tidak dicetak: %2</translation>
    </message>
    <message>
        <source>every sheet: %1: %2</source>
        <translation>semua lembar: %1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>Interrupted; nothing was written.</source>
        <translation>Dihentikan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Printed %1 of %2 appraisals, %3 pages: %4</source>
        <translation>Tercetak %1 dari %2 penilaian, %3 halaman: %4</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>Print a recap of the unit and period instead of the sheets: %1 (predikat per employee and the distribution, pending appraisals per unit, competency development needs). Needs --out.</source>
        <translation>Cetak rekap unit dan periode, bukan lembar penilaian: %1 (predikat tiap pegawai dan distribusinya, penilaian yang belum selesai per unit, kebutuhan pengembangan kompetensi). Memerlukan --out.</translation>
    </message>
    <message>
        <source>Unknown recap “%1”; known: %2.</source>
        <translation>Rekap “%1” tidak dikenal; yang dikenal: %2.</translation>
    </message>
    <message>
        <source>--recap prints one file for the unit: use --out, without --per-employee, --nip or --document.</source>
        <translation>--recap mencetak satu berkas untuk unit: gunakan --out, tanpa --per-employee, --nip, atau --document.</translation>
    </message>
    <message>
        <source>Printed %1, %2 pages: %3</source>
        <translation>Tercetak %1, %2 halaman: %3</translation>
    </message>
</context>
<context>
    <name>kinerja::cli::ServerCommand</name>
    <message>
        <source>Set up an office&apos;s PostgreSQL server database: create, upgrade or load it.</source>
        <translation>Menyiapkan basis data di server PostgreSQL kantor: membuat, memperbarui, atau memuat isinya.</translation>
    </message>
    <message>
        <source>An administrator&apos;s commands for the office server:
  init      creates the Kinerja schema in an empty PostgreSQL database.
  upgrade   upgrades the schema to this Kinerja&apos;s version, each step in one transaction (run pg_dump first).
  load FILE copies an office&apos;s Kinerja file (.sqlite) into a new server database that server init created: every table, the ids kept, in one transaction; after an error, a count that differs or Ctrl-C the server database is left empty. The file is upgraded to this Kinerja&apos;s version first (a backup copy is kept beside it).
The password comes from libpq: PGPASSWORD or ~/.pgpass. Exit code 0 on success, 1 on a failure, 2 for a wrong command line.</source>
        <translation>Perintah administrator untuk server kantor:
  init        membuat skema Kinerja di basis data PostgreSQL yang kosong.
  upgrade     memperbarui skema ke versi Kinerja ini, setiap langkah dalam satu transaksi (jalankan pg_dump lebih dahulu).
  load BERKAS menyalin berkas Kinerja (.sqlite) milik kantor ke basis data server baru yang telah dibuat oleh server init: seluruh tabel, dengan id yang tetap, dalam satu transaksi; setelah galat, jumlah baris yang tidak cocok, atau Ctrl-C, basis data server dibiarkan kosong. Berkas tersebut lebih dahulu diperbarui ke versi Kinerja ini (salinan cadangannya disimpan di sebelahnya).
Kata sandi diambil dari libpq: PGPASSWORD atau ~/.pgpass. Kode keluar 0 bila berhasil, 1 bila gagal, 2 untuk baris perintah yang salah.</translation>
    </message>
    <message>
        <source>The server database: postgresql://user@host:port/dbname, or postgresql://user@/dbname?host=/run/postgresql for a local socket (required).</source>
        <translation>Basis data server: postgresql://user@host:port/dbname, atau postgresql://user@/dbname?host=/run/postgresql untuk soket lokal (wajib).</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Tindakan yang dijalankan.</translation>
    </message>
    <message>
        <source>load: the Kinerja file to copy.</source>
        <translation>load: berkas Kinerja yang disalin.</translation>
    </message>
    <message>
        <source>Say what to do: init, upgrade or load.</source>
        <translation>Sebutkan tindakannya: init, upgrade, atau load.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use init, upgrade or load.</source>
        <translation>Tindakan “%1” tidak dikenal: gunakan init, upgrade, atau load.</translation>
    </message>
    <message>
        <source>server load needs the file to copy.</source>
        <translation>server load memerlukan berkas yang akan disalin.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumen tidak terduga “%1”.</translation>
    </message>
    <message>
        <source>server %1 needs --db postgresql://user@host:port/dbname.</source>
        <translation>server %1 memerlukan --db postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>--db must be a server address (postgresql://user@host:port/dbname), not “%1”: a Kinerja file is created and upgraded when it is opened.</source>
        <translation>--db harus berupa alamat server (postgresql://user@host:port/dbname), bukan “%1”: berkas Kinerja dibuat dan diperbarui saat dibuka.</translation>
    </message>
    <message>
        <source>Created the Kinerja schema, version %1, in %2.</source>
        <translation>Skema Kinerja versi %1 telah dibuat di %2.</translation>
    </message>
    <message>
        <source>%1 is already at version %2, this Kinerja&apos;s; nothing to upgrade.</source>
        <translation>%1 sudah berada pada versi %2, versi Kinerja ini; tidak ada yang perlu diperbarui.</translation>
    </message>
    <message>
        <source>Upgraded %1 from version %2 to version %3.</source>
        <translation>%1 telah diperbarui dari versi %2 ke versi %3.</translation>
    </message>
    <message>
        <source>server load copies a Kinerja file (.sqlite), not “%1”.</source>
        <translation>server load menyalin berkas Kinerja (.sqlite), bukan “%1”.</translation>
    </message>
    <message>
        <source>Upgraded %1 from version %2 to version %3 first; the previous version was saved as %4.</source>
        <translation>%1 lebih dahulu diperbarui dari versi %2 ke versi %3; versi sebelumnya disimpan sebagai %4.</translation>
    </message>
    <message>
        <source>Interrupted; the server database was not changed.</source>
        <translation>Dihentikan; basis data server tidak diubah.</translation>
    </message>
    <message>
        <source>Loaded %1 into %2:</source>
        <translation>%1 telah dimuat ke %2:</translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::AppraisalImport</name>
    <message>
        <source>There is no column Periode: add one, or choose the period of the file.</source>
        <translation>Tidak ada kolom Periode: tambahkan, atau pilih periode berkas ini.</translation>
    </message>
    <message>
        <source>rating hasil kerja</source>
        <translation>rating hasil kerja</translation>
    </message>
    <message>
        <source>rating perilaku kerja</source>
        <translation>rating perilaku kerja</translation>
    </message>
    <message>
        <source>capaian SKP</source>
        <translation>capaian SKP</translation>
    </message>
    <message>
        <source>rekomendasi</source>
        <translation>rekomendasi</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>target</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator evaluation(s)</source>
        <translation>
            <numerusform>%n evaluasi indikator</numerusform>
        </translation>
    </message>
    <message>
        <source>kegiatan</source>
        <translation>kegiatan</translation>
    </message>
    <message>
        <source>The period %1 is closed: the appraisal of %2 cannot change (%3).</source>
        <translation>Periode %1 sudah ditutup: penilaian %2 tidak dapat diubah (%3).</translation>
    </message>
    <message>
        <source>The appraisal of %1 is final and cannot change (%2). Reopen it in Kinerja first.</source>
        <translation>Penilaian %1 sudah final dan tidak dapat diubah (%2). Buka kembali di Kinerja terlebih dahulu.</translation>
    </message>
    <message>
        <source>The NIP is empty.</source>
        <translation>NIP kosong.</translation>
    </message>
    <message>
        <source>“%1” is not a NIP of 18 digits.</source>
        <translation>“%1” bukan NIP 18 digit.</translation>
    </message>
    <message>
        <source>The period is empty.</source>
        <translation>Periode kosong.</translation>
    </message>
    <message>
        <source>There is no period “%1” in Kinerja (write it as 2026-Q1, 2026-M03, 2026-S1 or 2026).</source>
        <translation>Tidak ada periode “%1” di Kinerja (tulis sebagai 2026-Q1, 2026-M03, 2026-S1, atau 2026).</translation>
    </message>
    <message>
        <source>No employee has the NIP %1.</source>
        <translation>Tidak ada pegawai dengan NIP %1.</translation>
    </message>
    <message>
        <source>%1 has no appraisal in %2: create it in Kinerja first.</source>
        <translation>%1 tidak memiliki penilaian pada %2: buat dahulu di Kinerja.</translation>
    </message>
    <message>
        <source>The appraisal of %1 in %2 is also in row %3.</source>
        <translation>Penilaian %1 pada %2 juga ada di baris %3.</translation>
    </message>
    <message>
        <source>%1 of %2 in %3 is also in row %4.</source>
        <translation>%1 milik %2 pada %3 juga ada di baris %4.</translation>
    </message>
    <message>
        <source>The cell holds a formula (=%1); type the value itself.</source>
        <translation>Sel berisi rumus (=%1); ketikkan nilainya langsung.</translation>
    </message>
    <message>
        <source>The cell holds a date, not a value of this column.</source>
        <translation>Sel berisi tanggal, bukan nilai untuk kolom ini.</translation>
    </message>
    <message>
        <source>another scheme</source>
        <translation>skema lain</translation>
    </message>
    <message>
        <source>“%1” is not a rating: choose Di Atas Ekspektasi, Sesuai Ekspektasi or Di Bawah Ekspektasi.</source>
        <translation>“%1” bukan rating: pilih Di Atas Ekspektasi, Sesuai Ekspektasi, atau Di Bawah Ekspektasi.</translation>
    </message>
    <message>
        <source>The appraisal of %1 uses %2, which has no such rating.</source>
        <translation>Penilaian %1 memakai %2, yang tidak mengenal rating ini.</translation>
    </message>
    <message>
        <source>The appraisal of %1 uses %2: Capaian SKP is only for PP 30/2019.</source>
        <translation>Penilaian %1 memakai %2: Capaian SKP hanya untuk PP 30/2019.</translation>
    </message>
    <message>
        <source>Capaian SKP must be a number from 0 to 120, not %1.</source>
        <translation>Capaian SKP harus berupa angka 0 sampai 120, bukan %1.</translation>
    </message>
    <message>
        <source>The appraisal of %1 uses %2: its SKP has no RHK indicators.</source>
        <translation>Penilaian %1 memakai %2: SKP-nya tidak memiliki indikator RHK.</translation>
    </message>
    <message>
        <source>“%1” is not an indicator number such as 2.1.</source>
        <translation>“%1” bukan nomor indikator seperti 2.1.</translation>
    </message>
    <message>
        <source>The SKP of %1 in %2 has no indicator %3.</source>
        <translation>SKP %1 pada %2 tidak memiliki indikator %3.</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Indikator %1</translation>
    </message>
    <message>
        <source>Indicator %1 of %2 is now “%3” in Kinerja: the SKP changed after this file was made. Make a new template.</source>
        <translation>Indikator %1 milik %2 kini “%3” di Kinerja: SKP berubah setelah berkas ini dibuat. Buat templat baru.</translation>
    </message>
    <message>
        <source>A target must be given and more than 0.</source>
        <translation>Target harus diisi dan lebih dari 0.</translation>
    </message>
    <message>
        <source>The appraisal of %1 uses %2: it has no PP 46/2011 kegiatan.</source>
        <translation>Penilaian %1 memakai %2: tidak memiliki kegiatan PP 46/2011.</translation>
    </message>
    <message>
        <source>The SKP of %1 in %2 has no kegiatan “%3”.</source>
        <translation>SKP %1 pada %2 tidak memiliki kegiatan “%3”.</translation>
    </message>
    <message>
        <source>Kegiatan %1</source>
        <translation>Kegiatan %1</translation>
    </message>
    <message>
        <source>Kegiatan %1 of %2 is now “%3” in Kinerja: the SKP changed after this file was made. Make a new template.</source>
        <translation>Kegiatan %1 milik %2 kini “%3” di Kinerja: SKP berubah setelah berkas ini dibuat. Buat templat baru.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Berubah</translation>
    </message>
    <message>
        <source>Cannot change</source>
        <translation>Tidak dapat diubah</translation>
    </message>
    <message numerus="yes">
        <source>%n appraisal(s) to change, %1 unchanged</source>
        <translation>
            <numerusform>%n penilaian akan berubah, %1 tidak berubah</numerusform>
        </translation>
    </message>
    <message>
        <source>Read a file of appraisal data first.</source>
        <translation>Baca berkas data penilaian terlebih dahulu.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported. Correct them and read the file again.</source>
        <translation>
            <numerusform>Berkas memiliki %n masalah; tidak ada yang diimpor. Perbaiki lalu baca berkas lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database refused the import: %1</source>
        <translation>Basis data menolak impor: %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4; nothing was imported.</source>
        <translation>%1 (%2, %3): %4; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Impor dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message numerus="yes">
        <source>%n appraisal(s) changed, %1 unchanged</source>
        <translation>
            <numerusform>%n penilaian berubah, %1 tidak berubah</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::AppraisalTemplate</name>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Choose Di Atas Ekspektasi, Sesuai Ekspektasi or Di Bawah Ekspektasi from the list.</source>
        <translation>Pilih Di Atas Ekspektasi, Sesuai Ekspektasi, atau Di Bawah Ekspektasi dari daftar.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Enter a number of %1 or more.</source>
        <translation>Isikan angka %1 atau lebih.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Isikan angka dari %1 sampai %2.</translation>
    </message>
    <message>
        <source>The period of the template no longer exists.</source>
        <translation>Periode templat sudah tidak ada.</translation>
    </message>
    <message>
        <source>the whole agency</source>
        <translation>seluruh instansi</translation>
    </message>
    <message>
        <source>The unit of the template no longer exists.</source>
        <translation>Unit kerja templat sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 and its sub-units</source>
        <translation>%1 beserta sub-unitnya</translation>
    </message>
    <message>
        <source>%1 has no appraisals in %2: create them first.</source>
        <translation>%1 tidak memiliki penilaian pada %2: buat dahulu.</translation>
    </message>
    <message>
        <source>The template %1 cannot be written: %2</source>
        <translation>Templat %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>The template %1 cannot be written.</source>
        <translation>Templat %1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Period closed: cannot change.</source>
        <translation>Periode ditutup: tidak dapat diubah.</translation>
    </message>
    <message>
        <source>Final: cannot change.</source>
        <translation>Final: tidak dapat diubah.</translation>
    </message>
    <message>
        <source>PP 46/2011: fill in the sheet Kegiatan.</source>
        <translation>PP 46/2011: isi pada lembar Kegiatan.</translation>
    </message>
    <message>
        <source>Weighted indicators: rate in Kinerja.</source>
        <translation>Indikator berbobot: nilai di Kinerja.</translation>
    </message>
    <message>
        <source>The template was cancelled; no file was written.</source>
        <translation>Templat dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>Appraisal entry template %1</source>
        <translation>Templat isian penilaian kinerja %1</translation>
    </message>
    <message>
        <source>Appraisal entry template</source>
        <translation>Templat isian penilaian kinerja</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit kerja: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>1. Fill in only the shaded (yellow) cells. NIP, name, period and numbers are locked: do not change, add, remove or reorder rows.</source>
        <translation>1. Isi hanya sel yang berwarna (kuning). NIP, nama, periode, dan nomor dikunci: jangan mengubah, menambah, menghapus, atau mengurutkan ulang baris.</translation>
    </message>
    <message>
        <source>2. Sheet Penilaian: choose Rating Hasil Kerja and Rating Perilaku Kerja from the list (Di Atas Ekspektasi, Sesuai Ekspektasi, Di Bawah Ekspektasi). Capaian SKP (PP 30/2019 only) is a number from 0 to 120. Rekomendasi is free text.</source>
        <translation>2. Lembar Penilaian: pilih Rating Hasil Kerja dan Rating Perilaku Kerja dari daftar (Di Atas Ekspektasi, Sesuai Ekspektasi, Di Bawah Ekspektasi). Capaian SKP (hanya PP 30/2019) berupa angka 0 sampai 120. Rekomendasi berupa teks bebas.</translation>
    </message>
    <message>
        <source>3. Sheet Hasil Kerja: one row per indicator of the SKP. Enter the Realisasi, the Bukti Dukung and the Umpan Balik; the Target may be corrected while the appraisal is not final.</source>
        <translation>3. Lembar Hasil Kerja: satu baris untuk setiap indikator SKP. Isikan Realisasi, Bukti Dukung, dan Umpan Balik; Target boleh dikoreksi selama penilaian belum final.</translation>
    </message>
    <message>
        <source>4. Sheet Kegiatan (PP 46/2011): enter the realisations of quantity, quality (0–100), time and cost of each kegiatan.</source>
        <translation>4. Lembar Kegiatan (PP 46/2011): isikan realisasi kuantitas, kualitas (0–100), waktu, dan biaya setiap kegiatan.</translation>
    </message>
    <message>
        <source>5. An emptied cell clears the value in Kinerja. Rows of a final appraisal, or of a closed period, are locked and cannot change.</source>
        <translation>5. Sel yang dikosongkan menghapus nilainya di Kinerja. Baris penilaian yang sudah final, atau periode yang sudah ditutup, dikunci dan tidak dapat diubah.</translation>
    </message>
    <message>
        <source>6. Save the workbook as .xlsx (not .xls or .ods) and send it back. Kinerja checks every row before it changes anything, lists each problem by sheet, row and column, and reports what changed: Appraisal ▸ Import appraisal data…, or kinerja-cli import --appraisals FILE.</source>
        <translation>6. Simpan buku kerja sebagai .xlsx (bukan .xls atau .ods) lalu kirimkan kembali. Kinerja memeriksa setiap baris sebelum mengubah apa pun, mencantumkan setiap masalah menurut lembar, baris, dan kolom, lalu melaporkan apa yang berubah: Penilaian ▸ Impor data penilaian…, atau kinerja-cli import --appraisals BERKAS.</translation>
    </message>
    <message>
        <source>The template %1 cannot be put in place: %2</source>
        <translation>Templat %1 tidak dapat ditempatkan: %2</translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB); the limit is %3 MB.</source>
        <translation>%1 terlalu besar (%2 MB); batasnya %3 MB.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 kosong.</translation>
    </message>
    <message>
        <source>%1 is saved as UTF-16 text. Save it as &quot;CSV UTF-8&quot; or &quot;CSV (comma delimited)&quot; and import it again.</source>
        <translation>%1 disimpan sebagai teks UTF-16. Simpan sebagai &quot;CSV UTF-8&quot; atau &quot;CSV (comma delimited)&quot; lalu impor lagi.</translation>
    </message>
    <message>
        <source>%1 is a spreadsheet workbook, not a CSV text file. Import it as XLSX or save it as CSV.</source>
        <translation>%1 adalah buku kerja spreadsheet, bukan berkas teks CSV. Impor sebagai XLSX atau simpan sebagai CSV.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it contains NUL bytes).</source>
        <translation>%1 bukan berkas teks (berisi byte NUL).</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; split it into smaller files.</source>
        <translation>%1 berisi lebih dari %2 baris; pecah menjadi beberapa berkas yang lebih kecil.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed (a &quot; is missing).</source>
        <translation>%1, baris %2: isian bertanda kutip tidak pernah ditutup (kurang satu &quot;).</translation>
    </message>
    <message>
        <source>%1 holds no data.</source>
        <translation>%1 tidak berisi data.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Pembacaan %1 dibatalkan.</translation>
    </message>
    <message>
        <source>%1 starts with a UTF-8 mark but is not valid UTF-8 text: row %2, column %3 holds the byte 0x%4, which is not UTF-8. Correct that cell, or save the file again as &quot;CSV UTF-8&quot;; nothing was imported.</source>
        <translation>%1 diawali penanda UTF-8 tetapi bukan teks UTF-8 yang sah: baris %2, kolom %3 berisi byte 0x%4 yang bukan UTF-8. Perbaiki sel itu, atau simpan ulang berkas sebagai &quot;CSV UTF-8&quot;; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>%1 is UTF-8 text except at row %2, column %3: the byte 0x%4 there is not UTF-8. Correct that cell, or save the file again as &quot;CSV UTF-8&quot;; nothing was imported.</source>
        <translation>%1 berupa teks UTF-8 kecuali pada baris %2, kolom %3: byte 0x%4 di sana bukan UTF-8. Perbaiki sel itu, atau simpan ulang berkas sebagai &quot;CSV UTF-8&quot;; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor Windows-1252 text (the byte 0x%2 at row %3, column %4). Save it as &quot;CSV UTF-8&quot;.</source>
        <translation>%1 bukan teks UTF-8 maupun Windows-1252 (byte 0x%2 pada baris %3, kolom %4). Simpan sebagai &quot;CSV UTF-8&quot;.</translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::CsvWriter</name>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Berkas %1 tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::EmployeeImport</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>%1 baru, %2 berubah, %3 tidak berubah</translation>
    </message>
    <message>
        <source>Cell %1 holds a formula; replace it with its value.</source>
        <translation>Sel %1 berisi rumus; ganti dengan nilainya.</translation>
    </message>
    <message>
        <source>Cell %1 holds a formula (=%2); replace it with its value.</source>
        <translation>Sel %1 berisi rumus (=%2); ganti dengan nilainya.</translation>
    </message>
    <message>
        <source>Cell %1 holds a date (serial number %2), but this column holds text. Format the column as Text and type the value again.</source>
        <translation>Sel %1 berisi tanggal (nomor seri %2), padahal kolom ini berisi teks. Format kolom sebagai Teks dan ketik ulang nilainya.</translation>
    </message>
    <message>
        <source>Cell %1 holds the error %2.</source>
        <translation>Sel %1 berisi galat %2.</translation>
    </message>
    <message>
        <source>The NIP is missing.</source>
        <translation>NIP belum diisi.</translation>
    </message>
    <message>
        <source>NIP %1 already appears in row %2; each employee may appear only once.</source>
        <translation>NIP %1 sudah ada di baris %2; setiap pegawai hanya boleh muncul sekali.</translation>
    </message>
    <message>
        <source>“%1” is no employment status; write PNS, CPNS or PPPK.</source>
        <translation>“%1” bukan status kepegawaian; tulis PNS, CPNS, atau PPPK.</translation>
    </message>
    <message>
        <source>“%1” is no PPPK golongan; write I to XVII, e.g. “IX”.</source>
        <translation>“%1” bukan golongan PPPK; tulis I sampai XVII, mis. “IX”.</translation>
    </message>
    <message>
        <source>“%1” is no pangkat/golongan ruang; write e.g. “III/b” or “Penata Muda Tingkat I, III/b”.</source>
        <translation>“%1” bukan pangkat/golongan ruang; tulis mis. “III/b” atau “Penata Muda Tingkat I, III/b”.</translation>
    </message>
    <message>
        <source>“%1” is no jenis jabatan; write JPT Utama, JPT Madya, JPT Pratama, Administrator, Pengawas, Pelaksana or Fungsional with its jenjang (e.g. “Fungsional Ahli Muda”).</source>
        <translation>“%1” bukan jenis jabatan; tulis JPT Utama, JPT Madya, JPT Pratama, Administrator, Pengawas, Pelaksana, atau Fungsional beserta jenjangnya (mis. “Fungsional Ahli Muda”).</translation>
    </message>
    <message>
        <source>“%1” is no jenjang; write e.g. “Ahli Muda”, “Terampil” or “JPT Pratama”.</source>
        <translation>“%1” bukan jenjang; tulis mis. “Ahli Muda”, “Terampil”, atau “JPT Pratama”.</translation>
    </message>
    <message>
        <source>The unit kerja is missing.</source>
        <translation>Unit kerja belum diisi.</translation>
    </message>
    <message>
        <source>No unit is named “%1”. Check the spelling or create the unit first.</source>
        <translation>Tidak ada unit bernama “%1”. Periksa ejaannya atau buat unit itu lebih dahulu.</translation>
    </message>
    <message>
        <source>An employee cannot be their own atasan.</source>
        <translation>Pegawai tidak dapat menjadi atasannya sendiri.</translation>
    </message>
    <message>
        <source>No employee with NIP %1 is in the file or in the database.</source>
        <translation>Tidak ada pegawai dengan NIP %1 di berkas maupun di basis data.</translation>
    </message>
    <message>
        <source>Read an employee file first.</source>
        <translation>Baca berkas pegawai terlebih dahulu.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported. Correct them and read the file again.</source>
        <translation>
            <numerusform>Berkas memiliki %n masalah; tidak ada yang diimpor. Perbaiki lalu baca ulang berkasnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Diimpor dari %1</translation>
    </message>
    <message>
        <source>The database refused the import: %1</source>
        <translation>Basis data menolak impor: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Impor dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The employee was not stored.</source>
        <translation>Pegawai tidak tersimpan.</translation>
    </message>
    <message>
        <source>%1 units are named “%2”; add the parent unit in brackets, e.g. “%2 (%3)”.</source>
        <translation>Ada %1 unit bernama “%2”; tambahkan unit induknya dalam kurung, mis. “%2 (%3)”.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Berubah</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Tidak diimpor</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>gelar depan</source>
        <translation>gelar depan</translation>
    </message>
    <message>
        <source>gelar belakang</source>
        <translation>gelar belakang</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>pangkat/golongan</source>
        <translation>pangkat/golongan</translation>
    </message>
    <message>
        <source>jabatan</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <source>jenis jabatan</source>
        <translation>jenis jabatan</translation>
    </message>
    <message>
        <source>jenjang</source>
        <translation>jenjang</translation>
    </message>
    <message>
        <source>unit kerja</source>
        <translation>unit kerja</translation>
    </message>
    <message>
        <source>atasan</source>
        <translation>atasan</translation>
    </message>
    <message>
        <source>The chain of atasan would loop back: %1.</source>
        <translation>Rantai atasan akan berputar kembali: %1.</translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::IkmImport</name>
    <message>
        <source>a formula</source>
        <translation>sebuah rumus</translation>
    </message>
    <message>
        <source>a formula (=%1)</source>
        <translation>sebuah rumus (=%1)</translation>
    </message>
    <message>
        <source>Cell %1 holds %2 that gives “%3”, not an answer: write a whole number 1 (tidak baik) to 4 (sangat baik).</source>
        <translation>Sel %1 berisi %2 yang menghasilkan “%3”, bukan jawaban: tulis bilangan bulat 1 (tidak baik) sampai 4 (sangat baik).</translation>
    </message>
    <message>
        <source>“%1” is not an answer: write a whole number 1 (tidak baik) to 4 (sangat baik).</source>
        <translation>“%1” bukan jawaban: tulis bilangan bulat 1 (tidak baik) sampai 4 (sangat baik).</translation>
    </message>
    <message>
        <source>Cell %1 holds %2 whose value the file does not keep; replace it with its value, or open and save the file in the spreadsheet program.</source>
        <translation>Sel %1 berisi %2 yang nilainya tidak disimpan dalam berkas; ganti dengan nilainya, atau buka lalu simpan berkas di program lembar kerja.</translation>
    </message>
    <message>
        <source>Cell %1 holds a yes/no value (%2), not an answer 1–4.</source>
        <translation>Sel %1 berisi nilai ya/tidak (%2), bukan jawaban 1–4.</translation>
    </message>
    <message>
        <source>Cell %1 holds a date (%2), not an answer 1–4. Format the column as Number and type the answers again.</source>
        <translation>Sel %1 berisi tanggal (%2), bukan jawaban 1–4. Format kolomnya sebagai Angka lalu ketik ulang jawabannya.</translation>
    </message>
    <message>
        <source>Cell %1 holds the error %2, not an answer 1–4.</source>
        <translation>Sel %1 berisi galat %2, bukan jawaban 1–4.</translation>
    </message>
    <message>
        <source>Choose the period and the unit whose survey this is first.</source>
        <translation>Pilih dahulu periode dan unit kerja pemilik survei ini.</translation>
    </message>
    <message>
        <source>The chosen period no longer exists.</source>
        <translation>Periode yang dipilih sudah tidak ada.</translation>
    </message>
    <message>
        <source>Period %1 is closed; its IKM cannot change. Reopen it first (with a reason), then import the survey.</source>
        <translation>Periode %1 sudah ditutup; IKM-nya tidak dapat diubah. Buka kembali terlebih dahulu (dengan alasan), lalu impor surveinya.</translation>
    </message>
    <message>
        <source>The chosen unit no longer exists.</source>
        <translation>Unit kerja yang dipilih sudah tidak ada.</translation>
    </message>
    <message>
        <source>No row holds an answer in U1–U9; the survey has no respondents.</source>
        <translation>Tidak ada baris yang berisi jawaban U1–U9; survei tidak memiliki responden.</translation>
    </message>
    <message>
        <source>Nobody answered %1 (%2): column %3 holds no answer, so no IKM can be computed.</source>
        <translation>Tidak ada yang menjawab %1 (%2): kolom %3 tidak berisi jawaban, sehingga IKM tidak dapat dihitung.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Not counted: correct the marked cells</source>
        <translation>Tidak dihitung: perbaiki sel yang ditandai</translation>
    </message>
    <message numerus="yes">
        <source>%n unsur skipped</source>
        <translation>
            <numerusform>%n unsur dilewati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the survey of %1 (%n respondent(s), IKM %2</source>
        <translation>
            <numerusform>survei %1 (%n responden, IKM %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n responden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct before the IKM can be computed</source>
        <translation>
            <numerusform>%n masalah harus diperbaiki sebelum IKM dapat dihitung</numerusform>
        </translation>
    </message>
    <message>
        <source>IKM %1 (%2, %3)</source>
        <translation>IKM %1 (%2, %3)</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>menggantikan %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without answers skipped</source>
        <translation>
            <numerusform>%n baris tanpa jawaban dilewati</numerusform>
        </translation>
    </message>
    <message>
        <source>Read a survey file first.</source>
        <translation>Baca berkas survei terlebih dahulu.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported. Correct them and read the file again.</source>
        <translation>
            <numerusform>Berkas memiliki %n masalah; tidak ada yang diimpor. Perbaiki lalu baca berkas lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Impor dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The database refused the import: %1</source>
        <translation>Basis data menolak impor: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the IKM survey of %1 for %2: %n respondent(s), IKM %3 (%4, %5).</source>
        <translation>
            <numerusform>Survei IKM %1 untuk %2 disimpan: %n responden, IKM %3 (%4, %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>It replaces %1.</source>
        <translation>Survei ini menggantikan %1.</translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::NumberColumns</name>
    <message>
        <source>semicolons between the columns, as in files with a decimal comma</source>
        <translation>titik koma sebagai pemisah kolom, seperti pada berkas dengan koma desimal</translation>
    </message>
    <message>
        <source>“%1” with a decimal comma</source>
        <translation>“%1” dengan koma desimal</translation>
    </message>
    <message>
        <source>“%1” with a decimal point</source>
        <translation>“%1” dengan titik desimal</translation>
    </message>
    <message>
        <source>“%1” can mean %2 or %3, and this column holds numbers written both ways (%4; %5). Write %6 or %7 without a thousands separator.</source>
        <translation>“%1” bisa berarti %2 atau %3, dan kolom ini berisi angka yang ditulis dengan kedua cara (%4; %5). Tulis %6 atau %7 tanpa pemisah ribuan.</translation>
    </message>
    <message>
        <source>“%1” can mean %2 or %3, and this file holds numbers written both ways (%4; %5). Write %6 or %7 without a thousands separator.</source>
        <translation>“%1” bisa berarti %2 atau %3, dan berkas ini berisi angka yang ditulis dengan kedua cara (%4; %5). Tulis %6 atau %7 tanpa pemisah ribuan.</translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::RecapExport</name>
    <message>
        <source>The export to %1 was cancelled; no file was written.</source>
        <translation>Ekspor ke %1 dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>RHK no.</source>
        <translation>No. RHK</translation>
    </message>
    <message>
        <source>RHK type</source>
        <translation>Jenis RHK</translation>
    </message>
    <message>
        <source>Work result plan (RHK)</source>
        <translation>Rencana Hasil Kerja</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspek</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator Kinerja Individu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Realisation</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Umpan Balik</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kuantitas</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kualitas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Unit Kerja</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>Jumlah Penilaian</translation>
    </message>
    <message>
        <source>Without predikat</source>
        <translation>Belum Ada Predikat</translation>
    </message>
    <message>
        <source>Final share</source>
        <translation>Persentase Final</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Rank/grade</source>
        <translation>Pangkat/Golongan</translation>
    </message>
    <message>
        <source>Appraising official</source>
        <translation>Pejabat Penilai</translation>
    </message>
    <message>
        <source>Appraising official&apos;s NIP</source>
        <translation>NIP Pejabat Penilai</translation>
    </message>
    <message>
        <source>Work result rating</source>
        <translation>Rating Hasil Kerja</translation>
    </message>
    <message>
        <source>Work behaviour rating</source>
        <translation>Rating Perilaku Kerja</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Finalised on</source>
        <translation>Tanggal Final</translation>
    </message>
    <message>
        <source>Development recommendation</source>
        <translation>Rekomendasi Pengembangan Kompetensi</translation>
    </message>
    <message>
        <source>Employee status</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal Lahir</translation>
    </message>
    <message>
        <source>Start date (TMT)</source>
        <translation>TMT</translation>
    </message>
    <message>
        <source>Employment state</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>There is no such appraisal period.</source>
        <translation>Periode penilaian tersebut tidak ada.</translation>
    </message>
    <message>
        <source>all units</source>
        <translation>semua unit</translation>
    </message>
    <message>
        <source>There is no such unit.</source>
        <translation>Unit kerja tersebut tidak ada.</translation>
    </message>
    <message>
        <source>Appraisal recap %1, %2</source>
        <translation>Rekap Penilaian Kinerja %1, %2</translation>
    </message>
    <message>
        <source>Performance appraisal of civil servants</source>
        <translation>Penilaian Kinerja Pegawai ASN</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Rekap</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Unit summary</source>
        <translation>Ringkasan Unit</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Additional</source>
        <translation>Tambahan</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Civil servants of the agency</source>
        <translation>Aparatur Sipil Negara instansi</translation>
    </message>
    <message>
        <source>Title before</source>
        <translation>Gelar Depan</translation>
    </message>
    <message>
        <source>Title after</source>
        <translation>Gelar Belakang</translation>
    </message>
    <message>
        <source>Position type</source>
        <translation>Jenis Jabatan</translation>
    </message>
    <message>
        <source>Supervisor NIP</source>
        <translation>NIP Atasan</translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::TableColumns</name>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, lembar “%2”</translation>
    </message>
    <message>
        <source>%1: row %2 should hold the column headers but is empty.</source>
        <translation>%1: baris %2 seharusnya berisi judul kolom tetapi kosong.</translation>
    </message>
    <message>
        <source>%1: columns %2 and %3 are both read as “%4”; keep one.</source>
        <translation>%1: kolom %2 dan %3 sama-sama terbaca sebagai “%4”; sisakan satu.</translation>
    </message>
    <message>
        <source>%1: the header row %2 lacks the required column(s) %3.</source>
        <translation>%1: baris judul %2 tidak memuat kolom wajib %3.</translation>
    </message>
    <message>
        <source>%1 holds no data.</source>
        <translation>%1 tidak berisi data.</translation>
    </message>
    <message>
        <source>%1 has only the header row and no data rows.</source>
        <translation>%1 hanya berisi baris judul tanpa baris data.</translation>
    </message>
    <message>
        <source>%1: the cells %2 are merged. Unmerge them so that each row holds one record and each cell one value.</source>
        <translation>%1: sel %2 digabung (merge). Pisahkan kembali agar setiap baris berisi satu data dan setiap sel satu nilai.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3</source>
        <translation>%1, baris %2, kolom %3</translation>
    </message>
    <message>
        <source>%1, row %2, column %3 (%4)</source>
        <translation>%1, baris %2, kolom %3 (%4)</translation>
    </message>
    <message>
        <source>Cell %1 holds a formula; type the %2 itself as text.</source>
        <translation>Sel %1 berisi rumus; ketik %2 itu sendiri sebagai teks.</translation>
    </message>
    <message>
        <source>Cell %1 holds the number %2: the spreadsheet turned the %3 into a number in scientific notation and its last digits are lost (a %3 has %4 digits; a number keeps only 15). Format the column as Text and type the %3 values again.</source>
        <translation>Sel %1 berisi angka %2: spreadsheet mengubah %3 menjadi angka dalam notasi ilmiah dan digit terakhirnya hilang (%3 terdiri atas %4 digit; angka hanya menyimpan 15). Format kolom sebagai Teks lalu ketik ulang nilai %3.</translation>
    </message>
    <message>
        <source>Cell %1 holds the number %2, not text: a %3 of %4 digits cannot be kept as a number. Format the column as Text and type the value again.</source>
        <translation>Sel %1 berisi angka %2, bukan teks: %3 yang terdiri atas %4 digit tidak dapat disimpan sebagai angka. Format kolom sebagai Teks lalu ketik ulang nilainya.</translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::TableImport</name>
    <message>
        <source>Sheet “%1”: %2</source>
        <translation>Lembar “%1”: %2</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2: %3</source>
        <translation>Lembar “%1”, baris %2: %3</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column %3: %4</source>
        <translation>Lembar “%1”, baris %2, kolom %3: %4</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column %3 (%4): %5</source>
        <translation>Lembar “%1”, baris %2, kolom %3 (%4): %5</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): %4</source>
        <translation>Baris %1, kolom %2 (%3): %4</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Pembacaan %1 dibatalkan.</translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::XlsxReader</name>
    <message>
        <source>%1: the part %2 unpacks to more than %3 MB; the file is refused as a possible zip bomb.</source>
        <translation>%1: bagian %2 membesar lebih dari %3 MB saat dibuka; berkas ditolak karena mungkin zip bomb.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 cannot be unpacked.</source>
        <translation>%1 rusak: bagian %2 tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 is not valid XML (line %3: %4).</source>
        <translation>%1 rusak: %2 bukan XML yang sah (baris %3: %4).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB); the limit is %3 MB.</source>
        <translation>%1 terlalu besar (%2 MB); batasnya %3 MB.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 kosong.</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 workbook (.xls). Save it as an Excel workbook (.xlsx) and import it again.</source>
        <translation>%1 adalah buku kerja Excel 97-2003 lama (.xls). Simpan sebagai buku kerja Excel (.xlsx) lalu impor lagi.</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook (it is not a zip archive).</source>
        <translation>%1 bukan buku kerja XLSX (bukan arsip zip).</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: its zip directory cannot be read (was the file cut off while copying?).</source>
        <translation>%1 rusak atau tidak lengkap: direktori zip-nya tidak dapat dibaca (apakah berkas terpotong saat disalin?).</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx) and import it again.</source>
        <translation>%1 adalah spreadsheet OpenDocument (.ods). Simpan sebagai buku kerja Excel (.xlsx) lalu impor lagi.</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an XLSX workbook.</source>
        <translation>%1 adalah arsip zip tetapi bukan buku kerja XLSX.</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook: it has no workbook part.</source>
        <translation>%1 bukan buku kerja XLSX: tidak ada bagian workbook.</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 tidak memiliki lembar kerja.</translation>
    </message>
    <message>
        <source>No workbook is open.</source>
        <translation>Tidak ada buku kerja yang terbuka.</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”; its sheets are %3.</source>
        <translation>%1 tidak memiliki lembar bernama “%2”; lembarnya adalah %3.</translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, lembar “%2”</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet “%2” is listed but its part %3 is missing.</source>
        <translation>%1 rusak: lembar “%2” terdaftar tetapi bagiannya %3 tidak ada.</translation>
    </message>
    <message>
        <source>%1, cell %2: %3</source>
        <translation>%1, sel %2: %3</translation>
    </message>
    <message>
        <source>%1: a row has the invalid number “%2”.</source>
        <translation>%1: sebuah baris bernomor tidak sah “%2”.</translation>
    </message>
    <message>
        <source>the cell reference is invalid.</source>
        <translation>alamat selnya tidak sah.</translation>
    </message>
    <message>
        <source>%1: cell %2 lies beyond column %3; the import reads at most %4 columns.</source>
        <translation>%1: sel %2 berada di luar kolom %3; impor hanya membaca paling banyak %4 kolom.</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; split it into smaller files.</source>
        <translation>%1 berisi lebih dari %2 baris; pecah menjadi beberapa berkas yang lebih kecil.</translation>
    </message>
    <message>
        <source>it refers to shared string %1, which does not exist.</source>
        <translation>sel merujuk ke teks bersama %1 yang tidak ada.</translation>
    </message>
    <message>
        <source>the number “%1” is invalid.</source>
        <translation>angka “%1” tidak sah.</translation>
    </message>
    <message>
        <source>the cell type “%1” is unknown.</source>
        <translation>jenis sel “%1” tidak dikenal.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet “%2” is not valid XML (line %3: %4).</source>
        <translation>%1 rusak: lembar “%2” bukan XML yang sah (baris %3: %4).</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Pembacaan %1 dibatalkan.</translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::XlsxWriter</name>
    <message>
        <source>The spreadsheet %1 cannot be written (%2): %3</source>
        <translation>Lembar kerja %1 tidak dapat ditulis (%2): %3</translation>
    </message>
    <message>
        <source>The spreadsheet %1 cannot be written: %2</source>
        <translation>Lembar kerja %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>creating the workbook</source>
        <translation>membuat buku kerja</translation>
    </message>
    <message>
        <source>setting the document properties</source>
        <translation>mengisi properti dokumen</translation>
    </message>
    <message>
        <source>the workbook is not open</source>
        <translation>buku kerja belum dibuka</translation>
    </message>
    <message>
        <source>The spreadsheet %1 cannot get a sheet named &quot;%2&quot;.</source>
        <translation>Buku kerja %1 tidak dapat diberi lembar kerja bernama &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>sheet %1, header</source>
        <translation>lembar kerja %1, baris judul</translation>
    </message>
    <message>
        <source>sheet %1 has more rows than a spreadsheet can hold</source>
        <translation>lembar kerja %1 memiliki lebih banyak baris daripada yang dapat dimuat buku kerja</translation>
    </message>
    <message>
        <source>sheet %1, row %2</source>
        <translation>lembar kerja %1, baris %2</translation>
    </message>
    <message>
        <source>sheet %1, column widths</source>
        <translation>lembar kerja %1, lebar kolom</translation>
    </message>
    <message>
        <source>sheet %1, filter</source>
        <translation>lembar kerja %1, filter</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>menyimpan</translation>
    </message>
    <message>
        <source>The spreadsheet %1 cannot be put in place of the temporary file %2: %3</source>
        <translation>Berkas sementara %2 tidak dapat dipindahkan menjadi lembar kerja %1: %3</translation>
    </message>
</context>
<context>
    <name>kinerja::reports::AuditDescription</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Position history</source>
        <translation>Riwayat jabatan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Period log</source>
        <translation>Riwayat status periode</translation>
    </message>
    <message>
        <source>Appraisal log</source>
        <translation>Riwayat status penilaian kinerja</translation>
    </message>
    <message>
        <source>Capaian kinerja organisasi</source>
        <translation>Capaian kinerja organisasi</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Skema penilaian</translation>
    </message>
    <message>
        <source>Scheme version</source>
        <translation>Versi skema penilaian</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Penilaian kinerja</translation>
    </message>
    <message>
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <source>RHK indicator</source>
        <translation>Indikator RHK</translation>
    </message>
    <message>
        <source>Perilaku</source>
        <translation>Perilaku</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Aspect score</source>
        <translation>Nilai aspek</translation>
    </message>
    <message>
        <source>Weighted rating</source>
        <translation>Rating berbobot</translation>
    </message>
    <message>
        <source>Keberatan</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <source>IKM survey</source>
        <translation>Survei IKM</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Title before</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <source>Title after</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <source>Employee status</source>
        <translation>Status kepegawaian</translation>
    </message>
    <message>
        <source>Rank/grade</source>
        <translation>Pangkat/golongan</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Jabatan type</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <source>Jenjang</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <source>Atasan</source>
        <translation>Atasan langsung</translation>
    </message>
    <message>
        <source>State date</source>
        <translation>Tanggal kedudukan</translation>
    </message>
    <message>
        <source>Employment state</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <source>Appraisal state</source>
        <translation>Status penilaian kinerja</translation>
    </message>
    <message>
        <source>Atasan pejabat penilai</source>
        <translation>Atasan pejabat penilai kinerja</translation>
    </message>
    <message>
        <source>Period state</source>
        <translation>Status periode</translation>
    </message>
    <message>
        <source>Pejabat penilai</source>
        <translation>Pejabat penilai kinerja</translation>
    </message>
    <message>
        <source>Rating hasil kerja</source>
        <translation>Rating hasil kerja</translation>
    </message>
    <message>
        <source>Rating perilaku kerja</source>
        <translation>Rating perilaku kerja</translation>
    </message>
    <message>
        <source>Self-assessment hasil kerja</source>
        <translation>Penilaian diri hasil kerja</translation>
    </message>
    <message>
        <source>Self-assessment perilaku kerja</source>
        <translation>Penilaian diri perilaku kerja</translation>
    </message>
    <message>
        <source>Capaian SKP</source>
        <translation>Capaian SKP</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Unit induk</translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation>Kepala unit</translation>
    </message>
    <message>
        <source>Dissolved on</source>
        <translation>Tanggal dibubarkan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Awal</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <source>RHK kind</source>
        <translation>Jenis RHK</translation>
    </message>
    <message>
        <source>Intervensi</source>
        <translation>Intervensi</translation>
    </message>
    <message>
        <source>Perspektif</source>
        <translation>Perspektif</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Indicator target</source>
        <translation>Target indikator</translation>
    </message>
    <message>
        <source>Indicator realisasi</source>
        <translation>Realisasi indikator</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Bukti dukung</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>Umpan balik</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>Ekspektasi</source>
        <translation>Ekspektasi</translation>
    </message>
    <message>
        <source>Rater&apos;s view</source>
        <translation>Pandangan pejabat penilai kinerja</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Penjelasan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Decision text</source>
        <translation>Isi keputusan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <source>%1 — %2 added %3</source>
        <translation>%1 — %2 menambahkan %3</translation>
    </message>
    <message>
        <source>%1 — %2 deleted %3</source>
        <translation>%1 — %2 menghapus %3</translation>
    </message>
    <message>
        <source>%1 — %2 changed %3</source>
        <translation>%1 — %2 mengubah %3</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 ditambahkan</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 dihapus</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>%1 diubah</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Diajukan pada</translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation>Dinilai pada</translation>
    </message>
    <message>
        <source>Finalized on</source>
        <translation>Difinalkan pada</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>dibuka kembali</translation>
    </message>
</context>
<context>
    <name>kinerja::reports::BatchPrinter</name>
    <message>
        <source>No output file or folder was given.</source>
        <translation>Berkas atau folder keluaran belum ditentukan.</translation>
    </message>
    <message>
        <source>There are no appraisals to print.</source>
        <translation>Tidak ada penilaian untuk dicetak.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Kinerja: %n appraisal(s)</source>
        <translation>
            <numerusform>Kinerja: %n penilaian</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF cannot be started.</source>
        <translation>Tidak dapat menulis %1: PDF tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>None of the chosen documents applies to a %1 appraisal.</source>
        <translation>Tidak satu pun dokumen yang dipilih berlaku untuk penilaian %1.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n appraisal(s) could be printed.</source>
        <translation>
            <numerusform>Tidak satu pun dari %n penilaian dapat dicetak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write into %1: it is a file, not a folder.</source>
        <translation>Tidak dapat menulis ke %1: itu sebuah berkas, bukan folder.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Tidak dapat membuat folder %1.</translation>
    </message>
</context>
<context>
    <name>kinerja::reports::DocumentRenderer</name>
    <message>
        <source>The %1 does not apply to the appraisal of %2 for %3 (%4).</source>
        <translation>%1 tidak berlaku untuk penilaian %2 periode %3 (%4).</translation>
    </message>
    <message>
        <source>The printer or PDF file refused a new page.</source>
        <translation>Pencetak atau berkas PDF menolak halaman baru.</translation>
    </message>
</context>
<context>
    <name>kinerja::reports::Documents</name>
    <message>
        <source>Employee Performance Targets (SKP)</source>
        <translation>Sasaran Kinerja Pegawai (SKP)</translation>
    </message>
    <message>
        <source>Employee Performance Evaluation</source>
        <translation>Evaluasi Kinerja Pegawai</translation>
    </message>
    <message>
        <source>Employee Performance Evaluation Document</source>
        <translation>Dokumen Evaluasi Kinerja Pegawai</translation>
    </message>
    <message>
        <source>Work Target Form (SKP)</source>
        <translation>Formulir Sasaran Kerja Pegawai (SKP)</translation>
    </message>
    <message>
        <source>Work Performance Appraisal</source>
        <translation>Penilaian Prestasi Kerja</translation>
    </message>
    <message>
        <source>Weighted Indicator Sheet</source>
        <translation>Lembar Penilaian Indikator Berbobot</translation>
    </message>
</context>
<context>
    <name>kinerja::reports::Forms</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>DRAFT — not final</source>
        <translation>DRAF — belum final</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The appraisal is not final (%1): every page is marked as a draft.</source>
        <translation>Penilaian belum final (%1): setiap halaman ditandai sebagai draf.</translation>
    </message>
    <message>
        <source>agency name not set</source>
        <translation>nama instansi belum diisi</translation>
    </message>
    <message>
        <source>Agency header</source>
        <translation>Kop instansi</translation>
    </message>
    <message>
        <source>The agency name is not set in the settings; the header is left blank.</source>
        <translation>Pengaturan belum berisi nama instansi; kop dibiarkan kosong.</translation>
    </message>
    <message>
        <source>The agency logo cannot be read as an image; printed without it.</source>
        <translation>Logo instansi tidak dapat dibaca sebagai gambar; dicetak tanpa logo.</translation>
    </message>
    <message>
        <source>ASSESSMENT PERIOD: %1</source>
        <translation>PERIODE PENILAIAN: %1</translation>
    </message>
    <message>
        <source>PERFORMANCE ASSESSOR</source>
        <translation>PEJABAT PENILAI KINERJA</translation>
    </message>
    <message>
        <source>SUPERIOR OF THE PERFORMANCE ASSESSOR</source>
        <translation>ATASAN PEJABAT PENILAI KINERJA</translation>
    </message>
    <message>
        <source>EMPLOYEE APPRAISED</source>
        <translation>PEGAWAI YANG DINILAI</translation>
    </message>
    <message>
        <source>Performance assessor</source>
        <translation>Pejabat Penilai Kinerja</translation>
    </message>
    <message>
        <source>Superior of the performance assessor</source>
        <translation>Atasan Pejabat Penilai Kinerja</translation>
    </message>
    <message>
        <source>Employee appraised</source>
        <translation>Pegawai yang Dinilai</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>RANK/GRADE</source>
        <translation>PANGKAT/GOL. RUANG</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>JABATAN</translation>
    </message>
    <message>
        <source>WORK UNIT</source>
        <translation>UNIT KERJA</translation>
    </message>
    <message>
        <source>The appraisal records no %1; the block is left blank.</source>
        <translation>Penilaian tidak mencatat %1; bagian ini dibiarkan kosong.</translation>
    </message>
    <message>
        <source>%1: %2 is not recorded.</source>
        <translation>%1: %2 belum tercatat.</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>The place for the signature dates is not set in the settings; left blank.</source>
        <translation>Pengaturan belum berisi tempat untuk tanggal tanda tangan; dibiarkan kosong.</translation>
    </message>
    <message>
        <source>NIP.</source>
        <translation>NIP.</translation>
    </message>
    <message>
        <source>The %1 is not given yet.</source>
        <translation>%1 belum diberikan.</translation>
    </message>
    <message>
        <source>EMPLOYEE PERFORMANCE PREDICATE</source>
        <translation>PREDIKAT KINERJA PEGAWAI</translation>
    </message>
    <message>
        <source>The appraisal has no predikat yet (incomplete); left blank.</source>
        <translation>Penilaian belum memiliki predikat (belum lengkap); dibiarkan kosong.</translation>
    </message>
    <message>
        <source>ORGANISATION PERFORMANCE ACHIEVEMENT</source>
        <translation>CAPAIAN KINERJA ORGANISASI</translation>
    </message>
    <message>
        <source>No capaian kinerja organisasi is recorded for %1 or a parent unit in this period; left blank.</source>
        <translation>Capaian kinerja organisasi untuk %1 atau unit induknya belum tercatat pada periode ini; dibiarkan kosong.</translation>
    </message>
    <message>
        <source>PERSPECTIVE</source>
        <translation>PERSPEKTIF</translation>
    </message>
    <message>
        <source>LEADER&apos;S WORK PLAN RESULT SUPPORTED</source>
        <translation>RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI</translation>
    </message>
    <message>
        <source>WORK PLAN RESULT</source>
        <translation>RENCANA HASIL KERJA</translation>
    </message>
    <message>
        <source>ASPECT</source>
        <translation>ASPEK</translation>
    </message>
    <message>
        <source>INDIVIDUAL PERFORMANCE INDICATOR</source>
        <translation>INDIKATOR KINERJA INDIVIDU</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>REALISATION BASED ON SUPPORTING EVIDENCE</source>
        <translation>REALISASI BERDASARKAN BUKTI DUKUNG</translation>
    </message>
    <message>
        <source>CONTINUOUS FEEDBACK BASED ON SUPPORTING EVIDENCE</source>
        <translation>UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kualitas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kuantitas</translation>
    </message>
    <message>
        <source>A. MAIN</source>
        <translation>A. UTAMA</translation>
    </message>
    <message>
        <source>B. ADDITIONAL</source>
        <translation>B. TAMBAHAN</translation>
    </message>
    <message>
        <source>WORK RESULTS</source>
        <translation>HASIL KERJA</translation>
    </message>
    <message>
        <source>RHK %1 has no indicator.</source>
        <translation>RHK %1 belum memiliki indikator.</translation>
    </message>
    <message>
        <source>The SKP has no RHK Utama.</source>
        <translation>SKP belum memiliki RHK Utama.</translation>
    </message>
    <message>
        <source>Indicators without a realisation: %1.</source>
        <translation>Indikator tanpa realisasi: %1.</translation>
    </message>
    <message>
        <source>WORK RESULT RATING</source>
        <translation>RATING HASIL KERJA</translation>
    </message>
    <message>
        <source>WORK BEHAVIOUR</source>
        <translation>PERILAKU KERJA</translation>
    </message>
    <message>
        <source>LEADER&apos;S SPECIFIC EXPECTATIONS</source>
        <translation>EKSPEKTASI KHUSUS PIMPINAN</translation>
    </message>
    <message>
        <source>WORK BEHAVIOUR RATING</source>
        <translation>RATING PERILAKU KERJA</translation>
    </message>
    <message>
        <source>EMPLOYEE PERFORMANCE TARGETS</source>
        <translation>SASARAN KINERJA PEGAWAI</translation>
    </message>
    <message>
        <source>QUALITATIVE WORK RESULT APPROACH</source>
        <translation>PENDEKATAN HASIL KERJA KUALITATIF</translation>
    </message>
    <message>
        <source>EMPLOYEE PERFORMANCE EVALUATION</source>
        <translation>EVALUASI KINERJA PEGAWAI</translation>
    </message>
    <message>
        <source>PERIOD: %1</source>
        <translation>PERIODE: %1</translation>
    </message>
    <message>
        <source>DISTRIBUTION PATTERN</source>
        <translation>POLA DISTRIBUSI</translation>
    </message>
    <message>
        <source>some</source>
        <translation>ada</translation>
    </message>
    <message>
        <source>Predikat of %1 appraisals in %2 (%3 incomplete); limits of the pattern for capaian %4 under the bars</source>
        <translation>Predikat %1 pegawai yang dinilai di %2 (%3 belum lengkap); batas pola untuk capaian %4 di bawah batang</translation>
    </message>
    <message>
        <source>EMPLOYEE PERFORMANCE EVALUATION DOCUMENT</source>
        <translation>DOKUMEN EVALUASI KINERJA PEGAWAI</translation>
    </message>
    <message>
        <source>PERFORMANCE EVALUATION</source>
        <translation>EVALUASI KINERJA</translation>
    </message>
    <message>
        <source>NOTES/RECOMMENDATION</source>
        <translation>CATATAN/REKOMENDASI</translation>
    </message>
    <message>
        <source>Competency to develop: %1</source>
        <translation>Kompetensi yang dikembangkan: %1</translation>
    </message>
    <message>
        <source>OBJECTION</source>
        <translation>KEBERATAN</translation>
    </message>
    <message>
        <source>EXPLANATION OF THE PERFORMANCE ASSESSOR ON THE OBJECTION</source>
        <translation>PENJELASAN PEJABAT PENILAI KINERJA ATAS KEBERATAN</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Diterima sebagian</translation>
    </message>
    <message>
        <source>DECISION OF THE SUPERIOR OF THE PERFORMANCE ASSESSOR</source>
        <translation>KEPUTUSAN ATASAN PEJABAT PENILAI KINERJA</translation>
    </message>
    <message>
        <source>The objection has not been decided yet.</source>
        <translation>Keberatan belum diputuskan.</translation>
    </message>
    <message>
        <source>CIVIL SERVANT WORK TARGET FORM</source>
        <translation>FORMULIR SASARAN KERJA PEGAWAI NEGERI SIPIL</translation>
    </message>
    <message>
        <source>CIVIL SERVANT APPRAISED</source>
        <translation>PEGAWAI NEGERI SIPIL YANG DINILAI</translation>
    </message>
    <message>
        <source>III. DUTIES OF THE POSITION</source>
        <translation>III. KEGIATAN TUGAS JABATAN</translation>
    </message>
    <message>
        <source>QUANTITY/OUTPUT</source>
        <translation>KUANT/OUTPUT</translation>
    </message>
    <message>
        <source>QUALITY</source>
        <translation>KUAL/MUTU</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>WAKTU</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>BIAYA</translation>
    </message>
    <message>
        <source>DUTIES OF THE POSITION</source>
        <translation>KEGIATAN TUGAS JABATAN</translation>
    </message>
    <message>
        <source>The SKP has no kegiatan.</source>
        <translation>SKP belum memiliki kegiatan.</translation>
    </message>
    <message>
        <source>CIVIL SERVANT WORK PERFORMANCE APPRAISAL</source>
        <translation>PENILAIAN PRESTASI KERJA PEGAWAI NEGERI SIPIL</translation>
    </message>
    <message>
        <source>REALISATION</source>
        <translation>REALISASI</translation>
    </message>
    <message>
        <source>CALCULATION</source>
        <translation>PERHITUNGAN</translation>
    </message>
    <message>
        <source>SKP ACHIEVEMENT SCORE</source>
        <translation>NILAI CAPAIAN SKP</translation>
    </message>
    <message>
        <source>QUANT.</source>
        <translation>KUANT.</translation>
    </message>
    <message>
        <source>QUAL.</source>
        <translation>KUAL.</translation>
    </message>
    <message>
        <source>Additional duties (points)</source>
        <translation>Tugas tambahan (angka)</translation>
    </message>
    <message>
        <source>Creativity (points)</source>
        <translation>Kreativitas (angka)</translation>
    </message>
    <message>
        <source>The SKP achievement cannot be computed yet: %1</source>
        <translation>Capaian SKP belum dapat dihitung: %1</translation>
    </message>
    <message>
        <source>SKP ACHIEVEMENT</source>
        <translation>PENILAIAN CAPAIAN SASARAN KERJA PEGAWAI</translation>
    </message>
    <message>
        <source>The capaian SKP is not given yet.</source>
        <translation>Capaian SKP belum diisi.</translation>
    </message>
    <message>
        <source>ELEMENTS APPRAISED</source>
        <translation>UNSUR YANG DINILAI</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>NILAI</translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation>BOBOT</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>JUMLAH</translation>
    </message>
    <message>
        <source>Work target (SKP)</source>
        <translation>Sasaran Kerja Pegawai (SKP)</translation>
    </message>
    <message>
        <source>Work behaviour</source>
        <translation>Perilaku Kerja</translation>
    </message>
    <message>
        <source>The aspect %1 has no score.</source>
        <translation>Aspek %1 belum diberi nilai.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <source>WORK PERFORMANCE SCORE</source>
        <translation>NILAI PRESTASI KERJA</translation>
    </message>
    <message>
        <source>New idea or way of working</source>
        <translation>Ide atau cara kerja baru</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>The appraisal has no result yet (incomplete); left blank.</source>
        <translation>Penilaian belum memiliki hasil (belum lengkap); dibiarkan kosong.</translation>
    </message>
    <message>
        <source>WEIGHTED INDICATOR APPRAISAL</source>
        <translation>PENILAIAN INDIKATOR BERBOBOT</translation>
    </message>
    <message>
        <source>INDICATOR</source>
        <translation>INDIKATOR</translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation>SKALA</translation>
    </message>
    <message>
        <source>RATINGS BY SOURCE</source>
        <translation>PENILAIAN MENURUT SUMBER</translation>
    </message>
    <message>
        <source>SCORE (0–100)</source>
        <translation>NILAI (0–100)</translation>
    </message>
    <message>
        <source>WEIGHTED SCORE</source>
        <translation>NILAI TERTIMBANG</translation>
    </message>
    <message>
        <source>PREDICATE</source>
        <translation>PREDIKAT</translation>
    </message>
    <message>
        <source>Parts without a rating are left out and the weights of the others renormalised.</source>
        <translation>Bagian yang belum dinilai tidak dihitung dan bobot bagian lainnya disesuaikan kembali.</translation>
    </message>
    <message>
        <source>Parts without a rating count as a score of 0.</source>
        <translation>Bagian yang belum dinilai dihitung dengan nilai 0.</translation>
    </message>
</context>
<context>
    <name>kinerja::reports::PdfFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Berkas keluaran tidak diberikan.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>itu sebuah folder.</translation>
    </message>
    <message>
        <source>the PDF cannot be started.</source>
        <translation>PDF tidak dapat dimulai.</translation>
    </message>
</context>
<context>
    <name>kinerja::reports::Recaps</name>
    <message>
        <source>Recap of pending appraisals</source>
        <translation>Rekapitulasi penilaian kinerja yang belum selesai</translation>
    </message>
    <message>
        <source>Competency development needs</source>
        <translation>Kebutuhan pengembangan kompetensi</translation>
    </message>
    <message>
        <source>Performance predikat recap</source>
        <translation>Rekapitulasi predikat kinerja pegawai</translation>
    </message>
    <message>
        <source>The period (id %1) does not exist.</source>
        <translation>Periode (id %1) tidak ada.</translation>
    </message>
    <message>
        <source>The unit (id %1) does not exist.</source>
        <translation>Unit kerja (id %1) tidak ada.</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <source>The printer or PDF file refused a new page.</source>
        <translation>Pencetak atau berkas PDF menolak halaman baru.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Dinilai</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Teknis</translation>
    </message>
    <message>
        <source>Managerial</source>
        <translation>Manajerial</translation>
    </message>
    <message>
        <source>Socio-cultural</source>
        <translation>Sosial Kultural</translation>
    </message>
    <message>
        <source>No category given</source>
        <translation>Jenis kompetensi tidak disebutkan</translation>
    </message>
    <message>
        <source>agency name not set</source>
        <translation>nama instansi belum diisi</translation>
    </message>
    <message>
        <source>ASSESSMENT PERIOD: %1</source>
        <translation>PERIODE PENILAIAN: %1</translation>
    </message>
    <message>
        <source>%1 (with its sub-units)</source>
        <translation>%1 (beserta unit di bawahnya)</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Unit Kerja</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>The period is still open: the figures may still change.</source>
        <translation>Periode penilaian belum ditutup: angka-angka ini masih dapat berubah.</translation>
    </message>
    <message>
        <source>Head of %1</source>
        <translation>Kepala %1</translation>
    </message>
    <message>
        <source>Head of the personnel office</source>
        <translation>Kepala Instansi Pengelola Kepegawaian</translation>
    </message>
    <message>
        <source>NIP.</source>
        <translation>NIP.</translation>
    </message>
    <message>
        <source>%1 and/or %2</source>
        <translation>%1 dan/atau %2</translation>
    </message>
    <message>
        <source>Weighted indicators</source>
        <translation>Indikator berbobot</translation>
    </message>
    <message>
        <source>EMPLOYEE PERFORMANCE PREDIKAT RECAP</source>
        <translation>REKAPITULASI PREDIKAT KINERJA PEGAWAI</translation>
    </message>
    <message>
        <source>There are no appraisals for %1 in %2.</source>
        <translation>Tidak ada penilaian kinerja untuk %1 pada periode %2.</translation>
    </message>
    <message>
        <source>A. PREDIKAT OF EACH EMPLOYEE</source>
        <translation>A. PREDIKAT KINERJA MASING-MASING PEGAWAI</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name / NIP</source>
        <translation>Nama / NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Work results rating</source>
        <translation>Rating Hasil Kerja</translation>
    </message>
    <message>
        <source>Work behaviour rating</source>
        <translation>Rating Perilaku Kerja</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no result yet</source>
        <translation>belum ada hasil</translation>
    </message>
    <message>
        <source>B. PREDIKAT DISTRIBUTION</source>
        <translation>B. DISTRIBUSI PREDIKAT KINERJA</translation>
    </message>
    <message>
        <source>Number of employees</source>
        <translation>Jumlah Pegawai</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Persentase</translation>
    </message>
    <message>
        <source>Total with a predikat</source>
        <translation>Jumlah yang telah memperoleh predikat</translation>
    </message>
    <message>
        <source>No predikat yet (not counted)</source>
        <translation>Belum memperoleh predikat (tidak dihitung)</translation>
    </message>
    <message>
        <source>Share of the %1 employees with a predikat; under each predikat the limit of the pattern for capaian kinerja organisasi %2.</source>
        <translation>Persentase dari %1 pegawai yang telah memperoleh predikat; di bawah setiap predikat batas pola distribusi untuk capaian kinerja organisasi %2.</translation>
    </message>
    <message>
        <source>Share of the %1 employees with a predikat.</source>
        <translation>Persentase dari %1 pegawai yang telah memperoleh predikat.</translation>
    </message>
    <message>
        <source>No capaian kinerja organisasi is recorded for %1 in this period, so the distribution is not checked against a distribution pattern.</source>
        <translation>Capaian kinerja organisasi untuk %1 pada periode ini belum ditetapkan, sehingga distribusi predikat tidak dibandingkan dengan pola distribusi.</translation>
    </message>
    <message>
        <source>C. AGAINST THE DISTRIBUTION PATTERN</source>
        <translation>C. KESESUAIAN DENGAN POLA DISTRIBUSI</translation>
    </message>
    <message>
        <source>Capaian kinerja organisasi: %1 (set for %2). The pattern of SE MenPANRB 3/2023 for it:</source>
        <translation>Capaian kinerja organisasi: %1 (ditetapkan untuk %2). Pola distribusi menurut SE MenPANRB 3/2023:</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Ketentuan</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Batas</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>DOES NOT FIT</source>
        <translation>TIDAK SESUAI</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 dari %2 (%3)</translation>
    </message>
    <message>
        <source>%1: none allowed</source>
        <translation>%1: tidak boleh ada</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>%1: at most %2%</source>
        <translation>%1: paling banyak %2%</translation>
    </message>
    <message>
        <source>at most %1 of %2</source>
        <translation>paling banyak %1 dari %2</translation>
    </message>
    <message>
        <source>%1: at least %2%</source>
        <translation>%1: paling sedikit %2%</translation>
    </message>
    <message>
        <source>at least %1 of %2</source>
        <translation>paling sedikit %1 dari %2</translation>
    </message>
    <message>
        <source>%1: some required</source>
        <translation>%1: harus ada</translation>
    </message>
    <message>
        <source>at least 1</source>
        <translation>paling sedikit 1</translation>
    </message>
    <message>
        <source>The pattern sets no limits.</source>
        <translation>Pola distribusi tidak menetapkan batas.</translation>
    </message>
    <message>
        <source>Nobody has a predikat yet: the distribution cannot be checked.</source>
        <translation>Belum ada pegawai yang memperoleh predikat: distribusi belum dapat diperiksa.</translation>
    </message>
    <message>
        <source>Conclusion: the distribution FITS the pattern for capaian kinerja organisasi %1.</source>
        <translation>Kesimpulan: distribusi predikat SESUAI dengan pola distribusi untuk capaian kinerja organisasi %1.</translation>
    </message>
    <message>
        <source>Conclusion: the distribution DOES NOT FIT the pattern for capaian kinerja organisasi %1. The classes that break it:</source>
        <translation>Kesimpulan: distribusi predikat TIDAK SESUAI dengan pola distribusi untuk capaian kinerja organisasi %1. Kelas predikat yang tidak sesuai:</translation>
    </message>
    <message>
        <source>%1: %2 of %3 employees (%4), more than the %5% allowed (at most %6)</source>
        <translation>%1: %2 dari %3 pegawai (%4), melebihi batas %5% (paling banyak %6 pegawai)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 employees (%4), fewer than the %5% required (at least %6)</source>
        <translation>%1: %2 dari %3 pegawai (%4), kurang dari batas %5% (paling sedikit %6 pegawai)</translation>
    </message>
    <message>
        <source>%1: nobody, but the pattern requires some</source>
        <translation>%1: tidak ada, padahal pola distribusi mengharuskan ada</translation>
    </message>
    <message>
        <source>%1 appraisal(s) without a predikat yet are not counted.</source>
        <translation>%1 penilaian yang belum memperoleh predikat tidak dihitung.</translation>
    </message>
    <message>
        <source>%1 appraisal(s) under a numeric scheme have no distribution pattern and are not counted here.</source>
        <translation>%1 penilaian dengan skema nilai angka tidak memiliki pola distribusi dan tidak dihitung di sini.</translation>
    </message>
    <message>
        <source>The distribution patterns of SE MenPANRB 3/2023 apply to PermenPANRB 6/2022 predikats only; %1 results are not checked against them.</source>
        <translation>Pola distribusi SE MenPANRB 3/2023 hanya berlaku bagi predikat PermenPANRB 6/2022; hasil %1 tidak dibandingkan dengan pola tersebut.</translation>
    </message>
    <message>
        <source>RECAP OF PENDING PERFORMANCE APPRAISALS</source>
        <translation>REKAPITULASI PENILAIAN KINERJA YANG BELUM SELESAI</translation>
    </message>
    <message>
        <source>%1 has no active staff and no appraisals in %2.</source>
        <translation>%1 tidak memiliki pegawai aktif maupun penilaian kinerja pada periode %2.</translation>
    </message>
    <message>
        <source>A. APPRAISALS BY WORK UNIT</source>
        <translation>A. PENILAIAN KINERJA MENURUT UNIT KERJA</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Belum dibuat</translation>
    </message>
    <message>
        <source>Not final yet</source>
        <translation>Belum final</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>JUMLAH</translation>
    </message>
    <message>
        <source>Not created: active employees of the unit without an appraisal for the period. Not final yet: not created, draft, submitted or rated.</source>
        <translation>Belum dibuat: pegawai aktif pada unit kerja yang belum memiliki penilaian kinerja untuk periode ini. Belum final: belum dibuat, draf, diajukan, atau dinilai.</translation>
    </message>
    <message>
        <source>B. EMPLOYEES WHOSE APPRAISAL IS NOT FINAL</source>
        <translation>B. DAFTAR PEGAWAI YANG PENILAIAN KINERJANYA BELUM FINAL</translation>
    </message>
    <message>
        <source>Every appraisal is final: nobody is pending.</source>
        <translation>Seluruh penilaian kinerja telah final: tidak ada yang tertunda.</translation>
    </message>
    <message>
        <source>COMPETENCY DEVELOPMENT NEEDS REPORT</source>
        <translation>LAPORAN KEBUTUHAN PENGEMBANGAN KOMPETENSI</translation>
    </message>
    <message>
        <source>Employees rated Butuh Perbaikan, Kurang/Misconduct or Sangat Kurang (PermenPANRB 6/2022), or Kurang, Buruk or Sangat Kurang (numeric schemes).</source>
        <translation>Pegawai dengan predikat Butuh Perbaikan, Kurang/Misconduct, atau Sangat Kurang (PermenPANRB 6/2022), atau Kurang, Buruk, atau Sangat Kurang (skema nilai angka).</translation>
    </message>
    <message>
        <source>Nobody in %1 needs competency development according to the appraisals of %2.</source>
        <translation>Berdasarkan penilaian kinerja periode %2, tidak ada pegawai pada %1 yang memerlukan pengembangan kompetensi.</translation>
    </message>
    <message>
        <source>%1 employee(s) in all.</source>
        <translation>Seluruhnya %1 pegawai.</translation>
    </message>
    <message>
        <source>no recommendation written</source>
        <translation>rekomendasi belum diisi</translation>
    </message>
    <message>
        <source>I. BY WORK UNIT</source>
        <translation>I. MENURUT UNIT KERJA</translation>
    </message>
    <message>
        <source>%1 (%2 employee(s))</source>
        <translation>%1 (%2 pegawai)</translation>
    </message>
    <message>
        <source>Competency development recommendation</source>
        <translation>Rekomendasi Pengembangan Kompetensi</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Jenis Kompetensi</translation>
    </message>
    <message>
        <source>II. BY RECOMMENDED COMPETENCY</source>
        <translation>II. MENURUT JENIS KOMPETENSI YANG DIREKOMENDASIKAN</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 s.d. %3)</translation>
    </message>
</context>
<context>
    <name>kinerja::reports::SheetSource</name>
    <message>
        <source>Appraisal %1 does not exist.</source>
        <translation>Penilaian %1 tidak ada.</translation>
    </message>
    <message>
        <source>The scheme of the appraisal of %1 for %2 cannot be read: %3</source>
        <translation>Skema penilaian %1 periode %2 tidak dapat dibaca: %3</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AboutDialog</name>
    <message>
        <source>About Kinerja</source>
        <translation>Tentang Kinerja</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Tidak ada basis data yang terbuka.</translation>
    </message>
    <message>
        <source>Database: %1 (schema version %2)</source>
        <translation>Basis data: %1 (versi skema %2)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kinerja %1&lt;/h2&gt;&lt;p&gt;Employee records and performance appraisal for the civil servants (ASN: PNS and PPPK) of a district government, for the personnel office (BKPSDM).&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;small&gt;Built with Qt %3, running on Qt %4.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kinerja %1&lt;/h2&gt;&lt;p&gt;Pengelolaan data pegawai dan penilaian kinerja aparatur sipil negara (ASN: PNS dan PPPK) pemerintah kabupaten, untuk badan kepegawaian daerah (BKPSDM).&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;small&gt;Dibangun dengan Qt %3, berjalan pada Qt %4.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AccountEditor</name>
    <message>
        <source>New user account</source>
        <translation>Akun pengguna baru</translation>
    </message>
    <message>
        <source>e.g. ani_rahma</source>
        <translation>mis. ani_rahma</translation>
    </message>
    <message>
        <source>The name the person logs in with: small letters, digits, underscores and dots, starting with a letter.</source>
        <translation>Nama yang dipakai orang tersebut untuk masuk: huruf kecil, angka, garis bawah, dan titik, diawali huruf.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Nama login:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation>Pe&amp;gawai:</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Peran %1</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Kata sandi baru untuk %1</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Whole agency</source>
        <translation>Seluruh instansi</translation>
    </message>
    <message>
        <source>The units this role covers: the unit chosen and the units below it.</source>
        <translation>Unit kerja yang dicakup peran ini: unit yang dipilih beserta unit di bawahnya.</translation>
    </message>
    <message>
        <source>follows the linked employee</source>
        <translation>mengikuti pegawai yang ditautkan</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Kata &amp;sandi awal:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Kata &amp;sandi baru:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>Tell the person the password in private, not by e-mail or chat.</source>
        <translation>Sampaikan kata sandi kepada orang tersebut secara pribadi, bukan melalui surel atau pesan obrolan.</translation>
    </message>
    <message>
        <source>Employee of the account</source>
        <translation>Pegawai pemilik akun</translation>
    </message>
    <message>
        <source>Search by name or NIP.</source>
        <translation>Cari menurut nama atau NIP.</translation>
    </message>
    <message>
        <source>Enter the login.</source>
        <translation>Isikan nama login.</translation>
    </message>
    <message>
        <source>The login “%1” may hold only small letters, digits, underscores and dots, start with a letter and be 2 to 63 characters long.</source>
        <translation>Nama login “%1” hanya boleh berisi huruf kecil, angka, garis bawah, dan titik, diawali huruf, dengan panjang 2 sampai 63 karakter.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Pilih sedikitnya satu peran.</translation>
    </message>
    <message>
        <source>The role “%1” needs the account to be linked to an employee.</source>
        <translation>Peran “%1” mengharuskan akun ditautkan ke pegawai.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>Kata sandi harus terdiri atas sedikitnya %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Kedua kata sandi berbeda: ketik kata sandi yang sama dua kali.</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AccountsDialog</name>
    <message>
        <source>&amp;New account…</source>
        <translation>Akun &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Link to employee…</source>
        <translation>&amp;Tautkan ke pegawai…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Peran…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Atur ulang &amp;kata sandi…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Nonaktifkan…</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Akun pengguna</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Nama login</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n akun.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(belum ditautkan)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Aktifkan…</translation>
    </message>
    <message>
        <source>Cannot create the account</source>
        <translation>Tidak dapat membuat akun</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>Akun %1 telah dibuat.</translation>
    </message>
    <message>
        <source>Employee of %1</source>
        <translation>Pegawai untuk akun %1</translation>
    </message>
    <message>
        <source>Search by name or NIP. The account&apos;s roles then follow this employee: whom they rate, and their own appraisal.</source>
        <translation>Cari menurut nama atau NIP. Peran akun kemudian mengikuti pegawai ini: siapa yang dinilainya, dan penilaian kinerjanya sendiri.</translation>
    </message>
    <message>
        <source>Cannot link the account</source>
        <translation>Tidak dapat menautkan akun</translation>
    </message>
    <message>
        <source>Cannot change the roles</source>
        <translation>Tidak dapat mengubah peran</translation>
    </message>
    <message>
        <source>Cannot reset the password</source>
        <translation>Tidak dapat mengatur ulang kata sandi</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Kata sandi %1 telah diatur ulang.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Nonaktifkan akun</translation>
    </message>
    <message>
        <source>Disable the account %1? Its login can no longer connect; its history stays.</source>
        <translation>Nonaktifkan akun %1? Akun ini tidak dapat lagi tersambung; riwayatnya tetap tersimpan.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Aktifkan akun</translation>
    </message>
    <message>
        <source>Enable the account %1 again? Its login can connect with its roles.</source>
        <translation>Aktifkan kembali akun %1? Akun ini dapat tersambung lagi dengan perannya.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>Cannot disable the account</source>
        <translation>Tidak dapat menonaktifkan akun</translation>
    </message>
    <message>
        <source>Cannot enable the account</source>
        <translation>Tidak dapat mengaktifkan akun</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AchievementDialog</name>
    <message>
        <source>Capaian kinerja organisasi — %1</source>
        <translation>Capaian kinerja organisasi — %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Capaian kinerja organisasi</source>
        <translation>Capaian kinerja organisasi</translation>
    </message>
    <message>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>A unit without its own capaian takes that of its nearest parent unit. The capaian sets the distribution pattern (SE MenPANRB 3/2023) that the unit&apos;s predikat are checked against.</source>
        <translation>Unit kerja tanpa capaian sendiri mengikuti capaian unit induk terdekatnya. Capaian menentukan pola distribusi (SE MenPANRB 3/2023) yang menjadi acuan pemeriksaan predikat di unit kerja tersebut.</translation>
    </message>
    <message>
        <source>(as parent unit)</source>
        <translation>(mengikuti unit induk)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Cannot save the capaian</source>
        <translation>Tidak dapat menyimpan capaian</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AgencyDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>e.g. PEMERINTAH KABUPATEN SLEMAN</source>
        <translation>mis. PEMERINTAH KABUPATEN SLEMAN</translation>
    </message>
    <message>
        <source>e.g. Badan Kepegawaian dan Pengembangan Sumber Daya Manusia</source>
        <translation>mis. Badan Kepegawaian dan Pengembangan Sumber Daya Manusia</translation>
    </message>
    <message>
        <source>e.g. Sleman</source>
        <translation>mis. Sleman</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>Printed at the head of every appraisal sheet and report. The place is written before the date on the signature blocks.</source>
        <translation>Dicetak sebagai kop setiap lembar penilaian dan laporan. Tempat ditulis sebelum tanggal pada blok tanda tangan.</translation>
    </message>
    <message>
        <source>&amp;Government:</source>
        <translation>&amp;Pemerintah daerah:</translation>
    </message>
    <message>
        <source>&amp;Agency (instansi):</source>
        <translation>&amp;Instansi:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Tempat:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>“%1” is %2 KB; a logo can be at most %3 KB.</source>
        <translation>“%1” berukuran %2 KB; logo paling besar %3 KB.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>“%1” is not an image Kinerja can read (use PNG, JPEG or SVG).</source>
        <translation>“%1” bukan gambar yang dapat dibaca Kinerja (gunakan PNG, JPEG, atau SVG).</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Tanpa logo</translation>
    </message>
    <message>
        <source>Without the agency&apos;s name the sheets print a marked blank where it belongs. Save anyway?</source>
        <translation>Tanpa nama instansi, lembar dicetak dengan tempat kosong yang ditandai. Tetap simpan?</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::Application</name>
    <message>
        <source>Employee records and performance appraisal for ASN.</source>
        <translation>Data pegawai dan penilaian kinerja ASN.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>Save the main window as &lt;png&gt; and quit.</source>
        <translation>Simpan jendela utama sebagai &lt;png&gt;, lalu keluar.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Also save the employee dialog as &lt;png&gt;.</source>
        <translation>Simpan juga dialog pegawai sebagai &lt;png&gt;.</translation>
    </message>
    <message>
        <source>Open the database &lt;file&gt;, or the office server&apos;s database postgresql://user@host:port/dbname.</source>
        <translation>Buka basis data &lt;berkas&gt;, atau basis data server kantor postgresql://user@host:port/dbname.</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AppraisalDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Su&amp;bmit (diajukan)</source>
        <translation>&amp;Ajukan</translation>
    </message>
    <message>
        <source>&amp;Rate (dinilai)</source>
        <translation>&amp;Nilai</translation>
    </message>
    <message>
        <source>&amp;Finalize…</source>
        <translation>&amp;Finalkan…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Buka kembali…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Hasil Kerja</source>
        <translation>Hasil Kerja</translation>
    </message>
    <message>
        <source>Perilaku</source>
        <translation>Perilaku</translation>
    </message>
    <message>
        <source>Kegiatan &amp;&amp; Perilaku</source>
        <translation>Kegiatan &amp;&amp; Perilaku</translation>
    </message>
    <message>
        <source>Capaian &amp;&amp; Perilaku</source>
        <translation>Capaian &amp;&amp; Perilaku</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Umpan Balik</source>
        <translation>Umpan Balik</translation>
    </message>
    <message>
        <source>Hasil &amp;&amp; Penjelasan</source>
        <translation>Hasil &amp;&amp; Penjelasan</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>File keberatan</source>
        <translation>Ajukan keberatan</translation>
    </message>
    <message>
        <source>Explain keberatan</source>
        <translation>Jelaskan keberatan</translation>
    </message>
    <message>
        <source>Decide keberatan</source>
        <translation>Putuskan keberatan</translation>
    </message>
    <message>
        <source>Appraisal of %1 — %2</source>
        <translation>Penilaian kinerja %1 — %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;nobody recorded&lt;/i&gt;</source>
        <translation>&lt;i&gt;belum ada yang tercatat&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; NIP %2&lt;br&gt;%3 · %4&lt;br&gt;Pejabat penilai: %5&lt;br&gt;Atasan pejabat penilai: %6&lt;br&gt;Period &lt;b&gt;%7&lt;/b&gt; (%8) · scheme %9, version %10</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; NIP %2&lt;br&gt;%3 · %4&lt;br&gt;Pejabat penilai kinerja: %5&lt;br&gt;Atasan pejabat penilai kinerja: %6&lt;br&gt;Periode &lt;b&gt;%7&lt;/b&gt; (%8) · skema penilaian %9, versi %10</translation>
    </message>
    <message>
        <source>Period %1 is closed: this appraisal is read-only. Reopen the period (Periods page) to change it.</source>
        <translation>Periode %1 sudah ditutup: penilaian kinerja ini hanya dapat dibaca. Buka kembali periode tersebut (halaman Periode) untuk mengubahnya.</translation>
    </message>
    <message>
        <source>This appraisal is Final (finalized %1): it is locked and read-only. “Reopen…” with a reason to change it; the reopening is recorded.</source>
        <translation>Penilaian kinerja ini sudah Final (difinalkan %1): terkunci dan hanya dapat dibaca. Gunakan “Buka kembali…” dengan alasan untuk mengubahnya; pembukaan kembali ini dicatat.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> · %1 → %2</source>
        <translation> · %1 → %2</translation>
    </message>
    <message>
        <source> · reason: %1</source>
        <translation> · alasan: %1</translation>
    </message>
    <message>
        <source>%1 (version %2), rules from %3</source>
        <translation>%1 (versi %2), aturan dari %3</translation>
    </message>
    <message>
        <source>Suggested rating perilaku from the rater&apos;s views of the seven values: &lt;b&gt;%1&lt;/b&gt; (a suggestion only; the rating is the rater&apos;s choice).</source>
        <translation>Saran rating perilaku kerja berdasarkan pandangan pejabat penilai kinerja atas ketujuh nilai: &lt;b&gt;%1&lt;/b&gt; (hanya saran; rating ditetapkan oleh pejabat penilai kinerja).</translation>
    </message>
    <message>
        <source>Give a view of each of the seven values to see a suggested rating perilaku (optional).</source>
        <translation>Berikan pandangan atas setiap nilai dari ketujuh nilai untuk melihat saran rating perilaku kerja (opsional).</translation>
    </message>
    <message>
        <source>State: %1%2</source>
        <translation>Status: %1%2</translation>
    </message>
    <message>
        <source> · unsaved changes</source>
        <translation> · ada perubahan yang belum disimpan</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Save the changes to this appraisal?</source>
        <translation>Simpan perubahan pada penilaian kinerja ini?</translation>
    </message>
    <message>
        <source>Cannot save the appraisal</source>
        <translation>Tidak dapat menyimpan penilaian kinerja</translation>
    </message>
    <message>
        <source>%1

Correct the field marked in red; nothing was saved.</source>
        <translation>%1

Perbaiki isian yang ditandai merah; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The appraisal was not saved; nothing was changed:
%1</source>
        <translation>Penilaian kinerja tidak disimpan; tidak ada yang diubah:
%1</translation>
    </message>
    <message>
        <source>Cannot submit</source>
        <translation>Tidak dapat mengajukan</translation>
    </message>
    <message>
        <source>Cannot mark as rated</source>
        <translation>Tidak dapat menandai sebagai dinilai</translation>
    </message>
    <message>
        <source>Finalize appraisal</source>
        <translation>Finalkan penilaian kinerja</translation>
    </message>
    <message>
        <source>Finalize the appraisal of %1 for %2? A final appraisal is locked; changing it later needs a recorded reason.</source>
        <translation>Finalkan penilaian kinerja %1 untuk %2? Penilaian kinerja yang sudah final akan terkunci; perubahan di kemudian hari memerlukan alasan yang dicatat.</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Finalkan</translation>
    </message>
    <message>
        <source>Cannot finalize</source>
        <translation>Tidak dapat memfinalkan</translation>
    </message>
    <message>
        <source>Reopen appraisal</source>
        <translation>Buka kembali penilaian kinerja</translation>
    </message>
    <message>
        <source>Why is the final appraisal of %1 reopened? (recorded with your name and the time)</source>
        <translation>Mengapa penilaian kinerja final %1 dibuka kembali? (dicatat bersama nama Anda dan waktunya)</translation>
    </message>
    <message>
        <source>Cannot reopen</source>
        <translation>Tidak dapat membuka kembali</translation>
    </message>
    <message>
        <source>%1 heads %2. The capaian kinerja organisasi of %3 for %4 is &lt;b&gt;%5&lt;/b&gt;, so the rating hasil kerja is &lt;b&gt;%6&lt;/b&gt; (SE MenPANRB 3/2023: for the head of a unit, the unit&apos;s achievement is that person&apos;s rating hasil kerja).</source>
        <translation>%1 memimpin %2. Capaian kinerja organisasi %3 untuk %4 adalah &lt;b&gt;%5&lt;/b&gt;, sehingga rating hasil kerja adalah &lt;b&gt;%6&lt;/b&gt; (SE MenPANRB 3/2023: bagi pimpinan unit kerja, capaian kinerja organisasi menjadi rating hasil kerjanya).</translation>
    </message>
    <message>
        <source>Riwayat perubahan</source>
        <translation>Riwayat perubahan</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AppraisalTableModel</name>
    <message>
        <source>Incomplete: open the appraisal to see what is missing.</source>
        <translation>Belum lengkap: buka penilaian kinerja untuk melihat apa yang belum diisi.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>belum lengkap</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Pejabat penilai</source>
        <translation>Pejabat penilai kinerja</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rating hasil kerja</source>
        <translation>Rating hasil kerja</translation>
    </message>
    <message>
        <source>Rating perilaku</source>
        <translation>Rating perilaku kerja</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AppraisalText</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>(belum dinilai)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 must be more than 0 (a zero target cannot be divided by).</source>
        <translation>%1 harus lebih dari 0 (target nol tidak dapat menjadi pembagi).</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AppraisalsPage</name>
    <message>
        <source>with sub-units</source>
        <translation>termasuk subunit</translation>
    </message>
    <message>
        <source>&amp;Create for unit…</source>
        <translation>&amp;Buat untuk unit kerja…</translation>
    </message>
    <message>
        <source>Co&amp;py last period&apos;s SKP…</source>
        <translation>&amp;Salin SKP periode sebelumnya…</translation>
    </message>
    <message>
        <source>&amp;Finalize…</source>
        <translation>&amp;Finalkan…</translation>
    </message>
    <message>
        <source>&amp;Open appraisal</source>
        <translation>B&amp;uka penilaian kinerja</translation>
    </message>
    <message>
        <source>(all units)</source>
        <translation>(semua unit kerja)</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Not final (pending)</source>
        <translation>Belum final (belum selesai)</translation>
    </message>
    <message>
        <source>Any predikat</source>
        <translation>Semua predikat</translation>
    </message>
    <message>
        <source>Incomplete (no predikat)</source>
        <translation>Belum lengkap (tanpa predikat)</translation>
    </message>
    <message>
        <source>Name, NIP or jabatan</source>
        <translation>Nama, NIP, atau jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Dinilai</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Belum dibuat</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit kerja:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predikat distribution&lt;/b&gt;</source>
        <translation>&lt;b&gt;Distribusi predikat&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pending per unit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Belum selesai per unit kerja&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (ditutup)</translation>
    </message>
    <message>
        <source>1 appraisal</source>
        <translation>1 penilaian kinerja</translation>
    </message>
    <message>
        <source>%1 appraisals</source>
        <translation>%1 penilaian kinerja</translation>
    </message>
    <message>
        <source>%1 · %2%3</source>
        <translation>%1 · %2%3</translation>
    </message>
    <message>
        <source> · closed (read-only)</source>
        <translation> · ditutup (hanya baca)</translation>
    </message>
    <message>
        <source>Choose a period.</source>
        <translation>Pilih periode.</translation>
    </message>
    <message>
        <source>Capaian kinerja organisasi: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Capaian kinerja organisasi: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No capaian kinerja organisasi set for this unit or its parents (Periods → Capaian organisasi): the pattern cannot be checked.</source>
        <translation>Belum ada capaian kinerja organisasi yang ditetapkan untuk unit kerja ini atau unit induknya (Periode → Capaian organisasi): pola distribusi tidak dapat diperiksa.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 without a predikat yet</source>
        <translation>%1 belum memiliki predikat</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Fits the pattern of “%1”.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Sesuai dengan pola distribusi “%1”.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;⚠ %1 (%2 of %3 employees)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;⚠ %1 (%2 dari %3 pegawai)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>every unit</source>
        <translation>semua unit kerja</translation>
    </message>
    <message>
        <source>%1 and its sub-units</source>
        <translation>%1 beserta subunitnya</translation>
    </message>
    <message>
        <source>Create appraisals</source>
        <translation>Buat penilaian kinerja</translation>
    </message>
    <message>
        <source>Create the %1 appraisals of every active employee of %2 who has none yet?</source>
        <translation>Buat penilaian kinerja %1 untuk setiap pegawai aktif di %2 yang belum memilikinya?</translation>
    </message>
    <message>
        <source>Creating the appraisals of %1…</source>
        <translation>Membuat penilaian kinerja %1…</translation>
    </message>
    <message>
        <source>1 appraisal created.</source>
        <translation>1 penilaian kinerja dibuat.</translation>
    </message>
    <message>
        <source>%1 appraisals created.</source>
        <translation>%1 penilaian kinerja dibuat.</translation>
    </message>
    <message>
        <source>Copy last period&apos;s SKP</source>
        <translation>Salin SKP periode sebelumnya</translation>
    </message>
    <message>
        <source>Copying the SKP plans of %1 into %2…</source>
        <translation>Menyalin rencana SKP dari %1 ke %2…</translation>
    </message>
    <message>
        <source>1 SKP plan copied.</source>
        <translation>1 rencana SKP disalin.</translation>
    </message>
    <message>
        <source>%1 SKP plans copied.</source>
        <translation>%1 rencana SKP disalin.</translation>
    </message>
    <message>
        <source>Finalize appraisals</source>
        <translation>Finalkan penilaian kinerja</translation>
    </message>
    <message>
        <source>Finalize the %1 selected appraisals? Final appraisals are locked; only rated, complete ones are finalized, the others are listed with the reason.</source>
        <translation>Finalkan %1 penilaian kinerja yang dipilih? Penilaian kinerja yang sudah final akan terkunci; hanya penilaian kinerja yang sudah dinilai dan lengkap yang difinalkan, sisanya dicantumkan beserta alasannya.</translation>
    </message>
    <message>
        <source>None of the appraisals listed is rated (Dinilai): nothing to finalize. Select appraisals to see why each cannot be finalized.</source>
        <translation>Tidak ada penilaian kinerja dalam daftar yang berstatus Dinilai: tidak ada yang dapat difinalkan. Pilih penilaian kinerja untuk melihat alasan masing-masing tidak dapat difinalkan.</translation>
    </message>
    <message>
        <source>Finalize all %1 rated appraisals listed? Final appraisals are locked.</source>
        <translation>Finalkan seluruh %1 penilaian kinerja berstatus Dinilai dalam daftar? Penilaian kinerja yang sudah final akan terkunci.</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Finalkan</translation>
    </message>
    <message>
        <source>Finalizing %1 appraisals…</source>
        <translation>Memfinalkan %1 penilaian kinerja…</translation>
    </message>
    <message>
        <source>1 appraisal finalized.</source>
        <translation>1 penilaian kinerja difinalkan.</translation>
    </message>
    <message>
        <source>%1 appraisals finalized.</source>
        <translation>%1 penilaian kinerja difinalkan.</translation>
    </message>
    <message>
        <source>There is no period of this kind before %1 to copy the SKP plans from.</source>
        <translation>Tidak ada periode berjenis sama sebelum %1 sebagai sumber penyalinan rencana SKP.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Dari %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Copy the SKP plans (RHK, indicators and targets, without realisasi) into the %1 appraisals of %2 that have no plan yet. From which period?</source>
        <translation>Salin rencana SKP (RHK, indikator dan target, tanpa realisasi) ke penilaian kinerja %1 di %2 yang belum memiliki rencana. Dari periode mana?</translation>
    </message>
    <message>
        <source>The distribution pattern (SE MenPANRB 3/2023) applies to PermenPANRB 6/2022 predikats; the %1 appraisals here are under another scheme.</source>
        <translation>Pola distribusi (SE MenPANRB 3/2023) berlaku untuk predikat PermenPANRB 6/2022; %1 penilaian kinerja di sini memakai skema penilaian lain.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;kspor…</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AtasanChooser</name>
    <message>
        <source>Use the unit head</source>
        <translation>Gunakan kepala unit</translation>
    </message>
    <message>
        <source>Type a name or NIP</source>
        <translation>Ketik nama atau NIP</translation>
    </message>
    <message>
        <source>Search for the atasan…</source>
        <translation>Cari atasan langsung…</translation>
    </message>
    <message>
        <source>Choose the atasan from the suggestions or with the search button, or clear the field for none.</source>
        <translation>Pilih atasan langsung dari daftar saran atau dengan tombol cari, atau kosongkan isian jika tidak ada.</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>Choose the atasan langsung</source>
        <translation>Pilih atasan langsung</translation>
    </message>
    <message>
        <source>No unit head is recorded for this unit or the units above it, so there is no atasan.</source>
        <translation>Belum ada kepala unit yang tercatat untuk unit ini atau unit di atasnya, sehingga tidak ada atasan langsung.</translation>
    </message>
    <message>
        <source>Head of %1</source>
        <translation>Kepala %1</translation>
    </message>
    <message>
        <source>No atasan.</source>
        <translation>Tanpa atasan langsung.</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AuditHistoryView</name>
    <message>
        <source>Show &amp;older changes</source>
        <translation>Tampilkan perubahan &amp;sebelumnya</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Belum ada perubahan yang tercatat.</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AuditTableModel</name>
    <message>
        <source>Added: %1</source>
        <translation>Ditambahkan: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Diubah: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Dihapus: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AuditView</name>
    <message>
        <source>(any)</source>
        <translation>(semua)</translation>
    </message>
    <message>
        <source>Check &amp;integrity…</source>
        <translation>Periksa &amp;keutuhan…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>Any person</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <source>(all units)</source>
        <translation>(semua unit kerja)</translation>
    </message>
    <message>
        <source>(all tables)</source>
        <translation>(semua tabel)</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit kerja:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabel:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>Entry %1 · %2 #%3</source>
        <translation>Entri %1 · %2 #%3</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>Hash: %1</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Memeriksa jejak audit…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>Periksa keutuhan</translation>
    </message>
    <message>
        <source>Checking the audit trail: %1 of %2 entries…</source>
        <translation>Memeriksa jejak audit: %1 dari %2 entri…</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was concluded.</source>
        <translation>Pemeriksaan dibatalkan; belum ada kesimpulan.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Pemeriksaan tidak dapat dijalankan: %1</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries checked.</source>
        <translation>Jejak audit utuh: %1 entri telah diperiksa.</translation>
    </message>
    <message>
        <source>The audit trail has been tampered with: entry %1 is the first broken one (%2). Changes from there on cannot be trusted.</source>
        <translation>Jejak audit telah dimanipulasi: entri %1 adalah entri rusak yang pertama (%2). Perubahan sejak entri tersebut tidak dapat dipercaya.</translation>
    </message>
    <message>
        <source>The audit trail has been tampered with: %1.</source>
        <translation>Jejak audit telah dimanipulasi: %1.</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Sebelum:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Sesudah:</translation>
    </message>
    <message>
        <source>The records themselves were not compared with it: only the database owner sees them all (kinerja-cli audit verify as the owner).</source>
        <translation>Datanya sendiri belum dicocokkan dengan jejak ini: hanya pemilik basis data yang melihat semuanya (kinerja-cli audit verify sebagai pemilik).</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AuditWarningBar</name>
    <message>
        <source>&amp;Detail…</source>
        <translation>&amp;Rincian…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Someone may have changed the data outside Kinerja. Run “kinerja-cli audit verify” for the full check. You can keep working.</source>
        <translation>Mungkin ada pihak yang mengubah data di luar Kinerja. Jalankan “kinerja-cli audit verify” untuk pemeriksaan lengkap. Anda tetap dapat melanjutkan pekerjaan.</translation>
    </message>
    <message>
        <source>The audit trail of this database does not hold: entry %1 is the first broken one (%2). %3</source>
        <translation>Jejak audit basis data ini tidak utuh: entri %1 adalah entri rusak yang pertama (%2). %3</translation>
    </message>
    <message>
        <source>The audit trail of this database does not hold: %1. %2</source>
        <translation>Jejak audit basis data ini tidak utuh: %1. %2</translation>
    </message>
    <message>
        <source>The audit trail could not be checked: %1</source>
        <translation>Jejak audit tidak dapat diperiksa: %1</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::BulkProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed: the whole operation was rolled back.</source>
        <translation>Dibatalkan. Tidak ada yang diubah: seluruh proses dikembalikan seperti semula.</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Dilewati: %1.</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>%1, …</source>
        <translation>%1, …</translation>
    </message>
    <message>
        <source>• %1 (%2 employees: %3)</source>
        <translation>• %1 (%2 pegawai: %3)</translation>
    </message>
    <message>
        <source>… and %1 other reasons.</source>
        <translation>… dan %1 alasan lainnya.</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ChartExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .png, .svg or .pdf.</source>
        <translation>%1: pilih berkas berakhiran .png, .svg, atau .pdf.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Simpan grafik</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Gambar PNG (*.png);;Gambar SVG (*.svg);;Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the chart</source>
        <translation>Tidak dapat menyimpan grafik</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Tidak dapat mencetak</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Pencetak tidak dapat dijalankan.</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ChartsPage</name>
    <message>
        <source>with sub-units</source>
        <translation>termasuk subunit</translation>
    </message>
    <message>
        <source>Choose employee…</source>
        <translation>Pilih pegawai…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Simpan…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Employee trend</source>
        <translation>Tren pegawai</translation>
    </message>
    <message>
        <source>Unit: predikat per period</source>
        <translation>Unit kerja: predikat per periode</translation>
    </message>
    <message>
        <source>Unit: sub-units compared</source>
        <translation>Unit kerja: perbandingan subunit</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Choose the employee whose trend to show</source>
        <translation>Pilih pegawai yang trennya ditampilkan</translation>
    </message>
    <message>
        <source>No periods of this kind yet (Periods page).</source>
        <translation>Belum ada periode berjenis ini (halaman Periode).</translation>
    </message>
    <message>
        <source>Choose an employee to see their results over the periods.</source>
        <translation>Pilih pegawai untuk melihat hasilnya dari periode ke periode.</translation>
    </message>
    <message>
        <source>Missing periods are gaps in the lines. Click a point to open that appraisal.</source>
        <translation>Periode yang tidak ada tampil sebagai celah pada garis. Klik sebuah titik untuk membuka penilaian kinerja tersebut.</translation>
    </message>
    <message>
        <source>%1 · %2: %3 · predikat %4</source>
        <translation>%1 · %2: %3 · predikat %4</translation>
    </message>
    <message>
        <source>Bars: appraisals by predikat; line: the mean, dashed: mean ± spread.</source>
        <translation>Batang: penilaian kinerja menurut predikat; garis: rata-rata, putus-putus: rata-rata ± sebaran.</translation>
    </message>
    <message>
        <source>This unit has no sub-units.</source>
        <translation>Unit kerja ini tidak memiliki subunit.</translation>
    </message>
    <message>
        <source>Click a bar to show that sub-unit.</source>
        <translation>Klik sebuah batang untuk menampilkan subunit tersebut.</translation>
    </message>
    <message>
        <source>Unit: predikat against the distribution pattern</source>
        <translation>Unit: predikat terhadap pola distribusi</translation>
    </message>
    <message>
        <source>Agency dashboard</source>
        <translation>Dasbor instansi</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periode</translation>
    </message>
    <message>
        <source>No capaian kinerja organisasi is recorded for this unit or its parents in %1: set it on the Periods page to check the pattern.</source>
        <translation>Belum ada capaian kinerja organisasi untuk unit ini atau unit induknya pada %1: isikan di halaman Periode untuk memeriksa pola.</translation>
    </message>
    <message>
        <source>The distribution fits the pattern.</source>
        <translation>Distribusi sesuai dengan pola.</translation>
    </message>
    <message>
        <source>Breaks the pattern: %1.</source>
        <translation>Tidak sesuai pola: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n appraisal(s) without a predikat yet are not counted.</source>
        <translation>
            <numerusform>%n penilaian yang belum berpredikat tidak dihitung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appraisal(s) under a numeric scheme are not counted.</source>
        <translation>
            <numerusform>%n penilaian dengan skema numerik tidak dihitung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a bar: an organisation shows its chart (a pending one its appraisals), a rater opens the employee. Save and Print act on the chart last clicked; right-click a chart for its own.</source>
        <translation>Klik batang: organisasi menampilkan grafiknya (yang tertunda membuka penilaiannya), pejabat penilai membuka data pegawainya. Simpan dan Cetak berlaku untuk grafik yang terakhir diklik; klik kanan grafik untuk menyimpan atau mencetak grafik itu.</translation>
    </message>
    <message>
        <source>Open employee record</source>
        <translation>Buka data pegawai</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ChooseUnitDialog</name>
    <message>
        <source>Find a unit</source>
        <translation>Cari unit kerja</translation>
    </message>
    <message>
        <source>Effective from (TMT):</source>
        <translation>Berlaku mulai (TMT):</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ConflictPrompt</name>
    <message>
        <source>&amp;Keep my edits</source>
        <translation>&amp;Pertahankan perubahan saya</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Reload: discard your changes and show the record as it is now.
Keep my edits: stay here with your changes, for example to copy them; they can be saved only after reloading.</source>
        <translation>Muat ulang: buang perubahan Anda dan tampilkan data sebagaimana adanya sekarang.
Pertahankan perubahan saya: tetap di sini bersama perubahan Anda, misalnya untuk menyalinnya; penyimpanan baru dapat dilakukan setelah memuat ulang.</translation>
    </message>
    <message>
        <source>Your changes stay in the editor, for example to copy them; they cannot be saved.</source>
        <translation>Perubahan Anda tetap ada di editor, misalnya untuk disalin; perubahan tersebut tidak dapat disimpan.</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::DashboardCharts</name>
    <message>
        <source>Predikat of the whole agency, %1</source>
        <translation>Predikat seluruh instansi, %1</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Belum ada hasil</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>Penilaian kinerja</translation>
    </message>
    <message>
        <source>Appraisals still pending per organisation, %1</source>
        <translation>Penilaian yang masih tertunda per organisasi, %1</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Belum dibuat</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Rated, not final</source>
        <translation>Dinilai, belum final</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 dari %3)</translation>
    </message>
    <message>
        <source>Nothing pending, %1: every appraisal is final</source>
        <translation>Tidak ada yang tertunda, %1: semua penilaian sudah final</translation>
    </message>
    <message>
        <source>Difference in rating levels (+ more lenient, − stricter)</source>
        <translation>Selisih tingkat rating (+ lebih longgar, − lebih ketat)</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Rater leniency, %1: no pejabat penilai with 3 or more ratings and others to compare with</source>
        <translation>Kelonggaran pejabat penilai, %1: belum ada pejabat penilai dengan 3 rating atau lebih dan pembanding lain</translation>
    </message>
    <message>
        <source>Rating levels</source>
        <translation>Tingkat rating</translation>
    </message>
    <message>
        <source>Self-assessment minus the pejabat penilai&apos;s rating, %1</source>
        <translation>Penilaian diri dikurangi rating pejabat penilai, %1</translation>
    </message>
    <message>
        <source>Rating hasil kerja</source>
        <translation>Rating hasil kerja</translation>
    </message>
    <message>
        <source>Rating perilaku kerja</source>
        <translation>Rating perilaku kerja</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Self-assessment gap, %1: no self-assessments recorded</source>
        <translation>Selisih penilaian diri, %1: belum ada penilaian diri</translation>
    </message>
    <message>
        <source>Rating levels (+ rated themselves higher)</source>
        <translation>Tingkat rating (+ menilai diri lebih tinggi)</translation>
    </message>
    <message>
        <source>Organisations that changed most, %1 → %2 (mean predikat level, 0–4)</source>
        <translation>Organisasi dengan perubahan terbesar, %1 → %2 (rata-rata tingkat predikat, 0–4)</translation>
    </message>
    <message>
        <source>Change of the mean predikat level</source>
        <translation>Perubahan rata-rata tingkat predikat</translation>
    </message>
    <message>
        <source>%1 (%2 → %3)</source>
        <translation>%1 (%2 → %3)</translation>
    </message>
    <message>
        <source>Organisations that changed most: no earlier period of this kind</source>
        <translation>Organisasi dengan perubahan terbesar: belum ada periode sebelumnya dengan jenis ini</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Predikat of %1 against the distribution pattern for capaian kinerja organisasi %2, %3</source>
        <translation>Predikat %1 terhadap pola distribusi untuk capaian kinerja organisasi %2, %3</translation>
    </message>
    <message>
        <source>Predikat of %1, %2 (no capaian kinerja organisasi: no pattern)</source>
        <translation>Predikat %1, %2 (tanpa capaian kinerja organisasi: tanpa pola)</translation>
    </message>
    <message>
        <source>Share of the unit (%)</source>
        <translation>Porsi unit (%)</translation>
    </message>
    <message>
        <source>Breaks the pattern</source>
        <translation>Tidak sesuai pola</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (breaks the pattern)</source>
        <translation>%1 (tidak sesuai pola)</translation>
    </message>
    <message>
        <source>Share of the unit&apos;s %1 appraisals</source>
        <translation>Porsi dari %1 penilaian unit</translation>
    </message>
    <message>
        <source>At most (limit of the rule)</source>
        <translation>Paling banyak (batas aturan)</translation>
    </message>
    <message>
        <source>At least (limit of the rule)</source>
        <translation>Paling sedikit (batas aturan)</translation>
    </message>
    <message>
        <source>at least one</source>
        <translation>paling sedikit satu</translation>
    </message>
    <message>
        <source>≤ %1%</source>
        <translation>≤ %1%</translation>
    </message>
    <message>
        <source>≥ %1%</source>
        <translation>≥ %1%</translation>
    </message>
    <message>
        <source>Rater leniency, %1 (against the other raters of the organisation)</source>
        <translation>Kelonggaran pejabat penilai, %1 (dibanding penilai lain di organisasinya)</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::DashboardView</name>
    <message>
        <source>Save this chart…</source>
        <translation>Simpan grafik ini…</translation>
    </message>
    <message>
        <source>Print this chart…</source>
        <translation>Cetak grafik ini…</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1, %3 {1
%2:?}</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::DatabaseFiles</name>
    <message>
        <source>Kinerja databases (*.sqlite *.db);;All files (*)</source>
        <translation>Basis data Kinerja (*.sqlite *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Basis data baru</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; to use the existing file, open it instead.</source>
        <translation>%1 sudah ada. Pilih nama berkas baru; untuk memakai berkas yang sudah ada, bukalah berkas tersebut.</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Tidak dapat membuka basis data</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>No database was chosen.</source>
        <translation>Belum ada basis data yang dipilih.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2

The file was not changed.</source>
        <translation>Basis data %1 tidak dapat dibuka.

%2

Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>Kinerja</source>
        <translation>Kinerja</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Buka berkas lain…</translation>
    </message>
    <message>
        <source>Create new database…</source>
        <translation>Buat basis data baru…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::DisplayText</name>
    <message>
        <source>1 year</source>
        <translation>1 tahun</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 tahun</translation>
    </message>
    <message>
        <source>PPPK from %1</source>
        <translation>PPPK sejak %1</translation>
    </message>
    <message>
        <source>TMT %1</source>
        <translation>TMT %1</translation>
    </message>
    <message>
        <source>Born %1 · %2 · %3</source>
        <translation>Lahir %1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 employee</source>
        <translation>1 pegawai</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 pegawai</translation>
    </message>
    <message>
        <source>%1 · %2 inactive</source>
        <translation>%1 · %2 nonaktif</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::DistributionEditor</name>
    <message>
        <source>Add rule</source>
        <translation>Tambah aturan</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Hapus aturan</translation>
    </message>
    <message>
        <source>Restore the circular&apos;s rules</source>
        <translation>Kembalikan aturan surat edaran</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>At least %</source>
        <translation>Paling sedikit %</translation>
    </message>
    <message>
        <source>At most %</source>
        <translation>Paling banyak %</translation>
    </message>
    <message>
        <source>Some required</source>
        <translation>Wajib ada</translation>
    </message>
    <message>
        <source>A rule counts the ticked predikats together. At most 100% and at least 0% mean no limit.</source>
        <translation>Satu aturan menghitung predikat yang dicentang bersama-sama. Paling banyak 100% dan paling sedikit 0% berarti tanpa batas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Distribution pattern&lt;/b&gt; (SE MenPANRB 3/2023), by the organisation&apos;s capaian kinerja: a unit whose predikats break a rule gets a warning naming it.</source>
        <translation>&lt;b&gt;Pola distribusi&lt;/b&gt; (SE MenPANRB 3/2023), menurut capaian kinerja organisasi: unit yang predikatnya melanggar suatu aturan mendapat peringatan yang menyebut aturan itu.</translation>
    </message>
    <message>
        <source>Distribution rule %1: “%2” is not a whole percentage.</source>
        <translation>Aturan distribusi %1: “%2” bukan persentase bilangan bulat.</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::EmployeeActions</name>
    <message>
        <source>Delete employee</source>
        <translation>Hapus pegawai</translation>
    </message>
    <message>
        <source>Delete the record of %1, with the riwayat?

Deleting is meant for records entered by mistake. For someone who retired, moved or died, change the employment state instead.</source>
        <translation>Hapus data %1 beserta riwayatnya?

Penghapusan hanya untuk data yang keliru dimasukkan. Untuk pegawai yang pensiun, mutasi keluar, atau meninggal dunia, ubahlah kedudukan pegawainya.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Cannot delete employee</source>
        <translation>Tidak dapat menghapus pegawai</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::EmployeeDetailPanel</name>
    <message>
        <source>Select an employee to see the details.</source>
        <translation>Pilih pegawai untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Tanggal lahir:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Jenis kelamin:</translation>
    </message>
    <message>
        <source>TMT (from NIP):</source>
        <translation>TMT (dari NIP):</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status kepegawaian:</translation>
    </message>
    <message>
        <source>Employment:</source>
        <translation>Kedudukan:</translation>
    </message>
    <message>
        <source>Pangkat/golongan:</source>
        <translation>Pangkat/golongan:</translation>
    </message>
    <message>
        <source>Jenis jabatan:</source>
        <translation>Jenis jabatan:</translation>
    </message>
    <message>
        <source>Jabatan:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit kerja:</translation>
    </message>
    <message>
        <source>Atasan langsung:</source>
        <translation>Atasan langsung:</translation>
    </message>
    <message>
        <source>Riwayat jabatan</source>
        <translation>Riwayat jabatan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Jenis / jenjang</source>
        <translation>Jenis / jenjang</translation>
    </message>
    <message>
        <source>Pangkat/gol.</source>
        <translation>Pangkat/gol.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (PPPK)</source>
        <translation>%1 (PPPK)</translation>
    </message>
    <message>
        <source>(the NIP cannot be read)</source>
        <translation>(NIP tidak dapat dibaca)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sejak %2</translation>
    </message>
    <message>
        <source>%1 (head of the unit)</source>
        <translation>%1 (kepala unit)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Riwayat jabatan (%1)</source>
        <translation>Riwayat jabatan (%1)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>sekarang</translation>
    </message>
    <message>
        <source>Riwayat perubahan</source>
        <translation>Riwayat perubahan</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::EmployeeDialog</name>
    <message>
        <source>Edit employee — %1</source>
        <translation>Ubah data pegawai — %1</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Pegawai baru</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>18 digits, e.g. 19930121 202012 1 001</source>
        <translation>18 digit, mis. 19930121 202012 1 001</translation>
    </message>
    <message>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <source>e.g. Dr., Ir., drg.</source>
        <translation>mis. Dr., Ir., drg.</translation>
    </message>
    <message>
        <source>Gelar &amp;depan:</source>
        <translation>Gelar &amp;depan:</translation>
    </message>
    <message>
        <source>Name without academic titles</source>
        <translation>Nama tanpa gelar akademik</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Na&amp;ma:</translation>
    </message>
    <message>
        <source>e.g. S.Kom., M.M.</source>
        <translation>mis. S.Kom., M.M.</translation>
    </message>
    <message>
        <source>Gelar &amp;belakang:</source>
        <translation>Gelar &amp;belakang:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status kepegawaian:</translation>
    </message>
    <message>
        <source>&amp;Pangkat/golongan:</source>
        <translation>&amp;Pangkat/golongan:</translation>
    </message>
    <message>
        <source>Jenis &amp;jabatan:</source>
        <translation>Jenis &amp;jabatan:</translation>
    </message>
    <message>
        <source>Je&amp;njang:</source>
        <translation>J&amp;enjang:</translation>
    </message>
    <message>
        <source>e.g. Analis Kepegawaian Ahli Muda</source>
        <translation>mis. Analis Kepegawaian Ahli Muda</translation>
    </message>
    <message>
        <source>Ja&amp;batan:</source>
        <translation>Jaba&amp;tan:</translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation>(pilih unit kerja)</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit kerja:</translation>
    </message>
    <message>
        <source>A&amp;tasan langsung:</source>
        <translation>&amp;Atasan langsung:</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Kepegawaian</translation>
    </message>
    <message>
        <source>The day the state began</source>
        <translation>Tanggal kedudukan ini mulai berlaku</translation>
    </message>
    <message>
        <source>since</source>
        <translation>sejak</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Kedudukan:</translation>
    </message>
    <message>
        <source>TMT of the new unit, jabatan or pangkat: the riwayat records the change from this day.</source>
        <translation>TMT unit kerja, jabatan, atau pangkat yang baru: riwayat mencatat perubahan mulai tanggal ini.</translation>
    </message>
    <message>
        <source>For a change of unit, jabatan or pangkat; goes into the riwayat.</source>
        <translation>Untuk perubahan unit kerja, jabatan, atau pangkat; dicatat dalam riwayat.</translation>
    </message>
    <message>
        <source>&amp;Valid from (TMT):</source>
        <translation>Be&amp;rlaku mulai (TMT):</translation>
    </message>
    <message>
        <source>e.g. SK number (optional)</source>
        <translation>mis. nomor SK (opsional)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(pilih)</translation>
    </message>
    <message>
        <source>Golongan %1</source>
        <translation>Golongan %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>— (none for %1)</source>
        <translation>— (tidak ada untuk %1)</translation>
    </message>
    <message>
        <source>This NIP is already recorded for %1.</source>
        <translation>NIP ini sudah tercatat atas nama %1.</translation>
    </message>
    <message>
        <source>Written as: %1</source>
        <translation>Ditulis sebagai: %1</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Masih diperlukan: %1</translation>
    </message>
    <message>
        <source>Cannot save the employee</source>
        <translation>Tidak dapat menyimpan data pegawai</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::EmployeeListPanel</name>
    <message>
        <source>Include sub-units</source>
        <translation>Sertakan subunit</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Tampilkan yang nonaktif</translation>
    </message>
    <message>
        <source>Filter by name, NIP or jabatan (Ctrl+F)</source>
        <translation>Saring menurut nama, NIP, atau jabatan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Also list the staff of the units below the selected one</source>
        <translation>Tampilkan juga pegawai pada unit di bawah unit yang dipilih</translation>
    </message>
    <message>
        <source>Also list retired, transferred and deceased staff</source>
        <translation>Tampilkan juga pegawai yang pensiun, mutasi keluar, dan meninggal dunia</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <source>%1 · %2 inactive not shown</source>
        <translation>%1 · %2 nonaktif tidak ditampilkan</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::EmployeePickerDialog</name>
    <message>
        <source>Type part of a name, NIP or jabatan</source>
        <translation>Ketik sebagian nama, NIP, atau jabatan</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::EmployeeTableModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(dihapus)</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Gol.</source>
        <translation>Gol.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Kedudukan</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::EmploymentStateDialog</name>
    <message>
        <source>Change employment state</source>
        <translation>Ubah kedudukan pegawai</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;NIP %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;NIP %2</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Kedudukan:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Sejak:</translation>
    </message>
    <message>
        <source>People who leave keep their record and riwayat; they are hidden from the list unless “Show inactive” is on.</source>
        <translation>Pegawai yang keluar tetap memiliki data dan riwayatnya; mereka disembunyikan dari daftar kecuali “Tampilkan yang nonaktif” dicentang.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ExportDialog</name>
    <message>
        <source>RHK and indicator details (sheet “Rincian”)</source>
        <translation>Rincian RHK dan indikator (lembar “Rincian”)</translation>
    </message>
    <message>
        <source>Summary per unit (sheet “Ringkasan Unit”)</source>
        <translation>Ringkasan per unit (lembar “Ringkasan Unit”)</translation>
    </message>
    <message>
        <source>One more sheet per unit</source>
        <translation>Tambahan satu lembar per unit</translation>
    </message>
    <message>
        <source>Include staff no longer active</source>
        <translation>Sertakan pegawai yang sudah tidak aktif</translation>
    </message>
    <message>
        <source>With a byte order mark (Excel recognises UTF-8)</source>
        <translation>Dengan penanda urutan byte (Excel mengenali UTF-8)</translation>
    </message>
    <message>
        <source>Export to a spreadsheet</source>
        <translation>Ekspor ke lembar kerja</translation>
    </message>
    <message>
        <source>Appraisal recap of the period</source>
        <translation>Rekap penilaian periode ini</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV text (.csv)</source>
        <translation>Teks CSV (.csv)</translation>
    </message>
    <message>
        <source>Semicolon, decimal comma (Excel in Indonesian)</source>
        <translation>Titik koma, koma desimal (Excel berbahasa Indonesia)</translation>
    </message>
    <message>
        <source>Comma, decimal point (RFC 4180)</source>
        <translation>Koma, titik desimal (RFC 4180)</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Yang diekspor:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Workbook:</source>
        <translation>Buku kerja:</translation>
    </message>
    <message>
        <source>Employees:</source>
        <translation>Pegawai:</translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation>&amp;Pemisah CSV:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Recap %1</source>
        <translation>Rekap %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Terekspor %Ln baris ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Ekspor ke</translation>
    </message>
    <message>
        <source>Entry template to fill in (ratings, realisations)</source>
        <translation>Templat isian (rating, realisasi)</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Templat %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the template of %n appraisal(s) to %1: fill in the shaded cells, then import it with Appraisal ▸ Import appraisal data….</source>
        <translation>
            <numerusform>Templat %n penilaian ditulis ke %1: isi sel yang berwarna, lalu impor dengan Penilaian ▸ Impor data penilaian….</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinerja::ui::FeedbackEditor</name>
    <message>
        <source>Rating by the pejabat penilai</source>
        <translation>Rating oleh pejabat penilai kinerja</translation>
    </message>
    <message>
        <source>Self-assessment by the employee</source>
        <translation>Penilaian diri oleh pegawai</translation>
    </message>
    <message>
        <source>File keberatan</source>
        <translation>Ajukan keberatan</translation>
    </message>
    <message>
        <source>Record explanation</source>
        <translation>Catat penjelasan</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Catat keputusan</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Dikabulkan</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Dikabulkan sebagian</translation>
    </message>
    <message>
        <source>Which training or development follows from this result (diklat, coaching, …)</source>
        <translation>Pelatihan atau pengembangan yang menindaklanjuti hasil ini (diklat, coaching, …)</translation>
    </message>
    <message>
        <source>Rating &amp;hasil kerja:</source>
        <translation>Rating &amp;hasil kerja:</translation>
    </message>
    <message>
        <source>Rating &amp;perilaku kerja:</source>
        <translation>Rating &amp;perilaku kerja:</translation>
    </message>
    <message>
        <source>Predikat (matrix):</source>
        <translation>Predikat (matriks):</translation>
    </message>
    <message>
        <source>Own view of hasil kerja:</source>
        <translation>Pandangan sendiri atas hasil kerja:</translation>
    </message>
    <message>
        <source>Own view of perilaku:</source>
        <translation>Pandangan sendiri atas perilaku kerja:</translation>
    </message>
    <message>
        <source>Rekomendasi pengembangan kompetensi</source>
        <translation>Rekomendasi pengembangan kompetensi</translation>
    </message>
    <message>
        <source>Competence:</source>
        <translation>Kompetensi:</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>Rekomendasi:</translation>
    </message>
    <message>
        <source>Keberatan (objection)</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <source>Keberatan of the employee:</source>
        <translation>Keberatan pegawai:</translation>
    </message>
    <message>
        <source>Penjelasan pejabat penilai:</source>
        <translation>Penjelasan pejabat penilai kinerja:</translation>
    </message>
    <message>
        <source>Keputusan atasan pejabat penilai:</source>
        <translation>Keputusan atasan pejabat penilai kinerja:</translation>
    </message>
    <message>
        <source>No keberatan filed. It can be filed while the appraisal is rated (Dinilai).</source>
        <translation>Belum ada keberatan yang diajukan. Keberatan dapat diajukan selama penilaian kinerja berstatus Dinilai.</translation>
    </message>
    <message>
        <source>Filed %1 · decided %2.</source>
        <translation>Diajukan %1 · diputuskan %2.</translation>
    </message>
    <message>
        <source>Filed %1 · explained %2 · awaiting the atasan&apos;s decision (blocks finalizing).</source>
        <translation>Diajukan %1 · dijelaskan %2 · menunggu keputusan atasan pejabat penilai kinerja (menghalangi finalisasi).</translation>
    </message>
    <message>
        <source>Filed %1 · awaiting the pejabat penilai&apos;s explanation (blocks finalizing).</source>
        <translation>Diajukan %1 · menunggu penjelasan pejabat penilai kinerja (menghalangi finalisasi).</translation>
    </message>
    <message>
        <source>— (both ratings are needed)</source>
        <translation>— (kedua rating diperlukan)</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Gunakan</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::HasilKerjaEditor</name>
    <message>
        <source>Add RHK</source>
        <translation>Tambah RHK</translation>
    </message>
    <message>
        <source>Remove RHK</source>
        <translation>Hapus RHK</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Tambah indikator</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Hapus indikator</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Rencana Hasil Kerja</source>
        <translation>Rencana Hasil Kerja</translation>
    </message>
    <message>
        <source>RHK pimpinan yang diintervensi</source>
        <translation>RHK pimpinan yang diintervensi</translation>
    </message>
    <message>
        <source>Aspek</source>
        <translation>Aspek</translation>
    </message>
    <message>
        <source>Indikator Kinerja Individu</source>
        <translation>Indikator Kinerja Individu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Bukti dukung</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>Umpan balik</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rencana Hasil Kerja&lt;/b&gt; (A. Utama, B. Tambahan)</source>
        <translation>&lt;b&gt;Rencana Hasil Kerja&lt;/b&gt; (A. Utama, B. Tambahan)</translation>
    </message>
    <message>
        <source>A. Utama</source>
        <translation>A. Utama</translation>
    </message>
    <message>
        <source>B. Tambahan</source>
        <translation>B. Tambahan</translation>
    </message>
    <message>
        <source>What the employee will deliver</source>
        <translation>Hasil yang akan diberikan pegawai</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Indikator %1</translation>
    </message>
    <message>
        <source>%1, target</source>
        <translation>%1, target</translation>
    </message>
    <message>
        <source>%1, realisasi</source>
        <translation>%1, realisasi</translation>
    </message>
    <message>
        <source>Indicator %1, target: not a number more than 0.</source>
        <translation>Indikator %1, target: bukan angka lebih dari 0.</translation>
    </message>
    <message>
        <source>Indicator %1, realisasi: not a number of 0 or more.</source>
        <translation>Indikator %1, realisasi: bukan angka 0 atau lebih.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicators of RHK %1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Indikator RHK %1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicators&lt;/b&gt; — add an RHK first</source>
        <translation>&lt;b&gt;Indikator&lt;/b&gt; — tambahkan RHK terlebih dahulu</translation>
    </message>
    <message>
        <source>RHK %1, indicator %2</source>
        <translation>RHK %1, indikator %2</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ImportActions</name>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (ditutup)</translation>
    </message>
    <message>
        <source>Changes to stored employees (jabatan, golongan, unit, …) enter their history on this date; new employees start at the TMT in their NIP.</source>
        <translation>Perubahan pada pegawai yang sudah tersimpan (jabatan, golongan, unit, …) masuk riwayatnya pada tanggal ini; pegawai baru dimulai pada TMT dalam NIP-nya.</translation>
    </message>
    <message>
        <source>Changes take &amp;effect on:</source>
        <translation>Perubahan &amp;berlaku sejak:</translation>
    </message>
    <message>
        <source>Import employees</source>
        <translation>Impor pegawai</translation>
    </message>
    <message>
        <source>Employees imported: %1.</source>
        <translation>Pegawai diimpor: %1.</translation>
    </message>
    <message>
        <source>(from the Periode column)</source>
        <translation>(dari kolom Periode)</translation>
    </message>
    <message>
        <source>The period of rows in a file without a Periode column. An entry template carries its period.</source>
        <translation>Periode untuk baris dalam berkas tanpa kolom Periode. Templat isian sudah memuat periodenya.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Import appraisal data</source>
        <translation>Impor data penilaian</translation>
    </message>
    <message>
        <source>Appraisal data imported: %1.</source>
        <translation>Data penilaian diimpor: %1.</translation>
    </message>
    <message>
        <source>(choose the period)</source>
        <translation>(pilih periode)</translation>
    </message>
    <message>
        <source>(choose the surveyed unit)</source>
        <translation>(pilih unit yang disurvei)</translation>
    </message>
    <message>
        <source>Surveyed &amp;unit:</source>
        <translation>&amp;Unit yang disurvei:</translation>
    </message>
    <message>
        <source>Import IKM survey responses</source>
        <translation>Impor jawaban survei IKM</translation>
    </message>
    <message>
        <source>Choose the surveyed unit and the period first.</source>
        <translation>Pilih unit yang disurvei dan periodenya terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ImportDialog</name>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Pilih &amp;berkas…</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Baca lagi</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Lembar:</translation>
    </message>
    <message>
        <source>&amp;Apply these columns</source>
        <translation>&amp;Terapkan kolom ini</translation>
    </message>
    <message>
        <source>&amp;Back to the preview</source>
        <translation>&amp;Kembali ke pratinjau</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Kolom…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>Choose an Excel workbook (.xlsx) or a CSV file whose first row holds the column headers. Required columns: %1.</source>
        <translation>Pilih buku kerja Excel (.xlsx) atau berkas CSV yang baris pertamanya berisi judul kolom. Kolom wajib: %1.</translation>
    </message>
    <message>
        <source>Double-click a problem to show its row in the preview.</source>
        <translation>Klik dua kali sebuah masalah untuk menampilkan barisnya di pratinjau.</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Impor dari</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Lembar kerja (*.xlsx *.csv);;Buku kerja Excel (*.xlsx);;Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Pilih berkas terlebih dahulu.</translation>
    </message>
    <message>
        <source>To import: %1</source>
        <translation>Akan diimpor: %1</translation>
    </message>
    <message>
        <source>The file lacks the required column(s) %1, or they have other headers. Choose below which column of the file holds each, then apply.</source>
        <translation>Berkas tidak memiliki kolom wajib %1, atau judulnya berbeda. Pilih di bawah kolom berkas yang memuat masing-masing, lalu terapkan.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be imported until the file is corrected: %n problem(s) are listed below. Correct the file in your spreadsheet program, save it and choose Read again.</source>
        <translation>
            <numerusform>Tidak ada yang diimpor sampai berkas diperbaiki: %n masalah tercantum di bawah. Perbaiki berkas di program lembar kerja, simpan, lalu pilih Baca lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>Berkas tidak berisi baris untuk diimpor.</translation>
    </message>
    <message>
        <source>Check the preview, then choose Import. Everything is imported at once, or nothing.</source>
        <translation>Periksa pratinjau, lalu pilih Impor. Semuanya diimpor sekaligus, atau tidak sama sekali.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n masalah:</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Tidak ada yang dapat diimpor.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Tidak ada yang diimpor. %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Diimpor: %1</translation>
    </message>
    <message>
        <source>The import is done. To import another file, choose it above.</source>
        <translation>Impor selesai. Untuk mengimpor berkas lain, pilih di atas.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom dalam berkas</translation>
    </message>
    <message>
        <source>Found by the headers</source>
        <translation>Ditemukan dari judul kolom</translation>
    </message>
    <message>
        <source>required</source>
        <translation>wajib</translation>
    </message>
    <message>
        <source>Choose the column of the file that holds each field. Fields marked “required” must be in the file.</source>
        <translation>Pilih kolom berkas yang memuat setiap isian. Isian bertanda “wajib” harus ada dalam berkas.</translation>
    </message>
    <message>
        <source>(not in file)</source>
        <translation>(tidak ada di berkas)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>First row: %1</source>
        <translation>Baris pertama: %1</translation>
    </message>
    <message>
        <source>required, not found</source>
        <translation>wajib, tidak ditemukan</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>Reading was cancelled; choose Read again to read the file.</source>
        <translation>Pembacaan dibatalkan; pilih Baca lagi untuk membaca berkas.</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::LockDialog</name>
    <message>
        <source>Kinerja is locked</source>
        <translation>Kinerja terkunci</translation>
    </message>
    <message numerus="yes">
        <source>Kinerja was locked after %n minute(s) without use, so that nobody else works under your name. Your unsaved changes are still there.</source>
        <translation>
            <numerusform>Kinerja dikunci setelah %n menit tidak dipakai, agar tidak ada orang lain yang bekerja atas nama Anda. Perubahan Anda yang belum disimpan masih ada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Kata sandi %1:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <source>&amp;Quit Kinerja</source>
        <translation>&amp;Keluar dari Kinerja</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::MainWindow</name>
    <message>
        <source>Cannot rename unit</source>
        <translation>Tidak dapat mengganti nama unit</translation>
    </message>
    <message>
        <source>This database has no units yet: start with Unit → New sub-unit.</source>
        <translation>Basis data ini belum memiliki unit kerja: mulailah dengan Unit → Subunit baru.</translation>
    </message>
    <message>
        <source>Kinerja</source>
        <translation>Kinerja</translation>
    </message>
    <message>
        <source>%1 — Kinerja</source>
        <translation>%1 — Kinerja</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>Employee added.</source>
        <translation>Pegawai ditambahkan.</translation>
    </message>
    <message>
        <source>Employee saved.</source>
        <translation>Data pegawai disimpan.</translation>
    </message>
    <message>
        <source>Employment state changed.</source>
        <translation>Kedudukan pegawai diubah.</translation>
    </message>
    <message>
        <source>Employee deleted.</source>
        <translation>Pegawai dihapus.</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Basis data &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>B&amp;uka basis data…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;New employee…</source>
        <translation>Pegawai &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Edit employee…</source>
        <translation>&amp;Ubah data pegawai…</translation>
    </message>
    <message>
        <source>Change employment &amp;state…</source>
        <translation>Ubah &amp;kedudukan pegawai…</translation>
    </message>
    <message>
        <source>&amp;Delete employee…</source>
        <translation>&amp;Hapus pegawai…</translation>
    </message>
    <message>
        <source>&amp;New sub-unit…</source>
        <translation>Subunit &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Pindahkan ke…</translation>
    </message>
    <message>
        <source>Set &amp;head…</source>
        <translation>Tetapkan &amp;kepala unit…</translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>Gab&amp;ungkan ke…</translation>
    </message>
    <message>
        <source>&amp;Delete unit…</source>
        <translation>&amp;Hapus unit…</translation>
    </message>
    <message>
        <source>&amp;Find employee</source>
        <translation>&amp;Cari pegawai</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Show &amp;inactive staff</source>
        <translation>Tampilkan pegawai &amp;nonaktif</translation>
    </message>
    <message>
        <source>Include &amp;sub-units</source>
        <translation>Sertakan &amp;subunit</translation>
    </message>
    <message>
        <source>&amp;About Kinerja</source>
        <translation>&amp;Tentang Kinerja</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Employee</source>
        <translation>&amp;Pegawai</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Unit baru</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kepala</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Hapus unit</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Appraisal</source>
        <translation>Pe&amp;nilaian</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>Penilaian kinerja</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Skema penilaian</translation>
    </message>
    <message>
        <source>Scheme saved.</source>
        <translation>Skema penilaian disimpan.</translation>
    </message>
    <message>
        <source>&amp;Periods</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>&amp;Appraisals of a period</source>
        <translation>Pe&amp;nilaian kinerja per periode</translation>
    </message>
    <message>
        <source>&amp;Schemes</source>
        <translation>&amp;Skema penilaian</translation>
    </message>
    <message>
        <source>&amp;New period…</source>
        <translation>Periode &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Close period…</source>
        <translation>&amp;Tutup periode…</translation>
    </message>
    <message>
        <source>Capaian kinerja &amp;organisasi…</source>
        <translation>Capaian kinerja &amp;organisasi…</translation>
    </message>
    <message>
        <source>&amp;Open appraisal</source>
        <translation>B&amp;uka penilaian kinerja</translation>
    </message>
    <message>
        <source>C&amp;reate appraisals for unit…</source>
        <translation>Bu&amp;at penilaian kinerja untuk unit kerja…</translation>
    </message>
    <message>
        <source>Copy last period&apos;s S&amp;KP forward…</source>
        <translation>Salin S&amp;KP periode sebelumnya…</translation>
    </message>
    <message>
        <source>&amp;Finalize appraisals…</source>
        <translation>&amp;Finalkan penilaian kinerja…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Grafik</translation>
    </message>
    <message>
        <source>Results &amp;over the periods</source>
        <translation>Hasil dari &amp;periode ke periode</translation>
    </message>
    <message>
        <source>Results &amp;chart of the unit</source>
        <translation>&amp;Grafik hasil unit</translation>
    </message>
    <message>
        <source>&amp;Agency (instansi)…</source>
        <translation>&amp;Instansi…</translation>
    </message>
    <message>
        <source>&amp;Print sheets and recaps…</source>
        <translation>&amp;Cetak lembar dan rekap…</translation>
    </message>
    <message>
        <source>E&amp;xport to a spreadsheet…</source>
        <translation>E&amp;kspor ke lembar kerja…</translation>
    </message>
    <message>
        <source>&amp;Import employees…</source>
        <translation>&amp;Impor pegawai…</translation>
    </message>
    <message>
        <source>&amp;Import appraisal data…</source>
        <translation>&amp;Impor data penilaian…</translation>
    </message>
    <message>
        <source>Import I&amp;KM survey…</source>
        <translation>Impor survei I&amp;KM…</translation>
    </message>
    <message>
        <source>Connect to Office &amp;Server…</source>
        <translation>Sambung ke &amp;server kantor…</translation>
    </message>
    <message>
        <source>Working: %1</source>
        <translation>Pengguna: %1</translation>
    </message>
    <message>
        <source>&amp;User accounts…</source>
        <translation>&amp;Akun pengguna…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Jejak audit…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Alat</translation>
    </message>
    <message>
        <source>Your account could not be read, so Kinerja offers reading only: %1</source>
        <translation>Akun Anda tidak dapat dibaca, sehingga Kinerja hanya menyediakan akses baca: %1</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::NumericEditor</name>
    <message>
        <source>Kegiatan (SKP, PP 46/2011)</source>
        <translation>Kegiatan (SKP, PP 46/2011)</translation>
    </message>
    <message>
        <source>Add kegiatan</source>
        <translation>Tambah kegiatan</translation>
    </message>
    <message>
        <source>Remove kegiatan</source>
        <translation>Hapus kegiatan</translation>
    </message>
    <message>
        <source>Capaian SKP (PP 30/2019)</source>
        <translation>Capaian SKP (PP 30/2019)</translation>
    </message>
    <message>
        <source>Created a new idea or way of working (needed for Sangat Baik)</source>
        <translation>Menghasilkan gagasan baru atau cara kerja baru (diperlukan untuk Sangat Baik)</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>TO</translation>
    </message>
    <message>
        <source>RO</source>
        <translation>RO</translation>
    </message>
    <message>
        <source>TK</source>
        <translation>TK</translation>
    </message>
    <message>
        <source>RK</source>
        <translation>RK</translation>
    </message>
    <message>
        <source>TW</source>
        <translation>TW</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Satuan waktu</source>
        <translation>Satuan waktu</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <source>RB</source>
        <translation>RB</translation>
    </message>
    <message>
        <source>T = target, R = realisasi: O kuantitas (output), K kualitas, W waktu, B biaya (leave TB empty when there is no cost target).</source>
        <translation>T = target, R = realisasi: O kuantitas (output), K kualitas, W waktu, B biaya (kosongkan TB jika tidak ada target biaya).</translation>
    </message>
    <message>
        <source>Perilaku aspect</source>
        <translation>Aspek perilaku</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>0–120</source>
        <translation>0–120</translation>
    </message>
    <message>
        <source>Tugas tambahan (points):</source>
        <translation>Tugas tambahan (nilai):</translation>
    </message>
    <message>
        <source>Kreativitas (points):</source>
        <translation>Kreativitas (nilai):</translation>
    </message>
    <message>
        <source>Capaian SKP:</source>
        <translation>Capaian SKP:</translation>
    </message>
    <message>
        <source>Perilaku kerja</source>
        <translation>Perilaku kerja</translation>
    </message>
    <message>
        <source>Capaian SKP</source>
        <translation>Capaian SKP</translation>
    </message>
    <message>
        <source>Kegiatan %1, %2</source>
        <translation>Kegiatan %1, %2</translation>
    </message>
    <message>
        <source>%1: a target is needed.</source>
        <translation>%1: target diperlukan.</translation>
    </message>
    <message>
        <source>%1: at most %2.</source>
        <translation>%1: paling banyak %2.</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::PasswordStore</name>
    <message>
        <source>No secret store is available in this session.</source>
        <translation>Tidak ada penyimpan rahasia (secret store) yang tersedia dalam sesi ini.</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::PeerRatingsTable</name>
    <message>
        <source>Add colleague…</source>
        <translation>Tambah rekan kerja…</translation>
    </message>
    <message>
        <source>Remove colleague</source>
        <translation>Hapus rekan kerja</translation>
    </message>
    <message>
        <source>&lt;b&gt;Peer ratings&lt;/b&gt; — one row per colleague; the scheme uses their average. “Hide name” keeps a colleague anonymous.</source>
        <translation>&lt;b&gt;Penilaian rekan kerja&lt;/b&gt; — satu baris per rekan; skema memakai rata-ratanya. “Sembunyikan nama” membuat rekan tetap anonim.</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Rekan kerja</translation>
    </message>
    <message>
        <source>Hide name</source>
        <translation>Sembunyikan nama</translation>
    </message>
    <message>
        <source>%1
(%2; peers %3)</source>
        <translation>%1
(%2; rekan kerja %3)</translation>
    </message>
    <message>
        <source>Choose the colleague who gives a peer rating</source>
        <translation>Pilih rekan kerja yang memberi penilaian</translation>
    </message>
    <message>
        <source>(name hidden)</source>
        <translation>(nama disembunyikan)</translation>
    </message>
    <message>
        <source>%1, peer rating of %2</source>
        <translation>%1, penilaian rekan kerja oleh %2</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::PerilakuEditor</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(no view)</source>
        <translation>(tanpa pandangan)</translation>
    </message>
    <message>
        <source>Umpan balik:</source>
        <translation>Umpan balik:</translation>
    </message>
    <message>
        <source>Rater&apos;s view:</source>
        <translation>Pandangan pejabat penilai kinerja:</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::PeriodDialog</name>
    <message>
        <source>New appraisal period</source>
        <translation>Periode penilaian kinerja baru</translation>
    </message>
    <message>
        <source>Create period</source>
        <translation>Buat periode</translation>
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation>%1 — versi %2</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>&amp;Skema penilaian:</translation>
    </message>
    <message>
        <source>Appraisals created in this period use the chosen scheme version. A closed period cannot change.</source>
        <translation>Penilaian kinerja yang dibuat dalam periode ini menggunakan versi skema penilaian yang dipilih. Periode yang sudah ditutup tidak dapat diubah.</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <source>&amp;Quarter (triwulan):</source>
        <translation>T&amp;riwulan:</translation>
    </message>
    <message>
        <source>&amp;Semester:</source>
        <translation>S&amp;emester:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nomor:</translation>
    </message>
    <message>
        <source>Period %1 exists already.</source>
        <translation>Periode %1 sudah ada.</translation>
    </message>
    <message>
        <source>Cannot create the period</source>
        <translation>Tidak dapat membuat periode</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::PeriodsPage</name>
    <message>
        <source>&amp;New period…</source>
        <translation>Periode &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Close period…</source>
        <translation>&amp;Tutup periode…</translation>
    </message>
    <message>
        <source>&amp;Reopen period…</source>
        <translation>Buka &amp;kembali periode…</translation>
    </message>
    <message>
        <source>Capaian &amp;organisasi…</source>
        <translation>Capaian &amp;organisasi…</translation>
    </message>
    <message>
        <source>Show &amp;appraisals</source>
        <translation>Tampilkan &amp;penilaian kinerja</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Skema penilaian</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>Penilaian kinerja</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Appraisal periods</source>
        <translation>Periode penilaian kinerja</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versi %2)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>No periods yet: create one with “New period…”.</source>
        <translation>Belum ada periode: buat periode dengan “Periode baru…”.</translation>
    </message>
    <message>
        <source>%1 periods · %2 open</source>
        <translation>%1 periode · %2 terbuka</translation>
    </message>
    <message>
        <source>Close period</source>
        <translation>Tutup periode</translation>
    </message>
    <message>
        <source>Close period %1? Its appraisals and its capaian kinerja organisasi can no longer change until it is reopened.</source>
        <translation>Tutup periode %1? Penilaian kinerja dan capaian kinerja organisasinya tidak dapat diubah lagi sampai periode ini dibuka kembali.</translation>
    </message>
    <message>
        <source>Cannot close the period</source>
        <translation>Tidak dapat menutup periode</translation>
    </message>
    <message>
        <source>Reopen period</source>
        <translation>Buka kembali periode</translation>
    </message>
    <message>
        <source>Why is period %1 reopened? (recorded with your name and the time)</source>
        <translation>Mengapa periode %1 dibuka kembali? (dicatat bersama nama Anda dan waktunya)</translation>
    </message>
    <message>
        <source>Cannot reopen the period</source>
        <translation>Tidak dapat membuka kembali periode</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::PrintDialog</name>
    <message>
        <source>One PDF file</source>
        <translation>Satu berkas PDF</translation>
    </message>
    <message>
        <source>One PDF per employee (named by NIP and name)</source>
        <translation>Satu PDF per pegawai (dinamai menurut NIP dan nama)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Pratinjau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Yang dicetak</translation>
    </message>
    <message numerus="yes">
        <source>Appraisal sheets of the selected appraisals (%n)</source>
        <translation>
            <numerusform>Lembar penilaian dari penilaian yang dipilih (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Appraisal sheets of all listed appraisals (%n)</source>
        <translation>
            <numerusform>Lembar penilaian dari semua penilaian dalam daftar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents (where they apply to the appraisal&apos;s scheme)</source>
        <translation>Dokumen (bila berlaku untuk skema penilaian)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation>F4 / folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>Date by the signatures:</source>
        <translation>Tanggal pada tanda tangan:</translation>
    </message>
    <message>
        <source>Saving sheets as:</source>
        <translation>Menyimpan lembar sebagai:</translation>
    </message>
    <message>
        <source>Nothing to print: no appraisals are listed.</source>
        <translation>Tidak ada yang dicetak: tidak ada penilaian dalam daftar.</translation>
    </message>
    <message>
        <source>Tick at least one document.</source>
        <translation>Centang paling sedikit satu dokumen.</translation>
    </message>
    <message>
        <source>No appraisals to print.</source>
        <translation>Tidak ada penilaian untuk dicetak.</translation>
    </message>
    <message>
        <source>The printer or file cannot be started.</source>
        <translation>Pencetak atau berkas tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>None of the ticked documents applies to these appraisals&apos; scheme.</source>
        <translation>Tidak satu pun dokumen yang dicentang berlaku untuk skema penilaian ini.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Menyiapkan halaman…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n appraisal(s)</source>
        <translation>
            <numerusform>Tersimpan %n penilaian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s): </source>
        <translation>
            <numerusform>, %n halaman: </numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed: %1 (%2): %3</source>
        <translation>Tidak dicetak: %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s).</source>
        <translation>
            <numerusform>… dan %n peringatan lain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save one PDF per employee in</source>
        <translation>Simpan satu PDF per pegawai di</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Each appraisal&apos;s own date (finalized or rated); recaps: today</source>
        <translation>Tanggal masing-masing penilaian (difinalkan atau dinilai); rekap: hari ini</translation>
    </message>
    <message>
        <source>Predikat recap of the unit (table and distribution)</source>
        <translation>Rekap predikat unit (tabel dan distribusi)</translation>
    </message>
    <message>
        <source>Pending appraisals per unit</source>
        <translation>Penilaian tertunda per unit</translation>
    </message>
    <message>
        <source>Competency development needs (Butuh Perbaikan and below)</source>
        <translation>Kebutuhan pengembangan kompetensi (Butuh Perbaikan ke bawah)</translation>
    </message>
    <message>
        <source>Choose a period first.</source>
        <translation>Pilih periode terlebih dahulu.</translation>
    </message>
    <message numerus="yes">
        <source>Saved, %n page(s): </source>
        <translation>
            <numerusform>Tersimpan, %n halaman: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n sheet(s), e.g. %2</source>
        <translation>
            <numerusform>%1 — %n lembar, mis. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Appraisal sheets</source>
        <translation>Lembar penilaian</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ResultPanel</name>
    <message>
        <source>Unsaved changes are not in this result yet: save to see their effect.</source>
        <translation>Perubahan yang belum disimpan belum tercermin dalam hasil ini: simpan untuk melihat pengaruhnya.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Rumus</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missing — no score until these are given:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Belum diisi — belum ada nilai sampai data berikut diberikan:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Explain this score&lt;/b&gt;</source>
        <translation>&lt;b&gt;Penjelasan nilai&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Belum lengkap</translation>
    </message>
    <message>
        <source>Score: &lt;b&gt;%1&lt;/b&gt; (unrounded %2)</source>
        <translation>Nilai: &lt;b&gt;%1&lt;/b&gt; (sebelum dibulatkan %2)</translation>
    </message>
    <message>
        <source>No numeric score: PermenPANRB 6/2022 gives a predikat from the two ratings.</source>
        <translation>Tidak ada nilai angka: PermenPANRB 6/2022 menetapkan predikat dari kedua rating.</translation>
    </message>
    <message>
        <source>No score while the appraisal is incomplete.</source>
        <translation>Belum ada nilai selama penilaian kinerja belum lengkap.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Belum diisi: %1</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Tidak valid: %1</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::SchemeEditorDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Edit scheme — %1</source>
        <translation>Ubah skema penilaian — %1</translation>
    </message>
    <message>
        <source>New scheme</source>
        <translation>Skema penilaian baru</translation>
    </message>
    <message>
        <source>What changed (kept with the version)</source>
        <translation>Apa yang berubah (disimpan bersama versi)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>Suggest “Di Atas” perilaku from this many values Di Atas:</source>
        <translation>Sarankan perilaku “Di Atas” mulai dari jumlah nilai Di Atas berikut:</translation>
    </message>
    <message>
        <source>Weighting:</source>
        <translation>Pembobotan:</translation>
    </message>
    <message>
        <source>Re-weight the parts that are present</source>
        <translation>Hitung ulang bobot bagian yang ada</translation>
    </message>
    <message>
        <source>Count a missing part as zero</source>
        <translation>Hitung bagian yang belum diisi sebagai nol</translation>
    </message>
    <message>
        <source>A missing part:</source>
        <translation>Bagian yang belum diisi:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>Bobot %</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Self %</source>
        <translation>Penilaian diri %</translation>
    </message>
    <message>
        <source>Supervisor %</source>
        <translation>Atasan langsung %</translation>
    </message>
    <message>
        <source>Peers %</source>
        <translation>Rekan kerja %</translation>
    </message>
    <message>
        <source>Public %</source>
        <translation>Masyarakat %</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Tambah indikator</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Hapus indikator</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Band as written</source>
        <translation>Rentang sesuai teks aturan</translation>
    </message>
    <message>
        <source>Applied as</source>
        <translation>Diterapkan sebagai</translation>
    </message>
    <message>
        <source> and a new idea</source>
        <translation> dan gagasan baru</translation>
    </message>
    <message>
        <source> (unconfirmed)</source>
        <translation> (belum dipastikan)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predikat bands&lt;/b&gt; (data of the rule)</source>
        <translation>&lt;b&gt;Rentang predikat&lt;/b&gt; (data aturan)</translation>
    </message>
    <message>
        <source>Version &amp;note:</source>
        <translation>&amp;Catatan versi:</translation>
    </message>
    <message>
        <source>Version %1 is used by %2 appraisals and is frozen: saving creates version %3; results already given keep version %1.</source>
        <translation>Versi %1 digunakan oleh %2 penilaian kinerja dan dibekukan: menyimpan akan membuat versi %3; hasil yang sudah diberikan tetap menggunakan versi %1.</translation>
    </message>
    <message>
        <source>Version %1 is not used by any appraisal yet: saving changes it in place.</source>
        <translation>Versi %1 belum digunakan oleh penilaian kinerja mana pun: menyimpan akan mengubah versi ini secara langsung.</translation>
    </message>
    <message>
        <source>A new scheme starts at version 1.</source>
        <translation>Skema penilaian baru dimulai dari versi 1.</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Makin tinggi makin baik</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Makin rendah makin baik</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Indikator %1</translation>
    </message>
    <message>
        <source>%1: the weight “%2” is not a percentage from 0 to 100 with at most 2 decimals.</source>
        <translation>%1: bobot “%2” bukan persentase dari 0 sampai 100 dengan paling banyak 2 desimal.</translation>
    </message>
    <message>
        <source>%1: the target must be a number more than 0.</source>
        <translation>%1: target harus berupa angka lebih dari 0.</translation>
    </message>
    <message>
        <source>%1: the %2 weight “%3” is not a percentage.</source>
        <translation>%1: bobot %2 “%3” bukan persentase.</translation>
    </message>
    <message>
        <source>Total of the weights: &lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>Jumlah bobot: &lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ exactly 100%&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ tepat 100%&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;must be exactly 100%&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;harus tepat 100%&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Cannot save the scheme</source>
        <translation>Tidak dapat menyimpan skema penilaian</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Versi baru</translation>
    </message>
    <message>
        <source>The scheme was used by appraisals, so the changes were saved as version %1. Appraisals already made keep their version; periods choose the version for new ones.</source>
        <translation>Skema penilaian ini sudah digunakan oleh penilaian kinerja, sehingga perubahan disimpan sebagai versi %1. Penilaian kinerja yang sudah dibuat tetap menggunakan versinya; periode menentukan versi untuk penilaian kinerja yang baru.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicators&lt;/b&gt; — weights in percent, up to 2 decimals (%1 is %2); they must total exactly 100%, and so must each indicator&apos;s rater weights.</source>
        <translation>&lt;b&gt;Indikator&lt;/b&gt; — bobot dalam persen, paling banyak 2 desimal (%1 berarti %2); jumlahnya harus tepat 100%, demikian pula jumlah bobot penilai pada setiap indikator.</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::SchemesPage</name>
    <message>
        <source>&amp;New weighted scheme…</source>
        <translation>Skema &amp;berbobot baru…</translation>
    </message>
    <message>
        <source>&amp;Edit scheme…</source>
        <translation>&amp;Ubah skema penilaian…</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Skema penilaian</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Bawaan</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Terbaru</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>Penilaian kinerja</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Appraisal schemes</source>
        <translation>Skema penilaian kinerja</translation>
    </message>
    <message>
        <source>A version used by an appraisal is frozen: editing the scheme then creates a new version, so results already given never change.</source>
        <translation>Versi yang sudah digunakan oleh penilaian kinerja dibekukan: mengubah skema penilaian akan membuat versi baru, sehingga hasil yang sudah diberikan tidak pernah berubah.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions of the selected scheme&lt;/b&gt;</source>
        <translation>&lt;b&gt;Versi skema penilaian yang dipilih&lt;/b&gt;</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versi %1</translation>
    </message>
    <message>
        <source>frozen (in use)</source>
        <translation>dibekukan (digunakan)</translation>
    </message>
    <message>
        <source>editable</source>
        <translation>dapat diubah</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (salinan)</translation>
    </message>
    <message>
        <source>Cannot open the scheme</source>
        <translation>Tidak dapat membuka skema penilaian</translation>
    </message>
    <message>
        <source>Ready-made version, installed with Kinerja</source>
        <translation>Versi bawaan, terpasang bersama Kinerja</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ServerConnect</name>
    <message>
        <source>The server %1 needs the password of %2.

%3</source>
        <translation>Server %1 memerlukan kata sandi pengguna %2.

%3</translation>
    </message>
    <message>
        <source>Kinerja could not remember the password: this session has no password store (a desktop&apos;s secret service). It will ask for it at each start.</source>
        <translation>Kinerja tidak dapat mengingat kata sandi: sesi ini tidak memiliki penyimpan kata sandi (secret service desktop). Kata sandi akan ditanyakan setiap kali Kinerja dijalankan.</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Kata sandi server</translation>
    </message>
    <message>
        <source>&amp;Remember the password</source>
        <translation>&amp;Ingat kata sandi</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>Kata sandi tidak diingat</translation>
    </message>
    <message>
        <source>Connected to %1, but Kinerja could not remember the password (%2). It will ask for it at each start.</source>
        <translation>Tersambung ke %1, tetapi Kinerja tidak dapat mengingat kata sandi (%2). Kata sandi akan ditanyakan setiap kali Kinerja dijalankan.</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Tidak dapat tersambung</translation>
    </message>
    <message>
        <source>Kinerja</source>
        <translation>Kinerja</translation>
    </message>
    <message>
        <source>Kinerja cannot reach the server %1.

%2</source>
        <translation>Kinerja tidak dapat tersambung ke server %1.

%2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Connect to another server…</source>
        <translation>Sambung ke server lain…</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Buka berkas…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ServerDialog</name>
    <message>
        <source>&amp;Remember the password</source>
        <translation>&amp;Ingat kata sandi</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Uji sambungan</translation>
    </message>
    <message>
        <source>Connect to Office Server</source>
        <translation>Sambung ke server kantor</translation>
    </message>
    <message>
        <source>(a new server)</source>
        <translation>(server baru)</translation>
    </message>
    <message>
        <source>server name or IP address</source>
        <translation>nama server atau alamat IP</translation>
    </message>
    <message>
        <source>Kept in the desktop&apos;s password store, never in a file.</source>
        <translation>Disimpan di penyimpan kata sandi desktop, tidak pernah di dalam berkas.</translation>
    </message>
    <message>
        <source>Re&amp;cent:</source>
        <translation>&amp;Terakhir dipakai:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Basis data:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Pe&amp;ngguna:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Sambungkan</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Menyambung ke %1…</translation>
    </message>
    <message>
        <source>Connected: a Kinerja database (version %1) that this Kinerja can use.</source>
        <translation>Tersambung: basis data Kinerja (versi %1) yang dapat digunakan oleh Kinerja ini.</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::SessionSource</name>
    <message>
        <source>%1 — operating-system account</source>
        <translation>%1 — akun sistem operasi</translation>
    </message>
    <message>
        <source>database owner</source>
        <translation>pemilik basis data</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>tanpa peran</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Kinerja.</source>
        <translation>Bahasa baru digunakan mulai saat Kinerja dijalankan berikutnya.</translation>
    </message>
    <message>
        <source>User interface</source>
        <translation>Antarmuka pengguna</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Default database:</source>
        <translation>Basis data bawaan:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source>On an office server, Kinerja covers its windows after this time without keyboard or mouse use and asks for your password again. A database file on this PC is never locked: it has no password, the operating-system account is the person.</source>
        <translation>Di server kantor, Kinerja menutup tampilan jendelanya setelah papan ketik dan tetikus tidak dipakai selama waktu ini, lalu meminta kata sandi Anda lagi. Berkas basis data di PC ini tidak pernah dikunci: berkas tersebut tidak memiliki kata sandi, dan akun sistem operasi menjadi identitas penggunanya.</translation>
    </message>
    <message>
        <source>&amp;Lock when idle after:</source>
        <translation>&amp;Kunci jika tidak dipakai selama:</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::TrendCharts</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Results of %1 (NIP %2), %3</source>
        <translation>Hasil kinerja %1 (NIP %2), %3</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Rating hasil kerja</source>
        <translation>Rating hasil kerja</translation>
    </message>
    <message>
        <source>Rating perilaku kerja</source>
        <translation>Rating perilaku kerja</translation>
    </message>
    <message>
        <source>Predikat per period: %1 with its sub-units, %2</source>
        <translation>Predikat per periode: %1 beserta subunitnya, %2</translation>
    </message>
    <message>
        <source>Predikat per period: %1 (own staff), %2</source>
        <translation>Predikat per periode: %1 (pegawai unit itu sendiri), %2</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>Penilaian kinerja</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Nilai rata-rata</translation>
    </message>
    <message>
        <source>Mean predikat</source>
        <translation>Predikat rata-rata</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <source>Mean ± spread</source>
        <translation>Rata-rata ± sebaran</translation>
    </message>
    <message>
        <source>Sub-units of %1 compared, %2</source>
        <translation>Perbandingan subunit %1, %2</translation>
    </message>
    <message>
        <source>Mean predikat level (0–4)</source>
        <translation>Rata-rata tingkat predikat (0–4)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::UnitActions</name>
    <message>
        <source>Move unit</source>
        <translation>Pindahkan unit</translation>
    </message>
    <message>
        <source>Choose the unit that “%1” will be part of.</source>
        <translation>Pilih unit yang akan menjadi induk “%1”.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Pindahkan</translation>
    </message>
    <message>
        <source>Head of %1</source>
        <translation>Kepala %1</translation>
    </message>
    <message>
        <source>The unit has no head at the moment.</source>
        <translation>Saat ini unit belum memiliki kepala.</translation>
    </message>
    <message>
        <source>Current head: %1.</source>
        <translation>Kepala saat ini: %1.</translation>
    </message>
    <message>
        <source>%1 Choose the new head among the staff of the unit.</source>
        <translation>%1 Pilih kepala baru dari antara pegawai unit ini.</translation>
    </message>
    <message>
        <source>Cannot set the head</source>
        <translation>Tidak dapat menetapkan kepala unit</translation>
    </message>
    <message>
        <source>Merge unit</source>
        <translation>Gabungkan unit</translation>
    </message>
    <message>
        <source>Merge “%1” into another unit: its %2 staff member(s) and %3 sub-unit(s) move there (recorded in the riwayat from the date below), and “%1” is removed.</source>
        <translation>Gabungkan “%1” ke unit lain: %2 pegawai dan %3 subunit di dalamnya pindah ke sana (dicatat dalam riwayat mulai tanggal di bawah), lalu “%1” dihapus.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2” from %3? This cannot be undone.</source>
        <translation>Gabungkan “%1” ke “%2” mulai %3? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Not merged.</source>
        <translation>Tidak digabungkan.</translation>
    </message>
    <message>
        <source>Cannot delete unit</source>
        <translation>Tidak dapat menghapus unit</translation>
    </message>
    <message>
        <source>Delete the unit “%1”?</source>
        <translation>Hapus unit “%1”?</translation>
    </message>
    <message>
        <source>The riwayat names this unit (%1 record(s)); it is kept for them as dissolved.</source>
        <translation>Unit ini tercantum dalam riwayat (%1 entri); untuk keperluan riwayat tersebut, unit ini tetap disimpan dengan tanda dibubarkan.</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Hapus unit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::UnitDialog</name>
    <message>
        <source>New sub-unit</source>
        <translation>Subunit baru</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Unit baru</translation>
    </message>
    <message>
        <source>e.g. Bidang Pengadaan dan Pemberhentian</source>
        <translation>mis. Bidang Pengadaan dan Pemberhentian</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>Bagian dari:</translation>
    </message>
    <message>
        <source>(top of the unit tree)</source>
        <translation>(puncak struktur unit kerja)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::UnitTreeModel</name>
    <message>
        <source>vacant</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>%1 in the unit itself, %2 including its sub-units</source>
        <translation>%1 di unit ini sendiri, %2 termasuk subunitnya</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Head: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Kepala: %3</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pegawai</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::UnitTreePanel</name>
    <message>
        <source>Find a unit</source>
        <translation>Cari unit kerja</translation>
    </message>
</context>
<context>
    <name>kinerja::ui::WeightedEditor</name>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Rater (weight)</source>
        <translation>Penilai (bobot)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Raw values on each indicator&apos;s scale. A part without a value is handled by the scheme&apos;s missing-part policy.</source>
        <translation>Nilai mentah pada skala setiap indikator. Bagian tanpa nilai ditangani menurut aturan bagian yang belum diisi pada skema penilaian.</translation>
    </message>
    <message>
        <source>%1: target %2 %3</source>
        <translation>%1: target %2 %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
</TS>
