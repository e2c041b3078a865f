#include "recommendation_banner.h"

#include "accessibility.h"
#include "display_text.h"
#include "number_format.h"
#include "profile_document.h"
#include "stable_height_holder.h"
#include "theme.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace splitbench::gui {

namespace {
QString swatch(const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1\">&#9632;</span>").arg(color.name());
}
} // namespace

RecommendationBanner::RecommendationBanner(ProfileDocument *document, QWidget *parent)
    : QFrame(parent), m_document(document), m_headline(new QLabel(this)), m_scores(new QLabel(this)),
      m_cost(new QLabel(this)), m_reasons(new QLabel(this))
{
    setObjectName(QStringLiteral("recommendationBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("Recommendation"));

    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.35);
    m_headline->setFont(headlineFont);
    m_headline->setObjectName(QStringLiteral("bannerHeadline"));
    m_scores->setObjectName(QStringLiteral("bannerScores"));
    m_reasons->setObjectName(QStringLiteral("bannerReasons"));
    m_reasons->setWordWrap(true);
    m_scores->setWordWrap(true); // long model names, or German, need a second line on a laptop screen
    m_cost->setObjectName(QStringLiteral("bannerCost"));
    m_cost->setWordWrap(true);
    for (QLabel *label : {m_headline, m_scores, m_cost, m_reasons}) {
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(3);
    layout->addWidget(m_headline);
    layout->addWidget(new StableHeightHolder(m_scores, this));
    m_costHolder = new StableHeightHolder(m_cost, this);
    layout->addWidget(m_costHolder);
    m_reasonsHolder = new StableHeightHolder(m_reasons, this);
    layout->addWidget(m_reasonsHolder);

    connect(document, &ProfileDocument::resultChanged, this, &RecommendationBanner::refresh);
    connect(document, &ProfileDocument::costsChanged, this, &RecommendationBanner::refresh);
    refresh();
}

QString RecommendationBanner::headline() const
{
    return m_headline->text();
}
QString RecommendationBanner::scores() const
{
    return m_scores->text();
}
QString RecommendationBanner::cost() const
{
    return m_cost->text();
}
QString RecommendationBanner::reasons() const
{
    return m_reasons->text();
}

void RecommendationBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        refresh(); // model colours differ between light and dark
    QFrame::changeEvent(event);
}

void RecommendationBanner::refresh()
{
    const Catalogue &catalogue = m_document->catalogue();
    const FitResult &result = m_document->result();
    const auto name = [&](int model) {
        return shortName(catalogue.models[static_cast<size_t>(model)].name).toHtmlEscaped();
    };
    const auto value = [&](int model) {
        return QLocale().toString(result.overall[static_cast<size_t>(model)], 'f', 1);
    };
    const QPalette &pal = palette();
    const bool tie = result.isTie();

    if (tie && result.leaders == FitResult::Leaders::Identical)
        m_headline->setText(tr("No clear recommendation: <b>%1</b> and <b>%2</b> are identical")
                                .arg(name(result.recommended), name(result.runnerUp)));
    else if (tie)
        m_headline->setText(tr("No clear recommendation: <b>%1</b> and <b>%2</b> fit equally well")
                                .arg(name(result.recommended), name(result.runnerUp)));
    else
        m_headline->setText(
            tr("Recommended: %1 <b>%2</b>").arg(swatch(modelColor(result.recommended, pal)), name(result.recommended)));

    QStringList parts;
    for (int m = 0; m < static_cast<int>(result.overall.size()); ++m) {
        QString part = tr("%1 %2 %3 of 100").arg(swatch(modelColor(m, pal)), name(m), value(m));
        if (m == result.recommended && !tie)
            part = QStringLiteral("<b>%1</b>").arg(part);
        parts << part;
    }
    QString scores = tr("Overall fit: %1").arg(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    if (!tie)
        scores += QStringLiteral(" &nbsp;—&nbsp; ") +
                  tr("margin %1 points over %2").arg(QLocale().toString(result.margin, 'f', 1), name(result.runnerUp));
    m_scores->setText(scores);

    // Fit and cost side by side; the runner-up is priced over the same term, so the two totals compare.
    const CostModel &costs = m_document->costModel();
    if (result.recommended >= 0 && result.runnerUp >= 0 && costs.modelCount() == static_cast<int>(result.overall.size())) {
        const QString &currency = costs.organisation().currency;
        const CostBreakdown first = costs.cost(result.recommended);
        const CostBreakdown second = costs.cost(result.runnerUp, first.termMonths);
        const auto money = [&](double amount) { return QStringLiteral("<b>%1</b>").arg(formatMoney(amount, currency)); };
        m_cost->setText(tie ? tr("Over %n months, %1 costs %2 and %3 costs %4", nullptr, first.termMonths)
                                  .arg(name(result.recommended), money(first.total()), name(result.runnerUp),
                                       money(second.total()))
                            : tr("%1 fits best (%2 of 100) · costs %3 over %n months (%4 %5)", nullptr,
                                 first.termMonths)
                                  .arg(name(result.recommended), value(result.recommended), money(first.total()),
                                       name(result.runnerUp), formatMoney(second.total(), currency)));
    } else {
        m_cost->clear();
    }
    if (m_costHolder)
        m_costHolder->fitText();

    QStringList top;
    for (const int dimension : result.decidingDimensions())
        top << QStringLiteral("<b>%1</b>")
                   .arg(catalogue.dimensions[static_cast<size_t>(dimension)].name.toHtmlEscaped());
    QString reasons;
    if (tie && result.isTieForEveryProfile()) {
        // No slider can tip this balance (the core's rule): say so, and what would. The copy is the one to edit.
        const bool runnerUpIsCopy = catalogue.models[static_cast<size_t>(result.runnerUp)].isCustom();
        const int editable = runnerUpIsCopy || !catalogue.models[static_cast<size_t>(result.recommended)].isCustom()
                                 ? result.runnerUp
                                 : result.recommended;
        reasons = (result.leaders == FitResult::Leaders::Identical
                       ? tr("They split every activity the same way, so they fit every profile equally and no slider "
                            "changes that. To compare a variant, change who does what in %1 (in the Dimension "
                            "Explorer), or remove it.")
                       : tr("They keep the same share of the work in-house in every dimension, so they fit every "
                            "profile equally and no slider changes that. To tell them apart, change the shares of "
                            "%1 (in the Dimension Explorer)."))
                      .arg(name(editable));
    } else if (tie) {
        reasons = tr("Move the sliders or change the importance of dimensions to see what would tip the balance.");
    } else if (top.isEmpty()) {
        reasons =
            tr("%1 leads only slightly in many dimensions; no single dimension decides.").arg(name(result.recommended));
    } else {
        QString list = top.size() == 1
                           ? top.front()
                           : tr("%1 and %2").arg(QStringList(top.mid(0, top.size() - 1)).join(tr(", ")), top.back());
        reasons = (top.size() == 1 ? tr("What decides it: %1 — for your organisation %2 fits this dimension best, "
                                        "compared with %3.")
                                   : tr("What decides it: %1 — for your organisation %2 fits these dimensions best, "
                                        "compared with %3."))
                      .arg(list, name(result.recommended), name(result.runnerUp));
    }
    m_reasons->setText(reasons);
    if (m_reasonsHolder)
        m_reasonsHolder->fitText();
    for (QLabel *label : {m_headline, m_scores, m_cost, m_reasons})
        nameFromRichText(label); // screen readers read "■" as "black square"
    // "·" is read as "middle dot" by some screen readers: they hear a comma instead.
    m_cost->setAccessibleName(m_cost->accessibleName().replace(QStringLiteral(" · "), QStringLiteral(", ")));
}

} // namespace splitbench::gui
