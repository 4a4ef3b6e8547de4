// SPDX-License-Identifier: GPL-3.0-or-later
// gmimeptr.h — RAII for GMime 3, private to core/message.
//
// Never include this from a public header: GLib's headers use "signals" as a
// name, which Qt's keyword would break (QT_NO_KEYWORDS is on everywhere).
// GObjects are released with g_object_unref, g_malloc'ed strings with g_free
// and format options with g_mime_format_options_free, however a function is
// left. gmimeInit() initialises GMime once (a function-local static, which
// C++11 makes thread-safe).
#pragma once

#include <gmime/gmime.h>

#include <QByteArray>

#include <memory>

namespace GMimeSupport {

struct ObjectUnref {
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template<typename T>
using ObjectPtr = std::unique_ptr<T, ObjectUnref>;

struct FreeString {
    void operator()(char *text) const { g_free(text); }
};
using StringPtr = std::unique_ptr<char, FreeString>;

struct FreeFormatOptions {
    void operator()(GMimeFormatOptions *options) const
    {
        if (options)
            g_mime_format_options_free(options);
    }
};
using FormatOptionsPtr = std::unique_ptr<GMimeFormatOptions, FreeFormatOptions>;

inline void gmimeInit()
{
    static const bool initialised = [] {
        g_mime_init();
        return true;
    }();
    (void)initialised;
}

// Options for everything we write: CR LF line ends (RFC 5322 §2.1) and
// RFC 2231 parameters.
inline FormatOptionsPtr dosFormatOptions()
{
    gmimeInit();
    FormatOptionsPtr options(g_mime_format_options_new());
    g_mime_format_options_set_newline_format(options.get(), GMIME_NEWLINE_FORMAT_DOS);
    g_mime_format_options_set_param_encoding_method(options.get(), GMIME_PARAM_ENCODING_METHOD_RFC2231);
    return options;
}

inline QByteArray takeString(char *text)
{
    StringPtr owned(text);
    return owned ? QByteArray(owned.get()) : QByteArray();
}

// Runs one of GMime's transfer encoders or decoders over a whole buffer
// (RFC 2045 §6.7 quoted-printable, §6.8 base64).
inline QByteArray runEncoding(const QByteArray &input, GMimeContentEncoding encoding, bool encode)
{
    gmimeInit();
    GMimeEncoding state;
    if (encode)
        g_mime_encoding_init_encode(&state, encoding);
    else
        g_mime_encoding_init_decode(&state, encoding);
    QByteArray output;
    output.resize(qsizetype(g_mime_encoding_outlen(&state, size_t(input.size()))) + 16);
    const size_t written = g_mime_encoding_flush(&state, input.constData(), size_t(input.size()),
                                                 output.data());
    output.truncate(qsizetype(written));
    return output;
}

} // namespace GMimeSupport
