// SPDX-License-Identifier: GPL-3.0-or-later
// eavesdropperpanel.cpp — the capture of an eavesdropper on the network:
// lines in clear (passwords marked) and TLS records as hex, up to the moment
// the timeline shows.
#include "eavesdropperpanel.h"

#include "transcript/transcriptformatter.h"
#include "world/world.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <utility>

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

EavesdropperPanel::EavesdropperPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("eavesdropperChoice"));
    m_choice->setVisible(false);
    connect(m_choice, &QComboBox::activated, this,
            [this](int index) { showEavesdropper(m_choice->itemText(index)); });
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("eavesdropperHeading"));
    m_heading->setWordWrap(true);
    QFont small = m_heading->font();
    small.setPointSizeF(small.pointSizeF() > 0 ? small.pointSizeF() * 0.9 : 8);
    m_heading->setFont(small);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("eavesdropperCapture"));
    m_text->setOpenLinks(false);
    m_text->setLineWrapMode(QTextEdit::WidgetWidth);
    layout->addWidget(m_choice);
    layout->addWidget(m_heading);
    layout->addWidget(m_text, 1);
    setMinimumHeight(160);
    retranslate();
}

void EavesdropperPanel::setWorld(World *world)
{
    if (m_growth)
        disconnect(m_growth);
    m_world = world;
    m_names = world ? world->scenario().eavesdropperNames() : QStringList();
    m_choice->clear();
    m_choice->addItems(m_names);
    m_choice->setVisible(m_names.size() > 1);
    m_name = m_names.value(0);
    m_moment = -1;
    if (world && !m_names.isEmpty()) {
        m_growth = connect(world->transcript(), &Transcript::eventsAdded, this, &EavesdropperPanel::grew);
    }
    rebuild();
    Q_EMIT eavesdropperChanged(m_name);
}

void EavesdropperPanel::showEavesdropper(const QString &name)
{
    const qsizetype index = m_names.indexOf(name);
    if (index < 0 || name == m_name)
        return;
    m_name = name;
    m_choice->setCurrentIndex(int(index));
    rebuild();
    Q_EMIT eavesdropperChanged(m_name);
}

void EavesdropperPanel::showMoment(qsizetype event)
{
    if (event == m_moment)
        return;
    m_moment = event;
    rebuild();
}

QList<WireCapture::Link> EavesdropperPanel::links() const
{
    QList<WireCapture::Link> result;
    if (!m_world)
        return result;
    for (const ScenarioEavesdropper &e : m_world->scenario().eavesdroppers) {
        if (e.name == m_name)
            result.append({e.a, e.b});
    }
    return result;
}

void EavesdropperPanel::rebuild()
{
    m_entries.clear();
    m_text->clear();
    m_scanned = 0;
    retranslate();
    if (!m_world || m_name.isEmpty())
        return;
    const Transcript &transcript = *m_world->transcript();
    m_entries = WireCapture::capture(transcript, links(), 0, m_moment);
    m_scanned = m_moment < 0 ? transcript.size() : 0;
    QString html;
    for (const WireCapture::Entry &entry : std::as_const(m_entries))
        html += entryHtml(entry);
    if (m_entries.isEmpty())
        html = QStringLiteral("<p><i>%1</i></p>")
                   .arg(tr("Nothing has crossed these links yet.").toHtmlEscaped());
    m_text->setHtml(html);
    // The newest entry in view, as when it was appended live.
    m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
}

void EavesdropperPanel::grew(qsizetype first, qsizetype last)
{
    Q_UNUSED(first);
    Q_UNUSED(last);
    if (m_moment >= 0 || !m_world)
        return; // a past moment: what came later is not shown
    const Transcript &transcript = *m_world->transcript();
    const QList<WireCapture::Entry> added = WireCapture::capture(transcript, links(), m_scanned);
    m_scanned = transcript.size();
    if (added.isEmpty())
        return;
    if (m_entries.isEmpty())
        m_text->clear();
    m_entries += added;
    QString html;
    for (const WireCapture::Entry &entry : added)
        html += entryHtml(entry);
    m_text->append(html);
}

QString EavesdropperPanel::entryHtml(const WireCapture::Entry &entry) const
{
    const QString hosts = QStringLiteral("<span style=\"color:%1\">#%2 %3 → %4</span> ")
                              .arg(isDark(palette()) ? QStringLiteral("#a0a0a0") : QStringLiteral("#707070"))
                              .arg(entry.connectionId)
                              .arg(entry.from.toHtmlEscaped(), entry.to.toHtmlEscaped());
    if (entry.kind == WireCapture::Entry::Kind::Line) {
        const QString text = TranscriptFormatter::printable(entry.raw).toHtmlEscaped();
        if (entry.secret) {
            const QString background = isDark(palette()) ? QStringLiteral("#7a5600")
                                                         : QStringLiteral("#ffd54f");
            return QStringLiteral("<div>%1<code style=\"background-color:%2; font-weight:bold\">%3</code> "
                                  "<b style=\"color:#c62828\">%4</b></div>")
                .arg(hosts, background, text, tr("← password in clear").toHtmlEscaped());
        }
        return QStringLiteral("<div>%1<code>%2</code></div>").arg(hosts, text);
    }
    const QString teal = isDark(palette()) ? QStringLiteral("#4dd0c0") : QStringLiteral("#00796b");
    const QString what = entry.header.valid
        ? tr("TLS record (%1), %2 octets").arg(WireCapture::recordKind(entry.header)).arg(entry.raw.size())
        : tr("TLS record, %1 octets").arg(entry.raw.size());
    return QStringLiteral("<div>%1<span style=\"color:%2\">%3</span><br><code style=\"color:%2\">"
                          "&nbsp;&nbsp;%4</code></div>")
        .arg(hosts, teal, what.toHtmlEscaped(), TlsWire::hex(entry.raw, 16).toHtmlEscaped());
}

QString EavesdropperPanel::captureText() const
{
    return m_text->toPlainText();
}

void EavesdropperPanel::retranslate()
{
    if (m_name.isEmpty()) {
        m_heading->setText(tr("The scenario puts no eavesdropper on the network."));
        return;
    }
    QStringList pairs;
    for (const WireCapture::Link &l : links())
        pairs.append(tr("%1 and %2").arg(l.a, l.b));
    QString name = m_name;
    name[0] = name.at(0).toUpper(); // "eva" in the scenario, Eva here
    m_heading->setText(tr("%1 is on the network between %2 and reads what anyone on the wire reads: lines in "
                          "clear as they were written, and inside TLS only encrypted records.")
                           .arg(name, pairs.join(QStringLiteral("; "))));
}

void EavesdropperPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}
