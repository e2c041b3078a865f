// A note field that shows the whole of a short note and grows with a longer one: several lines, wrapped.
#pragma once

#include <QPlainTextEdit>

namespace splitbench::gui {

/// A QPlainTextEdit for notes: word-wrapped, kMinLines tall when empty and growing line by line up to
/// kMaxLines (then it scrolls), Tab moves the focus on (a note holds no tabs), and noteEdited() reports what
/// the user typed, never a text set from the program.
class NoteEdit final : public QPlainTextEdit {
    Q_OBJECT
public:
    static constexpr int kMinLines = 2;
    static constexpr int kMaxLines = 6;

    explicit NoteEdit(QWidget *parent = nullptr);

    /// Shows `text` (the document's note) without reporting it as an edit; keeps the cursor where it was when
    /// the field has the focus (an undo while typing), else shows the start.
    void setNote(const QString &text);
    /// The height that shows `lines` lines of text.
    [[nodiscard]] int heightForLines(int lines) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void noteEdited(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
    bool m_settingNote = false;
    int m_height = 0;
};

} // namespace splitbench::gui
