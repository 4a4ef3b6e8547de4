// SPDX-License-Identifier: GPL-3.0-or-later
// messageinspector.cpp — a parsed message as a MIME tree and three tabs.
//
// The source tab writes the raw bytes as text and keeps, for every byte, its
// position there (m_positions): line ends become visible CR/LF marks, a valid
// UTF-8 sequence one character, any other octet above 127 one Latin-1
// character and a control character U+FFFD, so a part's byte range maps onto
// a selection. Header fields are explained by Explanations, with the RFC 2047
// form as it travelled when it differs; bodies are decoded in their charset
// (UTF-8 when unknown). A saved attachment takes only the file name the
// message suggests, never its folders, and is written through QSaveFile.
#include "messageinspector.h"

#include "explain/explanations.h"
#include "inspectorpanel.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStringDecoder>
#include <QStyle>
#include <QSyntaxHighlighter>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace {

constexpr int partRole = Qt::UserRole;

// The \r \n marks at the end of each source line, drawn lightly: they are
// there to be seen, not to be read as part of the text.
class LineEndMarks : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;
    void setColor(const QColor &color)
    {
        m_color = color;
        rehighlight();
    }

protected:
    void highlightBlock(const QString &text) override
    {
        // Every line but the last ended with a line feed, drawn as a mark.
        if (!currentBlock().next().isValid())
            return;
        const QString lf = InspectorPanel::lineFeedMark();
        const QString cr = InspectorPanel::carriageReturnMark();
        if (!text.endsWith(lf))
            return;
        qsizetype start = text.size() - lf.size();
        if (QStringView(text).left(start).endsWith(cr))
            start -= cr.size();
        QTextCharFormat format;
        format.setForeground(m_color);
        setFormat(int(start), int(text.size() - start), format);
    }

private:
    QColor m_color = Qt::gray;
};

// A UTF-8 sequence starting at `i`: its length, or 0 when it is not one.
int utf8Length(const QByteArray &bytes, qsizetype i, qsizetype end)
{
    const uchar lead = uchar(bytes.at(i));
    const int length = lead >= 0xF0 && lead <= 0xF4 ? 4
        : lead >= 0xE0                              ? 3
        : lead >= 0xC2 && lead < 0xE0               ? 2
                                                    : 0;
    if (length == 0 || i + length > end)
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((uchar(bytes.at(i + k)) & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

// A body's bytes as text, in its charset (UTF-8 when unknown: it is a
// superset of ASCII, and what mail clients send today).
QString decodeText(const QByteArray &bytes, const QByteArray &charset)
{
    if (!charset.isEmpty() && charset != "us-ascii" && charset != "utf-8") {
        QStringDecoder decoder(charset.constData());
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    return QString::fromUtf8(bytes);
}

QString sizeText(qsizetype bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

MessageInspector::MessageInspector(QWidget *parent)
    : QWidget(parent)
{
    // A damaged message says so first, where it cannot be missed.
    m_warningBanner = new QWidget(this);
    m_warningBanner->setObjectName(QStringLiteral("warningBanner"));
    m_warningBanner->setAttribute(Qt::WA_StyledBackground);
    m_warningBanner->setStyleSheet(QStringLiteral(
        "#warningBanner { background: #fde8e6; border: 1px solid #d9776c; border-radius: 4px; }"
        "#warningBanner QLabel { color: #7a1b12; background: transparent; }"));
    auto *warningIcon = new QLabel(m_warningBanner);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    warningIcon->setAlignment(Qt::AlignTop);
    m_warning = new QLabel(m_warningBanner);
    m_warning->setObjectName(QStringLiteral("damagedWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerLayout = new QHBoxLayout(m_warningBanner);
    bannerLayout->setContentsMargins(8, 6, 8, 6);
    bannerLayout->addWidget(warningIcon);
    bannerLayout->addWidget(m_warning, 1);
    m_warningBanner->hide();
    // What is unusual but not damage (no header fields, as in the course's
    // example typed by hand): said plainly, not in the red banner.
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("messageNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();

    // The MIME tree, with the button that saves an attachment.
    auto *treePane = new QWidget(this);
    m_partsLabel = new QLabel(treePane);
    QFont bold = m_partsLabel->font();
    bold.setBold(true);
    m_partsLabel->setFont(bold);
    m_saveButton = new QPushButton(treePane);
    m_saveButton->setObjectName(QStringLiteral("saveAttachmentButton"));
    m_saveButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_saveButton->setEnabled(false);
    m_parts = new QTreeWidget(treePane);
    m_parts->setObjectName(QStringLiteral("partTree"));
    m_parts->setColumnCount(5);
    m_parts->setUniformRowHeights(true);
    m_parts->setAlternatingRowColors(true);
    m_parts->header()->setStretchLastSection(false);
    m_parts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *treeTop = new QHBoxLayout;
    treeTop->addWidget(m_partsLabel, 1);
    treeTop->addWidget(m_saveButton);
    auto *treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addLayout(treeTop);
    treeLayout->addWidget(m_parts, 1);

    // Text: the message as a reader sees it.
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("messageView"));
    m_text->setReadOnly(true);

    // Headers: each field, its value decoded and what it is for.
    auto *headersPane = new QSplitter(Qt::Vertical, this);
    m_headers = new QTreeWidget(headersPane);
    m_headers->setObjectName(QStringLiteral("headerList"));
    m_headers->setColumnCount(3);
    m_headers->setRootIsDecorated(false);
    m_headers->setUniformRowHeights(true);
    m_headers->setAlternatingRowColors(true);
    m_headers->setWordWrap(false);
    m_headers->header()->setStretchLastSection(false);
    m_headers->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_headers->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_headers->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_headerExplanation = new QTextBrowser(headersPane);
    m_headerExplanation->setObjectName(QStringLiteral("headerExplanation"));
    m_headerExplanation->setOpenLinks(false);
    headersPane->addWidget(m_headers);
    headersPane->addWidget(m_headerExplanation);
    headersPane->setStretchFactor(0, 3);
    headersPane->setStretchFactor(1, 2);

    // Source: the bytes as they travelled, line ends visible.
    auto *sourcePane = new QWidget(this);
    m_sourceLegend = new QLabel(sourcePane);
    m_sourceLegend->setWordWrap(true);
    m_sourceLegend->setForegroundRole(QPalette::PlaceholderText);
    m_sourceLegend->setContentsMargins(4, 2, 4, 2);
    m_source = new QPlainTextEdit(sourcePane);
    m_source->setObjectName(QStringLiteral("messageSource"));
    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *marks = new LineEndMarks(m_source->document());
    marks->setObjectName(QStringLiteral("lineEndMarks"));
    auto *sourceLayout = new QVBoxLayout(sourcePane);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(m_sourceLegend);
    sourceLayout->addWidget(m_source, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("messageTabs"));
    m_tabs->addTab(m_text, QString());
    m_tabs->addTab(headersPane, QString());
    m_tabs->addTab(sourcePane, QString());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(treePane);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_warningBanner);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);

    connect(m_parts, &QTreeWidget::currentItemChanged, this, &MessageInspector::onPartChanged);
    connect(m_headers, &QTreeWidget::currentItemChanged, this, &MessageInspector::showHeaderExplanation);
    connect(m_saveButton, &QPushButton::clicked, this, &MessageInspector::saveCurrent);

    retranslate();
    rebuild();
}

void MessageInspector::setMessage(const QByteArray &raw)
{
    m_message = raw.isEmpty() ? MimeMessage() : MimeMessage::parse(raw);
    m_currentPart = -1;
    m_highlightOffset = 0;
    m_highlightLength = 0;
    rebuild();
}

void MessageInspector::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    m_text->setPlaceholderText(text);
    m_source->setPlaceholderText(text);
}

void MessageInspector::rebuild()
{
    const QSignalBlocker blocker(m_parts);
    fillTree();
    fillSource();
    fillHeaders();
    fillText();
    highlightPart();
    const QString warning = warningText();
    m_warning->setText(warning);
    m_warningBanner->setVisible(!warning.isEmpty());
    m_note->setText(m_message.notes().join(QLatin1Char(' ')));
    m_note->setVisible(!m_message.notes().isEmpty());
    m_saveButton->setEnabled(false);
    // The button only where there is something to save.
    bool attachments = false;
    for (const MimePart &part : m_message.parts())
        attachments = attachments || part.isAttachment || !part.fileName.isEmpty();
    m_saveButton->setVisible(attachments);
}

void MessageInspector::fillTree()
{
    m_parts->clear();
    const QList<MimePart> &parts = m_message.parts();
    QList<QTreeWidgetItem *> items;
    items.reserve(parts.size());
    for (int i = 0; i < parts.size(); ++i) {
        const MimePart &part = parts.at(i);
        QTreeWidgetItem *parent = part.parent >= 0 && part.parent < i ? items.at(part.parent) : nullptr;
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_parts);
        item->setData(0, partRole, i);
        item->setText(0, QString::fromLatin1(part.contentType));
        item->setText(1, QString::fromLatin1(part.charset));
        item->setText(2, QString::fromLatin1(part.transferEncoding));
        item->setText(3, part.fileName);
        const bool leaf = part.children.isEmpty();
        const qsizetype decoded = leaf ? m_message.decodedBody(i).size() : part.bodyLength;
        item->setText(4, sizeText(decoded));
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(4,
                         leaf ? tr("%1 in the message, %2 once its transfer encoding is undone")
                                    .arg(sizeText(part.length), sizeText(decoded))
                              : tr("%1 in the message").arg(sizeText(part.length)));
        item->setToolTip(0, describe(i));
        if (part.isAttachment) {
            QFont font = item->font(3);
            font.setBold(true);
            item->setFont(3, font);
        }
        items.append(item);
    }
    m_parts->expandAll();
}

void MessageInspector::fillHeaders()
{
    m_headers->clear();
    const QList<MimePart> &parts = m_message.parts();
    const QList<MimeHeader> headers = m_currentPart >= 0 && m_currentPart < parts.size()
        ? parts.at(m_currentPart).headers
        : m_message.headers();
    for (const MimeHeader &header : headers) {
        const Explanation e = Explanations::forHeaderField(header.name);
        auto *item = new QTreeWidgetItem(m_headers);
        item->setText(0, QString::fromLatin1(header.name));
        item->setText(1, header.value.simplified());
        // "Subject: what the message is about" → "what the message is about".
        const qsizetype colon = e.title.indexOf(QLatin1String(": "));
        item->setText(2, colon >= 0 ? e.title.mid(colon + 2) : e.title);
        item->setToolTip(0, e.title + QLatin1Char('\n') + e.text);
        item->setToolTip(1, QString::fromLatin1(header.rawValue));
        item->setToolTip(2, item->toolTip(0));
    }
    showHeaderExplanation();
}

void MessageInspector::showHeaderExplanation()
{
    QTreeWidgetItem *item = m_headers->currentItem();
    if (!item) {
        m_headerExplanation->setHtml(QStringLiteral("<p style='color:%1'>%2</p>")
                                         .arg(palette().color(QPalette::PlaceholderText).name(),
                                              m_headers->topLevelItemCount() > 0
                                                  ? tr("Select a header field to read what it is for.")
                                                  : QString()));
        return;
    }
    const QList<MimePart> &parts = m_message.parts();
    const QList<MimeHeader> headers = m_currentPart >= 0 && m_currentPart < parts.size()
        ? parts.at(m_currentPart).headers
        : m_message.headers();
    const int index = m_headers->indexOfTopLevelItem(item);
    if (index < 0 || index >= headers.size())
        return;
    const MimeHeader &header = headers.at(index);
    const Explanation e = Explanations::forHeaderField(header.name);
    QString html =
        QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(e.title.toHtmlEscaped(), e.text.toHtmlEscaped());
    if (!e.rfc.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(e.rfc.toHtmlEscaped());
    const QString raw = QString::fromLatin1(header.rawValue).simplified();
    if (raw != header.value.simplified()) {
        // The point of RFC 2047: non-ASCII text travels as ASCII "encoded words".
        html += QStringLiteral("<p>%1<br><code>%2</code></p>")
                    .arg(tr("As it travelled (header fields may only hold ASCII, so other "
                            "characters are written as RFC 2047 encoded words):")
                             .toHtmlEscaped(),
                         raw.toHtmlEscaped());
    }
    m_headerExplanation->setHtml(html);
}

QString MessageInspector::headerExplanationText() const
{
    return m_headerExplanation->toPlainText();
}

QString MessageInspector::partText(int part) const
{
    const MimePart &p = m_message.parts().at(part);
    return decodeText(m_message.decodedBody(part), p.charset);
}

QString MessageInspector::describe(int part) const
{
    const MimePart &p = m_message.parts().at(part);
    const QString type = QString::fromLatin1(p.contentType);
    if (part == 0 && p.children.isEmpty())
        return tr("The whole message: header fields, a blank line, then a body of type %1").arg(type);
    if (type.startsWith(QLatin1String("multipart/mixed")))
        return tr("A body made of parts one after another, such as a text and its attachments");
    if (type.startsWith(QLatin1String("multipart/alternative")))
        return tr("The same content in several forms (plain text and HTML): the reader's client "
                  "shows the best one it can");
    if (type.startsWith(QLatin1String("multipart/")))
        return tr("A body made of parts, separated by a boundary line");
    if (p.isAttachment || !p.fileName.isEmpty())
        return tr("An attachment: “%1” (%2)").arg(p.fileName, type);
    if (type.startsWith(QLatin1String("text/")))
        return tr("Text (%1) in the %2 character set").arg(type, QString::fromLatin1(p.charset));
    return type;
}

void MessageInspector::fillText()
{
    m_text->clear();
    const QList<MimePart> &parts = m_message.parts();
    if (parts.isEmpty()) {
        if (!m_message.raw().isEmpty())
            m_text->setPlainText(
                QString::fromUtf8(m_message.raw()).replace(QLatin1String("\r\n"), QLatin1String("\n")));
        return;
    }
    const int selected = m_currentPart;
    QString text;
    if (selected > 0 && parts.at(selected).children.isEmpty()) {
        // One part on its own: its text, or what it is.
        const MimePart &p = parts.at(selected);
        if (p.contentType.startsWith("text/") && !p.isAttachment)
            text = partText(selected);
        else
            text = tr("Attachment “%1” (%2, %3). Use “Save attachment…” to keep it as a file.")
                       .arg(p.fileName.isEmpty() ? tr("(no name)") : p.fileName,
                            QString::fromLatin1(p.contentType),
                            sizeText(m_message.decodedBody(selected).size()));
    } else {
        const struct {
            const char *name;
            QString label;
        } shown[] = {
            {"From", tr("From:")}, {"To", tr("To:")},           {"Cc", tr("Cc:")},
            {"Date", tr("Date:")}, {"Subject", tr("Subject:")},
        };
        for (const auto &header : shown) {
            const QString value = m_message.header(header.name);
            if (!value.isEmpty())
                text += header.label + QLatin1Char(' ') + value.simplified() + QLatin1Char('\n');
        }
        text += QLatin1Char('\n') + m_message.text();
        QStringList attachments;
        for (const MimePart &p : parts) {
            if (p.isAttachment)
                attachments.append(p.fileName.isEmpty() ? tr("(no name)") : p.fileName);
        }
        if (!attachments.isEmpty()) {
            if (!text.endsWith(QLatin1Char('\n')))
                text += QLatin1Char('\n');
            text += QLatin1Char('\n') + tr("Attached: %1").arg(attachments.join(QLatin1String(", ")));
        }
    }
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    m_text->setPlainText(text);
}

void MessageInspector::fillSource()
{
    // The bytes as text, each line end drawn as \r \n marks; m_positions keeps
    // where every byte landed, for highlighting a part's byte range.
    const QByteArray &raw = m_message.raw();
    const QString cr = InspectorPanel::carriageReturnMark();
    const QString lf = InspectorPanel::lineFeedMark();
    QString text;
    text.reserve(raw.size() + raw.size() / 16);
    m_positions.resize(raw.size() + 1);
    qsizetype i = 0;
    while (i < raw.size()) {
        qsizetype lineEnd = raw.indexOf('\n', i);
        const bool hasLf = lineEnd >= 0;
        if (!hasLf)
            lineEnd = raw.size();
        const qsizetype contentEnd = hasLf && lineEnd > i && raw.at(lineEnd - 1) == '\r' ? lineEnd - 1
                                                                                         : lineEnd;
        while (i < contentEnd) {
            m_positions[i] = int(text.size());
            const uchar c = uchar(raw.at(i));
            if (c >= 0x80) {
                if (const int n = utf8Length(raw, i, contentEnd)) {
                    text += QString::fromUtf8(raw.constData() + i, n);
                    for (int k = 1; k < n; ++k)
                        m_positions[i + k] = m_positions[i];
                    i += n;
                    continue;
                }
                text += QChar(c); // not UTF-8: shown as Latin-1, one byte one character
            } else if (c == '\r') {
                text += cr; // a CR alone, not ending a line
            } else if ((c < 0x20 && c != '\t') || c == 0x7f) {
                text += QChar(0xFFFD);
            } else {
                text += QChar(c);
            }
            ++i;
        }
        if (hasLf) {
            if (contentEnd < lineEnd) {
                m_positions[contentEnd] = int(text.size());
                text += cr;
            }
            m_positions[lineEnd] = int(text.size());
            text += lf;
            text += QLatin1Char('\n');
            i = lineEnd + 1;
        }
    }
    m_positions[raw.size()] = int(text.size());
    m_source->setPlainText(text);
}

int MessageInspector::sourcePosition(qsizetype byteOffset) const
{
    if (m_positions.isEmpty())
        return 0;
    return m_positions.at(qBound<qsizetype>(0, byteOffset, m_positions.size() - 1));
}

void MessageInspector::setCurrentPart(int part)
{
    for (QTreeWidgetItemIterator it(m_parts); *it; ++it) {
        if ((*it)->data(0, partRole).toInt() == part) {
            m_parts->setCurrentItem(*it);
            return;
        }
    }
    m_parts->setCurrentItem(nullptr);
}

void MessageInspector::onPartChanged()
{
    QTreeWidgetItem *item = m_parts->currentItem();
    m_currentPart = item ? item->data(0, partRole).toInt() : -1;
    const QList<MimePart> &parts = m_message.parts();
    const bool valid = m_currentPart >= 0 && m_currentPart < parts.size();
    const MimePart *part = valid ? &parts.at(m_currentPart) : nullptr;
    m_highlightOffset = part ? part->offset : 0;
    m_highlightLength = part ? part->length : 0;
    m_saveButton->setEnabled(part && part->children.isEmpty()
                             && (part->isAttachment || !part->fileName.isEmpty()));
    fillHeaders();
    fillText();
    highlightPart();
    Q_EMIT partSelected(valid ? m_currentPart : -1, m_highlightOffset, m_highlightLength);
}

void MessageInspector::highlightPart()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QList<MimePart> &parts = m_message.parts();
    if (m_currentPart >= 0 && m_currentPart < parts.size() && m_highlightLength > 0) {
        const MimePart &part = parts.at(m_currentPart);
        const qsizetype end = part.offset + part.length;
        QColor strong = palette().color(QPalette::Highlight);
        strong.setAlpha(110);
        QColor light = strong;
        light.setAlpha(45);
        auto add = [&](qsizetype from, qsizetype to, const QColor &color) {
            if (to <= from)
                return;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(m_source->document());
            selection.cursor.setPosition(sourcePosition(from));
            selection.cursor.setPosition(sourcePosition(to), QTextCursor::KeepAnchor);
            selection.format.setBackground(color);
            selections.append(selection);
        };
        // The part's own header fields lightly, its body strongly.
        const bool bodyInside = part.bodyOffset >= part.offset && part.bodyOffset <= end;
        if (bodyInside) {
            add(part.offset, part.bodyOffset, light);
            add(part.bodyOffset, qMin(end, part.bodyOffset + part.bodyLength), strong);
            add(qMin(end, part.bodyOffset + part.bodyLength), end, light);
        } else {
            add(part.offset, end, strong);
        }
        // Bring the part's first line into view without selecting anything.
        QTextCursor start(m_source->document());
        start.setPosition(sourcePosition(part.offset));
        m_source->setTextCursor(start);
        m_source->ensureCursorVisible();
    }
    m_source->setExtraSelections(selections);
}

bool MessageInspector::saveAttachment(int part, const QString &fileName, QString *error) const
{
    if (part < 0 || part >= m_message.parts().size()) {
        if (error)
            *error = tr("There is no such part in this message.");
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_message.decodedBody(part)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    return true;
}

void MessageInspector::saveCurrent()
{
    if (m_currentPart < 0 || m_currentPart >= m_message.parts().size())
        return;
    // Only the name: a file name in a message must not choose the folder.
    QString suggested = QFileInfo(m_message.parts().at(m_currentPart).fileName).fileName();
    suggested.replace(QLatin1Char('\\'), QLatin1Char('_'));
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Save attachment"), suggested);
    if (fileName.isEmpty())
        return;
    QString error;
    if (!saveAttachment(m_currentPart, fileName, &error))
        QMessageBox::warning(this, tr("Save attachment"), error);
}

QString MessageInspector::warningText() const
{
    const QStringList warnings = m_message.warnings();
    if (warnings.isEmpty())
        return QString();
    return tr("This message is damaged: %1").arg(warnings.join(QLatin1String("; ")));
}

void MessageInspector::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_message = MimeMessage::parse(m_message.raw()); // its notes and warnings in the new language
        m_warning->setText(warningText());
        m_note->setText(m_message.notes().join(QLatin1Char(' ')));
        fillHeaders();
        fillText();
    } else if (event->type() == QEvent::PaletteChange) {
        retranslate();
        highlightPart();
    }
}

void MessageInspector::retranslate()
{
    m_partsLabel->setText(tr("MIME parts"));
    m_partsLabel->setToolTip(tr("MIME (RFC 2045, 2046) lets one message carry several parts: text, "
                                "other forms of it, attachments. Select a part to see its bytes."));
    m_saveButton->setText(tr("Save attachment…"));
    m_saveButton->setToolTip(tr("Writes the selected attachment to a file, decoded (as it was before "
                                "being attached)"));
    m_parts->setHeaderLabels(
        {tr("Part"), tr("Charset"), tr("Transfer encoding"), tr("File name"), tr("Size")});
    m_headers->setHeaderLabels({tr("Field"), tr("Value"), tr("What it is")});
    m_tabs->setTabText(0, tr("Text"));
    m_tabs->setTabText(1, tr("Header fields"));
    m_tabs->setTabText(2, tr("Source"));
    m_tabs->setTabToolTip(0, tr("The message as the reader's mail client shows it"));
    m_tabs->setTabToolTip(1,
                          tr("The header fields of the message (or of the selected part), each "
                             "explained"));
    m_tabs->setTabToolTip(2, tr("The message byte by byte, as it travelled"));
    m_sourceLegend->setText(tr("%1%2 marks the end of each line (CR LF). The selected part is "
                               "highlighted: its header fields lightly, its body strongly.")
                                .arg(InspectorPanel::carriageReturnMark(), InspectorPanel::lineFeedMark()));
    if (auto *marks = m_source->document()->findChild<LineEndMarks *>())
        marks->setColor(palette().color(QPalette::PlaceholderText));
    if (m_placeholder.isEmpty()) {
        m_text->setPlaceholderText(tr("No message."));
        m_source->setPlaceholderText(m_text->placeholderText());
    }
}
