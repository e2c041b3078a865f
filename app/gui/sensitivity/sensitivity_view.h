// The workbench's Sensitivity tab: tornado, breakeven sweep, win probabilities, margin histogram, plain findings.
#pragma once

#include "sensitivity.h"

#include <QWidget>

#include <memory>

class QChartView;
class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace splitbench::gui {

class MarginHistogramChart;
class ProfileDocument;
class SensitivityRunner;
class SweepChart;
class TornadoChart;
class WinProbabilityChart;

/**
 * Follows the document. The cheap parts (tornado, sweep of the chosen trait, findings; well under a
 * millisecond) are recomputed on every change while the view is visible; the Monte Carlo part runs on the
 * thread pool through SensitivityRunner, debounced, with progress and a Cancel button. While the view is
 * hidden nothing is computed; showing it catches up.
 */
class SensitivityView final : public QWidget {
    Q_OBJECT
public:
    explicit SensitivityView(ProfileDocument *document, QWidget *parent = nullptr);
    ~SensitivityView() override;

    [[nodiscard]] SensitivityRunner *runner() const { return m_runner; }
    [[nodiscard]] TornadoChart *tornadoChart() const { return m_tornado; }
    [[nodiscard]] SweepChart *sweepChart() const { return m_sweep; }
    [[nodiscard]] QComboBox *traitCombo() const { return m_traitCombo; }
    [[nodiscard]] WinProbabilityChart *winProbabilityChart() const { return m_winChart; }
    [[nodiscard]] MarginHistogramChart *histogramChart() const { return m_histogram; }
    [[nodiscard]] QSpinBox *importanceUncertaintyBox() const { return m_importanceUncertainty; }
    [[nodiscard]] QSpinBox *samplesBox() const { return m_samplesBox; }
    [[nodiscard]] QSpinBox *seedBox() const { return m_seedBox; }
    /// ± percent on provider prices and the IT salary in the Monte Carlo run (0: off).
    [[nodiscard]] QSpinBox *priceUncertaintyBox() const { return m_priceUncertainty; }
    /// Each model's chance of costing least (the second bar list).
    [[nodiscard]] WinProbabilityChart *cheapestChart() const { return m_cheapestChart; }
    /// Takes the price uncertainty (e.g. kept from the last session), clamped to the box's range, without
    /// announcing it as a change.
    void setPriceUncertainty(int percent);
    /// The Monte Carlo settings as chosen here (variations, seed, price uncertainty), for reports that should
    /// match the view.
    [[nodiscard]] MonteCarloOptions monteCarloOptions() const;
    /// Takes variations and seed (e.g. kept from the last session), clamped to what the view offers, without
    /// announcing them as a change.
    void setMonteCarloSettings(int samples, int seed);
    [[nodiscard]] QPushButton *runButton() const { return m_runButton; }
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }
    /// The trait the sweep chart shows.
    [[nodiscard]] int sweptTrait() const;
    /// The plain-language findings ("what would change the answer", head to head) as shown.
    [[nodiscard]] QString findingsText() const;
    [[nodiscard]] QString robustnessText() const;
    [[nodiscard]] QString costRobustnessText() const;
    [[nodiscard]] QString statusText() const;

signals:
    /// The user chose other variations or another seed.
    void monteCarloSettingsChanged(int samples, int seed);
    /// The user chose another price uncertainty (± percent).
    void priceUncertaintyChanged(int percent);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void profileChanged();
    void refresh();
    void refreshSweep();
    void rebuildModels();
    void showMonteCarlo();
    void rerunMonteCarlo();
    void setRunning(bool running);
    void applyPalette();
    [[nodiscard]] QStringList modelNames() const;

    ProfileDocument *m_document;
    SensitivityRunner *m_runner;
    std::shared_ptr<const SensitivityAnalysis> m_analysis;
    bool m_dirty = true;
    bool m_userPickedTrait = false;
    bool m_settingOptions = false; ///< setMonteCarloSettings() is filling the boxes: no change to announce.

    QLabel *m_findings;
    QLabel *m_headToHead;
    TornadoChart *m_tornado;
    QGroupBox *m_tornadoBox;
    QLabel *m_tornadoCaption; ///< Which margin, and its size now: wraps, where a long box title would not.
    QComboBox *m_traitCombo;
    QLabel *m_sweepSentence;
    SweepChart *m_sweep;
    QChartView *m_sweepView;
    QSpinBox *m_importanceUncertainty;
    QSpinBox *m_samplesBox;
    QSpinBox *m_seedBox;
    QSpinBox *m_priceUncertainty;
    QProgressBar *m_progress;
    QPushButton *m_runButton;
    QLabel *m_status;
    WinProbabilityChart *m_winChart;
    MarginHistogramChart *m_histogram;
    QLabel *m_robustness;
    QLabel *m_cheapestTitle;
    WinProbabilityChart *m_cheapestChart;
    QLabel *m_costRobustness;
};

} // namespace splitbench::gui
