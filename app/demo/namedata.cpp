// Word lists for Indonesian personal names (demo data, not translated).
#include "names.h"

namespace kinerja::demo {

namespace {

NameGroup javanese()
{
    NameGroup g;
    g.maleFirst = {"Agus",  "Bambang", "Budi",  "Joko",  "Eko",   "Hadi",   "Slamet", "Sugeng",
                   "Wahyu", "Heru",    "Teguh", "Arif",  "Rudi",  "Bayu",   "Dimas",  "Fajar",
                   "Adi",   "Yoga",    "Galih", "Gatot", "Didik", "Aditya", "Andri",  "Yudi"};
    g.maleSecond = {"Santoso",  "Setiawan",  "Prasetyo", "Susilo",    "Wibowo",
                    "Nugroho",  "Purnomo",   "Saputra",  "Kurniawan", "Hartono",
                    "Sutrisno", "Raharjo",   "Haryanto", "Supriyadi", "Subagyo",
                    "Sulistyo", "Pamungkas", "Permadi",  "Wicaksono", "Hermawan"};
    g.femaleFirst = {"Sri",   "Endang", "Retno", "Ratna", "Dewi",  "Yuni",    "Rini",
                     "Wulan", "Ayu",    "Indah", "Fitri", "Putri", "Erna",    "Tuti",
                     "Yanti", "Ika",    "Eni",   "Anik",  "Umi",   "Kartika", "Novita"};
    g.femaleSecond = {"Wahyuni",      "Lestari",   "Astuti",       "Rahayu",   "Handayani",
                      "Susanti",      "Wulandari", "Rahmawati",    "Purwanti", "Kusumawati",
                      "Setyaningsih", "Suryani",   "Ningsih",      "Utami",    "Puspitasari",
                      "Anggraini",    "Pratiwi",   "Sulistyowati", "Mulyani",  "Yuliani"};
    return g;
}

NameGroup sundanese()
{
    NameGroup g;
    g.maleFirst = {"Asep",  "Ujang",   "Cecep",  "Dadang", "Deden", "Jajang", "Iwan",
                   "Yayan", "Dedi",    "Engkus", "Aceng",  "Wawan", "Ridwan", "Rahmat",
                   "Dadan", "Nandang", "Ruslan", "Usep",   "Dodi",  "Hendar", "Taufik",
                   "Jaja",  "Ikin",    "Maman",  "Encep",  "Ahmad"};
    g.maleSecond = {"Saepudin",     "Sunarya",   "Hermawan",   "Suganda",  "Permana",   "Gunawan",
                    "Ruhiyat",      "Sopyan",    "Firmansyah", "Mulyana",  "Supriatna", "Rustandi",
                    "Hidayatullah", "Kusnadi",   "Sunandar",   "Suherman", "Sutisna",   "Ruhimat",
                    "Komarudin",    "Saepulloh", "Nurdin",     "Hidayat"};
    g.femaleFirst = {"Euis",  "Neneng", "Imas", "Yayah", "Enok", "Nining", "Popon",
                     "Lilis", "Tati",   "Eti",  "Iis",   "Elis", "Neng",   "Ai",
                     "Teti",  "Dewi",   "Rina", "Siti",  "Yani", "Entin",  "Nenden",
                     "Ida",   "Ela",    "Yeni", "Rika",  "Tini"};
    g.femaleSecond = {"Komariah",  "Rohaeti",  "Nurjanah",  "Kurniasih", "Maryani",  "Rosmiati",
                      "Sumiati",   "Hayati",   "Nurhayati", "Sukaesih",  "Juariah",  "Aisah",
                      "Ratnasari", "Nurlaela", "Julaeha",   "Mulyati",   "Rosdiana", "Sumarni"};
    return g;
}

NameGroup minang()
{
    NameGroup g;
    g.maleFirst = {"Afrizal",    "Zulkifli", "Rizal",   "Yusrizal",  "Hendri",   "Syafrizal",
                   "Erizal",     "Jasman",   "Firdaus", "Zulhendri", "Asrul",    "Yulfian",
                   "Fadli",      "Irwandi",  "Syahrul", "Yuliandri", "Masrizal", "Nofrizal",
                   "Darmansyah", "Alfian",   "Efrizal", "Yondri",    "Rahmad",   "Zulfikar",
                   "Andika",     "Rinaldi",  "Doni",    "Aprizal",   "Amrizal",  "Syafril"};
    g.maleSecond = {"Effendi", "Syahputra", "Arman",   "Saputra", "Hamdi",  "Bahar",
                    "Putra",   "Akbar",     "Hidayat", "Rahman",  "Syukri", "Mardianto"};
    g.femaleFirst = {"Yulnita",  "Desi",      "Nofriyanti", "Yusnimar", "Rosnelly", "Mardiah",
                     "Yulia",    "Elvi",      "Fitria",     "Mira",     "Yenni",    "Syafnidar",
                     "Rahmi",    "Zulfa",     "Yusmaniar",  "Reni",     "Rita",     "Yulianti",
                     "Ernawati", "Desmawati", "Lili",       "Yuniarti", "Yossi",    "Gusnita",
                     "Nurhasni", "Efrina",    "Yusnita",    "Rosmaini", "Warni",    "Zulaikha"};
    g.femaleSecond = {"Sari", "Marlina", "Oktaviani", "Novianti",  "Yusniar", "Elfira",
                      "Wati", "Yuliani", "Fitriani",  "Handayani", "Susanti", "Anggraini"};
    g.family = {"Chaniago", "Piliang", "Tanjung", "Koto", "Sikumbang", "Jambak"};
    return g;
}

NameGroup malay()
{
    NameGroup g;
    g.maleFirst = {"Muhammad", "Ahmad",  "Abdul", "Hendra",  "Syahrial", "Irwan",      "Fauzi",
                   "Hamdani",  "Zainal", "Ridho", "Faisal",  "Ikhsan",   "Hasan",      "Husin",
                   "Ismail",   "Umar",   "Yusuf", "Ibrahim", "Syarif",   "Zulkarnain", "Fahmi"};
    g.maleSecond = {"Rahman",  "Hamid",    "Aziz",     "Abidin",   "Hakim",     "Fauzan",
                    "Hidayat", "Ramadhan", "Iskandar", "Alamsyah", "Kurniawan", "Firmansyah"};
    g.femaleFirst = {"Siti",     "Nurul",     "Aisyah",   "Fatimah", "Rahma",      "Herlina",
                     "Marlina",  "Zubaidah",  "Khadijah", "Mariani", "Nurhasanah", "Hafsah",
                     "Maimunah", "Rosmawati", "Laila",    "Zahra",   "Salmah",     "Nurlela"};
    g.femaleSecond = {"Hidayah", "Azzahra",  "Rahmawati", "Handayani", "Kurniasih", "Maharani",
                      "Safitri", "Mardiana", "Sholehah",  "Fadhilah",  "Anggraini"};
    return g;
}

NameGroup bugis()
{
    NameGroup g;
    g.maleFirst = {"Muhammad",   "Syamsul",    "Ridwan",    "Hasanuddin",  "Arifin",
                   "Sulfikar",   "Rusdi",      "Amiruddin", "Haeruddin",   "Nasrullah",
                   "Baharuddin", "Jamaluddin", "Syahrir",   "Irfan",       "Ilham",
                   "Akbar",      "Ansar",      "Asdar",     "Syarifuddin", "Mustari",
                   "Kamaruddin", "Nurdin",     "Hamzah",    "Alimuddin",   "Sudirman",
                   "Asriadi",    "Muhlis",     "Abdul"};
    g.maleSecond = {"Bahri",  "Rahman", "Arsyad", "Amir",  "Kadir",  "Latif", "Tahir",   "Salam",
                    "Rasyid", "Sultan", "Hamid",  "Yusuf", "Ridwan", "Akbar", "Mansyur", "Jafar"};
    g.femaleFirst = {"Nurhayati", "Hasnawati", "Nurbaya",   "Hasniah",   "Rahmatia",  "Sumarni",
                     "Nurhaedah", "Hasmawati", "Rosdiana",  "Darmawati", "Hamsinah",  "Asmawati",
                     "Hasriani",  "Nurlina",   "Sukmawati", "Irmawati",  "Kasmawati", "Haslinda",
                     "Nuraeni",   "Ratnawati", "Jumriani",  "Hasnah",    "Suriani",   "Fatmawati"};
    g.femaleSecond = {"Aminah",    "Rahmawati", "Nurjannah", "Hasanah",   "Ramlah",    "Nurmiati",
                      "Hasnawati", "Rosmiati",  "Suryani",   "Nurhayati", "Sukmawati", "Hasmiah"};
    g.maleMarkers = {"Muh."};
    g.femaleMarkers = {"Sitti"};
    g.neutral = {"Andi"};
    return g;
}

NameGroup batak()
{
    NameGroup g;
    g.maleFirst = {"Tigor",   "Parulian", "Hotman",     "Binsar",  "Togar",     "Maruli",  "Bonar",
                   "Poltak",  "Sahat",    "Robert",     "Jhonson", "Hendrik",   "Ronald",  "Rudolf",
                   "Marihot", "Parlin",   "Hasudungan", "Sabar",   "Martua",    "Mangasi", "Horas",
                   "Hotlan",  "Maruba",   "Saut",       "Jonggi",  "Pangihutan"};
    g.maleSecond = {"Halomoan", "Parlindungan", "Mangapul", "Pardamean", "Tumpal"};
    g.femaleFirst = {"Dameria",  "Tiurma",   "Romauli", "Lasmaria", "Sondang", "Tiur",
                     "Rina",     "Lusiana",  "Erlina",  "Marintan", "Rotua",   "Hotnida",
                     "Nurhaida", "Herawati", "Lamria",  "Nurmaida", "Tetty",   "Sarma",
                     "Rosmery",  "Lenny",    "Merry",   "Junita",   "Rosita",  "Lasma"};
    g.femaleSecond = {"Rosintan", "Nurmauli", "Saulina", "Hotmaida"};
    g.family = {"Simanjuntak", "Siregar",   "Nasution",     "Harahap",    "Sitompul",
                "Hutagalung",  "Panjaitan", "Sinaga",       "Manurung",   "Situmorang",
                "Tambunan",    "Pardede",   "Lubis",        "Simatupang", "Hutapea",
                "Silalahi",    "Sianturi",  "Sihombing",    "Pasaribu",   "Simbolon",
                "Nainggolan",  "Hutabarat", "Lumbantobing", "Aritonang"};
    g.femaleMarkers = {"br."};
    return g;
}

NameGroup balinese()
{
    NameGroup g;
    g.maleFirst = {"Gede"};
    g.maleSecond = {"Sudarma",  "Artawan",  "Suparta",  "Budiarta", "Wirawan", "Suardana",
                    "Sukadana", "Mahendra", "Suarjana", "Darmawan", "Adnyana", "Sudiarta",
                    "Wiradana", "Sumerta",  "Arsana",   "Parwata"};
    g.femaleSecond = {"Ariani",     "Sukarmi",  "Astini",     "Suartini", "Sriani",
                      "Widiastuti", "Sukerti",  "Darmayanti", "Suciati",  "Puspawati",
                      "Ratnasari",  "Sumiarti", "Yuliastini", "Mariani"};
    g.maleMarkers = {"I", "Gusti", "Ngurah"};
    g.femaleMarkers = {"Ni", "Luh"};
    // Birth-order names, used by men and women alike.
    g.neutral = {"Wayan", "Putu", "Made", "Kadek", "Nyoman", "Komang", "Ketut", "Nengah"};
    return g;
}

NameGroup sasak()
{
    NameGroup g;
    g.maleFirst = {"Muhammad",    "Ahmad",        "Sahabudin", "Hamdan",  "Supardi",
                   "Sukri",       "Saparudin",    "Zainuddin", "Mahsun",  "Jamaludin",
                   "Hairul",      "Hasan",        "Abdullah",  "Sapri",   "Rusdi",
                   "Sahnan",      "Muhlis",       "Marzuki",   "Syamsul", "Khairul",
                   "Burhanuddin", "Fathurrahman", "Munawir",   "Ahyar",   "Junaidi"};
    g.maleSecond = {"Hidayat", "Azhar", "Fahrurrozi", "Mulyadi", "Ramli",
                    "Sukardi", "Hamdi", "Irwan",      "Saputra", "Rahman"};
    g.femaleFirst = {"Nurhidayati", "Sri",      "Hikmah",  "Nurhasanah", "Aminah",
                     "Sumiati",     "Rohani",   "Nuraini", "Halimah",    "Maesarah",
                     "Rabiah",      "Saniah",   "Hamidah", "Rukmini",    "Nurul",
                     "Murniati",    "Hirniati", "Sumarni", "Rahmatun",   "Zuhriah"};
    g.femaleSecond = {"Rahmawati", "Hasanah", "Wahyuni", "Aini",     "Fitriani",
                      "Handayani", "Susanti", "Apriani", "Nurhayati"};
    g.maleMarkers = {"Lalu"};
    g.femaleMarkers = {"Baiq"};
    return g;
}

NameGroup sumba()
{
    NameGroup g;
    g.maleFirst = {"Yohanes", "Petrus", "Paulus", "Markus", "Stefanus", "Yakobus"};
    g.femaleFirst = {"Maria", "Yuliana", "Elisabeth", "Martha", "Debora", "Yohana"};
    g.family = {"Paraing", "Kaborang", "Hunga",  "Pekuwali", "Lewa", "Kapita",
                "Windi",   "Meha",     "Nggiku", "Tanggu",   "Malo"};
    g.maleMarkers = {"Umbu"};
    g.femaleMarkers = {"Rambu"};
    g.neutral = {"Ndapa", "Neka",  "Rihi", "Pati", "Hina", "Lapu", "Kaledi",
                 "Ngana", "Djawa", "Tamu", "Hada", "Amah", "Ana",  "Kahi"};
    return g;
}

NameGroup christian()
{
    NameGroup g;
    g.maleFirst = {"Yohanes",   "Petrus",     "Paulus",    "Markus",   "Stefanus",
                   "Yosef",     "Fransiskus", "Agustinus", "Yakobus",  "Yulius",
                   "Melkianus", "Lukas",      "Matius",    "Antonius", "Simon",
                   "Frederik",  "Obed",       "Elias",     "Yonathan"};
    g.maleSecond = {"Benediktus", "Kornelis", "Dominikus", "Aloysius"};
    g.femaleFirst = {"Maria",     "Yuliana",    "Elisabeth", "Theresia", "Veronika",
                     "Agnes",     "Margaretha", "Yohana",    "Martha",   "Debora",
                     "Rosalina",  "Katarina",   "Fransiska", "Yosefina", "Anastasia",
                     "Magdalena", "Florentina", "Regina",    "Oktavia"};
    g.femaleSecond = {"Imakulata", "Goreti", "Paskalia", "Kristina"};
    g.family = {"Manek",     "Bria",      "Seran",    "Ratu",     "Sinlae",  "Tanone",
                "Tamonob",   "Fanggidae", "Lumentut", "Rumengan", "Wowor",   "Sondakh",
                "Rondonuwu", "Pattinama", "Tuhumury", "Siahaya",  "Wanggai", "Kaunang",
                "Nahak",     "Kolo",      "Ndolu",    "Boro"};
    return g;
}

std::vector<NameGroup> buildGroups()
{
    return {javanese(), sundanese(), minang(), malay(), bugis(),
            batak(),    balinese(),  sasak(),  sumba(), christian()};
}

} // namespace

const NameGroup &nameGroup(Ethnicity e)
{
    static const std::vector<NameGroup> groups = buildGroups();
    return groups.at(static_cast<size_t>(e));
}

bool isMuslimTradition(Ethnicity e)
{
    switch (e) {
    case Ethnicity::Javanese:
    case Ethnicity::Sundanese:
    case Ethnicity::Minang:
    case Ethnicity::Malay:
    case Ethnicity::Bugis:
    case Ethnicity::Sasak:
        return true;
    case Ethnicity::Batak:
    case Ethnicity::Balinese:
    case Ethnicity::Sumba:
    case Ethnicity::Christian:
        break;
    }
    return false;
}

} // namespace kinerja::demo
