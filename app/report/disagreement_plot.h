// The workshop's disagreement strips, written once for the workbench and the report's "Who thinks what": one
// strip per trait, widest spread first, with every participant's value as a marker of their own, the spread
// as a band and the group's value as a mark.
#pragma once

#include "chart_canvas.h"
#include "workshop.h"

#include <QString>

#include <vector>

class QPaintDevice;

namespace splitbench::report {

/// The number of marker shapes before they repeat (with another colour: participantColor()).
inline constexpr int kParticipantShapeCount = 9;
/// The number of participant colours before they repeat (with another shape).
inline constexpr int kParticipantColourCount = 7;

/// The marker shapes, drawn from boxes, ellipses and lines so every medium paints them alike.
enum class ParticipantShape { Disc, Square, Cross, Ring, HollowSquare, Plus, DottedRing, DottedSquare, Star };

/// Participant `index`'s shape; shapes and colours cycle at different lengths, so the first 63 participants
/// all differ in the pair (and neighbours differ in both).
[[nodiscard]] ParticipantShape participantShape(int index);
/// Participant `index`'s colour: the colour-blind-safe Okabe–Ito colours, without yellow (too pale on paper).
[[nodiscard]] QColor participantColor(int index, PaletteTone tone = PaletteTone::Light);

/// One trait's strip.
struct DisagreementStrip {
    int trait = -1;
    QString name;
    QString lowLabel;
    QString highLabel;
    double consensus = 0;
    double low = 0;
    double high = 0;
    std::vector<double> values; ///< Per participant, in participant order.
};

/// What the strips show: the participants and one strip per trait, widest spread first.
struct DisagreementData {
    std::vector<QString> participants; ///< Labels ("Dana Reyes (Owner)"), participant order.
    std::vector<double> weights;       ///< Per participant; a weight of 0 is marked in the legend.
    std::vector<DisagreementStrip> strips;
    int highlighted = -1; ///< The participant the window has selected (drawn larger, named in bold); -1 none.

    /// From analyseWorkshop()'s spreads; empty for a profile without participants.
    static DisagreementData make(const Catalogue &catalogue, const Profile &workshop,
                                 const WorkshopAnalysis &analysis);

    [[nodiscard]] int participantCount() const { return static_cast<int>(participants.size()); }
    [[nodiscard]] bool isEmpty() const { return participants.empty() || strips.empty(); }
};

/// A region of the strips a pointer can rest on (a marker, the group's mark), with what a tooltip says there.
struct DisagreementHit {
    QRectF rect;
    int strip = -1;       ///< Index into DisagreementData::strips.
    int participant = -1; ///< -1 for the group's value.
    QString text;
};

/**
 * The strips: above them a legend naming each participant's marker (wrapping onto as many lines as it needs)
 * and the group's mark and the spread band; a 0–100 scale; then per trait its name (wrapped, never elided) on
 * the left, with its spread, and on the right a track with the band from the lowest to the highest counted
 * value, the group's value as a bold bar and each participant's marker. Markers that would touch are moved
 * onto lanes above and below each other, so equal values all stay visible. The trait's end labels sit under
 * the track at its two ends.
 */
class DisagreementPlot final {
public:
    DisagreementPlot(const DisagreementData &data, ChartStyle style, QPaintDevice *device = nullptr);

    /// The drawing inside `rect`, in device pixels; nothing when the data is empty. More height than it needs
    /// is shared by the strips.
    [[nodiscard]] std::vector<ReportItem> items(const QRectF &rect) const;
    void paint(QPainter &painter, const QRectF &rect) const;
    /// The height everything needs at `width`.
    [[nodiscard]] double naturalHeight(double width) const;
    /// The least height that shows every strip (at a typical width).
    [[nodiscard]] double minimumHeight() const;
    /// Markers and group marks as drawn inside `rect`, for tooltips.
    [[nodiscard]] std::vector<DisagreementHit> hits(const QRectF &rect) const;

    /// The legend alone at `width` (the report places it above strips split across pages), and its height.
    [[nodiscard]] std::vector<ReportItem> legendItems(const QRectF &rect) const;
    [[nodiscard]] double legendHeight(double width) const;
    /// The scale and the strips `first`..`first + count - 1` without the legend (for page breaks), and their
    /// natural height.
    [[nodiscard]] std::vector<ReportItem> stripItems(const QRectF &rect, int first, int count) const;
    [[nodiscard]] double stripsHeight(double width, int first, int count) const;

private:
    struct Layout;
    Layout layout(const QRectF &rect, bool legend, int first, int count, std::vector<ReportItem> *items,
                  std::vector<DisagreementHit> *hits) const;
    void addMarker(ChartCanvas &canvas, QPointF centre, double size, int participant, bool highlight) const;

    DisagreementData m_data;
    ChartStyle m_style;
    QPaintDevice *m_device;
    std::vector<QString> m_legendTexts;
};

} // namespace splitbench::report
