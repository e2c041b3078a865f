// A label's container that lets the label's text change without relaying out the window around it.
#pragma once

#include <QWidget>

class QLabel;

namespace splitbench::gui {

/// Holds a label outside any layout and asks for a new layout only when the label needs more height.
///
/// Texts that change on every slider step (the banner's, the workshop's sentences) would otherwise cost a
/// window layout per step: QLabel::setText always asks its layout for a new geometry, and a layout that
/// activates asks its own parent for one in turn, up through the tab widget to the main window, whose
/// word-wrapped labels make that costly. When a text needs less room, the spare lines stay until the next
/// layout (a resize), so what is below does not jump up and down during a drag.
class StableHeightHolder final : public QWidget {
public:
    /// Takes `label` as its only child; the holder goes where the label would have gone in a layout.
    StableHeightHolder(QLabel *label, QWidget *parent);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override;
    [[nodiscard]] int heightForWidth(int width) const override;

    /// Call after changing the label's text: asks for more room now if the text needs it, rather than after
    /// the label's posted layout request, so the new text is never painted clipped.
    void fitText();

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_label;
    int m_lineHeight = 0;
};

} // namespace splitbench::gui
