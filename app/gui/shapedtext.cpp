// SPDX-License-Identifier: GPL-3.0-or-later
// shapedtext.cpp — the cache of laid-out labels: one QStaticText per text,
// font and room, shaped (prepared) once.
#include "shapedtext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTransform>

#include <cmath>

ShapedTextCache::ShapedTextCache(int capacity)
    : m_cache(capacity)
{
}

ShapedTextCache::ShapedTextCache(const ShapedTextCache &other)
    : m_cache(other.m_cache.maxCost())
{
}

ShapedTextCache &ShapedTextCache::operator=(const ShapedTextCache &other)
{
    if (this != &other) {
        m_cache.clear();
        m_cache.setMaxCost(other.m_cache.maxCost());
    }
    return *this;
}

ShapedTextCache::Text ShapedTextCache::get(const QString &text, const QFont &font, double room) const
{
    // Whole pixels of room: a label's room moves by fractions as a view is
    // resized; the text elided to the pixel below reads the same.
    const int pixels = room < 0 ? -1 : int(std::floor(room));
    QString key;
    key.reserve(text.size() + font.family().size() + 24);
    key += font.family();
    key += QLatin1Char('\x1f');
    key += QString::number(font.pointSizeF(), 'f', 2);
    key += QLatin1Char(font.bold() ? 'b' : '-');
    key += QLatin1Char(font.italic() ? 'i' : '-');
    key += QString::number(font.weight());
    key += QLatin1Char('\x1f');
    key += QString::number(pixels);
    key += QLatin1Char('\x1f');
    key += text;
    if (const Text *known = m_cache.object(key))
        return *known;
    const QFontMetricsF metrics(font);
    auto *made = new Text;
    made->shown = text;
    made->width = metrics.horizontalAdvance(text);
    if (pixels >= 0 && made->width > pixels) {
        made->shown = metrics.elidedText(text, Qt::ElideRight, pixels);
        made->width = metrics.horizontalAdvance(made->shown);
    }
    made->ascent = metrics.ascent();
    made->height = metrics.height();
    made->layout.setText(made->shown);
    made->layout.setTextFormat(Qt::PlainText); // "MAIL FROM:<ana@cliente.fr>" is not markup
    made->layout.setPerformanceHint(QStaticText::AggressiveCaching);
    made->layout.prepare(QTransform(), font);
    const Text copy = *made;
    m_cache.insert(key, made);
    return copy;
}

void ShapedTextCache::draw(QPainter *painter, const QPointF &baseline, const Text &text)
{
    if (text.shown.isEmpty())
        return;
    painter->drawStaticText(QPointF(baseline.x(), baseline.y() - text.ascent), text.layout);
}

void ShapedTextCache::draw(QPainter *painter, const QRectF &rect, Qt::Alignment alignment, const Text &text)
{
    if (text.shown.isEmpty())
        return;
    double x = rect.left();
    if (alignment & Qt::AlignRight)
        x = rect.right() - text.width;
    else if (alignment & Qt::AlignHCenter)
        x = rect.left() + (rect.width() - text.width) / 2;
    const double top = rect.top() + (rect.height() - text.height) / 2;
    painter->drawStaticText(QPointF(x, top), text.layout);
}
