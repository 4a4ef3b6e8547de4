// SPDX-License-Identifier: GPL-3.0-or-later
// webtext.h — the webmail's words and HTML: each page in its reader's language, escaped.
//
// A page is read by one student in their language (their choice on the
// page, else their browser's Accept-Language, else the application's), not
// in the window's: so the webmail looks its words up in the catalogue of
// that language (":/i18n/carteiro_<code>.qm", context "Webmail") instead of
// the application's installed translator. English is the source and needs
// no catalogue.
//
// Everything that comes from a message or a user (a subject, an address, a
// file name, a folder name) goes into a page through escape(): nothing a
// sender wrote can become markup or script.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Web {

// The languages of the pages, in the order offered: gl, es, en.
QStringList languages();
// `source` (marked with QT_TRANSLATE_NOOP("Webmail", …)) in `language`.
QString text(const QString &language, const char *source);
// The same for a string of another translation context ("PredictionQuiz").
QString translate(const QString &language, const char *context, const char *source);
// The best of languages() for an Accept-Language header (RFC 9110 §12.5.4:
// ranges with q-values, "es-ES" matching "es"); `fallback` when none matches.
QString negotiateLanguage(const QByteArray &acceptLanguage, const QString &fallback);

// Text for HTML content or a quoted attribute value: & < > " ' as
// character references (the five HTML's escaping rules need), UTF-8.
QByteArray escape(const QString &text);
QByteArray escape(const QByteArray &utf8);
// A path segment or query value, percent-encoded (RFC 3986 §2.1).
QByteArray urlEncode(const QString &text);

} // namespace Web
