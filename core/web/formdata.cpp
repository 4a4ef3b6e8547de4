// SPDX-License-Identifier: GPL-3.0-or-later
// formdata.cpp — the two encodings of an HTML form (see formdata.h).
#include "formdata.h"

#include "message/mimemessage.h"

#include <QCoreApplication>
#include <QUrl>

QString FormData::value(const QString &name) const
{
    for (const auto &field : fields) {
        if (field.first == name)
            return field.second;
    }
    return QString();
}

QStringList FormData::values(const QString &name) const
{
    QStringList all;
    for (const auto &field : fields) {
        if (field.first == name)
            all.append(field.second);
    }
    return all;
}

bool FormData::has(const QString &name) const
{
    for (const auto &field : fields) {
        if (field.first == name)
            return true;
    }
    return false;
}

namespace {

QString decodeComponent(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

} // namespace

FormData FormData::fromUrlEncoded(const QByteArray &body, int maximumFields)
{
    FormData form;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        if (form.fields.size() >= maximumFields) {
            form.problem =
                QCoreApplication::translate("Webmail", "more than %1 form fields").arg(maximumFields);
            break;
        }
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            form.fields.append({decodeComponent(pair), QString()});
        else
            form.fields.append({decodeComponent(pair.left(equals)), decodeComponent(pair.mid(equals + 1))});
    }
    return form;
}

FormData FormData::fromMultipart(const QByteArray &contentType, const QByteArray &body, int maximumFields)
{
    FormData form;
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data")
        || !contentType.toLower().contains("boundary=")) {
        form.problem = QCoreApplication::translate("Webmail", "a multipart form without a boundary");
        return form;
    }
    // The body is a MIME multipart (RFC 7578 §4): GMime reads it as one,
    // given the header that names its boundary. A Content-Type that holds
    // a line break could add header fields of its own: it is refused.
    if (contentType.contains('\r') || contentType.contains('\n')) {
        form.problem = QCoreApplication::translate("Webmail", "a line break in the Content-Type");
        return form;
    }
    QByteArray whole;
    whole.reserve(body.size() + contentType.size() + 64);
    whole += "MIME-Version: 1.0\r\nContent-Type: ";
    whole += contentType;
    whole += "\r\n\r\n";
    whole += body;
    const MimeMessage message = MimeMessage::parse(whole);
    const QList<MimePart> &parts = message.parts();
    if (parts.isEmpty() || parts.first().children.isEmpty()) {
        form.problem = QCoreApplication::translate("Webmail", "a multipart form with no parts");
        return form;
    }
    for (const int index : parts.first().children) {
        const MimePart &part = parts.at(index);
        QString name;
        for (const MimeParameter &p : part.dispositionParameters) {
            if (p.name == "name")
                name = p.value;
        }
        if (name.isEmpty())
            continue; // not a field (RFC 7578 §4.2 requires the name)
        if (form.fields.size() + form.files.size() >= maximumFields) {
            form.problem =
                QCoreApplication::translate("Webmail", "more than %1 form fields").arg(maximumFields);
            break;
        }
        bool isFile = false;
        for (const MimeParameter &p : part.dispositionParameters)
            isFile |= p.name == "filename";
        const QByteArray content = message.decodedBody(index);
        if (isFile) {
            // A browser may send a path ("C:\fakepath\praia.png"): only its last name.
            QString fileName = part.fileName;
            fileName = fileName.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
            if (fileName.isEmpty() && content.isEmpty())
                continue; // a file field left empty
            form.files.append({name, fileName, part.contentType, content});
        } else {
            form.fields.append({name, QString::fromUtf8(content)});
        }
    }
    return form;
}
