// SPDX-License-Identifier: GPL-3.0-or-later
// shapedtext.h — labels laid out once and drawn again.
//
// Shaping text (measuring it, eliding it, drawing it) was most of what a
// paint of the timeline or of the network map cost, and a class at work
// repaints them several times a second with the same labels. A cache keeps
// each label as a QStaticText, elided to its room, with its width, keyed by
// the text, the font and the room; the owner empties it when its fonts, zoom
// or language change (the keys would miss anyway; this bounds the memory).
#pragma once

#include <QCache>
#include <QFont>
#include <QRectF>
#include <QStaticText>
#include <QString>

class QPainter;

class ShapedTextCache
{
public:
    struct Text {
        QString shown; // the text as drawn (elided with "…" when it had no room)
        QStaticText layout;
        double width = 0; // its advance, as QFontMetricsF::horizontalAdvance
        double ascent = 0;
        double height = 0;
    };

    explicit ShapedTextCache(int capacity = 4000);
    // A copy starts empty (a painter copied for an export lays out its own).
    ShapedTextCache(const ShapedTextCache &other);
    ShapedTextCache &operator=(const ShapedTextCache &other);

    // `text` in `font`, elided on the right to `room` pixels (negative: whole).
    Text get(const QString &text, const QFont &font, double room = -1) const;
    double advance(const QString &text, const QFont &font) const { return get(text, font).width; }
    void clear() { m_cache.clear(); }
    int size() const { return int(m_cache.size()); }

    // Draws with the painter's pen; the painter's font must be `font` of get().
    // At a baseline (the text's left end on it).
    static void draw(QPainter *painter, const QPointF &baseline, const Text &text);
    // Centred vertically in `rect`, on its left or its right (Qt::AlignLeft,
    // Qt::AlignRight or Qt::AlignHCenter).
    static void draw(QPainter *painter, const QRectF &rect, Qt::Alignment alignment, const Text &text);

private:
    mutable QCache<QString, Text> m_cache;
};
