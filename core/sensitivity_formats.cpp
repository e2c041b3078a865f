#include "sensitivity_formats.h"

#include "number_format.h"
#include "text_escape.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace splitbench {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench", text);
}

size_t at(int index)
{
    return static_cast<size_t>(index);
}

/// Rounds for output: breakevens keep 4 decimals (far finer than a slider step), other figures 3.
double rounded(double value, int decimals = 3)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale + 0.0;
}

QString modelId(const Catalogue &catalogue, int model)
{
    return catalogue.models[at(model)].id;
}
QString modelName(const Catalogue &catalogue, int model)
{
    return catalogue.models[at(model)].name;
}

QJsonValue takeoverToJson(const Catalogue &catalogue, const std::optional<Takeover> &takeover)
{
    if (!takeover)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("value"), rounded(takeover->value, 4)},
                       {QStringLiteral("model"), modelId(catalogue, takeover->model)}};
}

QJsonObject breakevenDetails(const Catalogue &catalogue, const TraitSweep &sweep)
{
    QJsonArray flips;
    for (const Breakeven &b : sweep.breakevens) {
        // Seen from the profile's value: moving the trait past this breakeven, this model leads.
        const int takesOver = b.value < sweep.current ? b.leaderBelow : b.leaderAbove;
        flips.append(QJsonObject{{QStringLiteral("value"), rounded(b.value, 4)},
                                 {QStringLiteral("shown"), formatBreakeven(b.value, sweep.current)},
                                 {QStringLiteral("below"), modelId(catalogue, b.leaderBelow)},
                                 {QStringLiteral("above"), modelId(catalogue, b.leaderAbove)},
                                 {QStringLiteral("takes_over"), modelId(catalogue, takesOver)}});
    }
    return {{QStringLiteral("current"), sweep.current},
            {QStringLiteral("flips"), flips},
            {QStringLiteral("takeover"),
             QJsonObject{{QStringLiteral("below"), takeoverToJson(catalogue, sweep.takeovers.below)},
                         {QStringLiteral("above"), takeoverToJson(catalogue, sweep.takeovers.above)}}},
            {QStringLiteral("sentence"), sweep.sentence}};
}

QJsonArray edgesToJson(const Catalogue &catalogue, const std::vector<DimensionEdge> &edges)
{
    QJsonArray array;
    for (const DimensionEdge &edge : edges)
        array.append(QJsonObject{{QStringLiteral("dimension"), catalogue.dimensions[at(edge.dimension)].id},
                                 {QStringLiteral("fit_first"), rounded(edge.fitFirst)},
                                 {QStringLiteral("fit_second"), rounded(edge.fitSecond)},
                                 {QStringLiteral("points"), rounded(edge.points)}});
    return array;
}

QJsonObject traitChangeToJson(const Catalogue &catalogue, const TraitChange &c)
{
    return {{QStringLiteral("trait"), catalogue.traits[at(c.trait)].id},
            {QStringLiteral("from"), rounded(c.from, 4)},
            {QStringLiteral("to"), rounded(c.to, 4)},
            {QStringLiteral("change"), rounded(c.to - c.from, 4)},
            {QStringLiteral("new_recommendation"), modelId(catalogue, c.newLeader)}};
}

QJsonArray costBreakevensToJson(const Catalogue &catalogue, const std::vector<CostBreakevens> &pairs,
                                 const QString &currency)
{
    QJsonArray array;
    for (const CostBreakevens &b : pairs)
        array.append(splitbench::costBreakevensToJson(catalogue, b, currency));
    return array;
}

QJsonValue whatWouldChangeToJson(const Catalogue &catalogue, const ChangeToFlip &change, bool trait)
{
    if (trait) {
        if (!change.trait)
            return QJsonValue::Null;
        QJsonObject object = traitChangeToJson(catalogue, *change.trait);
        object.insert(QStringLiteral("sentence"), change.traitSentence);
        return object;
    }
    if (!change.importance)
        return QJsonValue::Null;
    const ImportanceChange &c = *change.importance;
    QJsonObject object{{QStringLiteral("dimension"), catalogue.dimensions[at(c.dimension)].id},
                       {QStringLiteral("from"), rounded(c.from, 4)},
                       {QStringLiteral("to"), rounded(c.to, 4)},
                       {QStringLiteral("change"), rounded(c.delta(), 4)},
                       {QStringLiteral("new_recommendation"), modelId(catalogue, c.newLeader)},
                       {QStringLiteral("sentence"), change.importanceSentence}};
    object.insert(QStringLiteral("factor"), c.from > 0 ? QJsonValue(rounded(c.factor(), 4)) : QJsonValue::Null);
    return object;
}
} // namespace

QByteArray sensitivityToJson(const Catalogue &catalogue, const Profile &profile, const SensitivityResult &result,
                             const SensitivityJsonOptions &options)
{
    QJsonObject root;
    root.insert(QStringLiteral("profile"), profile.name);

    QJsonObject overall;
    for (int m = 0; m < static_cast<int>(result.overall.size()); ++m)
        overall.insert(modelId(catalogue, m), rounded(result.overall[at(m)]));
    root.insert(QStringLiteral("current"),
                QJsonObject{{QStringLiteral("recommended"), modelId(catalogue, result.recommended)},
                            {QStringLiteral("runner_up"), modelId(catalogue, result.runnerUp)},
                            {QStringLiteral("margin"), rounded(result.margin)},
                            {QStringLiteral("overall"), overall}});

    QJsonObject breakeven;
    QJsonObject details;
    for (const TraitSweep &sweep : result.sweeps) {
        QJsonArray values;
        for (const Breakeven &b : sweep.breakevens)
            values.append(rounded(b.value, 4));
        const QString id = catalogue.traits[at(sweep.trait)].id;
        breakeven.insert(id, values);
        details.insert(id, breakevenDetails(catalogue, sweep));
    }
    root.insert(QStringLiteral("breakeven"), breakeven);
    root.insert(QStringLiteral("breakeven_details"), details);

    QJsonArray tornado;
    for (const TornadoBar &bar : result.tornado)
        tornado.append(
            QJsonObject{{QStringLiteral("trait"), catalogue.traits[at(bar.trait)].id},
                        {QStringLiteral("low"), rounded(bar.low)},
                        {QStringLiteral("high"), rounded(bar.high)},
                        {QStringLiteral("swing"), rounded(bar.swing)},
                        {QStringLiteral("near"), QJsonObject{{QStringLiteral("from"), rounded(bar.nearFrom)},
                                                             {QStringLiteral("to"), rounded(bar.nearTo)},
                                                             {QStringLiteral("low"), rounded(bar.nearLow)},
                                                             {QStringLiteral("high"), rounded(bar.nearHigh)},
                                                             {QStringLiteral("swing"), rounded(bar.nearSwing)},
                                                             {QStringLiteral("low_rival"), modelId(catalogue, bar.nearLowRival)},
                                                             {QStringLiteral("high_rival"), modelId(catalogue, bar.nearHighRival)}}},
                        {QStringLiteral("low_rival"), modelId(catalogue, bar.lowRival)},
                        {QStringLiteral("high_rival"), modelId(catalogue, bar.highRival)}});
    root.insert(QStringLiteral("tornado"), tornado);
    root.insert(QStringLiteral("tornado_margin"),
                QJsonObject{{QStringLiteral("of"), modelId(catalogue, result.recommended)},
                            {QStringLiteral("over"), modelId(catalogue, result.runnerUp)},
                            {QStringLiteral("against"), QStringLiteral("best_other_model")},
                            {QStringLiteral("window"), result.tornadoWindow}});

    const MonteCarloResult &mc = result.monteCarlo;
    QJsonObject winProbability;
    for (int m = 0; m < static_cast<int>(mc.winProbability.size()); ++m)
        winProbability.insert(modelId(catalogue, m), rounded(mc.winProbability[at(m)], 5));
    root.insert(QStringLiteral("win_probability"), winProbability);
    const QString currency = profile.organisation.value_or(Organisation{}).currency;
    QJsonObject cheapestProbability;
    for (int m = 0; m < static_cast<int>(mc.cheapestProbability.size()); ++m)
        cheapestProbability.insert(modelId(catalogue, m), rounded(mc.cheapestProbability[at(m)], 5));
    root.insert(QStringLiteral("cost"), QJsonObject{{QStringLiteral("price_uncertainty_percent"),
                                                     rounded(mc.priceUncertaintyPercent, 3)},
                                                    {QStringLiteral("term_months"), mc.costTermMonths},
                                                    {QStringLiteral("currency"), currency},
                                                    {QStringLiteral("cheapest_probability"), cheapestProbability},
                                                    {QStringLiteral("sentence"), mc.costSentence}});
    root.insert(QStringLiteral("margin"), QJsonObject{{QStringLiteral("of"), modelId(catalogue, mc.reference)},
                                                      {QStringLiteral("mean"), rounded(mc.marginMean)},
                                                      {QStringLiteral("p5"), rounded(mc.marginP5)},
                                                      {QStringLiteral("p50"), rounded(mc.marginP50)},
                                                      {QStringLiteral("p95"), rounded(mc.marginP95)},
                                                      {QStringLiteral("min"), rounded(mc.marginMin)},
                                                      {QStringLiteral("max"), rounded(mc.marginMax)}});
    QJsonArray counts;
    for (int count : mc.histogram.counts)
        counts.append(count);
    root.insert(QStringLiteral("margin_histogram"),
                QJsonObject{{QStringLiteral("from"), rounded(mc.histogram.from)},
                            {QStringLiteral("bin_width"), rounded(mc.histogram.binWidth, 6)},
                            {QStringLiteral("counts"), counts}});
    root.insert(QStringLiteral("seed"), static_cast<qint64>(mc.seed));
    root.insert(QStringLiteral("samples"), mc.samples);
    QJsonObject traitUncertainty;
    for (int t = 0;
         t < static_cast<int>(profile.traitUncertainty.size()) && t < static_cast<int>(catalogue.traits.size()); ++t)
        traitUncertainty.insert(catalogue.traits[at(t)].id, profile.traitUncertainty[at(t)]);
    root.insert(QStringLiteral("uncertainty"),
                QJsonObject{{QStringLiteral("traits"), traitUncertainty},
                            {QStringLiteral("importance"), profile.importanceUncertainty}});

    const HeadToHead &h2h = result.headToHead;
    root.insert(QStringLiteral("head_to_head"),
                QJsonObject{{QStringLiteral("first"), modelId(catalogue, h2h.first)},
                            {QStringLiteral("second"), modelId(catalogue, h2h.second)},
                            {QStringLiteral("first_strengths"), edgesToJson(catalogue, h2h.firstStrengths)},
                            {QStringLiteral("second_strengths"), edgesToJson(catalogue, h2h.secondStrengths)},
                            {QStringLiteral("sentences"), QJsonArray{h2h.firstSentence, h2h.secondSentence}}});
    QJsonObject perModel;
    for (int m = 0; m < static_cast<int>(result.changeToFlip.traitPerModel.size()); ++m) {
        if (m == result.recommended)
            continue;
        const std::optional<TraitChange> &c = result.changeToFlip.traitPerModel[at(m)];
        perModel.insert(modelId(catalogue, m), c ? QJsonValue(traitChangeToJson(catalogue, *c)) : QJsonValue::Null);
    }
    root.insert(
        QStringLiteral("what_would_change"),
        QJsonObject{{QStringLiteral("trait"), whatWouldChangeToJson(catalogue, result.changeToFlip, true)},
                    {QStringLiteral("importance"), whatWouldChangeToJson(catalogue, result.changeToFlip, false)},
                    {QStringLiteral("trait_per_model"), perModel},
                    {QStringLiteral("models_sentence"), result.changeToFlip.modelsSentence},
                    {QStringLiteral("cost"), costBreakevensToJson(catalogue, result.changeToFlip.cost, currency)},
                    {QStringLiteral("cost_sentence"), result.changeToFlip.costSentence}});

    QJsonArray sentences;
    for (const TraitSweep &sweep : result.sweeps)
        if (!sweep.breakevens.empty())
            sentences.append(sweep.sentence);
    sentences.append(mc.sentence);
    sentences.append(h2h.firstSentence);
    sentences.append(h2h.secondSentence);
    sentences.append(result.changeToFlip.traitSentence);
    sentences.append(result.changeToFlip.importanceSentence);
    if (!result.changeToFlip.modelsSentence.isEmpty())
        sentences.append(result.changeToFlip.modelsSentence);
    for (const CostBreakevens &b : result.changeToFlip.cost)
        sentences.append(b.sentence);
    if (!mc.costSentence.isEmpty())
        sentences.append(mc.costSentence);
    root.insert(QStringLiteral("sentences"), sentences);

    if (options.includeCurves && !result.sweeps.empty()) {
        QJsonArray positions;
        for (double x : result.sweeps.front().positions)
            positions.append(x);
        QJsonObject curves;
        for (const TraitSweep &sweep : result.sweeps) {
            QJsonObject perModel;
            for (int m = 0; m < static_cast<int>(sweep.overall.size()); ++m) {
                QJsonArray values;
                for (double v : sweep.overall[at(m)])
                    values.append(rounded(v));
                perModel.insert(modelId(catalogue, m), values);
            }
            curves.insert(catalogue.traits[at(sweep.trait)].id, perModel);
        }
        root.insert(QStringLiteral("curves"),
                    QJsonObject{{QStringLiteral("positions"), positions}, {QStringLiteral("overall"), curves}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray sensitivityToCsv(const Catalogue &catalogue, const SensitivityResult &result)
{
    QStringList lines{QStringLiteral(
        "trait,current,below_value,below_shown,below_takes_over,above_value,above_shown,above_takes_over,"
        "margin_at_0,ahead_at_0,margin_at_100,ahead_at_100,swing")};
    const auto number = [](double value, int decimals) { return QString::number(rounded(value, decimals), 'g', 12); };
    for (const TraitSweep &sweep : result.sweeps) {
        QStringList fields{catalogue.traits[at(sweep.trait)].id, number(sweep.current, 4)};
        for (const std::optional<Takeover> &t : {sweep.takeovers.below, sweep.takeovers.above}) {
            if (t)
                fields << number(t->value, 4) << formatBreakeven(t->value, sweep.current).replace(u',', u'.')
                       << modelId(catalogue, t->model);
            else
                fields << QString() << QString() << QString();
        }
        const auto bar = std::find_if(result.tornado.begin(), result.tornado.end(),
                                      [&](const TornadoBar &b) { return b.trait == sweep.trait; });
        if (bar != result.tornado.end()) {
            const auto ahead = [&](double margin, int rival) {
                return modelId(catalogue, margin < 0 && rival >= 0 ? rival : result.recommended);
            };
            fields << number(bar->low, 3) << ahead(bar->low, bar->lowRival) << number(bar->high, 3)
                   << ahead(bar->high, bar->highRival) << number(bar->swing, 3);
        } else {
            fields << QString() << QString() << QString() << QString() << QString();
        }
        lines << fields.join(u',');
    }
    // Cost breakevens of the recommended model with each model compared (docs/sensitivity.md): the quantity in
    // place of a trait, today's value, and past the breakeven the model that becomes the cheaper one.
    for (const CostBreakevens &b : result.changeToFlip.cost) {
        const int other = b.cheaper == result.recommended ? b.dearer : b.cheaper;
        const auto row = [&](const QString &quantity, double current, const std::optional<double> &below,
                             const std::optional<double> &above, CostQuantity kind) {
            QStringList fields{QStringLiteral("cost_%1:%2").arg(quantity, modelId(catalogue, other)),
                               number(current, 4)};
            const auto side = [&](const std::optional<double> &value) {
                if (!value || b.aboutEqual)
                    return QStringList{QString(), QString(), QString()};
                const double shown = roundCostBreakeven(*value, current, kind);
                return QStringList{number(*value, 4),
                                   QString::number(shown, 'f', kind == CostQuantity::Money && shown < 100 ? 2 : 0),
                                   modelId(catalogue, b.dearer)};
            };
            fields << side(below) << side(above) << QString() << QString() << QString() << QString() << QString();
            lines << fields.join(u',');
        };
        row(QStringLiteral("users"), b.users, b.usersBelow, b.usersAbove, CostQuantity::Users);
        row(QStringLiteral("salary"), b.salary, b.salaryBelow, b.salaryAbove, CostQuantity::Money);
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QString sensitivityToText(const Catalogue &catalogue, const Profile &profile, const SensitivityResult &result)
{
    QString out;
    QTextStream s(&out);
    const QString first = modelName(catalogue, result.recommended);
    const QString second = modelName(catalogue, result.runnerUp);
    if (!profile.name.isEmpty())
        s << tr("Profile: %1").arg(profile.name) << '\n';
    s << tr("Recommended: %1 (%2) ahead of %3 (%4), margin %5")
             .arg(first, QString::number(result.overall[at(result.recommended)], 'f', 1), second,
                  QString::number(result.overall[at(result.runnerUp)], 'f', 1),
                  QString::number(result.margin, 'f', 1))
      << "\n\n";

    s << tr("Breakevens: each trait from 0 to 100, everything else unchanged") << '\n';
    s << "  " << QStringLiteral("%1").arg(tr("Trait"), -30) << QStringLiteral("%1").arg(tr("Now"), 6) << "   "
      << tr("Lead changes at") << '\n';
    for (const TraitSweep &sweep : result.sweeps) {
        QStringList flips;
        for (const Breakeven &b : sweep.breakevens)
            flips << tr("%1 (%2 below, %3 above)")
                         .arg(formatBreakeven(b.value, sweep.current), modelName(catalogue, b.leaderBelow),
                              modelName(catalogue, b.leaderAbove));
        s << "  " << QStringLiteral("%1").arg(catalogue.traits[at(sweep.trait)].name.left(29), -30)
          << QStringLiteral("%1").arg(formatValue(sweep.current), 6) << "   "
          << (flips.isEmpty() ? tr("none") : flips.join(tr("; "))) << '\n';
    }
    for (const TraitSweep &sweep : result.sweeps)
        if (!sweep.breakevens.empty())
            s << "  - " << sweep.sentence << '\n';

    s << '\n'
      << tr("Tornado: margin of %1 over the best other model with the trait at 0 and at 100").arg(first) << '\n';
    s << "  " << QStringLiteral("%1").arg(tr("Trait"), -30) << QStringLiteral("%1").arg(tr("at 0"), 9)
      << QStringLiteral("%1").arg(tr("at 100"), 9) << QStringLiteral("%1").arg(tr("swing"), 9)
      << QStringLiteral("%1").arg(tr("near now"), 10) << "   " << tr("Ahead at 0 / at 100") << '\n';
    for (const TornadoBar &bar : result.tornado) {
        // Who leads at each end: the recommendation, or the best other model where the margin is negative.
        const auto ahead = [&](double margin, int rival) {
            return modelName(catalogue, margin < 0 ? rival : result.recommended);
        };
        s << "  " << QStringLiteral("%1").arg(catalogue.traits[at(bar.trait)].name.left(29), -30)
          << QStringLiteral("%1").arg(bar.low, 9, 'f', 1) << QStringLiteral("%1").arg(bar.high, 9, 'f', 1)
          << QStringLiteral("%1").arg(bar.swing, 9, 'f', 1) << QStringLiteral("%1").arg(bar.nearSwing, 10, 'f', 1)
          << "   " << ahead(bar.low, bar.lowRival) << " / " << ahead(bar.high, bar.highRival) << '\n';
    }
    s << "  "
      << tr("\"near now\": swing within ±%1 of the current value (clipped to 0–100).")
             .arg(formatValue(result.tornadoWindow))
      << '\n';

    const MonteCarloResult &mc = result.monteCarlo;
    s << '\n' << tr("Robustness: %1 samples, seed %2").arg(formatCount(mc.samples), QString::number(mc.seed)) << '\n';
    for (int m = 0; m < static_cast<int>(mc.winProbability.size()); ++m)
        s << "  " << QStringLiteral("%1").arg(modelName(catalogue, m).left(29), -30)
          << QStringLiteral("%1%").arg(mc.winProbability[at(m)] * 100.0, 6, 'f', 1) << '\n';
    s << "  "
      << tr("Margin of %1 over the best alternative: mean %2, 5th percentile %3, median %4, 95th percentile %5")
             .arg(modelName(catalogue, mc.reference), QString::number(mc.marginMean, 'f', 1),
                  QString::number(mc.marginP5, 'f', 1), QString::number(mc.marginP50, 'f', 1),
                  QString::number(mc.marginP95, 'f', 1))
      << '\n';
    s << "  " << mc.sentence << '\n';
    if (!mc.cheapestProbability.empty()) {
        s << '\n'
          << tr("Chance of costing least: over %1 months, provider prices and IT salary within ±%2%")
                 .arg(QString::number(mc.costTermMonths), formatValue(mc.priceUncertaintyPercent))
          << '\n';
        for (int m = 0; m < static_cast<int>(mc.cheapestProbability.size()); ++m)
            s << "  " << QStringLiteral("%1").arg(modelName(catalogue, m).left(29), -30)
              << QStringLiteral("%1%").arg(mc.cheapestProbability[at(m)] * 100.0, 6, 'f', 1) << '\n';
        s << "  " << mc.costSentence << '\n';
    }

    s << '\n' << tr("Head to head") << '\n';
    s << "  " << result.headToHead.firstSentence << '\n';
    s << "  " << result.headToHead.secondSentence << '\n';

    s << '\n' << tr("What would change the answer") << '\n';
    s << "  " << result.changeToFlip.traitSentence << '\n';
    s << "  " << result.changeToFlip.importanceSentence << '\n';
    if (!result.changeToFlip.modelsSentence.isEmpty())
        s << "  " << result.changeToFlip.modelsSentence << '\n';
    for (const CostBreakevens &b : result.changeToFlip.cost)
        s << "  " << b.sentence << '\n';
    // Names and texts come from files: a terminal shown this text must not act on them.
    return escapeControlCharacters(out, KeepLayout::LineBreaksAndTabs);
}

} // namespace splitbench
