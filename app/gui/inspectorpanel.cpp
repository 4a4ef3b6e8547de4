// SPDX-License-Identifier: GPL-3.0-or-later
// inspectorpanel.cpp — the selected line: bytes, route, phases, explanation.
#include "inspectorpanel.h"

#include "explain/explanations.h"
#include "transcript/tlswire.h"
#include "transcript/transcript.h"
#include "transcript/transcriptformatter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTextBrowser>

#include <QVBoxLayout>
#include <algorithm>

namespace {

// The other connections between the same two hosts that were open when the
// event at `index` happened (a connection closes with its ConnectionClosed).
// Looks back a bounded way: a session longer than that is long over.
QList<int> connectionsBeside(const Transcript &transcript, qsizetype index)
{
    constexpr qsizetype lookBack = 4000;
    const TranscriptEvent &event = transcript.at(index);
    const auto sameHosts = [&event](const TranscriptEvent &e) {
        return (e.from == event.from && e.to == event.to) || (e.from == event.to && e.to == event.from);
    };
    QList<int> closed;
    QList<int> open;
    for (qsizetype i = index; i >= transcript.firstIndex() && index - i < lookBack; --i) {
        const TranscriptEvent &e = transcript.at(i);
        if (e.connectionId <= 0 || e.connectionId == event.connectionId || !sameHosts(e))
            continue;
        if (e.kind == TranscriptEvent::Kind::ConnectionClosed)
            closed.append(e.connectionId);
        else if (!closed.contains(e.connectionId) && !open.contains(e.connectionId))
            open.append(e.connectionId);
    }
    std::sort(open.begin(), open.end());
    return open;
}

QString colored(const QString &text, const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text);
}

// "RFC 5321 §4.1.1.2" → https://www.rfc-editor.org/rfc/rfc5321#section-4.1.1.2
QString rfcUrl(const QString &rfc)
{
    static const QRegularExpression pattern(QStringLiteral("^RFC\\s*(\\d+)(?:\\s*\\x{00A7}\\s*([0-9.]+))?"));
    const QRegularExpressionMatch match = pattern.match(rfc);
    if (!match.hasMatch())
        return QString();
    QString url = QStringLiteral("https://www.rfc-editor.org/rfc/rfc%1").arg(match.captured(1));
    if (!match.captured(2).isEmpty())
        url += QStringLiteral("#section-") + match.captured(2);
    return url;
}

QString rfcLink(const QString &rfc)
{
    const QString url = rfcUrl(rfc);
    if (url.isEmpty())
        return rfc.toHtmlEscaped();
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url, rfc.toHtmlEscaped());
}

QString directionMark(TranscriptEvent::Direction direction)
{
    switch (direction) {
    case TranscriptEvent::Direction::ClientToServer: return QStringLiteral("C:");
    case TranscriptEvent::Direction::ServerToClient: return QStringLiteral("S:");
    case TranscriptEvent::Direction::None: break;
    }
    return QString();
}

// The base64 a sensitive line carries (AUTH PLAIN's initial response, or an
// answer to a 334 challenge), decoded, or empty.
QByteArray decodedSecret(const TranscriptEvent &event)
{
    if (event.protocol != Protocol::Smtp || event.direction != TranscriptEvent::Direction::ClientToServer)
        return QByteArray();
    QByteArray candidate = event.raw.trimmed();
    if (candidate.toUpper().startsWith("AUTH ")) {
        const QList<QByteArray> words = candidate.split(' ');
        if (words.size() < 3)
            return QByteArray();
        candidate = words.at(2);
    }
    if (candidate.isEmpty() || candidate == "=" || candidate == "*")
        return QByteArray();
    const auto result = QByteArray::fromBase64Encoding(candidate, QByteArray::AbortOnBase64DecodingErrors);
    return result ? result.decoded : QByteArray();
}

QLabel *newLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    return label;
}

} // namespace

InspectorPanel::InspectorPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto *inner = new QWidget(scroll);
    auto *layout = new QVBoxLayout(inner);
    scroll->setWidget(inner);

    m_placeholder = newLabel(inner);
    m_placeholder->setObjectName(QStringLiteral("inspectorPlaceholder"));
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_placeholder);

    m_content = new QWidget(inner);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_content);

    m_route = newLabel(m_content);
    m_route->setObjectName(QStringLiteral("inspectorRoute"));
    content->addWidget(m_route);

    m_bytesHeading = new QLabel(m_content);
    m_bytesHeading->setObjectName(QStringLiteral("inspectorBytesHeading"));
    QFont headingFont = m_bytesHeading->font();
    headingFont.setBold(true);
    m_bytesHeading->setFont(headingFont);
    content->addWidget(m_bytesHeading);

    m_raw = newLabel(m_content);
    m_raw->setObjectName(QStringLiteral("inspectorRaw"));
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setTextFormat(Qt::RichText);
    m_raw->setFrameShape(QFrame::StyledPanel);
    m_raw->setBackgroundRole(QPalette::Base);
    m_raw->setAutoFillBackground(true);
    m_raw->setMargin(4);
    content->addWidget(m_raw);

    m_octets = newLabel(m_content);
    m_octets->setObjectName(QStringLiteral("inspectorOctets"));
    content->addWidget(m_octets);

    m_sensitive = newLabel(m_content);
    m_sensitive->setObjectName(QStringLiteral("inspectorSensitive"));
    m_sensitive->setTextFormat(Qt::RichText);
    m_sensitive->setFrameShape(QFrame::StyledPanel);
    m_sensitive->setMargin(4);
    m_sensitive->setAutoFillBackground(true);
    m_sensitive->setBackgroundRole(QPalette::ToolTipBase);
    m_sensitive->setForegroundRole(QPalette::ToolTipText);
    content->addWidget(m_sensitive);

    m_wireHeading = new QLabel(m_content);
    m_wireHeading->setObjectName(QStringLiteral("inspectorWireHeading"));
    m_wireHeading->setFont(headingFont);
    content->addWidget(m_wireHeading);

    m_wire = newLabel(m_content);
    m_wire->setObjectName(QStringLiteral("inspectorWire"));
    m_wire->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_wire->setTextFormat(Qt::PlainText);
    m_wire->setFrameShape(QFrame::StyledPanel);
    m_wire->setBackgroundRole(QPalette::Base);
    m_wire->setAutoFillBackground(true);
    m_wire->setMargin(4);
    content->addWidget(m_wire);

    m_wireHeader = newLabel(m_content);
    m_wireHeader->setObjectName(QStringLiteral("inspectorWireHeader"));
    m_wireHeader->setTextFormat(Qt::RichText);
    m_wireHeader->setOpenExternalLinks(true);
    content->addWidget(m_wireHeader);

    m_phase = newLabel(m_content);
    m_phase->setObjectName(QStringLiteral("inspectorPhase"));
    m_phase->setTextFormat(Qt::RichText);
    content->addWidget(m_phase);

    m_answer = newLabel(m_content);
    m_answer->setObjectName(QStringLiteral("inspectorAnswer"));
    m_answer->setTextFormat(Qt::RichText);
    content->addWidget(m_answer);

    m_title = newLabel(m_content);
    m_title->setObjectName(QStringLiteral("inspectorTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    content->addWidget(m_title);

    m_rfc = newLabel(m_content);
    m_rfc->setObjectName(QStringLiteral("inspectorRfc"));
    m_rfc->setTextFormat(Qt::RichText);
    m_rfc->setOpenExternalLinks(true);
    content->addWidget(m_rfc);

    m_text = new QTextBrowser(m_content);
    m_text->setObjectName(QStringLiteral("inspectorText"));
    m_text->setOpenExternalLinks(true);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->viewport()->setAutoFillBackground(false);
    m_text->document()->setDocumentMargin(0);
    m_text->setMinimumHeight(120);
    content->addWidget(m_text, 1);

    layout->addStretch(0);
    retranslate();
    clear();
}

void InspectorPanel::retranslate()
{
    m_placeholder->setText(tr("Select a line of the timeline to see its bytes and what it means."));
    m_bytesHeading->setText(tr("Bytes on the wire"));
    m_raw->setToolTip(tr("%1%2 is CR LF (octets 13 and 10), the end of every line in SMTP and "
                         "POP3; %3 is a tab. Octets that cannot be printed are shown as \\xNN.")
                          .arg(carriageReturnMark(), lineFeedMark(), tabMark()));
}

void InspectorPanel::setTranscript(const Transcript *transcript)
{
    if (m_growth)
        disconnect(m_growth);
    m_transcript = transcript;
    if (transcript) {
        m_growth = connect(transcript, &Transcript::eventsAdded, this,
                           [this](qsizetype first, qsizetype last) { transcriptGrew(first, last); });
    }
    showEvent(-1);
}

void InspectorPanel::showEvent(qsizetype index)
{
    m_event = (m_transcript && index >= 0 && index >= m_transcript->firstIndex()
               && index < m_transcript->size())
        ? index
        : -1;
    refresh();
}

void InspectorPanel::setHidePasswords(bool hide)
{
    if (m_hidePasswords == hide)
        return;
    m_hidePasswords = hide;
    refresh();
}

QString InspectorPanel::explanationText() const
{
    return m_explanationPlain;
}

QString InspectorPanel::rawText() const
{
    return m_rawPlain;
}

QString InspectorPanel::phaseText() const
{
    return m_phasePlain;
}

QString InspectorPanel::routeText() const
{
    return m_routePlain;
}

QString InspectorPanel::wireText() const
{
    return m_wirePlain;
}

QString InspectorPanel::bytesHeadingText() const
{
    return m_bytesHeading->text();
}

void InspectorPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // Colours come from the palette: redraw when it changes (light ↔ dark).
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        refresh();
}

void InspectorPanel::transcriptGrew(qsizetype first, qsizetype last)
{
    // Only the "after" phase can change once a line is shown: look again when
    // the line's connection has said something new.
    if (!m_waitingForNext || m_event < 0 || !m_transcript)
        return;
    const int connection = m_transcript->at(m_event).connectionId;
    last = qMin(last, m_transcript->size() - 1);
    for (qsizetype i = qMax(first, m_event + 1); i <= last; ++i) {
        if (m_transcript->at(i).connectionId == connection) {
            refresh();
            return;
        }
    }
}

void InspectorPanel::clear()
{
    m_rawPlain.clear();
    m_explanationPlain.clear();
    m_phasePlain.clear();
    m_routePlain.clear();
    m_wirePlain.clear();
    m_waitingForNext = false;
    m_placeholder->setVisible(true);
    m_content->setVisible(false);
}

void InspectorPanel::showWire(const Transcript &transcript, const TranscriptEvent &event)
{
    // The record itself, or the one that carried this line or message.
    qsizetype recordIndex = -1;
    if (event.kind == TranscriptEvent::Kind::TlsRecord)
        recordIndex = m_event;
    else
        recordIndex = TlsWire::carrierOf(transcript, m_event);
    m_wirePlain.clear();
    if (recordIndex < 0) {
        m_wireHeading->setVisible(false);
        m_wire->setVisible(false);
        m_wireHeader->setVisible(false);
        return;
    }
    const TranscriptEvent &record = transcript.at(recordIndex);
    const QByteArray &bytes = record.raw;
    const TlsWire::RecordHeader header = TlsWire::header(bytes);
    m_wireHeading->setText(tr("What anyone on the wire sees"));
    // The first eight lines of hex: enough to see the header and that the
    // rest is noise; a whole 16 KB record would bury the explanation.
    const QString hex = TlsWire::hex(bytes, 128);
    m_wire->setText(hex);

    QStringList lines;
    lines << tr("A TLS record of %n octet(s); its 5-octet header is in clear:", "", int(bytes.size()));
    if (header.valid) {
        const auto octets = [&bytes](qsizetype from, qsizetype count) {
            return TlsWire::hex(bytes.mid(from, count));
        };
        lines << tr("%1 — content type: %2 (%3)")
                     .arg(octets(0, 1), TlsWire::contentTypeName(header.contentType))
                     .arg(header.contentType);
        lines << tr("%1 — version: %2 (TLS 1.3 writes 0x0303 here too, for old middleboxes)")
                     .arg(octets(1, 2), TlsWire::versionName(header.version));
        lines << tr("%1 — length: %n octet(s) follow", "", int(header.length)).arg(octets(3, 2));
        const int rest = int(std::max<qsizetype>(0, bytes.size() - 5));
        if (record.tls) {
            lines << tr("Then %n octet(s) of ciphertext ending in a 16-octet authentication tag: only the "
                        "two hosts hold the keys to read it. The real content type is hidden inside "
                        "(RFC 8446 §5.2).",
                        "", rest);
        } else {
            lines << tr("Then %n octet(s) of the message in clear: nothing secret is in it.", "", rest);
        }
    } else {
        lines << tr("(not a TLS record header)");
    }
    m_wirePlain = hex + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    QString html = QStringLiteral("<b>%1</b>").arg(lines.first().toHtmlEscaped());
    for (qsizetype i = 1; i < lines.size(); ++i)
        html += QStringLiteral("<br>") + lines.at(i).toHtmlEscaped();
    html += QStringLiteral(" <i>(%1)</i>").arg(rfcLink(QStringLiteral("RFC 8446 §5.1")));
    m_wireHeader->setText(html);
    m_wireHeading->setVisible(true);
    m_wire->setVisible(true);
    m_wireHeader->setVisible(true);
}

void InspectorPanel::refresh()
{
    if (!m_transcript || m_event < m_transcript->firstIndex() || m_event < 0
        || m_event >= m_transcript->size()) {
        m_event = -1;
        clear();
        return;
    }
    const Transcript &transcript = *m_transcript;
    const TranscriptEvent &event = transcript.at(m_event);
    const bool isLine = event.kind == TranscriptEvent::Kind::Line;
    const QColor markColor = palette().color(QPalette::Link);
    const QColor quietColor = palette().color(QPalette::PlaceholderText);

    m_placeholder->setVisible(false);
    m_content->setVisible(true);

    // --- who, to whom, when ---------------------------------------------------------
    QStringList route;
    const QString from = event.from.isEmpty() ? tr("the world") : event.from;
    if (!event.to.isEmpty())
        route << tr("%1 → %2").arg(from, event.to);
    else
        route << from;
    if (isLine) {
        route << (event.direction == TranscriptEvent::Direction::ClientToServer
                      ? tr("%1 client to server").arg(directionMark(event.direction))
                      : tr("%1 server to client").arg(directionMark(event.direction)));
    }
    if (event.protocol != Protocol::None)
        route << protocolName(event.protocol);
    if (event.connectionId > 0) {
        const QList<int> beside = connectionsBeside(transcript, m_event);
        if (beside.isEmpty()) {
            route << tr("connection #%1").arg(event.connectionId);
        } else {
            QStringList others;
            for (int other : beside)
                others << QStringLiteral("#%1").arg(other);
            // Two sessions between the same hosts at once: say which story this is.
            route << tr("connection #%1, open at the same time as %2 between the same hosts: "
                        "its arrows are the ones marked #%1")
                         .arg(event.connectionId)
                         .arg(QLocale().createSeparatedList(others));
        }
    }
    route << tr("at %1 s").arg(QString::number(double(event.timeMs) / 1000.0, 'f', 3));
    m_routePlain = route.join(QStringLiteral(" · "));
    m_route->setText(m_routePlain);

    // --- the bytes ------------------------------------------------------------------
    const bool insideTls = isLine && event.tls;
    if (insideTls)
        m_bytesHeading->setText(tr("What %1 reads (decrypted)").arg(event.to));
    else if (event.kind == TranscriptEvent::Kind::TlsHandshake)
        m_bytesHeading->setText(tr("TLS handshake message"));
    else
        m_bytesHeading->setText(tr("Bytes on the wire"));
    // A class window masks passwords ("PASS ****"): what is shown and explained.
    const bool masked = m_hidePasswords && event.sensitive;
    const QByteArray shownRaw = masked ? TranscriptFormatter::maskedSecret(event.raw) : event.raw;
    if (isLine) {
        const QString printable = TranscriptFormatter::printable(shownRaw);
        QString plain = printable;
        plain.replace(QLatin1Char('\t'), tabMark());
        plain += carriageReturnMark() + lineFeedMark();
        m_rawPlain = plain;

        QString html = printable.toHtmlEscaped();
        static const QRegularExpression escaped(QStringLiteral("(\\\\x[0-9a-f]{2})"));
        html.replace(escaped, QStringLiteral("\x01\\1\x02"));
        html.replace(QLatin1Char('\x01'), QStringLiteral("<span style=\"color:%1\">").arg(markColor.name()));
        html.replace(QLatin1Char('\x02'), QStringLiteral("</span>"));
        html.replace(QLatin1Char('\t'), colored(tabMark(), markColor));
        html += QStringLiteral("<b>%1</b>").arg(colored(carriageReturnMark() + lineFeedMark(), markColor));
        m_raw->setText(QStringLiteral("<span style=\"white-space:pre-wrap\">%1</span>").arg(html));

        const qsizetype octets = event.raw.size() + 2;
        m_octets->setText(insideTls ? tr("%n octet(s) of plaintext: the line and its CR LF, encrypted "
                                         "inside the record below",
                                         "", int(octets))
                                    : tr("%n octet(s) on the wire: the line and its CR LF", "", int(octets)));
        m_octets->setVisible(true);
    } else {
        m_rawPlain = event.noteText();
        m_raw->setText(m_rawPlain.toHtmlEscaped());
        m_octets->setVisible(false);
    }

    // --- inside TLS: what anyone on the wire sees --------------------------------------
    showWire(transcript, event);

    // --- passwords, shown on purpose ----------------------------------------------
    QString sensitivePlain;
    if (insideTls && event.sensitive) {
        sensitivePlain = tr("A password, but inside TLS: it crossed the wire only as ciphertext, in "
                            "the record shown below; only %1 reads it.")
                             .arg(event.to);
        m_sensitive->setText(sensitivePlain.toHtmlEscaped());
        m_sensitive->setVisible(true);
    } else if (isLine && masked) {
        sensitivePlain = tr("A password in clear text, masked here as ****: anyone who can watch the "
                            "network can read this line. Real servers first encrypt the connection "
                            "with TLS.");
        m_sensitive->setText(sensitivePlain.toHtmlEscaped());
        m_sensitive->setVisible(true);
    } else if (isLine && event.sensitive) {
        sensitivePlain = tr("Password shown on purpose, as in the course: anyone who can watch "
                            "the network can read this line. Real servers first encrypt the "
                            "connection with TLS.");
        QString html = QStringLiteral("<b>%1</b> %2")
                           .arg(tr("Password shown on purpose, as in the course:").toHtmlEscaped(),
                                tr("anyone who can watch the network can read this line. Real "
                                   "servers first encrypt the connection with TLS.")
                                    .toHtmlEscaped());
        const QByteArray secret = decodedSecret(event);
        if (!secret.isEmpty()) {
            const QString decoded = TranscriptFormatter::printable(secret);
            const QString note = tr("Base64 is not encryption; decoded, it reads: %1").arg(decoded);
            sensitivePlain += QLatin1Char('\n') + note;
            html += QStringLiteral("<br>") + note.toHtmlEscaped();
        }
        m_sensitive->setText(html);
        m_sensitive->setVisible(true);
    } else {
        m_sensitive->setVisible(false);
    }

    // --- the phase before and after (same connection) ---------------------------------
    m_phasePlain.clear();
    m_waitingForNext = false;
    if (isLine && event.connectionId > 0) {
        Phase before = Phase::None;
        bool hasBefore = false;
        for (qsizetype i = m_event - 1; i >= 0; --i) {
            const TranscriptEvent &e = transcript.at(i);
            if (e.connectionId != event.connectionId)
                continue;
            if (e.kind == TranscriptEvent::Kind::ConnectionOpened)
                break;
            if (e.kind == TranscriptEvent::Kind::Line) {
                before = e.phase;
                hasBefore = true;
                break;
            }
        }
        Phase after = Phase::None;
        bool hasAfter = false;
        bool closed = false;
        for (qsizetype i = m_event + 1; i < transcript.size(); ++i) {
            const TranscriptEvent &e = transcript.at(i);
            if (e.connectionId != event.connectionId)
                continue;
            if (e.kind == TranscriptEvent::Kind::ConnectionClosed) {
                closed = true;
                break;
            }
            if (e.kind == TranscriptEvent::Kind::Line) {
                after = e.phase;
                hasAfter = true;
                break;
            }
        }
        m_waitingForNext = !hasAfter && !closed;
        const QString now = Explanations::phaseTitle(event.phase);
        const QString beforeText = hasBefore ? Explanations::phaseTitle(before)
                                             : tr("(start of the connection)");
        const QString afterText = hasAfter ? Explanations::phaseTitle(after)
                                           : (closed ? tr("(connection closed)") : tr("(nothing yet)"));
        m_phasePlain = tr("Phase before: %1 · this line: %2 · after: %3").arg(beforeText, now, afterText);
        QString html = QStringLiteral("<b>%1</b> %2 → <b>%3</b> → %4")
                           .arg(tr("Phase:").toHtmlEscaped(), beforeText.toHtmlEscaped(), now.toHtmlEscaped(),
                                afterText.toHtmlEscaped());
        QString change;
        if (hasBefore && before != event.phase)
            change = tr("A new phase starts with this line.");
        else if (hasAfter && after != event.phase)
            change = tr("The next line starts a new phase.");
        if (!change.isEmpty()) {
            m_phasePlain += QLatin1Char('\n') + change;
            html += QStringLiteral("<br>") + colored(change.toHtmlEscaped(), markColor);
        }
        m_phase->setText(html);
        m_phase->setVisible(true);
    } else {
        m_phase->setVisible(false);
    }

    // --- the explanation -----------------------------------------------------------------
    const Explanations::LineContext context = isLine ? Explanations::contextOf(transcript, m_event)
                                                     : Explanations::LineContext();
    const Explanation explanation = isLine
        ? Explanations::forLine(event.protocol, event.direction, shownRaw, event.phase, context)
        : Explanations::forEvent(event);

    QString answerPlain;
    if (context.answeredIndex >= transcript.firstIndex() && context.answeredIndex < transcript.size()
        && context.answeredIndex != m_event) {
        const TranscriptEvent &answered = transcript.at(context.answeredIndex);
        const bool answeredMasked = m_hidePasswords && answered.sensitive;
        answerPlain = tr("In answer to: %1 %2")
                          .arg(directionMark(answered.direction),
                               TranscriptFormatter::printable(
                                   answeredMasked ? TranscriptFormatter::maskedSecret(answered.raw)
                                                  : answered.raw));
        m_answer->setText(colored(answerPlain.toHtmlEscaped(), quietColor));
        m_answer->setVisible(true);
    } else {
        m_answer->setVisible(false);
    }

    m_title->setText(explanation.title);
    m_title->setVisible(!explanation.title.isEmpty());
    if (explanation.rfc.isEmpty()) {
        m_rfc->setVisible(false);
    } else {
        const QString lineage = Explanations::rfcLineage(explanation.rfc);
        m_rfc->setText(tr("Defined in %1").arg(rfcLink(explanation.rfc))
                       + (lineage.isEmpty()
                              ? QString()
                              : QStringLiteral("<br><small>%1</small>").arg(lineage.toHtmlEscaped())));
        m_rfc->setVisible(true);
    }
    QString html = QStringLiteral("<p>%1</p>").arg(explanation.text.toHtmlEscaped());
    QStringList plain;
    plain << explanation.title;
    if (!explanation.rfc.isEmpty())
        plain << explanation.rfc;
    plain << explanation.text;
    for (const ExplanationDetail &detail : explanation.details) {
        html += QStringLiteral("<p><b>%1</b><br>%2")
                    .arg(detail.title.toHtmlEscaped(), detail.text.toHtmlEscaped());
        QString line = detail.title + QStringLiteral(": ") + detail.text;
        if (!detail.rfc.isEmpty()) {
            html += QStringLiteral(" <i>(%1)</i>").arg(rfcLink(detail.rfc));
            line += QStringLiteral(" (") + detail.rfc + QLatin1Char(')');
        }
        html += QStringLiteral("</p>");
        plain << line;
    }
    if (!answerPlain.isEmpty())
        plain << answerPlain;
    if (!sensitivePlain.isEmpty())
        plain << sensitivePlain;
    m_text->setHtml(html);
    m_explanationPlain = plain.join(QLatin1Char('\n'));
}
