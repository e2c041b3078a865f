// The German catalogue: the English one in other words. Same ids, owners, shares, RACI letters and numbers,
// so profiles (which store ids only) open, score and save the same with either.
#include "catalogue.h"
#include "example_profiles.h"
#include "fit_engine.h"
#include "profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <gtest/gtest.h>

namespace splitbench {
namespace {

const Catalogue &english()
{
    return Catalogue::builtIn();
}

const Catalogue &german()
{
    return Catalogue::builtIn(QStringLiteral("de"));
}

/// Every text of a catalogue, in a fixed order, with where it is.
std::vector<std::pair<QString, QString>> texts(const Catalogue &c)
{
    std::vector<std::pair<QString, QString>> all;
    for (const ServiceModel &m : c.models) {
        all.emplace_back(m.id + QStringLiteral(".name"), m.name);
        all.emplace_back(m.id + QStringLiteral(".summary"), m.summary);
    }
    for (const Trait &t : c.traits)
        for (const auto &[key, text] : {std::pair{"name", t.name}, std::pair{"description", t.description},
                                        std::pair{"low_label", t.lowLabel}, std::pair{"high_label", t.highLabel}})
            all.emplace_back(t.id + u'.' + QLatin1String(key), text);
    for (const Dimension &d : c.dimensions) {
        all.emplace_back(d.id + QStringLiteral(".name"), d.name);
        all.emplace_back(d.id + QStringLiteral(".short_name"), d.shortName);
        all.emplace_back(d.id + QStringLiteral(".summary"), d.summary);
        for (size_t m = 0; m < d.descriptions.size(); ++m)
            all.emplace_back(d.id + QStringLiteral(".descriptions.") + c.models[m].id, d.descriptions[m]);
        for (size_t a = 0; a < d.affinities.size(); ++a)
            all.emplace_back(d.id + QStringLiteral(".affinities.%1").arg(a), d.affinities[a].rationale);
        for (const Activity &a : d.activities) {
            all.emplace_back(d.id + u'.' + a.id, a.name);
            all.emplace_back(d.id + u'.' + a.id + QStringLiteral(".handover"), a.handover);
        }
    }
    return all;
}

TEST(CatalogueTranslation, GermanFileLoadsWithTheStrictLoader)
{
    const Loaded<Catalogue> loaded = Catalogue::load(QStringLiteral(SPLITBENCH_SOURCE_DIR "/resources/catalogue.de.json"));
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded.value().toJson(), german().toJson()) << "the built-in German catalogue is the file in resources/";
    EXPECT_TRUE(Catalogue::builtInLanguages().contains(QStringLiteral("de")));
    EXPECT_EQ(Catalogue::builtInLanguages().first(), QStringLiteral("en"));
}

TEST(CatalogueTranslation, UnknownLanguagesGetTheEnglishCatalogue)
{
    EXPECT_EQ(&Catalogue::builtIn(QStringLiteral("en")), &english());
    EXPECT_EQ(&Catalogue::builtIn(QStringLiteral("fr")), &english());
    EXPECT_EQ(&Catalogue::builtIn(QString()), &english());
    EXPECT_EQ(&Catalogue::builtIn(QStringLiteral("de")), &german()); // loaded once, then shared
}

TEST(CatalogueTranslation, SameIdsOwnersSharesRaciAndNumbers)
{
    const Catalogue &en = english();
    const Catalogue &de = german();
    ASSERT_EQ(en.models.size(), de.models.size());
    for (size_t m = 0; m < en.models.size(); ++m) {
        EXPECT_EQ(en.models[m].id, de.models[m].id);
        EXPECT_EQ(en.models[m].basedOn, de.models[m].basedOn);
    }
    ASSERT_EQ(en.traits.size(), de.traits.size());
    for (size_t t = 0; t < en.traits.size(); ++t) {
        EXPECT_EQ(en.traits[t].id, de.traits[t].id);
        EXPECT_EQ(en.traits[t].defaultValue, de.traits[t].defaultValue) << en.traits[t].id.toStdString();
    }
    ASSERT_EQ(en.dimensions.size(), de.dimensions.size());
    for (size_t d = 0; d < en.dimensions.size(); ++d) {
        const Dimension &a = en.dimensions[d];
        const Dimension &b = de.dimensions[d];
        SCOPED_TRACE(a.id.toStdString());
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.baseInternalShare, b.baseInternalShare);
        EXPECT_EQ(a.descriptions.size(), b.descriptions.size());
        ASSERT_EQ(a.affinities.size(), b.affinities.size());
        for (size_t i = 0; i < a.affinities.size(); ++i) {
            EXPECT_EQ(a.affinities[i].trait, b.affinities[i].trait);
            EXPECT_EQ(a.affinities[i].weight, b.affinities[i].weight);
        }
        ASSERT_EQ(a.activities.size(), b.activities.size());
        for (size_t i = 0; i < a.activities.size(); ++i) {
            EXPECT_EQ(a.activities[i].id, b.activities[i].id);
            // Owner, provider share and both RACI sets, for every model.
            EXPECT_EQ(a.activities[i].byModel, b.activities[i].byModel) << a.activities[i].id.toStdString();
            EXPECT_EQ(a.activities[i].dependsOn, b.activities[i].dependsOn) << a.activities[i].id.toStdString();
        }
    }
}

TEST(CatalogueTranslation, EveryTextIsGerman)
{
    const auto en = texts(english());
    const auto de = texts(german());
    ASSERT_EQ(en.size(), de.size());
    // Words German uses as they are; anything else left equal to the English is a forgotten translation.
    const QSet<QString> sameInBoth{QStringLiteral("Compliance"), QStringLiteral("Mentoring")};
    for (size_t i = 0; i < en.size(); ++i) {
        ASSERT_EQ(en[i].first, de[i].first);
        EXPECT_FALSE(de[i].second.trimmed().isEmpty()) << de[i].first.toStdString();
        if (!sameInBoth.contains(en[i].second)) {
            EXPECT_NE(en[i].second, de[i].second) << "not translated: " << de[i].first.toStdString();
        }
    }
    EXPECT_EQ(german().models[0].name, QStringLiteral("Vollständig verwaltet"));
    EXPECT_EQ(german().models[1].name, QStringLiteral("Gemeinsam verwaltet"));
}

TEST(CatalogueTranslation, ShortNamesStayShortForTheRadarAxes)
{
    for (const Dimension &d : german().dimensions)
        EXPECT_LE(d.shortName.size(), 15) << d.shortName.toStdString();
}

TEST(CatalogueTranslation, ProfilesAreInterchangeable)
{
    const QDir examples(QStringLiteral(SPLITBENCH_EXAMPLES));
    const QStringList files = examples.entryList({QStringLiteral("*.splitbench.json")}, QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty());
    for (const QString &name : files) {
        SCOPED_TRACE(name.toStdString());
        QFile file(examples.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const Loaded<Profile> en = Profile::parse(bytes, name, english());
        const Loaded<Profile> de = Profile::parse(bytes, name, german());
        ASSERT_TRUE(en) << en.error().toString().toStdString();
        ASSERT_TRUE(de) << de.error().toString().toStdString();
        EXPECT_EQ(en.value(), de.value());
        // Saved from either catalogue, the file is the same: it holds ids, never catalogue text.
        EXPECT_EQ(en.value().toJson(english()), de.value().toJson(german()));
        const FitResult a = FitEngine(english()).score(en.value());
        const FitResult b = FitEngine(german()).score(de.value());
        EXPECT_EQ(a.overall, b.overall);
        EXPECT_EQ(a.recommended, b.recommended);
    }

    // A custom model made in the German workbench opens with the English catalogue, and back.
    Profile profile = Profile::defaults(german());
    profile.customModels.push_back(CustomModel::copyOf(german(), 1, QStringLiteral("custom_1"), QStringLiteral("Angebot")));
    const QByteArray saved = profile.toJson(german());
    const Loaded<Profile> inEnglish = Profile::parse(saved, QStringLiteral("saved"), english());
    ASSERT_TRUE(inEnglish) << inEnglish.error().toString().toStdString();
    EXPECT_EQ(inEnglish.value().toJson(english()), saved);
}

TEST(CatalogueTranslation, GermanExamplesDifferOnlyInNamesAndNotes)
{
    const std::vector<ExampleProfile> en = builtInExamples(english());
    const std::vector<ExampleProfile> de = builtInExamples(german(), QStringLiteral("de"));
    ASSERT_EQ(en.size(), de.size());
    ASSERT_FALSE(en.empty());
    for (size_t i = 0; i < en.size(); ++i) {
        SCOPED_TRACE(en[i].resourcePath.toStdString());
        EXPECT_EQ(QFileInfo(en[i].resourcePath).fileName(), QFileInfo(de[i].resourcePath).fileName());
        EXPECT_TRUE(de[i].resourcePath.contains(QLatin1String("/examples/de/")));
        Profile a = en[i].profile;
        Profile b = de[i].profile;
        EXPECT_NE(a.name, b.name);
        EXPECT_EQ(a.notes.keys(), b.notes.keys());
        for (const QString &key : a.notes.keys())
            EXPECT_NE(a.notes.value(key), b.notes.value(key)) << "note not translated: " << key.toStdString();
        a.name = b.name;
        a.notes = b.notes;
        // A workshop's people keep their names; their roles and notes are translated.
        ASSERT_EQ(a.participants.size(), b.participants.size());
        for (size_t p = 0; p < a.participants.size(); ++p) {
            Participant &person = a.participants[p];
            const Participant &translated = b.participants[p];
            EXPECT_EQ(person.name, translated.name);
            if (!person.role.isEmpty()) {
                EXPECT_NE(person.role, translated.role) << "role not translated: " << person.id.toStdString();
            }
            EXPECT_EQ(person.notes.keys(), translated.notes.keys());
            for (const QString &key : person.notes.keys())
                EXPECT_NE(person.notes.value(key), translated.notes.value(key)) << "note not translated: " << key.toStdString();
            person.role = translated.role;
            person.notes = translated.notes;
        }
        // Scenarios keep their ids and values; their names are translated.
        ASSERT_EQ(a.scenarios.size(), b.scenarios.size());
        for (size_t sc = 0; sc < a.scenarios.size(); ++sc) {
            EXPECT_NE(a.scenarios[sc].name, b.scenarios[sc].name)
                << "scenario name not translated: " << a.scenarios[sc].id.toStdString();
            a.scenarios[sc].name = b.scenarios[sc].name;
        }
        EXPECT_EQ(a, b) << "trait values, weights and uncertainty must be the same in every language";
    }
    // No translation: the English examples.
    EXPECT_EQ(builtInExamples(english(), QStringLiteral("fr")).size(), en.size());
    EXPECT_EQ(builtInExamples(english(), QStringLiteral("fr")).front().resourcePath, en.front().resourcePath);
}

} // namespace
} // namespace splitbench
