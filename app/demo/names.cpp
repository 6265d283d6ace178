#include "names.h"

#include "rng.h"

#include <QSet>

namespace kinerja::demo {

namespace {

QString pick(Rng &rng, const std::vector<const char *> &words)
{
    if (words.empty())
        return {};
    return QLatin1String(words.at(static_cast<size_t>(rng.below(words.size()))));
}

// Appends `word` unless it is empty or already the last word.
void add(QStringList &parts, const QString &word)
{
    if (!word.isEmpty() && (parts.isEmpty() || parts.constLast() != word))
        parts.append(word);
}

// Words that are hardly ever a whole given name on their own ("Sri Wahyuni").
bool needsSecondName(const QString &word)
{
    static const char *const words[] = {"Sri", "Siti", "Nurul", "Muhammad", "Ahmad", "Abdul"};
    for (const char *w : words) {
        if (word == QLatin1String(w))
            return true;
    }
    return false;
}

QStringList balinese(Rng &rng, const NameGroup &g, bool male)
{
    QStringList parts;
    if (male) {
        add(parts, QStringLiteral("I"));
        if (rng.chance(80)) {
            add(parts, QStringLiteral("Gusti"));
            add(parts, QStringLiteral("Ngurah"));
        } else {
            add(parts, rng.chance(250) ? pick(rng, g.maleFirst) : pick(rng, g.neutral));
        }
        add(parts, pick(rng, g.maleSecond));
    } else {
        add(parts, QStringLiteral("Ni"));
        if (rng.chance(400))
            add(parts, QStringLiteral("Luh"));
        add(parts, pick(rng, g.neutral));
        add(parts, pick(rng, g.femaleSecond));
    }
    return parts;
}

QStringList sumba(Rng &rng, const NameGroup &g, bool male)
{
    QStringList parts;
    if (rng.chance(450))
        add(parts, pick(rng, male ? g.maleFirst : g.femaleFirst));
    add(parts, male ? QStringLiteral("Umbu") : QStringLiteral("Rambu"));
    add(parts, pick(rng, g.neutral));
    if (rng.chance(500))
        add(parts, pick(rng, g.family));
    return parts;
}

QStringList common(Rng &rng, Ethnicity e, const NameGroup &g, bool male)
{
    const std::vector<const char *> &first = male ? g.maleFirst : g.femaleFirst;
    const std::vector<const char *> &second = male ? g.maleSecond : g.femaleSecond;
    QStringList parts;
    switch (e) {
    case Ethnicity::Bugis:
        if (rng.chance(150))
            add(parts, QStringLiteral("Andi"));
        if (male && rng.chance(150))
            add(parts, QStringLiteral("Muh."));
        if (!male && rng.chance(200))
            add(parts, QStringLiteral("Sitti"));
        break;
    case Ethnicity::Sasak:
        if (rng.chance(300))
            add(parts, male ? QStringLiteral("Lalu") : QStringLiteral("Baiq"));
        break;
    default:
        break;
    }

    // Older Javanese often carry one name only ("Sutrisno").
    if (e == Ethnicity::Javanese && rng.chance(150)) {
        add(parts, pick(rng, second));
        return parts;
    }
    const QString given = pick(rng, first);
    add(parts, given);
    int secondPermille = 650;
    if (e == Ethnicity::Javanese || e == Ethnicity::Sundanese || e == Ethnicity::Malay)
        secondPermille = 750;
    else if (e == Ethnicity::Batak || e == Ethnicity::Christian)
        secondPermille = 250;
    if (needsSecondName(given) || rng.chance(secondPermille))
        add(parts, pick(rng, second));

    if (e == Ethnicity::Batak) {
        if (!male && rng.chance(400))
            add(parts, QStringLiteral("br."));
        add(parts, pick(rng, g.family));
    } else if (e == Ethnicity::Christian) {
        if (rng.chance(900))
            add(parts, pick(rng, g.family));
    } else if (e == Ethnicity::Minang && rng.chance(150)) {
        add(parts, pick(rng, g.family));
    }
    return parts;
}

struct GenderWords {
    QSet<QString> male;
    QSet<QString> female;
};

void addWords(QSet<QString> &set, const std::vector<const char *> &entries)
{
    for (const char *entry : entries) {
        const QStringList words =
            QString::fromLatin1(entry).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &w : words)
            set.insert(w);
    }
}

const GenderWords &genderWords()
{
    static const GenderWords words = [] {
        GenderWords w;
        for (int i = 0; i < kEthnicityCount; ++i) {
            const NameGroup &g = nameGroup(static_cast<Ethnicity>(i));
            addWords(w.male, g.maleFirst);
            addWords(w.male, g.maleSecond);
            addWords(w.male, g.maleMarkers);
            addWords(w.female, g.femaleFirst);
            addWords(w.female, g.femaleSecond);
            addWords(w.female, g.femaleMarkers);
        }
        return w;
    }();
    return words;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

} // namespace

QString makeName(Rng &rng, Ethnicity e, Gender gender)
{
    const bool male = gender != Gender::Female;
    const NameGroup &g = nameGroup(e);
    QStringList parts;
    if (e == Ethnicity::Balinese)
        parts = balinese(rng, g, male);
    else if (e == Ethnicity::Sumba)
        parts = sumba(rng, g, male);
    else
        parts = common(rng, e, g, male);
    return parts.join(QLatin1Char(' '));
}

Gender genderOfName(const QString &name)
{
    const GenderWords &w = genderWords();
    bool male = false;
    bool female = false;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        male = male || w.male.contains(word);
        female = female || w.female.contains(word);
    }
    if (male == female)
        return Gender::Unknown;
    return male ? Gender::Male : Gender::Female;
}

QStringList maleNameWords()
{
    return sorted(genderWords().male);
}

QStringList femaleNameWords()
{
    return sorted(genderWords().female);
}

} // namespace kinerja::demo
