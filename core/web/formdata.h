// SPDX-License-Identifier: GPL-3.0-or-later
// formdata.h — what an HTML form sent: application/x-www-form-urlencoded
// (the URL's query too) and multipart/form-data with files (RFC 7578).
//
// The webmail's pages post forms; a browser sends their fields in one of
// these two encodings (HTML's form submission algorithm). A multipart body
// is a MIME multipart: GMime parses it (MimeMessage), not a second parser
// here. Parsing never fails: what cannot be read is left out and named in
// `problem`, and the limits (fields, files, octets) are the caller's.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct FormFile {
    QString field; // the form's field name ("attachment")
    QString fileName; // as the browser named it, without any directory
    QByteArray contentType; // as the browser said it ("image/png"), lower case
    QByteArray content; // the file's octets, byte for byte
};

struct FormData {
    // Fields in the order sent; a name may come more than once (checkboxes).
    QList<QPair<QString, QString>> fields;
    QList<FormFile> files;
    QString problem; // empty when all was read

    // The first value of `name`, or empty.
    QString value(const QString &name) const;
    // Every value of `name`, in order.
    QStringList values(const QString &name) const;
    bool has(const QString &name) const;

    // "a=1&b=%C3%B1+x" (also a URL's query): '+' is a space, %XX an octet,
    // the octets UTF-8. At most `maximumFields` fields are kept.
    static FormData fromUrlEncoded(const QByteArray &body, int maximumFields = 200);
    // A multipart/form-data body whose Content-Type (the whole header value,
    // with its boundary) is `contentType`.
    static FormData fromMultipart(const QByteArray &contentType, const QByteArray &body,
                                  int maximumFields = 200);
};
