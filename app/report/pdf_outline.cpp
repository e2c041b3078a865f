#include "pdf_outline.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace splitbench::report {

namespace {

/// One outline item and its children, linked as the PDF reference (section 12.3.3) asks: /Parent, /Prev, /Next,
/// /First, /Last and /Count on every level.
struct OutlineNode {
    QPDFObjectHandle object;
    std::vector<OutlineNode> children;
};

void link(QPDFObjectHandle &parent, std::vector<OutlineNode> &children)
{
    if (children.empty())
        return;
    for (size_t i = 0; i < children.size(); ++i) {
        QPDFObjectHandle &item = children[i].object;
        item.replaceKey("/Parent", parent);
        if (i > 0)
            item.replaceKey("/Prev", children[i - 1].object);
        if (i + 1 < children.size())
            item.replaceKey("/Next", children[i + 1].object);
        link(item, children[i].children);
    }
    parent.replaceKey("/First", children.front().object);
    parent.replaceKey("/Last", children.back().object);
    // Positive: the level is shown open. The sections stay open; a section's dimensions open with it.
    parent.replaceKey("/Count", QPDFObjectHandle::newInteger(static_cast<long long>(children.size())));
}

} // namespace

QByteArray withOutline(const QByteArray &pdf, const std::vector<PdfBookmark> &bookmarks, const PdfInfo &info,
                       QString *error)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("report.pdf", pdf.constData(), static_cast<size_t>(pdf.size()));
        const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(document).getAllPages();

        std::vector<OutlineNode> sections;
        for (const PdfBookmark &bookmark : bookmarks) {
            if (bookmark.page < 0 || bookmark.page >= static_cast<int>(pages.size()))
                continue;
            QPDFObjectHandle page = pages[static_cast<size_t>(bookmark.page)].getObjectHandle();
            const QPDFObjectHandle::Rectangle box = page.getKey("/MediaBox").getArrayAsRectangle();
            QPDFObjectHandle item = document.makeIndirectObject(QPDFObjectHandle::newDictionary());
            item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(bookmark.title.toStdString()));
            // [page /XYZ left top zoom]: null keeps the viewer's left edge and zoom.
            item.replaceKey("/Dest", QPDFObjectHandle::newArray({page, QPDFObjectHandle::newName("/XYZ"),
                                                                 QPDFObjectHandle::newNull(),
                                                                 QPDFObjectHandle::newReal(box.ury - bookmark.top, 1),
                                                                 QPDFObjectHandle::newNull()}));
            if (bookmark.level > 1 && !sections.empty())
                sections.back().children.push_back({item, {}});
            else
                sections.push_back({item, {}});
        }
        QPDFObjectHandle root = document.getRoot();
        if (!sections.empty()) {
            QPDFObjectHandle outlines = document.makeIndirectObject(QPDFObjectHandle::newDictionary());
            outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
            link(outlines, sections);
            root.replaceKey("/Outlines", outlines);
            root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }

        QPDFObjectHandle trailer = document.getTrailer();
        QPDFObjectHandle documentInfo = trailer.getKey("/Info");
        if (!documentInfo.isDictionary()) {
            documentInfo = document.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", documentInfo);
        }
        if (!info.author.isEmpty())
            documentInfo.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(info.author.toStdString()));
        if (!info.subject.isEmpty())
            documentInfo.replaceKey("/Subject", QPDFObjectHandle::newUnicodeString(info.subject.toStdString()));

        QPDFWriter writer(document);
        writer.setOutputMemory();
        // The same bytes for the same report: no random /ID, and the streams as Qt compressed them.
        writer.setDeterministicID(true);
        writer.setStreamDataMode(qpdf_s_preserve);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), static_cast<qsizetype>(buffer->getSize()));
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return {};
    }
}

} // namespace splitbench::report
