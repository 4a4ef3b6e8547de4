// SPDX-License-Identifier: GPL-3.0-or-later
// timelinepainter.cpp — how each row of the timeline is drawn.
//
// Fonts and metrics are worked out once per zoom (setZoom), not per row. The
// protocols' and outcomes' colours are hues: adapt() gives them a lightness
// for the palette, light or dark. Arrows follow UML (a command solid, a reply
// dashed, a DNS lookup dotted), a reply's code in bold in its class's colour;
// a TCP connection is a pipe of two lines, opened from a dot, closed with
// bars; a note sits beside its lane. Labels are elided to fit and veiled
// past the arrow's ends; the time is written only where it changes.
#include "timelinepainter.h"

#include "explain/explanations.h"
#include "transcript/transcriptformatter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

// Hues, not final colours: adapt() sets their lightness for the palette.
const QColor smtpHue(0x1f, 0x6f, 0xd1);
const QColor pop3Hue(0x12, 0x9a, 0x5a);
const QColor dnsHue(0x8e, 0x44, 0xad);
const QColor imapHue(0xa8, 0x2a, 0x86);
const QColor httpHue(0x6b, 0x7a, 0x12);
const QColor neutralHue(0x60, 0x6a, 0x78);
const QColor queueHue(0xc0, 0x7a, 0x12);
const QColor deliveryHue(0x23, 0x8a, 0x4e);
const QColor failureHue(0xc5, 0x30, 0x30);
const QColor informationHue(0x2b, 0x6c, 0xb0);
// TLS: teal, apart from every protocol's hue, so the handshake's arrows and
// the padlocks read as one layer under SMTP, POP3 and IMAP.
const QColor tlsHue(0x0b, 0x8a, 0x86);

// "CN=servidor.edu" from "CN=servidor.edu, O=Carteiro": the part of a
// certificate's subject a student recognises.
QString commonName(const QString &subject)
{
    const QString first = subject.section(QStringLiteral(", "), 0, 0);
    return first.startsWith(QLatin1String("CN=")) ? first : subject;
}

QColor mix(const QColor &a, const QColor &b, double amount)
{
    const double keep = 1.0 - amount;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amount),
                            float(a.greenF() * keep + b.greenF() * amount),
                            float(a.blueF() * keep + b.blueF() * amount));
}

QString timeText(qint64 ms)
{
    return QStringLiteral("%1.%2").arg(ms / 1000).arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

// The reply code's class, for its colour: 2xx and +OK went well, 3xx asks for
// more (354), 4xx is a temporary failure, 5xx and -ERR a permanent one.
QColor codeHue(const QByteArray &code)
{
    // IMAP's status words (RFC 3501 §7.1): OK went well, NO failed, BAD was not understood.
    if (code == "OK")
        return deliveryHue;
    if (code == "NO")
        return queueHue;
    if (code == "BAD" || code == "BYE")
        return failureHue;
    if (code == "*")
        return informationHue;
    if (code.startsWith('2') || code == "+OK")
        return deliveryHue;
    if (code.startsWith('3') || code.startsWith('+'))
        return informationHue;
    if (code.startsWith('4'))
        return queueHue;
    return failureHue;
}

} // namespace

TimelinePainter::TimelinePainter()
{
    setFonts(QFont(), QFont());
}

void TimelinePainter::setFonts(const QFont &font, const QFont &fixedFont)
{
    m_baseFont = font;
    m_baseFixedFont = fixedFont;
    setZoom(m_zoom);
}

void TimelinePainter::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.25, 4.0);
    m_text.clear();
    const auto scaled = [this](const QFont &base, double factor) {
        QFont f = base;
        const double points = base.pointSizeF() > 0 ? base.pointSizeF() : 9.0;
        f.setPointSizeF(std::max(3.0, points * factor * m_zoom));
        return f;
    };
    m_font = scaled(m_baseFont, 1.0);
    m_boldFont = m_font;
    m_boldFont.setBold(true);
    m_fixedFont = scaled(m_baseFixedFont, 1.0);
    m_smallFont = scaled(m_baseFont, 0.85);
    const QFontMetricsF fixed(m_fixedFont);
    const QFontMetricsF normal(m_font);
    m_fixedAscent = int(std::ceil(fixed.ascent()));
    m_fixedHeight = int(std::ceil(std::max(fixed.height(), normal.height())));
    m_rowHeight = m_fixedHeight + int(std::lround(10 * m_zoom));
    m_headerHeight = int(std::ceil(normal.height())) + int(std::lround(18 * m_zoom));
    const QFontMetricsF small(m_smallFont);
    double widest = 0;
    for (Phase phase : {Phase::Opening, Phase::Transfer, Phase::Closing, Phase::Authorization,
                        Phase::Transaction, Phase::Update, Phase::NotAuthenticated, Phase::Authenticated,
                        Phase::Selected, Phase::Logout, Phase::Exchange})
        widest = std::max(widest, small.horizontalAdvance(Explanations::phaseShortTitle(phase)));
    // A band's title starts with its connection's #n.
    // A band's title starts with its connection's #n; a second track's title
    // has a bracket's width less.
    widest += small.horizontalAdvance(QStringLiteral("#00 ")) + 7 * m_zoom;
    m_gutterText = int(std::ceil(std::min(widest, 175.0 * m_zoom)));
    // Measured once here, not for every row painted (text shaping is costly).
    // The column holds the times and its heading, in the current language
    // ("tiempo (s)" is wider than "000.000").
    m_timeText = std::max(small.horizontalAdvance(QStringLiteral("000.000")),
                          small.horizontalAdvance(tr("time (s)")));
}

TimelinePainter::Columns TimelinePainter::columns(int width) const
{
    Columns c;
    c.timeWidth = m_timeText + 14 * m_zoom;
    c.gutterWidth = m_gutterText + 26 * m_zoom;
    c.lanesLeft = c.timeWidth + c.gutterWidth;
    const int lanes = std::max(1, m_model ? m_model->laneCount() : 1);
    c.laneSpacing = std::max(1.0, (width - c.lanesLeft) / lanes);
    return c;
}

int TimelinePainter::minimumWidth() const
{
    return minimumWidth(m_model ? m_model->laneCount() : 1);
}

int TimelinePainter::minimumWidth(int lanes) const
{
    const Columns c = columns(0);
    return int(std::ceil(c.lanesLeft + std::max(1, lanes) * 110 * m_zoom));
}

int TimelinePainter::preferredWidth() const
{
    const Columns c = columns(0);
    const int lanes = std::max(1, m_model ? m_model->laneCount() : 1);
    return int(std::ceil(c.lanesLeft + lanes * 280 * m_zoom));
}

int TimelinePainter::widthForWholeLabels(int limit) const
{
    // The narrowest width, from preferredWidth() up to `limit`, at which no
    // row's label is cut: an arrow's label may use the width of all the lanes,
    // a caption the width after the time column, a note the room beside its
    // lane (right or left, whichever is wider at that width).
    double needed = preferredWidth();
    if (!m_model || !m_model->transcript())
        return int(needed);
    const Columns c = columns(0);
    const int lanes = std::max(1, m_model->laneCount());
    const QFontMetricsF normal(m_font);
    const QFontMetricsF bold(m_boldFont);
    const QFontMetricsF tag(tagFont());
    for (qsizetype row = 0; row < m_model->rowCount() && needed < limit; ++row) {
        const TimelineModel::Row &r = m_model->row(row);
        const QString text = label(row);
        switch (r.type) {
        case TimelineModel::RowType::Caption:
            needed = std::max(needed, c.timeWidth + 20 * m_zoom + bold.horizontalAdvance(text) + 2);
            break;
        case TimelineModel::RowType::Arrow:
        case TimelineModel::RowType::Lookup:
        case TimelineModel::RowType::ConnectionOpened:
        case TimelineModel::RowType::ConnectionClosed:
        case TimelineModel::RowType::TlsEstablished: {
            if (r.fromLane < 0 || r.toLane < 0
                || (r.fromLane == r.toLane && r.type != TimelineModel::RowType::Arrow))
                break;
            // Measured bold (a reply's code and a connection's mark are): an
            // upper bound of what is drawn.
            QFont font = r.type == TimelineModel::RowType::Lookup ? m_font
                : r.type == TimelineModel::RowType::Arrow         ? m_fixedFont
                                                                  : m_smallFont;
            font.setBold(true);
            font.setItalic(r.type != TimelineModel::RowType::Arrow
                           && r.type != TimelineModel::RowType::Lookup);
            const bool padlock = r.type == TimelineModel::RowType::TlsEstablished
                || (r.type == TimelineModel::RowType::Arrow && insideTls(m_model->event(row)));
            const double width = tag.horizontalAdvance(connectionTag(r.connection))
                + QFontMetricsF(font).horizontalAdvance(text) + (padlock ? padlockWidth() : 0.0);
            needed = std::max(needed, c.lanesLeft + 8 * m_zoom + width + 2);
            break;
        }
        case TimelineModel::RowType::Note: {
            const double wanted = normal.horizontalAdvance(text) + 14 * m_zoom;
            if (r.fromLane < 0) {
                needed = std::max(needed, c.lanesLeft + 8 * m_zoom + wanted + 2);
                break;
            }
            // Right of the lane: (W - lanesLeft) * (1 - (lane + ½) / n) >= 12 + wanted;
            // left of it: (W - lanesLeft) * (lane + ½) / n >= 8 + wanted.
            const double share = (r.fromLane + 0.5) / lanes;
            const double right = c.lanesLeft + (12 * m_zoom + wanted) / (1 - share);
            const double left = c.lanesLeft + (8 * m_zoom + wanted) / share;
            needed = std::max(needed, std::min(right, left) + 2);
            break;
        }
        }
    }
    return int(std::ceil(std::min<double>(needed, limit)));
}

double TimelinePainter::laneX(int lane, int width) const
{
    const Columns c = columns(width);
    return std::floor(c.lanesLeft + (lane + 0.5) * c.laneSpacing) + 0.5;
}

TimelinePainter::LabelArea TimelinePainter::labelArea(const QRect &rowRect) const
{
    return {rowRect.left() + columns(rowRect.width()).lanesLeft + 4 * m_zoom,
            rowRect.left() + rowRect.width() - 4 * m_zoom};
}

double TimelinePainter::LabelArea::place(double centre, double width) const
{
    return std::clamp(centre - width / 2, left, std::max(left, right - width));
}

double TimelinePainter::subLaneOffset(int subLane) const
{
    // Side by side, a bar's width apart; beyond four they share the last.
    return std::min(subLane, 3) * 11 * m_zoom;
}

QRect TimelinePainter::rowSpan(qsizetype row, int width) const
{
    const TimelineModel::Row &r = m_model->row(row);
    const Columns c = columns(width);
    if (r.fromLane < 0 || r.toLane < 0)
        return QRect(int(c.timeWidth), 0, int(width - c.timeWidth), m_rowHeight);
    const double offset = r.fromLane == r.toLane ? 0 : subLaneOffset(r.subLane);
    double left = laneX(std::min(r.fromLane, r.toLane), width) + offset;
    double right = laneX(std::max(r.fromLane, r.toLane), width) + offset;
    if (r.fromLane == r.toLane) // a note: to the right of its lane
        right = left + c.laneSpacing * 0.8;
    return QRect(int(left), 0, std::max(1, int(right - left)), m_rowHeight);
}

QColor TimelinePainter::adapt(const QColor &hue) const
{
    const bool dark = m_palette.color(QPalette::Base).lightnessF() < 0.5;
    float h, s, l, a;
    hue.getHslF(&h, &s, &l, &a);
    const QColor adapted = QColor::fromHslF(h, s, dark ? 0.68f : 0.40f);
    return mix(adapted, m_palette.color(QPalette::Text), 0.10);
}

QColor TimelinePainter::tint(const QColor &color, double amount) const
{
    return mix(m_palette.color(QPalette::Base), color, amount);
}

QColor TimelinePainter::protocolColor(Protocol protocol) const
{
    switch (protocol) {
    case Protocol::Smtp: return adapt(smtpHue);
    case Protocol::Pop3: return adapt(pop3Hue);
    case Protocol::Dns: return adapt(dnsHue);
    case Protocol::Imap: return adapt(imapHue);
    case Protocol::Http: return adapt(httpHue);
    case Protocol::None: break;
    }
    return adapt(neutralHue);
}

QString TimelinePainter::label(qsizetype row) const
{
    const TranscriptEvent &e = m_model->event(row);
    const QString note = TranscriptFormatter::printable(e.noteText().toUtf8());
    switch (m_model->row(row).type) {
    case TimelineModel::RowType::Arrow:
        if (e.kind == TranscriptEvent::Kind::TlsHandshake) {
            // Protocol text: "TLS ClientHello", "TLS Certificate (CN=servidor.edu)".
            const QString name = QStringLiteral("TLS ") + e.noteArguments.value(0);
            const QString subject = e.noteArguments.value(2);
            return subject.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, commonName(subject));
        }
        if (e.raw.isEmpty())
            return tr("(empty line)");
        if (m_hidePasswords && e.sensitive)
            return TranscriptFormatter::printable(TranscriptFormatter::maskedSecret(e.raw));
        return TranscriptFormatter::printable(e.raw);
    case TimelineModel::RowType::TlsEstablished: {
        const QString version = e.noteArguments.value(0);
        const QString cipher = e.noteArguments.value(1);
        if (e.noteCode == NoteCode::TlsEstablishedUnverified)
            return tr("Encrypted from here: %1, %2 (certificate NOT verified)").arg(version, cipher);
        return tr("Encrypted from here: %1, %2").arg(version, cipher);
    }
    case TimelineModel::RowType::ConnectionOpened:
        // Client end -> server end (service), from the note's arguments.
        if (e.noteCode == NoteCode::ConnectionOpened && e.noteArguments.size() == 3) {
            return tr("TCP connection opened: %1")
                .arg(QStringLiteral("%1 -> %2 (%3)")
                         .arg(e.noteArguments.at(0), e.noteArguments.at(1), e.noteArguments.at(2)));
        }
        return tr("TCP connection opened: %1").arg(note);
    case TimelineModel::RowType::ConnectionClosed:
        if (e.noteCode == NoteCode::ConnectionClosedBy && e.noteArguments.size() == 1 && e.reset)
            return tr("TCP connection reset (RST) by %1").arg(e.noteArguments.first());
        if (e.noteCode == NoteCode::ConnectionClosedBy && e.noteArguments.size() == 1)
            return tr("TCP connection closed by %1").arg(e.noteArguments.first());
        return tr("TCP connection closed: %1").arg(note);
    case TimelineModel::RowType::Lookup: return tr("DNS lookup: %1").arg(note);
    case TimelineModel::RowType::Caption: return note;
    case TimelineModel::RowType::Note: break;
    }
    switch (e.kind) {
    case TranscriptEvent::Kind::Queue: return tr("Queue: %1").arg(note);
    case TranscriptEvent::Kind::Delivery: return tr("Delivery: %1").arg(note);
    case TranscriptEvent::Kind::Expectation: {
        // The note is the verdict's word, then what was expected (and what was
        // found): the mark says the verdict, the rest follows. A world file
        // from before the note was a phrase has the verdict's word in the
        // language it was recorded in ("OK", "FALLOU" …) before a space.
        const QString what = e.noteCode == NoteCode::Concat && e.noteArguments.size() >= 3
            ? TranscriptFormatter::printable(Notes::text(NoteCode::Concat, e.noteArguments.mid(2)).toUtf8())
            : note.section(QLatin1Char(' '), 1);
        switch (e.outcome) {
        case TranscriptEvent::Outcome::Passed: return tr("\u2714 Expected: %1").arg(what);
        case TranscriptEvent::Outcome::Failed: return tr("\u2718 Expected: %1").arg(what);
        case TranscriptEvent::Outcome::None: break;
        }
        return note;
    }
    default: return note;
    }
}

QString TimelinePainter::toolTip(qsizetype row) const
{
    const TranscriptEvent &e = m_model->event(row);
    if (e.kind == TranscriptEvent::Kind::Caption)
        return TranscriptFormatter::printable(e.noteText().toUtf8());
    QString text = TranscriptFormatter::courseLine(e);
    if (e.phase != Phase::None)
        text += QLatin1Char('\n') + tr("Phase: %1").arg(Explanations::phaseTitle(e.phase));
    const TimelineModel::Row &r = m_model->row(row);
    const Transcript &transcript = *m_model->transcript();
    if (r.record >= transcript.firstIndex() && r.record < transcript.size()) {
        const TranscriptEvent &record = transcript.at(r.record);
        text += QLatin1Char('\n')
            + (record.tls
                   ? tr("Carried by an encrypted TLS record of %n octet(s): on the wire only its "
                        "header and ciphertext are seen.",
                        "", int(record.raw.size()))
                   : tr("Carried by a TLS record in clear of %n octet(s).", "", int(record.raw.size())));
    }
    const QList<qsizetype> loose = m_model->looseRecords(row);
    if (!loose.isEmpty()) {
        text += QLatin1Char('\n')
            + tr("Before it, %n TLS record(s) that carried no line or message of their own.", "",
                 int(loose.size()));
    }
    if (carriesSecret(e) && m_hidePasswords) {
        text += QLatin1Char('\n')
            + tr("This line carries a password in clear text, masked here as ****: anyone who can "
                 "watch the network can read it (base64 is not encryption). Real servers first "
                 "encrypt the connection with TLS.");
    } else if (carriesSecret(e)) {
        text += QLatin1Char('\n')
            + tr("This line carries a password in clear text, shown on purpose "
                 "as in the course: anyone who can watch the network can read "
                 "it (base64 is not encryption). Real servers first encrypt the "
                 "connection with TLS.");
    }
    return text;
}

void TimelinePainter::paintHeader(QPainter *painter, const QRect &rect) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(rect, m_palette.color(QPalette::Window));
    painter->setPen(m_palette.color(QPalette::Mid));
    painter->drawLine(QPointF(rect.left(), rect.bottom() + 0.5),
                      QPointF(rect.right() + 1, rect.bottom() + 0.5));
    if (!m_model) {
        painter->restore();
        return;
    }
    const Columns c = columns(rect.width());
    painter->setFont(m_smallFont);
    painter->setPen(m_palette.color(QPalette::PlaceholderText));
    painter->drawText(QRectF(rect.left() + 4 * m_zoom, rect.top(), c.timeWidth - 8 * m_zoom, rect.height()),
                      Qt::AlignVCenter | Qt::AlignRight, tr("time (s)"));
    painter->setFont(m_boldFont);
    const QFontMetricsF metrics(m_boldFont);
    const double boxHeight = rect.height() - 10 * m_zoom;
    for (int lane = 0; lane < m_model->laneCount(); ++lane) {
        const double x = rect.left() + laneX(lane, rect.width());
        const QString name = m_model->lane(lane);
        const double room = c.laneSpacing - 10 * m_zoom;
        // A name too long for its lane ("outside 127.0.0.1:40112") goes on
        // two smaller lines, split where it has a space, or a host name
        // after its first label ("webmail." over "servidor.edu"), before
        // being cut.
        QStringList lines{name};
        QFont font = m_boldFont;
        const int space = int(name.lastIndexOf(QLatin1Char(' ')));
        const int dot = int(name.indexOf(QLatin1Char('.')));
        const double wide = metrics.horizontalAdvance(name);
        // (A name without a space is split only when it would be cut.)
        if ((wide + 20 * m_zoom > room && space > 0) || (wide + 8 * m_zoom > room && space < 0 && dot > 0)) {
            lines = space > 0 ? QStringList{name.left(space), name.mid(space + 1)}
                              : QStringList{name.left(dot + 1), name.mid(dot + 1)};
            font = m_smallFont;
            font.setBold(true);
        }
        const QFontMetricsF fitted(font);
        double widest = 0;
        for (const QString &line : std::as_const(lines))
            widest = std::max(widest, fitted.horizontalAdvance(line));
        const double width = std::min(room, widest + 20 * m_zoom);
        const QRectF box(x - width / 2, rect.top() + 5 * m_zoom, width, boxHeight);
        painter->setPen(QPen(m_palette.color(QPalette::Mid), 1));
        painter->setBrush(m_palette.color(QPalette::Base));
        painter->drawRoundedRect(box, 4 * m_zoom, 4 * m_zoom);
        painter->setPen(m_palette.color(QPalette::Text));
        painter->setFont(font);
        for (QString &line : lines)
            line = fitted.elidedText(line, Qt::ElideRight, box.width() - 8 * m_zoom);
        painter->drawText(box, Qt::AlignCenter, lines.join(QLatin1Char('\n')));
        painter->setFont(m_boldFont);
    }
    painter->restore();
}

void TimelinePainter::paintRows(QPainter *painter, const QRect &rect, qsizetype first, qsizetype last,
                                const Options &options) const
{
    if (!m_model || !m_model->transcript())
        return;
    first = std::max<qsizetype>(first, 0);
    last = std::min(last, m_model->rowCount() - 1);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const QRect all(rect.left(), rect.top(), rect.width(),
                    int(std::max<qsizetype>(0, last - first + 1)) * m_rowHeight);
    painter->fillRect(rect, m_palette.color(QPalette::Base));
    if (first > last) {
        painter->restore();
        return;
    }
    paintBands(painter, all, first, last);

    const Columns c = columns(rect.width());
    if (options.pairedRow >= first && options.pairedRow <= last && options.pairedRow != options.currentRow) {
        // Its pair: a lighter tint and a dashed mark at the edge.
        const QRectF paired(rect.left(), rect.top() + (options.pairedRow - first) * m_rowHeight, rect.width(),
                            m_rowHeight);
        QColor highlight = m_palette.color(QPalette::Highlight);
        highlight.setAlphaF(0.12f);
        painter->fillRect(paired, highlight);
        QPen mark(m_palette.color(QPalette::Highlight), 3 * m_zoom, Qt::DotLine);
        painter->setPen(mark);
        painter->drawLine(QPointF(paired.left() + 1.5 * m_zoom, paired.top()),
                          QPointF(paired.left() + 1.5 * m_zoom, paired.bottom()));
    }
    if (options.currentRow >= first && options.currentRow <= last) {
        const QRectF selected(rect.left(), rect.top() + (options.currentRow - first) * m_rowHeight,
                              rect.width(), m_rowHeight);
        QColor highlight = m_palette.color(QPalette::Highlight);
        highlight.setAlphaF(0.28f);
        painter->fillRect(selected, highlight);
        painter->fillRect(QRectF(selected.left(), selected.top(), 3 * m_zoom, selected.height()),
                          m_palette.color(QPalette::Highlight));
    }

    // Lifelines.
    QPen lifeline(m_palette.color(QPalette::Mid), 1, Qt::DashLine);
    painter->setPen(lifeline);
    for (int lane = 0; lane < m_model->laneCount(); ++lane) {
        const double x = rect.left() + laneX(lane, rect.width());
        painter->drawLine(QPointF(x, all.top()), QPointF(x, all.bottom() + 1));
    }
    paintSpans(painter, all, first, last);

    qint64 previousTime = -1;
    if (first > 0)
        previousTime = m_model->event(first - 1).timeMs;
    // The first row drawn may be half under the header (a view scrolled by
    // pixels): then the next one carries the time too, so one is always seen.
    const qsizetype firstSeen = painter->hasClipping() && rect.top() < painter->clipBoundingRect().top()
        ? first + 1
        : first;
    for (qsizetype row = first; row <= last; ++row) {
        const QRect rowRect(rect.left(), rect.top() + int(row - first) * m_rowHeight, rect.width(),
                            m_rowHeight);
        const bool faded = options.cursorRow >= 0 && row > options.cursorRow;
        painter->setOpacity(faded ? 0.3 : 1.0);
        const TranscriptEvent &e = m_model->event(row);
        // The time only where it changes (and on the first row seen): a column
        // of identical stamps would hide the ones that matter.
        if (e.timeMs != previousTime || row == first || row == firstSeen) {
            painter->setFont(m_smallFont);
            painter->setPen(
                m_palette.color(row == options.currentRow ? QPalette::Text : QPalette::PlaceholderText));
            ShapedTextCache::draw(
                painter,
                QRectF(rowRect.left() + 2, rowRect.top(), c.timeWidth - 8 * m_zoom, rowRect.height()),
                Qt::AlignRight, m_text.get(timeText(e.timeMs), m_smallFont));
        }
        previousTime = e.timeMs;
        paintRow(painter, rowRect, row);
    }
    painter->restore();
}

void TimelinePainter::paintBands(QPainter *painter, const QRect &rect, qsizetype first, qsizetype last) const
{
    const Columns c = columns(rect.width());
    const double padding = std::min(c.laneSpacing * 0.22, 40.0 * m_zoom);
    // Rows whose gutter already holds a title: a band whose start has
    // scrolled away, or that starts on the same row as another's title,
    // writes its own on the next free row of the band instead of on top.
    QList<qsizetype> titled;
    // Bands are in order of their first row; few are visible at once.
    const qsizetype count = m_model->bandCount();
    for (qsizetype i = 0; i < count; ++i) {
        const TimelineModel::Band &band = m_model->band(i);
        if (band.firstRow > last)
            break;
        if (band.lastRow < first)
            continue;
        const QColor color = protocolColor(band.protocol);
        const double top = rect.top() + double(band.firstRow - first) * m_rowHeight + 1;
        const double bottom = rect.top() + double(band.lastRow - first + 1) * m_rowHeight - 1;
        const double offset = subLaneOffset(band.subLane);
        const double left = rect.left() + laneX(band.leftLane, rect.width()) - padding + offset;
        const double right = rect.left() + laneX(band.rightLane, rect.width()) + padding + offset;
        painter->setPen(Qt::NoPen);
        painter->setBrush(tint(color, 0.09 + 0.04 * band.track));
        painter->drawRoundedRect(QRectF(left, top, right - left, bottom - top), 5 * m_zoom, 5 * m_zoom);

        // The bracket in the gutter, and the phase's name where the band starts
        // (or at the top, when its start has scrolled away).
        const int track = std::min(band.track, 2);
        const double bar = rect.left() + c.lanesLeft - (8 + 7 * track) * m_zoom;
        painter->setBrush(color);
        painter->drawRoundedRect(QRectF(bar, top + 1, 3 * m_zoom, bottom - top - 2), 1.5, 1.5);
        qsizetype titleRow = std::max(band.firstRow, first);
        while (titled.contains(titleRow) && titleRow < std::min(band.lastRow, last))
            ++titleRow;
        if (titled.contains(titleRow))
            continue;
        titled.append(titleRow);
        const double titleTop = rect.top() + double(titleRow - first) * m_rowHeight;
        painter->setFont(m_smallFont);
        painter->setPen(color);
        const QRectF titleRect(rect.left() + c.timeWidth, titleTop,
                               bar - 5 * m_zoom - c.timeWidth - rect.left(), m_rowHeight);
        ShapedTextCache::draw(painter, titleRect, Qt::AlignRight,
                              m_text.get(QStringLiteral("#%1 %2")
                                             .arg(band.connectionId)
                                             .arg(Explanations::phaseShortTitle(band.phase)),
                                         m_smallFont, titleRect.width()));
    }
    painter->setBrush(Qt::NoBrush);
}

void TimelinePainter::paintRow(QPainter *painter, const QRect &rowRect, qsizetype row) const
{
    switch (m_model->row(row).type) {
    case TimelineModel::RowType::Arrow:
    case TimelineModel::RowType::Lookup: paintArrow(painter, rowRect, row); break;
    case TimelineModel::RowType::ConnectionOpened:
    case TimelineModel::RowType::ConnectionClosed: paintConnection(painter, rowRect, row); break;
    case TimelineModel::RowType::Note: paintNote(painter, rowRect, row); break;
    case TimelineModel::RowType::Caption: paintCaption(painter, rowRect, row); break;
    case TimelineModel::RowType::TlsEstablished: paintTlsEstablished(painter, rowRect, row); break;
    }
}

void TimelinePainter::paintArrowHead(QPainter *painter, const QPointF &tip, double direction,
                                     const QColor &color) const
{
    const double length = 8 * m_zoom;
    const double half = 4 * m_zoom;
    QPolygonF head;
    head << tip << QPointF(tip.x() - direction * length, tip.y() - half)
         << QPointF(tip.x() - direction * length, tip.y() + half);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(head);
    painter->setBrush(Qt::NoBrush);
}

void TimelinePainter::paintArrow(QPainter *painter, const QRect &rowRect, qsizetype row) const
{
    const TimelineModel::Row &r = m_model->row(row);
    const TranscriptEvent &e = m_model->event(row);
    if (r.fromLane < 0 || r.toLane < 0)
        return paintNote(painter, rowRect, row);
    const bool lookup = r.type == TimelineModel::RowType::Lookup;
    const bool handshake = e.kind == TranscriptEvent::Kind::TlsHandshake;
    const QColor color = handshake ? tlsColor() : protocolColor(lookup ? Protocol::Dns : e.protocol);
    // From one activation bar of its connection to the other.
    const double offset = subLaneOffset(r.subLane);
    const double edge = r.connection != 0 && r.fromLane != r.toLane ? barHalfWidth() : 0.0;
    const double towards = r.toLane >= r.fromLane ? 1 : -1;
    const double x1 = rowRect.left() + laneX(r.fromLane, rowRect.width()) + offset + towards * edge;
    const double x2 = rowRect.left() + laneX(r.toLane, rowRect.width()) + offset - towards * edge;
    const double y = rowRect.top() + m_fixedHeight + 5 * m_zoom + 0.5;
    const double direction = x2 >= x1 ? 1 : -1;
    // UML's convention: a reply (the server speaking) is dashed, a lookup dotted.
    const bool reply = e.direction == TranscriptEvent::Direction::ServerToClient;
    // A TLS handshake message: dash-dotted either way, under the protocol's
    // own convention, so the layer reads apart from the lines it carries.
    QPen pen(color, 1.6 * m_zoom,
             handshake    ? Qt::DashDotLine
                 : lookup ? Qt::DotLine
                 : reply  ? Qt::DashLine
                          : Qt::SolidLine);
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    if (r.fromLane == r.toLane) {
        const double w = 24 * m_zoom;
        QPainterPath loop;
        loop.moveTo(x1, y - 8 * m_zoom);
        loop.lineTo(x1 + w, y - 8 * m_zoom);
        loop.lineTo(x1 + w, y);
        loop.lineTo(x1 + 4, y);
        painter->drawPath(loop);
        paintArrowHead(painter, QPointF(x1 + 1, y), -1, color);
    } else {
        painter->drawLine(QPointF(x1, y), QPointF(x2 - direction * 6 * m_zoom, y));
        paintArrowHead(painter, QPointF(x2 - direction * 1, y), direction, color);
    }

    // The label: the real line, centred over the arrow; rows never share a
    // height, so a long one may use the width of all the lanes (moved in
    // from the edges) and is cut only past that; a reply's code in bold,
    // coloured by its class.
    const LabelArea area = labelArea(rowRect);
    const double room = area.room();
    const double centre = (x1 + x2) / 2;
    const double baseline = rowRect.top() + 3 * m_zoom + m_fixedAscent;
    QString text = label(row);
    QFont font = m_fixedFont;
    if (e.raw.isEmpty() && !lookup && !handshake)
        font.setItalic(true);
    if (lookup)
        font = m_font;
    QString code;
    // IMAP: the tag before the status word ("a3 " in "a3 OK …"); HTTP: the
    // version before the status code ("HTTP/1.1 " in "HTTP/1.1 200 OK").
    QString codePrefix;
    if (!lookup && reply && !e.code.isEmpty() && e.raw.startsWith(e.code)) {
        code = QString::fromLatin1(e.code);
        text = text.mid(code.size());
    } else if (!lookup && reply && !e.code.isEmpty()
               && (e.protocol == Protocol::Imap
                   || (e.protocol == Protocol::Http && e.role == LineRole::StatusLine))) {
        const qsizetype space = e.raw.indexOf(' ');
        if (space > 0 && e.raw.mid(space + 1).startsWith(e.code + ' ')) {
            codePrefix = text.left(space + 1);
            code = QString::fromLatin1(e.code);
            text = text.mid(space + 1 + code.size());
        }
    }
    QFont codeFont = font;
    codeFont.setBold(true);
    const ShapedTextCache::Text codeText = m_text.get(code, codeFont);
    const ShapedTextCache::Text prefixText = m_text.get(codePrefix, font);
    const double codeWidth = (code.isEmpty() ? 0 : codeText.width)
        + (codePrefix.isEmpty() ? 0 : prefixText.width);
    // Every line of a connection says which one it is: "#2" before the text.
    const QString tag = connectionTag(r.connection);
    const QFont tagged = tagFont();
    const ShapedTextCache::Text tagText = m_text.get(tag, tagged);
    const double tagWidth = tag.isEmpty() ? 0 : tagText.width;
    // Inside TLS: a closed padlock after the tag, part of the label's width.
    const double lockWidth = insideTls(e) ? padlockWidth() : 0.0;
    const ShapedTextCache::Text elided = m_text.get(text, font,
                                                    std::max(0.0, room - codeWidth - tagWidth - lockWidth));
    const double width = tagWidth + lockWidth + codeWidth + elided.width;
    double x = area.place(centre, width);
    if (width > std::abs(x2 - x1) - 12 * m_zoom) {
        // Past the arrow's ends the label crosses other lifelines: keep it legible.
        QColor veil = m_palette.color(QPalette::Base);
        veil.setAlphaF(0.8f);
        painter->fillRect(
            QRectF(x - 3 * m_zoom, rowRect.top() + 1, width + 6 * m_zoom, m_fixedHeight + 3 * m_zoom), veil);
    }
    if (carriesSecret(e)) {
        // A password in clear text, shown on purpose: the label on an amber
        // tint with a padlock before it (the tooltip says why).
        const QRectF tinted(x - 3 * m_zoom, rowRect.top() + 1, width + 6 * m_zoom,
                            m_fixedHeight + 3 * m_zoom);
        painter->fillRect(tinted, secretTint());
        paintPadlock(painter, QPointF(tinted.left() - 2 * m_zoom, tinted.center().y()));
    }
    if (!tag.isEmpty()) {
        painter->setFont(tagged);
        painter->setPen(mix(color, m_palette.color(QPalette::Text), 0.3));
        ShapedTextCache::draw(painter, QPointF(x, baseline), tagText);
        x += tagWidth;
    }
    if (lockWidth > 0) {
        paintPadlock(painter,
                     QPointF(x + lockWidth - 3 * m_zoom, baseline - m_fixedAscent / 2.0 - 1 * m_zoom),
                     tlsColor());
        x += lockWidth;
    }
    if (!codePrefix.isEmpty()) {
        painter->setFont(font);
        painter->setPen(m_palette.color(QPalette::Text));
        ShapedTextCache::draw(painter, QPointF(x, baseline), prefixText);
        x += prefixText.width;
    }
    if (!code.isEmpty()) {
        painter->setFont(codeFont);
        painter->setPen(adapt(codeHue(e.code)));
        ShapedTextCache::draw(painter, QPointF(x, baseline), codeText);
        x += codeText.width;
    }
    painter->setFont(font);
    painter->setPen(lookup || handshake ? mix(color, m_palette.color(QPalette::Text), handshake ? 0.25 : 0.0)
                                        : m_palette.color(QPalette::Text));
    ShapedTextCache::draw(painter, QPointF(x, baseline), elided);
}

bool TimelinePainter::carriesSecret(const TranscriptEvent &event)
{
    // Inside TLS a password is not in clear on the wire: the padlock says so.
    return event.kind == TranscriptEvent::Kind::Line && event.sensitive && !event.tls;
}

bool TimelinePainter::insideTls(const TranscriptEvent &event)
{
    return event.tls
        && (event.kind == TranscriptEvent::Kind::Line || event.kind == TranscriptEvent::Kind::TlsHandshake);
}

QColor TimelinePainter::tlsColor() const
{
    return adapt(tlsHue);
}

double TimelinePainter::padlockWidth() const
{
    return 14 * m_zoom;
}

QColor TimelinePainter::secretTint() const
{
    // Amber, see-through enough that the text stays legible on either palette.
    QColor amber(0xff, 0xb3, 0x00);
    amber.setAlphaF(0.35f);
    return amber;
}

void TimelinePainter::paintPadlock(QPainter *painter, const QPointF &rightCentre) const
{
    paintPadlock(painter, rightCentre, adapt(QColor(0xb0, 0x6a, 0x00)));
}

void TimelinePainter::paintPadlock(QPainter *painter, const QPointF &rightCentre, const QColor &ink) const
{
    // A padlock drawn with lines (no emoji font needed): body and shackle.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const double w = 8 * m_zoom;
    const double h = 6 * m_zoom;
    const QRectF body(rightCentre.x() - w, rightCentre.y() - h / 2 + 2 * m_zoom, w, h);
    painter->setPen(QPen(ink, 1.4 * m_zoom));
    painter->setBrush(ink);
    painter->drawRect(body);
    painter->setBrush(Qt::NoBrush);
    const QRectF shackle(body.left() + 1.5 * m_zoom, body.top() - 4 * m_zoom, w - 3 * m_zoom, 8 * m_zoom);
    painter->drawArc(shackle, 0, 180 * 16);
    painter->restore();
}

void TimelinePainter::paintConnection(QPainter *painter, const QRect &rowRect, qsizetype row) const
{
    const TimelineModel::Row &r = m_model->row(row);
    const TranscriptEvent &e = m_model->event(row);
    if (r.fromLane < 0 || r.toLane < 0 || r.fromLane == r.toLane)
        return paintNote(painter, rowRect, row);
    const bool opened = r.type == TimelineModel::RowType::ConnectionOpened;
    const QColor color = protocolColor(e.protocol);
    const double offset = subLaneOffset(r.subLane);
    const double x1 = rowRect.left() + laneX(r.fromLane, rowRect.width()) + offset;
    const double x2 = rowRect.left() + laneX(r.toLane, rowRect.width()) + offset;
    const double y = rowRect.top() + m_fixedHeight + 5 * m_zoom + 0.5;
    const double direction = x2 >= x1 ? 1 : -1;
    const double gap = 2.2 * m_zoom;
    // A TCP connection is a pipe: two parallel lines. Opening starts at a dot
    // (the client's socket) and ends in an arrowhead; closing ends in a bar.
    const QColor pipe = mix(color, m_palette.color(QPalette::Text), 0.35);
    painter->setPen(QPen(pipe, 1.2 * m_zoom));
    const double end = x2 - direction * (opened ? 7 : 1) * m_zoom;
    painter->drawLine(QPointF(x1, y - gap), QPointF(end, y - gap));
    painter->drawLine(QPointF(x1, y + gap), QPointF(end, y + gap));
    if (opened) {
        painter->setBrush(pipe);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPointF(x1, y), 3.8 * m_zoom, 3.8 * m_zoom);
        paintArrowHead(painter, QPointF(x2, y), direction, pipe);
    } else {
        painter->setPen(QPen(pipe, 2.4 * m_zoom));
        painter->drawLine(QPointF(x1, y - 5 * m_zoom), QPointF(x1, y + 5 * m_zoom));
        painter->drawLine(QPointF(x2, y - 5 * m_zoom), QPointF(x2, y + 5 * m_zoom));
    }
    QFont font = m_smallFont;
    font.setItalic(true);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(pipe);
    // As an arrow's label: the width of all the lanes if it needs it.
    const LabelArea area = labelArea(rowRect);
    const double room = area.room();
    const QString tag = connectionTag(r.connection);
    const QFont tagged = tagFont();
    const ShapedTextCache::Text tagText = m_text.get(tag, tagged);
    const double tagWidth = tag.isEmpty() ? 0 : tagText.width;
    const ShapedTextCache::Text text = m_text.get(label(row), font, std::max(0.0, room - tagWidth));
    const double baseline = rowRect.top() + 3 * m_zoom + m_fixedAscent;
    const double whole = tagWidth + text.width;
    const double x = area.place((x1 + x2) / 2, whole);
    if (!tag.isEmpty()) {
        painter->setFont(tagged);
        ShapedTextCache::draw(painter, QPointF(x, baseline), tagText);
        painter->setFont(font);
    }
    ShapedTextCache::draw(painter, QPointF(x + tagWidth, baseline), text);
}

void TimelinePainter::paintTlsEstablished(QPainter *painter, const QRect &rowRect, qsizetype row) const
{
    // "Encrypted from here": a band across the connection's two lifelines,
    // on its sub-lane, in the TLS colour, a padlock before the version and
    // cipher; the activation bars below it are teal (paintSpans).
    const TimelineModel::Row &r = m_model->row(row);
    if (r.fromLane < 0 || r.toLane < 0 || r.fromLane == r.toLane)
        return paintNote(painter, rowRect, row);
    const QColor color = tlsColor();
    const double offset = subLaneOffset(r.subLane);
    const double pad = 8 * m_zoom;
    const double x1 = rowRect.left() + laneX(std::min(r.fromLane, r.toLane), rowRect.width()) + offset - pad;
    const double x2 = rowRect.left() + laneX(std::max(r.fromLane, r.toLane), rowRect.width()) + offset + pad;
    const QRectF band(x1, rowRect.top() + 2 * m_zoom, x2 - x1, rowRect.height() - 4 * m_zoom);
    painter->setPen(QPen(color, 1.4 * m_zoom));
    painter->setBrush(tint(color, 0.2));
    painter->drawRoundedRect(band, 4 * m_zoom, 4 * m_zoom);
    painter->setBrush(Qt::NoBrush);

    QFont font = m_smallFont;
    font.setBold(true);
    const QFontMetricsF metrics(font);
    const LabelArea area = labelArea(rowRect);
    const QString tag = connectionTag(r.connection);
    const QFont tagged = tagFont();
    const ShapedTextCache::Text tagText = m_text.get(tag, tagged);
    const double tagWidth = tag.isEmpty() ? 0 : tagText.width;
    const double lockWidth = padlockWidth();
    const ShapedTextCache::Text text = m_text.get(label(row), font,
                                                  std::max(0.0, area.room() - tagWidth - lockWidth));
    const double whole = tagWidth + lockWidth + text.width;
    double x = area.place((x1 + x2) / 2, whole);
    if (whole > band.width() - 8 * m_zoom) {
        // Wider than its band: a veil keeps it legible across other lifelines.
        QColor veil = tint(color, 0.2);
        veil.setAlphaF(0.9f);
        painter->fillRect(QRectF(x - 3 * m_zoom, band.top() + 1, whole + 6 * m_zoom, band.height() - 2),
                          veil);
    }
    const QColor ink = mix(color, m_palette.color(QPalette::Text), 0.35);
    const double centreY = band.center().y();
    const double baseline = centreY + (metrics.ascent() - metrics.descent()) / 2;
    if (!tag.isEmpty()) {
        painter->setFont(tagged);
        painter->setPen(ink);
        ShapedTextCache::draw(painter, QPointF(x, baseline), tagText);
        x += tagWidth;
    }
    paintPadlock(painter, QPointF(x + lockWidth - 3 * m_zoom, centreY - 1 * m_zoom), color);
    x += lockWidth;
    painter->setFont(font);
    painter->setPen(ink);
    ShapedTextCache::draw(painter, QPointF(x, baseline), text);
}

void TimelinePainter::paintNote(QPainter *painter, const QRect &rowRect, qsizetype row) const
{
    const TimelineModel::Row &r = m_model->row(row);
    const TranscriptEvent &e = m_model->event(row);
    const Columns c = columns(rowRect.width());
    QColor hue = neutralHue;
    switch (e.kind) {
    case TranscriptEvent::Kind::Queue: hue = queueHue; break;
    case TranscriptEvent::Kind::Delivery: hue = deliveryHue; break;
    case TranscriptEvent::Kind::Expectation:
        hue = e.outcome == TranscriptEvent::Outcome::Passed ? deliveryHue : failureHue;
        break;
    default: break;
    }
    const QColor color = adapt(hue);
    const QString text = label(row);
    const double margin = 2.5 * m_zoom;
    double left;
    double right;
    const double wanted = m_text.advance(text, m_font) + 14 * m_zoom;
    if (r.fromLane < 0) {
        left = rowRect.left() + c.lanesLeft + 4 * m_zoom;
        right = std::min(rowRect.left() + rowRect.width() - 4 * m_zoom, left + wanted);
    } else {
        // Beside its lane, to the right where there is room, else to the left.
        const double x = rowRect.left() + laneX(r.fromLane, rowRect.width());
        const double roomRight = rowRect.left() + rowRect.width() - 4 * m_zoom - (x + 8 * m_zoom);
        const double roomLeft = (x - 8 * m_zoom) - (rowRect.left() + c.lanesLeft);
        if (wanted <= roomRight || roomRight >= roomLeft) {
            left = x + 8 * m_zoom;
            right = left + std::min(wanted, roomRight);
        } else {
            right = x - 8 * m_zoom;
            left = right - std::min(wanted, roomLeft);
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(QPointF(x, rowRect.top() + rowRect.height() / 2.0), 3.5 * m_zoom, 3.5 * m_zoom);
    }
    const QRectF box(left, rowRect.top() + margin, right - left, rowRect.height() - 2 * margin);
    painter->setPen(QPen(color, 1));
    painter->setBrush(tint(color, 0.16));
    painter->drawRoundedRect(box, 3 * m_zoom, 3 * m_zoom);
    painter->setBrush(Qt::NoBrush);
    painter->setFont(m_font);
    painter->setPen(m_palette.color(QPalette::Text));
    ShapedTextCache::draw(painter, box.adjusted(7 * m_zoom, 0, -5 * m_zoom, 0), Qt::AlignLeft,
                          m_text.get(text, m_font, box.width() - 12 * m_zoom));
}

void TimelinePainter::paintCaption(QPainter *painter, const QRect &rowRect, qsizetype row) const
{
    const Columns c = columns(rowRect.width());
    const QRectF band(rowRect.left() + c.timeWidth, rowRect.top() + 1, rowRect.width() - c.timeWidth,
                      rowRect.height() - 2);
    const QColor accent = m_palette.color(QPalette::Highlight);
    painter->fillRect(band, tint(accent, 0.14));
    painter->fillRect(QRectF(band.left(), band.top(), 4 * m_zoom, band.height()), accent);
    painter->setFont(m_boldFont);
    painter->setPen(m_palette.color(QPalette::Text));
    const QRectF text = band.adjusted(12 * m_zoom, 0, -8 * m_zoom, 0);
    ShapedTextCache::draw(painter, text, Qt::AlignLeft, m_text.get(label(row), m_boldFont, text.width()));
}

QString TimelinePainter::connectionTag(int connection)
{
    return connection > 0 ? QStringLiteral("#%1 ").arg(connection) : QString();
}

QFont TimelinePainter::tagFont() const
{
    QFont font = m_smallFont;
    font.setBold(true);
    return font;
}

double TimelinePainter::barHalfWidth() const
{
    return 3 * m_zoom;
}

void TimelinePainter::paintSpans(QPainter *painter, const QRect &rect, qsizetype first, qsizetype last) const
{
    // UML's activation bars: each connection, from its first row to its last,
    // is a narrow box on both its lifelines, on its own sub-lane, so two
    // conversations between the same hosts read as two stories.
    const double half = barHalfWidth();
    const double arrowY = m_fixedHeight + 5 * m_zoom + 0.5;
    const qsizetype count = m_model->spanCount();
    for (qsizetype i = 0; i < count; ++i) {
        const TimelineModel::Span &span = m_model->span(i);
        if (span.firstRow > last)
            break;
        if (span.lastRow < first || span.leftLane == span.rightLane)
            continue;
        const QColor color = protocolColor(span.protocol);
        const double top = rect.top() + double(span.firstRow - first) * m_rowHeight + arrowY - 4 * m_zoom;
        const double bottom = rect.top() + double(span.lastRow - first) * m_rowHeight + arrowY + 4 * m_zoom;
        painter->setPen(QPen(mix(color, m_palette.color(QPalette::Base), 0.35), 1));
        painter->setBrush(tint(color, 0.22));
        for (int lane : {span.leftLane, span.rightLane}) {
            const double x = rect.left() + laneX(lane, rect.width()) + subLaneOffset(span.subLane);
            painter->drawRect(QRectF(x - half, top, 2 * half, bottom - top));
        }
        if (span.tlsRow >= 0 && span.tlsRow <= last) {
            // Encrypted from its TlsEstablished row on: the bars turn teal.
            const double tlsTop = rect.top() + double(std::max(span.tlsRow, first - 1) - first) * m_rowHeight
                + m_rowHeight / 2.0;
            const QColor tls = tlsColor();
            painter->setPen(QPen(tls, 1));
            painter->setBrush(tint(tls, 0.55));
            for (int lane : {span.leftLane, span.rightLane}) {
                const double x = rect.left() + laneX(lane, rect.width()) + subLaneOffset(span.subLane);
                painter->drawRect(QRectF(x - half, tlsTop, 2 * half, std::max(0.0, bottom - tlsTop)));
            }
        }
    }
    painter->setBrush(Qt::NoBrush);
}
