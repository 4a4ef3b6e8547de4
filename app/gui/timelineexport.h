// SPDX-License-Identifier: GPL-3.0-or-later
// timelineexport.h — the timeline as an SVG or PNG file, and the transcript as text.
//
// The whole timeline, every row, drawn by TimelinePainter in a light palette
// (a document's colours, whatever the desktop's theme). Painting needs a
// QGuiApplication (fonts); the command line creates one for --export-timeline.
#pragma once

#include "transcript/eventjson.h"

#include <QPalette>
#include <QString>

class TimelineModel;
class Transcript;

namespace TimelineExport {
// A printed page's colours: dark text on white, whatever the desktop uses.
QPalette documentPalette();
// By the file's extension: .svg or .png. false with a message on failure.
bool toImage(const TimelineModel &model, const QString &fileName, QString *error);
// The course's notation, one line per event; passwords and AUTH responses
// Masked as "****" (TranscriptFormatter::maskedSecret) or Shown.
bool transcriptToText(const Transcript &transcript, const QString &fileName, EventJson::Passwords passwords,
                      QString *error);
} // namespace TimelineExport
