#include "sensitivity_view.h"

#include "accessibility.h"
#include "display_text.h"
#include "margin_histogram_chart.h"
#include "profile_document.h"
#include "sensitivity_runner.h"
#include "sweep_chart.h"
#include "tornado_chart.h"
#include "win_probability_chart.h"

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace splitbench::gui {

namespace {
constexpr double kTornadoWindow = 10;
constexpr int kMinSamples = 1000;         ///< Fewer give win probabilities that jump from run to run.
constexpr int kMaxGuiSamples = 1'000'000; ///< About a second on two cores; the CLI allows more.
constexpr int kMaxGuiSeed = 999'999;      ///< Plenty of seeds, and the box stays narrow (it sizes to the maximum).

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QGroupBox *group(const QString &title, const QString &objectName)
{
    auto *box = new QGroupBox(title);
    box->setObjectName(objectName);
    box->setAccessibleName(title);
    return box;
}
} // namespace

SensitivityView::SensitivityView(ProfileDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_runner(new SensitivityRunner(this))
{
    setObjectName(QStringLiteral("sensitivityView"));
    setAccessibleName(tr("Sensitivity"));

    // What would change the answer, and where each of the two leading models wins.
    QGroupBox *findingsBox = group(tr("What would change the answer"), QStringLiteral("findingsBox"));
    m_findings = wrappedLabel(QStringLiteral("findingsLabel"), findingsBox);
    m_findings->setTextFormat(Qt::RichText);
    m_headToHead = wrappedLabel(QStringLiteral("headToHeadLabel"), findingsBox);
    m_headToHead->setTextFormat(Qt::RichText);
    auto *findingsLayout = new QHBoxLayout(findingsBox);
    findingsLayout->addWidget(m_findings, 1);
    findingsLayout->addSpacing(12);
    findingsLayout->addWidget(m_headToHead, 1);

    // Robustness: Monte Carlo over the profile's uncertainty.
    QGroupBox *robustBox = group(tr("How sure is the recommendation?"), QStringLiteral("robustnessBox"));
    m_importanceUncertainty = new QSpinBox(robustBox);
    m_importanceUncertainty->setObjectName(QStringLiteral("importanceUncertaintyBox"));
    m_importanceUncertainty->setRange(0, 100);
    m_importanceUncertainty->setSingleStep(5);
    m_importanceUncertainty->setPrefix(tr("±"));
    m_importanceUncertainty->setSuffix(tr(" %"));
    m_importanceUncertainty->setAccessibleName(tr("Uncertainty of the importance weights"));
    if (auto *editor = m_importanceUncertainty->findChild<QLineEdit *>())
        editor->setAccessibleName(m_importanceUncertainty->accessibleName());
    m_importanceUncertainty->setToolTip(tr("Each importance weight is varied by up to this share either way. "
                                           "Each trait's uncertainty is set next to its slider."));
    auto *uncertaintyLabel = new QLabel(tr("Importance &uncertainty:"), robustBox);
    uncertaintyLabel->setBuddy(m_importanceUncertainty);
    connect(m_importanceUncertainty, &QSpinBox::valueChanged, this,
            [this](int percent) { m_document->setImportanceUncertainty(percent / 100.0); });

    // How many variations and which seed: the report printed from here uses the same, so its figures match.
    m_samplesBox = new QSpinBox(robustBox);
    m_samplesBox->setObjectName(QStringLiteral("sensitivitySamplesBox"));
    m_samplesBox->setRange(kMinSamples, kMaxGuiSamples);
    m_samplesBox->setSingleStep(5000);
    m_samplesBox->setGroupSeparatorShown(true);
    m_samplesBox->setValue(m_runner->samples());
    m_samplesBox->setAccessibleName(tr("Number of variations"));
    m_samplesBox->setToolTip(tr("How many random variations of the profile are tried. More give steadier "
                                "figures and take longer."));
    auto *samplesLabel = new QLabel(tr("Variatio&ns:"), robustBox);
    samplesLabel->setBuddy(m_samplesBox);
    m_seedBox = new QSpinBox(robustBox);
    m_seedBox->setObjectName(QStringLiteral("sensitivitySeedBox"));
    m_seedBox->setRange(0, kMaxGuiSeed);
    m_seedBox->setValue(static_cast<int>(m_runner->seed()));
    m_seedBox->setAccessibleName(tr("Random seed"));
    m_seedBox->setToolTip(tr("The same seed gives the same figures, here, in the report and in splitbench-cli "
                             "(--seed)."));
    auto *seedLabel = new QLabel(tr("See&d:"), robustBox);
    seedLabel->setBuddy(m_seedBox);
    for (QSpinBox *box : {m_samplesBox, m_seedBox})
        if (auto *editor = box->findChild<QLineEdit *>())
            editor->setAccessibleName(box->accessibleName());
    connect(m_samplesBox, &QSpinBox::valueChanged, this, [this](int samples) {
        m_runner->setSamples(samples);
        rerunMonteCarlo();
        if (!m_settingOptions)
            emit monteCarloSettingsChanged(samples, m_seedBox->value());
    });
    connect(m_seedBox, &QSpinBox::valueChanged, this, [this](int seed) {
        m_runner->setSeed(static_cast<std::uint64_t>(seed));
        rerunMonteCarlo();
        if (!m_settingOptions)
            emit monteCarloSettingsChanged(m_samplesBox->value(), seed);
    });

    // Price uncertainty: how firm "costs least" is when the quotes and the salary are only estimates.
    m_priceUncertainty = new QSpinBox(robustBox);
    m_priceUncertainty->setObjectName(QStringLiteral("priceUncertaintyBox"));
    m_priceUncertainty->setRange(0, static_cast<int>(MonteCarloOptions::kMaxPriceUncertaintyPercent));
    m_priceUncertainty->setSingleStep(5);
    m_priceUncertainty->setPrefix(tr("±"));
    m_priceUncertainty->setSuffix(tr(" %"));
    m_priceUncertainty->setSpecialValueText(tr("off"));
    m_priceUncertainty->setAccessibleName(tr("Price uncertainty"));
    if (auto *editor = m_priceUncertainty->findChild<QLineEdit *>())
        editor->setAccessibleName(m_priceUncertainty->accessibleName());
    m_priceUncertainty->setToolTip(tr("Each model's provider prices and the IT salary are varied by up to this "
                                      "share either way, to show how sure \"costs least\" is. Off: today's prices."));
    auto *priceLabel = new QLabel(tr("Pri&ce uncertainty:"), robustBox);
    priceLabel->setBuddy(m_priceUncertainty);
    connect(m_priceUncertainty, &QSpinBox::valueChanged, this, [this](int percent) {
        m_runner->setPriceUncertainty(percent);
        rerunMonteCarlo();
        if (!m_settingOptions)
            emit priceUncertaintyChanged(percent);
    });

    m_progress = new QProgressBar(robustBox);
    m_progress->setObjectName(QStringLiteral("sensitivityProgress"));
    m_progress->setAccessibleName(tr("Progress of the robustness analysis"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_runButton = new QPushButton(robustBox);
    m_runButton->setObjectName(QStringLiteral("sensitivityRunButton"));
    connect(m_runButton, &QPushButton::clicked, this, [this] {
        if (m_runner->isRunning() || m_runner->isPending())
            m_runner->cancel();
        else if (m_analysis)
            m_runner->request(m_analysis);
    });
    m_status = new QLabel(robustBox);
    m_status->setObjectName(QStringLiteral("sensitivityStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true); // next to the variations and the seed it may need two lines in a narrow window

    m_winChart = new WinProbabilityChart(robustBox);
    m_histogram = new MarginHistogramChart(robustBox);
    m_histogram->setMaximumHeight(m_histogram->sizeHint().height()); // the sweep chart needs the height more
    m_robustness = wrappedLabel(QStringLiteral("robustnessLabel"), robustBox);
    m_cheapestTitle = new QLabel(tr("Chance of costing least"), robustBox);
    m_cheapestTitle->setObjectName(QStringLiteral("cheapestTitle"));
    QFont titleFont = m_cheapestTitle->font();
    titleFont.setBold(true);
    m_cheapestTitle->setFont(titleFont);
    m_cheapestChart = new WinProbabilityChart(robustBox);
    m_cheapestChart->setObjectName(QStringLiteral("cheapestProbabilityChart"));
    m_cheapestChart->setAccessibleName(tr("Chance that each model costs least"));
    m_costRobustness = wrappedLabel(QStringLiteral("costRobustnessLabel"), robustBox);

    auto *controls = new QHBoxLayout;
    controls->addWidget(uncertaintyLabel);
    controls->addWidget(m_importanceUncertainty);
    controls->addSpacing(12);
    controls->addWidget(samplesLabel);
    controls->addWidget(m_samplesBox);
    controls->addSpacing(12);
    controls->addWidget(seedLabel);
    controls->addWidget(m_seedBox);
    controls->addSpacing(12);
    controls->addWidget(priceLabel);
    controls->addWidget(m_priceUncertainty);
    controls->addSpacing(12);
    controls->addWidget(m_status, 1);
    controls->addWidget(m_progress, 1);
    controls->addWidget(m_runButton);
    auto *wins = new QVBoxLayout;
    wins->addWidget(m_winChart);
    wins->addWidget(m_robustness);
    wins->addSpacing(8);
    wins->addWidget(m_cheapestTitle);
    wins->addWidget(m_cheapestChart);
    wins->addWidget(m_costRobustness);
    wins->addStretch(1);
    auto *charts = new QHBoxLayout;
    charts->addLayout(wins, 2);
    charts->addSpacing(12);
    charts->addWidget(m_histogram, 3);
    auto *robustLayout = new QVBoxLayout(robustBox);
    robustLayout->addLayout(controls);
    robustLayout->addLayout(charts, 1);

    // Tornado.
    m_tornadoBox = group(tr("Which traits move the margin most"), QStringLiteral("tornadoBox"));
    m_tornadoCaption = wrappedLabel(QStringLiteral("tornadoCaption"), m_tornadoBox);
    m_tornado = new TornadoChart(m_tornadoBox);
    auto *tornadoLayout = new QVBoxLayout(m_tornadoBox);
    tornadoLayout->addWidget(m_tornadoCaption);
    tornadoLayout->addWidget(m_tornado, 1);

    // Breakeven sweep of one trait.
    QGroupBox *sweepBox = group(tr("Where the recommendation changes"), QStringLiteral("sweepBox"));
    m_traitCombo = new QComboBox(sweepBox);
    m_traitCombo->setObjectName(QStringLiteral("sweepTraitCombo"));
    m_traitCombo->setAccessibleName(tr("Trait to sweep"));
    for (const Trait &trait : m_document->baseCatalogue().traits)
        m_traitCombo->addItem(trait.name, trait.id);
    auto *traitLabel = new QLabel(tr("&Trait:"), sweepBox);
    traitLabel->setBuddy(m_traitCombo);
    connect(m_traitCombo, &QComboBox::activated, this, [this] {
        m_userPickedTrait = true;
        refreshSweep();
    });
    m_sweepSentence = wrappedLabel(QStringLiteral("sweepSentence"), sweepBox);
    m_sweep = new SweepChart;
    m_sweepView = new QChartView(m_sweep, sweepBox);
    m_sweepView->setObjectName(QStringLiteral("sweepChartView"));
    m_sweepView->setAccessibleName(tr("Overall fit of every model as the trait goes from 0 to 100"));
    m_sweepView->setRenderHint(QPainter::Antialiasing);
    m_sweepView->setMinimumHeight(220);
    m_sweepView->setFocusPolicy(Qt::NoFocus); // a picture: the combo box is the control
    m_sweepView->viewport()->setFocusPolicy(Qt::NoFocus);
    auto *traitRow = new QHBoxLayout;
    traitRow->addWidget(traitLabel);
    traitRow->addWidget(m_traitCombo, 1);
    auto *sweepLayout = new QVBoxLayout(sweepBox);
    sweepLayout->addLayout(traitRow);
    sweepLayout->addWidget(m_sweepSentence);
    sweepLayout->addWidget(m_sweepView, 1);

    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 4, 0, 0);
    grid->addWidget(findingsBox, 0, 0, 1, 2);
    grid->addWidget(m_tornadoBox, 1, 0);
    grid->addWidget(sweepBox, 1, 1);
    grid->addWidget(robustBox, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 1); // the charts of one trait get any room to spare

    // On a laptop screen the page is taller than the window: it scrolls rather than growing the window past
    // the screen or squeezing the charts' rows together.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("sensitivityScrollArea"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus); // its controls take the focus; scrolling follows them
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_runner, &SensitivityRunner::started, this, [this] { setRunning(true); });
    connect(m_runner, &SensitivityRunner::progress, this,
            [this](double fraction) { m_progress->setValue(static_cast<int>(std::lround(fraction * 1000))); });
    connect(m_runner, &SensitivityRunner::finished, this, [this] {
        setRunning(false);
        showMonteCarlo();
    });
    connect(m_runner, &SensitivityRunner::cancelled, this, [this] {
        setRunning(false);
        m_status->setText(m_runner->result() ? tr("Cancelled: figures are for an earlier profile") : tr("Cancelled"));
        m_status->setToolTip(tr("Recalculate brings the figures up to date."));
    });

    connect(m_document, &ProfileDocument::modelsChanged, this, &SensitivityView::rebuildModels);
    connect(m_document, &ProfileDocument::profileReset, this, [this] { m_userPickedTrait = false; });
    connect(m_document, &ProfileDocument::resultChanged, this, &SensitivityView::profileChanged);
    connect(m_document, &ProfileDocument::uncertaintyChanged, this, &SensitivityView::profileChanged);
    rebuildModels();
    setRunning(false);
    m_importanceUncertainty->setValue(static_cast<int>(std::lround(m_document->profile().importanceUncertainty * 100)));
}

SensitivityView::~SensitivityView() = default;

int SensitivityView::sweptTrait() const
{
    return std::max(0, m_traitCombo->currentIndex());
}

MonteCarloOptions SensitivityView::monteCarloOptions() const
{
    MonteCarloOptions options;
    options.samples = m_runner->samples();
    options.seed = m_runner->seed();
    options.priceUncertaintyPercent = m_runner->priceUncertainty();
    return options;
}

void SensitivityView::setPriceUncertainty(int percent)
{
    m_settingOptions = true;
    m_priceUncertainty->setValue(percent); // the box clamps to its range
    m_settingOptions = false;
}

void SensitivityView::setMonteCarloSettings(int samples, int seed)
{
    m_settingOptions = true;
    m_samplesBox->setValue(samples); // the boxes clamp to their ranges
    m_seedBox->setValue(seed);
    m_settingOptions = false;
}

void SensitivityView::rerunMonteCarlo()
{
    // Only the Monte Carlo part depends on these; while hidden the next show recomputes anyway.
    if (!m_analysis || !isVisible()) {
        m_dirty = true;
        return;
    }
    m_runner->request(m_analysis);
    m_status->setText(tr("Waiting for changes to settle…"));
}

QString SensitivityView::findingsText() const
{
    return m_findings->text() + m_headToHead->text();
}

QString SensitivityView::robustnessText() const
{
    return m_robustness->text();
}

QString SensitivityView::costRobustnessText() const
{
    return m_costRobustness->text();
}

QString SensitivityView::statusText() const
{
    return m_status->text();
}

QStringList SensitivityView::modelNames() const
{
    QStringList names;
    for (const ServiceModel &model : m_document->catalogue().models)
        names << shortName(model.name); // a long name would widen the charts and the window
    return names;
}

void SensitivityView::rebuildModels()
{
    m_sweep->setModels(modelNames());
    applyPalette();
}

void SensitivityView::profileChanged()
{
    const QSignalBlocker blocker(m_importanceUncertainty);
    m_importanceUncertainty->setValue(static_cast<int>(std::lround(m_document->profile().importanceUncertainty * 100)));
    if (!isVisible()) {
        // Nothing to show: skip the work (and cancel a run that is now stale) until the view is shown.
        m_dirty = true;
        if (m_runner->isRunning() || m_runner->isPending())
            m_runner->cancel();
        return;
    }
    refresh();
}

void SensitivityView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void SensitivityView::refresh()
{
    m_dirty = false;
    m_analysis = std::make_shared<const SensitivityAnalysis>(FitEngine(m_document->catalogue()), m_document->shownProfile());
    const SensitivityAnalysis &analysis = *m_analysis;
    const Catalogue &catalogue = m_document->catalogue();
    const QStringList models = modelNames();
    QStringList traits;
    for (const Trait &trait : catalogue.traits)
        traits << trait.name;

    const int first = analysis.recommended();
    const int second = analysis.runnerUp();
    const double margin =
        analysis.overall()[static_cast<size_t>(first)] - analysis.overall()[static_cast<size_t>(second)];
    m_tornado->setData(analysis.tornado(kTornadoWindow), traits, margin, kTornadoWindow, first, second, models);
    // The box title stays short: a long one (German model names) would widen this column and squeeze the sweep.
    m_tornadoCaption->setText(
        tr("The margin of %1 over the best other model, now %2 points.").arg(models.value(first), formatValue(margin)));
    m_tornadoBox->setToolTip(tr("The margin of %1 over the best of the other models, whichever that is, with one "
                                "trait moved and everything else as in the profile; left of the tie line the model "
                                "in the bar's colour takes over. Pale: the trait from 0 to 100; solid: ±%2 around "
                                "its value.")
                                 .arg(models.value(first), formatValue(kTornadoWindow)));

    const ChangeToFlip flip = analysis.changeToFlip();
    const HeadToHead head = analysis.headToHead(3);
    QString html;
    // With three or more models, which other model a single trait puts on top and where; its first entry is the
    // smallest change of all, so it takes the place of the trait sentence (the box stays as short as it can).
    const QString &traitSentence = flip.modelsSentence.isEmpty() ? flip.traitSentence : flip.modelsSentence;
    QStringList findings{traitSentence, flip.importanceSentence};
    for (const CostBreakevens &cost : flip.cost)
        findings << cost.sentence;
    for (const QString &sentence : findings)
        if (!sentence.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(withShortNames(sentence, m_document->catalogue()).toHtmlEscaped());
    m_findings->setText(html);
    html = QStringLiteral("<b>%1</b>").arg(tr("Head to head").toHtmlEscaped());
    for (const QString &sentence : {head.firstSentence, head.secondSentence})
        if (!sentence.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(withShortNames(sentence, m_document->catalogue()).toHtmlEscaped());
    m_headToHead->setText(html);

    if (!m_userPickedTrait && flip.trait) {
        // Start where it matters: the trait whose smallest change flips the answer.
        const QSignalBlocker blocker(m_traitCombo);
        m_traitCombo->setCurrentIndex(flip.trait->trait);
    }
    refreshSweep();

    m_winChart->setEnabled(false);
    m_histogram->setEnabled(false);
    m_cheapestChart->setEnabled(false);
    m_runner->request(m_analysis);
    m_status->setText(tr("Waiting for changes to settle…"));
}

void SensitivityView::refreshSweep()
{
    if (!m_analysis)
        return;
    const int trait = sweptTrait();
    const TraitSweep sweep = m_analysis->sweep(trait);
    m_sweep->setSweep(sweep, m_traitCombo->itemText(trait), modelNames());
    m_sweepSentence->setText(withShortNames(sweep.sentence, m_document->catalogue()));
    // The chart in words, for screen readers: which trait it sweeps and where the answer changes.
    m_sweepView->setAccessibleDescription(
        tr("%1 from 0 to 100. %2").arg(m_traitCombo->itemText(trait), screenReaderText(m_sweepSentence->text())));
}

void SensitivityView::showMonteCarlo()
{
    const std::optional<MonteCarloResult> &result = m_runner->result();
    if (!result)
        return;
    const QStringList models = modelNames();
    m_winChart->setData(result->winProbability, models, result->reference);
    // Bins where the recommendation trails take the colour of the model most often recommended instead.
    int other = -1;
    for (int m = 0; m < static_cast<int>(result->winProbability.size()); ++m)
        if (m != result->reference && (other < 0 || result->winProbability[static_cast<size_t>(m)] >
                                                        result->winProbability[static_cast<size_t>(other)]))
            other = m;
    m_histogram->setData(*result, other, models.value(result->reference));
    m_robustness->setText(withShortNames(result->sentence, m_document->catalogue()));
    m_cheapestChart->setData(result->cheapestProbability, models, result->cheapestAtTodaysPrices);
    m_costRobustness->setText(withShortNames(result->costSentence, m_document->catalogue()));
    m_cheapestChart->setEnabled(true);
    m_winChart->setEnabled(true);
    m_histogram->setEnabled(true);
    m_status->setToolTip({});
    m_status->setText(tr("%1 variations, seed %2").arg(QLocale().toString(result->samples), QString::number(result->seed)));
}

void SensitivityView::setRunning(bool running)
{
    m_progress->setValue(0);
    m_progress->setVisible(running);
    m_runButton->setText(running ? tr("Cancel") : tr("Recalculate"));
    m_runButton->setAccessibleName(running ? tr("Cancel the robustness analysis")
                                           : tr("Recalculate the robustness analysis"));
    if (running)
        m_status->setText(tr("Trying %1 variations…").arg(QLocale().toString(m_runner->samples())));
}

void SensitivityView::applyPalette()
{
    m_sweep->applyPalette(palette());
}

void SensitivityView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

} // namespace splitbench::gui
