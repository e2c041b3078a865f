// Feeds the window's charts from the document and the shared view state (the radar today).
#pragma once

#include <QObject>

namespace splitbench::gui {

class ModelViewState;
class ProfileDocument;
class RadarView;

/**
 * The window's radar chart draws what it is given; this keeps it in step with the open profile: a new result
 * on every change, the catalogue when models are added, renamed or removed, the shown models and the selected
 * dimension of the shared ModelViewState. Nothing else in the window touches the chart's data.
 */
class ChartWiring final : public QObject {
    Q_OBJECT
public:
    ChartWiring(ProfileDocument *document, ModelViewState *viewState, RadarView *radar, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void modelsChanged();
    void applyModelVisibility();
    /// Today's split's series: its fits, or none.
    void updateToday();
    /// While a workshop participant is edited, the radar also shows how the group's recommended model fits
    /// that person's view.
    void updateOverlay();

    ProfileDocument *m_document;
    ModelViewState *m_viewState;
    RadarView *m_radar;
    bool m_overlayStale = false; ///< The overlay waits for the radar to be shown (a hidden radar costs nothing).
};

} // namespace splitbench::gui
