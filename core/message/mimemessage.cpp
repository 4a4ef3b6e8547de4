#include "mimemessage.h"

// Stub: being written (GMime).
MimeMessage MimeMessage::parse(const QByteArray &raw)
{
    MimeMessage m;
    m.m_raw = raw;
    return m;
}

QString MimeMessage::header(const QByteArray &) const
{
    return QString();
}

QByteArray MimeMessage::decodedBody(int) const
{
    return QByteArray();
}

QString MimeMessage::text() const
{
    return QString();
}
